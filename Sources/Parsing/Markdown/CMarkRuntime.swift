import CMarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide cmark-gfm set-up.
///
/// cmark-gfm 0.29's extension registry is global and not thread-safe to initialise, and
/// its inline parser keeps the table of special characters (`~` for strikethrough, `:`
/// for autolinks, …) in a global array that every parser *with extensions* adds to and
/// removes from while parsing. So: registration happens once (a `static let` is
/// initialised atomically); parses with extensions hold the lock exclusively; parses
/// without extensions (finding links while checking) only read that table and share the
/// lock, so they run in parallel with each other but never beside a writer.
enum CMarkRuntime {
    /// The GFM extensions every rendered document is parsed with.
    static let extensionNames = ["table", "autolink", "tasklist", "strikethrough"]

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let lock = ReadWriteLock()

    /// Runs `body` with the extensions registered and the special-character table stable:
    /// exclusively when `withExtensions`, shared otherwise.
    static func withParseLock<T>(withExtensions: Bool = true, _ body: () -> T) -> T {
        precondition(registered)
        return withExtensions ? lock.writing(body) : lock.reading(body)
    }
}

/// A POSIX read-write lock.
final class ReadWriteLock: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    init() {
        lock = .allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    func reading<T>(_ body: () -> T) -> T {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return body()
    }

    func writing<T>(_ body: () -> T) -> T {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return body()
    }
}
