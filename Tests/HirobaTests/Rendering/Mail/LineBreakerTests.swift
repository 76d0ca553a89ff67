@testable import Rendering
import Testing

/// The text mail's line breaking: exact lines for Japanese and English text, kinsoku,
/// Latin words and URLs. Widths are in columns (a full-width character takes two).
@Suite("Mail line breaking")
struct LineBreakerTests {
    func wrap(_ text: String, columns: Int, first: String = "", rest: String = "", ja: Bool = true) -> [String] {
        LineBreaker(columns: columns, measure: MailWidth(ambiguousWide: ja)).wrap(text, first: first, rest: rest)
    }

    @Test func aFullStopIsPulledBackWithTheCharacterBeforeIt() {
        // "あいうえお" fills 10 columns, but "。" may not start the next line.
        #expect(wrap("あいうえお。かきくけこ", columns: 10) == ["あいうえ", "お。かきく", "けこ"])
    }

    @Test func anOpeningBracketGoesToTheNextLine() {
        #expect(wrap("あいうえ「かき」", columns: 10) == ["あいうえ", "「かき」"])
        #expect(wrap("会場（北とぴあ）です。", columns: 6) == ["会場", "（北と", "ぴあ）", "です。"])
    }

    @Test func smallKanaAndTheLongVowelMarkNeverStartALine() {
        #expect(wrap("チョコレートケーキ", columns: 6) == ["チョコ", "レート", "ケーキ"])
        #expect(wrap("ちょっと々", columns: 6) == ["ちょっ", "と々"])
    }

    @Test func severalClosingCharactersStayTogether() {
        #expect(wrap("あいう」」」", columns: 8) == ["あい", "う」」」"])
        #expect(wrap("はい！？ではまた", columns: 6) == ["は", "い！？", "ではま", "た"])
    }

    @Test func latinWordsAreNotSplit() {
        #expect(wrap("会場はKita Hall Aです", columns: 16) == ["会場はKita Hall", "Aです"])
        #expect(wrap("Hello, world. (Kita City) is here!", columns: 12, ja: false)
                == ["Hello,", "world. (Kita", "City) is", "here!"])
    }

    @Test func asciiPunctuationFollowsTheRulesToo() {
        // "," and ")" after a space may not start a line; "(" before one may not end it.
        #expect(wrap("abcd ) efgh", columns: 6, ja: false) == ["abcd )", "efgh"])
        #expect(wrap("ab ( cd", columns: 4, ja: false) == ["ab", "( cd"])
    }

    @Test func aURLWiderThanTheLineGetsALineOfItsOwn() {
        let url = "https://hiroba.example.jp/events/kita-volunteer-festival/"
        #expect(wrap("詳細：\(url) をご覧ください。", columns: 20) == ["詳細：", url, "をご覧ください。"])
        #expect(wrap("[1] \(url)", columns: 20, rest: "    ") == ["[1]", "    " + url])
    }

    @Test func aURLIsNeverBrokenAndKeepsItsBrackets() {
        #expect(wrap("（https://example.jp/a）を見て", columns: 24) == ["（https://example.jp/a）", "を見て"])
        // A sentence's full stop is not part of the URL.
        #expect(wrap("See https://example.jp/a/b. Thanks", columns: 30, ja: false) == ["See https://example.jp/a/b.", "Thanks"])
        #expect(wrap("See https://example.jp/a/b. Thanks", columns: 20, ja: false) == ["See", "https://example.jp/a/b.", "Thanks"])
    }

    @Test func hangingIndentAndForcedBreaks() {
        #expect(wrap("あいうえおかきくけこ", columns: 12, first: "◆ ", rest: "   ") == ["◆ あいうえ", "   おかきく", "   けこ"])
        #expect(wrap("あ\nい", columns: 10, first: "- ", rest: "  ") == ["- あ", "  い"])
        #expect(wrap("", columns: 10, first: "x ") == ["x"])
    }

    @Test func aLongWordIsCutOnlyAsALastResort() {
        #expect(wrap("supercalifragilistic", columns: 8, ja: false) == ["supercal", "ifragili", "stic"])
    }

    @Test func ambiguousWidthCountsTwoInJapaneseMail() {
        #expect(MailWidth(ambiguousWide: true).columns("○×→①") == 8)
        #expect(MailWidth(ambiguousWide: false).columns("○×→①") == 4)
        #expect(MailWidth(ambiguousWide: true).columns("Kita 北区") == 9)
        // Six "○" are 12 columns in Japanese: they do not fit in 10.
        #expect(wrap("○○○○○○", columns: 10) == ["○○○○○", "○"])
    }

    @Test func noLineBreaksTheRules() {
        let text = "北区ひろば通信の第1号をお届けします。これから毎月一回、区内のNPO・ボランティア活動の新しい情報を「まとめて」お送りします（予定）。ぜひご覧ください！"
        for columns in 6...40 {
            for line in wrap(text, columns: columns) {
                #expect(MailWidth(ambiguousWide: true).columns(line) <= columns, "\(columns): \(line)")
                #expect(!Kinsoku.noStart.contains(line.first!), "\(columns): \(line)")
                #expect(!Kinsoku.noEnd.contains(line.last!), "\(columns): \(line)")
            }
            #expect(wrap(text, columns: columns).joined() == text)
        }
    }
}
