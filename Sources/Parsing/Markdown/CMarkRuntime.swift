import CMarkGFM
import Foundation

/// Process-wide cmark-gfm set-up.
///
/// cmark-gfm 0.29's extension registry is global and not thread-safe to initialise, and
/// its inline parser keeps the table of special characters (`~` for strikethrough, `:`
/// for autolinks, …) in a global array that every parser adds to and removes from while
/// parsing. Registration therefore happens once (a `static let` is initialised
/// atomically) and parsing is serialised with a lock. Rendering and tree walks work on a
/// document's own nodes and run in parallel.
enum CMarkRuntime {
    /// The GFM extensions every document is parsed with.
    static let extensionNames = ["table", "autolink", "tasklist", "strikethrough"]

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let parseLock = NSLock()

    /// Runs `body` with the extensions registered and no other parse in progress.
    static func withParseLock<T>(_ body: () -> T) -> T {
        precondition(registered)
        parseLock.lock()
        defer { parseLock.unlock() }
        return body()
    }
}
