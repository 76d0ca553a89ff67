/// The one invariant every rendered page must keep, whatever the content: the only
/// `<script` elements are the theme's external files (`src=`) and JSON-LD data blocks, and
/// nothing inside a JSON-LD block can close it early (`<` is escaped there).
enum ScriptCheck {
    static func requireOnlyThemeScripts(_ page: [UInt8], page path: String) {
        let html = String(decoding: page, as: UTF8.self).lowercased()
        var rest = html[...]
        while let open = rest.range(of: "<script") {
            let after = rest[open.upperBound...]
            if after.hasPrefix(" type=\"application/ld+json\">") {
                let body = after.dropFirst(" type=\"application/ld+json\">".count)
                guard let close = body.range(of: "</script>") else { preconditionFailure("\(path): unclosed JSON-LD block") }
                precondition(!body[..<close.lowerBound].contains("<"), "\(path): `<` inside a JSON-LD block")
                rest = body[close.upperBound...]
            } else {
                precondition(after.hasPrefix(" src=\""), "\(path): a script element that is not the theme's")
                rest = after
            }
        }
    }
}
