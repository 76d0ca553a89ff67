import Diagnostics
import Foundation
import HirobaKit
import Model
import Testing

@Suite("Resolving references across files")
struct ResolvingTests {
    @Test func aConsistentSiteResolves() throws {
        let site = try TemporarySite([
            "events/kita-festival.md": Minimal.event
                .replacingOccurrences(of: "organizers: [kita-kodomo]", with: "organizers: [kita-kodomo]\nvenue: hokutopia\nroom: room-1\nfields: [children]"),
            "newsletter/2026-12.md": "---\ntitle: 12月号\nissue: 1\ndate: 2026-12-01\nfeatured: [kita-festival, group:kita-kodomo]\n---\n",
        ])
        let result = site.load()
        #expect(result.problems == [])
        let s = try #require(result.site)
        #expect(s.events.map(\.slug) == ["kita-festival"])
        #expect(s.newsletter.first?.featured == [.init(kind: .event, slug: "kita-festival"), .init(kind: .group, slug: "kita-kodomo")])
        #expect(s.fields.terms.map(\.slug) == ["children", "environment"])
        #expect(result.report.fileCount == 8)
    }

    @Test func missingTargetsAreReportedWhereTheyAreWritten() throws {
        let site = try TemporarySite([
            "events/a.md": """
                ---
                title: a
                summary: b
                start: 2026-12-05
                venue: hokutopa
                room: room-9
                organizers: [kita-kodmo, {name: 外部団体}]
                fields: [childrn]
                ---
                詳しくは[こちら](group:nobody)へ。
                """,
            "events/b.md": Minimal.event.replacingOccurrences(of: "organizers: [kita-kodomo]", with: "organizers: [kita-kodomo]\nvenue: hokutopia\nroom: room-2"),
            "volunteering/v.md": "---\ntitle: t\nsummary: s\ngroup: nobody\n---\n",
        ])
        let result = site.load()
        #expect(result.problems == [
            "events/a.md E0401@5:8", "events/a.md E0401@7:14", "events/a.md E0401@8:10", "events/a.md E0407@10:11",
            "events/b.md E0406@8:7", "volunteering/v.md E0401@4:8",
        ])
        let hints = result.report.diagnostics.compactMap(\.hint?.en)
        #expect(hints.contains("Did you mean `hokutopia`?"))
        #expect(hints.contains("Did you mean `kita-kodomo`?"))
        #expect(hints.contains("Did you mean `children`?"))
        #expect(hints.contains("Did you mean `room-1`?"))
    }

    @Test func duplicateSlugsAndBadFileNames() throws {
        let site = try TemporarySite([
            "facilities/hokutopia.md": "---\nname: 北とぴあ\ndistrict: oji\naddress: 北区王子1-11-1\n---\n",
            "groups/Kita_Kodomo.md": Minimal.group,
            "groups/子ども.md": Minimal.group,
            "newsletter/2026-13.md": "---\ntitle: x\nissue: 1\ndate: 2026-12-01\n---\n",
        ])
        let result = site.load()
        #expect(result.problems == [
            "facilities/hokutopia.yaml E0402@1:1", "groups/Kita_Kodomo.md E0403@1:1", "groups/子ども.md E0403@1:1",
            "newsletter/2026-13.md E0403@1:1",
        ])
        #expect(result.report.diagnostics[1].hint?.en == "Rename it, for example to `kita-kodomo`.")
    }

    @Test func translationsPairWithTheirCanonicalFile() throws {
        let site = try TemporarySite([
            "groups/kita-kodomo.en.md": "The English description, see [the hall](facility:hokutopia).",
            "groups/nobody.en.md": "Stray.",
            "events/x.md": Minimal.event,
            "events/x.en.md": "---\ntitle: x\n---\nBody",
        ])
        let result = site.load()
        #expect(result.problems == ["events/x.en.md E0405@1:1", "groups/nobody.en.md E0404@1:1"])
        #expect(result.site?.groups.first?.body.en == "The English description, see [the hall](facility:hokutopia).")
    }

    @Test func requireEnglishAsksForEveryTranslation() throws {
        let site = try TemporarySite(["events/x.md": Minimal.event])
        let problems = site.load(requireEnglish: true).problems
        #expect(problems.contains("events/x.md E0324@1:1"))  // body
        #expect(problems.contains("events/x.md E0324@2:8"))  // title
        #expect(problems.contains("groups/kita-kodomo.md E0324@3:7"))
        #expect(!problems.contains { $0.hasPrefix("site.yaml") })
    }

    @Test func ambiguousAndMissingBareReferences() throws {
        let site = try TemporarySite([
            "events/kita-kodomo.md": Minimal.event,
            "newsletter/2026-11.md": "---\ntitle: x\nissue: 2\ndate: 2026-11-01\nfeatured: [kita-kodomo, nothing]\n---\n",
            "newsletter/2026-12.md": "---\ntitle: y\nissue: 2\ndate: 2026-12-01\n---\n",
        ])
        #expect(site.load().problems == [
            "newsletter/2026-11.md E0409@5:12", "newsletter/2026-11.md E0401@5:25", "newsletter/2026-12.md E0505@1:1",
        ])
    }

    @Test func assetsMustExistInsideContent() throws {
        let site = try TemporarySite([
            "groups/kita-kodomo.md": Minimal.group.replacingOccurrences(of: "name:", with: "logo: {src: assets/logo.png, alt: ロゴ}\nname:"),
            "groups/other.md": Minimal.group.replacingOccurrences(of: "name:", with: "logo: {src: assets/there.png, alt: ロゴ}\nname:"),
        ])
        try site.write("assets/there.png", Data([0x89, 0x50]))
        #expect(site.load().problems == ["groups/kita-kodomo.md E0410@2:13"])
    }

    @Test func missingSiteYAML() throws {
        let site = try TemporarySite(["groups/a.md": Minimal.group], base: false)
        let result = site.load()
        #expect(result.problems == ["site.yaml E0408@1:1"])
        #expect(result.site == nil)
    }
}
