import Decoding
import Foundation
import HirobaKit
import Testing

/// Hostile file-system layouts: links out of the content folder are reported and never
/// read, links to folders are not followed, and asset paths cannot leave `assets/`.
@Suite("Links and paths in untrusted content", .serialized)
struct SymlinkAndPathTests {
    /// A file outside the content folder that a hostile link points to. Its text would
    /// make a valid group, so if it were read the test would see a group named "leaked".
    static func secret(in site: TemporarySite) throws -> URL {
        let outside = site.root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let secret = outside.appendingPathComponent("secret.md")
        try Data(Minimal.group.replacingOccurrences(of: "北区子ども食堂ネットワーク", with: "leaked").utf8).write(to: secret)
        try Data("leaked: {ja: 漏れ, en: leaked}\n".utf8).write(to: outside.appendingPathComponent("fields.yaml"))
        return outside
    }

    func link(_ site: TemporarySite, _ path: String, to target: String) throws {
        let url = site.content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    @Test func aLinkToAFileOutsideNamesTheLinkAndItsTargetAndIsNotRead() throws {
        let site = try TemporarySite([:])
        let outside = try Self.secret(in: site)
        try link(site, "groups/leak.md", to: outside.appendingPathComponent("secret.md").path)
        try link(site, "groups/relative.md", to: "../../outside/secret.md")
        let result = site.load()
        #expect(result.problems == ["groups/leak.md E0108@1:1", "groups/relative.md E0108@1:1"])
        let relative = try #require(result.report.diagnostics.last)
        #expect(relative.message.ja.contains("groups/relative.md") && relative.message.ja.contains("../../outside/secret.md"))
        #expect(relative.message.en.contains("groups/relative.md") && relative.message.en.contains("../../outside/secret.md"))
        #expect(relative.hint?.ja.isEmpty == false && relative.hint?.en.isEmpty == false)
        #expect(result.site == nil || result.site?.groups.contains { $0.name.ja == "leaked" } == false)
    }

    @Test func linkedFoldersAreNeverFollowed() throws {
        let site = try TemporarySite([:])
        let outside = try Self.secret(in: site)
        // A folder link out of the content folder, one to a folder inside, and one that loops.
        try link(site, "groups/more", to: outside.path)
        try link(site, "assets/outside", to: outside.path)
        try link(site, "assets/groups-again", to: site.content.appendingPathComponent("groups").path)
        try link(site, "assets/loop", to: "..")
        let result = site.load()
        #expect(result.problems == ["assets/groups-again E0109@1:1", "assets/loop E0109@1:1",
                                    "assets/outside E0108@1:1", "groups/more E0108@1:1"])
        let inside = try #require(result.report.diagnostics.first)
        #expect(inside.message.en.contains("assets/groups-again") && inside.message.en.contains(site.content.appendingPathComponent("groups").path))
        #expect(inside.message.ja.contains("assets/groups-again"))
    }

    @Test func linkedTopLevelFilesAndFoldersAreCheckedToo() throws {
        let site = try TemporarySite([:])
        let outside = try Self.secret(in: site)
        let fields = site.content.appendingPathComponent("taxonomies/fields.yaml")
        try FileManager.default.removeItem(at: fields)
        try FileManager.default.createSymbolicLink(atPath: fields.path, withDestinationPath: outside.appendingPathComponent("fields.yaml").path)
        // The whole events folder is a link out of the content folder.
        try link(site, "events", to: outside.path)
        let result = site.load()
        #expect(result.problems.contains("events E0108@1:1"))
        #expect(result.problems.contains("taxonomies/fields.yaml E0108@1:1"))
        #expect(result.site?.events.isEmpty ?? true)

        let siteFile = try TemporarySite([:])
        let secretSite = try Self.secret(in: siteFile).appendingPathComponent("site.yaml")
        try FileManager.default.moveItem(at: siteFile.content.appendingPathComponent("site.yaml"), to: secretSite)
        try FileManager.default.createSymbolicLink(atPath: siteFile.content.appendingPathComponent("site.yaml").path,
                                                   withDestinationPath: secretSite.path)
        #expect(siteFile.load().problems == ["site.yaml E0108@1:1"])
    }

    @Test func linksInsideTheContentFolderToFilesAreFollowed() throws {
        let site = try TemporarySite([:])
        try link(site, "groups/alias.md", to: "kita-kodomo.md")
        let result = site.load()
        #expect(result.problems == [])
        #expect(result.site?.groups.map(\.slug) == ["alias", "kita-kodomo"])
    }

    @Test func aBrokenLinkIsReportedNotIgnored() throws {
        let site = try TemporarySite([:])
        try link(site, "groups/gone.md", to: "/nonexistent/hiroba/gone.md")
        #expect(site.load().problems == ["groups/gone.md E0108@1:1"])
    }

    @Test func theCLIReportsAnOutsideLinkAndExitsOne() throws {
        let site = try SiteCopy(of: "valid-minimal")
        try FileManager.default.createSymbolicLink(atPath: site.url.appendingPathComponent("groups/passwd.md").path,
                                                   withDestinationPath: "/etc/passwd")
        let out = try CLI.run(["check", "--content", site.path, "--now", "2026-11-28"])
        #expect(out.status == 1)
        #expect(out.stdout.contains("error[E0108]"))
        #expect(out.stdout.contains("/etc/passwd"))
        #expect(!out.stdout.contains("root:"))
    }

    @Test(arguments: [
        "../../etc/passwd", "/etc/passwd", "assets/../../etc/passwd", "assets/../site.yaml", "assets/./x.png",
        "assets/%2e%2e/site.yaml", "assets/%2E%2E/site.yaml", "%2e%2e/%2e%2e/etc/passwd", "assets/..%2fsite.yaml",
        "assets/.%2e/site.yaml", "assets\\..\\site.yaml", "file:///etc/passwd", "assets//etc/passwd",
        "assets/x\u{0}.png", "assets/x\n.png", "~/secret.png", "https://example.jp/x.png",
    ])
    func assetPathsThatCouldLeaveAssetsAreRefused(path: String) {
        #expect(throws: ValueProblem.self) { try AssetPath.validate(path).get() }
    }

    @Test func anEscapingImagePathInAnItemIsReportedWithItsCode() throws {
        let event = Minimal.event.replacingOccurrences(of: "organizers:", with: "image: {src: \"assets/%2e%2e/%2e%2e/etc/passwd\", alt: x}\norganizers:")
        let site = try TemporarySite(["events/party.md": event])
        #expect(site.load().problems == ["events/party.md E0323@6:14"])
    }

    @Test func aThemeFileLinkedOutsideTheThemeFolderStopsTheBuild() throws {
        let fixture = try TemporarySite([:])
        let outside = try Self.secret(in: fixture)
        let assets = fixture.root.appendingPathComponent("themes/default/assets")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: assets.appendingPathComponent("secret.css").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.md").path)
        let (site, result) = BuiltSite.build(content: fixture.content)
        defer { site.remove() }
        #expect(result.filesWritten == 0)
        #expect(result.report.diagnostics.contains { $0.code.rawValue == "E0701" && $0.message.en.contains("secret.css") })
        #expect(!site.files().contains { $0.contains("secret") })
    }
}
