@testable import Rendering
import Testing

/// `--iso-2022-jp-safe`: what ISO-2022-JP cannot carry is replaced, the rest kept.
@Suite("ISO-2022-JP-safe text")
struct ISO2022JPSafeTests {
    @Test func japaneseTextIsKeptAsItIs() {
        let text = "北区ひろば通信　第1号「まつり」〜ＡＢＣ１２３・※○■―‐ー！？ABC abc ¥ \\ ~"
        #expect(ISO2022JPSafe.convert(text) == text)
    }

    @Test func machineDependentCharactersGetSafeEquivalents() {
        #expect(ISO2022JPSafe.convert("①②⑳㉑") == "(1)(2)(20)(21)")
        #expect(ISO2022JPSafe.convert("⑴❶") == "(1)(1)")
        #expect(ISO2022JPSafe.convert("㈱北区㈲") == "(株)北区(有)")
        #expect(ISO2022JPSafe.convert("Ⅲ期・ⅳ") == "III期・iv")
        #expect(ISO2022JPSafe.convert("30㎡、5㎏、№3、℡") == "30m2、5kg、No3、TEL")
        #expect(ISO2022JPSafe.convert("㍻㍿") == "平成株式会社")
    }

    @Test func microsoftMappingsBecomeJIS() {
        #expect(ISO2022JPSafe.convert("10:00～12:00") == "10:00〜12:00")
        #expect(ISO2022JPSafe.convert("－∥￠￡￢") == "−‖¢£¬")
        #expect(ISO2022JPSafe.convert("A—B–C") == "A―B-C")
    }

    @Test func halfWidthKatakanaBecomesFullWidth() {
        #expect(ISO2022JPSafe.convert("ｶﾀｶﾅ") == "カタカナ")
        #expect(ISO2022JPSafe.convert("ｶﾞｲﾄﾞ") == "ガイド")
    }

    @Test func emojiAndInvisibleCharactersAreDropped() {
        #expect(ISO2022JPSafe.convert("まつり🎉です😀") == "まつりです")
        #expect(ISO2022JPSafe.convert("家族👨‍👩‍👧と🇯🇵") == "家族と")
        #expect(ISO2022JPSafe.convert("a\u{200B}b\u{FEFF}c\u{00AD}d") == "abcd")
        #expect(ISO2022JPSafe.convert("☎️03") == "03")
    }

    @Test func accentsAreRemovedAndKanjiVariantsReplaced() {
        #expect(ISO2022JPSafe.convert("Café Müller") == "Cafe Muller")
        #expect(ISO2022JPSafe.convert("髙橋さんと﨑山さんと𠮷田さん") == "高橋さんと崎山さんと吉田さん")
        #expect(ISO2022JPSafe.convert("©2026 Kita® ½") == "(C)2026 Kita(R) 1/2")
    }

    @Test func whatHasNoEquivalentBecomesAGetaMark() {
        #expect(ISO2022JPSafe.convert("𠀋と彅") == "〓と〓")
        #expect(ISO2022JPSafe.convert("한글") == "〓〓")
    }

    @Test func theResultIsAlwaysSafe() {
        let samples = "①㈱～髙😀ｶﾞ𠀋한é—–©½™\u{200B}☎️🇯🇵Ω∀ÅÆ‰€"
        #expect(ISO2022JPSafe.convert(samples).allSatisfy(ISO2022JPSafe.isSafe))
    }

    @Test func theTablesMatchTheEncoding() {
        // JIS X 0208 has 6,355 kanji in level 1 and 2 (plus a few from the 1978 edition).
        let kanji = (0x4E00...0x9FFF).filter { ISO2022JPSafe.isSafe(Unicode.Scalar($0)!) }
        #expect(kanji.count >= 6355)
        let safe = { (c: Character) in ISO2022JPSafe.isSafe(c) }
        #expect(safe("亜") && safe("熙") && !safe("髙"))
        #expect(safe("〜") && !safe("～"))
    }
}
