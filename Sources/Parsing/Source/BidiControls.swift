/// Unicode's explicit direction controls (RLO, LRE, RLI …) in content text. An override
/// left open in a title would run on past the text into whatever follows it on the same
/// line: in `<title>TITLE｜SITE</title>` an RLO at the end of TITLE would reverse the site
/// name, in a list of links the links after it. So every escaped text closes what it
/// opened: the text itself still shows as its author wrote it, nothing around it moves.
public enum BidiControls {
    /// `text` with a PDF (U+202C) for each embedding or override and a PDI (U+2069) for
    /// each isolate it leaves open, innermost first. Text without them is returned as is.
    public static func closed(_ text: String) -> String {
        guard mayContainControls(text) else { return text }
        var open: [Unicode.Scalar] = []  // the closer each open control needs
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A, 0x202B, 0x202D, 0x202E:
                open.append("\u{202C}")
            case 0x2066, 0x2067, 0x2068:
                open.append("\u{2069}")
            case 0x202C:
                if open.last == "\u{202C}" { open.removeLast() }
            case 0x2069:
                // A PDI closes its isolate and every embedding opened inside it.
                if let isolate = open.lastIndex(of: "\u{2069}") { open.removeSubrange(isolate...) }
            default:
                break
            }
        }
        guard !open.isEmpty else { return text }
        return text + String(String.UnicodeScalarView(open.reversed()))
    }

    /// A quick byte scan (this runs for every escaped text): U+202A…U+202E are E2 80 AA…AE
    /// and U+2066…U+2069 are E2 81 A6…A9 in UTF-8.
    static func mayContainControls(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if previous.0 == 0xE2 {
                if previous.1 == 0x80, (0xAA...0xAE).contains(byte) { return true }
                if previous.1 == 0x81, (0xA6...0xA9).contains(byte) { return true }
            }
            previous = (previous.1, byte)
        }
        return false
    }
}
