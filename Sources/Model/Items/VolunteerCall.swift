/// ボランティア募集: a group's call for volunteers.
public struct VolunteerCall: Hashable, Sendable {
    public var slug: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var group: String
    public var fields: [String]
    public var districts: DistrictScope
    public var schedule: LocalizedText?
    public var skills: LocalizedText?
    public var commitment: LocalizedText?
    public var apply: Contact?
    /// Expired calls drop off lists and feeds after this day.
    public var until: LocalDate?
    public var updated: LocalDate?
    public var body: LocalizedMarkdown

    public init(
        slug: String, title: LocalizedText, summary: LocalizedText, group: String, fields: [String],
        districts: DistrictScope, schedule: LocalizedText?, skills: LocalizedText?,
        commitment: LocalizedText?, apply: Contact?, until: LocalDate?, updated: LocalDate?,
        body: LocalizedMarkdown
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.group = group
        self.fields = fields
        self.districts = districts
        self.schedule = schedule
        self.skills = skills
        self.commitment = commitment
        self.apply = apply
        self.until = until
        self.updated = updated
        self.body = body
    }
}
