import Deriving
import Diagnostics
import Model

/// What the support centre follows up once a year: groups whose disclosure was confirmed
/// more than 12 months ago, subsidy calls that have closed, volunteer calls whose `until`
/// has passed and events that have ended — all at the build's date, using `Listings`.
public struct StaleReport: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case group, subsidy, volunteering, event

        public var heading: Bilingual {
            switch self {
            case .group: Bilingual(ja: "情報公開の確認が 12 か月以上前の団体", en: "Groups whose disclosure was confirmed over 12 months ago")
            case .subsidy: Bilingual(ja: "締め切りを過ぎた助成金の公募", en: "Subsidy calls that have closed")
            case .volunteering: Bilingual(ja: "掲載期限（until）を過ぎたボランティア募集", en: "Volunteer calls past their `until` date")
            case .event: Bilingual(ja: "終了したイベント", en: "Events that have ended")
            }
        }

        var reason: String {
            switch self {
            case .group: "情報公開の確認が 12 か月以上前 / disclosure confirmed over 12 months ago"
            case .subsidy: "公募の締め切りを過ぎた / call closed"
            case .volunteering: "募集の期限を過ぎた / call expired"
            case .event: "終了した / event ended"
            }
        }
    }

    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        public var slug: String
        /// Japanese name or title.
        public var name: String
        /// The date that makes it stale: confirmed, closes, until, end.
        public var date: LocalDate
        public var reason: String
    }

    /// In the order of `Kind`, then by date (oldest first), then by slug.
    public let entries: [Entry]
    public let today: LocalDate

    public init(site: Site, now: Instant) {
        let listings = Listings(site: site, now: now)
        let today = listings.today
        self.today = today
        var entries: [Entry] = []
        // The same rule as the stale-disclosure warning (W0601).
        let limit = today.adding(months: -12)
        for group in site.groups where group.disclosure.confirmed < limit {
            entries.append(Entry(kind: .group, slug: group.slug, name: group.name.ja, date: group.disclosure.confirmed, reason: Kind.group.reason))
        }
        for call in listings.subsidies[.closed] ?? [] {
            entries.append(Entry(kind: .subsidy, slug: call.slug, name: call.title.ja, date: call.closes.date, reason: Kind.subsidy.reason))
        }
        let open = Set(listings.openVolunteering.map(\.slug))
        for call in site.volunteering where !open.contains(call.slug) {
            guard let until = call.until else { continue }
            entries.append(Entry(kind: .volunteering, slug: call.slug, name: call.title.ja, date: until, reason: Kind.volunteering.reason))
        }
        for event in listings.pastEvents {
            entries.append(Entry(kind: .event, slug: event.slug, name: event.title.ja, date: event.effectiveEnd.date, reason: Kind.event.reason))
        }
        let order = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1, $0) })
        self.entries = entries.sorted {
            (order[$0.kind]!, $0.date.daysSinceEpoch, $0.slug) < (order[$1.kind]!, $1.date.daysSinceEpoch, $1.slug)
        }
    }

    /// Bilingual headings, one line per entry, `なし / none` for an empty section.
    public func text() -> String {
        var out = "要確認の掲載（\(today) 時点）/ Stale entries as of \(today)\n"
        for kind in Kind.allCases {
            let rows = entries.filter { $0.kind == kind }
            out += "\n## \(kind.heading.ja) / \(kind.heading.en) (\(rows.count))\n"
            if rows.isEmpty { out += "  なし / none\n" }
            for row in rows { out += "  \(row.date)  \(row.slug)  \(row.name)\n" }
        }
        return out
    }

    /// UTF-8 with a byte-order mark (so spreadsheet software reads the Japanese), CRLF line
    /// endings, a header row `type,slug,name,date,reason`, fields quoted as RFC 4180 requires.
    public func csv() -> String {
        var out = "\u{FEFF}type,slug,name,date,reason\r\n"
        for row in entries {
            out += [row.kind.rawValue, row.slug, row.name, row.date.description, row.reason].map(Self.csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
