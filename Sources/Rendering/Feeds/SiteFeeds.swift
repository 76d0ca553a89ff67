import Deriving
import Model

/// The entries of each feed, built from the same cards the list pages show.
extension RenderContext {
    /// At most this many entries per feed: readers only look at the newest.
    static let feedLimit = 50

    func feed(_ kind: FeedKind) -> Feed {
        let entries = Array(feedEntries(kind).sorted(by: FeedEntry.newestFirst).prefix(Self.feedLimit))
        let urls = Dictionary(uniqueKeysWithValues: FeedFormat.allCases.map {
            ($0, routes.absolute(routes.feed(kind, $0, language)))
        })
        return Feed(
            kind: kind, language: language, title: t("feed.title", ["feed": t("feed.\(kind.rawValue)"), "site": plain(site.settings.title)]),
            description: t("feed.description.\(kind.rawValue)"), pageURL: routes.absolute(kind.page(routes, language)),
            urls: urls, updated: entries.map(\.updated).max() ?? listings.today,
            author: plain(site.settings.title), entries: entries)
    }

    private func feedEntries(_ kind: FeedKind) -> [FeedEntry] {
        let changes = ChangeDates(site: site)
        let events = listings.upcomingEvents.prefix(Self.feedLimit).map { entry(card($0), $0.body, ChangeDates.of($0), "event") }
        let subsidies = [SubsidyCall.Status.closingSoon, .open, .upcoming].flatMap { listings.subsidies[$0] ?? [] }
            .prefix(Self.feedLimit).map { entry(card($0), $0.body, ChangeDates.of($0), "subsidy") }
        let volunteering = listings.openVolunteering.prefix(Self.feedLimit)
            .map { entry(card($0), $0.body, changes.of($0), "volunteering") }
        let newsletter = site.newsletter.filter { $0.date <= listings.today }.suffix(Self.feedLimit)
            .map { entry(card($0), $0.body, ChangeDates.of($0), "newsletter") }
        switch kind {
        case .events: return events
        case .subsidies: return subsidies
        case .volunteering: return volunteering
        case .newsletter: return newsletter
        case .whatsNew:
            let groups = newest(site.groups, by: ChangeDates.of).map { entry(card($0), $0.body, ChangeDates.of($0), "group") }
            let facilities = site.facilities.compactMap { f in
                ChangeDates.of(f).map { entry(card(f), f.body, $0, "facility") }
            }
            let pages = site.pages.compactMap { p in ChangeDates.of(p).map { entry(card(p), p.body, $0, "page") } }
            return groups + events + subsidies + volunteering + newsletter + facilities + pages
        }
    }

    /// `<link rel="alternate">` for feed readers: what's new on every page, and the feed of
    /// a list on that list's page.
    func feedLinks(forPage path: String) -> [FeedLinkView] {
        let list = FeedKind.allCases.dropFirst().first { path == $0.page(routes, language) }
        return (feedLinkSets[.whatsNew] ?? []) + (list.flatMap { feedLinkSets[$0] } ?? [])
    }

    func makeFeedLinks(_ kind: FeedKind) -> [FeedLinkView] {
        FeedFormat.allCases.map { format in
            FeedLinkView(href: routes.feed(kind, format, language), type: format.mediaType,
                         title: t("feed.link", ["feed": t("feed.\(kind.rawValue)"), "format": format.label]))
        }
    }

    /// The footer's links for machines and reuse: what's new, the events calendar, open data.
    func makeDataLinks() -> [LinkView] {
        let prefix = site.settings.municipalityCode.map { "\($0)_" } ?? ""
        return [
            LinkView(href: routes.feed(.whatsNew, .atom, language), label: t("feed.footer_feed")),
            LinkView(href: routes.eventsCalendar(language), label: t("feed.footer_calendar")),
            LinkView(href: routes.openData("\(prefix)event.csv"), label: t("feed.footer_events_csv")),
            LinkView(href: routes.openData("\(prefix)public_facility.csv"), label: t("feed.footer_facilities_csv")),
        ]
    }

    private func newest<Item>(_ items: [Item], by date: (Item) -> LocalDate) -> [Item] {
        Array(items.sorted { date($0) > date($1) }.prefix(Self.feedLimit))
    }

    /// An entry from an item's card (title, summary, facts) and its Markdown body.
    private func entry(_ card: CardView, _ body: LocalizedMarkdown, _ updated: LocalDate, _ kind: String) -> FeedEntry {
        var html = card.meta.isEmpty ? "" : "<p>" + card.meta.map(HTML.escape).joined(separator: "<br>") + "</p>\n"
        if let badge = card.badge { html = "<p><strong>\(HTML.escape(badge))</strong></p>\n" + html }
        if let body = markdown(body) { html += body.lang.map { "<div lang=\"\($0)\">\(body.html)</div>" } ?? body.html }
        return FeedEntry(
            url: routes.absolute(card.href), title: card.title.text, summary: card.summary?.text, contentHTML: html,
            updated: updated, category: (kind, t("kind.\(kind)")), lang: card.title.lang)
    }
}

extension FeedEntry {
    /// Newest first; the same date in a fixed order by URL, so feeds are deterministic.
    static func newestFirst(_ a: FeedEntry, _ b: FeedEntry) -> Bool {
        a.updated != b.updated ? a.updated > b.updated : a.url < b.url
    }
}
