import Foundation
import HirobaKit
import Testing

@Suite("Rendering untrusted content", .serialized)
struct RenderingSafetyTests {
    @Test func scriptsInContentNeverReachThePage() throws {
        let body = """
            <script>alert(1)</script>
            [click](javascript:alert(1)) [data](data:text/html,x) <img src=x onerror=alert(1)>
            """
        let fixture = try TemporarySite([
            "groups/kita-kodomo.md": Minimal.group
                .replacingOccurrences(of: "name: 北区子ども食堂ネットワーク", with: "name: \"</script><script>alert(1)</script>\"")
                + "\n" + body,
        ])
        let (site, result) = BuiltSite.build(content: fixture.content)
        defer { site.remove() }
        #expect(result.report.errorCount == 0)
        let page = site.page("groups/kita-kodomo/index.html")
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("javascript:"))
        #expect(!page.contains("data:text"))
        #expect(!page.contains("onerror"))
        #expect(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        // In JSON-LD, < is escaped, so the text cannot close the script element.
        #expect(page.contains("\\u003c/script\\u003e"))
    }

    @Test func failedValidationLeavesTheOutputUntouched() throws {
        let good = try TemporarySite([:])
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("hiroba-keep-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let (site, first) = BuiltSite.build(content: good.content, output: out)
        #expect(first.filesWritten > 0)
        let before = site.files()
        let index = site.page("index.html")
        let bad = try TemporarySite(["events/x.md": "---\ntitle: x\n---\n"])
        let (_, second) = BuiltSite.build(content: bad.content, output: out)
        #expect(second.report.errorCount > 0)
        #expect(second.filesWritten == 0)
        #expect(site.files() == before)
        #expect(site.page("index.html") == index)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
            .filter { $0.contains(out.lastPathComponent + ".hiroba-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aSiteThemeOverridesOneFileAndMissingStringsStopTheBuild() throws {
        let fixture = try TemporarySite([:])
        let theme = fixture.root.appendingPathComponent("themes/default")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("templates"), withIntermediateDirectories: true)
        let card = BuiltSite.theme + "/templates/card.mustache"
        let custom = try String(contentsOfFile: card, encoding: .utf8).replacingOccurrences(of: "<li class=\"card\">", with: "<li class=\"card custom-card\">")
        try custom.write(to: theme.appendingPathComponent("templates/card.mustache"), atomically: true, encoding: .utf8)
        let (site, result) = BuiltSite.build(content: fixture.content)
        defer { site.remove() }
        #expect(result.report.errorCount == 0)
        #expect(site.page("groups/index.html").contains("custom-card"))
        #expect(site.page("index.html").contains("<header class=\"site-header\">"))  // the rest from the default theme

        try (custom + "{{t.no.such.key}}").write(to: theme.appendingPathComponent("templates/card.mustache"), atomically: true, encoding: .utf8)
        let (broken, failed) = BuiltSite.build(content: fixture.content)
        defer { broken.remove() }
        #expect(failed.filesWritten == 0)
        #expect(failed.report.diagnostics.contains { $0.code.rawValue == "E0702" && $0.text == "no.such.key" })
    }
}
