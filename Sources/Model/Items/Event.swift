/// イベント・講座・研修: an event, course or training session.
public struct Event: Hashable, Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case training, forum, volunteer, festival, consultation, meeting, other
    }

    public enum Status: String, Sendable, CaseIterable {
        case scheduled, cancelled, postponed
    }

    /// A place that is not one of the ward's facilities.
    public struct Location: Hashable, Sendable {
        public var name: LocalizedText
        public var address: LocalizedText?

        public init(name: LocalizedText, address: LocalizedText?) {
            self.name = name
            self.address = address
        }
    }

    /// A group of the site (by slug) or an outside organizer named in place.
    public enum Organizer: Hashable, Sendable {
        case group(String)
        case outside(name: LocalizedText)
    }

    public struct Registration: Hashable, Sendable {
        public var required: Bool?
        public var url: String?
        public var tel: String?
        public var email: String?
        public var deadline: DateOrDateTime?

        public init(required: Bool?, url: String?, tel: String?, email: String?, deadline: DateOrDateTime?) {
            self.required = required
            self.url = url
            self.tel = tel
            self.email = email
            self.deadline = deadline
        }
    }

    public var slug: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var category: Category?
    public var start: DateOrDateTime
    /// As written; `effectiveEnd` applies the default.
    public var end: DateOrDateTime?
    public var status: Status
    public var venue: String?
    public var room: String?
    public var location: Location?
    public var online: String?
    public var organizers: [Organizer]
    public var withWard: Bool?
    public var fee: Int?
    public var capacity: Int?
    public var registration: Registration?
    public var audience: LocalizedText?
    public var accessibility: LocalizedText?
    public var image: Image?
    public var fields: [String]
    public var updated: LocalDate?
    public var body: LocalizedMarkdown

    public init(
        slug: String, title: LocalizedText, summary: LocalizedText, category: Category?,
        start: DateOrDateTime, end: DateOrDateTime?, status: Status, venue: String?, room: String?,
        location: Location?, online: String?, organizers: [Organizer], withWard: Bool?, fee: Int?,
        capacity: Int?, registration: Registration?, audience: LocalizedText?,
        accessibility: LocalizedText?, image: Image?, fields: [String], updated: LocalDate?,
        body: LocalizedMarkdown
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.category = category
        self.start = start
        self.end = end
        self.status = status
        self.venue = venue
        self.room = room
        self.location = location
        self.online = online
        self.organizers = organizers
        self.withWard = withWard
        self.fee = fee
        self.capacity = capacity
        self.registration = registration
        self.audience = audience
        self.accessibility = accessibility
        self.image = image
        self.fields = fields
        self.updated = updated
        self.body = body
    }

    /// The end the content model implies: as written, else start + 2 h, or the same day.
    public var effectiveEnd: DateOrDateTime {
        if let end { return end }
        switch start {
        case .date: return start
        case .dateTime(let dt):
            return .dateTime(dt.instant.adding(seconds: 2 * 3600).tokyo)
        }
    }
}
