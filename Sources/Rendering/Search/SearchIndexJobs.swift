import Dispatch
import Foundation

/// The search index of every language as output files. The number of shards depends on
/// the index, so each language's index is built here, the languages side by side, before
/// the pages are rendered.
enum SearchIndexJobs {
    static func jobs(_ contexts: [RenderContext]) -> [RenderJob] {
        let slots = ResultSlots(count: contexts.count)
        DispatchQueue.concurrentPerform(iterations: contexts.count) { i in
            let c = contexts[i]
            let folder = String(c.routes.searchIndex(c.language).dropFirst(c.routes.basePath.count))
            slots.set(i, SearchIndexWriter().files(c.searchDocuments(), folder: folder))
        }
        return slots.all.flatMap { files in files.map { file in RenderJob(path: file.path) { file.bytes } } }
    }
}

/// One slot per language, each written by one iteration only.
private final class ResultSlots: @unchecked Sendable {
    private var values: [[(path: String, bytes: [UInt8])]]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [(path: String, bytes: [UInt8])]) { lock.withLock { values[i] = value } }
    var all: [[(path: String, bytes: [UInt8])]] { lock.withLock { values } }
}
