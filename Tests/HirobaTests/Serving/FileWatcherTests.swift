import Foundation
@testable import Serving
import Testing

/// The watcher names the files that changed, so a rebuild reads only those.
@Suite("hiroba serve: the file watcher", .serialized)
struct FileWatcherTests {
    final class Reports: @unchecked Sendable {
        private var paths: [Set<String>?] = []
        private let lock = NSLock()
        func add(_ p: Set<String>?) { lock.withLock { paths.append(p) } }
        /// Every path reported so far; nil if some report said "anything".
        var all: Set<String>? {
            lock.withLock {
                var union: Set<String> = []
                for report in paths {
                    guard let report else { return nil }
                    union.formUnion(report)
                }
                return union
            }
        }
    }

    @Test(arguments: [false, true])
    func reportsTheChangedPaths(polling: Bool) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hiroba-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/events", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("a".utf8).write(to: URL(fileURLWithPath: root + "/events/old.md"))
        let reports = Reports()
        let watcher = FileWatcher(roots: [root]) { reports.add($0) }
        watcher.start(preferPolling: polling)
        defer { watcher.stop() }
        #expect(watcher.mode == (polling ? .polling : .inotify))
        try await Task.sleep(nanoseconds: 400_000_000)

        try Data("b".utf8).write(to: URL(fileURLWithPath: root + "/events/new.md"))
        try Data("changed".utf8).write(to: URL(fileURLWithPath: root + "/events/old.md"))
        for _ in 0..<50 where !(reports.all ?? []).isSuperset(of: [root + "/events/new.md", root + "/events/old.md"]) {
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        let seen = try #require(reports.all)
        #expect(seen.isSuperset(of: [root + "/events/new.md", root + "/events/old.md"]), "\(seen)")
        // Polling also names the folder whose entries changed.
        #expect(seen.allSatisfy { $0.hasPrefix(root + "/events") }, "\(seen)")
    }
}
