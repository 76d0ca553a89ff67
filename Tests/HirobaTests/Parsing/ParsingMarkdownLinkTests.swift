import Diagnostics
import Parsing
import Testing

@Suite("Parsing: Markdown links")
struct ParsingMarkdownLinkTests {
    typealias T = ParsingTest

    @Test func linksAndImagesInDocumentOrder() {
        let md = "詳しくは[北とぴあ](facility:hokutopia)へ。\n\n![会場の地図](assets/map.png \"地図\")\n"
        let links = Markdown.links(in: md)
        #expect(links.count == 2)
        #expect(links[0].destination == "facility:hokutopia")
        #expect(links[0].text == "北とぴあ")
        #expect(!links[0].isImage)
        #expect(links[0].blockLine == 1)
        #expect(links[0].destinationLocation == T.loc(1, 12))
        #expect(links[1].destination == "assets/map.png")
        #expect(links[1].text == "会場の地図")
        #expect(links[1].isImage)
        #expect(links[1].destinationLocation == T.loc(3, 10))
    }

    @Test func bodyLineOffsetAndLinksOnLaterLinesOfAParagraph() {
        let md = "一行目の文章。\n二行目に [団体](group:kita-npo) があります。\n"
        let links = Markdown.links(in: md, firstLine: 6)
        #expect(links.first?.blockLine == 6)
        #expect(links.first?.destinationLocation == T.loc(7, 11))
        #expect(links.first?.location == T.loc(7, 11))
    }

    @Test func repeatedDestinationsMapToSuccessiveOccurrences() {
        let links = Markdown.links(in: "[a](event:x) と [b](event:x)\n\n[c](event:x)\n")
        #expect(links.map(\.destinationLocation) == [T.loc(1, 5), T.loc(1, 20), T.loc(3, 5)])
    }

    @Test func linksInTablesListsQuotesAndHeadings() {
        let md = """
        # [見出し](page:about)

        > 引用 [q](group:q)

        - 項目 [l](event:l)

        | 施設 | 備考 |
        |---|---|
        | [北とぴあ](facility:hokutopia) | 駅前 |

        """
        let links = Markdown.links(in: md)
        #expect(links.map(\.destination) == ["page:about", "group:q", "event:l", "facility:hokutopia"])
        #expect(links.map(\.destinationLocation) == [T.loc(1, 9), T.loc(3, 10), T.loc(5, 10), T.loc(9, 10)])
    }

    @Test func referenceLinksPointAtTheDefinition() {
        let links = Markdown.links(in: "[概要][about]を見てください。\n\n[about]: page:about\n")
        #expect(links.first?.destination == "page:about")
        #expect(links.first?.destinationLocation == T.loc(3, 10))
    }

    @Test func angleBracketDestinationsAndAutolinks() {
        let links = Markdown.links(in: "[x](<group:a>) and <https://example.org/a>\n")
        #expect(links.map(\.destination) == ["group:a", "https://example.org/a"])
        #expect(links.map(\.destinationLocation) == [T.loc(1, 6), T.loc(1, 21)])
    }

    /// Links are found without the GFM extensions (so checks parse in parallel): a bare
    /// `www.` autolink is not a link there, and it could never name an item anyway.
    @Test func bareWWWAutolinksAreNotScanned() {
        #expect(Markdown.links(in: "見てね www.example.org\n").isEmpty)
        #expect(Markdown.renderHTML(markdown: "見てね www.example.org\n") { _ in nil }.contains("href=\"http://www.example.org\""))
    }

    @Test func linksInTablesAreFoundWithoutTheTableExtension() {
        let links = Markdown.links(in: "| 会場 | 備考 |\n|---|---|\n| [北とぴあ](facility:hokutopia) | 2階 |\n")
        #expect(links.map(\.destination) == ["facility:hokutopia"])
        #expect(links.first?.destinationLocation == T.loc(3, 10))
    }

    @Test func codeIsNotALink() {
        let links = Markdown.links(in: "`[x](group:a)`\n\n```\n[y](group:b)\n```\n")
        #expect(links.isEmpty)
    }

    @Test func locatorHelper() {
        let md = "text\n\n```\n](group:a)\n```\n\nsee [g](group:a)\n"
        #expect(MarkdownLinkLocator.locate(destination: "group:a", in: md, fromLine: 7) == T.loc(7, 9))
        #expect(MarkdownLinkLocator.locate(destination: "group:a", in: md, fromLine: 17, firstLine: 11) == T.loc(17, 9))
        #expect(MarkdownLinkLocator.locate(destination: "group:zzz", in: md, fromLine: 1) == nil)
    }
}
