#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif
import CSystem
import Diagnostics

/// Writes the site so that readers never see a half-written one: everything goes into a
/// new folder beside the output folder, which then takes the old one's place in a single
/// `rename`. A build that fails or is killed leaves the last good output untouched (and
/// at worst a `.hiroba-tmp-*` folder, removed by the next build).
public enum OutputWriter {
    public struct Failure: Error, CustomStringConvertible {
        public let message: Bilingual
        public var description: String { message.en }
    }

    /// Writes `files` (relative path → bytes) as the new content of `output`.
    public static func write(_ files: [(path: String, bytes: [UInt8])], to output: String) throws(Failure) {
        let staging = try Staging(output: output)
        do {
            for file in files { try staging.write(file.path, file.bytes) }
            try staging.commit()
        } catch {
            staging.abandon()
            throw error
        }
    }

    /// A new output folder being filled, beside the real one. Files can be written from
    /// several threads while the site is still rendering; `commit` then puts the folder in
    /// place, and `abandon` removes it, leaving the last good output as it was.
    public final class Staging: @unchecked Sendable {
        let target: String
        let path: String
        /// Folders already made, so each is made once, not once per file.
        private var directories: Set<String> = []
        private var lock = pthread_mutex_t()

        public init(output: String) throws(Failure) {
            target = output.hasSuffix("/") ? String(output.dropLast()) : output
            let parent = target.contains("/") ? String(target[..<target.lastIndex(of: "/")!]) : "."
            let name = target.split(separator: "/").last.map(String.init) ?? target
            try makeDirectories(parent.isEmpty ? "/" : parent)
            removeLeftovers(in: parent.isEmpty ? "/" : parent, name: name)
            path = "\(parent)/.\(name).hiroba-tmp-\(getpid())"
            try? removeTree(path)
            try makeDirectories(path)
            pthread_mutex_init(&lock, nil)
        }

        deinit { pthread_mutex_destroy(&lock) }

        public func write(_ relative: String, _ bytes: [UInt8]) throws(Failure) {
            guard SafePath.isSafe(relative) else {
                throw Failure(message: Bilingual(ja: "出力先として安全でないパスです: \(relative)", en: "unsafe output path: \(relative)"))
            }
            let file = path + "/" + relative
            try makeFolder(String(file[..<file.lastIndex(of: "/")!]))
            try writeFile(file, bytes)
        }

        public func commit() throws(Failure) { try swap(path, into: target) }

        public func abandon() { try? removeTree(path) }

        private func makeFolder(_ folder: String) throws(Failure) {
            pthread_mutex_lock(&lock)
            defer { pthread_mutex_unlock(&lock) }
            guard !directories.contains(folder) else { return }
            try makeDirectories(folder)
            directories.insert(folder)
        }
    }

    /// Puts `staging` at `target`. With an existing target the two are exchanged
    /// atomically (Linux `renameat2`), then the old site, now at `staging`, is removed.
    static func swap(_ staging: String, into target: String) throws(Failure) {
        var info = stat()
        if lstat(target, &info) != 0 {
            guard rename(staging, target) == 0 else { throw failure("rename", target) }
            return
        }
        if hiroba_exchange_paths(staging, target) == 0 {
            try? removeTree(staging)
            return
        }
        // No atomic exchange: the old output is moved aside first, so a crash here leaves
        // it complete under its `-old` name.
        let old = staging + "-old"
        guard rename(target, old) == 0 else { throw failure("rename", target) }
        guard rename(staging, target) == 0 else { throw failure("rename", staging) }
        try? removeTree(old)
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("open", path) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw failure("write", path) }
            offset += n
        }
    }

    static func makeDirectories(_ path: String) throws(Failure) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST { throw failure("mkdir", current) }
        }
    }

    /// Staging folders of builds that were killed.
    static func removeLeftovers(in parent: String, name: String) {
        guard let dir = opendir(parent) else { return }
        var leftovers: [String] = []
        while let entry = readdir(dir) {
            let entryName = String(cString: hiroba_dirent_name(entry))
            if entryName.hasPrefix(".\(name).hiroba-tmp-") { leftovers.append(parent + "/" + entryName) }
        }
        closedir(dir)
        for path in leftovers { try? removeTree(path) }
    }

    static func removeTree(_ path: String) throws(Failure) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            if let dir = opendir(path) {
                var children: [String] = []
                while let entry = readdir(dir) {
                    let child = String(cString: hiroba_dirent_name(entry))
                    if child != ".", child != ".." { children.append(path + "/" + child) }
                }
                closedir(dir)
                for child in children { try removeTree(child) }
            }
            guard rmdir(path) == 0 else { throw failure("rmdir", path) }
        } else {
            guard unlink(path) == 0 else { throw failure("unlink", path) }
        }
    }

    static func failure(_ operation: String, _ path: String) -> Failure {
        let reason = String(cString: strerror(errno))
        return Failure(message: Bilingual(ja: "\(path) を書き込めません（\(operation): \(reason)）。",
                                          en: "cannot write \(path) (\(operation): \(reason))."))
    }
}

/// Output paths come from slugs and theme file names: never absolute, never `..`.
enum SafePath {
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
