import Model

/// What each activity field and each district holds, for the taxonomy pages.
public struct TaxonomyIndex: Sendable {
    public struct Entry: Sendable {
        public var groups: [Group] = []
        public var events: [Event] = []
        public var subsidies: [SubsidyCall] = []
        public var facilities: [Facility] = []
        public var volunteering: [VolunteerCall] = []

        public init() {}

        public var isEmpty: Bool {
            groups.isEmpty && events.isEmpty && subsidies.isEmpty && facilities.isEmpty && volunteering.isEmpty
        }
    }

    public let fields: [String: Entry]
    public let districts: [String: Entry]

    /// Only what is current is listed: upcoming events, calls not closed, open volunteer calls.
    /// Ward-wide groups and calls are not repeated on every district page.
    public init(site: Site, listings: Listings) {
        var fields: [String: Entry] = [:]
        var districts: [String: Entry] = [:]
        for group in site.groups {
            for f in group.fields { fields[f, default: Entry()].groups.append(group) }
            if case .districts(let ds) = group.districts { for d in ds { districts[d, default: Entry()].groups.append(group) } }
        }
        for event in listings.upcomingEvents {
            for f in event.fields { fields[f, default: Entry()].events.append(event) }
        }
        for call in listings.subsidiesByCloses where call.status(at: listings.now) != .closed {
            for f in call.fields { fields[f, default: Entry()].subsidies.append(call) }
        }
        for facility in site.facilities {
            districts[facility.district, default: Entry()].facilities.append(facility)
        }
        for call in listings.openVolunteering {
            for f in call.fields { fields[f, default: Entry()].volunteering.append(call) }
            if case .districts(let ds) = call.districts { for d in ds { districts[d, default: Entry()].volunteering.append(call) } }
        }
        self.fields = fields
        self.districts = districts
    }
}
