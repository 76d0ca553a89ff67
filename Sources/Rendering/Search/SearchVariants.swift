/// Notation variants that should meet in search: each left-hand spelling (already
/// normalized: NFKC, lower case, hiragana) is replaced by the right-hand one, longest
/// first. The same table is in search.js; docs/search.md lists it.
public enum SearchVariants {
    public static let replacements: [(String, String)] = [
        ("障がい", "しょうがい"), ("障害", "しょうがい"), ("障碍", "しょうがい"),
        ("申し込み", "申込"), ("申込み", "申込"),
        ("子ども", "こども"), ("子供", "こども"),
        ("取り組み", "取組"), ("取組み", "取組"),
        ("友だち", "ともだち"), ("友達", "ともだち"),
        ("お年寄り", "高齢者"),
    ]
}
