import Decoding
import Diagnostics
import Model

/// The build date every test uses: 2026-11-28 00:00 in Tokyo. Tests never read the clock.
let testNow = LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 28)!, time: LocalTime(hour: 0, minute: 0)!).instant

func decodeItem(
    _ kind: ItemKind, _ text: String, slug: String = "sample", requireEnglish: Bool = false, isYAML: Bool = false
) -> DecodedFile<DecodedItem> {
    ItemFileDecoder.decode(kind, slug: slug, source: SourceFile(path: "test.md", text: text), isYAML: isYAML,
                           now: testNow, requireEnglish: requireEnglish)
}

extension Array where Element == Diagnostic {
    /// `CODE@line:column` for each diagnostic, the form most assertions compare.
    var summary: [String] { map { "\($0.code.rawValue)@\($0.location.line):\($0.location.column)" } }
    var codes: [String] { map(\.code.rawValue) }
}

/// A minimal valid front matter of each type, to which a test adds or replaces one line.
enum Minimal {
    static let event = """
        ---
        title: 子ども食堂
        summary: 毎月の子ども食堂です。
        start: 2026-12-05 10:00
        online: https://example.jp/live
        organizers: [kita-kodomo]
        ---
        本文
        """

    static let group = """
        ---
        name: 北区子ども食堂ネットワーク
        summary: 区内の子ども食堂をつなぐネットワークです。
        disclosure:
          confirmed: 2026-04-01
        eligibility:
          public_benefit: true
          non_profit: true
          not_religious_or_political: true
        ---
        """

    static let subsidy = """
        ---
        title: 地域活動助成
        summary: 地域活動を支える助成金です。
        opens: 2026-11-01
        closes: 2026-12-20
        url: https://example.jp/subsidy
        ---
        """
}
