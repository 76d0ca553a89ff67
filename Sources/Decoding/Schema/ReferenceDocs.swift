import Model

/// The field reference for contributors, generated from the schemas (`hiroba docs`), so
/// it can never disagree with what `hiroba check` accepts.
public enum ReferenceDocs {
    /// One Markdown page per language: every file type, every field (nested fields as
    /// `parent.child`), its type, whether it is required, allowed values and an example.
    public static func markdown(_ language: Language) -> String {
        let ja = language == .ja
        var out = ja
            ? "# 項目の一覧（自動生成）\n\nこのページは `hiroba docs` がスキーマから作ります。手で直さないでください。\n"
            : "# Field reference (generated)\n\nThis page is generated from the schemas by `hiroba docs`; do not edit it by hand.\n"
        for file in FileSchema.all {
            out += "\n## \(ja ? file.title.ja : file.title.en) — `\(file.location)`\n\n"
            out += ja ? "| 項目 | 種類 | 必須 | 使える値 | 例 |\n|---|---|---|---|---|\n"
                      : "| field | type | required | allowed values | example |\n|---|---|---|---|---|\n"
            for row in rows(file.schema, prefix: "") {
                let type = ja ? row.type.displayName.ja : row.type.displayName.en
                let required = row.required ? (ja ? "必須" : "yes") : ""
                let allowed = row.type.allowedValues.map { "`\($0)`" }.joined(separator: ", ")
                let example = row.type.isObject ? "" : "`\(row.type.example)`"
                out += "| `\(row.name)` | \(type) | \(required) | \(allowed) | \(example) |\n"
            }
            for group in file.schema.atLeastOneOf {
                out += "\n" + (ja ? "次のうち少なくとも1つが必要です: " : "At least one of these is required: ")
                    + group.map { "`\($0)`" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    struct Row {
        let name: String
        let type: FieldType
        let required: Bool
    }

    /// Fields in schema order, nested objects (and lists of objects) flattened after their parent.
    static func rows(_ schema: ObjectSchema, prefix: String) -> [Row] {
        schema.fields.flatMap { field -> [Row] in
            let name = prefix + field.name
            let row = Row(name: name, type: field.type, required: field.required)
            guard let nested = field.type.nestedSchema else { return [row] }
            return [row] + rows(nested, prefix: name + (field.type.isList ? "[]." : "."))
        }
    }
}

extension FieldType {
    var nestedSchema: ObjectSchema? {
        switch self {
        case .object(let schema): schema
        case .list(let element, _): element.nestedSchema
        default: nil
        }
    }

    var isList: Bool { if case .list = self { true } else { false } }
    var isObject: Bool { nestedSchema != nil }
}
