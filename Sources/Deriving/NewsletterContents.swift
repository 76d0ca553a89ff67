import Model

/// One issue of the email magazine, assembled from the site rather than retyped: the
/// featured items, then what is new since the previous issue and what is coming up.
///
/// Everything is computed against the issue's own date (`moment`), never the build's,
/// so the mail and the archive page say the same thing whenever they are built. The
/// rules are in docs/content-decisions.md ("Newsletter").
public struct NewsletterContents: Sendable {
    /// Any item a newsletter can point at.
    public enum Entry: Hashable, Sendable {
        case group(Group), event(Event), subsidy(SubsidyCall), facility(Facility)
        case volunteering(VolunteerCall), page(Page), newsletter(NewsletterIssue)

        public var kind: ItemKind {
            switch self {
            case .group: .group
            case .event: .event
            case .subsidy: .subsidy
            case .facility: .facility
            case .volunteering: .volunteering
            case .page: .page
            case .newsletter: .newsletter
            }
        }

        public var slug: String {
            switch self {
            case .group(let x): x.slug
            case .event(let x): x.slug
            case .subsidy(let x): x.slug
            case .facility(let x): x.slug
            case .volunteering(let x): x.slug
            case .page(let x): x.slug
            case .newsletter(let x): x.slug
            }
        }
    }

    /// How far ahead "coming events" look: six weeks covers the month up to the next
    /// issue and leaves its readers two more weeks to sign up.
    public static let eventWeeks = 6
    /// The issue goes out at 10:00 Tokyo time on its date (statuses, the mail's `Date`).
    public static let sendTime = LocalTime(hour: 10, minute: 0)!
    /// A first issue without `covers.from` looks back this many days.
    public static let firstIssueDays = 30

    public let issue: NewsletterIssue
    /// The issue's date at `sendTime`: statuses ("closing soon") are as of then.
    public let moment: Instant
    /// "New and updated" means a change date in `coversFrom...coversTo` (both included).
    public let coversFrom: LocalDate
    public let coversTo: LocalDate
    /// Coming events run on some day of `issue.date...eventsUntil`.
    public let eventsUntil: LocalDate

    /// The `featured` references, in the order written.
    public let featured: [Entry]
    /// Groups new or updated in the window, newest change first.
    public let groups: [Group]
    /// Events of the coming weeks, soonest first (cancelled and postponed ones included,
    /// so readers learn of the change).
    public let events: [Event]
    /// Calls closing soon, then open, then opening by `eventsUntil`; each by closing date.
    public let subsidies: [SubsidyCall]
    /// Volunteer calls open at the issue date and changed in the window, newest first.
    public let volunteering: [VolunteerCall]

    /// Assembles `issue` from `site`. An item that is featured is not repeated in the
    /// sections below. `changes`: the site's change dates, when already at hand.
    public init(issue: NewsletterIssue, site: Site, changes: ChangeDates? = nil) {
        self.issue = issue
        moment = LocalDateTime(date: issue.date, time: Self.sendTime).instant
        let covers = Self.covers(of: issue, in: site)
        coversFrom = covers.from
        coversTo = covers.to
        eventsUntil = issue.date.adding(days: Self.eventWeeks * 7)
        featured = issue.featured.compactMap { Self.entry($0, in: site) }

        let shown = Set(featured.map { "\($0.kind.rawValue):\($0.slug)" })
        func isNew(_ kind: ItemKind, _ slug: String) -> Bool { !shown.contains("\(kind.rawValue):\(slug)") }
        let window = covers.from...covers.to
        let changes = changes ?? ChangeDates(site: site)
        let day = issue.date, until = eventsUntil, moment = moment

        // Each issue looks at every item: by index, so no item is copied to be tested.
        let allGroups = site.groups, allEvents = site.events, allCalls = site.subsidies, allVolunteering = site.volunteering
        groups = allGroups
            .selecting { window.contains(ChangeDates.of(allGroups[$0])) && isNew(.group, allGroups[$0].slug) }
            .sorted(byKey: { (ChangeDates.of($0), $0.slug) }, latestFirst)
        events = allEvents
            .selecting { allEvents[$0].start.date <= until && allEvents[$0].effectiveEnd.date >= day && isNew(.event, allEvents[$0].slug) }
            .sorted(byKey: { ($0.start.startInstant, $0.slug) }, <)
        let rank: [SubsidyCall.Status: Int] = [.closingSoon: 0, .open: 1, .upcoming: 2]
        subsidies = allCalls
            .selecting { i in
                guard isNew(.subsidy, allCalls[i].slug), let r = rank[allCalls[i].status(at: moment)] else { return false }
                return r < 2 || allCalls[i].opens.date <= until
            }
            .sorted(byKey: { (rank[$0.status(at: moment)]!, $0.closes.endInstant, $0.slug) }, <)
        volunteering = allVolunteering
            .selecting { (allVolunteering[$0].until ?? day) >= day && window.contains(changes.of(allVolunteering[$0]))
                && isNew(.volunteering, allVolunteering[$0].slug) }
            .sorted(byKey: { (changes.of($0), $0.slug) }, latestFirst)
    }

    /// The window as written, else: from the day after the previous issue's date (that
    /// issue already covered its own day), or `firstIssueDays` back for the first issue;
    /// to the issue's date.
    public static func covers(of issue: NewsletterIssue, in site: Site) -> (from: LocalDate, to: LocalDate) {
        let previous = site.newsletter.last { $0.issue < issue.issue }
        let from = issue.coversFrom
            ?? previous.map { $0.date.adding(days: 1) }
            ?? issue.date.adding(days: -firstIssueDays)
        let to = issue.coversTo ?? issue.date
        return (min(from, to), to)
    }

    /// The item a resolved reference names, nil if it is gone.
    public static func entry(_ ref: NewsletterIssue.ItemReference, in site: Site) -> Entry? {
        let slug = ref.slug
        switch ref.kind {
        case .group?: return site.groups.first { $0.slug == slug }.map(Entry.group)
        case .event?: return site.events.first { $0.slug == slug }.map(Entry.event)
        case .subsidy?: return site.subsidies.first { $0.slug == slug }.map(Entry.subsidy)
        case .facility?: return site.facilities.first { $0.slug == slug }.map(Entry.facility)
        case .volunteering?: return site.volunteering.first { $0.slug == slug }.map(Entry.volunteering)
        case .page?: return site.pages.first { $0.slug == slug }.map(Entry.page)
        case .newsletter?: return site.newsletter.first { $0.slug == slug }.map(Entry.newsletter)
        case nil: return nil
        }
    }
}
