import Model

/// Lookups by slug and the reverse links between items, built once per build so that
/// rendering 10,000 pages never searches a list.
public struct SiteIndex: Sendable {
    public let groups: [String: Group]
    public let facilities: [String: Facility]
    /// Upcoming events by organizing group and by venue, soonest first.
    public let upcomingEventsByGroup: [String: [Event]]
    public let upcomingEventsByVenue: [String: [Event]]
    /// Open volunteer calls by group.
    public let openVolunteeringByGroup: [String: [VolunteerCall]]

    public init(site: Site, listings: Listings) {
        groups = Dictionary(site.groups.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        facilities = Dictionary(site.facilities.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var byGroup: [String: [Event]] = [:], byVenue: [String: [Event]] = [:]
        for event in listings.upcomingEvents {
            for case .group(let slug) in event.organizers { byGroup[slug, default: []].append(event) }
            if let venue = event.venue { byVenue[venue, default: []].append(event) }
        }
        upcomingEventsByGroup = byGroup
        upcomingEventsByVenue = byVenue
        openVolunteeringByGroup = Dictionary(grouping: listings.openVolunteering, by: \.group)
    }
}
