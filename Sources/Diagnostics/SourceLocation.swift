/// A 1-based position in a source file. Columns count Unicode scalars (as libyaml does),
/// so a column points at the same character in any editor, whatever the script.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
