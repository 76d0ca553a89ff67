import Diagnostics

/// Assembles `YAMLNode`s from parser events with an explicit stack (no recursion, so deep
/// input cannot overflow the call stack). Checks that need the tree — duplicate keys and
/// non-scalar keys — are made here; offending entries are dropped so later stages see
/// each key once.
struct YAMLTreeBuilder {
    /// What a mapping expects next.
    private enum KeyState {
        case expectingKey
        case key(YAMLScalar)
        /// The key was rejected; its value is parsed (for its own errors) and dropped.
        case skipValue
    }

    private struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var items: [YAMLNode] = []
        var entries: [YAMLMappingEntry] = []
        var keyState = KeyState.expectingKey
        /// Key text → index in `entries`; built lazily so small mappings stay allocation-free.
        var keyIndex: [String: Int]? = nil
    }

    /// Mappings with more entries than this get a dictionary for duplicate checks.
    private static let linearSearchLimit = 32

    private var stack: [Frame] = []
    /// The finished top-level node; `.some(nil)` when it was dropped (e.g. an alias).
    private(set) var root: YAMLNode??

    var depth: Int { stack.count }

    mutating func openSequence(at start: SourceLocation) {
        stack.append(Frame(isMapping: false, start: start))
    }

    mutating func openMapping(at start: SourceLocation) {
        stack.append(Frame(isMapping: true, start: start))
    }

    /// Ends the innermost collection and attaches it to its parent.
    mutating func close(diagnostics: inout FileDiagnostics) {
        guard let frame = stack.popLast() else { return }
        let node: YAMLNode = frame.isMapping
            ? .mapping(frame.entries, start: frame.start)
            : .sequence(frame.items, start: frame.start)
        add(node, diagnostics: &diagnostics)
    }

    /// Attaches a finished node; nil stands for a node that was rejected (an alias).
    mutating func add(_ node: YAMLNode?, diagnostics: inout FileDiagnostics) {
        guard !stack.isEmpty else {
            root = .some(node)
            return
        }
        let top = stack.count - 1
        guard stack[top].isMapping else {
            if let node { stack[top].items.append(node) }
            return
        }
        switch stack[top].keyState {
        case .expectingKey:
            stack[top].keyState = acceptKey(node, frame: top, diagnostics: &diagnostics)
        case .key(let key):
            if let node { appendEntry(YAMLMappingEntry(key: key, value: node), frame: top) }
            stack[top].keyState = .expectingKey
        case .skipValue:
            stack[top].keyState = .expectingKey
        }
    }

    // MARK: - Keys

    private mutating func acceptKey(
        _ node: YAMLNode?, frame: Int, diagnostics: inout FileDiagnostics
    ) -> KeyState {
        guard let node else { return .skipValue }
        guard case .scalar(let key) = node else {
            reportComplexKey(at: node.start, diagnostics: &diagnostics)
            return .skipValue
        }
        if let first = existingEntry(named: key.text, frame: frame) {
            reportDuplicate(key, first: stack[frame].entries[first].key, diagnostics: &diagnostics)
            return .skipValue
        }
        return .key(key)
    }

    private func existingEntry(named text: String, frame: Int) -> Int? {
        if let index = stack[frame].keyIndex { return index[text] }
        return stack[frame].entries.firstIndex { $0.key.text == text }
    }

    private mutating func appendEntry(_ entry: YAMLMappingEntry, frame: Int) {
        stack[frame].entries.append(entry)
        let count = stack[frame].entries.count
        if stack[frame].keyIndex != nil {
            stack[frame].keyIndex![entry.key.text] = count - 1
        } else if count > Self.linearSearchLimit {
            var index: [String: Int] = [:]
            for (i, e) in stack[frame].entries.enumerated() where index[e.key.text] == nil {
                index[e.key.text] = i
            }
            stack[frame].keyIndex = index
        }
    }

    private func reportDuplicate(_ key: YAMLScalar, first: YAMLScalar, diagnostics: inout FileDiagnostics) {
        let line = first.start.line
        diagnostics.error(
            .duplicateKey, at: key.start, text: key.text,
            message: Bilingual(
                ja: "キー「\(key.text)」が重複しています（最初は \(line) 行目）。",
                en: "Duplicate key “\(key.text)” (first used on line \(line))."),
            hint: Bilingual(
                ja: "同じキーは 1 回だけ書いてください。\(line) 行目の値が使われます。",
                en: "Write each key once. The value on line \(line) is used."))
    }

    private func reportComplexKey(at location: SourceLocation, diagnostics: inout FileDiagnostics) {
        diagnostics.error(
            .wrongShape, at: location,
            message: Bilingual(
                ja: "キーにはリストやマッピングではなく、文字列を書いてください。",
                en: "A key must be plain text, not a list or a mapping."),
            hint: Bilingual(
                ja: "「キー: 値」の形で書いてください（例: title: 北区NPOフォーラム）。",
                en: "Write `key: value`, e.g. `title: Kita NPO Forum`."))
    }
}
