import Parsing

/// Markdown as a body and as an inline field, with `TYPE:SLUG` item links resolved the way
/// the renderer does. Whatever the input, the HTML must carry no script: no `<script`
/// element and no `javascript:`/`data:`/`vbscript:` link or image destination.
enum MarkdownFuzzer {
    static func run(_ bytes: [UInt8]) {
        guard let source = FuzzInput.source(bytes, path: "fuzz.md") else { return }
        let text = source.text
        _ = Markdown.links(in: text, firstLine: 3)
        check(Markdown.renderHTML(markdown: text, resolveLink: resolve))
        check(Markdown.renderInlineHTML(markdown: text, resolveLink: resolve))
    }

    /// `group:slug` → `/groups/slug/`; any other destination is left to the link policy.
    static func resolve(_ destination: String) -> String? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let kind = destination[..<colon], slug = destination[destination.index(after: colon)...]
        guard ["group", "event", "subsidy", "facility", "volunteering", "page", "newsletter"].contains(kind) else { return nil }
        return "/\(kind)s/\(slug)/"
    }

    static func check(_ html: String) {
        let lower = html.lowercased()
        precondition(!lower.contains("<script"), "Markdown produced a script element")
        for attribute in ["href=\"", "src=\""] {
            for scheme in ["javascript:", "data:", "vbscript:"] {
                precondition(!lower.contains(attribute + scheme), "Markdown produced a \(scheme) URL")
            }
        }
    }
}
