import Foundation
import Model

/// JSON Schemas (draft 2020-12) of the YAML files, generated from the schemas
/// (`hiroba schema`), for editors' YAML extensions. They describe what `hiroba check`
/// accepts; where YAML's own typing differs (e.g. `1,000` is a string to an editor) the
/// schema accepts both spellings, and `hiroba check` stays the judge.
public enum JSONSchemaExport {
    public static func schema(for file: FileSchema) -> String {
        var root = object(file.schema)
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = "https://hiroba.example.jp/schemas/\(file.name).schema.json"
        root["title"] = "\(file.title.ja) / \(file.title.en) — \(file.location)"
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static let slug = "^[a-z0-9]+(-[a-z0-9]+)*$"
    static let date = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    static let dateTime = "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})?$"

    static func object(_ schema: ObjectSchema) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in schema.fields {
            var property = fragment(field.type)
            property["description"] = "\(field.type.displayName.ja) / \(field.type.displayName.en)"
            properties[field.name] = property
        }
        var out: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
        let required = schema.fields.filter(\.required).map(\.name)
        if !required.isEmpty { out["required"] = required }
        if !schema.atLeastOneOf.isEmpty {
            out["anyOf"] = schema.atLeastOneOf.flatMap { group in group.map { ["required": [$0]] } }
        }
        return out
    }

    static func string(_ pattern: String? = nil) -> [String: Any] {
        pattern.map { ["type": "string", "pattern": $0] } ?? ["type": "string"]
    }

    static func fragment(_ type: FieldType) -> [String: Any] {
        switch type {
        case .text(let max):
            var plain: [String: Any] = ["type": "string"]
            if let max { plain["maxLength"] = max }
            let localized: [String: Any] = [
                "type": "object", "required": ["ja"], "additionalProperties": false,
                "properties": ["ja": plain, "en": ["type": "string"]],
            ]
            return ["anyOf": [plain, localized]]
        case .plain: return string()
        case .reference, .term, .id: return string(slug)
        case .date: return string(date)
        case .dateTime: return string(dateTime)
        case .dateOrDateTime: return ["anyOf": [string(date), string(dateTime)]]
        case .time: return string("^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$")
        case .url: return string("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]+")
        case .email: return string("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
        case .tel: return string("^0[0-9-]{9,12}$")
        case .yen: return ["anyOf": [["type": "integer", "minimum": 0], string("^[0-9]{1,3}(,[0-9]{3})+$")]]
        case .int(let range):
            var out: [String: Any] = ["type": "integer"]
            if let range { out["minimum"] = range.lowerBound; out["maximum"] = range.upperBound }
            return out
        case .number(let range):
            var out: [String: Any] = ["type": "number"]
            if let range { out["minimum"] = range.lowerBound; out["maximum"] = range.upperBound }
            return out
        case .bool: return ["type": "boolean"]
        case .image:
            return ["type": "object", "required": ["src", "alt"], "additionalProperties": false,
                    "properties": ["src": string("^assets/"), "alt": fragment(.text())]]
        case .choice(let values): return ["enum": values]
        case .list(let element, let count):
            var array: [String: Any] = ["type": "array", "items": fragment(element)]
            if let count {
                array["minItems"] = count.lowerBound
                if count.upperBound != Int.max { array["maxItems"] = count.upperBound }
            }
            // A single value is accepted as a list of one.
            return count.map { $0.lowerBound > 1 } == true ? array : ["anyOf": [array, fragment(element)]]
        case .object(let schema): return object(schema)
        case .digits(let n): return ["anyOf": [string("^[0-9]{\(n)}$"), ["type": "integer"]]]
        case .yearOrDate: return ["anyOf": [["type": "integer", "minimum": 1800], string(date)]]
        case .days: return string("^[a-z ,-]+$")
        case .districtScope: return ["anyOf": [["const": "ward-wide"], fragment(.list(.term(.districts)))]]
        case .organizer:
            return ["anyOf": [string(slug), ["type": "object", "required": ["name"], "additionalProperties": false,
                                             "properties": ["name": fragment(.text())]]]]
        case .itemReference: return string("^([a-z]+:)?[a-z0-9]+(-[a-z0-9]+)*$")
        case .language: return ["enum": Language.allCases.map(\.rawValue)]
        case .markdown: return fragment(.text())
        }
    }
}
