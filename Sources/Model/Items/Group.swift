/// 団体: an NPO, volunteer group, neighbourhood association …
public struct Group: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case npoCorporation = "npo-corporation"
        case generalAssociation = "general-association"
        case voluntaryGroup = "voluntary-group"
        case neighborhoodAssociation = "neighborhood-association"
        case cooperative
        case individual
    }

    public enum Founded: Hashable, Sendable {
        case year(Int)
        case date(LocalDate)
    }

    public struct Recruiting: Hashable, Sendable {
        public var active: Bool
        public var roles: LocalizedText?
        public var note: LocalizedText?

        public init(active: Bool, roles: LocalizedText?, note: LocalizedText?) {
            self.active = active
            self.roles = roles
            self.note = note
        }
    }

    /// 情報公開: what the group discloses, and when the support centre last confirmed it.
    public struct Disclosure: Hashable, Sendable {
        public var confirmed: LocalDate
        public var annualReport: String?
        public var financials: String?
        public var corporateNumber: String?

        public init(confirmed: LocalDate, annualReport: String?, financials: String?, corporateNumber: String?) {
            self.confirmed = confirmed
            self.annualReport = annualReport
            self.financials = financials
            self.corporateNumber = corporateNumber
        }
    }

    public var slug: String
    public var name: LocalizedText
    public var kana: LocalizedText?
    public var kind: Kind?
    public var fields: [String]
    public var districts: DistrictScope
    public var summary: LocalizedText
    public var founded: Founded?
    public var members: Int?
    public var contact: Contact?
    public var sns: [String]
    public var recruiting: Recruiting?
    public var disclosure: Disclosure
    public var logo: Image?
    public var updated: LocalDate?
    public var body: LocalizedMarkdown

    public init(
        slug: String, name: LocalizedText, kana: LocalizedText?, kind: Kind?, fields: [String],
        districts: DistrictScope, summary: LocalizedText, founded: Founded?, members: Int?,
        contact: Contact?, sns: [String], recruiting: Recruiting?, disclosure: Disclosure,
        logo: Image?, updated: LocalDate?, body: LocalizedMarkdown
    ) {
        self.slug = slug
        self.name = name
        self.kana = kana
        self.kind = kind
        self.fields = fields
        self.districts = districts
        self.summary = summary
        self.founded = founded
        self.members = members
        self.contact = contact
        self.sns = sns
        self.recruiting = recruiting
        self.disclosure = disclosure
        self.logo = logo
        self.updated = updated
        self.body = body
    }
}

/// Where a group or a call works: the whole ward, or a list of districts.
public enum DistrictScope: Hashable, Sendable {
    case wardWide
    case districts([String])

    public static let none = DistrictScope.districts([])
}
