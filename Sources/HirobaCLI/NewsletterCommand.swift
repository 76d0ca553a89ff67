import ArgumentParser
import Diagnostics
import Foundation
import HirobaKit
import Model
import Rendering

extension NewsletterRenderer.Format: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// `hiroba newsletter`: one issue of the email magazine as plain text, HTML mail or a
/// ready-to-send `.eml`, assembled from the content.
struct NewsletterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsletter",
        abstract: "メールマガジンの号を作る / write an issue of the email magazine",
        discussion: """
            号の内容は content/newsletter/YYYY-MM.md の編集後記と、サイトの内容（注目の項目、
            新しい団体、これからのイベント、受付中の助成金、新しいボランティア募集）から組み立てます。
            先に hiroba check と同じ検査をし、エラーがあれば何も出力しません（診断は標準エラーへ）。
            The issue is assembled from the editor's note in content/newsletter/YYYY-MM.md
            and the site's content (featured items, new groups, coming events, open grant
            calls, new calls for volunteers). The content is checked first, as hiroba check
            does; with any error nothing is written (the diagnostics go to standard error).

            例 / Examples:
              hiroba newsletter --now 2026-11-28
                その日までの最新号をテキストで / the latest issue as of that day, as plain text
              hiroba newsletter 2026-11 --format eml --output 2026-11.eml
                2026年11月号をメールのファイルに / the November 2026 issue as an .eml file
              hiroba newsletter 2026-11 --format html --lang en
                英語版を HTML メールで / the English issue as HTML mail
              hiroba newsletter 2026-11 --iso-2022-jp-safe
                ISO-2022-JP にない文字（①、㈱、～、絵文字など）を置き換える / replace characters
                ISO-2022-JP lacks (①, ㈱, ～, emoji …)

            終了コード / Exit status:
              0  出力した / written
              1  内容のエラー、その号がない / content errors, no such issue
              2  使い方の誤り・内部エラー / usage or internal error
            """)

    @Argument(help: ArgumentHelp("号の月（既定は --now までの最新号）/ the issue's month (default: the latest issue as of --now)",
                                 valueName: "YYYY-MM"))
    var month: String?

    @Option(name: .long, help: ArgumentHelp("content フォルダー / the content folder", valueName: "dir"))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("基準の日時（日本時間、既定は現在）/ the date (Tokyo; default: now)", valueName: "date"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp("出力形式 / output format", valueName: "text|html|eml"))
    var format: NewsletterRenderer.Format = .text

    @Option(name: .long, help: ArgumentHelp("出力先のファイル（既定は標準出力）/ the file to write (default: standard output)", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("号の言語 / the issue's language", valueName: "ja|en"))
    var lang: Language = .ja

    @Flag(name: .customLong("iso-2022-jp-safe"),
          help: "ISO-2022-JP にない文字を置き換える / replace characters ISO-2022-JP cannot carry")
    var iso2022JPSafe = false

    /// The shared content options, parsed (which also validates `--content` and `--now`).
    func contentOptions() throws -> ContentOptions {
        try ContentOptions.parse(["--content", content] + (now.map { ["--now", $0] } ?? []))
    }

    func validate() throws {
        _ = try contentOptions()
        if let month, !Scaffold.isValidNewsletterSlug(month) {
            throw ValidationError("""
                `\(month)` は号の月ではありません。YYYY-MM（例 2026-11）で書いてください。
                `\(month)` is not an issue's month: write YYYY-MM (e.g. 2026-11).
                """)
        }
    }

    func run() throws {
        let options = try contentOptions()
        let result = NewsletterBuilder.render(NewsletterBuilder.Options(
            check: try options.checkOptions(), issue: month, format: format, language: lang, iso2022JPSafe: iso2022JPSafe))
        let report = result.report
        if report.errorCount > 0 || report.warningCount > 0 {
            let summary = ReportSummary(files: report.fileCount, errors: report.errorCount, warnings: report.warningCount)
            StandardStreams.write(HumanRenderer(language: options.messageLanguage, color: false)
                .render(report.diagnostics, summary: summary), to: .error)
        }
        switch result.problem {
        case .errors?:
            throw ExitCode(ExitStatus.contentErrors.rawValue)
        case .noSuchIssue(let slug)?:
            try fail("content/newsletter/\(slug).md の号はありません。", "there is no issue content/newsletter/\(slug).md.")
        case .noIssueYet?:
            try fail("--now の日付までに発行された号がありません。", "no issue is dated on or before --now.")
        case nil:
            break
        }
        guard let text = result.output else { throw ExitCode(ExitStatus.usage.rawValue) }
        if let output {
            try write(text, to: output)
        } else {
            try StandardStreams.writeReport(text)
        }
    }

    func fail(_ ja: String, _ en: String) throws -> Never {
        StandardStreams.write("\(ja)\n\(en)\n", to: .error)
        throw ExitCode(ExitStatus.contentErrors.rawValue)
    }

    /// Writes the file in one piece (a temporary file renamed into place).
    func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw WriteFailed(path: path, reason: error.localizedDescription)
        }
    }

    struct WriteFailed: Error, CustomStringConvertible {
        let path: String
        let reason: String

        var description: String { "\(path) に書き込めませんでした / could not write \(path): \(reason)" }
    }
}
