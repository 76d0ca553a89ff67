import Deriving
import Foundation
import Model
@testable import Rendering
import Testing

/// The three forms of an issue, rendered with the real default theme.
@Suite("Newsletter rendering")
struct NewsletterRenderingTests {
    struct Fixture {
        let temp: TemporarySite
        let site: Site
        let theme: Theme
        let renderer: NewsletterRenderer
        var issue: NewsletterIssue { site.newsletter.last! }

        func render(_ format: NewsletterRenderer.Format, _ language: Language, safe: Bool = false) -> String {
            renderer.render(issue, format, language: language, iso2022JPSafe: safe)
        }
    }

    func fixture(_ changes: [String: String] = [:]) throws -> Fixture {
        let (temp, site) = try NewsletterSite.make(changes)
        let (theme, problems) = Theme.load(directories: [BuiltSite.theme])
        #expect(problems.isEmpty, "\(problems.map(\.message.en))")
        let loaded = try #require(theme)
        return Fixture(temp: temp, site: site, theme: loaded, renderer: NewsletterRenderer(site: site, theme: loaded))
    }

    @Test func theViewModelHasSectionsBadgesAndAbsoluteURLs() throws {
        let f = try fixture()
        let view = f.renderer.context(.en).newsletterMailView(NewsletterContents(issue: f.issue, site: f.site))
        #expect(view.sections.map(\.id) == ["featured", "events", "subsidies", "volunteering", "groups"])
        #expect(view.sections[0].items.map(\.url) == [
            "https://hiroba.example.jp/en/events/featured-event/", "https://hiroba.example.jp/en/groups/g-new/",
            "https://hiroba.example.jp/en/volunteering/v-new/"])
        #expect(view.sections[0].items.map(\.kind) == ["Event", "Group", "Volunteer call"])
        #expect(view.sections[1].items.compactMap(\.kind).isEmpty)
        #expect(view.sections[1].heading == "Events and courses until 8 January")
        #expect(view.sections[2].items.map(\.badge) == ["Closing soon", "Open", "Opens soon"])
        #expect(view.sections[1].items.map(\.badge) == [nil, nil, "Cancelled", nil])
        #expect(view.webURL == "https://hiroba.example.jp/en/newsletter/2026-11/")
        #expect(view.title.text == "Issue 2" && view.title.lang == nil)
        // Item titles are only in Japanese: the English issue says so.
        #expect(view.untranslatedNote != nil && view.sections[1].items[0].title.lang == "ja")
        #expect(f.theme.strings.missingKeys.isEmpty, "\(f.theme.strings.missingKeys)")
    }

    @Test func theTextMailLayout() throws {
        let f = try fixture()
        let lines = f.render(.text, .ja).components(separatedBy: "\n")
        #expect(Array(lines.prefix(8)) == [
            String(repeating: "━", count: 35), "第2号", "2026年11月27日（金）発行", String(repeating: "━", count: 35), "",
            "ウェブで読む：https://hiroba.example.jp/newsletter/2026-11/", "", "【もくじ】",
        ])
        let start = try #require(lines.firstIndex(of: "■ 受付中・まもなく受付の助成金"))
        #expect(Array(lines[start...].prefix(9)) == [
            "■ 受付中・まもなく受付の助成金", String(repeating: "─", count: 35), "",
            "◆ 締切間近の助成【締切間近】", "   締切間近の助成の公募です。", "   締切：2026年12月5日（土）",
            "   https://hiroba.example.jp/subsidies/s-closing/", "", "◆ 受付中の助成【受付中】",
        ])
        // The editor's note, with its link as a reference.
        #expect(lines.contains("今月は注目のイベント[1]があります。"))
        #expect(lines.contains("[1] https://hiroba.example.jp/events/featured-event/"))
        #expect(lines.last == "" && lines[lines.count - 2] == String(repeating: "━", count: 35))
    }

    @Test func everyTextLineFitsAndFollowsTheRules() throws {
        let long = String(repeating: "とても長いタイトル（会場は「北とぴあ」）、", count: 4) + "おわり。"
        let f = try fixture(["events/e-today.md": NewsletterSite.event(long, start: "2026-11-27 09:00")])
        for language in Language.allCases {
            for safe in [false, true] {
                let text = f.render(.text, language, safe: safe)
                let measure = MailWidth(ambiguousWide: language == .ja)
                for line in text.split(separator: "\n") {
                    let isURL = line.trimmingCharacters(in: .whitespaces).hasPrefix("https://")
                    #expect(isURL || measure.columns(line) <= 70, "\(language): \(line)")
                    let body = line.drop { $0 == " " }
                    #expect(!Kinsoku.noStart.contains(body.first!), "\(language): \(line)")
                    #expect(!Kinsoku.noEnd.contains(line.last!), "\(language): \(line)")
                }
            }
        }
    }

    @Test func lineWidthComesFromSiteYAML() throws {
        let site = TemporarySite.baseFiles["site.yaml"]! + "\nnewsletter: {title: 北区通信, from: news@example.jp, line_width: 20}\n"
        let f = try fixture(["site.yaml": site])
        let lines = f.render(.text, .ja).split(separator: "\n")
        #expect(lines.first == Substring(String(repeating: "━", count: 20)))
        #expect(lines.allSatisfy { $0.hasPrefix("   https://") || $0.contains("https://") || MailWidth(ambiguousWide: true).columns($0) <= 40 })
        #expect(lines.contains { MailWidth(ambiguousWide: true).columns($0) > 36 && !$0.contains("https://") })
    }

    @Test func contentIsEscapedInTheHTMLMailAndUnsafeLinksAreDropped() throws {
        let f = try fixture(["newsletter/2026-11.md": """
            ---
            title: "<script>alert(1)</script> & 号"
            issue: 2
            date: 2026-11-27
            ---
            [押して](javascript:alert(2)) <img src=x onerror=alert(3)>
            """])
        let html = f.render(.html, .ja)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 号"))
        #expect(!html.contains("<script") && !html.contains("javascript:") && !html.contains("onerror"))
        let text = f.render(.text, .ja)
        #expect(text.contains("<script>alert(1)</script> & 号"))  // plain text: nothing to escape
        #expect(!text.contains("javascript:") && text.contains("押して"))
        #expect(f.render(.html, .en).contains("<html lang=\"en\">"))
    }

    @Test func theMessageCarriesBothVersions() throws {
        let f = try fixture()
        let eml = f.render(.eml, .ja)
        let headers = eml.components(separatedBy: "\r\n\r\n")[0]
        #expect(headers.contains("Subject: =?UTF-8?B?56ysMuWPtw==?="))
        #expect(headers.contains("Date: Fri, 27 Nov 2026 10:00:00 +0900"))
        #expect(headers.contains("Message-ID: <2026-11.ja.newsletter@hiroba.example.jp>"))
        // No newsletter.from in site.yaml and no contact: the site's host stands in.
        #expect(headers.contains("From: =?UTF-8?B?5YyX5Yy6TlBP44Gy44KN44Gw?= <newsletter@hiroba.example.jp>"))
        let parts = eml.components(separatedBy: "--=_hiroba-2026-11-ja")
        #expect(parts.count == 4)  // preamble, text, html, closing
        func decode(_ part: String) -> String {
            let body = part.components(separatedBy: "\r\n\r\n")[1].replacingOccurrences(of: "\r\n", with: "")
            return String(decoding: Data(base64Encoded: body) ?? Data(), as: UTF8.self)
        }
        #expect(decode(parts[1]) == f.render(.text, .ja).replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(decode(parts[2]) == f.render(.html, .ja).replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(f.render(.eml, .en).contains("Message-ID: <2026-11.en.newsletter@hiroba.example.jp>"))
    }

    @Test func theSafeOptionReachesEveryPart() throws {
        let f = try fixture(["newsletter/2026-11.md": "---\ntitle: 第②号～まつり🎉\nissue: 2\ndate: 2026-11-27\n---\n㈱北区の①です。\n"])
        #expect(f.render(.text, .ja, safe: true).contains("第(2)号〜まつり\n"))
        #expect(f.render(.text, .ja, safe: true).contains("(株)北区の(1)です。"))
        #expect(f.render(.html, .ja, safe: true).contains("<title>第(2)号〜まつり</title>"))
        #expect(f.render(.eml, .ja, safe: true).contains("Subject: =?UTF-8?B?" + Base64.encode(Array("第(2)号〜まつり".utf8)) + "?="))
        #expect(f.render(.text, .ja).contains("第②号～まつり🎉"))
    }

    @Test func anIssueWithNothingNewSaysSo() throws {
        let temp = try TemporarySite(["newsletter/2026-11.md": "---\ntitle: 静かな号\nissue: 1\ndate: 2026-11-27\n---\n"])
        let site = try #require(temp.load().site)
        let theme = try #require(Theme.load(directories: [BuiltSite.theme]).0)
        let renderer = NewsletterRenderer(site: site, theme: theme)
        let text = renderer.render(site.newsletter[0], .text, language: .ja)
        #expect(text.contains("\nこの号で紹介する新しい情報はありません。\n"))
        #expect(!text.contains("【もくじ】"))
        #expect(renderer.render(site.newsletter[0], .html, language: .en).contains("<p>Nothing new to report in this issue.</p>"))
    }

    @Test func renderingIsDeterministic() throws {
        let f = try fixture()
        for format in NewsletterRenderer.Format.allCases {
            #expect(f.render(format, .ja) == f.render(format, .ja))
        }
    }
}
