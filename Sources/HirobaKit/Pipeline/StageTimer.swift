#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints how long each pipeline stage took to standard error when `HIROBA_TIMINGS` is
/// set: a cheap profile for benchmarks, silent otherwise.
struct StageTimer {
    private let enabled = getenv("HIROBA_TIMINGS") != nil
    private var last = StageTimer.now()

    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = StageTimer.now()
        let line = "[timing] \(stage): \(Int((now - last) * 1000)) ms\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
        last = now
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
