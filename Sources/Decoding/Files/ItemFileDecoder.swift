import Diagnostics
import Model
import Parsing

/// Decodes one item file: `<slug>.md` (front matter + Markdown body) or, for facilities,
/// `<slug>.yaml`. Never throws and never stops at the first problem.
public enum ItemFileDecoder {
    public static func decode(
        _ kind: ItemKind, slug: String, source: SourceFile, isYAML: Bool, now: Instant, requireEnglish: Bool
    ) -> DecodedFile<DecodedItem> {
        var context = DecodeContext(source: source, now: now, requireEnglish: requireEnglish)
        let item = context.decodeItem(kind, slug: slug, isYAML: isYAML)
        return DecodedFile(item: item, diagnostics: context.diagnostics.list, references: context.references)
    }
}

extension DecodeContext {
    mutating func decodeItem(_ kind: ItemKind, slug: String, isYAML: Bool) -> DecodedItem? {
        let yaml: String, yamlLine: Int, body: String
        if isYAML {
            (yaml, yamlLine, body) = (source.text, 1, "")
        } else {
            guard let split = FrontMatter.split(source.text, diagnostics: &diagnostics) else { return nil }
            (yaml, yamlLine, body) = (split.yaml, split.yamlStartLine, split.body)
            scanItemLinks(inMarkdown: split.body, firstLine: split.bodyStartLine)
        }
        let root = YAMLReader.read(yaml, startLine: yamlLine, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors || root != nil else { return nil }
        let what = Bilingual(ja: "ファイルの先頭部分（フロントマター）", en: "the front matter")
        let node = root ?? .mapping([], start: SourceLocation(line: yamlLine, column: 1))
        guard let record = decodeRecord(node, schema: Schemas.schema(for: kind), what: what) else { return nil }
        let markdown = LocalizedMarkdown(ja: body)
        return switch kind {
        case .group: group(record, slug: slug, body: markdown).map(DecodedItem.group)
        case .event: event(record, slug: slug, body: markdown).map(DecodedItem.event)
        case .subsidy: subsidy(record, slug: slug, body: markdown).map(DecodedItem.subsidy)
        case .facility: facility(record, slug: slug, body: markdown).map(DecodedItem.facility)
        case .volunteering: volunteerCall(record, slug: slug, body: markdown).map(DecodedItem.volunteering)
        case .page: page(record, slug: slug, body: markdown).map(DecodedItem.page)
        case .newsletter: newsletterIssue(record, slug: slug, body: markdown).map(DecodedItem.newsletter)
        }
    }
}
