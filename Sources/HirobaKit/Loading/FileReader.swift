import Diagnostics
import Parsing

/// Reads a file into a `SourceFile`, refusing it by size before reading it whole.
enum FileReader {
    static func read(_ path: String, display: String) -> (SourceFile?, [Diagnostic]) {
        switch FileSystem.read(path, limit: SourceText.maximumByteCount) {
        case .bytes(let bytes):
            return SourceText.decode(bytes: bytes, path: display)
        case .tooLarge(let size):
            return (nil, SourceText.sizeDiagnostic(byteCount: size, path: display).map { [$0] } ?? [])
        case .failed:
            return (nil, [Diagnostic(
                .error, .unreadableFile, file: display, at: .start,
                message: Bilingual(ja: "ファイルを読めません。", en: "cannot read the file."))])
        }
    }
}
