import CMarkGFM

/// A Markdown body as plain text, for the email magazine's text version: one block per
/// paragraph, heading, list item or code block, with links turned into numbered
/// references (`…まつり[1]`) whose URLs come after the text.
public struct MarkdownText: Hashable, Sendable {
    public struct Block: Hashable, Sendable {
        public enum Role: Hashable, Sendable {
            case paragraph
            case heading(level: Int)
            /// Kept line by line as written.
            case code
            case thematicBreak
        }

        public enum Marker: Hashable, Sendable {
            case bullet
            case number(Int)
        }

        public var role: Role
        /// Inline text; `\n` is a hard line break.
        public var text: String
        /// How deep in lists and block quotes the block is (0 at the top).
        public var depth: Int
        /// Set on the first block of a list item.
        public var marker: Marker?
    }

    public var blocks: [Block]
    /// The URL of each reference: `[1]` is `links[0]`.
    public var links: [String]

    /// Parses `markdown`. Each link destination is first offered to `resolveLink` (item
    /// links, relative paths); links that end up with anything but an http, https, mailto
    /// or tel URL keep their text and get no reference. Raw HTML is dropped, as on the site.
    public static func parse(_ markdown: String, resolveLink: (String) -> String?) -> MarkdownText {
        guard let document = CMarkDocument(markdown: markdown, extensions: false) else { return MarkdownText(blocks: [], links: []) }
        return withoutActuallyEscaping(resolveLink) { resolve in
            var builder = Builder(resolveLink: resolve)
            document.walk { node, event in builder.visit(node, event) }
            return MarkdownText(blocks: builder.blocks, links: builder.links)
        }
    }

    /// Walks cmark's events and collects blocks.
    private struct Builder {
        let resolveLink: (String) -> String?
        var blocks: [Block] = []
        var links: [String] = []
        var text = ""
        var pendingSoftBreak = false
        var lists: [(ordered: Bool, next: Int)] = []
        var quotes = 0
        var marker: Block.Marker?
        /// The destination of each open link, nil for one that gets no reference.
        var openLinks: [(url: String?, textStart: Int)] = []

        var depth: Int { lists.count + quotes }

        mutating func visit(_ node: OpaquePointer, _ event: cmark_event_type) {
            let enter = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if enter { text = ""; pendingSoftBreak = false } else { finish(node) }
            case CMARK_NODE_CODE_BLOCK:
                var literal = literalText(node)
                while literal.hasSuffix("\n") { literal.removeLast() }
                emit(.code, literal)
            case CMARK_NODE_THEMATIC_BREAK:
                emit(.thematicBreak, "")
            case CMARK_NODE_LIST:
                if enter {
                    let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                    lists.append((ordered, Int(cmark_node_get_list_start(node))))
                } else {
                    lists.removeLast()
                }
            case CMARK_NODE_ITEM where enter:
                guard let last = lists.last else { break }
                marker = last.ordered ? .number(last.next) : .bullet
                lists[lists.count - 1].next += 1
            case CMARK_NODE_BLOCK_QUOTE:
                quotes += enter ? 1 : -1
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                append(literalText(node))
            case CMARK_NODE_SOFTBREAK:
                pendingSoftBreak = true
            case CMARK_NODE_LINEBREAK:
                text += "\n"
                pendingSoftBreak = false
            case CMARK_NODE_LINK:
                if enter { openLinks.append((reference(CMarkDocument.url(of: node)), text.utf8.count)) } else { closeLink() }
            default:
                break  // raw HTML, images (their alt text is walked as text), emphasis
            }
        }

        /// A soft break (a line break in the source) is dropped between two CJK
        /// characters and is a space otherwise, as on the site.
        mutating func append(_ piece: String) {
            if pendingSoftBreak, let last = text.unicodeScalars.last, let first = piece.unicodeScalars.first {
                if !(SoftBreakJoiner.isCJK(last) && SoftBreakJoiner.isCJK(first)) { text += " " }
            }
            pendingSoftBreak = false
            text += piece
        }

        /// The URL a link gets a reference for, or nil (dropped, relative, or an autolink
        /// whose text already is the URL).
        func reference(_ destination: String) -> String? {
            let url = LinkPolicy.sanitized(resolveLink(destination) ?? destination)
            guard let scheme = LinkPolicy.scheme(of: url), LinkPolicy.allowedSchemes.contains(scheme) else { return nil }
            return url
        }

        mutating func closeLink() {
            guard let (url, start) = openLinks.popLast(), let url else { return }
            let label = String(decoding: text.utf8.dropFirst(start), as: UTF8.self)
            let bare = url.split(separator: ":", maxSplits: 1).last.map(String.init) ?? url
            if label == url, url.hasPrefix("mailto:") {  // <mailto:…>: the address alone
                text = String(decoding: text.utf8.prefix(start), as: UTF8.self) + bare
                return
            }
            if label == url || label == bare { return }  // <https://…>: the text is the URL
            let number = (links.firstIndex(of: url) ?? { links.append(url); return links.count - 1 }()) + 1
            text += "[\(number)]"
        }

        mutating func finish(_ node: OpaquePointer) {
            let role: Block.Role = cmark_node_get_type(node) == CMARK_NODE_HEADING
                ? .heading(level: Int(cmark_node_get_heading_level(node))) : .paragraph
            emit(role, text)
        }

        mutating func emit(_ role: Block.Role, _ content: String) {
            blocks.append(Block(role: role, text: content, depth: depth, marker: marker))
            marker = nil
        }

        func literalText(_ node: OpaquePointer) -> String {
            cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        }
    }
}
