import Decoding
import Foundation
import Diagnostics
import Model
import Resolving

extension ContentInventory.ItemFile {
    /// `folder/slug`, shared by an item and its translation.
    var key: String { "\(kind.folder)/\(slug)" }
}

extension ContentLoader {
    /// Splits the `<slug>.en.md` files into those with a canonical file and strays.
    static func pairTranslations(_ inventory: ContentInventory) -> (paired: [ContentInventory.ItemFile], strays: [ContentInventory.ItemFile]) {
        let canonical = Set(inventory.items.map(\.key))
        return inventory.translations.partitioned { canonical.contains($0.key) }
    }

    /// Gives each item its English body; with `--require-en`, a Japanese body without an
    /// English one is an error.
    static func attach(
        _ english: [String: String], to items: [LoadedItem], options: CheckOptions, diagnostics: inout [Diagnostic]
    ) -> [LoadedItem] {
        return items.map { loaded in
            if let body = english["\(loaded.kind.folder)/\(loaded.slug)"] { return LoadedItem(kind: loaded.kind, slug: loaded.slug, file: loaded.file, item: loaded.item.withEnglishBody(body)) }
            if options.requireEnglish, !loaded.item.body.ja.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                diagnostics.append(Diagnostic(
                    .error, .missingEnglish, file: loaded.file, at: .start,
                    message: Bilingual(ja: "本文の英語版 \(loaded.slug).en.md がありません。", en: "the body has no English version, \(loaded.slug).en.md."),
                    hint: Bilingual(ja: "同じフォルダーに \(loaded.slug).en.md を作り、英語の本文を書いてください。",
                                    en: "Create \(loaded.slug).en.md beside it with the English text.")))
            }
            return loaded
        }
    }

    static func strayTranslation(_ file: ContentInventory.ItemFile) -> Diagnostic {
        Diagnostic(
            .error, .strayTranslation, file: file.displayPath, at: .start,
            message: Bilingual(ja: "英語版 \(file.slug).en.md に対応する日本語版 \(file.slug).md がありません。",
                               en: "the English file \(file.slug).en.md has no Japanese file \(file.slug).md beside it."),
            hint: Bilingual(ja: "日本語版のファイル名と同じ名前にしてください（例: \(file.slug).md と \(file.slug).en.md）。",
                            en: "Name it after the Japanese file (e.g. \(file.slug).md and \(file.slug).en.md)."))
    }
}

extension Array {
    /// The elements that satisfy `belongs`, and the others, each in order.
    func partitioned(by belongs: (Element) -> Bool) -> ([Element], [Element]) {
        var yes: [Element] = [], no: [Element] = []
        for element in self { if belongs(element) { yes.append(element) } else { no.append(element) } }
        return (yes, no)
    }
}
