import Decoding
import Model

/// A decoded item with the file it came from.
public struct LoadedItem: Sendable {
    public var kind: ItemKind
    public var slug: String
    /// Display path of the canonical file.
    public var file: String
    public var item: DecodedItem

    public init(kind: ItemKind, slug: String, file: String, item: DecodedItem) {
        self.kind = kind
        self.slug = slug
        self.file = file
        self.item = item
    }
}

/// Everything the resolving stage needs: the decoded files and what they refer to.
public struct ResolverInput: Sendable {
    public var settings: SiteSettings?
    public var taxonomies: [TaxonomyKind: Taxonomy]
    public var items: [LoadedItem]
    public var references: [Reference]
    /// Paths (`assets/…`) of the files under `content/assets/`.
    public var assets: Set<String>

    public init(
        settings: SiteSettings?, taxonomies: [TaxonomyKind: Taxonomy], items: [LoadedItem],
        references: [Reference], assets: Set<String>
    ) {
        self.settings = settings
        self.taxonomies = taxonomies
        self.items = items
        self.references = references
        self.assets = assets
    }
}
