import ArgumentParser
import Decoding
import Diagnostics
import Foundation
import HirobaKit
import Model

/// Options shared by the commands that read content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "content フォルダー / the content folder")
    var content: String = "content"

    @Option(name: .long, help: "ビルドの日時（Asia/Tokyo）: YYYY-MM-DD または YYYY-MM-DD HH:MM / the build's date and time")
    var now: String?

    @Flag(name: .customLong("require-en"), help: "英語訳がないものをエラーにする / treat a missing English translation as an error")
    var requireEnglish = false

    @Option(name: .long, help: "出力形式 / output format: human, github, json")
    var format: OutputFormat = .human

    @Option(name: .long, help: "メッセージの言語 / message language: ja, en, both (default: from LANG)")
    var lang: MessageLanguage?

    /// The build's date: `--now`, or the current time.
    func instant() throws -> Instant {
        guard let now else {
            return Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
        }
        switch DateParsing.dateOrDateTime(now) {
        case .success(let moment): return moment.startInstant
        case .failure(let problem):
            throw ValidationError("--now: \(problem.message.ja) / \(problem.message.en)")
        }
    }

    func checkOptions() throws -> CheckOptions {
        CheckOptions(contentDirectory: content, now: try instant(), requireEnglish: requireEnglish)
    }

    var messageLanguage: MessageLanguage {
        lang ?? MessageLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// Prints the report in the chosen format.
    func print(_ report: CheckReport) {
        let summary = ReportSummary(files: report.fileCount, errors: report.errorCount, warnings: report.warningCount)
        let text: String = switch format {
        case .human:
            HumanRenderer(language: messageLanguage, color: Terminal.wantsColor).render(report.diagnostics, summary: summary)
        case .github:
            GitHubRenderer(language: messageLanguage).render(report.diagnostics, summary: summary)
        case .json:
            JSONRenderer().render(report.diagnostics, summary: summary)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case human, github, json
}

extension MessageLanguage: ExpressibleByArgument {}

enum Terminal {
    /// Colour only for a person at a terminal, and never when `NO_COLOR` is set.
    static var wantsColor: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
