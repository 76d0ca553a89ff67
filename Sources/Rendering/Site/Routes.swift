import Model

/// Every URL of the site. Japanese pages live at the root, English ones under `en/`;
/// each item and list has the same path in both, so the language switch is a prefix.
public struct Routes: Sendable {
    /// `https://hiroba.example.jp/` — always ends with `/`.
    public let baseURL: String
    /// The path part of `baseURL` (`/` or `/hiroba/`), prefixed to every link so the
    /// site also works below a sub-path.
    public let basePath: String

    public init(baseURL: String) {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.baseURL = base
        // `https://host/path/` → `/path/`
        let afterScheme = base.range(of: "://").map { base[$0.upperBound...] } ?? Substring(base)
        basePath = afterScheme.firstIndex(of: "/").map { String(afterScheme[$0...]) } ?? "/"
    }

    /// A path below the language root, without leading slash: `groups/kita/`.
    public func path(_ relative: String, _ language: Language) -> String {
        basePath + (language == .ja ? "" : "en/") + relative
    }

    public func home(_ l: Language) -> String { path("", l) }
    public func list(_ kind: ItemKind, _ l: Language) -> String { path(kind.folder + "/", l) }
    public func item(_ kind: ItemKind, _ slug: String, _ l: Language) -> String { path("\(kind.folder)/\(slug)/", l) }
    public func term(_ kind: TaxonomyKind, _ slug: String, _ l: Language) -> String { path("\(kind.rawValue)/\(slug)/", l) }
    public func terms(_ kind: TaxonomyKind, _ l: Language) -> String { path("\(kind.rawValue)/", l) }
    public func rooms(_ l: Language) -> String { path("rooms/", l) }
    public func search(_ l: Language) -> String { path("search/", l) }
    /// The search index of a language (one folder for both, beside the Japanese page).
    public func searchIndex(_ l: Language) -> String { basePath + "search/\(l.rawValue)/" }
    public func pastEvents(_ l: Language) -> String { path("events/past/", l) }
    /// `feeds/events.atom`: every feed in every format, per language.
    public func feed(_ kind: FeedKind, _ format: FeedFormat, _ l: Language) -> String {
        path("feeds/\(kind.rawValue).\(format.fileExtension)", l)
    }

    /// `events/kita-festival/event.ics`
    public func eventCalendar(_ slug: String, _ l: Language) -> String { path("events/\(slug)/event.ics", l) }
    /// `events/calendar.ics`: every upcoming event, to subscribe to.
    public func eventsCalendar(_ l: Language) -> String { path("events/calendar.ics", l) }
    /// `groups/kita/events.ics`: the group's upcoming events.
    public func groupCalendar(_ slug: String, _ l: Language) -> String { path("groups/\(slug)/events.ics", l) }

    /// `opendata/131172_event.csv`: the standard data sets, not per language.
    public func openData(_ file: String) -> String { basePath + "opendata/" + file }
    /// `api/v1/events.json`: every item of a type, both languages in one file.
    public func api(_ kind: ItemKind) -> String { basePath + "api/v1/\(kind.folder).json" }

    public func notFound(_ l: Language) -> String { path(l == .ja ? "404.html" : "404.html", l) }

    /// The absolute URL of a site path (canonical links, sitemap, feeds).
    public func absolute(_ sitePath: String) -> String {
        baseURL + sitePath.dropFirst(basePath.count)
    }

    /// The file in the output folder that serves a site path: `groups/kita/index.html`.
    public func file(for sitePath: String) -> String {
        let relative = String(sitePath.dropFirst(basePath.count))
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }

    /// The URL of an item link in Markdown (`event:slug`) for a page in `language`.
    public func itemLink(_ destination: String, _ language: Language) -> String? {
        let parts = destination.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = ItemKind(rawValue: String(parts[0])) else { return nil }
        return item(kind, String(parts[1]), language)
    }
}
