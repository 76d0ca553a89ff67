import Diagnostics

/// How many columns a mail client gives text in a monospace font: `DisplayWidth`'s
/// terminal columns, except that in Japanese mail characters of ambiguous East Asian
/// width (○, ※, →, ①, Greek, box drawing) count two, as Japanese fonts draw them.
/// Counting them wide can only make a line shorter than it could be, never too long.
struct MailWidth: Sendable {
    /// True for Japanese issues.
    let ambiguousWide: Bool

    func width(_ scalar: Unicode.Scalar) -> Int {
        let columns = DisplayWidth.width(scalar)
        return columns == 1 && ambiguousWide && Self.isAmbiguous(scalar.value) ? 2 : columns
    }

    func columns(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    func columns(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func isAmbiguous(_ value: UInt32) -> Bool {
        let ranges = MailTables.ambiguous
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < ranges[mid].lowerBound { high = mid - 1 } else if value > ranges[mid].upperBound { low = mid + 1 } else { return true }
        }
        return false
    }
}
