import Foundation

/// Decoded item files kept between rebuilds of `hiroba serve`, so that only files that
/// changed are read and parsed again.
///
/// A file is taken from the cache when its size, modification and change times and
/// inode are as they were. File times may be coarse (a few milliseconds), so a file
/// modified within two seconds of when it was read could change again without its times
/// changing: such a file is always decoded again (as Git does with "racily clean" files).
///
/// When the caller knows which files changed (a file watcher's reports), the other files
/// are taken from the cache without looking at them, and the folders are not walked
/// again unless a file came or went.
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
    /// The files of the last load, and its folder.
    private var inventory: (directory: String, files: ContentLoader.Scanned, paths: Set<String>)?
    /// During a load: the only files that may have changed, when known.
    private var changed: Set<String>?
    /// The last load's results in the order of its work, the slugs each item's files
    /// name, and where each slug's files are in the work.
    private var previous: (keys: [String], results: [ContentLoader.FileResult], links: [String: Set<String>], bySlug: [String: [Int]])?
    /// Files decoded (not taken from the cache) by the last load; for tests and timings.
    public private(set) var decodedLastTime = 0
    /// The last load's site and diagnostics, which a load that changes only some items'
    /// contents patches (`ContentLoader.patched`).
    var lastLoad: ContentLoader.LastLoad?
    /// Whether the last load patched the one before instead of resolving every item.
    public internal(set) var patchedLastTime = false

    public init() {}

    static let racyWindow: Int64 = 2_000_000_000

    func result(for key: String, path: String, decode: () -> ContentLoader.FileResult) -> ContentLoader.FileResult {
        if let changed, !changed.contains(path), let entry = lock.withLock({ entries[key] }) { return entry.result }
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

    /// Decodes the files of a load (on all cores) and gathers the slugs each item names.
    /// When only some files may have changed and the files are those of the last load, the
    /// others' results are taken as they were, without a look at them.
    func decodeAll(_ work: [ContentLoader.FileWork], keys: [String], changed: Set<String>?,
                   decode: @Sendable (ContentLoader.FileWork) -> ContentLoader.FileResult) -> DecodedWork {
        if let changed, let previous, previous.keys == keys {
            lock.withLock {
                decodedLastTime = 0
                self.changed = changed
            }
            var results = previous.results, links = previous.links, slugs: Set<String> = []
            var replaced: [(index: Int, old: ContentLoader.FileResult)] = []
            for (i, file) in work.enumerated() where changed.contains(file.path) {
                replaced.append((i, results[i]))
                results[i] = result(for: keys[i], path: file.path) { decode(file) }
                slugs.insert(file.slug)
            }
            for slug in slugs {
                links[slug] = (previous.bySlug[slug] ?? []).reduce(into: Set<String>()) { $0.formUnion(results[$1].referencedSlugs) }
            }
            self.previous = (keys, results, links, previous.bySlug)
            return DecodedWork(results: results, links: links, replaced: replaced, bySlug: previous.bySlug)
        }
        begin(keeping: Set(keys), changed: changed)
        let results = Array(work.indices).parallelMap { i in result(for: keys[i], path: work[i].path) { decode(work[i]) } }
        var links: [String: Set<String>] = [:], bySlug: [String: [Int]] = [:]
        for (i, file) in work.enumerated() {
            links[file.slug, default: []].formUnion(results[i].referencedSlugs)
            bySlug[file.slug, default: []].append(i)
        }
        previous = (keys, results, links, bySlug)
        return DecodedWork(results: results, links: links, replaced: nil, bySlug: bySlug)
    }

    /// What a load decoded: each file's result in work order, the slugs each item names,
    /// and, when only some files were looked at, those files' indices with their results
    /// from the load before.
    struct DecodedWork {
        var results: [ContentLoader.FileResult]
        var links: [String: Set<String>]
        var replaced: [(index: Int, old: ContentLoader.FileResult)]?
        /// Slug → indices of its files in the work.
        var bySlug: [String: [Int]]
    }

    /// Starts a load: forgets files that are gone, resets the count. `changed`: the only
    /// files that may have changed since the last load, or nil to look at every file.
    func begin(keeping keys: Set<String>, changed: Set<String>?) {
        lock.withLock {
            decodedLastTime = 0
            self.changed = changed
            if entries.count != keys.count || !entries.keys.allSatisfy(keys.contains) {
                entries = entries.filter { keys.contains($0.key) }
            }
        }
    }

    /// The files of the last load of `directory`, if `changed` are only edits of files it
    /// had (no file came or went), so the folders need not be walked again.
    func inventory(of directory: String, after changed: Set<String>?) -> ContentLoader.Scanned? {
        guard let changed, let inventory, inventory.directory == directory else { return nil }
        for path in changed where !ContentScanner.isIgnored(path.split(separator: "/").last ?? "") {
            guard inventory.paths.contains(path), FileSystem.statKind(path, follow: false) == .file else { return nil }
        }
        return inventory.files
    }

    func remember(_ scanned: ContentLoader.Scanned, of directory: String) {
        let files = scanned.inventory
        var paths = Set(files.items.map(\.path) + files.translations.map(\.path) + files.taxonomyFiles.map(\.path))
        if let site = files.siteFile { paths.insert(site.path) }
        inventory = (directory, scanned, paths)
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
