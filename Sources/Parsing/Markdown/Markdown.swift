import CMarkGFM

/// Markdown (GitHub-flavoured: tables, autolinks, task lists, strikethrough) via cmark-gfm.
/// Every call parses its own document, so calls may run concurrently from many tasks.
public enum Markdown {
    /// Every link and image in `markdown`, in document order. `firstLine` is the file line
    /// on which `markdown` starts, so lines and locations are whole-file.
    /// Parsed without the GFM extensions, so link scanning runs on all cores; only bare
    /// `www.` autolinks are not found, and they never name an item.
    public static func links(in markdown: String, firstLine: Int = 1) -> [MarkdownLink] {
        guard let document = CMarkDocument(markdown: markdown, extensions: false) else { return [] }
        var found: [(node: OpaquePointer, isImage: Bool)] = []
        document.walk { node, event in
            guard event == CMARK_EVENT_ENTER else { return }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                found.append((node, type == CMARK_NODE_IMAGE))
            }
        }
        guard !found.isEmpty else { return [] }
        var locator = MarkdownLinkLocator(markdown: markdown, firstLine: firstLine)
        return found.map { node, isImage in
            let destination = CMarkDocument.url(of: node)
            let line = CMarkDocument.blockLine(of: node) + firstLine - 1
            return MarkdownLink(
                destination: destination, text: CMarkDocument.plainText(of: node), isImage: isImage,
                blockLine: line, destinationLocation: locator.locate(destination: destination, fromLine: line))
        }
    }

    /// Safe HTML for a Markdown body.
    ///
    /// - Raw HTML is dropped (cmark's safe mode; CMARK_OPT_UNSAFE is never used).
    /// - Each link and image destination is first offered to `resolveLink` (which maps
    ///   `TYPE:SLUG` to a URL, or returns nil); what comes out must be http, https, mailto,
    ///   tel or scheme-less (relative path, fragment), or it becomes `#`.
    /// - Headings get ids from their text (see `HeadingAnchors`).
    /// - Soft line breaks between Japanese characters are removed (see `SoftBreakJoiner`).
    public static func renderHTML(markdown: String, resolveLink: (String) -> String?) -> String {
        guard let document = CMarkDocument(markdown: markdown) else { return "" }
        SoftBreakJoiner.join(in: document)
        var headings: [(level: Int, id: String)] = []
        var anchors = HeadingAnchors()
        document.walk { node, event in
            guard event == CMARK_EVENT_ENTER else { return }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let destination = CMarkDocument.url(of: node)
                let url = LinkPolicy.sanitized(resolveLink(destination) ?? destination)
                if url != destination { cmark_node_set_url(node, url) }
            case CMARK_NODE_HEADING:
                let level = Int(cmark_node_get_heading_level(node))
                headings.append((level, anchors.id(for: CMarkDocument.plainText(of: node))))
            default:
                break
            }
        }
        return HeadingAnchors.insert(headings, into: document.renderHTML())
    }

    /// Like `renderHTML`, for the short `markdown` fields of the front matter: a text that
    /// is a single paragraph is returned without the surrounding `<p>…</p>`, with any
    /// direction control it leaves open closed (it may stand inside a line of the page).
    public static func renderInlineHTML(markdown: String, resolveLink: (String) -> String?) -> String {
        let html = renderHTML(markdown: markdown, resolveLink: resolveLink)
        let open = "<p>", close = "</p>\n"
        guard html.hasPrefix(open), html.hasSuffix(close) else { return html }
        let inner = html.dropFirst(open.count).dropLast(close.count)
        // More than one paragraph (or another block) inside: keep the blocks.
        guard !inner.contains("<p>"), !inner.contains("</p>") else { return html }
        return BidiControls.closed(String(inner))
    }
}
