import Diagnostics
import Model
import Parsing

/// `[text](TYPE:SLUG)` links between items, in bodies and in `markdown` fields. Each
/// becomes a reference at the line and column of its destination.
extension DecodeContext {
    /// Links in a Markdown body that starts on `firstLine` of the file.
    mutating func scanItemLinks(inMarkdown markdown: String, firstLine: Int) {
        guard Self.mayHaveItemLinks(markdown) else { return }
        for link in Markdown.links(in: markdown, firstLine: firstLine) {
            referToItem(link.destination, at: link.location)
        }
    }

    /// Links in a `markdown` field. A YAML scalar's lines need not match the file's lines
    /// (folding, indentation), so each destination is looked up in the file itself from
    /// the scalar's first line on.
    mutating func scanItemLinks(in node: YAMLNode) {
        switch node {
        case .scalar(let s):
            guard Self.mayHaveItemLinks(s.text) else { return }
            var locator = MarkdownLinkLocator(markdown: source.text)
            for link in Markdown.links(in: s.text) {
                let location = locator.locate(destination: link.destination, fromLine: s.start.line) ?? s.start
                referToItem(link.destination, at: location)
            }
        case .mapping(let entries, _):
            for entry in entries { scanItemLinks(in: entry.value) }
        case .sequence:
            break
        }
    }

    private mutating func referToItem(_ destination: String, at location: SourceLocation) {
        guard let (kind, slug) = Self.itemLink(destination) else { return }
        guard SlugParsing.isValid(slug) else {
            diagnostics.error(
                .brokenItemLink, at: location, text: destination,
                message: Bilingual(ja: "リンク先 `\(destination)` のスラッグが正しくありません。",
                                   en: "the link `\(destination)` has an invalid slug."),
                hint: Bilingual(ja: "`[文字](\(kind.rawValue):スラッグ)` の形で書いてください。",
                                en: "Write it as `[text](\(kind.rawValue):slug)`."))
            return
        }
        refer(.item(kind), slug, at: location, length: destination.unicodeScalars.count, isMarkdownLink: true)
    }

    /// An item link is written `](TYPE:SLUG)`, `]: TYPE:SLUG` or `<TYPE:SLUG>`: without a
    /// `]` or `<` followed later by `:` there is none, and cmark need not parse the text.
    static func mayHaveItemLinks(_ markdown: String) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            guard let opening = bytes.firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "<") }) else { return false }
            return bytes[opening...].contains(UInt8(ascii: ":"))
        }
    }

    /// `event:kita-festival` → (.event, "kita-festival"); nil for other URLs (`https:`, `mailto:` …).
    static func itemLink(_ destination: String) -> (ItemKind, String)? {
        let parts = destination.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = ItemKind(rawValue: String(parts[0])) else { return nil }
        return (kind, String(parts[1]))
    }
}
