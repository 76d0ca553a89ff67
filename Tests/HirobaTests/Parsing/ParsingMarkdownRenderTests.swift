import Parsing
import Testing

@Suite("Parsing: Markdown rendering")
struct ParsingMarkdownRenderTests {
    private func html(_ md: String, resolve: (String) -> String? = { _ in nil }) -> String {
        Markdown.renderHTML(markdown: md, resolveLink: resolve)
    }

    @Test func emptyInput() {
        #expect(html("") == "")
        #expect(Markdown.links(in: "").isEmpty)
    }

    @Test func paragraphsAndEmphasis() {
        #expect(html("**北区**の*NPO*\n") == "<p><strong>北区</strong>の<em>NPO</em></p>\n")
    }

    @Test func tables() {
        let out = html("| 曜日 | 時間 |\n|:--|--:|\n| 月 | 9:00 |\n")
        #expect(out.contains("<table>"))
        #expect(out.contains("<th align=\"left\">曜日</th>"))
        #expect(out.contains("<td align=\"right\">9:00</td>"))
    }

    @Test func taskLists() {
        let out = html("- [x] 申請書\n- [ ] 報告書\n")
        #expect(out.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> 申請書"))
        #expect(out.contains("<input type=\"checkbox\" disabled=\"\" /> 報告書"))
    }

    @Test func strikethrough() {
        #expect(html("~~中止~~ 延期\n") == "<p><del>中止</del> 延期</p>\n")
    }

    @Test func autolinks() {
        let out = html("詳細は https://www.city.kita.tokyo.jp/ と info@example.jp まで\n")
        #expect(out.contains("<a href=\"https://www.city.kita.tokyo.jp/\">https://www.city.kita.tokyo.jp/</a>"))
        #expect(out.contains("<a href=\"mailto:info@example.jp\">info@example.jp</a>"))
    }

    @Test func rawHTMLIsDropped() {
        let out = html("<script>alert(1)</script>\n\n本文 <b onclick=\"x()\">太字</b> <img src=x onerror=alert(1)>\n")
        #expect(!out.contains("<script"))
        #expect(!out.contains("<b "))
        #expect(!out.contains("<img"))
        #expect(!out.contains("onclick"))
        #expect(out.contains("太字"))
    }

    @Test(arguments: [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x]( vbscript:msgbox)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "![x](data:image/png;base64,iVBORw0KGgo=)",
        "[x](file:///etc/passwd)",
        "[x](ftp://example.org/)",
        "[x](facility:unknown)",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x](&#106;avascript:alert(1))",
    ])
    func unsafeDestinationsBecomeHash(md: String) {
        let out = html(md + "\n")
        #expect(urls(in: out) == ["#"], "\(out)")
    }

    /// Values of every href="…" and src="…" attribute.
    private func urls(in html: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.firstRange(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return found
    }

    @Test(arguments: [
        ("[x](https://example.org/a?b=1)", "https://example.org/a?b=1"),
        ("[x](http://example.org)", "http://example.org"),
        ("[x](mailto:info@example.jp)", "mailto:info@example.jp"),
        ("[x](tel:03-3908-1111)", "tel:03-3908-1111"),
        ("[x](../events/)", "../events/"),
        ("[x](/about/)", "/about/"),
        ("[x](#access)", "#access"),
        ("![x](assets/a.png)", "assets/a.png"),
    ])
    func safeDestinationsAreKept(md: String, url: String) {
        #expect(html(md + "\n").contains("=\"\(url)\""))
    }

    @Test func itemLinksGoThroughTheResolver() {
        var asked: [String] = []
        let out = html("[北とぴあ](facility:hokutopia)と[謎](facility:nope)と[外部](https://example.org)\n") { dest in
            asked.append(dest)
            return dest == "facility:hokutopia" ? "/ja/facilities/hokutopia/" : nil
        }
        #expect(asked == ["facility:hokutopia", "facility:nope", "https://example.org"])
        #expect(out.contains("<a href=\"/ja/facilities/hokutopia/\">北とぴあ</a>"))
        #expect(out.contains("<a href=\"#\">謎</a>"))
        #expect(out.contains("<a href=\"https://example.org\">外部</a>"))
    }

    @Test func resolverCannotInjectUnsafeURLs() {
        let out = html("[x](group:a)\n") { _ in "javascript:alert(1)" }
        #expect(out == "<p><a href=\"#\">x</a></p>\n")
    }

    @Test func headingIDs() {
        let md = """
        # 活動内容
        ## Activities & Goals
        ## 活動内容
        ### 「お知らせ」2026年 `v2`
        ## !!!
        ## 活動内容

        """
        let out = html(md)
        #expect(out.contains("<h1 id=\"活動内容\">活動内容</h1>"))
        #expect(out.contains("<h2 id=\"activities-goals\">Activities &amp; Goals</h2>"))
        #expect(out.contains("<h2 id=\"活動内容-2\">活動内容</h2>"))
        #expect(out.contains("<h3 id=\"お知らせ2026年-v2\">"))
        #expect(out.contains("<h2 id=\"section\">!!!</h2>"))
        #expect(out.contains("<h2 id=\"活動内容-3\">"))
    }

    @Test func headingIDsIgnoreLookalikeText() {
        let out = html("# Title\n\n```\n<h2>not a heading</h2>\n```\n\n<h2>raw</h2>\n\n## Real\n")
        #expect(out.contains("<h1 id=\"title\">Title</h1>"))
        #expect(out.contains("<h2 id=\"real\">Real</h2>"))
        #expect(out.contains("&lt;h2&gt;not a heading"))
    }

    @Test func softBreaksBetweenJapaneseAreJoined() {
        #expect(html("北区の\n市民活動\n") == "<p>北区の市民活動</p>\n")
        #expect(html("Hello\nworld\n") == "<p>Hello\nworld</p>\n")
        #expect(html("北区の\nNPO\n") == "<p>北区の\nNPO</p>\n")
    }

    @Test func inlineRenderingDropsTheParagraph() {
        #expect(Markdown.renderInlineHTML(markdown: "**重要** [詳細](page:about)", resolveLink: { _ in "/about/" })
            == "<strong>重要</strong> <a href=\"/about/\">詳細</a>")
        #expect(Markdown.renderInlineHTML(markdown: "a\n\nb", resolveLink: { _ in nil }) == "<p>a</p>\n<p>b</p>\n")
    }

    @Test func concurrentRenderingGivesIdenticalResults() async {
        // cmark-gfm keeps its inline special characters (`~`, `:`…) in a global table that
        // each parse adds to and removes from; without the parse lock, concurrent parses
        // lose strikethrough and autolinks. Long documents widen the window.
        let paragraph = "~~中止~~ https://example.org **x** www.example.jp ~~延期~~ 北区\n\n"
        let md = String(repeating: paragraph, count: 300) + "| a | b |\n|---|---|\n| ~~1~~ | 2 |\n"
        let expected = html(md)
        #expect(expected.contains("<del>中止</del>"))
        #expect(expected.contains("<td><del>1</del></td>"))
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<64 {
                group.addTask { Markdown.renderHTML(markdown: md, resolveLink: { _ in nil }) }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }
}
