import Diagnostics

/// Turns byte offsets into 1-based line:column positions. Lines end at `\n` only (the same
/// rule as `SourceFile`), columns count Unicode scalars.
enum TextPosition {
    /// Position of `offset` in `bytes`, assuming the bytes before `offset` are valid UTF-8.
    static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var i = 0
        while i < offset {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return SourceLocation(line: line, column: scalarCount(bytes, from: lineStart, to: offset) + 1)
    }

    /// Number of scalars in `bytes[from..<to]`: every byte that is not a continuation byte
    /// starts one.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// Byte range of the line containing `offset`, without its `\r\n` / `\n`.
    static func lineRange(around offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = min(offset, bytes.count)
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }
}
