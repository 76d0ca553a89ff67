/// Wraps text for a monospace mail client: at most `columns` columns a line (by
/// `MailWidth`), breaking between Japanese characters and at spaces, never inside a
/// Latin word or a URL, and following `Kinsoku` (a character that may not start a line
/// is pulled back with the one before it; an opening bracket is pushed to the next line).
///
/// A URL wider than the line gets a line of its own; any other unbreakable run wider
/// than the line (a very long word) is cut at the line's end, the only case where a
/// rule gives way.
struct LineBreaker: Sendable {
    let columns: Int
    let measure: MailWidth

    /// The lines of `text`; `first` goes before the first line and `rest` before every
    /// other (a bullet and the indent that hangs under it). `\n` is a forced break.
    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines += fill(chunks(paragraph), first: index == 0 ? first : rest, rest: rest)
        }
        return lines
    }

    /// An unbreakable run and the spaces before it.
    struct Chunk {
        var space: String
        var text: String
        var isURL: Bool
    }

    /// Splits a line of text into chunks: between them a line may break.
    func chunks(_ text: Substring) -> [Chunk] {
        var atoms: [(text: Substring, isSpace: Bool, isURL: Bool)] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            var j = text.index(after: i)
            if c == " " {
                while j < text.endIndex, text[j] == " " { j = text.index(after: j) }
                atoms.append((text[i..<j], true, false))
            } else if let end = urlEnd(text, from: i) {
                atoms.append((text[i..<end], false, true))
                j = end
            } else if isNarrow(c) {
                // A Latin word: everything narrow up to a space or a wide character.
                while j < text.endIndex, text[j] != " ", isNarrow(text[j]), urlEnd(text, from: j) == nil { j = text.index(after: j) }
                atoms.append((text[i..<j], false, false))
            } else {
                atoms.append((text[i..<j], false, false))  // one wide character
            }
            i = j
        }
        var chunks: [Chunk] = []
        var space = ""
        for atom in atoms {
            if atom.isSpace {
                space += atom.text
                continue
            }
            if let last = chunks.last, !(Kinsoku.mayEnd(Substring(last.text)) && Kinsoku.mayStart(atom.text)) {
                // No break allowed here: the atom joins the chunk before it, spaces and all.
                chunks[chunks.count - 1].text += space + atom.text
                chunks[chunks.count - 1].isURL = chunks[chunks.count - 1].isURL || atom.isURL
            } else {
                chunks.append(Chunk(space: space, text: String(atom.text), isURL: atom.isURL))
            }
            space = ""
        }
        return chunks
    }

    /// Greedy filling: each chunk goes on the current line if it fits, else starts a new one.
    func fill(_ chunks: [Chunk], first: String, rest: String) -> [String] {
        var lines: [String] = []
        var prefix = first, line = "", used = 0
        var room: Int { max(columns - measure.columns(prefix), 2) }
        func flush() {
            lines.append(trimmedEnd(prefix + line))
            prefix = rest
            line = ""
            used = 0
        }
        for chunk in chunks {
            let width = measure.columns(chunk.text)
            if !line.isEmpty {
                let spaced = used + measure.columns(chunk.space) + width
                if spaced <= room {
                    line += chunk.space + chunk.text
                    used = spaced
                    continue
                }
                flush()
            }
            if width <= room {
                line = chunk.text
                used = width
            } else if chunk.isURL {
                line = chunk.text  // its own line, wider than the rest
                flush()
            } else {
                for piece in cut(chunk.text, room: room) {
                    if !line.isEmpty { flush() }
                    line = piece
                    used = measure.columns(piece)
                }
            }
        }
        if !line.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    /// A run wider than the line, cut into pieces that fit (the last resort).
    func cut(_ text: String, room: Int) -> [String] {
        var pieces: [String] = [], piece = "", used = 0
        for c in text {
            let w = measure.columns(c)
            if used + w > room, !piece.isEmpty {
                pieces.append(piece)
                piece = ""
                used = 0
            }
            piece.append(c)
            used += w
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    func isNarrow(_ c: Character) -> Bool { measure.columns(c) < 2 }

    /// The end of a URL starting at `i` (`http://`, `https://`): printable ASCII up to a
    /// space or a wide character, without trailing punctuation that ends a sentence.
    func urlEnd(_ text: Substring, from i: Substring.Index) -> Substring.Index? {
        let rest = text[i...]
        guard rest.hasPrefix("https://") || rest.hasPrefix("http://") else { return nil }
        var end = rest.firstIndex { c in !(c.asciiValue.map { $0 > 0x20 && $0 < 0x7F } ?? false) } ?? rest.endIndex
        while end > i, let last = text[i..<end].last, ".,;:!?'\"".contains(last) || (last == ")" && !text[i..<end].dropLast().contains("(")) {
            end = text.index(before: end)
        }
        return end
    }

    func trimmedEnd(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
