/// iCalendar (RFC 5545) content lines: CRLF line ends, TEXT escaping, and long lines
/// folded at 75 octets without splitting a UTF-8 sequence.
struct ICalendarText {
    private(set) var text = ""

    /// `NAME;PARAMS:value` with the value written as is (dates, numbers, URIs).
    mutating func raw(_ name: String, _ value: String) {
        text += Self.fold("\(name):\(value)")
    }

    /// A TEXT property: backslash, semicolon, comma and line breaks escaped.
    mutating func text(_ name: String, _ value: String) {
        raw(name, Self.escape(value))
    }

    static func escape(_ value: String) -> String {
        var out = ""
        for c in value.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                // Other control characters are not allowed in a content line.
                if c.value < 0x20 && c != "\t" || c.value == 0x7F { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The line with CRLF, folded so that no physical line exceeds 75 octets: each
    /// continuation starts with a space, which counts toward its 75.
    static func fold(_ line: String) -> String {
        if line.utf8.count <= 75 { return line + "\r\n" }
        var out = "", width = 0
        for c in line.unicodeScalars {
            let octets = c.utf8.count
            if width + octets > 75 {
                out += "\r\n "
                width = 1
            }
            out.unicodeScalars.append(c)
            width += octets
        }
        return out + "\r\n"
    }
}
