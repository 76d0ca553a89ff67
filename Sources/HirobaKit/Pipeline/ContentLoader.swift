import Decoding
import Parsing
import Diagnostics
import Model
import Resolving

/// The pipeline up to one `Site`: load files → parse → decode and validate → resolve.
public enum ContentLoader {
    public struct Result: Sendable {
        /// nil when `site.yaml` could not be decoded.
        public var site: Site?
        public var report: CheckReport
        /// Slugs each item refers to (in its files in either language), by the item's slug;
        /// filled only when loading with a cache, for `hiroba serve`'s incremental rebuilds.
        public var links: [String: Set<String>] = [:]
    }

    /// `cache`: decoded files kept from the previous load (`hiroba serve`). `changed`: the
    /// only files that may have changed since then (from a file watcher), or nil.
    public static func load(_ options: CheckOptions, cache: DecodeCache? = nil, changed: Set<String>? = nil) -> Result {
        var timer = StageTimer()
        let display = DisplayPaths()
        let scanned: Scanned
        if let kept = cache?.inventory(of: options.contentDirectory, after: changed) {
            scanned = kept
        } else {
            scanned = Scanned(ContentScanner.scan(options.contentDirectory, display: display))
            cache?.remember(scanned, of: options.contentDirectory)
        }
        let inventory = scanned.inventory, work = scanned.work
        timer.lap("scan")
        var diagnostics = inventory.diagnostics
        var references: [Reference] = []

        func collect<T>(_ decoded: DecodedFile<T>) -> T? {
            diagnostics += decoded.diagnostics
            references += decoded.references
            return decoded.item
        }

        let settings = inventory.siteFile.flatMap { file in
            read(file.path, file.displayPath, into: &diagnostics).flatMap {
                collect(SiteFileDecoder.settings(source: $0, now: options.now, requireEnglish: options.requireEnglish))
            }
        }
        var taxonomies: [TaxonomyKind: Taxonomy] = [:]
        for file in inventory.taxonomyFiles {
            guard let source = read(file.path, file.displayPath, into: &diagnostics) else { continue }
            taxonomies[file.kind] = collect(SiteFileDecoder.taxonomy(file.kind, source: source, now: options.now, requireEnglish: options.requireEnglish))
        }

        // Items and their English bodies are decoded in one pass over all cores.
        diagnostics += scanned.strays
        let results: [FileResult], links: [String: Set<String>]
        if let cache {
            let decoded = cache.decodeAll(work, keys: scanned.keys, changed: changed) { decode($0, options: options) }
            timer.lap("decode")
            cache.patchedLastTime = false
            if let patched = patched(cache.lastLoad, decoded, work: work, head: diagnostics,
                                     settings: settings, taxonomies: taxonomies, inventory: inventory, options: options) {
                timer.lap("patch")
                cache.lastLoad = patched.last
                cache.patchedLastTime = true
                return patched.result
            }
            (results, links) = (decoded.results, decoded.links)
        } else {
            (results, links) = (work.parallelMap { decode($0, options: options) }, [:])
            timer.lap("decode")
        }
        let headCount = diagnostics.count
        var items: [LoadedItem] = []
        var english: [String: String] = [:]  // "folder/slug" → English body
        for (file, result) in zip(work, results) {
            switch (file, result) {
            case (.item(let f), .item(let decoded)):
                if let item = collect(decoded) { items.append(LoadedItem(kind: f.kind, slug: f.slug, file: f.displayPath, item: item)) }
            case (.translation(let f), .translation(let decoded)):
                if let body = collect(decoded) { english[f.key] = body }
            default:
                preconditionFailure("results are in the order of the work")
            }
        }
        items = attach(english, to: items, options: options, diagnostics: &diagnostics)

        let input = ResolverInput(settings: settings, taxonomies: taxonomies, items: items,
                                  references: references, assets: inventory.assets)
        let (site, resolveDiagnostics) = Resolver.resolve(input)
        diagnostics += resolveDiagnostics
        timer.lap("resolve")
        cache?.lastLoad = site.map { LastLoad(site: $0, diagnostics: Array(diagnostics[headCount...]), settings: settings, taxonomies: taxonomies) }
        return Result(site: site, report: CheckReport(diagnostics: diagnostics, fileCount: inventory.fileCount), links: links)
    }

    /// The files found, and the work of decoding them: each item file, then each English
    /// file that has its Japanese file (the others are reported as strays).
    struct Scanned {
        var inventory: ContentInventory
        var work: [FileWork]
        /// Each work's decode-cache key.
        var keys: [String]
        var strays: [Diagnostic]

        init(_ inventory: ContentInventory) {
            self.inventory = inventory
            let (paired, strays) = ContentLoader.pairTranslations(inventory)
            work = inventory.items.map { FileWork.item($0) } + paired.map { FileWork.translation($0) }
            keys = work.map(\.cacheKey)
            self.strays = strays.map(ContentLoader.strayTranslation)
        }
    }

    static func read(_ path: String, _ display: String, into diagnostics: inout [Diagnostic]) -> SourceFile? {
        let (source, problems) = FileReader.read(path, display: display)
        diagnostics += problems
        return source
    }

    enum FileWork: Sendable {
        case item(ContentInventory.ItemFile)
        case translation(ContentInventory.ItemFile)

        var file: ContentInventory.ItemFile {
            switch self { case .item(let f), .translation(let f): f }
        }
        var slug: String { file.slug }
        var path: String { file.path }
        /// The same path may be decoded as an item or as a translation depending on its name;
        /// settings that change decoding (`--now`, `--require-en`) are fixed for a cache's life.
        var cacheKey: String {
            switch self {
            case .item(let f): "item:\(f.kind.rawValue):\(f.isYAML):\(f.path)"
            case .translation(let f): "en:\(f.kind.rawValue):\(f.path)"
            }
        }
    }

    enum FileResult: Sendable {
        case item(DecodedFile<DecodedItem>)
        case translation(DecodedFile<String>)

        var references: [Reference] {
            switch self {
            case .item(let d): d.references
            case .translation(let d): d.references
            }
        }

        /// Items, terms' owners and facilities (for rooms) the file names.
        var referencedSlugs: Set<String> {
            var slugs: Set<String> = []
            for r in references {
                switch r.target {
                case .item, .anyItem: slugs.insert(r.slug)
                case .room(let facility): slugs.insert(facility)
                case .term, .asset: break
                }
            }
            return slugs
        }
    }

    static func decode(_ work: FileWork, options: CheckOptions) -> FileResult {
        switch work {
        case .item(let file):
            .item(decodeFile(file) { source in
                ItemFileDecoder.decode(file.kind, slug: file.slug, source: source, isYAML: file.isYAML,
                                       now: options.now, requireEnglish: options.requireEnglish)
            })
        case .translation(let file):
            .translation(decodeFile(file) { TranslationFileDecoder.decode(source: $0, now: options.now) })
        }
    }

    /// Reads a file and decodes it; problems reading it come first.
    static func decodeFile<T>(_ file: ContentInventory.ItemFile, _ decode: (SourceFile) -> DecodedFile<T>) -> DecodedFile<T> {
        let (source, problems) = FileReader.read(file.path, display: file.displayPath)
        guard let source else { return DecodedFile(item: nil, diagnostics: problems, references: []) }
        var decoded = decode(source)
        decoded.diagnostics.insert(contentsOf: problems, at: 0)
        return decoded
    }
}
