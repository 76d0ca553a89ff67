import Diagnostics
import Model
import Parsing

/// Decodes `site.yaml` and the vocabularies of `taxonomies/`.
public enum SiteFileDecoder {
    public static func settings(source: SourceFile, now: Instant, requireEnglish: Bool) -> DecodedFile<SiteSettings> {
        var context = DecodeContext(source: source, now: now, requireEnglish: requireEnglish)
        let settings = context.siteSettings()
        return DecodedFile(item: settings, diagnostics: context.diagnostics.list, references: context.references)
    }

    public static func taxonomy(_ kind: TaxonomyKind, source: SourceFile, now: Instant, requireEnglish: Bool) -> DecodedFile<Taxonomy> {
        var context = DecodeContext(source: source, now: now, requireEnglish: requireEnglish)
        let taxonomy = context.taxonomy(kind)
        return DecodedFile(item: taxonomy, diagnostics: context.diagnostics.list, references: context.references)
    }
}

extension DecodeContext {
    mutating func siteSettings() -> SiteSettings? {
        let root = YAMLReader.read(source.text, startLine: 1, diagnostics: &diagnostics)
        let node = root ?? .mapping([], start: .start)
        guard let r = decodeRecord(node, schema: Schemas.site, what: Bilingual(ja: "site.yaml", en: "site.yaml")),
              let title = r.text("title"), let baseURL = r.string("base_url") else { return nil }
        let newsletter = r.record("newsletter")
        let languages = r.strings("languages").compactMap(Language.init(rawValue:))
        return SiteSettings(
            title: title, description: r.text("description"), baseURL: baseURL,
            languages: languages.isEmpty ? [.ja, .en] : languages,
            timezone: r.string("timezone") ?? "Asia/Tokyo", municipalityCode: r.string("municipality_code"),
            contact: r.contact("contact"), theme: r.string("theme") ?? "default",
            newsletter: SiteSettings.Newsletter(
                title: newsletter?.text("title"), from: newsletter?.string("from"),
                lineWidth: newsletter?.int("line_width") ?? 35))
    }

    /// A taxonomy file is a mapping of slug → name (`{ja, en}` or a bare Japanese name).
    mutating func taxonomy(_ kind: TaxonomyKind) -> Taxonomy? {
        guard let root = YAMLReader.read(source.text, startLine: 1, diagnostics: &diagnostics) else {
            if !diagnostics.hasErrors {
                diagnostics.error(.emptyFile, at: .start, message: Bilingual(ja: "語彙が1つもありません。", en: "the vocabulary is empty."))
            }
            return nil
        }
        guard case .mapping(let entries, _) = root else {
            wrongShape(root, expected: Bilingual(ja: "スラッグと名前の組", en: "a mapping of slugs to names"),
                       what: Bilingual(ja: "語彙ファイル", en: "a vocabulary file"))
            return nil
        }
        var terms: [Taxonomy.Term] = []
        for entry in entries {
            if case .failure(let problem) = SlugParsing.slug(entry.key.text) {
                error(problem, at: entry.key)
                continue
            }
            if let name = localizedText(entry.value, key: entry.key, maxLength: nil) {
                terms.append(Taxonomy.Term(slug: entry.key.text, name: name))
            } else if isBlank(entry.value) {
                missing("ja", at: entry.key.start, keyGiven: true)
            }
        }
        return Taxonomy(kind: kind, terms: terms)
    }
}
