/// The types of content item. The raw value is the type name used in links (`event:SLUG`),
/// in `hiroba new TYPE` and, pluralised, as the folder name.
public enum ItemKind: String, Sendable, Hashable, CaseIterable, Codable {
    case group
    case event
    case subsidy
    case facility
    case volunteering
    case page
    case newsletter

    /// The folder under `content/` that holds items of this type.
    public var folder: String {
        switch self {
        case .group: "groups"
        case .event: "events"
        case .subsidy: "subsidies"
        case .facility: "facilities"
        case .volunteering: "volunteering"
        case .page: "pages"
        case .newsletter: "newsletter"
        }
    }

    public init?(folder: String) {
        guard let kind = ItemKind.allCases.first(where: { $0.folder == folder }) else { return nil }
        self = kind
    }
}

/// The three vocabularies of `taxonomies/`.
public enum TaxonomyKind: String, Sendable, Hashable, CaseIterable {
    case fields
    case districts
    case equipment
}
