import Diagnostics
import Model
import Parsing

/// Decodes `<slug>.en.md`: the English body only. Fields belong in the canonical file.
public enum TranslationFileDecoder {
    public static func decode(source: SourceFile, now: Instant) -> DecodedFile<String> {
        var context = DecodeContext(source: source, now: now, requireEnglish: false)
        if FrontMatter.splitTranslation(source.text).hasFrontMatter {
            context.diagnostics.error(
                .frontMatterInTranslation, at: .start, length: 3, text: "---",
                message: Bilingual(ja: "英語版のファイル（.en.md）には本文だけを書きます。項目は日本語版のファイルに書いてください。",
                                   en: "an English file (.en.md) holds only the body; fields belong in the Japanese file."),
                hint: Bilingual(ja: "英語の名前などは日本語版のファイルで {ja: …, en: …} の形で書きます。",
                                en: "Write English names and titles in the main file as {ja: …, en: …}."))
            return DecodedFile(item: nil, diagnostics: context.diagnostics.list, references: [])
        }
        context.scanItemLinks(inMarkdown: source.text, firstLine: 1)
        return DecodedFile(item: source.text, diagnostics: context.diagnostics.list, references: context.references)
    }
}

extension DecodedItem {
    /// The same item with its English body from `<slug>.en.md`.
    public func withEnglishBody(_ english: String) -> DecodedItem {
        func set(_ body: LocalizedMarkdown) -> LocalizedMarkdown { LocalizedMarkdown(ja: body.ja, en: english) }
        switch self {
        case .group(var x): x.body = set(x.body); return .group(x)
        case .event(var x): x.body = set(x.body); return .event(x)
        case .subsidy(var x): x.body = set(x.body); return .subsidy(x)
        case .facility(var x): x.body = set(x.body); return .facility(x)
        case .volunteering(var x): x.body = set(x.body); return .volunteering(x)
        case .page(var x): x.body = set(x.body); return .page(x)
        case .newsletter(var x): x.body = set(x.body); return .newsletter(x)
        }
    }

    public var body: LocalizedMarkdown {
        switch self {
        case .group(let x): x.body
        case .event(let x): x.body
        case .subsidy(let x): x.body
        case .facility(let x): x.body
        case .volunteering(let x): x.body
        case .page(let x): x.body
        case .newsletter(let x): x.body
        }
    }
}
