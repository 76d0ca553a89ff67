import CYAML
import Diagnostics

/// A libyaml error, translated into a contributor-facing diagnostic.
///
/// libyaml's messages ("while scanning a simple key, could not find expected ':'") are
/// accurate but cryptic; the common ones get a plain bilingual explanation and a hint, and
/// the original text is kept at the end of the English message for developers.
struct YAMLSyntaxError {
    var errorType: yaml_error_type_t
    var problem: String
    var context: String?
    var problemMark: yaml_mark_t
    var contextMark: yaml_mark_t
    /// Reader errors only: byte offset and offending value.
    var problemOffset: Int
    var problemValue: Int32

    init(parser: UnsafePointer<yaml_parser_t>) {
        let p = parser.pointee
        errorType = p.error
        problem = p.problem.map { String(cString: $0) } ?? "unknown error"
        context = p.context.map { String(cString: $0) }
        problemMark = p.problem_mark
        contextMark = p.context_mark
        problemOffset = p.problem_offset
        problemValue = p.problem_value
    }

    /// The original libyaml wording, e.g. "while scanning a quoted scalar: found unexpected end of stream".
    var libyamlText: String {
        context.map { "\($0): \(problem)" } ?? problem
    }

    func report(positions: YAMLPositions, diagnostics: inout FileDiagnostics) {
        if errorType == YAML_READER_ERROR {
            reportReaderError(positions: positions, diagnostics: &diagnostics)
            return
        }
        if errorType == YAML_SCANNER_ERROR || errorType == YAML_PARSER_ERROR,
           let tab = tabLocation(positions: positions) {
            reportTab(at: tab, diagnostics: &diagnostics)
            return
        }
        let (location, explanation) = explain(positions: positions)
        diagnostics.error(
            .yamlSyntax, at: location,
            message: Bilingual(
                ja: explanation.message.ja,
                en: "\(explanation.message.en) (libyaml: \(libyamlText))"),
            hint: explanation.hint)
    }

    // MARK: - Tabs

    /// A tab at the problem position, or in the indentation of the problem line. libyaml
    /// stops right at such a tab, so this finds the tab the contributor has to replace;
    /// tabs elsewhere (inside values, block scalars, flow collections) parse fine and never
    /// get here.
    private func tabLocation(positions: YAMLPositions) -> SourceLocation? {
        let bytes = positions.bytes
        let offset = positions.byteOffset(problemMark)
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "\t") {
            return positions.location(ofByte: offset)
        }
        let line = TextPosition.lineRange(around: offset, in: bytes)
        for i in line {
            if bytes[i] == UInt8(ascii: "\t") { return positions.location(ofByte: i) }
            if bytes[i] != UInt8(ascii: " ") { break }
        }
        return nil
    }

    private func reportTab(at location: SourceLocation, diagnostics: inout FileDiagnostics) {
        diagnostics.error(
            .tabIndentation, at: location,
            message: Bilingual(
                ja: "字下げ（インデント）にタブ文字は使えません。",
                en: "Tab characters cannot be used for indentation (libyaml: \(libyamlText))."),
            hint: Bilingual(
                ja: "タブを半角スペースに置き換えてください。エディタの「タブをスペースに変換」設定も便利です。",
                en: "Replace the tab with spaces; most editors can convert tabs to spaces automatically."))
    }

    // MARK: - Reader errors

    private func reportReaderError(positions: YAMLPositions, diagnostics: inout FileDiagnostics) {
        let location = positions.location(ofByte: problemOffset)
        guard problem.contains("control characters") else {
            diagnostics.error(
                .yamlSyntax, at: location,
                message: Bilingual(ja: "YAML として読めない文字があります。", en: "The YAML text cannot be read (libyaml: \(problem))."),
                hint: nil)
            return
        }
        let code = "U+" + String(problemValue, radix: 16, uppercase: true).leftPadded(to: 4)
        diagnostics.error(
            .yamlSyntax, at: location,
            message: Bilingual(
                ja: "使えない制御文字（\(code)）があります。",
                en: "The text contains a control character (\(code)) that is not allowed (libyaml: \(problem))."),
            hint: Bilingual(
                ja: "目に見えない文字が紛れ込んでいます。その位置の文字を削除して書き直してください。",
                en: "An invisible character slipped in; delete it and retype the text around it."))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
