import Foundation
import Testing

/// `hiroba report stale`: the yearly follow-up list, at a fixed --now.
@Suite("hiroba report stale, end to end")
struct StaleReportTests {
    let now = ["--now", "2026-11-28"]

    /// valid-minimal plus one stale item of each kind (and one fresh one that must not be listed).
    func site() throws -> SiteCopy {
        let group = """
            ---
            name: 古い会, "北区"
            summary: 確認が古い団体です。
            disclosure:
              confirmed: 2025-01-01
            eligibility:
              public_benefit: true
              non_profit: true
              not_religious_or_political: true
            ---
            """
        return try SiteCopy(of: "valid-minimal", changing: [
            "groups/old-group.md": group,
            "groups/older-group.md": group.replacingOccurrences(of: "2025-01-01", with: "2024-06-30")
                .replacingOccurrences(of: "古い会, \"北区\"", with: "もっと古い会"),
            "subsidies/closed-subsidy.md": """
                ---
                title: 終わった助成金
                summary: 締め切りを過ぎた公募です。
                opens: 2026-09-01
                closes: 2026-10-31
                url: https://minimal.example.jp/closed/
                ---
                """,
            "volunteering/expired-call.md": """
                ---
                title: 終わった募集
                summary: 期限を過ぎた募集です。
                group: minimal-group
                until: 2026-11-27
                ---
                """,
            "volunteering/open-call.md": """
                ---
                title: 続いている募集
                summary: まだ期限前の募集です。
                group: minimal-group
                until: 2026-11-28
                ---
                """,
            "events/past-event.md": """
                ---
                title: 終わったイベント
                summary: もう終わったイベントです。
                start: 2026-11-01 10:00
                end: 2026-11-01 12:00
                organizers: [minimal-group]
                online: https://minimal.example.jp/live
                ---
                """,
        ])
    }

    @Test func csvListsEveryStaleItemInAFixedOrder() throws {
        let site = try site()
        let out = try CLI.run(["report", "stale", "--content", site.path, "--format", "csv"] + now)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "\u{FEFF}type,slug,name,date,reason\r\n"
            + "group,older-group,もっと古い会,2024-06-30,情報公開の確認が 12 か月以上前 / disclosure confirmed over 12 months ago\r\n"
            + "group,old-group,\"古い会, \"\"北区\"\"\",2025-01-01,情報公開の確認が 12 か月以上前 / disclosure confirmed over 12 months ago\r\n"
            + "subsidy,closed-subsidy,終わった助成金,2026-10-31,公募の締め切りを過ぎた / call closed\r\n"
            + "volunteering,expired-call,終わった募集,2026-11-27,募集の期限を過ぎた / call expired\r\n"
            + "event,past-event,終わったイベント,2026-11-01,終了した / event ended\r\n")
        // Byte for byte the same on a second run.
        let again = try CLI.run(["report", "stale", "--content", site.path, "--format", "csv"] + now)
        #expect(again.stdout == out.stdout)
    }

    @Test func textHasBilingualHeadings() throws {
        let site = try site()
        let out = try CLI.run(["report", "stale", "--content", site.path] + now)
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.lines
        #expect(lines.first == "要確認の掲載（2026-11-28 時点）/ Stale entries as of 2026-11-28")
        #expect(lines.contains("## 情報公開の確認が 12 か月以上前の団体 / Groups whose disclosure was confirmed over 12 months ago (2)"))
        #expect(lines.contains("## 終了したイベント / Events that have ended (1)"))
        #expect(lines.contains("  2026-10-31  closed-subsidy  終わった助成金"))
        #expect(!out.stdout.contains("open-call") && !out.stdout.contains("minimal-event") && !out.stdout.contains("minimal-subsidy"))
    }

    @Test func theDateDecides() throws {
        // A year later everything in valid-minimal has gone stale too.
        let minimal = CLI.sites.appendingPathComponent("valid-minimal").path
        let later = try CLI.run(["report", "stale", "--content", minimal, "--format", "csv", "--now", "2027-11-28"])
        #expect(later.status == 0)
        #expect(later.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
            == ["group,minimal-group", "subsidy,minimal-subsidy", "event,minimal-event"])
        let before = try CLI.run(["report", "stale", "--content", minimal, "--now", "2026-11-01"])
        #expect(before.stdout.components(separatedBy: "なし / none").count - 1 == 4)
    }

    @Test func contentErrorsAndBadOptionsAreReported() throws {
        let broken = try CLI.run(["report", "stale", "--content", CLI.sites.appendingPathComponent("broken").path] + now)
        #expect(broken.status == 1)
        #expect(broken.stdout.isEmpty && broken.stderr.contains("hiroba check"))
        let badDate = try CLI.run(["report", "stale", "--content", CLI.sites.appendingPathComponent("valid-minimal").path, "--now", "tomorrow"])
        #expect(badDate.status == 2)
        let badFormat = try CLI.run(["report", "stale", "--content", CLI.sites.appendingPathComponent("valid-minimal").path, "--format", "xlsx"] + now)
        #expect(badFormat.status == 2)
    }
}
