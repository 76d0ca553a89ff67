/// Stable, readable `id`s for headings, so pages can be linked to a section.
///
/// The id is the heading text, lower-cased, with spaces turned into `-` and punctuation
/// dropped; Japanese and other scripts are kept as they are (HTML5 allows any character in
/// an id except white space, so no percent-encoding). Repeated headings get `-2`, `-3`, ….
/// Full-width Latin letters are kept as written (no NFKC folding).
struct HeadingAnchors {
    private var used: Set<String> = []

    /// A unique id for a heading with this text.
    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    static func slug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "-" || scalar == "_" {
                pendingDash = !slug.isEmpty
            } else if isKept(scalar) {
                if pendingDash { slug.append("-") }
                pendingDash = false
                slug.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return slug.isEmpty ? "section" : String(slug)
    }

    /// Letters, digits and combining marks of any script; everything else is punctuation
    /// or symbols, which would only make ids hard to type.
    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar.properties.isAlphabetic
        }
    }

    /// Adds `id="…"` to each `<hN>` tag of cmark's HTML, in order. In safe mode every `<hN>`
    /// in the output comes from a heading node (raw HTML is dropped, text is escaped), so
    /// the n-th tag belongs to the n-th heading; if the counts or levels disagree anyway,
    /// the HTML is returned unchanged rather than mislabelled.
    static func insert(_ headings: [(level: Int, id: String)], into html: String) -> String {
        guard !headings.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + headings.count * 24)
        var next = 0
        var i = 0
        while i < bytes.count {
            if let level = headingTagLevel(bytes, at: i) {
                guard next < headings.count, headings[next].level == level else { return html }
                out.append(contentsOf: Array("<h\(level) id=\"\(headings[next].id)\">".utf8))
                next += 1
                i += 4
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return next == headings.count ? String(decoding: out, as: UTF8.self) : html
    }

    /// The level of an `<hN>` opening tag at `i`, if there is one.
    private static func headingTagLevel(_ bytes: [UInt8], at i: Int) -> Int? {
        guard i + 3 < bytes.count, bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "h"),
              bytes[i + 3] == UInt8(ascii: ">"), (0x31...0x36).contains(bytes[i + 2])
        else { return nil }
        return Int(bytes[i + 2] - 0x30)
    }
}
