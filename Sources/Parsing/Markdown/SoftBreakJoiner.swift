import CMarkGFM

/// Removes soft line breaks between two CJK characters before rendering.
///
/// Contributors wrap long Japanese sentences in the editor; HTML renders each such line
/// break as a space, which in Japanese shows up as a stray gap in the middle of a word.
/// Dropping the break only between CJK characters keeps English line wrapping as is.
enum SoftBreakJoiner {
    static func join(in document: CMarkDocument) {
        var removable: [OpaquePointer] = []
        document.walk { node, event in
            guard event == CMARK_EVENT_ENTER, cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK,
                  let before = cmark_node_previous(node), let after = cmark_node_next(node),
                  let last = edgeScalar(of: before, last: true), let first = edgeScalar(of: after, last: false),
                  isCJK(last), isCJK(first)
            else { return }
            removable.append(node)
        }
        // Changed after the walk: cmark's iterator must not see nodes disappear.
        for node in removable {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The last (or first) character of a text node.
    private static func edgeScalar(of node: OpaquePointer, last: Bool) -> Unicode.Scalar? {
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(node) else { return nil }
        let scalars = String(cString: literal).unicodeScalars
        return last ? scalars.last : scalars.first
    }

    /// Hiragana, katakana, CJK ideographs and CJK/full-width punctuation.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x30FF,   // CJK punctuation, hiragana, katakana
             0x3400...0x4DBF,   // CJK extension A
             0x4E00...0x9FFF,   // CJK unified ideographs
             0xF900...0xFAFF,   // compatibility ideographs
             0xFF01...0xFF60,   // full-width forms
             0x20000...0x3FFFF: // supplementary ideographs
            true
        default:
            false
        }
    }
}
