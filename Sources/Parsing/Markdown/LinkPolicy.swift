/// Which link destinations may reach a rendered page. Content is written by many hands, so
/// anything that can run script (`javascript:`, `data:`, `vbscript:`, …) or that the site
/// does not know how to handle is replaced with `#`.
enum LinkPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Allowed: http, https, mailto, tel, and scheme-less references (relative paths,
    /// `/absolute/paths`, `#fragments`, `?queries`).
    static func isAllowed(_ destination: String) -> Bool {
        guard let scheme = scheme(of: destination) else { return true }
        return allowedSchemes.contains(scheme)
    }

    static func sanitized(_ destination: String) -> String {
        isAllowed(destination) ? destination : "#"
    }

    /// The lower-cased scheme, read the way browsers do: leading and trailing control
    /// characters and spaces are ignored and tabs/newlines inside are removed, so that
    /// `" java\tscript:"` is still seen as `javascript`.
    static func scheme(of destination: String) -> String? {
        var scheme = ""
        var started = false
        for scalar in destination.unicodeScalars {
            let v = scalar.value
            if v == 0x09 || v == 0x0A || v == 0x0D { continue }
            if !started, v <= 0x20 { continue }
            started = true
            if scalar == ":" { return scheme.isEmpty ? nil : scheme }
            let isLetter = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            let isSchemeChar = isLetter || (v >= 0x30 && v <= 0x39) || scalar == "+" || scalar == "-" || scalar == "."
            // A scheme starts with a letter; anything else before ":" makes this a path.
            guard scheme.isEmpty ? isLetter : isSchemeChar else { return nil }
            scheme.unicodeScalars.append(isLetter && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
        }
        return nil
    }
}
