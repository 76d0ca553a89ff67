import Diagnostics

/// The search index of every language, one bundle per language: the number of shards
/// depends on the index, so a language's files are known only once its index is built.
enum SearchIndexJobs {
    static func bundles(_ contexts: [RenderContext]) -> [RenderBundle] {
        contexts.map { c in
            let folder = String(c.routes.searchIndex(c.language).dropFirst(c.routes.basePath.count))
            return RenderBundle(folder: folder) { cancelled in
                let docs = c.searchDocuments()
                return cancelled() ? [] : SearchIndexWriter().files(docs, folder: folder, cancelled: cancelled)
            }
        }
    }
}
