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
        String(String.UnicodeScalarView(normalizedScalars(text)))
    }

    /// Steps 1-3 on the text's scalars. Most text needs no NFKC (ASCII, kana, common kanji
    /// and punctuation are unchanged by it), and Foundation's NFKC is slow: it is skipped then.
    static func normalizedScalars(_ text: String) -> [Unicode.Scalar] {
        let needsNFKC = text.unicodeScalars.contains { !isNFKCStable($0.value) }
        let folded = needsNFKC ? text.precomposedStringWithCompatibilityMapping.lowercased() : text
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(folded.unicodeScalars.count)
        for s in folded.unicodeScalars {
            var v = s.value
            if v >= 0x41 && v <= 0x5A { v += 0x20 }  // A-Z (the rest was lower-cased above)
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
        return SearchVariants.apply(scalars)
    }

    /// Characters that NFKC and lower-casing leave as they are: ASCII except A-Z (which the
    /// loop lower-cases), common CJK punctuation, hiragana, katakana, unified kanji.
    static func isNFKCStable(_ v: UInt32) -> Bool {
        v < 0x80 || v == 0x3001 || v == 0x3002 || v == 0x3005 || (0x3008...0x3011).contains(v)
            || (0x3041...0x3096).contains(v) || (0x30A1...0x30FA).contains(v) || (0x30FC...0x30FE).contains(v)
            || (0x4E00...0x9FFF).contains(v)
    }

    /// Terms of a text, in order.
    public static func terms(_ text: String, mode: Mode = .index) -> [String] {
        tokens(text, mode: mode).map(\.term)
    }

    public static func tokens(_ text: String, mode: Mode = .index) -> [Token] {
        var tokens: [Token] = []
        scan(text, mode: mode) { key, word, run, position in
            tokens.append(Token(term: word ?? term(key), run: run, position: position))
        }
        return tokens
    }

    /// A CJK term as a number (its one or two scalars, and a bit saying which), so that
    /// indexing makes no string per token; words come as text with key 0.
    static func term(_ key: UInt64) -> String {
        let mask: UInt64 = (1 << 21) - 1
        if key & (1 << 63) != 0 {
            return String(String.UnicodeScalarView([Unicode.Scalar(UInt32((key >> 21) & mask))!, Unicode.Scalar(UInt32(key & mask))!]))
        }
        return String(String.UnicodeScalarView([Unicode.Scalar(UInt32(key & mask))!]))
    }

    /// Step 4: calls `emit` with each term (key, or word), its run and its position.
    static func scan(_ text: String, mode: Mode, _ emit: (UInt64, String?, Int, Int?) -> Void) {
        var start = 0, runIsCJK = false, runCount = 0, position = 0
        let scalars = normalizedScalars(text)
        var word = String.UnicodeScalarView()
        func flush(_ end: Int) {
            defer { start = end }
            if runIsCJK {
                guard end > start else { return }
                if end - start == 1 {
                    emit(UInt64(scalars[start].value) | 1 << 62, nil, runCount, position)
                    position += 1
                } else {
                    for i in start..<(end - 1) {
                        emit(UInt64(scalars[i].value) << 21 | UInt64(scalars[i + 1].value) | 1 << 63, nil, runCount, position)
                        position += 1
                    }
                    if mode == .index {
                        for i in start..<end { emit(UInt64(scalars[i].value) | 1 << 62, nil, runCount, nil) }
                    }
                }
            } else {
                guard !word.isEmpty else { return }
                emit(0, stem(String(word)), runCount, position)
                position += 1
                word = String.UnicodeScalarView()
            }
            runCount += 1
        }
        for (i, s) in scalars.enumerated() {
            if isCJK(s) {
                if !runIsCJK { flush(i); runIsCJK = true }
            } else if isWordScalar(s) {
                if runIsCJK { flush(i); runIsCJK = false }
                word.append(s)
            } else if !runIsCJK, let last = word.last, i + 1 < scalars.count, isDigit(last), isDigit(scalars[i + 1]),
                      s == "," || s == "." {
                // 1,200 stays one number; 3.5 too (the comma is dropped, the point kept).
                if s == "." { word.append(s) }
            } else if !runIsCJK, !word.isEmpty, s == "'", i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                continue  // children's → childrens → children
            } else {
                flush(i)
                runIsCJK = false
                start = i + 1
            }
        }
        flush(scalars.count)
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
