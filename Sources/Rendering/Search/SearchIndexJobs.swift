import Diagnostics

/// The search index of every language as output files. The number of shards depends on
/// the index, so each language's index is built here, the languages side by side, before
/// the pages are rendered.
enum SearchIndexJobs {
    static func jobs(_ contexts: [RenderContext]) -> [RenderJob] {
        let indexes = contexts.parallelMap { c in
            let folder = String(c.routes.searchIndex(c.language).dropFirst(c.routes.basePath.count))
            return SearchIndexWriter().files(c.searchDocuments(), folder: folder)
        }
        return indexes.flatMap { files in files.map { file in RenderJob(path: file.path) { file.bytes } } }
    }
}
