/// 助成金・補助金の公募: a call for subsidy or grant applications.
public struct SubsidyCall: Hashable, Sendable {
    public struct Provider: Hashable, Sendable {
        public enum Kind: String, Sendable, CaseIterable {
            case ward, metropolis, national
            case socialWelfareCouncil = "social-welfare-council"
            case foundation, corporate
        }

        public var name: LocalizedText
        public var kind: Kind?

        public init(name: LocalizedText, kind: Kind?) {
            self.name = name
            self.kind = kind
        }
    }

    public struct Amount: Hashable, Sendable {
        public var max: Int?
        public var min: Int?
        public var rate: LocalizedText?

        public init(max: Int?, min: Int?, rate: LocalizedText?) {
            self.max = max
            self.min = min
            self.rate = rate
        }
    }

    /// Computed against the build's date.
    public enum Status: String, Sendable, CaseIterable {
        case upcoming
        case open
        case closingSoon = "closing-soon"
        case closed
    }

    public var slug: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var provider: Provider?
    public var amount: Amount?
    public var opens: DateOrDateTime
    public var closes: DateOrDateTime
    /// サンセット: the last year the programme runs.
    public var programEnds: LocalDate?
    public var eligibility: LocalizedText?
    public var fields: [String]
    public var howToApply: LocalizedText?
    public var url: String
    public var contact: Contact?
    public var updated: LocalDate?
    public var body: LocalizedMarkdown

    public init(
        slug: String, title: LocalizedText, summary: LocalizedText, provider: Provider?,
        amount: Amount?, opens: DateOrDateTime, closes: DateOrDateTime, programEnds: LocalDate?,
        eligibility: LocalizedText?, fields: [String], howToApply: LocalizedText?, url: String,
        contact: Contact?, updated: LocalDate?, body: LocalizedMarkdown
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.provider = provider
        self.amount = amount
        self.opens = opens
        self.closes = closes
        self.programEnds = programEnds
        self.eligibility = eligibility
        self.fields = fields
        self.howToApply = howToApply
        self.url = url
        self.contact = contact
        self.updated = updated
        self.body = body
    }

    /// `closing-soon` when at most 14 days are left.
    public func status(at now: Instant) -> Status {
        if now < opens.startInstant { return .upcoming }
        let closesAt = closes.endInstant
        if now > closesAt { return .closed }
        return closesAt.secondsSinceEpoch - now.secondsSinceEpoch <= 14 * 86_400 ? .closingSoon : .open
    }
}
