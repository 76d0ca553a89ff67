import Diagnostics

/// Turns the raw bytes of a content file into a `SourceFile`, refusing what the generator
/// cannot read reliably: files that are too large, not UTF-8, or empty.
///
/// Works on `[UInt8]` rather than `Data` so that callers (and tests) need no Foundation.
public enum SourceText {
    /// Largest accepted file, in bytes (1 MiB). Content files are hand-written; anything
    /// bigger is a mistake (a pasted log, a binary) and would only slow every build down.
    public static let maximumByteCount = 1_048_576

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes `bytes` read from `path`. Returns the file (nil when it cannot be used) and
    /// the diagnostics found: E0102 too large, E0101 invalid UTF-8, E0103 empty, W0602 BOM.
    public static func decode(bytes: [UInt8], path: String) -> (SourceFile?, [Diagnostic]) {
        if let tooLarge = sizeDiagnostic(byteCount: bytes.count, path: path) {
            return (nil, [tooLarge])
        }
        var diagnostics: [Diagnostic] = []
        let hasBOM = bytes.starts(with: byteOrderMark)
        let body = hasBOM ? bytes[3...] : bytes[...]
        if hasBOM { diagnostics.append(bomWarning(path: path)) }

        let text: String? = body.withUnsafeBufferPointer { buffer in
            if let bad = UTF8Validation.firstInvalidOffset(in: buffer) {
                diagnostics.append(invalidUTF8(at: bad, in: buffer, path: path))
                return nil
            }
            return String(decoding: buffer, as: UTF8.self)
        }
        guard let text else { return (nil, diagnostics) }
        if isBlank(text) {
            diagnostics.append(emptyFile(path: path))
            return (nil, diagnostics)
        }
        return (SourceFile(path: path, text: text), diagnostics)
    }

    /// E0102 when a file of `byteCount` bytes is over the limit. A loader can call this with
    /// the size from the file system so that a huge file is never read at all.
    public static func sizeDiagnostic(byteCount: Int, path: String) -> Diagnostic? {
        guard byteCount > maximumByteCount else { return nil }
        let size = grouped(byteCount), limit = grouped(maximumByteCount)
        return Diagnostic(
            .error, .fileTooLarge, file: path, at: .start,
            message: Bilingual(
                ja: "ファイルが大きすぎます（\(size) バイト。上限は \(limit) バイト）。",
                en: "The file is too large (\(size) bytes; the limit is \(limit) bytes)."),
            hint: Bilingual(
                ja: "画像などは assets/ に置き、本文は短くまとめてください。",
                en: "Put images and other files under assets/ and keep the text short."))
    }

    // MARK: - Diagnostics

    private static func bomWarning(path: String) -> Diagnostic {
        Diagnostic(
            .warning, .byteOrderMark, file: path, at: .start,
            message: Bilingual(
                ja: "ファイルの先頭に BOM（バイトオーダーマーク）があります。取り除いて読み込みました。",
                en: "The file starts with a byte-order mark (BOM); it was removed."),
            hint: Bilingual(
                ja: "エディタで「UTF-8（BOM なし）」を選んで保存し直してください。",
                en: "Save the file as \"UTF-8 without BOM\" in your editor."))
    }

    private static func invalidUTF8(
        at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String
    ) -> Diagnostic {
        let location = TextPosition.location(ofByte: offset, in: bytes)
        let hex = "0x" + String(bytes[offset], radix: 16, uppercase: true)
        let line = String(decoding: UnsafeBufferPointer(rebasing:
            bytes[TextPosition.lineRange(around: offset, in: bytes)]), as: UTF8.self)
        return Diagnostic(
            .error, .invalidUTF8, file: path, at: location,
            message: Bilingual(
                ja: "UTF-8 として読めないバイト（\(hex)）があります。",
                en: "The file is not valid UTF-8 (byte \(hex))."),
            hint: Bilingual(
                ja: "ファイルを UTF-8 で保存し直してください（Shift_JIS などは使えません）。",
                en: "Save the file as UTF-8 (Shift_JIS and other encodings are not supported)."),
            sourceLine: line)
    }

    private static func emptyFile(path: String) -> Diagnostic {
        Diagnostic(
            .error, .emptyFile, file: path, at: .start,
            message: Bilingual(ja: "ファイルが空です。", en: "The file is empty."),
            hint: Bilingual(
                ja: "内容を書くか、不要ならファイルを削除してください。`hiroba new` でひな形を作れます。",
                en: "Fill it in or delete it. `hiroba new` creates a template."))
    }

    // MARK: - Helpers

    /// Whitespace-only counts as empty; this stops at the first visible character, so it
    /// costs nothing on normal files.
    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// 1048576 → "1,048,576", without Foundation's locale-dependent formatters.
    private static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
