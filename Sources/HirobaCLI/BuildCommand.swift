import ArgumentParser
import Diagnostics
import HirobaKit

/// `hiroba build`: check, then render the whole site in both languages into the output
/// folder. With any error nothing is written and the previous output stays as it was.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "サイトをつくる / build the site",
        discussion: "エラーがあれば何も書き込まず、前回の出力をそのまま残します / on any error nothing is written and the previous output is kept.")

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "出力先のフォルダー / the output folder")
    var output: String = "output"

    @Option(name: .customLong("base-url"), help: "site.yaml の base_url の代わりに使う URL / use this instead of base_url")
    var baseURL: String?

    func run() throws {
        let result = SiteBuilder.build(SiteBuilder.Options(check: try options.checkOptions(), outputDirectory: output, baseURL: baseURL))
        try options.print(result.report)
        guard result.report.errorCount == 0 else { throw ExitCode(ExitStatus.contentErrors.rawValue) }
        guard options.format != .json else { return }  // keep standard output one JSON document
        let done = Bilingual(ja: "\(result.filesWritten) 件のファイルを \(output)/ に書き出しました。",
                             en: "Wrote \(result.filesWritten) files to \(output)/.")
        try StandardStreams.writeReport(options.messageLanguage.select(done).joined(separator: " / ") + "\n")
    }
}
