/// How text looks in a terminal: how many columns each character takes, and how
/// characters that must not reach a terminal as they are (control characters, bidi
/// overrides) are shown instead.
///
/// East Asian wide and full-width characters (kanji, kana, full-width punctuation and
/// forms, Hangul) and emoji shown as emoji take two columns; combining marks and format
/// characters take none; a tab is shown as four spaces. Ambiguous-width characters
/// (`○`, `→`, Greek, Cyrillic) take one column, as in most terminals.
public enum DisplayWidth {
    /// The number of terminal columns `text` takes once made safe with `terminalSafe`.
    public static func columns<S: Sequence>(of scalars: S) -> Int where S.Element == Unicode.Scalar {
        scalars.reduce(0) { $0 + width($1) }
    }

    public static func columns(of text: String) -> Int {
        columns(of: text.unicodeScalars)
    }

    /// The columns one scalar takes, as shown by `terminalSafe`.
    public static func width(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        if v == 0x09 { return tabWidth }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 1 }  // shown as U+FFFD
        if v < 0x300 { return 1 }
        // The bulk of Japanese text (kana without the combining sound marks, CJK ideographs,
        // full-width forms) is wide: answered before the slower property lookups.
        if (0x3041...0x3096).contains(v) || (0x309B...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xFF01...0xFF60).contains(v) { return 2 }
        if isBidiControl(v) { return 1 }  // shown as U+FFFD
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) { return 0 }  // Hangul medial vowels and final consonants
        if wide.contains(where: { $0.contains(v) }) || c.properties.isEmojiPresentation { return 2 }
        return 1
    }

    public static let tabWidth = 4

    /// `text` made safe to print to a terminal: a tab becomes four spaces; control characters
    /// (which could move the cursor or change colours) and bidi overrides (which could make
    /// the line read differently from what the file holds) become `�`. Every other character
    /// is kept, so columns computed with `width(_:)` match what is shown.
    public static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c == "\t" {
                out.append(contentsOf: String(repeating: " ", count: tabWidth).unicodeScalars)
            } else if needsReplacing(c) {
                out.append("\u{FFFD}")
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    static func needsReplacing(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || isBidiControl(v)
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// East Asian Width W and F (Unicode 15), merged into blocks. Emoji are found by their
    /// `Emoji_Presentation` property instead.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
