import Diagnostics
import Deriving
import Foundation
import Model

/// One file of the output: where it goes, how to make it, and what it depends on.
/// Rendering is deferred so the caller can run the jobs on all cores.
public struct RenderJob: Sendable {
    public let path: String
    public let dependency: RenderDependency
    public let render: @Sendable () -> [UInt8]

    public init(path: String, dependency: RenderDependency = .site, render: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.dependency = dependency
        self.render = render
    }
}

/// Files made together whose paths are known only once they are made (a language's search
/// index), all under `folder`. They depend on the whole site (`RenderDependency.site`).
/// `render` asks its argument now and then whether the files are still wanted, and stops
/// (with an unusable result) when they are not.
public struct RenderBundle: Sendable {
    public let folder: String
    public let render: @Sendable (_ cancelled: () -> Bool) -> [(path: String, bytes: [UInt8])]
}

/// Everything the render stage makes: single files, and bundles of files.
public struct RenderPlan: Sendable {
    public var jobs: [RenderJob]
    public var bundles: [RenderBundle]
}

/// The render stage: every page of the site in every language, plus sitemap, robots.txt
/// and the theme's assets.
public enum SiteRenderer {
    /// Every output file as a job; the bundles (the search index) are made here, side by side.
    public static func jobs(site: Site, now: Instant, theme: Theme, baseURL: String? = nil) -> [RenderJob] {
        let plan = plan(site: site, now: now, theme: theme, baseURL: baseURL)
        let made = plan.bundles.parallelMap { $0.render { false } }
        return plan.jobs + made.flatMap { files in files.map { file in RenderJob(path: file.path) { file.bytes } } }
    }

    /// `cards`: each language's rendered cards, kept from an earlier render of the same
    /// theme by `hiroba serve` (stale entries removed); empty for a build.
    public static func plan(site: Site, now: Instant, theme: Theme, baseURL: String? = nil,
                            cards: [Language: CardCache] = [:]) -> RenderPlan {
        let routes = Routes(baseURL: baseURL ?? site.settings.baseURL)
        // What each newsletter issue shows (its pages' dependency) is worked out beside the
        // listings: `hiroba serve` waits for both before the open pages are rendered.
        let ((listings, taxonomy, index), issueShows) = concurrently({
            let listings = Listings(site: site, now: now)
            let (taxonomy, index) = concurrently({ TaxonomyIndex(site: site, listings: listings) },
                                                 { SiteIndex(site: site, listings: listings) })
            return (listings, taxonomy, index)
        }, {
            let changes = ChangeDates(site: site)
            return Dictionary(site.newsletter.parallelMap { n in
                (n.slug, RenderDependency.items(NewsletterContents(issue: n, site: site, changes: changes)
                    .slugs(previous: site.newsletter.last { $0.issue < n.issue })))
            }, uniquingKeysWith: { a, _ in a })
        })
        // Each language's jobs are planned on a core of its own.
        let languages = site.settings.languages
        let planned = languages.parallelMap { language -> (context: RenderContext, jobs: [RenderJob], paths: [String]) in
            var jobs: [RenderJob] = []
            var paths: [String] = []  // every page path in Japanese, for the sitemap
            let c = RenderContext(site: site, listings: listings, taxonomy: taxonomy, index: index, theme: theme, routes: routes,
                                  language: language, cards: cards[language] ?? CardCache())
            func page(_ path: String, _ dependency: RenderDependency = .site, _ render: @escaping @Sendable () -> String) {
                if language == .ja { paths.append(path) }
                jobs.append(RenderJob(path: routes.file(for: path), dependency: dependency) { Array(render().utf8) })
            }
            page(routes.home(language), .kinds([.subsidy, .event, .volunteering, .group, .newsletter])) { c.homePage() }
            page(routes.list(.group, language), .kinds([.group])) { c.groupsPage() }
            page(routes.list(.event, language), .kinds([.event])) { c.eventsPage() }
            page(routes.pastEvents(language), .kinds([.event])) { c.pastEventsPage() }
            page(routes.list(.subsidy, language), .kinds([.subsidy])) { c.subsidiesPage() }
            page(routes.list(.facility, language), .kinds([.facility])) { c.facilitiesPage() }
            for order in RoomOrder.allCases {
                page(order.path(routes, language), .kinds([.facility])) { c.roomFinderPage(order) }
            }
            page(routes.list(.volunteering, language), .kinds([.volunteering])) { c.volunteeringPage() }
            page(routes.search(language)) { c.searchPage() }
            page(routes.list(.page, language), .kinds([.page])) { c.pagesPage() }
            page(routes.list(.newsletter, language), .kinds([.newsletter])) { c.newsletterPage() }
            /// Each item's page. By index: a job holds the list and a number, not its own copy of a large item.
            func itemPages<Item: Sendable>(_ items: [Item], _ kind: ItemKind, _ slug: (Item) -> String,
                                           _ render: @escaping @Sendable (Item) -> String) {
                for i in items.indices {
                    let slug = slug(items[i])
                    page(routes.item(kind, slug, language), .item(slug)) { render(items[i]) }
                }
            }
            itemPages(site.groups, .group, \.slug) { c.groupPage($0) }
            itemPages(site.events, .event, \.slug) { c.eventPage($0) }
            itemPages(site.subsidies, .subsidy, \.slug) { c.subsidyPage($0) }
            itemPages(site.facilities, .facility, \.slug) { c.facilityPage($0) }
            itemPages(site.volunteering, .volunteering, \.slug) { c.volunteeringPage($0) }
            itemPages(site.pages, .page, \.slug) { c.pageDetail($0) }
            for n in site.newsletter {
                // An issue gathers what is new and coming up across the site: it depends on what it shows.
                let shows = issueShows[n.slug] ?? .site
                page(routes.item(.newsletter, n.slug, language), shows) { c.newsletterDetail(n) }
                // The plain-text mail, with a byte-order mark so browsers read it as UTF-8.
                let mail = routes.file(for: routes.newsletterMail(n.slug, language))
                jobs.append(RenderJob(path: mail, dependency: shows) { [0xEF, 0xBB, 0xBF] + Array(c.newsletterText(NewsletterContents(issue: n, site: site)).utf8) })
            }
            // A term's page lists the items of every type that have the term.
            let termKinds = RenderDependency.kinds([.group, .event, .subsidy, .facility, .volunteering])
            for kind in [TaxonomyKind.fields, .districts] {
                page(routes.terms(kind, language), termKinds) { c.termsPage(kind) }
                for term in (kind == .fields ? site.fields : site.districts).terms {
                    page(routes.term(kind, term.slug, language), termKinds) { c.termPage(kind, term) }
                }
            }
            jobs.append(RenderJob(path: routes.file(for: routes.path("404.html", language)), dependency: .kinds([])) { Array(c.notFoundPage().utf8) })
            /// The name and events are worked out when the calendar is rendered, not when it is planned.
            func calendar(_ path: String, _ dependency: RenderDependency, _ name: @autoclosure @escaping @Sendable () -> String,
                          _ events: @autoclosure @escaping @Sendable () -> [Event]) {
                jobs.append(RenderJob(path: routes.file(for: path), dependency: dependency) { Array(c.calendar(name: name(), events: events()).utf8) })
            }
            calendar(routes.eventsCalendar(language), .kinds([.event]), c.t("calendar.all", ["site": c.plain(site.settings.title)]), listings.upcomingEvents)
            let events = site.events
            for i in events.indices {
                calendar(routes.eventCalendar(events[i].slug, language), .item(events[i].slug), c.plain(events[i].title), [events[i]])
            }
            for (group, events) in index.upcomingEventsByGroup.sorted(by: { $0.key < $1.key }) {
                calendar(routes.groupCalendar(group, language), .item(group), c.plain(index.groups[group]?.name ?? LocalizedText(ja: group)), events)
            }
            for kind in FeedKind.allCases {
                let feed = FeedJob(context: c, kind: kind), shows = RenderDependency.kinds(kind.itemKinds)
                jobs.append(RenderJob(path: routes.file(for: routes.feed(kind, .atom, language)), dependency: shows) { Array(AtomFeed.xml(feed.value).utf8) })
                jobs.append(RenderJob(path: routes.file(for: routes.feed(kind, .rss, language)), dependency: shows) { Array(RSSFeed.xml(feed.value).utf8) })
                jobs.append(RenderJob(path: routes.file(for: routes.feed(kind, .json, language)), dependency: shows) { Array(JSONFeed.json(feed.value).utf8) })
            }
            return (c, jobs, paths)
        }
        var jobs: [RenderJob] = []
        var paths: [String] = []
        var contexts: [Language: RenderContext] = [:]
        for (language, plan) in zip(languages, planned) {
            contexts[language] = plan.context
            jobs += plan.jobs
            paths += plan.paths
        }
        jobs += openDataJobs(site: site, now: now, routes: routes, japanese: contexts[.ja] ?? contexts.values.first!)
        let pagePaths = paths
        jobs.append(RenderJob(path: "sitemap.xml") { Array(Sitemap.xml(paths: pagePaths, routes: routes, languages: languages).utf8) })
        jobs.append(RenderJob(path: "robots.txt", dependency: .kinds([])) {
            Array("User-agent: *\nAllow: /\n\nSitemap: \(routes.absolute(routes.basePath + "sitemap.xml"))\n".utf8)
        })
        for (path, bytes) in theme.assetFiles.sorted(by: { $0.key < $1.key }) {
            jobs.append(RenderJob(path: path, dependency: .theme) { bytes })
        }
        return RenderPlan(jobs: jobs, bundles: SearchIndexJobs.bundles(site.settings.languages.compactMap { contexts[$0] }))
    }
}

extension SiteRenderer {
    /// Open data, the same for both languages: the standard CSV sets (Japanese) and the
    /// JSON API with both languages in each file.
    static func openDataJobs(site: Site, now: Instant, routes: Routes, japanese c: RenderContext) -> [RenderJob] {
        let prefix = site.settings.municipalityCode.map { "\($0)_" } ?? ""
        let api = APIExport(site: site, routes: routes, now: now)
        var jobs = [
            RenderJob(path: routes.file(for: routes.openData("\(prefix)event.csv")), dependency: .kinds([.event])) { c.eventDataset().bytes },
            RenderJob(path: routes.file(for: routes.openData("\(prefix)public_facility.csv")), dependency: .kinds([.facility])) { c.facilityDataset().bytes },
        ]
        for kind in ItemKind.allCases {
            jobs.append(RenderJob(path: routes.file(for: routes.api(kind)), dependency: .kinds([kind])) { Array(api.file(kind).utf8) })
        }
        return jobs
    }
}

extension NewsletterContents {
    /// What an issue's page and mail show, by slug: the issue, the one before it (where its
    /// window starts), the featured items and every item of its sections.
    func slugs(previous: NewsletterIssue?) -> Set<String> {
        var slugs: Set<String> = [issue.slug]
        if let previous { slugs.insert(previous.slug) }
        slugs.formUnion(featured.map(\.slug))
        slugs.formUnion(groups.map(\.slug))
        slugs.formUnion(events.map(\.slug))
        slugs.formUnion(subsidies.map(\.slug))
        slugs.formUnion(volunteering.map(\.slug))
        return slugs
    }
}

extension FeedKind {
    /// The types of item a feed lists.
    var itemKinds: Set<ItemKind> {
        switch self {
        case .events: [.event]
        case .subsidies: [.subsidy]
        case .volunteering: [.volunteering]
        case .newsletter: [.newsletter]
        case .whatsNew: Set(ItemKind.allCases)
        }
    }
}

/// A feed built once, on first use, for its three formats (rendered in parallel jobs).
final class FeedJob: @unchecked Sendable {
    private let context: RenderContext
    private let kind: FeedKind
    private var feed: Feed?
    private let lock = NSLock()

    init(context: RenderContext, kind: FeedKind) {
        self.context = context
        self.kind = kind
    }

    var value: Feed {
        lock.lock()
        defer { lock.unlock() }
        if let feed { return feed }
        let built = context.feed(kind)
        feed = built
        return built
    }
}

/// `sitemap.xml` with `hreflang` alternates for each page.
enum Sitemap {
    static func xml(paths: [String], routes: Routes, languages: [Language]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for jaPath in paths {
            let relative = String(jaPath.dropFirst(routes.basePath.count))
            let urls = languages.map { ($0, routes.absolute(routes.path(relative, $0))) }
            for (_, url) in urls {
                out += "  <url>\n    <loc>\(HTML.xml(url))</loc>\n"
                for (language, alternate) in urls {
                    out += "    <xhtml:link rel=\"alternate\" hreflang=\"\(language.rawValue)\" href=\"\(HTML.xml(alternate))\"/>\n"
                }
                out += "  </url>\n"
            }
        }
        return out + "</urlset>\n"
    }
}
