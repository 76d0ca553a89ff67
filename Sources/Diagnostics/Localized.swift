/// A pair of messages, Japanese first. Contributor-facing text always comes in both languages.
public struct Bilingual: Hashable, Sendable, Codable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }
}
