import Decoding
import Diagnostics
import Model

/// What checking a reference asks of the items: which slugs each type has, and a
/// facility's rooms.
protocol ItemLookup {
    func contains(_ kind: ItemKind, _ slug: String) -> Bool
    /// Slugs of one type, sorted (for suggestions).
    func slugs(_ kind: ItemKind) -> [String]
    /// The types that have an item with this slug, in the order of `ItemKind.allCases`.
    func kinds(of slug: String) -> [ItemKind]
    func facility(_ slug: String) -> Facility?
}

/// The items of a resolved `Site`, for checking references again after some items'
/// contents changed (`hiroba serve`): the slugs are those of the site it was made from,
/// the facilities those of the site it is asked about.
public struct SiteLookup: ItemLookup, Sendable {
    private let slugsByKind: [ItemKind: Set<String>]
    private var facilities: [String: Facility] = [:]

    public init(_ site: Site) {
        slugsByKind = [
            .group: Set(site.groups.map(\.slug)), .event: Set(site.events.map(\.slug)),
            .subsidy: Set(site.subsidies.map(\.slug)), .facility: Set(site.facilities.map(\.slug)),
            .volunteering: Set(site.volunteering.map(\.slug)), .page: Set(site.pages.map(\.slug)),
            .newsletter: Set(site.newsletter.map(\.slug)),
        ]
    }

    /// The same slugs, with the facilities of `site`.
    public func with(facilitiesOf site: Site) -> SiteLookup {
        var lookup = self
        lookup.facilities = Dictionary(site.facilities.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        return lookup
    }

    func contains(_ kind: ItemKind, _ slug: String) -> Bool { slugsByKind[kind]?.contains(slug) ?? false }
    func slugs(_ kind: ItemKind) -> [String] { (slugsByKind[kind] ?? []).sorted() }
    func kinds(of slug: String) -> [ItemKind] { ItemKind.allCases.filter { contains($0, slug) } }
    func facility(_ slug: String) -> Facility? { facilities[slug] }
}

extension Resolver {
    /// The problems of these references, checked as `resolve` checks them.
    public static func problems(of references: [Reference], in lookup: SiteLookup,
                                taxonomies: [TaxonomyKind: Taxonomy], assets: Set<String>) -> [Diagnostic] {
        let terms = taxonomies.mapValues { Set($0.terms.map(\.slug)) }
        return references.compactMap { check($0, index: lookup, terms: terms, taxonomies: taxonomies, assets: assets) }
    }
}
