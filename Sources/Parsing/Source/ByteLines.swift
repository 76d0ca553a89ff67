/// One line of a UTF-8 buffer: `content` excludes the line ending (`\n` or `\r\n`),
/// `next` is the offset of the following line.
struct ByteLine {
    var number: Int
    var content: Range<Int>
    var next: Int
}

/// Iterates the lines of a UTF-8 buffer without creating strings, for the line-based
/// checks (front matter fences) that run on every file.
struct ByteLines: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var number = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func next() -> ByteLine? {
        guard offset < bytes.count else { return nil }
        let start = offset
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        let next = end < bytes.count ? end + 1 : end
        let contentEnd = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
        offset = next
        number += 1
        return ByteLine(number: number, content: start..<contentEnd, next: next)
    }

    /// True when the line is exactly `marker` (three ASCII bytes) followed only by spaces
    /// or tabs, e.g. `---` or `... `.
    func line(_ line: ByteLine, isFence marker: StaticString) -> Bool {
        let fence = UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
        guard line.content.count >= fence.count else { return false }
        for k in 0..<fence.count where bytes[line.content.lowerBound + k] != fence[k] {
            return false
        }
        var i = line.content.lowerBound + fence.count
        while i < line.content.upperBound {
            guard bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") else { return false }
            i += 1
        }
        return true
    }

    /// True when the line looks like a YAML `key:` (an ASCII identifier followed by a colon),
    /// used to tell front matter from Markdown that merely starts with a `---` rule.
    func lineLooksLikeYAMLKey(_ line: ByteLine) -> Bool {
        var i = line.content.lowerBound
        var sawKeyCharacter = false
        while i < line.content.upperBound {
            let b = bytes[i]
            let isKeyByte = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
                || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
            if b == UInt8(ascii: ":") { return sawKeyCharacter }
            guard isKeyByte else { return false }
            sawKeyCharacter = true
            i += 1
        }
        return false
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
