/// The one invariant every rendered page must keep, whatever the content: the only
/// `<script` elements are the theme's external files (`src=`) and JSON-LD data blocks, and
/// nothing inside a JSON-LD block can close it early (`<` is escaped there).
enum ScriptCheck {
    static func requireOnlyThemeScripts(_ page: [UInt8], page path: String) {
        if let problem = problem(in: String(decoding: page, as: UTF8.self)) {
            preconditionFailure("\(path): \(problem)")
        }
    }

    /// What breaks the invariant in `html`, or nil.
    static func problem(in html: String) -> String? {
        let jsonLD = " type=\"application/ld+json\">"
        var rest = html.lowercased()[...]
        while let open = rest.range(of: "<script") {
            let after = rest[open.upperBound...]
            if after.hasPrefix(jsonLD) {
                let body = after.dropFirst(jsonLD.count)
                guard let close = body.range(of: "</script>") else { return "an unclosed JSON-LD block" }
                if body[..<close.lowerBound].contains("<") { return "`<` inside a JSON-LD block" }
                rest = body[close.upperBound...]
            } else if after.hasPrefix(" src=\"") {
                rest = after
            } else {
                return "a script element that is not the theme's"
            }
        }
        return nil
    }
}
