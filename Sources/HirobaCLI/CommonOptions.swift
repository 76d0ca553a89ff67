import ArgumentParser
import Decoding
import Diagnostics
import Foundation
import HirobaKit
import Model

/// Options shared by the commands that read content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("content フォルダー / the content folder", valueName: "dir"))
    var content: String = "content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "基準の日時（日本時間、既定は現在）/ the build's date and time (Tokyo; default: now)",
            discussion: "YYYY-MM-DD, YYYY-MM-DD HH:MM, ISO 8601 (2026-11-28T10:00+09:00)",
            valueName: "date"))
    var now: String?

    @Flag(name: .customLong("require-en"), help: "英語がないものをエラーにする / a missing English text is an error")
    var requireEnglish = false

    @Option(name: .long, help: ArgumentHelp("出力形式 / output format", valueName: "human|github|json"))
    var format: OutputFormat = .human

    @Option(
        name: .long,
        help: ArgumentHelp(
            "メッセージの言語 / message language",
            discussion: "既定は LC_ALL・LC_MESSAGES・LANG から / default from LC_ALL, LC_MESSAGES, LANG",
            valueName: "ja|en|both"))
    var lang: MessageLanguage?

    func validate() throws {
        _ = try instant()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("""
                --content: フォルダー `\(content)` が見つかりません。
                --content: no folder `\(content)`.
                """)
        }
    }

    /// The build's date: `--now` in Asia/Tokyo (a date alone means 00:00), or the current time.
    func instant() throws -> Instant {
        guard let now else {
            return Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
        }
        switch DateParsing.dateOrDateTime(now.trimmingCharacters(in: .whitespaces)) {
        case .success(let moment):
            return moment.startInstant
        case .failure(let problem):
            throw ValidationError("""
                --now: \(problem.message.ja)
                --now: \(problem.message.en)
                書き方 / accepted: YYYY-MM-DD, YYYY-MM-DD HH:MM, ISO 8601 (2026-11-28T10:00+09:00)
                """)
        }
    }

    func checkOptions() throws -> CheckOptions {
        CheckOptions(contentDirectory: content, now: try instant(), requireEnglish: requireEnglish)
    }

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var messageLanguage: MessageLanguage {
        lang ?? MessageLanguage.fromEnvironment(environment)
    }

    /// Prints the report in the chosen format on standard output.
    func print(_ report: CheckReport) throws {
        let summary = ReportSummary(files: report.fileCount, errors: report.errorCount, warnings: report.warningCount)
        let text: String = switch format {
        case .human:
            HumanRenderer(language: messageLanguage, color: Terminal.wantsColor(environment: environment))
                .render(report.diagnostics, summary: summary)
        case .github:
            GitHubRenderer(language: messageLanguage).render(report.diagnostics, summary: summary)
        case .json:
            JSONRenderer().render(report.diagnostics, summary: summary)
        }
        try StandardStreams.writeReport(text)
    }
}

enum Terminal {
    /// Colour only for a person at a terminal: standard output is a TTY, `NO_COLOR` is not
    /// set (https://no-color.org) and the terminal is not `dumb`.
    static func wantsColor(environment: [String: String]) -> Bool {
        StandardStreams.outputIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}
