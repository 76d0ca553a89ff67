import Diagnostics

/// What `hiroba check` found in a content folder.
public struct CheckReport: Sendable {
    /// Every diagnostic, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// How many content files were read.
    public var fileCount: Int

    public init(diagnostics: [Diagnostic], fileCount: Int) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.sortKey)
        self.fileCount = fileCount
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
