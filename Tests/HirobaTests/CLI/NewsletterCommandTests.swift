import Foundation
import Testing

/// `hiroba newsletter`, run as staff would: the built executable on fixture sites, with a
/// fixed --now and LANG=C.
@Suite("hiroba newsletter, end to end")
struct NewsletterCommandTests {
    let now = ["--now", "2026-11-28"]
    var minimal: String { CLI.sites.appendingPathComponent("valid-minimal").path }

    /// valid-minimal with a second issue in December.
    func twoIssues() throws -> SiteCopy {
        try SiteCopy(of: "valid-minimal", changing: [
            "newsletter/2026-12.md": "---\ntitle: {ja: 十二月号, en: December issue}\nissue: 2\ndate: 2026-12-20\n---\n年末の号です。\n",
        ])
    }

    @Test func writesTheLatestIssueAsPlainText() throws {
        let out = try CLI.run(["newsletter", "--content", minimal] + now)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.isEmpty)
        #expect(out.lines.prefix(3) == [String(repeating: "━", count: 35), "最小のメールマガジン", "2026年11月25日（水）発行"])
        #expect(out.lines.contains("◆ 最小のイベント"))
        #expect(out.stdout.hasSuffix(String(repeating: "━", count: 35) + "\n"))
    }

    @Test func theLatestIssueIsTheLastOneDatedOnOrBeforeNow() throws {
        let site = try twoIssues()
        let november = try CLI.run(["newsletter", "--content", site.path] + now)
        #expect(november.lines.dropFirst().first == "最小のメールマガジン")
        let december = try CLI.run(["newsletter", "--content", site.path, "--now", "2026-12-20"])
        #expect(december.lines.dropFirst().first == "十二月号")
        let chosen = try CLI.run(["newsletter", "2026-12", "--content", site.path, "--lang", "en"] + now)
        #expect(chosen.status == 0)
        #expect(chosen.lines.dropFirst().first == "December issue")
        #expect(chosen.stdout.contains("https://minimal.example.jp/en/newsletter/2026-12/"))
    }

    @Test func noIssueIsAContentError() throws {
        let early = try CLI.run(["newsletter", "--content", minimal, "--now", "2026-11-24"])
        #expect(early.status == 1 && early.stdout.isEmpty)
        #expect(early.stderr.contains("no issue is dated on or before --now"))
        let missing = try CLI.run(["newsletter", "2027-01", "--content", minimal] + now)
        #expect(missing.status == 1 && missing.stdout.isEmpty)
        #expect(missing.stderr.contains("content/newsletter/2027-01.md の号はありません。"))
    }

    @Test func aMalformedMonthIsAUsageError() throws {
        for month in ["2026-13", "november", "2026-1"] {
            let out = try CLI.run(["newsletter", month, "--content", minimal] + now)
            #expect(out.status == 2, "\(month)")
            #expect(out.stdout.isEmpty && out.stderr.contains("YYYY-MM"), "\(month)")
        }
        let format = try CLI.run(["newsletter", "--content", minimal, "--format", "pdf"] + now)
        #expect(format.status == 2)
    }

    @Test func contentErrorsStopEverything() throws {
        let site = try SiteCopy(of: "valid-minimal", changing: ["events/minimal-event.md": "---\ntitle: 壊れた\n---\n"])
        let file = site.url.appendingPathComponent("out.eml")
        let out = try CLI.run(["newsletter", "--content", site.path, "--format", "eml", "--output", file.path] + now)
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("error[E"))
        #expect(out.stderr.contains("events/minimal-event.md"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func outputGoesToAFile() throws {
        let site = try twoIssues()
        let file = site.url.appendingPathComponent("issue.txt")
        let out = try CLI.run(["newsletter", "2026-11", "--content", site.path, "--output", file.path] + now)
        #expect(out.status == 0 && out.stdout.isEmpty && out.stderr.isEmpty)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == (try CLI.run(["newsletter", "2026-11", "--content", site.path] + now)).stdout)
    }

    @Test func emlAndHTMLFormats() throws {
        let eml = try CLI.run(["newsletter", "2026-11", "--content", minimal, "--format", "eml"] + now)
        #expect(eml.status == 0)
        let headers = eml.stdout.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        #expect(headers.contains("To: undisclosed-recipients:;"))
        #expect(headers.contains("Date: Wed, 25 Nov 2026 10:00:00 +0900"))
        #expect(headers.contains("Message-ID: <2026-11.ja.newsletter@minimal.example.jp>"))
        #expect(headers.contains("MIME-Version: 1.0"))
        #expect(!eml.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let html = try CLI.run(["newsletter", "2026-11", "--content", minimal, "--format", "html", "--lang", "en"] + now)
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let safe = try CLI.run(["newsletter", "2026-11", "--content", minimal, "--iso-2022-jp-safe"] + now)
        #expect(safe.status == 0 && safe.stdout.contains("最小のメールマガジン"))
    }

    @Test func theSampleSite() throws {
        let out = try CLI.run(["newsletter", "--format", "text"] + now, in: CLI.packageRoot)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.lines.dropFirst().first == "北区ひろば通信 第3号（2026年11月）")
    }

    @Test func helpIsJapaneseFirstWithExamples() throws {
        let help = try CLI.run(["newsletter", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("メールマガジンの号を作る / write an issue of the email magazine"))
        #expect(help.stdout.contains("hiroba newsletter 2026-11 --format eml --output 2026-11.eml"))
        #expect(help.stdout.contains("--iso-2022-jp-safe"))
        let root = try CLI.run(["--help"])
        #expect(root.stdout.contains("newsletter"))
    }
}
