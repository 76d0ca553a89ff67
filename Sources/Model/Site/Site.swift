/// The whole site after every file is decoded and every reference resolved.
/// Items are sorted by slug so that everything derived from a `Site` is deterministic.
public struct Site: Sendable {
    public var settings: SiteSettings
    public var fields: Taxonomy
    public var districts: Taxonomy
    public var equipment: Taxonomy
    public var groups: [Group]
    public var events: [Event]
    public var subsidies: [SubsidyCall]
    public var facilities: [Facility]
    public var volunteering: [VolunteerCall]
    public var pages: [Page]
    /// Sorted by issue number.
    public var newsletter: [NewsletterIssue]

    public init(
        settings: SiteSettings, fields: Taxonomy, districts: Taxonomy, equipment: Taxonomy,
        groups: [Group], events: [Event], subsidies: [SubsidyCall], facilities: [Facility],
        volunteering: [VolunteerCall], pages: [Page], newsletter: [NewsletterIssue]
    ) {
        self.settings = settings
        self.fields = fields
        self.districts = districts
        self.equipment = equipment
        self.groups = groups.sorted { $0.slug < $1.slug }
        self.events = events.sorted { $0.slug < $1.slug }
        self.subsidies = subsidies.sorted { $0.slug < $1.slug }
        self.facilities = facilities.sorted { $0.slug < $1.slug }
        self.volunteering = volunteering.sorted { $0.slug < $1.slug }
        self.pages = pages.sorted { $0.slug < $1.slug }
        self.newsletter = newsletter.sorted { $0.issue < $1.issue }
    }
}
