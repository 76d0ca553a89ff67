import Parsing
import Testing

/// Markdown as plain-text blocks for the text mail.
@Suite("Parsing: Markdown as plain text")
struct ParsingMarkdownTextTests {
    func parse(_ markdown: String) -> MarkdownText {
        MarkdownText.parse(markdown) { destination in
            destination.hasPrefix("event:") ? "https://example.jp/events/\(destination.dropFirst(6))/" : nil
        }
    }

    @Test func linksBecomeNumberedReferences() {
        let text = parse("[まつり](event:matsuri)と[講座](https://example.jp/k)、また[まつり](event:matsuri)。")
        #expect(text.blocks.map(\.text) == ["まつり[1]と講座[2]、またまつり[1]。"])
        #expect(text.links == ["https://example.jp/events/matsuri/", "https://example.jp/k"])
    }

    @Test func autolinksAndUnsafeOrRelativeLinksGetNoReference() {
        let text = parse("<https://example.jp/a> <mailto:a@example.jp> [x](javascript:alert(1)) [y](/about/) [z](#top)")
        #expect(text.blocks.map(\.text) == ["https://example.jp/a a@example.jp x y z"])
        #expect(text.links.isEmpty)
        #expect(parse("[電話](tel:03-0000-0000)").links == ["tel:03-0000-0000"])
    }

    @Test func softBreaksJoinJapaneseAndSpaceEnglish() {
        let text = parse("北区の\nまつりです。\nSee you\nthere.  \nBye")
        #expect(text.blocks.map(\.text) == ["北区のまつりです。 See you there.\nBye"])
    }

    @Test func blocksKeepTheirRoleDepthAndMarker() {
        let text = parse("## 流れ\n\n1. 集合\n2. 開店\n   - 配膳\n\n> 引用\n\n```\ncode  here\n```\n\n---\n\n<b>raw</b> 本文 ![写真](a.png)")
        let summary = text.blocks.map { "\($0.role)|\($0.depth)|\($0.marker.map { "\($0)" } ?? "-")|\($0.text)" }
        #expect(summary == [
            "heading(level: 2)|0|-|流れ",
            "paragraph|1|number(1)|集合",
            "paragraph|1|number(2)|開店",
            "paragraph|2|bullet|配膳",
            "paragraph|1|-|引用",
            "code|0|-|code  here",
            "thematicBreak|0|-|",
            "paragraph|0|-|raw 本文 写真",
        ])
    }
}
