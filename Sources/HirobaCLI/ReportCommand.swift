import ArgumentParser
import Diagnostics
import HirobaKit

/// `hiroba report`: lists for the support centre's follow-up.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "支援センター向けの一覧 / lists for the support centre",
        subcommands: [StaleCommand.self])
}

/// `hiroba report stale`: what needs the yearly follow-up.
struct StaleCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv
    }

    static let configuration = CommandConfiguration(
        commandName: "stale",
        abstract: "確認が必要な掲載の一覧 / entries that need follow-up",
        discussion: """
            情報公開の確認（disclosure.confirmed）が 12 か月以上前の団体、締め切りを過ぎた助成金、
            期限（until）を過ぎたボランティア募集、終了したイベントを --now の時点で一覧にします。
            Lists groups whose disclosure.confirmed is over 12 months old, closed subsidy calls,
            volunteer calls past their until date and ended events, as of --now.

            CSV: UTF-8（BOM 付き）・CRLF、見出し行 type,slug,name,date,reason
            CSV: UTF-8 with BOM, CRLF, header row type,slug,name,date,reason

            終了コード / Exit status: 0 一覧を出力 / listed, 1 内容のエラー / content errors, 2 使い方の誤り / usage error
            """)

    @Option(name: .long, help: ArgumentHelp("content フォルダー / the content folder", valueName: "dir"))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("基準の日時（日本時間、既定は現在）/ the date (Tokyo; default: now)", valueName: "date"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp("出力形式 / output format", valueName: "text|csv"))
    var format: Format = .text

    /// The shared content options, parsed (which also validates `--content` and `--now`).
    func contentOptions() throws -> ContentOptions {
        try ContentOptions.parse(["--content", content] + (now.map { ["--now", $0] } ?? []))
    }

    func validate() throws {
        _ = try contentOptions()
    }

    func run() throws {
        let options = try contentOptions()
        let result = ContentLoader.load(try options.checkOptions())
        guard let site = result.site, result.report.errorCount == 0 else {
            let count = result.report.errorCount
            StandardStreams.write("""
                内容にエラーが \(count) 件あります。hiroba check で確かめてください。
                The content has \(count) errors: run hiroba check to see them.

                """, to: .error)
            throw ExitCode(ExitStatus.contentErrors.rawValue)
        }
        let report = StaleReport(site: site, now: try options.instant())
        try StandardStreams.writeReport(format == .csv ? report.csv() : report.text())
    }
}
