import Diagnostics

/// Why a scalar could not be converted: the code, what was expected, and how to fix it.
public struct ValueProblem: Error, Sendable, Equatable {
    public var code: DiagnosticCode
    public var message: Bilingual
    public var hint: Bilingual?

    public init(_ code: DiagnosticCode, ja: String, en: String, hintJA: String? = nil, hintEN: String? = nil) {
        self.code = code
        self.message = Bilingual(ja: ja, en: en)
        self.hint = hintJA.map { Bilingual(ja: $0, en: hintEN ?? "") }
    }
}

/// ASCII helpers: the formats Hiroba reads are defined on ASCII, and full-width look-alikes
/// (０１２, ー) get a hint of their own instead of silently passing.
enum ASCII {
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func allDigits<S: StringProtocol>(_ s: S) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy(isDigit)
    }

    /// Parses up to 9 digits (no sign); nil for anything else.
    static func number<S: StringProtocol>(_ s: S) -> Int? {
        guard allDigits(s), s.count <= 9 else { return nil }
        return Int(s)
    }

    /// True when the text has full-width digits or letters (Ａ, ０) that look like ASCII.
    static func hasFullWidthAlphanumerics(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0xFF10...0xFF19).contains($0.value) || (0xFF21...0xFF5A).contains($0.value) }
    }
}

extension ValueProblem {
    /// A hint added when the author typed full-width digits, a common slip with Japanese input.
    static func fullWidthHint(_ text: String) -> (String, String)? {
        ASCII.hasFullWidthAlphanumerics(text)
            ? ("全角の数字・英字が含まれています。半角で書いてください。",
               "The value has full-width digits or letters: use half-width (ASCII) ones.")
            : nil
    }
}
