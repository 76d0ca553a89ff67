import Dispatch

/// Result slots filled concurrently; each index is written by exactly one iteration.
private final class Slots<T>: @unchecked Sendable {
    var values: [T?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
}

/// Lives here, in the module every stage imports, so that loading, rendering and writing
/// share one way of spreading work over the cores.
extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            slots.values.withUnsafeMutableBufferPointer { output in
                nonisolated(unsafe) let output = output
                DispatchQueue.concurrentPerform(iterations: input.count) { i in
                    output[i] = transform(input[i])
                }
            }
        }
        return slots.values.map { $0! }
    }
}

/// Two pieces of work side by side; returns both results.
public func concurrently<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    let first = Slots<A>(count: 1), second = Slots<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { first.values[0] = a() } else { second.values[0] = b() }
    }
    return (first.values[0]!, second.values[0]!)
}
