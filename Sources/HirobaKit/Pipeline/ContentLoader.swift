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

        let decodedItems = inventory.items.parallelMap { file in
            decodeItem(file, options: options)
        }
        timer.lap("decode items")
        var items: [LoadedItem] = []
        for (file, decoded) in zip(inventory.items, decodedItems) {
            if let item = collect(decoded) {
                items.append(LoadedItem(kind: file.kind, slug: file.slug, file: file.displayPath, item: item))
            }
        }
        items = attachTranslations(inventory, to: items, options: options, diagnostics: &diagnostics, references: &references)
        timer.lap("translations")

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

    static func decodeItem(_ file: ContentInventory.ItemFile, options: CheckOptions) -> DecodedFile<DecodedItem> {
        let (source, problems) = FileReader.read(file.path, display: file.displayPath)
        guard let source else { return DecodedFile(item: nil, diagnostics: problems, references: []) }
        var decoded = ItemFileDecoder.decode(file.kind, slug: file.slug, source: source, isYAML: file.isYAML,
                                             now: options.now, requireEnglish: options.requireEnglish)
        decoded.diagnostics.insert(contentsOf: problems, at: 0)
        return decoded
    }
}
