import CYAML
import Diagnostics

/// Reads YAML text into a `YAMLNode` tree with libyaml's event API.
///
/// Only the event parser is used: libyaml's document loader would expand aliases and
/// resolve tags, while here every scalar stays the text the author wrote and aliases are
/// refused, which makes alias bombs harmless. Problems are reported into the caller's
/// `FileDiagnostics`; the reader never traps on bad input.
public enum YAMLReader {
    /// Deepest nesting of lists and mappings accepted (E0205 beyond). Content needs 4 or 5.
    public static let maximumDepth = 32

    /// Parses `yaml`. `startLine` is the file line of the first YAML line (2 for front
    /// matter after `---`), so positions point into the whole file.
    ///
    /// Returns the root node of the first document, or nil when the text is empty (only
    /// comments, or `key:`-less blank) or a syntax error stopped the parse. Errors that do
    /// not break the structure (duplicate keys, aliases, a second document) are reported and
    /// the rest of the tree is still returned, so later stages can report more problems.
    public static func read(
        _ yaml: String, startLine: Int = 1, diagnostics: inout FileDiagnostics
    ) -> YAMLNode? {
        var yaml = yaml
        // One contiguous UTF-8 buffer for the whole parse: libyaml keeps pointers into it.
        return yaml.withUTF8 { bytes in
            let positions = YAMLPositions(bytes: bytes, startLine: startLine)
            var session = YAMLReadSession(positions: positions)
            return session.run(diagnostics: &diagnostics)
        }
    }
}
