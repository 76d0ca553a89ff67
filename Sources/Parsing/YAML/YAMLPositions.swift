import CYAML
import Diagnostics

/// Converts libyaml marks (0-based, columns in characters) into whole-file `SourceLocation`s.
///
/// libyaml also breaks lines at a lone `\r`, NEL, U+2028 and U+2029, while `SourceFile`
/// breaks only at `\n`. Files without those characters (nearly all) use libyaml's line and
/// column directly; the rest go through a table built from `mark.index`, which counts
/// characters from the start of the input.
struct YAMLPositions {
    let bytes: UnsafeBufferPointer<UInt8>
    /// File line of the first YAML line.
    let startLine: Int
    /// Scalar index at which each `\n`-terminated line starts; nil when libyaml agrees.
    private let lineStarts: [Int]?

    init(bytes: UnsafeBufferPointer<UInt8>, startLine: Int) {
        self.bytes = bytes
        self.startLine = startLine
        self.lineStarts = Self.hasExtraLineBreaks(bytes) ? Self.scalarLineStarts(bytes) : nil
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        guard let lineStarts else {
            return SourceLocation(line: startLine + mark.line, column: mark.column + 1)
        }
        let line = Self.lastIndex(in: lineStarts, notAbove: mark.index)
        return SourceLocation(line: startLine + line, column: mark.index - lineStarts[line] + 1)
    }

    /// Location of a byte offset into the YAML text (libyaml's reader errors give bytes).
    func location(ofByte offset: Int) -> SourceLocation {
        let local = TextPosition.location(ofByte: min(offset, bytes.count), in: bytes)
        return SourceLocation(line: startLine + local.line - 1, column: local.column)
    }

    /// Byte offset of a mark; walks the text, so only for the (rare) error path.
    func byteOffset(_ mark: yaml_mark_t) -> Int {
        var scalars = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if scalars == mark.index { return i }
                scalars += 1
            }
            i += 1
        }
        return bytes.count
    }

    // MARK: - Table

    /// Lone `\r` (not before `\n`), NEL (C2 85), LS/PS (E2 80 A8/A9).
    private static func hasExtraLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            switch bytes[i] {
            case 0x0D where i + 1 >= n || bytes[i + 1] != 0x0A: return true
            case 0xC2 where i + 1 < n && bytes[i + 1] == 0x85: return true
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                return true
            default: break
            }
            i += 1
        }
        return false
    }

    private static func scalarLineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        var scalars = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == UInt8(ascii: "\n") { starts.append(scalars) }
        }
        return starts
    }

    /// Binary search: the last line whose start is ≤ `index`.
    private static func lastIndex(in starts: [Int], notAbove index: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
