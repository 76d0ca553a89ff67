/// Markdown bodies as plain enough text for search: link destinations and HTML tags are
/// dropped (their words are not the item's words); the remaining markup is punctuation,
/// which the tokenizer skips. Not a Markdown parser: cheap, and only for search.
enum SearchText {
    static func plain(_ markdown: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(markdown.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "]", i + 1 < s.count, s[i + 1] == "(" {
                // ](destination): skip to the closing parenthesis.
                var j = i + 2
                while j < s.count, s[j] != ")", s[j] != "\n" { j += 1 }
                out.append(" ")
                i = j + 1
                continue
            }
            if c == "<" {
                var j = i + 1
                while j < s.count, s[j] != ">", s[j] != "\n" { j += 1 }
                if j < s.count, s[j] == ">" { out.append(" "); i = j + 1; continue }
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// The first `limit` characters of a text, on one line, cut at a word or sentence end
    /// where one is near.
    static func excerpt(_ text: String, limit: Int = 120) -> String {
        let line = text.split(whereSeparator: { $0.isNewline || $0 == "#" || $0 == "*" || $0 == "|" || $0 == ">" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "-" }.joined(separator: " ")
        guard line.count > limit else { return line }
        return String(line.prefix(limit)) + "…"
    }
}

import Foundation
