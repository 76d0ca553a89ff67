import Model

/// Everything about a `Site` that depends on the build's date, computed once per build:
/// what is upcoming or past, which calls are open, what each field and district holds.
/// Every list is in a fixed order, so output is deterministic.
public struct Listings: Sendable {
    public let now: Instant
    public var today: LocalDate { now.tokyo.date }

    /// Not yet ended, soonest first.
    public let upcomingEvents: [Event]
    /// Ended, most recent first.
    public let pastEvents: [Event]
    public let subsidies: [SubsidyCall.Status: [SubsidyCall]]
    /// Calls whose `until` has not passed, newest first.
    public let openVolunteering: [VolunteerCall]
    /// Most recently updated or confirmed first.
    public let newestGroups: [Group]
    /// Pages by `order`, then title.
    public let pages: [Page]
    public let latestNewsletter: NewsletterIssue?
    /// Every call, soonest closing first (the lists by status and by field are cut from it).
    public let subsidiesByCloses: [SubsidyCall]

    public init(site: Site, now: Instant) {
        self.now = now
        let today = now.tokyo.date
        let events = site.events.sorted(byKey: { ($0.start.startInstant, $0.slug) }, <)
        upcomingEvents = events.selecting { events[$0].effectiveEnd.endInstant >= now }
        pastEvents = events.selecting { events[$0].effectiveEnd.endInstant < now }.reversed()
        var byStatus: [SubsidyCall.Status: [SubsidyCall]] = [:]
        subsidiesByCloses = site.subsidies.sorted(byKey: { ($0.closes.endInstant, $0.slug) }, <)
        for call in subsidiesByCloses {
            byStatus[call.status(at: now), default: []].append(call)
        }
        byStatus[.closed] = byStatus[.closed]?.reversed()
        subsidies = byStatus
        let volunteering = site.volunteering
        openVolunteering = volunteering
            .selecting { (volunteering[$0].until ?? today) >= today }
            .sorted(byKey: { ($0.updated ?? .distantPast, $0.slug) }, latestFirst)
        newestGroups = site.groups.sorted(byKey: { ($0.updated ?? $0.disclosure.confirmed, $0.slug) }, latestFirst)
        pages = site.pages.sorted(byKey: { ($0.order ?? 0, $0.slug) }, <)
        latestNewsletter = site.newsletter.last { $0.date <= today } ?? site.newsletter.first
    }

    /// Events grouped by the month they start in, months in the order of `events`.
    public static func byMonth(_ events: [Event]) -> [(year: Int, month: Int, events: [Event])] {
        var groups: [(year: Int, month: Int, events: [Event])] = []
        for event in events {
            let d = event.start.date
            if let last = groups.last, last.year == d.year, last.month == d.month {
                groups[groups.count - 1].events.append(event)
            } else {
                groups.append((d.year, d.month, [event]))
            }
        }
        return groups
    }
}

extension LocalDate {
    static let distantPast = LocalDate(year: 1, month: 1, day: 1)!
}
