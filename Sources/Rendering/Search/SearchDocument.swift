/// One thing a search can find, in one language: an item, or a facility's room.
public struct SearchDocument: Sendable {
    /// The weighted fields, in the order of `SearchField.allCases`.
    public enum Field: Int, Sendable, CaseIterable {
        case title, kana, summary, place, organizer, body, otherLanguage

        /// How much a term in this field counts against the body (BM25F).
        public var weight: Double {
            switch self {
            case .title: 10
            case .kana: 6
            case .summary: 4
            case .place, .organizer: 3
            case .body: 1
            case .otherLanguage: 2
            }
        }

        /// Positions of the head fields are kept for the phrase bonus; 1,000 apart so
        /// that no pair of terms is adjacent across fields.
        var positionBase: Int? {
            switch self {
            case .title: 0
            case .kana: 1000
            case .summary: 2000
            default: nil
            }
        }
    }

    /// `group`, `event`, …, or `room`.
    public var type: String
    public var url: String
    public var title: String
    /// Shown under the title, with the query's words marked.
    public var snippet: String
    public var fields: [Field: String]
    /// Filter values: activity fields, districts, statuses (`open`, `upcoming`).
    public var activityFields: [String]
    public var districts: [String]
    public var statuses: [String]
}
