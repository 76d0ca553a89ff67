/// Deterministic JSON for JSON-LD, JSON Feed and the open-data API: keys sorted, and
/// `<`, `>` and `&` escaped as `\u003c` etc. so that no text from content can close a
/// `<script>` element the JSON is embedded in.
enum JSONWriter {
    static func serialize(_ value: Any) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    /// Deterministic JSON (keys sorted) with `<`, `>` and `&` escaped. Written by hand:
    /// Foundation's JSONSerialization took a sixth of the time of a whole build.
    static func write(_ value: Any, to out: inout String) {
        switch value {
        case let string as String: writeString(string, to: &out)
        case let dict as [String: Any]:
            out += "{"
            for (i, key) in dict.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                writeString(key, to: &out)
                out += ":"
                write(dict[key]!, to: &out)
            }
            out += "}"
        case let list as [Any]:
            out += "["
            for (i, item) in list.enumerated() {
                if i > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case let bool as Bool: out += bool ? "true" : "false"
        case let int as Int: out += String(int)
        case let double as Double: out += double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double)
        default: out += "null"
        }
    }

    static func writeString(_ string: String, to out: inout String) {
        // Most strings need no escaping: copy them whole.
        if !string.utf8.contains(where: needsEscape) {
            out += "\""
            out += string
            out += "\""
            return
        }
        out += "\""
        for c in string.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }

    /// Bytes that `writeString` must escape: quotes, backslash, `<>&`, control characters,
    /// and 0xE2, the lead byte of U+2028/U+2029 (checked precisely on the slow path).
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == 0xE2
    }
}
