import Diagnostics

/// How a scalar was written. The schema, not YAML, decides what a scalar means, but the
/// style still matters: `"10:30"` and `10:30` are both the text "10:30", while a block
/// scalar's marks point at its indicator rather than its text.
public enum ScalarStyle: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}

/// A scalar exactly as written: text, style and where it starts and ends in the file.
public struct YAMLScalar: Sendable, Hashable {
    public var text: String
    public var style: ScalarStyle
    public var start: SourceLocation
    public var end: SourceLocation

    public init(text: String, style: ScalarStyle, start: SourceLocation, end: SourceLocation) {
        self.text = text
        self.style = style
        self.start = start
        self.end = end
    }

    /// An empty plain scalar (`key:` with nothing after it) means "not given".
    public var isEmptyPlain: Bool { style == .plain && text.isEmpty }
}

/// A YAML node with its source position. Scalars are never typed implicitly.
///
/// Not `indirect`: no case holds a node directly (children live in arrays, already on the
/// heap), so boxing every node would only add one allocation per node.
public enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], start: SourceLocation)
    case mapping([YAMLMappingEntry], start: SourceLocation)

    public var start: SourceLocation {
        switch self {
        case .scalar(let s): s.start
        case .sequence(_, let start), .mapping(_, let start): start
        }
    }
}

/// One `key: value` pair; keys are always scalars (complex keys are rejected by the reader).
public struct YAMLMappingEntry: Sendable, Hashable {
    public var key: YAMLScalar
    public var value: YAMLNode

    public init(key: YAMLScalar, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
