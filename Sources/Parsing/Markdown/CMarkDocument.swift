import CMarkGFM

/// One parsed Markdown document: owns its cmark parser (whose extension list the HTML
/// renderer needs) and its node tree, and frees both. Not shared between tasks; every
/// call site parses its own.
final class CMarkDocument {
    private let parser: OpaquePointer
    let root: OpaquePointer

    /// Returns nil only if cmark cannot allocate. Without `extensions` (enough to find
    /// links: tables still parse as paragraphs with their links) parses run in parallel.
    init?(markdown: String, extensions: Bool = true) {
        var markdown = markdown
        let parsed: (OpaquePointer, OpaquePointer)? = CMarkRuntime.withParseLock(withExtensions: extensions) {
            guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
            if extensions {
                for name in CMarkRuntime.extensionNames {
                    if let ext = cmark_find_syntax_extension(name) {
                        cmark_parser_attach_syntax_extension(parser, ext)
                    }
                }
            }
            markdown.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) {
                    if let base = $0.baseAddress { cmark_parser_feed(parser, base, $0.count) }
                }
            }
            guard let root = cmark_parser_finish(parser) else {
                cmark_parser_free(parser)
                return nil
            }
            return (parser, root)
        }
        guard let parsed else { return nil }
        (parser, root) = parsed
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Visits every node in document order (enter and exit events). The tree must not be
    /// restructured during the walk; collect nodes and change them afterwards.
    func walk(_ visit: (OpaquePointer, cmark_event_type) -> Void) {
        Self.walk(root, visit)
    }

    static func walk(_ node: OpaquePointer, _ visit: (OpaquePointer, cmark_event_type) -> Void) {
        guard let iter = cmark_iter_new(node) else { return }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            if let current = cmark_iter_get_node(iter) { visit(current, event) }
        }
    }

    /// Safe HTML: cmark's default options drop raw HTML and never get CMARK_OPT_UNSAFE.
    func renderHTML() -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT, extensions) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }

    // MARK: - Node helpers

    /// The text of a node's inline content (link text, image alt, heading), without markup.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        walk(node) { child, event in
            guard event == CMARK_EVENT_ENTER else { return }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    /// Start line of the nearest enclosing block that knows its line. cmark's inline
    /// positions are not reliable, block positions are.
    static func blockLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = cmark_node_parent(node)
        while let block = current {
            let line = Int(cmark_node_get_start_line(block))
            if line > 0 { return line }
            current = cmark_node_parent(block)
        }
        return 1
    }

    static func url(of node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }
}
