/// Whole numbers, decimals, yen amounts and booleans, read from the text as written.
public enum NumberParsing {
    public static func int(_ text: String, range: ClosedRange<Int>?) -> Result<Int, ValueProblem> {
        let negative = text.hasPrefix("-")
        guard let magnitude = ASCII.number(negative ? String(text.dropFirst()) : text) else {
            let fw = ValueProblem.fullWidthHint(text)
            return .failure(ValueProblem(
                .invalidInteger,
                ja: "整数が必要です（`\(text)`）。",
                en: "expected a whole number, found `\(text)`.",
                hintJA: fw?.0 ?? "数字だけを書いてください。例: 30（単位や「人」「名」は付けません）",
                hintEN: fw?.1 ?? "Write digits only, for example 30 (no units)."))
        }
        let value = negative ? -magnitude : magnitude
        if let range, !range.contains(value) { return .failure(outOfRange(text, range)) }
        return .success(value)
    }

    public static func number(_ text: String, range: ClosedRange<Double>?) -> Result<Double, ValueProblem> {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ ASCII.allDigits($0) && $0.count <= 9 }),
              let value = Double(text)
        else {
            return .failure(ValueProblem(
                .invalidNumber,
                ja: "数値が必要です（`\(text)`）。",
                en: "expected a number, found `\(text)`.",
                hintJA: "例: 45.5（単位は付けません）",
                hintEN: "For example 45.5 (no units)."))
        }
        if let range, !range.contains(value) {
            return .failure(ValueProblem(
                .outOfRange,
                ja: "`\(text)` は範囲外です（\(range.lowerBound)〜\(range.upperBound)）。",
                en: "`\(text)` is out of range (\(range.lowerBound) to \(range.upperBound))."))
        }
        return .success(value)
    }

    static func outOfRange(_ text: String, _ range: ClosedRange<Int>) -> ValueProblem {
        ValueProblem(
            .outOfRange,
            ja: "`\(text)` は範囲外です（\(range.lowerBound)〜\(range.upperBound)）。",
            en: "`\(text)` is out of range (\(range.lowerBound) to \(range.upperBound)).")
    }

    /// Non-negative whole yen: `1000` or `1,000`.
    public static func yen(_ text: String) -> Result<Int, ValueProblem> {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        let wellGrouped = groups.count == 1
            || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
        if wellGrouped, groups.allSatisfy({ ASCII.allDigits($0) }), let value = ASCII.number(groups.joined()) {
            return .success(value)
        }
        let unit = text.contains("円") || text.contains("¥") || text.contains("￥")
        let fw = ValueProblem.fullWidthHint(text)
        return .failure(ValueProblem(
            .invalidYen,
            ja: "金額は 0 以上の整数（円）で書いてください（`\(text)`）。",
            en: "expected an amount in whole yen (0 or more), found `\(text)`.",
            hintJA: fw?.0 ?? (unit ? "「円」や「¥」は付けず、数字だけを書いてください。例: 1,000" : "例: 0（無料）、500、1,000"),
            hintEN: fw?.1 ?? (unit ? "Leave out 円 and ¥: write the number only, e.g. 1,000." : "For example 0 (free), 500 or 1,000.")))
    }

    public static func bool(_ text: String) -> Result<Bool, ValueProblem> {
        switch text {
        case "true": return .success(true)
        case "false": return .success(false)
        default:
            let lower = text.lowercased()
            let yesLike = ["yes", "y", "on", "はい", "true", "○"].contains(lower)
            let noLike = ["no", "n", "off", "いいえ", "false", "×"].contains(lower)
            let suggestion = yesLike ? "true" : noLike ? "false" : nil
            return .failure(ValueProblem(
                .invalidBool,
                ja: "true か false のどちらかが必要です（`\(text)`）。",
                en: "expected true or false, found `\(text)`.",
                hintJA: suggestion.map { "`\(text)` ではなく `\($0)` と書いてください。" } ?? "「はい」なら true、「いいえ」なら false と書いてください。",
                hintEN: suggestion.map { "Write `\($0)` instead of `\(text)`." } ?? "Write true for yes and false for no."))
        }
    }
}
