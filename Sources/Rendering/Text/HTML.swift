/// Escaping for the few places Swift writes markup itself (templates escape on their own).
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
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
