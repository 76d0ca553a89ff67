import CYAML
import Diagnostics

/// One run of libyaml's event parser over one buffer.
struct YAMLReadSession {
    let positions: YAMLPositions
    private var builder = YAMLTreeBuilder()
    private var documents = 0
    /// Anchors and aliases are reported once per file each: an alias bomb has hundreds,
    /// and one message says all there is to fix.
    private var reportedAnchor = false
    private var reportedAlias = false

    init(positions: YAMLPositions) {
        self.positions = positions
    }

    /// What to do after an event.
    private enum Step {
        case next
        case finish
        case abort
    }

    mutating func run(diagnostics: inout FileDiagnostics) -> YAMLNode? {
        // Heap-allocated: libyaml's string reader points back into the parser struct, so
        // it must not move while the parse runs.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer {
            event.deallocate()
            parser.deallocate()
        }
        guard yaml_parser_initialize(parser) == 1 else {
            reportOutOfMemory(diagnostics: &diagnostics)
            return nil
        }
        defer { yaml_parser_delete(parser) }
        if let base = positions.bytes.baseAddress {
            yaml_parser_set_input_string(parser, base, positions.bytes.count)
        } else {
            return nil
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

        while true {
            guard yaml_parser_parse(parser, event) == 1 else {
                YAMLSyntaxError(parser: parser).report(positions: positions, diagnostics: &diagnostics)
                return nil
            }
            let step = handle(event.pointee, diagnostics: &diagnostics)
            yaml_event_delete(event)
            switch step {
            case .next: continue
            case .finish: return result
            case .abort: return nil
            }
        }
    }

    /// The first document's root; an empty document (`key:`-less, comments only) is nil.
    private var result: YAMLNode? {
        guard case .some(.some(let root)) = builder.root else { return nil }
        if case .scalar(let scalar) = root, scalar.isEmptyPlain { return nil }
        return root
    }

    private mutating func handle(_ event: yaml_event_t, diagnostics: inout FileDiagnostics) -> Step {
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return .finish
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            guard documents == 1 else {
                reportSecondDocument(at: positions.location(event.start_mark), diagnostics: &diagnostics)
                return .finish
            }
            return .next
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            reportAnchor(scalar.anchor, at: event.start_mark, diagnostics: &diagnostics)
            builder.add(.scalar(makeScalar(event)), diagnostics: &diagnostics)
            return .next
        case YAML_ALIAS_EVENT:
            reportAlias(event, diagnostics: &diagnostics)
            builder.add(nil, diagnostics: &diagnostics)
            return .next
        case YAML_SEQUENCE_START_EVENT:
            reportAnchor(event.data.sequence_start.anchor, at: event.start_mark, diagnostics: &diagnostics)
            return open(isMapping: false, at: event.start_mark, diagnostics: &diagnostics)
        case YAML_MAPPING_START_EVENT:
            reportAnchor(event.data.mapping_start.anchor, at: event.start_mark, diagnostics: &diagnostics)
            return open(isMapping: true, at: event.start_mark, diagnostics: &diagnostics)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            builder.close(diagnostics: &diagnostics)
            return .next
        default:
            // Stream start, document end, and YAML_NO_EVENT carry nothing for the tree.
            return .next
        }
    }

    /// Opens a collection, stopping the whole parse past the depth limit: deeper input is
    /// never legitimate, and libyaml slows down quadratically on very deep flow nesting.
    private mutating func open(isMapping: Bool, at mark: yaml_mark_t, diagnostics: inout FileDiagnostics) -> Step {
        let start = positions.location(mark)
        guard builder.depth < YAMLReader.maximumDepth else {
            reportTooDeep(at: start, diagnostics: &diagnostics)
            return .abort
        }
        if isMapping { builder.openMapping(at: start) } else { builder.openSequence(at: start) }
        return .next
    }

    /// Builds the scalar straight from libyaml's UTF-8 buffer (no implicit typing: the
    /// text is kept exactly, whatever it looks like).
    private func makeScalar(_ event: yaml_event_t) -> YAMLScalar {
        let scalar = event.data.scalar
        let text = scalar.value.map {
            String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
        } ?? ""
        return YAMLScalar(
            text: text, style: Self.style(scalar.style),
            start: positions.location(event.start_mark), end: positions.location(event.end_mark))
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    // MARK: - Diagnostics

    private mutating func reportAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, at mark: yaml_mark_t, diagnostics: inout FileDiagnostics) {
        guard let anchor, !reportedAnchor else { return }
        reportedAnchor = true
        let name = String(cString: anchor)
        diagnostics.error(
            .aliasNotAllowed, at: positions.location(mark), text: "&" + name,
            message: Bilingual(
                ja: "アンカー（&\(name)）は使えません。",
                en: "Anchors (&\(name)) are not supported."),
            hint: Bilingual(
                ja: "「&\(name)」を削除してください。値を使い回さず、それぞれの場所に書いてください。",
                en: "Remove “&\(name)” and write values out where they are needed."))
    }

    private mutating func reportAlias(_ event: yaml_event_t, diagnostics: inout FileDiagnostics) {
        guard !reportedAlias else { return }
        reportedAlias = true
        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        diagnostics.error(
            .aliasNotAllowed, at: positions.location(event.start_mark), text: "*" + name,
            message: Bilingual(
                ja: "エイリアス（*\(name)）は使えません。",
                en: "Aliases (*\(name)) are not supported."),
            hint: Bilingual(
                ja: "値をそのまま書いてください。「*」で始まる文字列のつもりなら、値全体を引用符で囲んでください（例: \"*\(name)\"）。",
                en: "Write the value out in full. If you meant text starting with “*”, quote it, e.g. \"*\(name)\"."))
    }

    private func reportTooDeep(at location: SourceLocation, diagnostics: inout FileDiagnostics) {
        let limit = YAMLReader.maximumDepth
        diagnostics.error(
            .nestingTooDeep, at: location,
            message: Bilingual(
                ja: "入れ子が深すぎます（上限は \(limit) 段）。",
                en: "The lists and mappings are nested too deeply (the limit is \(limit) levels)."),
            hint: Bilingual(
                ja: "「[」「{」の数や字下げを確認してください。",
                en: "Check the “[” and “{” and the indentation."))
    }

    private func reportSecondDocument(at location: SourceLocation, diagnostics: inout FileDiagnostics) {
        diagnostics.error(
            .multipleDocuments, at: location,
            message: Bilingual(
                ja: "1 つのファイルに YAML の文書が複数あります。最初の文書だけを読み込みました。",
                en: "The file contains more than one YAML document; only the first was read."),
            hint: Bilingual(
                ja: "「---」の行で区切られた 2 つ目以降の内容は別のファイルに分けてください。",
                en: "Move everything after the separating `---` line into its own file."))
    }

    private func reportOutOfMemory(diagnostics: inout FileDiagnostics) {
        diagnostics.error(
            .yamlSyntax, at: positions.location(yaml_mark_t()),
            message: Bilingual(ja: "YAML を読み込めませんでした（メモリ不足）。", en: "Could not read the YAML (out of memory)."))
    }
}
