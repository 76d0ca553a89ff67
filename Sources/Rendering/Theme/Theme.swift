import Diagnostics
import Foundation
import Model
import Mustache
import Parsing

/// A theme: Mustache templates, string tables and static assets. A site's own theme
/// folder (`themes/NAME/` beside `content/`) overrides the built-in default theme file by
/// file, so a site changes only what it wants to.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    public let strings: UIStrings
    /// Output path (`assets/style.1a2b3c4d.css`) by asset name (`style.css`).
    public let assetPaths: [String: String]
    /// Asset bytes by output path.
    public let assetFiles: [String: [UInt8]]

    /// Loads the theme; problems (unreadable strings, template syntax errors, keys that
    /// a template uses but a table lacks) come back as diagnostics.
    public static func load(directories: [String]) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let templates = ThemeFiles.collect("templates", in: directories, ending: ".mustache", problems: &diagnostics)
        var library = MustacheLibrary()
        HTMLContentType.register()
        for (name, path) in templates.sorted(by: { $0.key < $1.key }) {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            do {
                try library.register(HTMLContentType.pragma + text, named: String(name.dropLast(".mustache".count)))
            } catch {
                diagnostics.append(themeError(path, Bilingual(
                    ja: "テンプレートを読めません: \(error)", en: "cannot parse the template: \(error)")))
            }
        }
        var tables: [Language: [String: Any]] = [:]
        for language in Language.allCases {
            var table: [String: Any] = [:]
            // The built-in table first, then the site's keys over it.
            for directory in directories.reversed() {
                let path = "\(directory)/i18n/\(language.rawValue).yaml"
                guard FileManager.default.fileExists(atPath: path) else { continue }
                guard ThemeFiles.staysInside(path, directory, problems: &diagnostics) else { continue }
                let (loaded, problems) = StringTable.load(path)
                diagnostics += problems
                table = StringTable.merge(table, loaded)
            }
            tables[language] = table
        }
        let strings = UIStrings(tables: tables)
        diagnostics += StringTable.checkTemplates(templates, strings: strings)
        var assetPaths: [String: String] = [:], assetFiles: [String: [UInt8]] = [:]
        for (name, path) in ThemeFiles.collect("assets", in: directories, ending: "", problems: &diagnostics).sorted(by: { $0.key < $1.key }) {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let bytes = [UInt8](data)
            let hashed = "assets/" + ContentHash.name(name, bytes: bytes)
            assetPaths[name] = hashed
            assetFiles[hashed] = bytes
        }
        if templates.isEmpty {
            diagnostics.append(themeError(directories.first ?? "themes", Bilingual(
                ja: "テーマのテンプレートが見つかりません。", en: "no theme templates found.")))
            return (nil, diagnostics)
        }
        return (Theme(library: library, strings: strings, assetPaths: assetPaths, assetFiles: assetFiles), diagnostics)
    }

    static func themeError(_ path: String, _ message: Bilingual) -> Diagnostic {
        Diagnostic(.error, .themeError, file: path, at: .start, message: message)
    }

    /// Where Hiroba's own default theme is: `HIROBA_THEME_DIR`, or `themes/default` in the
    /// first folder above the executable that has one (a build inside the repository).
    public static func builtInDirectory(executable: String = CommandLine.arguments[0]) -> String? {
        if let dir = ProcessInfo.processInfo.environment["HIROBA_THEME_DIR"] { return dir }
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("themes/default")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("templates").path) { return candidate.path }
            url.deleteLastPathComponent()
        }
        return nil
    }
}

/// Files of one kind across theme folders, the first folder winning. A file that is a
/// link (or lies below a linked folder) leading outside its theme folder is reported and
/// never read.
enum ThemeFiles {
    /// Relative name → path, for files under `<dir>/<sub>/` ending with `ending`.
    static func collect(_ sub: String, in directories: [String], ending: String, problems: inout [Diagnostic]) -> [String: String] {
        var found: [String: String] = [:]
        for directory in directories {
            let base = "\(directory)/\(sub)"
            guard let walker = FileManager.default.enumerator(atPath: base) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = "\(base)/\(relative)"
                var isDir: ObjCBool = false
                guard relative.hasSuffix(ending), !(relative as NSString).lastPathComponent.hasPrefix("."),
                      found[relative] == nil, staysInside(path, directory, problems: &problems),
                      FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
                found[relative] = path
            }
        }
        return found
    }

    /// Whether `path`, with every link resolved, is inside `directory`; reported when not.
    static func staysInside(_ path: String, _ directory: String, problems: inout [Diagnostic]) -> Bool {
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if resolved.hasPrefix(root + "/") { return true }
        problems.append(Theme.themeError(path, Bilingual(
            ja: "`\(path)` はテーマフォルダーの外（`\(resolved)`）を指すリンクなので読みません。",
            en: "`\(path)` is a link to `\(resolved)`, outside the theme folder, so it is not read.")))
        return false
    }
}

/// Content-hashed asset names, so browsers can cache assets forever.
enum ContentHash {
    /// FNV-1a, 64 bits: not for security, only to change the name when the bytes change.
    static func hex(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `css/style.css` → `css/style.0123456789abcdef.css`
    static func name(_ name: String, bytes: [UInt8]) -> String {
        let hash = String(hex(bytes).prefix(10))
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return name + "." + hash }
        return name[..<dot] + "." + hash + name[dot...]
    }
}
