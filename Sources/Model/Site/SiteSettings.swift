/// `site.yaml`
public struct SiteSettings: Hashable, Sendable {
    public struct Newsletter: Hashable, Sendable {
        public var title: LocalizedText?
        public var from: String?
        /// In full-width characters.
        public var lineWidth: Int

        public init(title: LocalizedText?, from: String?, lineWidth: Int) {
            self.title = title
            self.from = from
            self.lineWidth = lineWidth
        }
    }

    public var title: LocalizedText
    public var description: LocalizedText?
    public var baseURL: String
    public var languages: [Language]
    public var timezone: String
    public var municipalityCode: String?
    public var contact: Contact?
    public var theme: String
    public var newsletter: Newsletter

    public init(
        title: LocalizedText, description: LocalizedText?, baseURL: String, languages: [Language],
        timezone: String, municipalityCode: String?, contact: Contact?, theme: String,
        newsletter: Newsletter
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.languages = languages
        self.timezone = timezone
        self.municipalityCode = municipalityCode
        self.contact = contact
        self.theme = theme
        self.newsletter = newsletter
    }
}
