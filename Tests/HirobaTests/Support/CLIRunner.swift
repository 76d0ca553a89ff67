import Foundation

/// Runs the built `hiroba` executable as contributors and CI do, and copies fixture sites
/// to temporary folders for tests that change them.
enum CLI {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
        /// The lines of standard output, without the empty ones.
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// `Tests/HirobaTests/Fixtures/sites`.
    static let sites = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sites")

    /// The package root.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `hiroba` executable of the same build as these tests. SwiftPM puts executables
    /// and the test bundle in one products folder (`.build/debug`, or `<scratch>/debug`
    /// with `--scratch-path`), so it is looked for beside the test bundle first:
    /// `HIROBA_BIN` if set; beside the `.xctest` bundle (macOS, where the runner is
    /// Xcode's `xctest`); beside the running executable or one of its folders (Linux,
    /// where the bundle is the executable); finally `.build/debug/hiroba` of the package.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["HIROBA_BIN"], !path.isEmpty {
            candidates.append(URL(fileURLWithPath: path))
        }
        let testBundles = [Bundle(for: SiteCopy.self)] + Bundle.allBundles
        for bundle in testBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("hiroba"))
        }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while dir.pathComponents.count > 1 {
            candidates.append(dir.appendingPathComponent("hiroba"))
            dir.deleteLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("hiroba"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/hiroba"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && FileManager.default.isExecutableFile(atPath: url.path)
        }
    }()

    struct BinaryNotFound: Error, CustomStringConvertible {
        var description: String {
            "the hiroba executable was not found beside the test bundle: run `swift build --build-tests` (or set HIROBA_BIN)"
        }
    }

    /// Runs `hiroba` with `LANG=C` (messages in both languages) and nothing else from the
    /// environment unless `environment` says so, but the sanitizer settings (a build with
    /// `-sanitize=address`, see docs/fuzzing.md). Standard error goes to a file, so a long
    /// report on both streams cannot fill a pipe and block the child.
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws -> Output {
        guard let binary else { throw BinaryNotFound() }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let sanitizer = ProcessInfo.processInfo.environment.filter { ["ASAN_OPTIONS", "LSAN_OPTIONS"].contains($0.key) }
        process.environment = ["LANG": "C", "PATH": "/usr/bin:/bin"].merging(sanitizer) { $1 }.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("hiroba-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let stderr = try Data(contentsOf: errorFile)
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A copy of a fixture site in a temporary folder, removed when the test ends.
final class SiteCopy {
    let url: URL

    init(of site: String, changing files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("hiroba-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CLI.sites.appendingPathComponent(site), to: url)
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    var path: String { url.path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
