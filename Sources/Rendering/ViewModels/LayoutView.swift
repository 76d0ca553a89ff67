import Model

/// What `layout.mustache` receives on every page.
public struct LayoutView: Sendable {
    public let lang: String
    /// `<title>`: the page's title and the site's.
    public let title: String
    public let siteTitle: String
    public let description: String
    public let canonical: String
    /// `<link rel="alternate" hreflang>` for both languages and `x-default`.
    public let alternates: [LinkView]
    /// The same page in the other language.
    public let otherLanguage: LinkView
    /// Feed autodiscovery links.
    public let feeds: [FeedLinkView]
    /// `site-nav.mustache`, rendered once per language and current section.
    public let siteNav: String
    public let home: String
    /// The search page, which the header's search form submits to.
    public let search: String
    public let stylesheet: String
    /// Scripts this page needs (the finder's filters); none elsewhere.
    public let scripts: [String]
    /// JSON-LD, already serialised with `<` escaped (safe inside `<script>`).
    public let jsonLD: String?
    public let ogType: String
    public let ogImage: String?
    /// `site-footer.mustache`, rendered once per language.
    public let footer: String
}

/// What `site-nav.mustache` receives (with `t`): the main sections, the current one marked.
public struct SiteNavView: Sendable {
    public let nav: [LinkView]
}

/// What `site-footer.mustache` receives (with `t`): the same on every page of a language.
public struct SiteFooterView: Sendable {
    public let siteTitle: String
    public let contactEmail: String?
    public let contactTel: String?
    public let contactAddress: TextView?
    /// Feeds, calendar and open data.
    public let dataLinks: [LinkView]
    public let year: Int
}

/// A feed for `<link rel="alternate" type=…>` in the page head.
public struct FeedLinkView: Sendable {
    public let href: String
    public let type: String
    public let title: String
}

/// What every page template receives: the layout, the string table and the page itself.
public struct PageView<Content: Sendable> {
    public let layout: LayoutView
    /// The string table of the page's language: `{{t.nav.groups}}`.
    public let t: [String: Any]
    public let page: Content

    public init(layout: LayoutView, t: [String: Any], page: Content) {
        self.layout = layout
        self.t = t
        self.page = page
    }
}

// `[String: Any]` is not Sendable, but the tables are immutable once loaded.
extension PageView: @unchecked Sendable {}
