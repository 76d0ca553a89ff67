import Model

/// What `search.mustache` receives: the form (the script reads the index's address from
/// it), the filters, and links for browsing without JavaScript.
public struct SearchPageView: Sendable {
    public let heading: String
    public let intro: String
    /// The index manifest, `search/ja/manifest.json`.
    public let manifest: String
    public let action: String
    public let filters: [SearchFilterView]
    public let fieldLinks: [LinkView]
    public let districtLinks: [LinkView]
}

/// One `<select>` of the search filters; an option's `href` is its value.
public struct SearchFilterView: Sendable {
    public let name: String
    public let label: String
    public let options: [LinkView]
}

extension RenderContext {
    func searchPage() -> String {
        let types = ["group", "event", "subsidy", "facility", "room", "volunteering", "page", "newsletter"]
        let filters = [
            SearchFilterView(name: "type", label: t("search.filter_type"),
                             options: types.map { LinkView(href: $0, label: t("search.type.\($0)")) }),
            SearchFilterView(name: "field", label: t("search.filter_field"),
                             options: site.fields.terms.map { LinkView(href: $0.slug, label: plain($0.name)) }),
            SearchFilterView(name: "district", label: t("search.filter_district"),
                             options: site.districts.terms.map { LinkView(href: $0.slug, label: plain($0.name)) }),
            SearchFilterView(name: "status", label: t("search.filter_status"),
                             options: ["open", "upcoming"].map { LinkView(href: $0, label: t("search.status.\($0)")) }),
        ]
        let page = SearchPageView(
            heading: t("search.heading"), intro: t("search.intro"),
            manifest: routes.searchIndex(language) + "manifest.json", action: routes.search(language), filters: filters,
            fieldLinks: termLinks(.fields, site.fields.terms.map(\.slug)),
            districtLinks: termLinks(.districts, site.districts.terms.map(\.slug)))
        return render("search", layout: layout(title: page.heading, path: routes.search(language), description: page.intro,
                                               scripts: ["search.js"]), page: page)
    }
}
