import Deriving
import Model

/// What `list.mustache` receives: a heading, an introduction and sections of cards.
/// Templates see stored properties only, so the flags they test are stored too.
public struct ListPageView: Sendable {
    public let heading: String
    public let intro: String?
    public let sections: [SectionView]
    public let links: [LinkView]
    public let hasLinks: Bool
    public let emptyText: String
    /// No sections and no links: say that nothing is listed.
    public let showEmpty: Bool

    init(heading: String, intro: String?, sections: [SectionView], links: [LinkView], emptyText: String) {
        self.heading = heading
        self.intro = intro
        self.sections = sections
        self.links = links
        self.hasLinks = !links.isEmpty
        self.emptyText = emptyText
        self.showEmpty = sections.isEmpty && links.isEmpty && !emptyText.isEmpty
    }
}

extension RenderContext {
    func listPage(_ path: String, heading: String, intro: String? = nil, sections: [SectionView], links: [LinkView] = []) -> String {
        let page = ListPageView(heading: heading, intro: intro, sections: sections.filter { !$0.isEmpty },
                                links: links, emptyText: t("list.empty"))
        return render("list", layout: layout(title: heading, path: path, description: intro), page: page)
    }

    func section(_ id: String, _ heading: String, _ cards: [CardView], more: LinkView? = nil) -> SectionView {
        SectionView(id: id, heading: heading, cards: cards, more: more)
    }

    func groupsPage() -> String {
        listPage(routes.list(.group, language), heading: t("groups.heading"), intro: t("groups.intro"),
                 sections: [section("all", t("groups.all"), site.groups.sorted(by: sortName).map(card))],
                 links: [LinkView(href: routes.terms(.fields, language), label: t("fields.heading")),
                         LinkView(href: routes.terms(.districts, language), label: t("districts.heading"))])
    }

    /// Groups in the order of their readings (kana), as a Japanese reader expects.
    func sortName(_ a: Group, _ b: Group) -> Bool {
        let ka = a.kana?.ja ?? a.name.ja, kb = b.kana?.ja ?? b.name.ja
        return (ka, a.slug) < (kb, b.slug)
    }

    func eventsPage() -> String {
        let months = Listings.byMonth(listings.upcomingEvents).map {
            section("m\($0.year)-\($0.month)", dates.month(year: $0.year, month: $0.month), $0.events.map(card))
        }
        return listPage(routes.list(.event, language), heading: t("events.heading"), intro: t("events.intro"),
                        sections: months, links: [LinkView(href: routes.pastEvents(language), label: t("events.past")),
                                                  LinkView(href: routes.eventsCalendar(language), label: t("calendar.subscribe"))])
    }

    func pastEventsPage() -> String {
        let months = Listings.byMonth(listings.pastEvents).map {
            section("m\($0.year)-\($0.month)", dates.month(year: $0.year, month: $0.month), $0.events.map(card))
        }
        return listPage(routes.pastEvents(language), heading: t("events.past"), sections: months,
                        links: [LinkView(href: routes.list(.event, language), label: t("events.heading"))])
    }

    func subsidiesPage() -> String {
        let order: [SubsidyCall.Status] = [.closingSoon, .open, .upcoming, .closed]
        return listPage(routes.list(.subsidy, language), heading: t("subsidies.heading"), intro: t("subsidies.intro"),
                        sections: order.map { section($0.rawValue, t("subsidy.section.\($0.rawValue)"), (listings.subsidies[$0] ?? []).map(card)) })
    }

    func facilitiesPage() -> String {
        listPage(routes.list(.facility, language), heading: t("facilities.heading"), intro: t("facilities.intro"),
                 sections: [section("all", t("facilities.all"), site.facilities.map(card))],
                 links: [LinkView(href: routes.rooms(language), label: t("rooms.heading"))])
    }

    func volunteeringPage() -> String {
        listPage(routes.list(.volunteering, language), heading: t("volunteering.heading"), intro: t("volunteering.intro"),
                 sections: [section("open", t("volunteering.open"), listings.openVolunteering.map(card))])
    }

    func pagesPage() -> String {
        listPage(routes.list(.page, language), heading: t("pages.heading"),
                 sections: [section("all", t("pages.heading"), listings.pages.map(card))])
    }

    func newsletterPage() -> String {
        listPage(routes.list(.newsletter, language), heading: t("newsletter.heading"), intro: t("newsletter.intro"),
                 sections: [section("all", t("newsletter.archive"), site.newsletter.reversed().map(card))])
    }

    func termsPage(_ kind: TaxonomyKind) -> String {
        let taxonomy = kind == .fields ? site.fields : site.districts
        let index = kind == .fields ? self.taxonomy.fields : self.taxonomy.districts
        let links = taxonomy.terms.map { term in
            LinkView(href: routes.term(kind, term.slug, language),
                     label: t("terms.entry", ["name": plain(term.name), "count": String(count(index[term.slug]))]))
        }
        return listPage(routes.terms(kind, language), heading: t("\(kind.rawValue).heading"),
                        intro: t("\(kind.rawValue).intro"), sections: [], links: links)
    }

    func count(_ entry: TaxonomyIndex.Entry?) -> Int {
        guard let e = entry else { return 0 }
        return e.groups.count + e.events.count + e.subsidies.count + e.facilities.count + e.volunteering.count
    }

    func termPage(_ kind: TaxonomyKind, _ term: Taxonomy.Term) -> String {
        let entry = (kind == .fields ? taxonomy.fields : taxonomy.districts)[term.slug] ?? TaxonomyIndex.Entry()
        let name = plain(term.name)
        let sections: [SectionView] = [
            section("groups", t("groups.heading"), entry.groups.sorted(by: sortName).map(card)),
            section("events", t("events.heading"), entry.events.map(card)),
            section("subsidies", t("subsidies.heading"), entry.subsidies.map(card)),
            section("facilities", t("facilities.heading"), entry.facilities.map(card)),
            section("volunteering", t("volunteering.heading"), entry.volunteering.map(card)),
        ]
        let back = LinkView(href: routes.terms(kind, language), label: t("\(kind.rawValue).heading"))
        return listPage(routes.term(kind, term.slug, language), heading: t("\(kind.rawValue).term_heading", ["name": name]),
                        sections: sections, links: [back])
    }
}
