import Deriving
import Model
import Mustache
import Parsing

/// Everything a page needs to be rendered in one language. A class, so the thousands of
/// render jobs that capture it share one (it is never changed after `init`).
final class RenderContext: @unchecked Sendable {
    let site: Site
    let listings: Listings
    let taxonomy: TaxonomyIndex
    let index: SiteIndex
    let theme: Theme
    let routes: Routes
    let language: Language
    let dates: DateText
    /// The same on every page of a language, so made once: feed links by list, footer links.
    private(set) var feedLinkSets: [FeedKind: [FeedLinkView]] = [:]
    private(set) var dataLinks: [LinkView] = []
    /// `site-nav.mustache` for each current section (index into `navSections`; last: none).
    private(set) var siteNavs: [String] = []
    private(set) var siteFooter = ""
    /// Each item's card, rendered once (shared by the copies of this context).
    let cards: CardCache

    init(site: Site, listings: Listings, taxonomy: TaxonomyIndex, index: SiteIndex, theme: Theme, routes: Routes, language: Language,
         cards: CardCache = CardCache()) {
        self.cards = cards
        self.site = site
        self.listings = listings
        self.taxonomy = taxonomy
        self.index = index
        self.theme = theme
        self.routes = routes
        self.language = language
        self.dates = DateText(strings: theme.strings, language: language)
        feedLinkSets = Dictionary(uniqueKeysWithValues: FeedKind.allCases.map { ($0, makeFeedLinks($0)) })
        dataLinks = makeDataLinks()
        siteNavs = (0...navSections.count).map { current in
            renderPartial("site-nav", SiteNavView(nav: navSections.enumerated().map { i, section in
                LinkView(href: section.path, label: t(section.label), current: i == current)
            }))
        }
        siteFooter = renderPartial("site-footer", SiteFooterView(
            siteTitle: plain(site.settings.title), contactEmail: site.settings.contact?.email,
            contactTel: site.settings.contact?.tel, contactAddress: site.settings.contact?.address.map(text),
            dataLinks: dataLinks, year: listings.today.year))
    }

    /// The main sections, in the order of the site's navigation.
    var navSections: [(path: String, label: String)] {
        [(routes.list(.event, language), "nav.events"), (routes.list(.group, language), "nav.groups"),
         (routes.list(.subsidy, language), "nav.subsidies"), (routes.rooms(language), "nav.rooms"),
         (routes.list(.volunteering, language), "nav.volunteering"), (routes.list(.newsletter, language), "nav.newsletter")]
    }

    /// A partial rendered on its own with the string table as `t`, without its final line
    /// break (templates put `{{{…}}}` on a line of its own). Used for what is the same on
    /// many pages, rendered once: cards, the navigation, the footer.
    func renderPartial<View: TemplateFields>(_ template: String, _ view: View) -> String {
        let html = theme.library.render(PartialView(view: view, t: theme.strings.tables[language] ?? [:]), withTemplate: template) ?? ""
        return html.hasSuffix("\n") ? String(html.dropLast()) : html
    }

    var other: Language { language == .ja ? .en : .ja }

    func t(_ key: String) -> String { theme.strings.text(key, language) }

    func t(_ key: String, _ values: [String: String]) -> String { theme.strings.format(key, language, values) }

    func text(_ localized: LocalizedText) -> TextView { TextView(localized, language) }

    func plain(_ localized: LocalizedText) -> String { localized.resolved(for: language).text }

    /// A Markdown body in the page's language (falling back to Japanese), nil when empty.
    func markdown(_ body: LocalizedMarkdown) -> HTMLView? {
        let english = body.en.flatMap { $0.isEmpty ? nil : $0 }
        let (source, actual): (String, Language) = language == .en && english != nil ? (english!, .en) : (body.ja, .ja)
        guard !source.allSatisfy(\.isWhitespace) else { return nil }
        let html = Markdown.renderHTML(markdown: source) { routes.itemLink($0, language) }
        return HTMLView(html: html, lang: actual == language ? nil : actual.rawValue, untranslated: actual != language)
    }

    /// Inline Markdown of a `markdown` field.
    func inlineMarkdown(_ localized: LocalizedText) -> HTMLView {
        let (source, actual) = localized.resolved(for: language)
        let html = Markdown.renderInlineHTML(markdown: source) { routes.itemLink($0, language) }
        return HTMLView(html: html, lang: actual == language ? nil : actual.rawValue, untranslated: actual != language)
    }

    func termName(_ kind: TaxonomyKind, _ slug: String) -> String {
        let taxonomy = switch kind {
        case .fields: site.fields
        case .districts: site.districts
        case .equipment: site.equipment
        }
        return taxonomy.term(slug).map { plain($0.name) } ?? slug
    }

    func termLinks(_ kind: TaxonomyKind, _ slugs: [String]) -> [LinkView] {
        slugs.map { LinkView(href: routes.term(kind, $0, language), label: termName(kind, $0)) }
    }

    func yen(_ amount: Int) -> String {
        amount == 0 ? t("money.free") : t("money.yen", ["amount": Yen.grouped(amount)])
    }

    /// The layout of a page at `path` (a path in this language).
    func layout(title: String?, path: String, description: String? = nil, jsonLD: String? = nil,
                scripts: [String] = [], ogType: String = "website", ogImage: String? = nil) -> LayoutView {
        let siteTitle = plain(site.settings.title)
        let otherPath = routes.basePath + (other == .ja ? "" : "en/")
            + path.dropFirst(routes.basePath.count + (language == .ja ? 0 : 3))
        let jaPath = language == .ja ? path : otherPath
        let sections = navSections
        let current = sections.firstIndex { path.hasPrefix($0.path) } ?? sections.count
        return LayoutView(
            lang: language.rawValue,
            title: title.map { t("layout.title", ["page": $0, "site": siteTitle]) } ?? siteTitle,
            siteTitle: siteTitle,
            description: description ?? site.settings.description.map(plain) ?? siteTitle,
            canonical: routes.absolute(path),
            alternates: [
                LinkView(href: routes.absolute(jaPath), label: "ja", lang: "ja"),
                LinkView(href: routes.absolute(language == .en ? path : otherPath), label: "en", lang: "en"),
                LinkView(href: routes.absolute(jaPath), label: "x-default", lang: "x-default"),
            ],
            otherLanguage: LinkView(href: otherPath, label: theme.strings.text("language.name", other), lang: other.rawValue),
            feeds: feedLinks(forPage: path),
            siteNav: siteNavs[current],
            home: routes.home(language),
            search: routes.search(language),
            stylesheet: routes.basePath + (theme.assetPaths["style.css"] ?? "assets/style.css"),
            scripts: scripts.compactMap { theme.assetPaths[$0].map { routes.basePath + $0 } },
            jsonLD: jsonLD, ogType: ogType, ogImage: ogImage, footer: siteFooter)
    }

    /// Renders `template` with the layout and the page's view model.
    func render<Content: Sendable>(_ template: String, layout: LayoutView, page: Content) -> String {
        let view = PageView(layout: layout, t: theme.strings.tables[language] ?? [:], page: page)
        return theme.library.render(view, withTemplate: template) ?? ""
    }
}

/// A view model with the string table beside it, for partials rendered on their own.
struct PartialView<View: TemplateFields>: MustacheParent, @unchecked Sendable {
    let view: View
    let t: [String: Any]

    func child(named name: String) -> Any? { name == "t" ? t : view.child(named: name) }
}
