import Decoding
import Diagnostics
import Foundation
import HirobaKit
import Model
import Testing

@Suite("Field types not covered elsewhere, and what the loader refuses")
struct MoreFieldTypeTests {
    @Test func corporateNumberFoundedAndDistricts() {
        let text = Minimal.group.replacingOccurrences(of: "  confirmed: 2026-04-01", with: """
              confirmed: 2026-04-01
              corporate_number: "0123456789012"
            founded: 1998
            districts: ward-wide
            """)
        guard case .group(let g)? = decodeItem(.group, text).item else { Issue.record("no group"); return }
        #expect(g.disclosure.corporateNumber == "0123456789012")  // leading zero kept: it is text
        #expect(g.founded == .year(1998))
        #expect(g.districts == .wardWide)

        let wrong = Minimal.group.replacingOccurrences(of: "  confirmed: 2026-04-01", with: """
              confirmed: 2026-04-01
              corporate_number: 12345
            founded: 98
            districts: [oji, akabane]
            """)
        let decoded = decodeItem(.group, wrong)
        #expect(Set(decoded.diagnostics.summary) == ["E0305@6:21", "E0307@7:10"])
        #expect(decoded.references.filter { $0.target == .term(.districts) }.map(\.slug) == ["oji", "akabane"])
    }

    @Test func foundedAsADate() {
        let text = Minimal.group.replacingOccurrences(of: "name:", with: "founded: 2001-04-01\nname:")
        guard case .group(let g)? = decodeItem(.group, text).item else { Issue.record("no group"); return }
        #expect(g.founded == .date(LocalDate(year: 2001, month: 4, day: 1)!))
    }

    @Test func siteSettings() {
        let source = SourceFile(path: "site.yaml", text: """
            title: {ja: ひろば, en: Plaza}
            base_url: https://example.jp/hiroba/
            languages: [ja, fr]
            timezone: Europe/Paris
            municipality_code: 131172
            newsletter: {line_width: 200}
            """)
        let decoded = SiteFileDecoder.settings(source: source, now: testNow, requireEnglish: false)
        #expect(decoded.diagnostics.summary == ["E0314@3:17", "E0314@4:11", "E0320@6:26"])
        #expect(decoded.item?.municipalityCode == "131172")
    }

    @Test func taxonomyKeysAreSlugs() {
        let source = SourceFile(path: "fields.yaml", text: "children: {ja: 子ども, en: Children}\nKita Ward: 北区\nempty:\n")
        let decoded = SiteFileDecoder.taxonomy(.fields, source: source, now: testNow, requireEnglish: false)
        #expect(decoded.diagnostics.summary == ["E0315@2:1", "E0302@3:1"])
        #expect(decoded.item?.terms.map(\.slug) == ["children"])
    }

    @Test func linksOutsideTheContentFolderAreNotFollowed() throws {
        let site = try TemporarySite([:])
        let outside = site.root.appendingPathComponent("secret.md")
        try Data("---\nname: x\n---\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            atPath: site.content.appendingPathComponent("groups/leak.md").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: site.content.appendingPathComponent("groups/inside.md").path,
            withDestinationPath: site.content.appendingPathComponent("groups/kita-kodomo.md").path)
        try Data("x".utf8).write(to: site.content.appendingPathComponent("groups/notes.txt"))
        let result = site.load()
        #expect(result.problems == ["groups/leak.md E0108@1:1", "groups/notes.txt E0107@1:1"])
        #expect(result.site?.groups.map(\.slug) == ["inside", "kita-kodomo"])
    }
}
