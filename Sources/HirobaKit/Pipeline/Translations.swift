import Decoding
import Foundation
import Diagnostics
import Model
import Resolving

extension ContentLoader {
    /// Pairs each `<slug>.en.md` with its canonical file and reports strays; with
    /// `--require-en`, a Japanese body without an English one is an error.
    static func attachTranslations(
        _ inventory: ContentInventory, to items: [LoadedItem], options: CheckOptions,
        diagnostics: inout [Diagnostic], references: inout [Reference]
    ) -> [LoadedItem] {
        let canonical = Set(inventory.items.map { "\($0.kind.folder)/\($0.slug)" })
        let (paired, strays) = inventory.translations.partitioned { canonical.contains("\($0.kind.folder)/\($0.slug)") }
        diagnostics += strays.map(strayTranslation)
        let decoded = paired.parallelMap { file -> DecodedFile<String> in
            let (source, problems) = FileReader.read(file.path, display: file.displayPath)
            guard let source else { return DecodedFile(item: nil, diagnostics: problems, references: []) }
            var decoded = TranslationFileDecoder.decode(source: source, now: options.now)
            decoded.diagnostics.insert(contentsOf: problems, at: 0)
            return decoded
        }
        var english: [String: String] = [:]  // "folder/slug" → body
        for (file, result) in zip(paired, decoded) {
            diagnostics += result.diagnostics
            references += result.references
            if let body = result.item { english["\(file.kind.folder)/\(file.slug)"] = body }
        }
        return items.map { loaded in
            let key = "\(loaded.kind.folder)/\(loaded.slug)"
            if let body = english[key] { return LoadedItem(kind: loaded.kind, slug: loaded.slug, file: loaded.file, item: loaded.item.withEnglishBody(body)) }
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
