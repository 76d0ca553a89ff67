/// A strict UTF-8 validator that says *where* the first bad byte is, which the standard
/// library's decoding initialisers do not (they replace bad bytes silently).
enum UTF8Validation {
    /// Offset of the first byte of the first ill-formed sequence, or nil when all is valid.
    /// Rejects overlong forms, surrogates and code points above U+10FFFF (RFC 3629).
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let width = sequenceWidth(lead: lead)
            guard width > 0, i + width <= count,
                  continuationsValid(bytes, at: i, lead: lead, width: width)
            else { return i }
            i += width
        }
        return nil
    }

    /// Number of bytes a lead byte announces; 0 for bytes that can never start a sequence.
    private static func sequenceWidth(lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    /// The second byte's range depends on the lead byte (this is what excludes overlongs,
    /// surrogates and values above U+10FFFF); later bytes are plain continuations.
    private static func continuationsValid(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, lead: UInt8, width: Int
    ) -> Bool {
        let second = bytes[i + 1]
        let secondRange: ClosedRange<UInt8> = switch lead {
        case 0xE0: 0xA0...0xBF
        case 0xED: 0x80...0x9F
        case 0xF0: 0x90...0xBF
        case 0xF4: 0x80...0x8F
        default: 0x80...0xBF
        }
        guard secondRange.contains(second) else { return false }
        var k = 2
        while k < width {
            guard bytes[i + k] & 0xC0 == 0x80 else { return false }
            k += 1
        }
        return true
    }
}
