import Decoding
import Diagnostics
import Model

/// The template `hiroba new TYPE SLUG` writes: front matter with every field of the type's
/// schema (walked from `Schemas.schema(for:)`, nested objects included, so it never drifts
/// from the model), required fields first, each line commented in Japanese and English.
///
/// Every placeholder is written in square brackets, `[タイトル / title]`. YAML reads that as
/// a list, which no field accepts in that place (list fields get `[[…]]`, a list inside a
/// list), so a placeholder left in by mistake is always an error at its own line: an
/// unfilled scaffold cannot pass `hiroba check`.
public enum Scaffold {
    /// One line of the front matter.
    public struct Line: Sendable {
        /// Dotted path of the field (`disclosure.confirmed`, `rooms.fees.slot`).
        public var path: String
        public var key: String
        /// The field's type; for list-of-object headers, the list type.
        public var type: FieldType
        public var required: Bool
        /// Spaces before the key (or before `- `).
        public var indent: Int
        /// The first key of a list item: written as `- key: …`.
        public var startsListItem: Bool
        /// True for a key whose value is the nested lines that follow (an object, or a list of objects).
        public var isHeader: Bool
        public var comment: String
    }

    /// The lines of `kind`'s front matter, required fields first at every level.
    public static func lines(for kind: ItemKind) -> [Line] {
        var out: [Line] = []
        walk(Schemas.schema(for: kind), path: "", indent: 0, firstIsListItem: false, into: &out)
        return out
    }

    /// The whole file, placeholders in.
    public static func text(for kind: ItemKind, slug: String) -> String {
        render(kind, slug: slug) { line in placeholder(for: line.type) }
    }

    /// The whole file with each value given by `value` (the test fills placeholders this way).
    public static func render(_ kind: ItemKind, slug: String, lines: [Line]? = nil, value: (Line) -> String) -> String {
        var text = "---\n"
        text += header(kind, slug: slug)
        for line in lines ?? self.lines(for: kind) {
            let lead = String(repeating: " ", count: line.indent) + (line.startsListItem ? "- " : "")
            let body = line.isHeader ? "\(line.key):" : "\(line.key): \(value(line))"
            text += "\(lead)\(body)  # \(line.comment)\n"
        }
        text += "---\n"
        text += """
            ここに本文（日本語の Markdown）を書きます。英語の本文は \(slug).en.md に書けます。
            Write the body here in Japanese Markdown; an English body can go in \(slug).en.md.

            """
        return text
    }

    static func header(_ kind: ItemKind, slug: String) -> String {
        """
        # hiroba new \(kind.rawValue) \(slug)
        # [ ] の部分を書き換え、使わない任意（optional）の行は消してください。必須（required）の行は消せません。
        # Replace every [ ] placeholder and delete the optional lines you do not use. Required lines must stay.
        # 確認 / check: hiroba check --files content/\(kind.folder)/\(slug).md

        """
    }

    private static func walk(_ schema: ObjectSchema, path: String, indent: Int, firstIsListItem: Bool, into out: inout [Line]) {
        let ordered = schema.fields.filter(\.required) + schema.fields.filter { !$0.required }
        for (index, field) in ordered.enumerated() {
            let fieldPath = path.isEmpty ? field.name : "\(path).\(field.name)"
            let listItem = firstIsListItem && index == 0
            let childIndent = indent + (firstIsListItem ? 2 : 0)
            var comment = describe(field)
            if let group = schema.atLeastOneOf.first(where: { $0.contains(field.name) }) {
                comment += "（\(group.joined(separator: "・")) のどれか一つは必須）/ (at least one of \(group.joined(separator: ", ")) is required)"
            }
            switch field.type {
            case .object(let nested):
                out.append(Line(path: fieldPath, key: field.name, type: field.type, required: field.required,
                                indent: listItem ? indent : childIndent, startsListItem: listItem, isHeader: true, comment: comment))
                walk(nested, path: fieldPath, indent: childIndent + 2, firstIsListItem: false, into: &out)
            case .list(.object(let nested), _):
                out.append(Line(path: fieldPath, key: field.name, type: field.type, required: field.required,
                                indent: listItem ? indent : childIndent, startsListItem: listItem, isHeader: true, comment: comment))
                walk(nested, path: fieldPath, indent: childIndent + 2, firstIsListItem: true, into: &out)
            default:
                out.append(Line(path: fieldPath, key: field.name, type: field.type, required: field.required,
                                indent: listItem ? indent : childIndent, startsListItem: listItem, isHeader: false, comment: comment))
            }
        }
    }

    /// `必須 / required — 日付 YYYY-MM-DD / date YYYY-MM-DD`, with the allowed words and an example.
    static func describe(_ field: FieldSpec) -> String {
        let need = field.required ? "必須 / required" : "任意 / optional"
        let name = field.type.displayName
        var text = "\(need) — \(name.ja) / \(name.en)"
        let allowed = field.type.allowedValues
        if !allowed.isEmpty { text += ": " + allowed.joined(separator: ", ") }
        switch field.type {
        case .object, .list(.object, _): break
        default: text += "。例 / e.g. \(field.type.example)"
        }
        return text
    }

    /// The placeholder of a type: words in brackets, which YAML reads as a list, so it
    /// never passes as a value. Lists get a list inside a list.
    public static func placeholder(for type: FieldType) -> String {
        switch type {
        case .list(let element, _): "[\(placeholder(for: element))]"
        default: "[\(label(type))]"
        }
    }

    /// Short words for a placeholder, without YAML's flow indicators (`,[]{}:#`).
    static func label(_ type: FieldType) -> String {
        switch type {
        case .text, .markdown, .plain: "ここに書く / write here"
        case .reference(let kind): "\(kind.rawValue) のスラッグ / \(kind.rawValue) slug"
        case .term(let kind): "taxonomies/\(kind.rawValue).yaml のスラッグ / slug"
        case .id: "識別名 / id"
        case .date: "YYYY-MM-DD"
        case .dateTime, .dateOrDateTime: "日付と時刻 / date and time"
        case .time: "時刻 / time"
        case .url: "URL"
        case .email: "メール / e-mail"
        case .tel: "電話番号 / phone"
        case .yen: "金額 / yen"
        case .int: "整数 / number"
        case .number: "数値 / number"
        case .bool: "true または false / true or false"
        case .image: "画像 / image"
        case .choice: "選ぶ / choose"
        case .list(let element, _): label(element)
        case .object: "…"
        case .digits(let n): "数字 \(n) 桁 / \(n) digits"
        case .yearOrDate: "YYYY または YYYY-MM-DD / year or date"
        case .days: "曜日 / days"
        case .districtScope: "ward-wide または地区 / ward-wide or districts"
        case .organizer: "団体のスラッグ / group slug"
        case .itemReference: "種類.スラッグ / type.slug"
        case .language: "ja または en / ja or en"
        }
    }

    /// Newsletter issues are named by month: `YYYY-MM`.
    public static func isValidNewsletterSlug(_ slug: String) -> Bool {
        let parts = slug.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]) else { return false }
        return (1...12).contains(month)
    }
}
