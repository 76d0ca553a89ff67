import CSystem
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The few file-system calls loading needs, on POSIX directly: Foundation's FileManager
/// costs more than parsing for a folder of 10,000 small files.
enum FileSystem {
    enum EntryKind {
        case file
        case directory
        case symlink
        case other
    }

    /// Names in a folder with their kinds, sorted; nil when it cannot be opened.
    static func entries(of path: String) -> [(name: String, kind: EntryKind)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var result: [(String, EntryKind)] = []
        while let entry = readdir(dir) {
            let name = String(cString: hiroba_dirent_name(entry))
            if name == "." || name == ".." { continue }
            result.append((name, kind(entry.pointee.d_type, path: path + "/" + name)))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    private static func kind(_ type: UInt8, path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_REG): .file
        case Int32(DT_DIR): .directory
        case Int32(DT_LNK): .symlink
        case Int32(DT_UNKNOWN): statKind(path, follow: false)
        default: .other
        }
    }

    /// The kind of what `path` names (following links when asked).
    static func statKind(_ path: String, follow: Bool) -> EntryKind {
        var info = stat()
        guard (follow ? stat(path, &info) : lstat(path, &info)) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The absolute path with every link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What a symbolic link contains (its target as written), or nil when `path` is not a link.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buffer, 4096)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    enum ReadResult {
        case bytes([UInt8])
        case tooLarge(Int)
        case failed
    }

    /// Reads a whole file, unless it is larger than `limit` bytes (checked before reading).
    static func read(_ path: String, limit: Int) -> ReadResult {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failed }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failed }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let n = bytes.withUnsafeMutableBytes { buffer in
                systemRead(fd, buffer.baseAddress! + offset, size - offset)
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            offset += n
        }
        return offset == size ? .bytes(bytes) : .failed
    }
}
