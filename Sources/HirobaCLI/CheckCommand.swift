import ArgumentParser
import HirobaKit

/// `hiroba check`: every problem in the content, in one run.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "内容を検査し、問題をすべて報告する / check the content, report every problem",
        discussion: """
            診断は標準出力に出ます（パイプ可）/ Diagnostics go to standard output.

            終了コード / Exit status:
              0  問題なし・警告のみ / clean (warnings allowed)
              1  内容のエラー / content errors
              2  使い方の誤り・内部エラー / usage or internal error
            """)

    @OptionGroup var options: ContentOptions

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("このファイルの診断だけを報告する（サイト全体は読み込む）/ report only these files' diagnostics (the whole site is still loaded)", valueName: "path"))
    var files: [String] = []

    func run() throws {
        var result = ContentLoader.load(try options.checkOptions())
        if !files.isEmpty { result.report = FileFilter(paths: files).apply(to: result.report) }
        try options.print(result.report)
        if result.report.errorCount > 0 { throw ExitCode(ExitStatus.contentErrors.rawValue) }
    }
}
