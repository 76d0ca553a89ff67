import Foundation
import HirobaKit
import Model
import Testing

/// The issue pages of the built sample site: the assembled contents, and the plain-text
/// mail written beside each page.
@Suite("Newsletter issue pages", .serialized)
struct NewsletterPageTests {
    @Test func issuePagesShowTheContentsAndLinkToTheTextMail() throws {
        let (site, result) = BuiltSite.build(content: SiteBuildTests.content)
        defer { site.remove() }
        #expect(result.report.errorCount == 0)
        for (prefix, language) in [("", Language.ja), ("en/", .en)] {
            let page = site.page("\(prefix)newsletter/2026-11/index.html")
            #expect(page.contains("href=\"/\(prefix)newsletter/2026-11/mail.txt\""), "\(language)")
            #expect(page.contains("id=\"section-featured\"") && page.contains("id=\"section-events\"")
                    && page.contains("id=\"section-subsidies\"") && page.contains("id=\"section-groups\""), "\(language)")
            #expect(page.contains("href=\"/\(prefix)events/nihongo-online-salon/\""), "\(language)")

            let bytes = try Data(contentsOf: site.output.appendingPathComponent("\(prefix)newsletter/2026-11/mail.txt"))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let mail = NewsletterBuilder.render(NewsletterBuilder.Options(
                check: CheckOptions(contentDirectory: SiteBuildTests.content.path, now: testNow), issue: "2026-11",
                language: language, builtInTheme: BuiltSite.theme))
            #expect(mail.problem == nil)
            #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == mail.output, "\(language)")
        }
        #expect(site.page("newsletter/2026-11/index.html").contains("これからのイベント・講座（1月8日まで）"))
        #expect(site.page("en/newsletter/2026-11/index.html").contains("Events and courses until 8 January"))
    }
}
