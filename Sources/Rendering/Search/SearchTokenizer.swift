import Foundation

/// The search tokenizer. `themes/default/assets/search.js` implements the same steps, and
/// both pass `tests/search/tokenizer-vectors.json`; change the two together (docs/search.md).
///
/// 1. Unicode NFKC (full-width Latin and digits become ASCII, half-width kana full-width),
///    then lower case.
/// 2. Katakana become hiragana; the long-vowel mark ー is dropped (so コンピューター and
///    コンピュータ meet); iteration marks repeat the character before them (人々 → 人人,
///    いすゞ → いすず).
/// 3. Notation variants are replaced by one spelling (`SearchVariants`).
/// 4. Runs of Japanese/CJK characters become overlapping bigrams (a one-character run is
///    itself a term); when indexing, every character of a longer run is also a term of its
///    own (without a position), so that one-character queries find it. A query of two or
///    more characters looks up bigrams only. Runs of letters and digits become words;
///    letter words get light English stemming, numbers stay whole (`1,200` → `1200`).
public enum SearchTokenizer {
    /// How a text is tokenized: documents also get the run-final single characters.
    public enum Mode: Sendable { case index, query }

    /// One token, the run it came from (a query must match all tokens of a run), and its
    /// position among the positioned tokens (nil for the extra single characters).
    public struct Token: Equatable, Sendable {
        public let term: String
        public let run: Int
        public let position: Int?
    }

    /// The text after steps 1-3.
    public static func normalize(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(folded.unicodeScalars.count)
        for s in folded.unicodeScalars {
            var v = s.value
            if v == 0x30FC { continue }  // ー
            if v == 0x30FD { v = 0x309D } else if v == 0x30FE { v = 0x309E }  // ヽヾ → ゝゞ
            if v >= 0x30A1 && v <= 0x30F6 { v -= 0x60 }
            if v == 0x3005 || v == 0x309D {  // 々 ゝ: the character before
                if let last = scalars.last { scalars.append(last) }
                continue
            }
            if v == 0x309E {  // ゞ: the character before, voiced
                if let last = scalars.last { scalars.append(voiced(last)) }
                continue
            }
            scalars.append(Unicode.Scalar(v)!)
        }
        var out = String(String.UnicodeScalarView(scalars))
        for (variant, canonical) in SearchVariants.replacements where out.contains(variant) {
            out = out.replacingOccurrences(of: variant, with: canonical)
        }
        return out
    }

    /// Terms of a text, in order.
    public static func terms(_ text: String, mode: Mode = .index) -> [String] {
        tokens(text, mode: mode).map(\.term)
    }

    public static func tokens(_ text: String, mode: Mode = .index) -> [Token] {
        var tokens: [Token] = []
        var run: [Unicode.Scalar] = [], runIsCJK = false, runCount = 0, position = 0
        func add(_ term: String, positioned: Bool = true) {
            tokens.append(Token(term: term, run: runCount, position: positioned ? position : nil))
            if positioned { position += 1 }
        }
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard !run.isEmpty else { return }
            if runIsCJK {
                if run.count == 1 {
                    add(String(String.UnicodeScalarView([run[0]])))
                } else {
                    for i in 0..<(run.count - 1) { add(String(String.UnicodeScalarView([run[i], run[i + 1]]))) }
                    if mode == .index {
                        for s in run { add(String(String.UnicodeScalarView([s])), positioned: false) }
                    }
                }
            } else {
                add(stem(String(String.UnicodeScalarView(run))))
            }
            runCount += 1
        }
        let scalars = Array(normalize(text).unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if isCJK(s) {
                if !runIsCJK { flush() }
                runIsCJK = true
                run.append(s)
            } else if isWordScalar(s) {
                if runIsCJK { flush() }
                runIsCJK = false
                run.append(s)
            } else if !runIsCJK, !run.isEmpty, i + 1 < scalars.count, isDigit(run.last!), isDigit(scalars[i + 1]),
                      s == "," || s == "." {
                // 1,200 stays one number; 3.5 too (the comma is dropped, the point kept).
                if s == "." { run.append(s) }
            } else if !runIsCJK, !run.isEmpty, s == "'", i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                continue  // children's → childrens → children
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// Light English stemming: plurals and -ing/-ed endings, on letter words only.
    public static func stem(_ word: String) -> String {
        guard word.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else { return word }
        var w = word
        if w.count > 4, w.hasSuffix("ies") { w = String(w.dropLast(3)) + "y" }
        else if w.hasSuffix("sses") { w = String(w.dropLast(2)) }
        else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { w = String(w.dropLast()) }
        if w.count > 5, w.hasSuffix("ing") { w = String(w.dropLast(3)) }
        else if w.count > 4, w.hasSuffix("ed") { w = String(w.dropLast(2)) }
        return w
    }

    /// Han, hiragana, katakana, Hangul and CJK symbols that are letters (〆).
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3041...0x309F).contains(v) || (0x30A0...0x30FA).contains(v) && v != 0x30FB
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3FFFF).contains(v) || (0xAC00...0xD7AF).contains(v) || (0x1100...0x11FF).contains(v)
            || (0x3130...0x318F).contains(v) || v == 0x3006 || v == 0x3007
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Letters, digits and combining marks outside the CJK ranges.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    /// か → が and the like; other characters unchanged.
    static func voiced(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v == 0x3046 { return Unicode.Scalar(0x3094)! }  // う → ゔ
        if (0x304B...0x3062).contains(v) && v % 2 == 1 || (0x3064...0x3068).contains(v) && v % 2 == 0
            || (0x306F...0x307D).contains(v) && (v - 0x306F) % 3 == 0 {
            return Unicode.Scalar(v + 1)!
        }
        return s
    }
}
