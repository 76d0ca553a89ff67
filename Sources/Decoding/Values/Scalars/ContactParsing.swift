/// URLs, e-mail addresses and telephone numbers. These end up in `href`s, so the rules are
/// strict: only absolute http(s) URLs, never `javascript:` or `data:`.
public enum ContactParsing {
    public static func url(_ text: String) -> Result<String, ValueProblem> {
        let lower = text.lowercased()
        let scheme = lower.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        let rest: Substring? =
            lower.hasPrefix("https://") ? text.dropFirst(8) : lower.hasPrefix("http://") ? text.dropFirst(7) : nil
        let host = rest?.prefix { $0 != "/" && $0 != "?" && $0 != "#" } ?? ""
        let valid = rest != nil && !host.isEmpty && !host.hasPrefix(".")
            && text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && $0 != "\\" }
        if valid { return .success(text) }
        if ["javascript", "data", "vbscript", "file"].contains(scheme) {
            return .failure(ValueProblem(
                .invalidURL,
                ja: "`\(scheme):` で始まる URL は安全のため使えません。",
                en: "`\(scheme):` URLs are not allowed, for the safety of readers.",
                hintJA: "https:// で始まるウェブページの URL を書いてください。",
                hintEN: "Give the address of a web page, starting with https://."))
        }
        return .failure(ValueProblem(
            .invalidURL,
            ja: "http:// または https:// で始まる URL が必要です（`\(text)`）。",
            en: "expected a URL starting with http:// or https://, found `\(text)`.",
            hintJA: "例: https://example.jp/ 。スペースや全角文字を含めないでください。",
            hintEN: "For example https://example.jp/ — without spaces or full-width characters."))
    }

    public static func email(_ text: String) -> Result<String, ValueProblem> {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let allowed = text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && !"<>()[]\\,;:\"".unicodeScalars.contains($0) }
        if parts.count == 2, !parts[0].isEmpty, allowed,
           parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") {
            return .success(text)
        }
        let fw = ValueProblem.fullWidthHint(text)
        return .failure(ValueProblem(
            .invalidEmail,
            ja: "メールアドレスの形ではありません（`\(text)`）。",
            en: "expected an e-mail address, found `\(text)`.",
            hintJA: fw?.0 ?? "例: info@example.jp（@ は半角で1つ）",
            hintEN: fw?.1 ?? "For example info@example.jp (one half-width @)."))
    }

    /// Japanese numbers as written on flyers: digits and hyphens, starting with 0, 10–11 digits.
    public static func tel(_ text: String) -> Result<String, ValueProblem> {
        let digits = text.unicodeScalars.filter(ASCII.isDigit).count
        let allowed = text.unicodeScalars.allSatisfy { ASCII.isDigit($0) || $0 == "-" }
        if allowed, text.hasPrefix("0"), (10...11).contains(digits),
           !text.hasSuffix("-"), !text.contains("--") {
            return .success(text)
        }
        let fw = ValueProblem.fullWidthHint(text)
        let dash = text.unicodeScalars.contains { "ー－‐−―".unicodeScalars.contains($0) }
        return .failure(ValueProblem(
            .invalidTel,
            ja: "電話番号は半角の数字とハイフンで、0 から始まる10〜11桁で書いてください（`\(text)`）。",
            en: "expected a phone number of 10–11 digits starting with 0, in half-width digits and hyphens, found `\(text)`.",
            hintJA: fw?.0 ?? (dash ? "全角の長音・ダッシュではなく、半角のハイフン - を使ってください。" : "例: 03-3908-1111"),
            hintEN: fw?.1 ?? (dash ? "Use the half-width hyphen -, not a long-vowel mark or dash." : "For example 03-3908-1111.")))
    }
}
