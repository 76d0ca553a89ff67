import Model

/// What `home.mustache` receives.
public struct HomePageView: Sendable {
    public let heading: String
    public let intro: String?
    public let sections: [SectionView]
    public let newsletter: CardView?
}

extension RenderContext {
    func homePage() -> String {
        let open = (listings.subsidies[.closingSoon] ?? []) + (listings.subsidies[.open] ?? [])
        let sections = [
            section("events", t("home.events"), listings.upcomingEvents.prefix(6).map(card),
                    more: LinkView(href: routes.list(.event, language), label: t("home.more_events"))),
            section("subsidies", t("home.subsidies"), open.prefix(6).map(card),
                    more: LinkView(href: routes.list(.subsidy, language), label: t("home.more_subsidies"))),
            section("volunteering", t("home.volunteering"), listings.openVolunteering.prefix(6).map(card),
                    more: LinkView(href: routes.list(.volunteering, language), label: t("home.more_volunteering"))),
            section("groups", t("home.groups"), listings.newestGroups.prefix(6).map(card),
                    more: LinkView(href: routes.list(.group, language), label: t("home.more_groups"))),
        ]
        let page = HomePageView(heading: plain(site.settings.title), intro: site.settings.description.map(plain),
                                sections: sections.filter { !$0.isEmpty }, newsletter: listings.latestNewsletter.map(card))
        return render("home", layout: layout(title: nil, path: routes.home(language)), page: page)
    }

    func notFoundPage() -> String {
        let page = ListPageView(heading: t("notfound.heading"), intro: t("notfound.text"), sections: [],
                                links: [LinkView(href: routes.home(language), label: t("notfound.home"))], emptyText: "")
        return render("list", layout: layout(title: page.heading, path: routes.path("404.html", language)), page: page)
    }
}
