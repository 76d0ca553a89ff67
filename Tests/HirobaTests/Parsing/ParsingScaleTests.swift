import Diagnostics
import Parsing
import Testing

/// Large inputs parse completely and correctly. How fast they parse is measured by
/// benchmarks/bench_check.py, not here: tests are never timed.
@Suite("Parsing: many files and large mappings")
struct ParsingScaleTests {
    @Test func tenThousandSmallFiles() {
        let text = """
        ---
        name: 北区子ども食堂ネットワーク
        kind: voluntary-group
        fields: [child-care, welfare]
        contact:
          email: info@example.jp
          tel: 03-3908-1111
        summary: 区内の子ども食堂をつなぐネットワークです。
        ---
        本文

        """
        let bytes = Array(text.utf8)
        var roots = 0
        for i in 0..<10_000 {
            let (file, _) = SourceText.decode(bytes: bytes, path: "groups/g\(i).md")
            guard let file else { continue }
            var diagnostics = FileDiagnostics(source: file)
            guard let fm = FrontMatter.split(file.text, diagnostics: &diagnostics) else { continue }
            if YAMLReader.read(fm.yaml, startLine: fm.yamlStartLine, diagnostics: &diagnostics) != nil,
               diagnostics.list.isEmpty {
                roots += 1
            }
        }
        #expect(roots == 10_000)
    }

    @Test func largeFlatMappingAndDuplicateCheckStayLinear() {
        let yaml = (0..<40_000).map { "key-\($0): 値\($0)\n" }.joined() + "key-7: again\n"
        let (node, diagnostics) = ParsingTest.read(yaml)
        #expect(ParsingTest.entries(node).count == 40_000)
        #expect(ParsingTest.summary(diagnostics) == ["E0203@40001:1"])
    }
}
