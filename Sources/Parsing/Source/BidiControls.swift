/// Unicode's explicit direction controls (RLO, LRE, RLI …) in content text. An override
/// left open in a title would run on past the text into whatever follows it on the same
/// line: in `<title>TITLE｜SITE</title>` an RLO at the end of TITLE would reverse the site
/// name, in a list of links the links after it. So every escaped text closes what it
/// opened: the text itself still shows as its author wrote it, nothing around it moves.
public enum BidiControls {
    /// `text` with a PDF (U+202C) for each embedding or override and a PDI (U+2069) for
    /// each isolate it leaves open, innermost first. Text without them is returned as is.
    public static func closed(_ text: String) -> String {
        // The controls are U+202A…U+202E and U+2066…U+2069, all with the lead byte 0xE2.
        guard text.utf8.contains(0xE2) else { return text }
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
}
