import Diagnostics

/// Finds where a link destination is written in Markdown source, so that a broken
/// `[北とぴあ](facility:hokutopia)` is reported at the `f` of `facility`.
///
/// cmark gives reliable lines only for blocks, so the search starts at the link's block
/// line and looks for the destination right after `](`, `](<`, `]: ` (reference
/// definitions) or inside `<…>` (autolinks). Limitations, accepted as good enough: a code
/// span earlier in the same block containing the very same `](dest` is matched first; a
/// destination written differently from cmark's reading of it (backslash escapes, entities,
/// or split over a line break) is not found (nil).
///
/// The locator remembers what it already found, so repeated links to the same destination
/// map to successive occurrences.
public struct MarkdownLinkLocator: Sendable {
    private let bytes: [UInt8]
    /// Byte range of each line, without its line ending.
    private let lines: [Range<Int>]
    private let firstLine: Int
    /// Per destination: the line index and byte offset after the last match.
    private var cursors: [String: (line: Int, offset: Int)] = [:]

    /// `firstLine` is the file line on which `markdown` starts (the body's first line).
    public init(markdown: String, firstLine: Int = 1) {
        bytes = Array(markdown.utf8)
        var lines: [Range<Int>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") {
            lines.append(start..<(i > start && bytes[i - 1] == UInt8(ascii: "\r") ? i - 1 : i))
            start = i + 1
        }
        lines.append(start..<bytes.count)
        self.lines = lines
        self.firstLine = firstLine
    }

    /// The position of the next occurrence of `destination`, searching from `line` (a file
    /// line, as in `MarkdownLink.blockLine`).
    public mutating func locate(destination: String, fromLine line: Int) -> SourceLocation? {
        let needle = Array(destination.utf8)
        guard !needle.isEmpty else { return nil }
        var lineIndex = max(0, line - firstLine)
        var from = lineIndex < lines.count ? lines[lineIndex].lowerBound : bytes.count
        if let cursor = cursors[destination], (cursor.line, cursor.offset) > (lineIndex, from) {
            (lineIndex, from) = cursor
        }
        while lineIndex < lines.count {
            let range = max(from, lines[lineIndex].lowerBound)..<lines[lineIndex].upperBound
            if let match = firstMatch(needle, in: range, lineStart: lines[lineIndex].lowerBound) {
                cursors[destination] = (lineIndex, match + needle.count)
                let column = TextColumns.scalars(bytes, from: lines[lineIndex].lowerBound, to: match) + 1
                return SourceLocation(line: firstLine + lineIndex, column: column)
            }
            lineIndex += 1
        }
        return nil
    }

    /// Convenience for one destination.
    public static func locate(
        destination: String, in markdown: String, fromLine line: Int, firstLine: Int = 1
    ) -> SourceLocation? {
        var locator = MarkdownLinkLocator(markdown: markdown, firstLine: firstLine)
        return locator.locate(destination: destination, fromLine: line)
    }

    // MARK: - Matching

    private func firstMatch(_ needle: [UInt8], in range: Range<Int>, lineStart: Int) -> Int? {
        guard range.count >= needle.count else { return nil }
        var i = range.lowerBound
        while i + needle.count <= range.upperBound {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle),
               isDestinationPosition(i, length: needle.count, lineStart: lineStart) {
                return i
            }
            i += 1
        }
        return nil
    }

    /// True when the text before `start` opens a destination: `](`, `](<`, `]: ` or `<`…`>`.
    private func isDestinationPosition(_ start: Int, length: Int, lineStart: Int) -> Bool {
        if start > lineStart, bytes[start - 1] == UInt8(ascii: "<"),
           start + length < bytes.count, bytes[start + length] == UInt8(ascii: ">") {
            return true
        }
        var q = start
        while q > lineStart, bytes[q - 1] == UInt8(ascii: " ") || bytes[q - 1] == UInt8(ascii: "\t") { q -= 1 }
        if q > lineStart, bytes[q - 1] == UInt8(ascii: "<") { q -= 1 }
        guard q - 2 >= lineStart, bytes[q - 2] == UInt8(ascii: "]") else { return false }
        return bytes[q - 1] == UInt8(ascii: "(") || bytes[q - 1] == UInt8(ascii: ":")
    }
}

/// Column arithmetic on UTF-8 bytes: columns count Unicode scalars.
enum TextColumns {
    static func scalars(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        var count = 0
        for i in from..<to where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
