import Deriving
import Foundation
import Model
import Testing

/// A site with items on both sides of every edge of an issue's windows, for the
/// newsletter's assembly and rendering tests.
enum NewsletterSite {
    static func group(_ name: String, updated: String?) -> String {
        """
        ---
        name: \(name)
        summary: \(name)の紹介です。
        fields: [children]
        districts: [oji]
        disclosure:
          confirmed: 2026-04-01
        eligibility:
          public_benefit: true
          non_profit: true
          not_religious_or_political: true
        \(updated.map { "updated: \($0)" } ?? "")
        ---
        """
    }

    static func event(_ title: String, start: String, end: String? = nil, extra: String = "") -> String {
        """
        ---
        title: \(title)
        summary: \(title)の案内です。
        start: \(start)
        \(end.map { "end: \($0)" } ?? "")
        online: https://example.jp/live
        organizers: [kita-kodomo]
        \(extra)
        ---
        """
    }

    static func subsidy(_ title: String, opens: String, closes: String) -> String {
        """
        ---
        title: \(title)
        summary: \(title)の公募です。
        opens: \(opens)
        closes: \(closes)
        url: https://example.jp/\(opens)
        ---
        """
    }

    static func call(_ title: String, group: String, until: String, updated: String?) -> String {
        """
        ---
        title: \(title)
        summary: \(title)の募集です。
        group: \(group)
        until: \(until)
        \(updated.map { "updated: \($0)" } ?? "")
        ---
        """
    }

    static let files: [String: String] = [
        "newsletter/2026-10.md": "---\ntitle: 第1号\nissue: 1\ndate: 2026-10-30\n---\n先月の号です。\n",
        "newsletter/2026-11.md": """
            ---
            title: {ja: 第2号, en: Issue 2}
            issue: 2
            date: 2026-11-27
            featured: [event:featured-event, g-new, volunteering:v-new]
            ---
            今月は[注目のイベント](event:featured-event)があります。
            """,
        // The window is 2026-10-31 (the day after issue 1) to 2026-11-27.
        "groups/g-new.md": group("新しい会", updated: "2026-11-10"),
        "groups/g-edge.md": group("初日の会", updated: "2026-10-31"),
        "groups/g-prev.md": group("前号の会", updated: "2026-10-30"),
        "groups/g-after.md": group("翌日の会", updated: "2026-11-28"),
        "groups/g-last.md": group("最終日の会", updated: "2026-11-27"),
        // Coming events: on some day from 2026-11-27 to 2027-01-08.
        "events/e-over.md": event("終わった催し", start: "2026-11-26 10:00"),
        "events/e-running.md": event("会期中の展示", start: "2026-11-20", end: "2026-11-30"),
        "events/e-today.md": event("当日の催し", start: "2026-11-27 09:00"),
        "events/e-last.md": event("最後の日の催し", start: "2027-01-08 18:00"),
        "events/e-late.md": event("遅い催し", start: "2027-01-09"),
        "events/e-cancelled.md": event("中止の催し", start: "2026-12-05 10:00", extra: "status: cancelled"),
        "events/featured-event.md": event("注目のイベント", start: "2026-12-01 10:00"),
        // Grant calls, as of 2026-11-27 10:00.
        "subsidies/s-closing.md": subsidy("締切間近の助成", opens: "2026-11-01", closes: "2026-12-05"),
        "subsidies/s-open.md": subsidy("受付中の助成", opens: "2026-11-01", closes: "2027-02-01"),
        "subsidies/s-upcoming.md": subsidy("受付前の助成", opens: "2027-01-08", closes: "2027-02-28"),
        "subsidies/s-later.md": subsidy("まだ先の助成", opens: "2027-01-09", closes: "2027-02-28"),
        "subsidies/s-closed.md": subsidy("終わった助成", opens: "2026-10-01", closes: "2026-11-26"),
        // Volunteer calls: open on 2026-11-27 and changed in the window.
        "volunteering/v-new.md": call("注目の募集", group: "kita-kodomo", until: "2027-03-31", updated: "2026-11-20"),
        "volunteering/v-recent.md": call("新しい募集", group: "kita-kodomo", until: "2027-03-31", updated: "2026-11-21"),
        "volunteering/v-by-group.md": call("団体が新しい募集", group: "g-new", until: "2026-11-27", updated: nil),
        "volunteering/v-expired.md": call("期限切れの募集", group: "kita-kodomo", until: "2026-11-26", updated: "2026-11-20"),
        "volunteering/v-old.md": call("古い募集", group: "kita-kodomo", until: "2027-03-31", updated: "2026-09-01"),
    ]

    static func make(_ changes: [String: String] = [:]) throws -> (TemporarySite, Site) {
        let temp = try TemporarySite(files.merging(changes) { $1 })
        let loaded = temp.load()
        #expect(loaded.report.errorCount == 0, "\(loaded.problems)")
        return (temp, try #require(loaded.site))
    }
}

@Suite("Newsletter contents")
struct NewsletterContentsTests {
    func contents(_ slug: String = "2026-11", changes: [String: String] = [:]) throws -> NewsletterContents {
        let (temp, site) = try NewsletterSite.make(changes)
        _ = temp
        let issue = try #require(site.newsletter.first { $0.slug == slug })
        return NewsletterContents(issue: issue, site: site)
    }

    @Test func featuredItemsInTheirOrderAndNotRepeated() throws {
        let c = try contents()
        #expect(c.featured.map { "\($0.kind.rawValue):\($0.slug)" } == ["event:featured-event", "group:g-new", "volunteering:v-new"])
        #expect(!c.events.contains { $0.slug == "featured-event" })
        #expect(!c.groups.contains { $0.slug == "g-new" })
        #expect(!c.volunteering.contains { $0.slug == "v-new" })
    }

    @Test func theWindowRunsFromTheDayAfterThePreviousIssue() throws {
        let c = try contents()
        #expect(c.coversFrom.description == "2026-10-31" && c.coversTo.description == "2026-11-27")
        #expect(c.groups.map(\.slug) == ["g-last", "g-edge"])
        let first = try contents("2026-10")
        #expect(first.coversFrom.description == "2026-09-30" && first.coversTo.description == "2026-10-30")
    }

    @Test func coversAsWrittenWin() throws {
        let c = try contents(changes: ["newsletter/2026-11.md": "---\ntitle: 第2号\nissue: 2\ndate: 2026-11-27\ncovers: {from: 2026-10-30}\n---\n"])
        #expect(c.coversFrom.description == "2026-10-30" && c.coversTo.description == "2026-11-27")
        #expect(c.groups.map(\.slug) == ["g-last", "g-new", "g-edge", "g-prev"])
    }

    @Test func eventsOfTheNextSixWeeks() throws {
        let c = try contents()
        #expect(c.eventsUntil.description == "2027-01-08")
        #expect(c.events.map(\.slug) == ["e-running", "e-today", "e-cancelled", "e-last"])
    }

    @Test func grantCallsClosingSoonThenOpenThenOpeningSoon() throws {
        let c = try contents()
        #expect(c.subsidies.map(\.slug) == ["s-closing", "s-open", "s-upcoming"])
        #expect(c.subsidies.map { $0.status(at: c.moment).rawValue } == ["closing-soon", "open", "upcoming"])
        #expect(c.moment == LocalDateTime(date: c.issue.date, time: LocalTime(hour: 10, minute: 0)!).instant)
    }

    @Test func newVolunteerCallsThatAreStillOpen() throws {
        let c = try contents()
        // v-by-group has no `updated`: its group's change date (2026-11-10) counts; its
        // `until` is the issue's date, so it is still open.
        #expect(c.volunteering.map(\.slug) == ["v-recent", "v-by-group"])
    }
}
