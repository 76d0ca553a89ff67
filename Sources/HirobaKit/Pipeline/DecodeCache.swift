import Foundation

/// Decoded item files kept between rebuilds of `hiroba serve`, so that only files that
/// changed are read and parsed again.
///
/// A file is taken from the cache when its size, modification and change times and
/// inode are as they were. File times may be coarse (a few milliseconds), so a file
/// modified within two seconds of when it was read could change again without its times
/// changing: such a file is always decoded again (as Git does with "racily clean" files).
public final class DecodeCache: @unchecked Sendable {
    struct Signature: Hashable {
        var size: Int64, modified: Int64, changed: Int64, inode: UInt64
    }

    private struct Entry {
        var signature: Signature
        var readAt: Int64
        var result: ContentLoader.FileResult
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()
    /// Files decoded (not taken from the cache) by the last load; for tests and timings.
    public private(set) var decodedLastTime = 0

    public init() {}

    static let racyWindow: Int64 = 2_000_000_000

    func result(for key: String, path: String, decode: () -> ContentLoader.FileResult) -> ContentLoader.FileResult {
        let signature = DecodeCache.signature(path)
        if let signature, let entry = lock.withLock({ entries[key] }), entry.signature == signature,
           entry.readAt - signature.modified > DecodeCache.racyWindow {
            return entry.result
        }
        let readAt = DecodeCache.wallClock()
        let result = decode()
        lock.withLock {
            decodedLastTime += 1
            if let signature { entries[key] = Entry(signature: signature, readAt: readAt, result: result) } else { entries[key] = nil }
        }
        return result
    }

    /// Starts a load: forgets files that are gone, resets the count.
    func begin(keeping keys: Set<String>) {
        lock.withLock {
            decodedLastTime = 0
            entries = entries.filter { keys.contains($0.key) }
        }
    }

    static func signature(_ path: String) -> Signature? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Signature(
            size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
            inode: UInt64(info.st_ino))
    }

    static func wallClock() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}
