import Decoding
import Diagnostics
import Model

extension Resolver {
    /// The diagnostic for a reference whose target does not exist, or nil when it does.
    static func check(_ ref: Reference, index: some ItemLookup, terms: [TaxonomyKind: Set<String>], input: ResolverInput) -> Diagnostic? {
        check(ref, index: index, terms: terms, taxonomies: input.taxonomies, assets: input.assets)
    }

    static func check(_ ref: Reference, index: some ItemLookup, terms: [TaxonomyKind: Set<String>],
                      taxonomies: [TaxonomyKind: Taxonomy], assets: Set<String>) -> Diagnostic? {
        switch ref.target {
        case .item(let kind):
            guard !index.contains(kind, ref.slug) else { return nil }
            let name = kind.displayName
            return problem(
                ref, ref.isMarkdownLink ? .brokenItemLink : .unknownReference,
                Bilingual(ja: "\(name.ja) `\(ref.slug)` が見つかりません。", en: "no \(name.en) with the slug `\(ref.slug)`."),
                suggestion: Suggestion.closest(to: ref.slug, in: index.slugs(kind)),
                otherwise: Bilingual(ja: "content/\(kind.folder)/\(ref.slug).md があるか、スラッグのつづりを確かめてください。",
                                     en: "Check that content/\(kind.folder)/\(ref.slug).md exists and the slug is spelt right."))
        case .term(let kind):
            guard terms[kind]?.contains(ref.slug) != true else { return nil }
            let terms = taxonomies[kind]?.terms.map(\.slug) ?? []
            let name = kind.displayName
            return problem(
                ref, .unknownReference,
                Bilingual(ja: "\(name.ja) `\(ref.slug)` は taxonomies/\(kind.rawValue).yaml にありません。",
                          en: "the \(name.en) `\(ref.slug)` is not in taxonomies/\(kind.rawValue).yaml."),
                suggestion: Suggestion.closest(to: ref.slug, in: terms),
                otherwise: Bilingual(ja: "使える値は taxonomies/\(kind.rawValue).yaml を見てください。",
                                     en: "See taxonomies/\(kind.rawValue).yaml for the values you can use."))
        case .room(let facilitySlug):
            // A missing facility is reported at `venue` already.
            guard let facility = index.facility(facilitySlug),
                  !facility.rooms.contains(where: { $0.id == ref.slug }) else { return nil }
            let ids = facility.rooms.map(\.id)
            return problem(
                ref, .unknownRoom,
                Bilingual(ja: "施設 `\(facilitySlug)` に部屋 `\(ref.slug)` はありません。",
                          en: "the facility `\(facilitySlug)` has no room `\(ref.slug)`."),
                suggestion: Suggestion.closest(to: ref.slug, in: ids),
                otherwise: Bilingual(ja: "この施設の部屋: \(ids.joined(separator: ", "))", en: "Rooms of this facility: \(ids.joined(separator: ", "))"))
        case .anyItem:
            let kinds = index.kinds(of: ref.slug)
            if kinds.count == 1 { return nil }
            if kinds.isEmpty {
                return problem(ref, .unknownReference,
                               Bilingual(ja: "スラッグ `\(ref.slug)` の項目が見つかりません。", en: "no item with the slug `\(ref.slug)`."),
                               suggestion: nil,
                               otherwise: Bilingual(ja: "`event:スラッグ` のように種類も書けます。", en: "You can name the type too, as in `event:slug`."))
            }
            let options = kinds.map { "`\($0.rawValue):\(ref.slug)`" }.joined(separator: ", ")
            return problem(ref, .ambiguousReference,
                           Bilingual(ja: "スラッグ `\(ref.slug)` は複数の種類にあります。", en: "the slug `\(ref.slug)` names items of several types."),
                           suggestion: nil,
                           otherwise: Bilingual(ja: "種類も書いてください: \(options)", en: "Name the type: \(options)."))
        case .asset:
            guard !assets.contains(ref.slug) else { return nil }
            return problem(ref, .missingAsset,
                           Bilingual(ja: "ファイル `\(ref.slug)` が content/ の中にありません。", en: "the file `\(ref.slug)` is not in content/."),
                           suggestion: Suggestion.closest(to: ref.slug, in: Array(assets).sorted()),
                           otherwise: Bilingual(ja: "画像を content/\(ref.slug) に置いてください。", en: "Put the image at content/\(ref.slug)."))
        }
    }

    private static func problem(
        _ ref: Reference, _ code: DiagnosticCode, _ message: Bilingual, suggestion: String?, otherwise: Bilingual
    ) -> Diagnostic {
        let hint = suggestion.map { Bilingual(ja: "`\($0)` のことですか？", en: "Did you mean `\($0)`?") } ?? otherwise
        return Diagnostic(.error, code, file: ref.source.path, at: ref.location, length: ref.length, text: ref.slug,
                          message: message, hint: hint, sourceLine: ref.source.line(ref.location.line))
    }
}
