/// Slugs name files and appear in URLs: lower-case ASCII letters and digits joined by
/// single hyphens (`^[a-z0-9]+(-[a-z0-9]+)*$`).
public enum SlugParsing {
    public static func isValid<S: StringProtocol>(_ text: S) -> Bool {
        var previousWasHyphen = true  // forbids a leading hyphen
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !text.isEmpty && !previousWasHyphen
    }

    /// A suggestion for a slug that is not valid: lower-cased, other characters to hyphens.
    public static func suggestion(for text: String) -> String? {
        var out = ""
        for c in text.lowercased().unicodeScalars {
            if c.isASCII, c.properties.isAlphabetic || ASCII.isDigit(c) {
                out.unicodeScalars.append(c)
            } else if !out.hasSuffix("-"), !out.isEmpty {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return isValid(out) ? out : nil
    }

    public static func slug(_ text: String) -> Result<String, ValueProblem> {
        if isValid(text) { return .success(text) }
        let suggestion = suggestion(for: text)
        return .failure(ValueProblem(
            .invalidSlug,
            ja: "`\(text)` はスラッグ（識別名）として使えません。半角の英小文字・数字と、間をつなぐハイフンだけが使えます。",
            en: "`\(text)` is not a valid slug: use lower-case ASCII letters and digits joined by single hyphens.",
            hintJA: suggestion.map { "例えば `\($0)` のようにしてください。" } ?? "日本語の名前はローマ字にします。例: kita-kodomo-shokudo",
            hintEN: suggestion.map { "For example `\($0)`." } ?? "Write Japanese names in romaji, e.g. kita-kodomo-shokudo."))
    }
}
