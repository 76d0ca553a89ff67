import Diagnostics
import Parsing
import Testing

@Suite("Parsing: front matter")
struct ParsingFrontMatterTests {
    private func split(_ text: String) -> (FrontMatter?, [Diagnostic]) {
        var diagnostics = FileDiagnostics(source: SourceFile(path: "groups/a.md", text: text))
        let result = FrontMatter.split(text, diagnostics: &diagnostics)
        return (result, diagnostics.list)
    }

    @Test func splitsYAMLAndBodyWithLineNumbers() {
        let (fm, diagnostics) = split("---\ntitle: 北区\nkind: npo\n---\n本文です。\n\n二段落目\n")
        #expect(diagnostics.isEmpty)
        #expect(fm?.yaml == "title: 北区\nkind: npo\n")
        #expect(fm?.yamlStartLine == 2)
        #expect(fm?.closingLine == 4)
        #expect(fm?.body == "本文です。\n\n二段落目\n")
        #expect(fm?.bodyStartLine == 5)
    }

    @Test func acceptsCRLFTrailingSpacesAndDotsClosing() {
        let (fm, diagnostics) = split("---  \r\ntitle: x\r\nsummary: y\r\n... \r\nbody\r\n")
        #expect(diagnostics.isEmpty)
        #expect(fm?.yaml == "title: x\r\nsummary: y\r\n")
        #expect(fm?.closingLine == 4)
        #expect(fm?.body == "body\r\n")
        #expect(fm?.bodyStartLine == 5)
    }

    @Test func emptyFrontMatterAndNoBody() {
        let (fm, _) = split("---\n---")
        #expect(fm?.yaml == "")
        #expect(fm?.body == "")
        #expect(fm?.bodyStartLine == 3)
    }

    @Test func closingMustBeAWholeLine() {
        // `----` and `--- x` are not fences; the real closing fence is on line 5.
        let (fm, _) = split("---\na: |\n  ----\n  --- x\n---\nbody")
        #expect(fm?.closingLine == 5)
        #expect(fm?.yaml == "a: |\n  ----\n  --- x\n")
    }

    @Test func missingOpeningFence() {
        let (fm, diagnostics) = split("title: 北区\n---\n本文\n")
        #expect(fm == nil)
        #expect(ParsingTest.summary(diagnostics) == ["E0105@1:1"])
        #expect(diagnostics.first?.hint?.en.contains("---") == true)
    }

    @Test func openingFenceMustBeTheFirstLine() {
        let (fm, diagnostics) = split("\n---\ntitle: x\n---\n")
        #expect(fm == nil)
        #expect(diagnostics.map(\.code) == [.missingFrontMatter])
    }

    @Test func unclosedFrontMatter() {
        let (fm, diagnostics) = split("---\ntitle: 北区\nsummary: x\n\n本文\n")
        #expect(fm == nil)
        #expect(ParsingTest.summary(diagnostics) == ["E0104@1:1"])
        #expect(diagnostics.first?.hint != nil)
        #expect(diagnostics.first?.sourceLine == "---")
    }

    @Test func yamlMarksAreWholeFileLines() throws {
        let text = "---\r\ntitle: 北区\r\nfields:\r\n  - welfare\r\n---\r\nbody\r\n"
        let (fm, _) = split(text)
        let frontMatter = try #require(fm)
        let (node, diagnostics) = ParsingTest.read(
            frontMatter.yaml, startLine: frontMatter.yamlStartLine, fileText: text)
        #expect(diagnostics.isEmpty)
        #expect(ParsingTest.key(node, "title")?.start == ParsingTest.loc(2, 1))
        #expect(ParsingTest.scalar(ParsingTest.value(node, "title"))?.start == ParsingTest.loc(2, 8))
        let item = ParsingTest.items(ParsingTest.value(node, "fields")).first
        #expect(ParsingTest.scalar(item)?.start == ParsingTest.loc(4, 5))
    }

    @Test func translationWithoutFrontMatter() {
        let t = FrontMatter.splitTranslation("# About us\n\nWe are…\n")
        #expect(!t.hasFrontMatter)
        #expect(t.body == "# About us\n\nWe are…\n")
        #expect(t.bodyStartLine == 1)
    }

    @Test func translationWithFrontMatterIsDetected() {
        let t = FrontMatter.splitTranslation("---\ntitle: About\n---\nWe are…\n")
        #expect(t.frontMatterLines == 1...3)
        #expect(t.body == "We are…\n")
        #expect(t.bodyStartLine == 4)
    }

    @Test func translationStartingWithARuleIsNotFrontMatter() {
        let text = "---\n\nSome text.\n\n---\n\nMore.\n"
        let t = FrontMatter.splitTranslation(text)
        #expect(!t.hasFrontMatter)
        #expect(t.body == text)
    }
}
