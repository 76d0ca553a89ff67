import Foundation
import HirobaKit
import Model

/// A copy of the repository's sample site (content and default theme) in a temporary
/// folder, to edit freely; file times are set an hour back so that only files a test
/// writes count as recently changed.
final class EditableSite {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var theme: URL { root.appendingPathComponent("themes/default") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hiroba-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("content"), to: content)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("themes/default"), to: theme)
        let past = Date().addingTimeInterval(-3600)
        for folder in [content, theme] {
            let walker = FileManager.default.enumerator(atPath: folder.path)
            while let relative = walker?.nextObject() as? String {
                try? FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: folder.appendingPathComponent(relative).path)
            }
        }
    }

    /// The theme under the site's own: the repository's, unless a test wants the copy alone.
    var builtInTheme = BuiltSite.theme

    var check: CheckOptions { CheckOptions(contentDirectory: content.path, now: testNow, requireEnglish: false) }

    /// Incremental options: the copied theme is the site's own, over the repository's.
    func incremental(baseURL: String? = nil) -> IncrementalSite.Options {
        IncrementalSite.Options(check: check, baseURL: baseURL, builtInTheme: builtInTheme)
    }

    /// What `hiroba build` writes for the content as it is now, or nil when it fails.
    func fullBuild(baseURL: String? = nil) -> [String: [UInt8]]? {
        let out = root.appendingPathComponent("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = SiteBuilder.build(SiteBuilder.Options(check: check, outputDirectory: out.path, baseURL: baseURL,
                                                           builtInTheme: builtInTheme))
        guard result.report.errorCount == 0 else { return nil }
        var files: [String: [UInt8]] = [:]
        let walker = FileManager.default.enumerator(atPath: out.path)
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = out.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
               let data = FileManager.default.contents(atPath: path) {
                files[relative] = [UInt8](data)
            }
        }
        return files
    }

    func read(_ relative: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
    }

    /// Absolute paths written, moved or removed since `takeTouched()` last ran: what a
    /// file watcher would report.
    private var touched: Set<String> = []

    func takeTouched() -> Set<String> {
        defer { touched = [] }
        return touched
    }

    func write(_ relative: String, _ text: String) {
        let url = root.appendingPathComponent(relative)
        touched.insert(url.path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url)
    }

    func move(_ from: String, _ to: String) {
        touched.formUnion([root.appendingPathComponent(from).path, root.appendingPathComponent(to).path])
        try? FileManager.default.moveItem(at: root.appendingPathComponent(from), to: root.appendingPathComponent(to))
    }

    func remove(_ relative: String) {
        touched.insert(root.appendingPathComponent(relative).path)
        try? FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    /// Item files (not translations), as `content/<folder>/<name>`.
    func itemFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(folder).path)) ?? [])
            .filter { ($0.hasSuffix(".md") || $0.hasSuffix(".yaml")) && !$0.hasSuffix(".en.md") && !$0.hasPrefix("_") }
            .sorted().map { "content/\(folder)/\($0)" }
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}

/// The first few paths where two sites differ, for a readable failure.
func differences(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) -> [String] {
    Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }.prefix(8).map { path in
        a[path] == nil ? "only in full build: \(path)" : b[path] == nil ? "only incremental: \(path)" : "differs: \(path)"
    }
}
