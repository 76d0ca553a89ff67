import Diagnostics
import FlyingFox
import FlyingSocks
import Foundation
import HirobaKit

/// `hiroba serve`: the site built in memory, served over HTTP on an IPv4 address,
/// rebuilt when a watched file changes, with open pages told to reload.
public final class SiteServer: @unchecked Sendable {
    public struct Options: Sendable {
        public var site: IncrementalSite.Options
        public var host: String
        public var port: UInt16
        /// Folders whose changes start a rebuild (content and theme folders).
        public var watch: [String]

        public init(site: IncrementalSite.Options, host: String, port: UInt16, watch: [String]) {
            self.site = site
            self.host = host
            self.port = port
            self.watch = watch
        }
    }

    /// Why the server could not start.
    public enum StartError: Error {
        case addressInUse, badAddress, other(String)
    }

    public let options: Options
    public let site: IncrementalSite
    let hub = EventHub()
    private var server: HTTPServer?
    private var watcher: FileWatcher?
    /// What the open pages are told, replaced after each rebuild.
    private var served = ServeStatus(generation: 0, diagnostics: [])
    private let lock = NSLock()
    private let rebuilding = NSLock()
    private var queued = false, running = false
    /// Paths changed since the last rebuild started; nil when unknown (look at every file).
    private var changedPaths: Set<String>? = []
    /// Called after each rebuild started by a change (for the command's log).
    public var onRebuild: (@Sendable (IncrementalSite.Rebuild) -> Void)?
    /// Called when the files a rebuild left for later are all rendered: how many, in how
    /// many milliseconds.
    public var onPendingFinished: (@Sendable (Int, Double) -> Void)?

    public init(_ options: Options) {
        self.options = options
        site = IncrementalSite(options.site)
    }

    var status: ServeStatus { lock.withLock { served } }

    /// Rebuilds now, looking at every file, and tells the open pages; one rebuild at a time.
    @discardableResult
    public func rebuild() -> IncrementalSite.Rebuild { rebuild(trustingWatcher: false) }

    /// After an edit the pages open in browsers are rendered before they are told to
    /// reload, and the other files the edit changes right after, in the background (or
    /// when asked for first). `trustingWatcher`: read only the files the watcher reported.
    func rebuild(trustingWatcher: Bool) -> IncrementalSite.Rebuild {
        rebuilding.withLock {
            let before = self.status, hadSite = site.hasSite
            let changed = lock.withLock { () -> Set<String>? in
                defer { changedPaths = [] }
                return changedPaths
            }
            let result = site.rebuild(first: hadSite ? hub.openPages : nil, changed: hadSite && trustingWatcher ? changed : nil)
            var generation = before.generation
            if result.succeeded, !result.changedFiles.isEmpty || result.pending > 0 || !hadSite { generation += 1 }
            let after = ServeStatus(generation: generation, diagnostics: result.succeeded ? [] : result.diagnostics)
            lock.withLock { served = after }
            if generation != before.generation {
                hub.send(ServerEvent(name: "reload", data: after.json))
            } else if after != before {
                hub.send(ServerEvent(name: "status", data: after.json))
            }
            if result.pending > 0 {
                DispatchQueue.global().async { [self] in
                    let started = Date()
                    guard site.finishPending() else { return }
                    onPendingFinished?(result.pending, Date().timeIntervalSince(started) * 1000)
                    // A page rendered just now needed a UI string the table lacks: a rebuild reports it.
                    if site.hasMissingUIStrings { self.changed([]) }
                }
            }
            return result
        }
    }

    /// A rebuild soon; changes that come while one runs are handled by one more after it.
    /// `paths`: the files that changed, nil if unknown.
    func changed(_ paths: Set<String>?) {
        let start = lock.withLock { () -> Bool in
            if let paths, changedPaths != nil { changedPaths?.formUnion(paths) } else { changedPaths = nil }
            if running { queued = true; return false }
            running = true
            return true
        }
        guard start else { return }
        DispatchQueue.global().async { [self] in
            while true {
                let result = rebuild(trustingWatcher: true)
                onRebuild?(result)
                let again = lock.withLock { () -> Bool in
                    if queued { queued = false; return true }
                    running = false
                    return false
                }
                if !again { return }
            }
        }
    }

    /// Builds, starts listening and watching; returns once the server accepts connections.
    public func start() async throws(StartError) -> IncrementalSite.Rebuild {
        // Watching starts before the first build, so a file saved during it is not missed.
        let watcher = FileWatcher(roots: options.watch) { [weak self] in self?.changed($0) }
        watcher.start()
        self.watcher = watcher
        let first = rebuild()
        let address: sockaddr_in
        do {
            address = try sockaddr_in.inet(ip4: options.host, port: options.port)
        } catch {
            throw .badAddress
        }
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled, handler: SiteHandler(server: self))
        self.server = server
        let failure = FailureBox()
        Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        while !(await server.isListening) {
            if let error = failure.error {
                if case SocketError.failed(_, let code, _) = error, code == EADDRINUSE { throw .addressInUse }
                throw .other(String(describing: error))
            }
            try? await Task.sleep(nanoseconds: 5_000_000)
        }
        return first
    }

    /// The port actually listened on (useful with port 0).
    public var port: UInt16? {
        get async {
            guard let address = await server?.listeningAddress else { return nil }
            if case .ip4(_, let port) = address { return port }
            return nil
        }
    }

    public var watchMode: String { watcher?.mode.rawValue ?? "none" }

    /// Stops watching, ends the event streams and closes every connection.
    public func stop() async {
        watcher?.stop()
        hub.finishAll()
        await server?.stop(timeout: 1)
    }
}

/// The first error of a task, read from another.
final class FailureBox: @unchecked Sendable {
    private var stored: (any Error)?
    private let lock = NSLock()
    func set(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}
