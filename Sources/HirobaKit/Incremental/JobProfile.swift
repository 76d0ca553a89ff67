import Foundation

/// With `HIROBA_TIMINGS` set, the slowest files of a rebuild on standard error: where an
/// incremental rebuild's time goes.
final class JobProfile: @unchecked Sendable {
    private let enabled = getenv("HIROBA_TIMINGS") != nil
    private var times: [(String, Double)] = []
    private let lock = NSLock()

    func time(_ path: String, _ work: () -> [UInt8]) -> [UInt8] {
        guard enabled else { return work() }
        let start = DecodeCache.wallClock()
        let bytes = work()
        let ms = Double(DecodeCache.wallClock() - start) / 1e6
        lock.withLock { times.append((path, ms)) }
        return bytes
    }

    func report() {
        guard enabled else { return }
        let sorted = lock.withLock { times.sorted { $0.1 > $1.1 } }
        var out = "[timing] serve: \(sorted.count) files rendered, \(Int(sorted.reduce(0) { $0 + $1.1 })) ms in all; slowest:\n"
        for (path, ms) in sorted.prefix(15) { out += "[timing]   \(Int(ms)) ms \(path)\n" }
        _ = out.withCString { write(2, $0, strlen($0)) }
    }
}
