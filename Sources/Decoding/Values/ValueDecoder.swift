import Diagnostics
import Model
import Parsing

/// Converts YAML nodes into values by their declared field type, recording every problem.
/// A value that cannot be converted is left out (nil); decoding goes on with the next one.
extension DecodeContext {
    /// Decodes a mapping by its schema: unknown keys, missing required keys and every
    /// field's value are checked.
    public mutating func decodeRecord(_ node: YAMLNode, schema: ObjectSchema, what: Bilingual) -> Record? {
        guard case .mapping(let entries, let start) = node else {
            wrongShape(node, expected: Bilingual(ja: "キーと値の組（マッピング）", en: "a mapping of keys and values"), what: what)
            return nil
        }
        var record = Record(start: start)
        for entry in entries {
            let key = entry.key.text
            guard let spec = schema.field(key) else {
                unknownKey(entry.key, known: schema.fields.map(\.name))
                continue
            }
            let value = decode(entry.value, as: spec.type, key: entry.key)
            record.set(key, value, at: entry.value.start)
            if value == nil, spec.required, isBlank(entry.value) {
                missing(key, at: entry.key.start, keyGiven: true)
            }
        }
        for spec in schema.fields where spec.required && !record.has(spec.name) {
            missing(spec.name, at: start, keyGiven: false)
        }
        // A key that is given but wrong has its own error; "at least one" is for none given.
        for keys in schema.atLeastOneOf where !keys.contains(where: record.has) {
            let list = keys.map { "`\($0)`" }.joined(separator: ", ")
            diagnostics.error(
                .atLeastOne, at: start,
                message: Bilingual(ja: "\(list) のうち少なくとも1つが必要です。", en: "at least one of \(list) is required."))
        }
        return record
    }

    /// Decodes one value by its type; nil when it is blank or wrong (the problem is recorded).
    public mutating func decode(_ node: YAMLNode, as type: FieldType, key: YAMLScalar) -> Value? {
        switch type {
        case .text(let maxLength): return localizedText(node, key: key, maxLength: maxLength).map(Value.text)
        case .markdown:
            guard let text = localizedText(node, key: key, maxLength: nil) else { return nil }
            scanItemLinks(in: node)
            return .text(text)
        case .list(let element, let count): return list(node, of: element, count: count, key: key)
        case .object(let schema): return decodeRecord(node, schema: schema, what: keyName(key)).map(Value.record)
        case .image: return image(node, key: key)
        case .organizer: return organizer(node, key: key)
        case .districtScope: return districtScope(node, key: key)
        default:
            guard let scalar = scalar(node, key: key) else { return nil }
            return convert(scalar, as: type)
        }
    }

    // MARK: Scalars

    /// The scalar of a node that must be one; nil (and an error unless blank) otherwise.
    mutating func scalar(_ node: YAMLNode, key: YAMLScalar) -> YAMLScalar? {
        guard case .scalar(let s) = node else {
            wrongShape(node, expected: Bilingual(ja: "1つの値", en: "a single value"), what: keyName(key))
            return nil
        }
        return s.isEmptyPlain ? nil : s
    }

    mutating func convert(_ s: YAMLScalar, as type: FieldType) -> Value? {
        let text = s.text.trimmingWhitespace()
        let result: Result<Value, ValueProblem>
        switch type {
        case .plain: result = .success(.string(text))
        case .reference(let kind):
            result = SlugParsing.slug(text).map { .string($0) }
            if case .success = result { refer(.item(kind), text, at: s.start) }
        case .term(let kind):
            result = SlugParsing.slug(text).map { .string($0) }
            if case .success = result { refer(.term(kind), text, at: s.start) }
        case .id: result = SlugParsing.slug(text).map { .string($0) }
        case .date: result = DateParsing.date(text).map(Value.date)
        case .dateTime: result = DateParsing.dateTime(text).map(Value.dateTime)
        case .dateOrDateTime: result = DateParsing.dateOrDateTime(text).map(Value.dateOrDateTime)
        case .time: result = DateParsing.time(text).map(Value.time)
        case .url: result = ContactParsing.url(text).map { .string($0) }
        case .email: result = ContactParsing.email(text).map { .string($0) }
        case .tel: result = ContactParsing.tel(text).map { .string($0) }
        case .yen: result = NumberParsing.yen(text).map(Value.int)
        case .int(let range): result = NumberParsing.int(text, range: range).map(Value.int)
        case .number(let range): result = NumberParsing.number(text, range: range).map(Value.number)
        case .bool: result = NumberParsing.bool(text).map(Value.bool)
        case .choice(let options): result = choice(text, options: options).map { .string($0) }
        case .digits(let count): result = digits(text, count: count).map { .string($0) }
        case .yearOrDate: result = yearOrDate(text)
        case .days: result = days(text)
        case .itemReference: result = itemReference(text, at: s.start)
        case .language: result = choice(text, options: Language.allCases.map(\.rawValue)).map { .string($0) }
        case .text, .markdown, .list, .object, .image, .organizer, .districtScope:
            preconditionFailure("not a scalar type")
        }
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            error(problem, at: s)
            return nil
        }
    }

    func choice(_ text: String, options: [String]) -> Result<String, ValueProblem> {
        options.contains(text) ? .success(text) : .failure(choiceProblem(text, options: options))
    }

    func choiceProblem(_ text: String, options: [String]) -> ValueProblem {
        let list = options.map { "`\($0)`" }.joined(separator: ", ")
        let guess = Suggestion.closest(to: text, in: options)
        return ValueProblem(
            .notAllowedValue,
            ja: "`\(text)` は使えません。次のどれかを書いてください: \(list)",
            en: "`\(text)` is not allowed here: expected one of \(list).",
            hintJA: guess.map { "`\($0)` のことですか？" }, hintEN: guess.map { "Did you mean `\($0)`?" })
    }

    func digits(_ text: String, count: Int) -> Result<String, ValueProblem> {
        if text.count == count, ASCII.allDigits(text) { return .success(text) }
        let fw = ValueProblem.fullWidthHint(text)
        return .failure(ValueProblem(
            .invalidInteger,
            ja: "半角数字 \(count) 桁が必要です（`\(text)`）。",
            en: "expected exactly \(count) digits, found `\(text)`.",
            hintJA: fw?.0 ?? "ハイフンや空白を入れずに書いてください。", hintEN: fw?.1 ?? "Write the digits without hyphens or spaces."))
    }

    func yearOrDate(_ text: String) -> Result<Value, ValueProblem> {
        if text.count == 4, let year = ASCII.number(text), year >= 1800 {
            return .success(.founded(.year(year)))
        }
        return DateParsing.date(text).map { .founded(.date($0)) }.mapError { _ in
            ValueProblem(
                .invalidDate,
                ja: "年（例: 1998）または日付（例: 1998-04-01）が必要です（`\(text)`）。",
                en: "expected a year (e.g. 1998) or a date (e.g. 1998-04-01), found `\(text)`.")
        }
    }

    func days(_ text: String) -> Result<Value, ValueProblem> {
        if let days = OpeningDays(parsing: text) { return .success(.days(days)) }
        return .failure(ValueProblem(
            .invalidDays,
            ja: "曜日の指定が読めません（`\(text)`）。",
            en: "cannot read the days `\(text)`.",
            hintJA: "mon tue wed thu fri sat sun holiday daily を使い、範囲は mon-fri、複数は sat,sun のように書きます。",
            hintEN: "Use mon tue wed thu fri sat sun holiday daily; a range as mon-fri, several as sat,sun."))
    }

    mutating func itemReference(_ text: String, at location: SourceLocation) -> Result<Value, ValueProblem> {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let kind = ItemKind(rawValue: String(parts[0])) else {
                return .failure(choiceProblem(String(parts[0]), options: ItemKind.allCases.map(\.rawValue)))
            }
            return SlugParsing.slug(String(parts[1])).map { slug in
                refer(.item(kind), slug, at: location, length: text.unicodeScalars.count)
                return .itemReference(NewsletterIssue.ItemReference(kind: kind, slug: slug))
            }
        }
        return SlugParsing.slug(text).map { slug in
            refer(.anyItem, slug, at: location)
            // The kind is filled in by the resolving stage.
            return .itemReference(NewsletterIssue.ItemReference(kind: nil, slug: slug))
        }
    }

    // MARK: Compound values

    mutating func localizedText(_ node: YAMLNode, key: YAMLScalar, maxLength: Int?) -> LocalizedText? {
        var text: LocalizedText
        switch node {
        case .scalar(let s):
            if s.isEmptyPlain { return nil }
            text = LocalizedText(ja: s.text.trimmingWhitespace())
        case .mapping(let entries, let start):
            var ja: String?, en: String?
            for entry in entries {
                guard entry.key.text == "ja" || entry.key.text == "en" else {
                    diagnostics.error(
                        .invalidLanguageKey, at: entry.key.start, text: entry.key.text,
                        message: Bilingual(ja: "言語は `ja` と `en` だけが書けます（`\(entry.key.text)`）。",
                                           en: "only `ja` and `en` are allowed here, found `\(entry.key.text)`."),
                        hint: Bilingual(ja: "例: {ja: 子ども食堂, en: Children's cafeteria}",
                                        en: "For example {ja: 子ども食堂, en: Children's cafeteria}."))
                    continue
                }
                guard let s = scalar(entry.value, key: entry.key) else { continue }
                if entry.key.text == "ja" { ja = s.text.trimmingWhitespace() } else { en = s.text.trimmingWhitespace() }
            }
            guard let ja, !ja.isEmpty else {
                missing("ja", at: start, keyGiven: false)
                return nil
            }
            text = LocalizedText(ja: ja, en: en?.isEmpty == true ? nil : en)
        case .sequence:
            wrongShape(node, expected: Bilingual(ja: "文字列", en: "a text"), what: keyName(key))
            return nil
        }
        if let maxLength, text.ja.count > maxLength {
            diagnostics.error(
                .textTooLong, at: node.start, length: 1,
                message: Bilingual(ja: "`\(key.text)` は \(maxLength) 文字以内で書いてください（今は \(text.ja.count) 文字）。",
                                   en: "`\(key.text)` must be at most \(maxLength) characters (it has \(text.ja.count))."),
                hint: Bilingual(ja: "詳しい説明は本文に書けます。", en: "Put the details in the body instead."))
        }
        if requireEnglish, text.en == nil {
            diagnostics.error(
                .missingEnglish, at: node.start, length: 1,
                message: Bilingual(ja: "`\(key.text)` の英語訳がありません。", en: "`\(key.text)` has no English translation."),
                hint: Bilingual(ja: "{ja: …, en: …} の形で英語も書いてください。", en: "Write it as {ja: …, en: …}."))
        }
        return text
    }

    mutating func list(_ node: YAMLNode, of element: FieldType, count: ClosedRange<Int>?, key: YAMLScalar) -> Value? {
        let items: [YAMLNode]
        switch node {
        case .sequence(let nodes, _): items = nodes
        case .scalar(let s) where s.isEmptyPlain: items = []
        default: items = [node]  // a single value is a list of one
        }
        let values = items.compactMap { decode($0, as: element, key: key) }
        if let count, !count.contains(items.count) {
            let bound = count.upperBound == Int.max
                ? Bilingual(ja: "\(count.lowerBound) 個以上", en: "at least \(count.lowerBound)")
                : Bilingual(ja: "\(count.lowerBound)〜\(count.upperBound) 個", en: "\(count.lowerBound) to \(count.upperBound)")
            diagnostics.error(
                .listLength, at: node.start,
                message: Bilingual(ja: "`\(key.text)` には \(bound.ja) の項目が必要です（今は \(items.count) 個）。",
                                   en: "`\(key.text)` needs \(bound.en) entries (it has \(items.count))."))
        }
        if items.isEmpty, count == nil { return nil }
        return .list(values)
    }

    static let imageSchema = ObjectSchema([FieldSpec("src", .plain, required: true), FieldSpec("alt", .text())])

    mutating func image(_ node: YAMLNode, key: YAMLScalar) -> Value? {
        guard let record = decodeRecord(node, schema: Self.imageSchema, what: keyName(key)),
              let src = record.string("src") else { return nil }
        let srcStart = record.location("src") ?? record.start
        var valid = true
        switch AssetPath.validate(src) {
        case .success: refer(.asset, src, at: srcStart)
        case .failure(let problem):
            diagnostics.error(problem.code, at: srcStart, text: src, message: problem.message, hint: problem.hint)
            valid = false
        }
        guard let alt = record.text("alt") else {
            diagnostics.error(
                .missingAltText, at: record.start,
                message: Bilingual(ja: "画像には代替テキスト `alt` が必要です。", en: "an image needs alternative text, `alt`."),
                hint: Bilingual(ja: "画面読み上げを使う人のために、画像に写っているものを短く書いてください。",
                                en: "Describe briefly what the image shows, for people using screen readers."))
            return nil
        }
        return valid ? .image(Image(src: src, alt: alt)) : nil
    }

    static let outsideOrganizerSchema = ObjectSchema([FieldSpec("name", .text(), required: true)])

    mutating func organizer(_ node: YAMLNode, key: YAMLScalar) -> Value? {
        if case .mapping = node {
            return decodeRecord(node, schema: Self.outsideOrganizerSchema, what: keyName(key))
                .flatMap { $0.text("name") }.map { .organizer(.outside(name: $0)) }
        }
        guard let s = scalar(node, key: key), case .string(let slug)? = convert(s, as: .reference(.group)) else { return nil }
        return .organizer(.group(slug))
    }

    mutating func districtScope(_ node: YAMLNode, key: YAMLScalar) -> Value? {
        if case .scalar(let s) = node, s.text.trimmingWhitespace() == "ward-wide" { return .districtScope(.wardWide) }
        guard case .list(let values)? = list(node, of: .term(.districts), count: nil, key: key) else { return nil }
        return .districtScope(.districts(values.compactMap { if case .string(let s) = $0 { s } else { nil } }))
    }

    // MARK: Problems

    mutating func unknownKey(_ key: YAMLScalar, known: [String]) {
        let guess = Suggestion.closest(to: key.text, in: known)
        diagnostics.error(
            .unknownKey, at: key.start, text: key.text,
            message: Bilingual(ja: "`\(key.text)` という項目はありません。", en: "unknown key `\(key.text)`."),
            hint: guess.map { Bilingual(ja: "`\($0)` のことですか？", en: "Did you mean `\($0)`?") }
                ?? Bilingual(ja: "書ける項目: \(known.joined(separator: ", "))", en: "Known keys: \(known.joined(separator: ", "))"))
    }

    mutating func missing(_ key: String, at location: SourceLocation, keyGiven: Bool) {
        diagnostics.error(
            .missingField, at: location,
            message: keyGiven
                ? Bilingual(ja: "必須項目 `\(key)` が空です。", en: "required field `\(key)` is empty.")
                : Bilingual(ja: "必須項目 `\(key)` がありません。", en: "required field `\(key)` is missing."),
            hint: Bilingual(ja: "`\(key): …` の行に値を書いてください。", en: "Add a line `\(key): …` with its value."))
    }

    mutating func wrongShape(_ node: YAMLNode, expected: Bilingual, what: Bilingual) {
        let found: Bilingual = switch node {
        case .scalar: Bilingual(ja: "1つの値", en: "a single value")
        case .sequence: Bilingual(ja: "リスト", en: "a list")
        case .mapping: Bilingual(ja: "マッピング", en: "a mapping")
        }
        diagnostics.error(
            .wrongShape, at: node.start,
            message: Bilingual(ja: "\(what.ja)には\(expected.ja)が必要ですが、\(found.ja)が書かれています。",
                               en: "\(what.en): expected \(expected.en), found \(found.en)."))
    }

    func keyName(_ key: YAMLScalar) -> Bilingual { Bilingual(ja: "`\(key.text)`", en: "`\(key.text)`") }

    func isBlank(_ node: YAMLNode) -> Bool {
        if case .scalar(let s) = node { return s.isEmptyPlain }
        return false
    }
}

extension String {
    /// Trims ASCII and ideographic spaces and line breaks at both ends. Works on scalars:
    /// this runs for every value, and grapheme breaking would dominate decoding.
    func trimmingWhitespace() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !isSpace(first), !isSpace(last) { return self }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
