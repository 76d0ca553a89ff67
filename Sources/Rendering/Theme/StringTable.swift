import Diagnostics
import Foundation
import Model
import Parsing

/// Loading and checking the theme's string tables.
enum StringTable {
    /// A YAML file of nested mappings whose leaves are texts.
    static func load(_ path: String) -> ([String: Any], [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else { return ([:], []) }
        let (source, problems) = SourceText.decode(bytes: [UInt8](data), path: path)
        guard let source else { return ([:], problems) }
        var diagnostics = FileDiagnostics(source: source)
        let root = YAMLReader.read(source.text, diagnostics: &diagnostics)
        return (root.map(table) ?? [:], problems + diagnostics.list)
    }

    static func table(_ node: YAMLNode) -> [String: Any] {
        guard case .mapping(let entries, _) = node else { return [:] }
        var out: [String: Any] = [:]
        for entry in entries {
            switch entry.value {
            case .scalar(let s): out[entry.key.text] = s.text
            case .mapping: out[entry.key.text] = table(entry.value)
            case .sequence: break
            }
        }
        return out
    }

    static func merge(_ base: [String: Any], _ over: [String: Any]) -> [String: Any] {
        var out = base
        for (key, value) in over {
            if let nested = value as? [String: Any], let existing = out[key] as? [String: Any] {
                out[key] = merge(existing, nested)
            } else {
                out[key] = value
            }
        }
        return out
    }

    /// Every `{{t.some.key}}` a template uses must exist in every language.
    static func checkTemplates(_ templates: [String: String], strings: UIStrings) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (_, path) in templates.sorted(by: { $0.key < $1.key }) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                for key in usedKeys(in: String(line)) {
                    for language in Language.allCases where !strings.keys(language).contains(key) {
                        diagnostics.append(Diagnostic(
                            .error, .missingUIString, file: path, at: SourceLocation(line: number + 1, column: 1),
                            text: key, message: Bilingual(
                                ja: "画面の文言 `\(key)` が i18n/\(language.rawValue).yaml にありません。",
                                en: "the UI string `\(key)` is missing from i18n/\(language.rawValue).yaml."),
                            sourceLine: String(line)))
                    }
                }
            }
        }
        return diagnostics
    }

    /// Keys after `t.` inside mustache tags on a line.
    static func usedKeys(in line: String) -> [String] {
        var keys: [String] = []
        var rest = Substring(line)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            var tag = rest[..<close.lowerBound].drop { "{#^/&! ".contains($0) }
            if tag.hasSuffix("}") { tag = tag.dropLast() }
            if tag.hasPrefix("t.") { keys.append(String(tag.dropFirst(2)).trimmingCharacters(in: .whitespaces)) }
            rest = rest[close.upperBound...]
        }
        return keys
    }
}
