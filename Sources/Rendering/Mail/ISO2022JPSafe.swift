import Foundation

/// Replaces what ISO-2022-JP (ASCII, JIS X 0201 Roman, JIS X 0208) cannot carry with
/// the nearest thing it can, for staff whose mail system still sends that encoding, so
/// that nothing turns into "?" or mojibake on the way. The full list of replacements is
/// in docs/content-decisions.md ("Newsletter").
enum ISO2022JPSafe {
    static func convert(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text { out += replacement(c) }
        return out
    }

    static func isSafe(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy(isSafe) }

    static func isSafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return true }
        if MailTables.kanjiRange.contains(v) {
            let i = Int(v - MailTables.kanjiRange.lowerBound)
            return i / 8 < kanjiBits.count && kanjiBits[i / 8] & (0x80 >> UInt8(i % 8)) != 0
        }
        return MailTables.iso2022JPRanges.contains { $0.contains(v) }
    }

    /// The text for one character, in this order: kept if safe; a fixed replacement;
    /// dropped (emoji and invisible characters); its compatibility form (NFKC: ㈱ → (株),
    /// ㎡ → m2, Ⅲ → III, half-width katakana → full width); without accents (é → e);
    /// else 〓, the customary mark for a character that cannot be sent.
    static func replacement(_ c: Character) -> String {
        if isSafe(c) { return String(c) }
        if let fixed = fixed[c] { return fixed }
        if let n = circledNumber(c) { return "(\(n))" }
        let scalars = c.unicodeScalars
        if scalars.contains(where: { $0.properties.isEmojiPresentation || ($0.properties.isEmoji && $0.value >= 0x2000) })
            || scalars.allSatisfy({ invisible.contains($0.value) || $0.properties.isVariationSelector }) {
            return ""
        }
        // NFC again: Foundation's NFKC leaves ｶﾞ as カ + U+3099 instead of ガ.
        let compatible = String(c).precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
        if compatible.allSatisfy(isSafe) { return compatible }
        let bare = String(String.UnicodeScalarView(
            String(c).decomposedStringWithCompatibilityMapping.unicodeScalars.filter { ![.nonspacingMark, .enclosingMark].contains($0.properties.generalCategory) }))
        if !bare.isEmpty, bare.allSatisfy(isSafe) { return bare }
        return "〓"
    }

    /// Characters whose usual replacement is not what NFKC gives, or that NFKC leaves alone.
    static let fixed: [Character: String] = [
        "～": "〜", "－": "−", "∥": "‖", "￠": "¢", "￡": "£", "￢": "¬", "￤": "|",
        "—": "―", "–": "-", "‒": "-", "\u{00A0}": " ",
        "©": "(C)", "®": "(R)", "™": "(TM)", "½": "1/2", "¼": "1/4", "¾": "3/4",
        "•": "・", "◦": "・", "‣": "・", "⁃": "-", "〝": "“", "〟": "”",
        "髙": "高", "﨑": "崎", "𠮷": "吉", "德": "徳", "栁": "柳", "桒": "桑", "淸": "清", "瀨": "瀬", "黑": "黒",
        "\u{FF9E}": "゛", "\u{FF9F}": "゜",
    ]

    /// ①…⑳, ㉑…㊿, ⑴…⒇, ❶…❿, ➀…➓ → the number, written "(1)" by `replacement`.
    static func circledNumber(_ c: Character) -> Int? {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return nil }
        switch v {
        case 0x2460...0x2473: return Int(v - 0x2460) + 1
        case 0x2474...0x2487: return Int(v - 0x2474) + 1
        case 0x3251...0x325F: return Int(v - 0x3251) + 21
        case 0x32B1...0x32BF: return Int(v - 0x32B1) + 36
        case 0x24EB...0x24F4: return Int(v - 0x24EB) + 11
        case 0x2776...0x277F: return Int(v - 0x2776) + 1
        case 0x2780...0x2789: return Int(v - 0x2780) + 1
        case 0x278A...0x2793: return Int(v - 0x278A) + 1
        default: return nil
        }
    }

    /// Zero-width and formatting characters that have no place in a mail.
    static let invisible: Set<UInt32> = [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F]

    static let kanjiBits: [UInt8] = {
        let base64 = MailTables.iso2022JPKanjiBitmap.filter { !$0.isWhitespace }
        return Data(base64Encoded: base64).map { [UInt8]($0) } ?? []
    }()
}
