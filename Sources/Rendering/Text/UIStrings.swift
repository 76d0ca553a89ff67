import Foundation
import Model
import Parsing

/// The theme's string tables (`i18n/ja.yaml`, `i18n/en.yaml`): every word of the UI.
/// Swift code never holds UI text; it asks for keys, and a key missing in either
/// language is recorded so the build can fail naming it.
public final class UIStrings: @unchecked Sendable {
    /// Nested tables as loaded, for templates (`{{t.nav.groups}}`).
    public let tables: [Language: [String: Any]]
    private let flat: [Language: [String: String]]
    private let lock = NSLock()
    private var missing = Set<String>()

    public init(tables: [Language: [String: Any]]) {
        self.tables = tables
        self.flat = tables.mapValues { UIStrings.flatten($0, prefix: "") }
    }

    static func flatten(_ table: [String: Any], prefix: String) -> [String: String] {
        var out: [String: String] = [:]
        for (key, value) in table {
            let path = prefix.isEmpty ? key : prefix + "." + key
            if let text = value as? String { out[path] = text }
            if let nested = value as? [String: Any] { out.merge(flatten(nested, prefix: path)) { $1 } }
        }
        return out
    }

    /// All dotted keys of a language's table.
    public func keys(_ language: Language) -> Set<String> { Set(flat[language]?.keys ?? [:].keys) }

    /// The text of `key`, or the key itself (recorded as missing) so rendering can go on
    /// and every missing key is reported at once.
    public func text(_ key: String, _ language: Language) -> String {
        if let text = flat[language]?[key] { return text }
        lock.withLock { _ = missing.insert("\(language.rawValue):\(key)") }
        return key
    }

    /// `{name}` placeholders filled in, in one pass: a value is never searched for
    /// placeholders itself, so text from content cannot pull in other values; and a value
    /// closes the direction controls it opens, so an RLO in a name cannot reverse the rest.
    public func format(_ key: String, _ language: Language, _ values: [String: String]) -> String {
        let template = text(key, language)
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        out.reserveCapacity(template.utf8.count + 32)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            if let value = values[String(rest[rest.index(after: open)..<close])] {
                out += BidiControls.closed(value)
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// Keys asked for but not found, as `lang:key`, sorted.
    public var missingKeys: [String] { lock.withLock { missing.sorted() } }
}
