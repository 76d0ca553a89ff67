import ArgumentParser
import Diagnostics

/// How `hiroba check` prints its report.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Compiler-style text with the quoted line and a caret.
    case human
    /// GitHub Actions annotations, one line per diagnostic.
    case github
    /// One JSON document with both languages.
    case json
}

extension MessageLanguage: ExpressibleByArgument {}
