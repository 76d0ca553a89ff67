/// A free page: about, privacy, how to contribute …
public struct Page: Hashable, Sendable {
    public var slug: String
    public var title: LocalizedText
    public var summary: LocalizedText?
    /// Position in menus, lowest first.
    public var order: Int?
    public var updated: LocalDate?
    public var body: LocalizedMarkdown

    public init(
        slug: String, title: LocalizedText, summary: LocalizedText?, order: Int?,
        updated: LocalDate?, body: LocalizedMarkdown
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.order = order
        self.updated = updated
        self.body = body
    }
}
