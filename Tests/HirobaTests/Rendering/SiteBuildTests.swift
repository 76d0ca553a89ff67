import Foundation
import HirobaKit
import Model
import Rendering
import Testing

/// Builds sites with the real default theme into temporary folders and reads the pages.
struct BuiltSite {
    let output: URL

    static let theme = CLI.packageRoot.appendingPathComponent("themes/default").path

    static func build(content: URL, output: URL? = nil, requireEnglish: Bool = false) -> (BuiltSite, SiteBuilder.Result) {
        let out = output ?? FileManager.default.temporaryDirectory.appendingPathComponent("hiroba-site-\(UUID().uuidString)")
        let result = SiteBuilder.build(SiteBuilder.Options(
            check: CheckOptions(contentDirectory: content.path, now: testNow, requireEnglish: requireEnglish),
            outputDirectory: out.path, builtInTheme: theme))
        return (BuiltSite(output: out), result)
    }

    func page(_ path: String) -> String {
        (try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    func files() -> [String] {
        let walker = FileManager.default.enumerator(atPath: output.path)
        var files: [String] = []
        while let path = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isDir), !isDir.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: output) }
}

@Suite("hiroba build on the sample site", .serialized)
struct SiteBuildTests {
    static let content = CLI.packageRoot.appendingPathComponent("content")

    @Test func everyPageTypeExistsInBothLanguages() {
        let (site, result) = BuiltSite.build(content: Self.content)
        defer { site.remove() }
        #expect(result.report.errorCount == 0, "\(result.report.diagnostics.map(\.message.en))")
        let files = Set(site.files())
        for prefix in ["", "en/"] {
            for page in ["index.html", "groups/index.html", "events/index.html", "events/past/index.html",
                         "subsidies/index.html", "facilities/index.html", "rooms/index.html", "volunteering/index.html",
                         "pages/index.html", "newsletter/index.html", "fields/index.html", "districts/index.html", "404.html",
                         "groups/oji-kodomo-shokudo/index.html", "events/kita-volunteer-festival/index.html",
                         "subsidies/kita-kyodo-teian-2027/index.html", "facilities/kamiya-shukaijo/index.html",
                         "volunteering/kodomo-shokudo-staff/index.html", "pages/about/index.html",
                         "newsletter/2026-11/index.html", "fields/children/index.html"] {
                #expect(files.contains(prefix + page), "missing \(prefix + page)")
            }
        }
        #expect(files.contains("sitemap.xml") && files.contains("robots.txt"))
        #expect(files.contains { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") })
    }

    @Test func buildsAreByteForByteIdentical() throws {
        let (a, _) = BuiltSite.build(content: Self.content)
        let (b, _) = BuiltSite.build(content: Self.content)
        defer { a.remove(); b.remove() }
        #expect(a.files() == b.files())
        for file in a.files() {
            let x = try Data(contentsOf: a.output.appendingPathComponent(file))
            let y = try Data(contentsOf: b.output.appendingPathComponent(file))
            #expect(x == y, "\(file) differs")
        }
    }

    @Test func languagesLinkToEachOther() {
        let (site, _) = BuiltSite.build(content: Self.content)
        defer { site.remove() }
        let ja = site.page("groups/oji-kodomo-shokudo/index.html")
        let en = site.page("en/groups/oji-kodomo-shokudo/index.html")
        #expect(ja.contains("<html lang=\"ja\">"))
        #expect(en.contains("<html lang=\"en\">"))
        #expect(ja.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://hiroba.example.jp/en/groups/oji-kodomo-shokudo/\">"))
        #expect(en.contains("<link rel=\"canonical\" href=\"https://hiroba.example.jp/en/groups/oji-kodomo-shokudo/\">"))
        #expect(ja.contains("<a href=\"/en/groups/oji-kodomo-shokudo/\" lang=\"en\" hreflang=\"en\">English</a>"))
        #expect(en.contains("<a href=\"/groups/oji-kodomo-shokudo/\" lang=\"ja\" hreflang=\"ja\">日本語</a>"))
    }

    @Test func missingEnglishFallsBackToJapaneseMarkedAsSuch() throws {
        // akabane-midori-club has no English body or name in the sample content.
        let (site, _) = BuiltSite.build(content: Self.content)
        defer { site.remove() }
        let en = site.page("en/groups/akabane-midori-club/index.html")
        #expect(en.contains("This entry has not been translated into English yet"))
        #expect(en.contains("<div class=\"prose\" lang=\"ja\">"))
        let ja = site.page("groups/akabane-midori-club/index.html")
        #expect(!ja.contains("note-untranslated"))
    }

    @Test func itemLinksResolveToTheSameLanguage() {
        let (site, _) = BuiltSite.build(content: Self.content)
        defer { site.remove() }
        let ja = site.page("events/kita-volunteer-festival/index.html")
        let en = site.page("en/events/kita-volunteer-festival/index.html")
        #expect(ja.contains("<a href=\"/facilities/akabane-fureai-kan/\">赤羽ふれあい館</a>"))
        #expect(en.contains("href=\"/en/facilities/akabane-fureai-kan/\""))
        #expect(!ja.contains("facility:") && !en.contains("facility:"))
    }

    @Test func datesInEachLanguagesConvention() throws {
        let (site, _) = BuiltSite.build(content: Self.content)
        defer { site.remove() }
        // nihongo-online-salon: a timed event.
        let ja = site.page("events/npo-kaikei-kouza/index.html")
        let en = site.page("en/events/npo-kaikei-kouza/index.html")
        #expect(ja.range(of: #"\d{4}年\d{1,2}月\d{1,2}日（[日月火水木金土]） \d{2}:\d{2}〜\d{2}:\d{2}"#, options: .regularExpression) != nil)
        #expect(en.range(of: #"(Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}–\d{2}:\d{2}"#, options: .regularExpression) != nil)
    }

    @Test func subsidyCallsAreGroupedByStatus() {
        let (site, _) = BuiltSite.build(content: Self.content)
        defer { site.remove() }
        let page = site.page("subsidies/index.html")
        let order = ["締切間近（14日以内）", "受付中", "これから受付", "受付を終えた公募"].compactMap { page.range(of: $0)?.lowerBound }
        #expect(order.count == 4)
        #expect(order == order.sorted())
    }

    @Test func roomFinderListsEveryRoomWithFilterData() {
        let (site, _) = BuiltSite.build(content: Self.content)
        defer { site.remove() }
        let page = site.page("rooms/index.html")
        let rows = page.components(separatedBy: "<tr data-room ").count - 1
        #expect(rows > 3)
        #expect(page.contains("data-capacity=\""))
        #expect(page.contains("<form id=\"room-filters\" class=\"filters\" hidden>"))
        #expect(page.range(of: #"<script src="/assets/finder\.[0-9a-f]{10}\.js" defer>"#, options: .regularExpression) != nil)
        #expect(!site.page("index.html").contains("finder."))  // only the finder loads the script
    }

    @Test func sitemapHasAlternatesForEveryPage() throws {
        let (site, _) = BuiltSite.build(content: Self.content)
        defer { site.remove() }
        let sitemap = site.page("sitemap.xml")
        let pages = site.files().filter { $0.hasSuffix("index.html") }
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == pages.count)
        #expect(sitemap.contains("<loc>https://hiroba.example.jp/en/rooms/</loc>"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"ja\" href=\"https://hiroba.example.jp/rooms/\"/>"))
        #expect(site.page("robots.txt").contains("Sitemap: https://hiroba.example.jp/sitemap.xml"))
    }

    @Test func eventJSONLDHasGooglesRequiredFields() throws {
        let (site, _) = BuiltSite.build(content: Self.content)
        defer { site.remove() }
        let page = site.page("events/npo-kaikei-kouza/index.html")
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        #expect(json["@type"] as? String == "Event")
        #expect((json["startDate"] as? String)?.hasSuffix("+09:00") == true)
        #expect(json["location"] != nil && json["eventStatus"] != nil && json["name"] != nil)
    }
}
