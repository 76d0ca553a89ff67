/// メールマガジン: one monthly issue. Its content is assembled from the site, not retyped;
/// the file holds only the editor's note and settings.
public struct NewsletterIssue: Hashable, Sendable {
    /// A reference to any item: `event:kita-festival`, or a bare slug.
    public struct ItemReference: Hashable, Sendable {
        /// nil while a bare slug is not yet resolved; always set in a `Site`.
        public var kind: ItemKind?
        public var slug: String

        public init(kind: ItemKind?, slug: String) {
            self.kind = kind
            self.slug = slug
        }
    }

    /// `YYYY-MM`, the file name.
    public var slug: String
    public var title: LocalizedText
    public var issue: Int
    public var date: LocalDate
    /// As written; the previous issue's date is the default `from`.
    public var coversFrom: LocalDate?
    public var coversTo: LocalDate?
    public var featured: [ItemReference]
    public var body: LocalizedMarkdown

    public init(
        slug: String, title: LocalizedText, issue: Int, date: LocalDate, coversFrom: LocalDate?,
        coversTo: LocalDate?, featured: [ItemReference], body: LocalizedMarkdown
    ) {
        self.slug = slug
        self.title = title
        self.issue = issue
        self.date = date
        self.coversFrom = coversFrom
        self.coversTo = coversTo
        self.featured = featured
        self.body = body
    }
}
