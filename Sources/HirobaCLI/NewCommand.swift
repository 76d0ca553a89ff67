import ArgumentParser
import Decoding
import Foundation
import HirobaKit
import Model

extension ItemKind: ExpressibleByArgument {}

/// `hiroba new TYPE SLUG`: writes `content/<folder>/<slug>.md` with every field of the
/// type, commented in Japanese and English, placeholders in `[ ]`.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "新しい項目のひな形を作る / create a template for a new item",
        discussion: """
            例 / Example:
              hiroba new event kita-festival
                content/events/kita-festival.md を作る / writes content/events/kita-festival.md

            [ ] の部分をすべて書き換え、使わない任意の行は消してください。書き換えていない [ ] は
            hiroba check でエラーになります。
            Replace every [ ] placeholder and delete the optional lines you do not use; a placeholder
            left in is an error in hiroba check.

            終了コード / Exit status: 0 作成 / written, 1 既にある / file exists, 2 使い方の誤り / usage error
            """)

    @Argument(help: ArgumentHelp("種類 / type", valueName: "group|event|subsidy|facility|volunteering|page|newsletter"))
    var type: ItemKind

    @Argument(help: ArgumentHelp("スラッグ（ファイル名）/ slug (file name); newsletter: YYYY-MM", valueName: "slug"))
    var slug: String

    @Option(name: .long, help: ArgumentHelp("content フォルダー / the content folder", valueName: "dir"))
    var content: String = "content"

    func validate() throws {
        if type == .newsletter {
            guard Scaffold.isValidNewsletterSlug(slug) else {
                throw ValidationError("""
                    `\(slug)` はメールマガジンの名前として使えません。発行月を YYYY-MM（例 2026-12）で書いてください。
                    `\(slug)` is not a newsletter slug: use the month of the issue, YYYY-MM (e.g. 2026-12).
                    """)
            }
        } else if !SlugParsing.isValid(slug) {
            let suggestion = SlugParsing.suggestion(for: slug)
            throw ValidationError("""
                `\(slug)` はスラッグ（識別名）として使えません。半角の英小文字・数字と、間をつなぐハイフンだけが使えます。
                `\(slug)` is not a valid slug: use lower-case ASCII letters and digits joined by single hyphens.
                \(suggestion.map { "例えば / for example: \($0)" } ?? "日本語の名前はローマ字にします / write Japanese names in romaji, e.g. kita-kodomo-shokudo")
                """)
        }
    }

    func run() throws {
        let folder = "\(content)/\(type.folder)"
        let path = "\(folder)/\(slug).md"
        let manager = FileManager.default
        for existing in [path, "\(folder)/\(slug).yaml"] where manager.fileExists(atPath: existing) {
            StandardStreams.write("""
                \(existing) は既にあります。上書きしません。別のスラッグを選ぶか、そのファイルを編集してください。
                \(existing) already exists and was not overwritten: choose another slug or edit that file.

                """, to: .error)
            throw ExitCode(ExitStatus.contentErrors.rawValue)
        }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let data = Data(Scaffold.text(for: type, slug: slug).utf8)
        // `.withoutOverwriting`: never replace a file created meanwhile.
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch CocoaError.fileWriteFileExists {
            StandardStreams.write("\(path) は既にあります / \(path) already exists.\n", to: .error)
            throw ExitCode(ExitStatus.contentErrors.rawValue)
        }
        try StandardStreams.writeReport("""
            \(path) を作りました。[ ] を書き換えてから hiroba check --files \(path) で確かめてください。
            Created \(path). Fill in the [ ] placeholders, then run hiroba check --files \(path).

            """)
    }
}
