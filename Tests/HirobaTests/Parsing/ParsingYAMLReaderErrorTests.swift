import Diagnostics
import Parsing
import Testing

@Suite("Parsing: YAML reader – errors")
struct ParsingYAMLReaderErrorTests {
    typealias T = ParsingTest

    @Test func unclosedDoubleQuotePointsAtTheQuote() {
        let (node, diagnostics) = T.read("title: \"北区NPO\nsummary: x\nkind: y\n")
        #expect(node == nil)
        #expect(T.summary(diagnostics) == ["E0201@1:8"])
        let d = diagnostics[0]
        #expect(d.message.ja.contains("引用符"))
        #expect(d.message.en.contains("never closed"))
        #expect(d.message.en.contains("libyaml: while scanning a quoted scalar: found unexpected end of stream"))
        #expect(d.hint != nil)
        #expect(d.sourceLine == "title: \"北区NPO")
    }

    @Test func unclosedSingleQuoteWithLineOffset() {
        let file = "---\na: 1\nb: 'x\n"
        let (_, diagnostics) = T.read("a: 1\nb: 'x\n", startLine: 2, fileText: file)
        #expect(T.summary(diagnostics) == ["E0201@3:4"])
        #expect(diagnostics.first?.message.en.contains("'") == true)
        #expect(diagnostics.first?.sourceLine == "b: 'x")
    }

    @Test func unclosedQuoteInCRLFFile() {
        let (_, diagnostics) = T.read("a: 1\r\nb: 2\r\nc: \"x\r\nd: 4\r\n")
        #expect(T.summary(diagnostics) == ["E0201@3:4"])
    }

    @Test func badIndentationInAMapping() {
        let (node, diagnostics) = T.read("contact:\n  email: a@example.jp\n tel: 03-1234-5678\n")
        #expect(node == nil)
        #expect(T.summary(diagnostics) == ["E0201@3:2"])
        #expect(diagnostics.first?.message.en.contains("indentation") == true)
    }

    @Test func overIndentedKeyBecomesColonInValue() {
        let (_, diagnostics) = T.read("title: a\n  summary: b\n")
        #expect(T.summary(diagnostics) == ["E0201@2:10"])
        #expect(diagnostics.first?.hint?.ja.contains("引用符") == true)
    }

    @Test func badIndentationInAList() {
        let (_, diagnostics) = T.read("fields:\n  - a\n - b\n")
        #expect(T.summary(diagnostics) == ["E0201@3:2"])
    }

    @Test func colonInsideAPlainValue() {
        let (_, diagnostics) = T.read("note: 受付: 10時から\n")
        #expect(diagnostics.map(\.code) == [.yamlSyntax])
        // "受付:" makes libyaml see a second key on the same line; it stops at that colon.
        #expect(diagnostics.first?.location == T.loc(1, 9))
    }

    @Test func lineWithoutColon() {
        let (_, diagnostics) = T.read("title: a\nsummary\nkind: b\n")
        #expect(diagnostics.map(\.code) == [.yamlSyntax])
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func unclosedFlowListPointsAtTheBracket() {
        let (_, diagnostics) = T.read("fields: [welfare, child\nkind: npo\n")
        #expect(T.summary(diagnostics) == ["E0201@1:9"])
        #expect(diagnostics.first?.message.en.contains("“[” on line 1") == true)
    }

    @Test func valueStartingWithStarNeedsQuotes() {
        let (_, diagnostics) = T.read("summary: **重要** です\n")
        #expect(T.summary(diagnostics) == ["E0201@1:10"])
        #expect(diagnostics.first?.hint?.en.contains("quotes") == true)
    }

    @Test func valueStartingWithAt() {
        let (_, diagnostics) = T.read("sns: @kita_npo\n")
        #expect(T.summary(diagnostics) == ["E0201@1:6"])
        #expect(diagnostics.first?.message.ja.contains("「@」") == true)
    }

    @Test func unknownEscape() {
        let (_, diagnostics) = T.read("path: \"C:\\q\"\n")
        #expect(T.summary(diagnostics) == ["E0201@1:10"])
    }

    @Test func controlCharacter() {
        let (_, diagnostics) = T.read("a: 1\nb: x\u{7}y\n")
        #expect(T.summary(diagnostics) == ["E0201@2:5"])
        #expect(diagnostics.first?.message.en.contains("U+0007") == true)
    }

    @Test(arguments: [
        ("contact:\n\temail: a\n", "E0202@2:1"),
        ("contact:\n  email: a\n  \ttel: 03\n", "E0202@3:3"),
        ("\ta: 1\n", "E0202@1:1"),
        ("a: 1\n\t\nb: 2\n", "E0202@2:1"),
        ("fields:\n  - a\n\t- b\n", "E0202@3:1"),
        ("- \tb\n", "E0202@1:3"),
    ])
    func tabIndentationIsReportedAtTheTab(yaml: String, expected: String) {
        let (node, diagnostics) = T.read(yaml)
        #expect(node == nil)
        #expect(T.summary(diagnostics) == [expected])
    }

    @Test func tabIndentationWithLineOffsetAndJapanese() {
        let yaml = "名前: 北区\n連絡先:\n\tメール: a\n"
        let (_, diagnostics) = T.read(yaml, startLine: 2, fileText: "---\n" + yaml + "---\n")
        #expect(T.summary(diagnostics) == ["E0202@4:1"])
        #expect(diagnostics.first?.hint?.ja.contains("スペース") == true)
    }

    @Test func duplicateKeyIsReportedAtTheSecond() {
        let (node, diagnostics) = T.read("title: a\nsummary: b\ntitle: c\n")
        #expect(T.summary(diagnostics) == ["E0203@3:1"])
        #expect(diagnostics.first?.message.en.contains("line 1") == true)
        #expect(diagnostics.first?.message.ja.contains("1 行目") == true)
        #expect(diagnostics.first?.text == "title")
        // The first value is kept, the duplicate dropped.
        #expect(T.entries(node).map(\.key.text) == ["title", "summary"])
        #expect(T.scalar(T.value(node, "title"))?.text == "a")
    }

    @Test func duplicateKeysQuotedOrNestedOrInLargeMappings() {
        let (_, nested) = T.read("contact:\n  email: a\n  \"email\": b\n")
        #expect(T.summary(nested) == ["E0203@3:3"])
        let many = (1...20).map { "k\($0): v\n" }.joined() + "k3: again\nk20: again\n"
        let (node, diagnostics) = T.read(many)
        #expect(T.summary(diagnostics) == ["E0203@21:1", "E0203@22:1"])
        #expect(T.entries(node).count == 20)
        let (_, flow) = T.read("a: {x: 1, y: 2, x: 3}\n")
        #expect(T.summary(flow) == ["E0203@1:17"])
    }

    @Test func aliasesAndAnchorsAreRefused() {
        let (node, diagnostics) = T.read("a: &x foo\nb: *x\nc: ok\n")
        #expect(T.summary(diagnostics) == ["E0204@1:4", "E0204@2:4"])
        #expect(diagnostics[1].text == "*x")
        #expect(T.entries(node).map(\.key.text) == ["a", "c"])
    }

    @Test func billionLaughsIsHarmless() {
        let yaml = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

        """
        let clock = ContinuousClock()
        var result: (node: YAMLNode?, diagnostics: [Diagnostic]) = (nil, [])
        let elapsed = clock.measure { result = T.read(yaml) }
        #expect(elapsed < .seconds(1))
        #expect(result.diagnostics.allSatisfy { $0.code == .aliasNotAllowed })
        // The first anchor and the first alias are reported; the other 8 anchors and 71 aliases
        // need the same fix and would only bury it.
        #expect(T.summary(result.diagnostics) == ["E0204@1:4", "E0204@2:8"])
        // Nothing was expanded: each list holds at most the 9 literal items.
        #expect(T.items(T.value(result.node, "a")).count == 9)
        #expect(T.items(T.value(result.node, "i")).isEmpty)
    }

    @Test func tenThousandOpeningBracketsStopAtTheLimit() {
        let yaml = String(repeating: "[", count: 10_000)
        let clock = ContinuousClock()
        var result: (node: YAMLNode?, diagnostics: [Diagnostic]) = (nil, [])
        let elapsed = clock.measure { result = T.read(yaml) }
        #expect(elapsed < .seconds(1))
        #expect(result.node == nil)
        #expect(T.summary(result.diagnostics) == ["E0205@1:33"])
    }

    @Test func deepBlockNestingIsRefused() {
        let yaml = (0..<40).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
        let (node, diagnostics) = T.read(yaml)
        #expect(node == nil)
        // Mapping number n starts at line n, column n (k0 is the root, depth 1).
        #expect(T.summary(diagnostics) == ["E0205@33:33"])
    }

    @Test func hugeDeepNestingInsideSizeLimitIsFast() {
        let yaml = "a: " + String(repeating: "{a: ", count: 250_000)
        let clock = ContinuousClock()
        var result: (node: YAMLNode?, diagnostics: [Diagnostic]) = (nil, [])
        let elapsed = clock.measure { result = T.read(yaml) }
        #expect(elapsed < .seconds(1))
        #expect(result.diagnostics.map(\.code) == [.nestingTooDeep])
    }

    @Test func nonScalarKeysAreWrongShape() {
        let (node, diagnostics) = T.read("? [a, b]\n: c\nd: e\n")
        #expect(T.summary(diagnostics) == ["E0303@1:3"])
        #expect(T.entries(node).map(\.key.text) == ["d"])
        let (_, flow) = T.read("x: {{a: 1}: 2, y: 3}\n")
        #expect(T.summary(flow) == ["E0303@1:5"])
    }

    @Test func secondDocumentIsRefusedButTheFirstIsKept() {
        let (node, diagnostics) = T.read("a: 1\n---\nb: 2\n")
        #expect(T.summary(diagnostics) == ["E0207@2:1"])
        #expect(T.entries(node).map(\.key.text) == ["a"])
    }

    @Test func diagnosticsQuoteTheFileLine() {
        let file = "---\ntitle: a\ntitle: b\n---\n"
        let (_, diagnostics) = T.read("title: a\ntitle: b\n", startLine: 2, fileText: file)
        #expect(diagnostics.first?.sourceLine == "title: b")
        #expect(diagnostics.first?.file == "test.yaml")
    }

    @Test func neverCrashesOnMangledInput() {
        // Deterministic pseudo-random mixes of YAML punctuation, text and line breaks.
        let pieces = ["a", ": ", "- ", "\n", "  ", "\t", "\"", "'", "[", "]", "{", "}", ",", "&x ", "*x",
                      "? ", "|", ">", "#", "---\n", "...\n", "北区", "!", "%", "@", "\r\n", "\\", "\u{2028}"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3_000 {
            var yaml = ""
            for _ in 0..<(Int(seed % 40) + 1) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                yaml += pieces[Int((seed >> 33) % UInt64(pieces.count))]
            }
            let (_, diagnostics) = T.read(yaml)
            for d in diagnostics {
                #expect(d.location.line >= 1 && d.location.column >= 1)
            }
        }
    }
}
