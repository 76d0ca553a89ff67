import Model

/// The feeds of the site, one set per language, each in Atom, RSS 2.0 and JSON Feed 1.1.
public enum FeedKind: String, Sendable, CaseIterable {
    /// Everything that changed, across all types.
    case whatsNew = "whats-new"
    case events, subsidies, volunteering, newsletter

    /// The list page a feed mirrors (its `alternate` link); the home page for what's new.
    func page(_ routes: Routes, _ language: Language) -> String {
        switch self {
        case .whatsNew: routes.home(language)
        case .events: routes.list(.event, language)
        case .subsidies: routes.list(.subsidy, language)
        case .volunteering: routes.list(.volunteering, language)
        case .newsletter: routes.list(.newsletter, language)
        }
    }
}

public enum FeedFormat: String, Sendable, CaseIterable {
    case atom, rss, json

    var fileExtension: String { rawValue }

    /// The format's own name, the same in every language.
    var label: String {
        switch self {
        case .atom: "Atom"
        case .rss: "RSS"
        case .json: "JSON Feed"
        }
    }

    var mediaType: String {
        switch self {
        case .atom: "application/atom+xml"
        case .rss: "application/rss+xml"
        case .json: "application/feed+json"
        }
    }
}

/// One feed, independent of its format.
struct Feed: Sendable {
    let kind: FeedKind
    let language: Language
    let title: String
    let description: String
    /// Absolute URL of the HTML page the feed mirrors.
    let pageURL: String
    /// Absolute URL of each format of this feed (`self` links).
    let urls: [FeedFormat: String]
    /// The newest entry's date; the build's date for an empty feed.
    let updated: LocalDate
    let author: String
    let entries: [FeedEntry]
}

/// One entry of a feed: an item of the site.
struct FeedEntry: Sendable {
    /// The item page's absolute URL, which is also its stable id.
    let url: String
    let title: String
    let summary: String?
    /// The item's facts and body as HTML.
    let contentHTML: String
    let updated: LocalDate
    /// The type of item, in the feed's language (`イベント`), and its stable term (`event`).
    let category: (term: String, label: String)
    /// Set when the entry's text is in another language than the feed's (no translation yet).
    let lang: String?
}
