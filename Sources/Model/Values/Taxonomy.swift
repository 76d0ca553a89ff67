/// A vocabulary from `taxonomies/*.yaml`: slug → name, in file order.
public struct Taxonomy: Hashable, Sendable {
    public var kind: TaxonomyKind
    public var terms: [Term]

    public struct Term: Hashable, Sendable {
        public var slug: String
        public var name: LocalizedText

        public init(slug: String, name: LocalizedText) {
            self.slug = slug
            self.name = name
        }
    }

    public init(kind: TaxonomyKind, terms: [Term]) {
        self.kind = kind
        self.terms = terms
    }

    public func term(_ slug: String) -> Term? { terms.first { $0.slug == slug } }
}
