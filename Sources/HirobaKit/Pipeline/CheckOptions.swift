import Model

public struct CheckOptions: Sendable {
    /// The folder that holds `site.yaml`, `groups/`, `events/` … (usually `<site>/content`).
    public var contentDirectory: String
    /// The build's "today", in Asia/Tokyo.
    public var now: Instant
    /// Treat a missing English translation as an error.
    public var requireEnglish: Bool

    public init(contentDirectory: String, now: Instant, requireEnglish: Bool = false) {
        self.contentDirectory = contentDirectory
        self.now = now
        self.requireEnglish = requireEnglish
    }
}
