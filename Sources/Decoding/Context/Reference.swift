import Diagnostics
import Model

/// A slug that names something in another file, kept with where it was written so the
/// resolving stage can point at it when the target does not exist.
public struct Reference: Sendable {
    public enum Target: Sendable, Hashable {
        case item(ItemKind)
        case term(TaxonomyKind)
        /// A room id of the facility with this slug.
        case room(facility: String)
        /// A bare slug that must name exactly one item of any type.
        case anyItem
        /// A file under `content/assets/`.
        case asset
    }

    public var target: Target
    public var slug: String
    /// The file it is written in; its line is quoted only if the reference is broken.
    public var source: SourceFile
    public var location: SourceLocation
    public var length: Int
    /// True for `[text](TYPE:SLUG)` links in Markdown, reported with their own code.
    public var isMarkdownLink: Bool

    public init(
        target: Target, slug: String, source: SourceFile, location: SourceLocation, length: Int,
        isMarkdownLink: Bool = false
    ) {
        self.target = target
        self.slug = slug
        self.source = source
        self.location = location
        self.length = length
        self.isMarkdownLink = isMarkdownLink
    }
}
