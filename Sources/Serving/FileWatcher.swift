import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells when anything under some folders changes, and which paths: inotify on Linux,
/// else (or with `HIROBA_WATCH=poll`) a walk of the folders every 300 ms comparing sizes
/// and times. The paths let a rebuild read only those files; nil means "anything may
/// have changed" (inotify's queue overflowed), and the rebuild then looks at every file.
final class FileWatcher: @unchecked Sendable {
    enum Mode: String { case inotify, polling }

    private let roots: [String]
    private let onChange: @Sendable (Set<String>?) -> Void
    private let stopped = NSLock()
    private var isStopped = false
    private(set) var mode: Mode = .polling

    init(roots: [String], onChange: @escaping @Sendable (Set<String>?) -> Void) {
        self.roots = roots
        self.onChange = onChange
    }

    func start(preferPolling: Bool = ProcessInfo.processInfo.environment["HIROBA_WATCH"] == "poll") {
        #if os(Linux)
        if !preferPolling, let inotify = InotifyWatch(roots: roots) {
            mode = .inotify
            // The thread holds the watcher until it stops; the watcher does not hold the thread.
            Thread { [self] in
                while !shouldStop {
                    switch inotify.wait(milliseconds: 200) {
                    case .none: continue
                    case .some(.files(let paths)): onChange(paths)
                    case .some(.anything): onChange(nil)
                    }
                }
                inotify.close()
            }.start()
            return
        }
        #endif
        mode = .polling
        Thread { [self] in
            var previous = PolledTree.take(roots)
            while !shouldStop {
                usleep(300_000)
                let current = PolledTree.take(roots)
                if current != previous {
                    let paths = Set(current.keys).union(previous.keys).filter { current[$0] != previous[$0] }
                    previous = current
                    onChange(paths)
                }
            }
        }.start()
    }

    func stop() { stopped.withLock { isStopped = true } }

    private var shouldStop: Bool { stopped.withLock { isStopped } }
}

/// Sizes and times of every file under some folders.
enum PolledTree {
    static func take(_ roots: [String]) -> [String: [Int]] {
        var tree: [String: [Int]] = [:]
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = "\(root)/\(relative)"
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                tree[path] = [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ino)]
            }
        }
        return tree
    }
}

#if os(Linux)
/// inotify watches on a folder tree; folders created later are watched as they appear.
// Used by the watcher thread only.
final class InotifyWatch: @unchecked Sendable {
    private let fd: Int32
    private var folders: [Int32: String] = [:]
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                                     | IN_DELETE_SELF | IN_MOVE_SELF)

    init?(roots: [String]) {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { return nil }
        for root in roots { add(tree: root) }
        if folders.isEmpty { Glibc.close(fd); return nil }
    }

    private func add(tree path: String) {
        let wd = inotify_add_watch(fd, path, InotifyWatch.mask)
        guard wd >= 0 else { return }
        folders[wd] = path
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            var isDirectory: ObjCBool = false
            let child = "\(path)/\(entry)"
            if FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue { add(tree: child) }
        }
    }

    /// What changed: these paths, or anything (the kernel's queue overflowed).
    enum Changes { case files(Set<String>), anything }

    /// Waits up to `milliseconds` for changes; nil when there were none. Events that
    /// arrive together (an editor's save: write a temporary file, rename it) count once.
    func wait(milliseconds: Int32) -> Changes? {
        var paths: Set<String> = [], anything = false, changed = false
        var timeout = milliseconds
        while true {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, timeout) > 0 else { break }
            drain(into: &paths, anything: &anything)
            changed = true
            timeout = 5
        }
        guard changed else { return nil }
        return anything ? .anything : .files(paths)
    }

    private func drain(into paths: inout Set<String>, anything: inout Bool) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.load(fromByteOffset: offset, as: Int32.self), raw.load(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                if let folder = folders[wd], !nameBytes.isEmpty {
                    paths.insert(folder + "/" + String(decoding: nameBytes, as: UTF8.self))
                } else if mask & UInt32(IN_IGNORED) == 0 {
                    anything = true  // an overflow, or a watched folder itself moved or deleted
                }
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let parent = folders[wd] {
                    add(tree: parent + "/" + String(decoding: nameBytes, as: UTF8.self))
                }
                if mask & UInt32(IN_IGNORED) != 0 { folders[wd] = nil }
                offset += 16 + length
            }
        }
    }

    func close() { Glibc.close(fd) }
}
#endif
