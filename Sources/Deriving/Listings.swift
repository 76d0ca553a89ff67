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

    public init(site: Site, now: Instant) {
        self.now = now
        let today = now.tokyo.date
        let events = site.events.sorted(by: Listings.byStart)
        upcomingEvents = events.filter { $0.effectiveEnd.endInstant >= now }
        pastEvents = events.filter { $0.effectiveEnd.endInstant < now }.reversed()
        var byStatus: [SubsidyCall.Status: [SubsidyCall]] = [:]
        for call in site.subsidies.sorted(by: Listings.byCloses) {
            byStatus[call.status(at: now), default: []].append(call)
        }
        byStatus[.closed] = byStatus[.closed]?.reversed()
        subsidies = byStatus
        openVolunteering = site.volunteering
            .filter { ($0.until ?? today) >= today }
            .sorted { ($0.updated ?? .distantPast, $1.slug) > ($1.updated ?? .distantPast, $0.slug) }
        newestGroups = site.groups.sorted {
            ($0.updated ?? $0.disclosure.confirmed, $1.slug) > ($1.updated ?? $1.disclosure.confirmed, $0.slug)
        }
        pages = site.pages.sorted { ($0.order ?? 0, $0.slug) < ($1.order ?? 0, $1.slug) }
        latestNewsletter = site.newsletter.last { $0.date <= today } ?? site.newsletter.first
    }

    static func byStart(_ a: Event, _ b: Event) -> Bool {
        (a.start.startInstant, a.slug) < (b.start.startInstant, b.slug)
    }

    static func byCloses(_ a: SubsidyCall, _ b: SubsidyCall) -> Bool {
        (a.closes.endInstant, a.slug) < (b.closes.endInstant, b.slug)
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
