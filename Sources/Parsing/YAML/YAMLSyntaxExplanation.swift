import CYAML
import Diagnostics

/// A plain-language explanation of one libyaml error.
struct YAMLSyntaxExplanation {
    var message: Bilingual
    var hint: Bilingual?
}

extension YAMLSyntaxError {
    /// Where to point and what to say. libyaml's problem mark is often where it gave up
    /// (the end of the file for an unclosed quote); where the context mark is where the
    /// contributor has to look, that is used instead.
    func explain(positions: YAMLPositions) -> (SourceLocation, YAMLSyntaxExplanation) {
        let at = positions.location(problemMark)
        let from = positions.location(contextMark)
        let ctx = context ?? ""
        switch (ctx, problem) {
        case ("while scanning a quoted scalar", let p) where p.contains("end of stream") || p.contains("document indicator"):
            return (from, unclosedQuote(quote: character(at: contextMark, positions: positions)))
        case (_, "found unknown escape character"):
            return (at, unknownEscape)
        case ("while scanning an alias", _), ("while scanning an anchor", _):
            return (from, starOrAmpersand)
        case ("while scanning a simple key", "could not find expected ':'"):
            return (from, missingColon)
        case (_, "mapping values are not allowed in this context"):
            return (at, colonInValue)
        case (_, "block sequence entries are not allowed in this context"):
            return (at, dashInValue)
        case ("while parsing a block mapping", "did not find expected key"):
            return (at, badMappingIndentation(mappingLine: from.line))
        case ("while parsing a block collection", _):
            return (at, badListIndentation(listLine: from.line))
        case ("while parsing a flow sequence", _), ("while parsing a flow mapping", _):
            let isList = ctx.hasSuffix("sequence")
            // An unclosed bracket is found lines later; point at the bracket itself.
            let location = at.line > from.line ? from : at
            return (location, unclosedFlow(isList: isList, openedAt: from, failedAt: at))
        case (_, "found character that cannot start any token"):
            return (at, cannotStart(character(at: problemMark, positions: positions)))
        case (_, "did not find expected node content"):
            return (at, missingValue)
        case ("while scanning a block scalar", _):
            return (at, badBlockScalar)
        default:
            return (at, generic)
        }
    }

    private func character(at mark: yaml_mark_t, positions: YAMLPositions) -> String {
        let offset = positions.byteOffset(mark)
        guard offset < positions.bytes.count else { return "" }
        var end = offset + 1
        while end < positions.bytes.count, positions.bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: positions.bytes[offset..<end]), as: UTF8.self)
    }

    // MARK: - Explanations

    private func unclosedQuote(quote: String) -> YAMLSyntaxExplanation {
        let q = quote == "'" ? "'" : "\""
        return YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "ここで始まる引用符（\(q)）が閉じられていません。",
                en: "The quoted value starting here is never closed with \(q)."),
            hint: Bilingual(
                ja: "値の最後に \(q) を付けてください。値の中で \(q) を使うときは、もう一方の引用符で全体を囲んでください。",
                en: "Add \(q) at the end of the value. To use \(q) inside the value, enclose it in the other kind of quote."))
    }

    private var unknownEscape: YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "\"…\" の中で「\\」の後に使えない文字があります。",
                en: "Unknown escape sequence after “\\” in a double-quoted value."),
            hint: Bilingual(
                ja: "「\\」そのものを書くには「\\\\」と書くか、値全体を '…' で囲んでください。",
                en: "Write “\\\\” for a backslash, or enclose the value in single quotes '…'."))
    }

    private var starOrAmpersand: YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "「*」や「&」で始まる値はそのまま書けません。",
                en: "A value cannot start with “*” or “&” unquoted (YAML reads them as aliases and anchors)."),
            hint: Bilingual(
                ja: "値全体を引用符で囲んでください（例: summary: \"**重要** …\"）。",
                en: "Enclose the whole value in quotes, e.g. summary: \"**Important** …\"."))
    }

    private var missingColon: YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "「キー: 値」の「:」が見つかりません。",
                en: "Expected `key: value`, but there is no “:”."),
            hint: Bilingual(
                ja: "キーの後に「: 」（コロンと半角スペース）を書いてください。前の行の続きなら字下げを揃えてください。",
                en: "Put “: ” (a colon and a space) after the key. If the line continues the previous one, fix its indentation."))
    }

    private var colonInValue: YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "ここに「:」は書けません。",
                en: "A “:” is not allowed here."),
            hint: Bilingual(
                ja: "値に「: 」を含めるときは値全体を引用符で囲んでください（例: note: \"受付: 10時から\"）。字下げもずれていないか確認してください。上の行が「項目: 値」なら、その下に字下げした行（ja: … など）は続けられません。ja と en を次の行に書くときは、上の行の「:」の後ろを空にします。",
                en: "If the value contains “: ”, enclose it in quotes (e.g. note: \"Desk: from 10:00\"). Also check the indentation: when the line above is “key: value”, no indented lines (such as ja: …) may follow it. To put ja and en on the next lines, leave nothing after the “:” above."))
    }

    private var dashInValue: YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "ここにリストの項目（「- 」）は書けません。",
                en: "A list item (“- ”) is not allowed here."),
            hint: Bilingual(
                ja: "リストは「キー:」の次の行から、字下げして「- 項目」と書いてください。",
                en: "Start the list on the line after `key:`, indented, one `- item` per line."))
    }

    private func badMappingIndentation(mappingLine: Int) -> YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "字下げ（インデント）が揃っていません（\(mappingLine) 行目から始まる項目の並びに合いません）。",
                en: "The indentation does not match the fields that start on line \(mappingLine)."),
            hint: Bilingual(
                ja: "同じ階層のキーは同じ位置から書き始め、半角スペースで字下げしてください。",
                en: "Keys at the same level must start in the same column; indent with spaces."))
    }

    private func badListIndentation(listLine: Int) -> YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "リストの字下げが揃っていません（\(listLine) 行目から始まるリストに合いません）。",
                en: "The indentation does not match the list that starts on line \(listLine)."),
            hint: Bilingual(
                ja: "リストの項目「- 」はすべて同じ位置から書き始めてください。",
                en: "Start every `- ` item of a list in the same column."))
    }

    private func unclosedFlow(isList: Bool, openedAt: SourceLocation, failedAt: SourceLocation) -> YAMLSyntaxExplanation {
        let (open, close) = isList ? ("[", "]") : ("{", "}")
        return YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "\(openedAt.line) 行目の「\(open)」が「\(close)」で閉じられていないか、「,」が足りません（\(failedAt.line) 行 \(failedAt.column) 列）。",
                en: "The “\(open)” on line \(openedAt.line) is not closed by “\(close)”, or a “,” is missing (at \(failedAt.line):\(failedAt.column))."),
            hint: Bilingual(
                ja: "項目は「,」で区切り、最後に「\(close)」を書いてください。「\(open)」で始まる文字列は引用符で囲んでください。",
                en: "Separate items with “,” and end with “\(close)”. Quote text that starts with “\(open)”."))
    }

    private func cannotStart(_ character: String) -> YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "「\(character)」で始まる値はそのまま書けません。",
                en: "A value cannot start with “\(character)” unquoted."),
            hint: Bilingual(
                ja: "値全体を引用符で囲んでください（例: \"\(character)…\"）。",
                en: "Enclose the whole value in quotes, e.g. \"\(character)…\"."))
    }

    private var missingValue: YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(ja: "ここに値が必要です。", en: "A value is expected here."),
            hint: Bilingual(
                ja: "字下げや記号（「-」「:」「,」）の位置を確認してください。",
                en: "Check the indentation and the “-”, “:” and “,” around here."))
    }

    private var badBlockScalar: YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(
                ja: "「|」や「>」で始まる複数行の値の書き方に誤りがあります。",
                en: "The multi-line value introduced by “|” or “>” is malformed."),
            hint: Bilingual(
                ja: "「|」の後は改行し、次の行から字下げして本文を書いてください。",
                en: "End the line after “|”, then write the text on the following lines, indented."))
    }

    private var generic: YAMLSyntaxExplanation {
        YAMLSyntaxExplanation(
            message: Bilingual(ja: "YAML の書き方に誤りがあります。", en: "YAML syntax error."),
            hint: Bilingual(
                ja: "この位置の前後の字下げ、「:」、引用符を確認してください。",
                en: "Check the indentation, colons and quotes around this position."))
    }
}
