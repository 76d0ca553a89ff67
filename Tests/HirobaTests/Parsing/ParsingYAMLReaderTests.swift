import Diagnostics
import Parsing
import Testing

@Suite("Parsing: YAML reader – nodes and marks")
struct ParsingYAMLReaderTests {
    typealias T = ParsingTest

    @Test func marksOfKeysAndValues() {
        let (node, diagnostics) = T.read("title: 北区NPOフォーラム\nsummary: テスト\n")
        #expect(diagnostics.isEmpty)
        #expect(T.key(node, "title")?.start == T.loc(1, 1))
        #expect(T.key(node, "title")?.end == T.loc(1, 6))
        let title = T.scalar(T.value(node, "title"))
        #expect(title?.text == "北区NPOフォーラム")
        #expect(title?.start == T.loc(1, 8))
        #expect(title?.end == T.loc(1, 18))  // just after the last character
        #expect(T.key(node, "summary")?.start == T.loc(2, 1))
        #expect(T.scalar(T.value(node, "summary"))?.start == T.loc(2, 10))
    }

    @Test func columnsCountCharactersNotBytes() {
        let (node, _) = T.read("名前: \"値\"\n地区: [北区, 王子]\n")
        #expect(T.scalar(T.value(node, "名前"))?.start == T.loc(1, 5))
        let districts = T.items(T.value(node, "地区"))
        #expect(T.value(node, "地区")?.start == T.loc(2, 5))
        #expect(T.scalar(districts.last)?.text == "王子")
        #expect(T.scalar(districts.last)?.start == T.loc(2, 10))
    }

    @Test func lineOffsetShiftsEveryMark() {
        let (node, _) = T.read("a: 1\nb:\n  c: x\n", startLine: 5)
        #expect(T.key(node, "a")?.start == T.loc(5, 1))
        #expect(T.value(node, "b")?.start == T.loc(7, 3))
        #expect(T.scalar(T.value(T.value(node, "b"), "c"))?.start == T.loc(7, 6))
        #expect(node?.start == T.loc(5, 1))
    }

    @Test func nestedCollections() {
        let yaml = """
        contact:
          email: info@example.jp
          tel: 03-3908-1111
        fields:
          - welfare
          - child-care
        hours: [{days: mon-fri, open: "09:00"}]

        """
        let (node, diagnostics) = T.read(yaml)
        #expect(diagnostics.isEmpty)
        #expect(T.value(node, "contact")?.start == T.loc(2, 3))
        #expect(T.scalar(T.value(T.value(node, "contact"), "tel"))?.text == "03-3908-1111")
        let fields = T.items(T.value(node, "fields"))
        #expect(fields.compactMap { T.scalar($0)?.text } == ["welfare", "child-care"])
        #expect(T.value(node, "fields")?.start == T.loc(5, 3))
        #expect(fields.last?.start == T.loc(6, 5))
        let hours = T.items(T.value(node, "hours"))
        #expect(hours.first?.start == T.loc(7, 9))
        #expect(T.scalar(T.value(hours.first, "open"))?.style == .doubleQuoted)
        #expect(T.entries(node).map(\.key.text) == ["contact", "fields", "hours"])
    }

    @Test func crlfInputGivesTheSameLines() {
        let (node, diagnostics) = T.read("a: 1\r\nb: 北区\r\nc:\r\n  - x\r\n")
        #expect(diagnostics.isEmpty)
        #expect(T.scalar(T.value(node, "b"))?.text == "北区")
        #expect(T.scalar(T.value(node, "b"))?.start == T.loc(2, 4))
        #expect(T.items(T.value(node, "c")).first?.start == T.loc(4, 5))
    }

    @Test func unusualLineBreaksDoNotShiftLines() {
        // libyaml breaks lines at U+2028 and a lone CR; SourceFile (and editors' line
        // numbers) break only at LF, and the reported positions must follow SourceFile.
        let (node, diagnostics) = T.read("a: \"x\u{2028}y\"\nb: 1\rc: 2\nd: 3\n")
        #expect(diagnostics.isEmpty)
        #expect(T.key(node, "b")?.start == T.loc(2, 1))
        #expect(T.key(node, "c")?.start == T.loc(2, 6))
        #expect(T.key(node, "d")?.start == T.loc(3, 1))
    }

    @Test(arguments: [
        ("a: plain text", "plain text", ScalarStyle.plain),
        ("a: 'it''s'", "it's", .singleQuoted),
        ("a: \"tab\\there \\u00e9\"", "tab\there é", .doubleQuoted),
        ("a: |\n  line 1\n  line 2\n", "line 1\nline 2\n", .literal),
        ("a: >\n  folded\n  text\n", "folded text\n", .folded),
        ("a: |-\n  keep\n", "keep", .literal),
    ] as [(String, String, ScalarStyle)])
    func scalarStyles(yaml: String, text: String, style: ScalarStyle) {
        let (node, diagnostics) = T.read(yaml)
        #expect(diagnostics.isEmpty)
        let scalar = T.scalar(T.value(node, "a"))
        #expect(scalar?.text == text)
        #expect(scalar?.style == style)
    }

    @Test(arguments: ["no", "on", "off", "yes", "10:30", "0123", "2026-12-05", "~", "null",
                      "1e3", "0x1F", ".inf", "1,000", "true", "2026-12-05 10:00"])
    func noImplicitTyping(value: String) {
        let (node, diagnostics) = T.read("v: \(value)\n")
        #expect(diagnostics.isEmpty)
        #expect(T.scalar(T.value(node, "v"))?.text == value)
        #expect(T.scalar(T.value(node, "v"))?.style == .plain)
    }

    @Test func tagsDoNotChangeTheText() {
        let (node, _) = T.read("v: !!int 0123\n")
        #expect(T.scalar(T.value(node, "v"))?.text == "0123")
    }

    @Test func emptyKeyMeansNotGiven() {
        let (node, diagnostics) = T.read("title:\nsummary: x\n")
        #expect(diagnostics.isEmpty)
        #expect(T.scalar(T.value(node, "title"))?.isEmptyPlain == true)
        #expect(T.scalar(T.value(node, "summary"))?.isEmptyPlain == false)
    }

    @Test(arguments: ["", "# only a comment\n", "---\n", "\n\n", "---\n...\n"])
    func emptyDocumentsAreNil(yaml: String) {
        let (node, diagnostics) = T.read(yaml)
        #expect(node == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func tabsInsideValuesAreFine() {
        let (node, diagnostics) = T.read("a: x\ty\nb:\tz\nc: |\n  code\n  \tindented\nd: [1,\n\t2]\n")
        #expect(diagnostics.isEmpty)
        #expect(T.scalar(T.value(node, "a"))?.text == "x\ty")
        #expect(T.scalar(T.value(node, "b"))?.text == "z")
        #expect(T.scalar(T.value(node, "c"))?.text == "code\n\tindented\n")
        #expect(T.items(T.value(node, "d")).count == 2)
    }

    @Test func rootNeedNotBeAMapping() {
        let (node, _) = T.read("- a\n- b\n")
        #expect(T.items(node).count == 2)
        let (scalarRoot, _) = T.read("just text\n")
        #expect(T.scalar(scalarRoot)?.text == "just text")
    }

    @Test func thirtyTwoLevelsAreAccepted() {
        let yaml = String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        let (node, diagnostics) = T.read(yaml)
        #expect(diagnostics.isEmpty)
        #expect(node != nil)
    }
}
