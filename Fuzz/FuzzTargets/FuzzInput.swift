import Diagnostics
import Parsing

/// Turns fuzz bytes into what the loader hands the later stages.
enum FuzzInput {
    /// The bytes as a content file, through the same size and UTF-8 checks as the loader.
    static func source(_ bytes: [UInt8], path: String) -> SourceFile? {
        SourceText.decode(bytes: bytes, path: path).0
    }
}
