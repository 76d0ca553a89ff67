import Foundation

/// The browsers listening on `/__hiroba/events`, and the events sent to all of them.
final class EventHub: @unchecked Sendable {
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    /// The output files of the page each listener shows (`events/x/index.html`).
    private var pages: [UUID: [String]] = [:]
    private let lock = NSLock()

    /// A new listener's stream, starting with `first`. `pageFiles`: the output files the
    /// listening page may be, rendered first after an edit. A listener that went away
    /// holds at most a few unsent events until the next send finds it terminated.
    func subscribe(first: ServerEvent, pageFiles: [String] = []) -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            self.lock.withLock {
                self.listeners[id] = nil
                self.pages[id] = nil
            }
        }
        continuation.yield(first.bytes)
        lock.withLock {
            listeners[id] = continuation
            pages[id] = pageFiles
        }
        return stream
    }

    /// The output files of the pages open in browsers.
    var openPages: Set<String> { lock.withLock { Set(pages.values.joined()) } }

    func send(_ event: ServerEvent) {
        let bytes = event.bytes
        for continuation in lock.withLock({ Array(listeners.values) }) {
            if case .terminated = continuation.yield(bytes) { continue }
        }
    }

    var count: Int { lock.withLock { listeners.count } }

    /// Ends every stream, so each response ends and its connection can close.
    func finishAll() {
        for continuation in lock.withLock({ Array(listeners.values) }) { continuation.finish() }
        lock.withLock {
            listeners.removeAll()
            pages.removeAll()
        }
    }
}
