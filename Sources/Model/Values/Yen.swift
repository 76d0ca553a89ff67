/// Amounts of money, always whole yen.
public enum Yen {
    /// `1200000` → `1,200,000`
    public static func grouped(_ amount: Int) -> String {
        let digits = String(amount.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return amount < 0 ? "-" + out : out
    }
}
