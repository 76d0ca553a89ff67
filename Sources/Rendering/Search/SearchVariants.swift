/// Notation variants that should meet in search: each left-hand spelling (already
/// normalized: NFKC, lower case, hiragana) is replaced by the right-hand one, in one pass
/// from the start, trying the entries in this order at each character. The same table
/// and rule are in search.js; docs/search.md lists it.
public enum SearchVariants {
    public static let replacements: [(String, String)] = [
        ("障がい", "しょうがい"), ("障害", "しょうがい"), ("障碍", "しょうがい"),
        ("申し込み", "申込"), ("申込み", "申込"),
        ("子ども", "こども"), ("子供", "こども"),
        ("取り組み", "取組"), ("取組み", "取組"),
        ("友だち", "ともだち"), ("友達", "ともだち"),
        ("お年寄り", "高齢者"),
    ]

    static let scalarTable: [([Unicode.Scalar], [Unicode.Scalar])] = replacements.map {
        (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars))
    }
    static let firstScalars = Set(scalarTable.map { $0.0[0] })

    static func apply(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard s.contains(where: firstScalars.contains) else { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count + 8)
        var i = 0
        outer: while i < s.count {
            if firstScalars.contains(s[i]) {
                for (from, to) in scalarTable where i + from.count <= s.count && s[i..<(i + from.count)].elementsEqual(from) {
                    out += to
                    i += from.count
                    continue outer
                }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }
}
