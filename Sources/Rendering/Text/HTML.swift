import Parsing

/// Escaping for the few places Swift writes markup itself (templates escape on their own).
enum HTML {
    /// `text` with `&<>"'` as references, and any direction control it leaves open closed
    /// at its end (see `BidiControls`).
    static func escape(_ text: String) -> String {
        let text = BidiControls.closed(text)
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: isSpecial) else { return text }
        var out = String(text[..<first])
        out.reserveCapacity(utf8.count + 32)
        var start = first
        // Copy the runs between special characters whole, not character by character.
        while let special = utf8[start...].firstIndex(where: isSpecial) {
            out += text[start..<special]
            let entity = switch utf8[special] {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            default: "&#39;"
            }
            out += entity
            start = utf8.index(after: special)
        }
        out += text[start...]
        return out
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Text for XML files (sitemap, feeds): escaped, without the control characters that
    /// XML 1.0 forbids even as references (a feed reader rejects the whole feed for one).
    static func xml(_ text: String) -> String {
        let allowed = text.unicodeScalars.allSatisfy(isXMLCharacter)
        return escape(allowed ? text : String(String.UnicodeScalarView(text.unicodeScalars.filter(isXMLCharacter))))
    }

    static func isXMLCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: true
        default: false
        }
    }
}
