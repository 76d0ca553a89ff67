import Diagnostics
import Foundation
import Parsing
import Testing

/// The whole chain on a real file: bytes → SourceFile → front matter → YAML → body links,
/// with every position in whole-file coordinates.
@Suite("Parsing: fixture files")
struct ParsingFixtureTests {
    private func fixture(_ name: String) throws -> [UInt8] {
        let base = try #require(Bundle.module.resourceURL)
        let url = base.appendingPathComponent("Fixtures/parsing/\(name)")
        return try [UInt8](Data(contentsOf: url))
    }

    @Test func groupFileWithBOMAndCRLF() throws {
        let (decoded, fileDiagnostics) = SourceText.decode(bytes: try fixture("group-sample.md"), path: "groups/kodomo.md")
        #expect(ParsingTest.summary(fileDiagnostics) == ["W0602@1:1"])
        let file = try #require(decoded)
        var diagnostics = FileDiagnostics(source: file)
        let fm = try #require(FrontMatter.split(file.text, diagnostics: &diagnostics))
        #expect(fm.bodyStartLine == 10)

        let root = YAMLReader.read(fm.yaml, startLine: fm.yamlStartLine, diagnostics: &diagnostics)
        #expect(ParsingTest.summary(diagnostics.list) == ["E0203@8:1"])
        #expect(diagnostics.list.first?.sourceLine == "kind: npo-corporation")
        #expect(ParsingTest.scalar(ParsingTest.value(root, "kind"))?.text == "voluntary-group")
        #expect(ParsingTest.scalar(ParsingTest.value(root, "summary"))?.start == ParsingTest.loc(7, 10))
        let fields = ParsingTest.items(ParsingTest.value(root, "fields"))
        #expect(fields.compactMap { ParsingTest.scalar($0)?.text } == ["child-care", "welfare"])

        let links = Markdown.links(in: fm.body, firstLine: fm.bodyStartLine)
        #expect(links.map(\.destination) == ["facility:hokutopia", "volunteering:food-drive"])
        #expect(links.map(\.location) == [ParsingTest.loc(10, 10), ParsingTest.loc(14, 16)])
        #expect(file.line(14)?.hasPrefix("- 食材の共同調達") == true)
    }
}
