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
    }

    public static func load(_ options: CheckOptions) -> Result {
        var timer = StageTimer()
        let display = DisplayPaths()
        let inventory = ContentScanner.scan(options.contentDirectory, display: display)
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
        let (paired, strays) = pairTranslations(inventory)
        diagnostics += strays.map(strayTranslation)
        let work = inventory.items.map { FileWork.item($0) } + paired.map { FileWork.translation($0) }
        let results = work.parallelMap { decode($0, options: options) }
        timer.lap("decode")
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
        return Result(site: site, report: CheckReport(diagnostics: diagnostics, fileCount: inventory.fileCount))
    }

    static func read(_ path: String, _ display: String, into diagnostics: inout [Diagnostic]) -> SourceFile? {
        let (source, problems) = FileReader.read(path, display: display)
        diagnostics += problems
        return source
    }

    enum FileWork: Sendable {
        case item(ContentInventory.ItemFile)
        case translation(ContentInventory.ItemFile)
    }

    enum FileResult: Sendable {
        case item(DecodedFile<DecodedItem>)
        case translation(DecodedFile<String>)
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
