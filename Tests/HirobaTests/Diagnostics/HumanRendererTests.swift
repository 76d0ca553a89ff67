import Diagnostics
import Testing

@Suite("Human renderer")
struct HumanRendererTests {
    /// `申込必要: はいです`, with `はい` (2 scalars, 4 columns) at scalar column 7.
    static let japanese = Diagnostic(
        .error, .invalidBool, file: "content/events/x.md", at: SourceLocation(line: 3, column: 7), length: 2, text: "はい",
        message: Bilingual(ja: "真偽値が必要です（`はい`）。", en: "expected true or false, found `はい`."),
        hint: Bilingual(ja: "`true` と書いてください。", en: "Write `true`."), sourceLine: "申込必要: はいです")

    static let warning = Diagnostic(
        .warning, .staleDisclosure, file: "content/groups/g.md", at: SourceLocation(line: 12, column: 14), length: 10,
        text: "2024-01-01", message: Bilingual(ja: "古い情報です。", en: "the information is old."),
        sourceLine: "  confirmed: 2024-01-01")

    func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func bothLanguagesWithTheCaretUnderJapaneseText() {
        let out = lines(HumanRenderer(language: .both, color: false).render(Self.japanese))
        // "申込必要: " is 4 wide characters and 2 narrow ones: 10 columns; "はい" takes 4.
        #expect(out == [
            "error[E0304]: 真偽値が必要です（`はい`）。",
            "error[E0304]: expected true or false, found `はい`.",
            " --> content/events/x.md:3:7",
            "  |",
            "3 | 申込必要: はいです",
            "  |           ^^^^",
            "  = ヒント: `true` と書いてください。",
            "  = hint: Write `true`.",
        ])
    }

    @Test func japaneseOnly() {
        let out = lines(HumanRenderer(language: .ja).render(Self.japanese))
        #expect(out.first == "error[E0304]: 真偽値が必要です（`はい`）。")
        #expect(out.last == "  = ヒント: `true` と書いてください。")
        #expect(!out.joined().contains("expected") && !out.joined().contains("hint:"))
    }

    @Test func englishOnlyWarningWithAWideGutter() {
        let out = lines(HumanRenderer(language: .en).render(Self.warning))
        #expect(out == [
            "warning[W0601]: the information is old.",
            "  --> content/groups/g.md:12:14",
            "   |",
            "12 |   confirmed: 2024-01-01",
            "   |              ^^^^^^^^^^",
        ])
    }

    @Test func caretColumnsCountWideCharactersTwiceAndTabsAsFour() {
        // Full-width punctuation and kana: `（仮）` is 3 wide characters.
        #expect(HumanRenderer.caret(in: "name: 北区の会（仮）, fr: x", column: 16, length: 2) == (indent: 22, width: 2))
        // A tab before the text is shown as four spaces.
        #expect(HumanRenderer.caret(in: "\tkey: yes", column: 7, length: 3) == (indent: 9, width: 3))
        // Half-width katakana is narrow; full-width Latin is wide.
        #expect(HumanRenderer.caret(in: "ｶﾅ ＡＢ x", column: 7, length: 1) == (indent: 8, width: 1))
        // Combining marks take no column: `か` + U+3099 is one wide character.
        #expect(HumanRenderer.caret(in: "か\u{3099}x", column: 3, length: 1) == (indent: 2, width: 1))
        // Emoji shown as emoji are wide.
        #expect(HumanRenderer.caret(in: "🎉 x", column: 3, length: 1) == (indent: 3, width: 1))
        // Past the end of the line: one caret just after it.
        #expect(HumanRenderer.caret(in: "name:", column: 6, length: 1) == (indent: 5, width: 1))
        #expect(HumanRenderer.caret(in: "name:", column: 40, length: 3) == (indent: 5, width: 1))
        // Underlining Japanese text covers its columns.
        #expect(HumanRenderer.caret(in: "会場: 北とぴあ", column: 5, length: 4) == (indent: 6, width: 8))
    }

    @Test func tabsInTheQuotedLineAreShownAsFourSpaces() {
        var d = Self.japanese
        d.sourceLine = "\twith_ward: はい"
        d.location = SourceLocation(line: 3, column: 13)
        let out = lines(HumanRenderer(language: .en).render(d))
        #expect(out[3] == "3 |     with_ward: はい")
        #expect(out[4] == "  |                ^^^^")
    }

    @Test func controlCharactersInContentCannotReachTheTerminal() {
        var d = Self.japanese
        d.sourceLine = "title: \u{1B}[31mred\u{202E}x"
        d.message = Bilingual(ja: "x", en: "found `\u{1B}[2J`")
        d.location = SourceLocation(line: 3, column: 8)
        let text = HumanRenderer(language: .en).render(d)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
        #expect(text.contains("title: \u{FFFD}[31mred\u{FFFD}x"))
    }

    @Test func noColourUnlessAsked() {
        let plain = HumanRenderer(language: .both, color: false)
        #expect(!plain.render([Self.japanese, Self.warning], summary: ReportSummary(files: 2, errors: 1, warnings: 1)).contains("\u{1B}"))
        let coloured = HumanRenderer(language: .en, color: true)
        let error = coloured.render(Self.japanese)
        #expect(error.hasPrefix("\u{1B}[1;31merror[E0304]\u{1B}[0m: "))
        #expect(error.contains("\u{1B}[1;34m|\u{1B}[0m"))  // blue gutter
        #expect(coloured.render(Self.warning).hasPrefix("\u{1B}[1;33mwarning[W0601]\u{1B}[0m: "))
    }

    @Test func aCleanRunIsExactlyOneLine() {
        let summary = ReportSummary(files: 42, errors: 0, warnings: 0)
        #expect(HumanRenderer(language: .both).render([], summary: summary)
            == "✓ 42 件のファイルを確認しました。問題はありません。 / Checked 42 files: no problems found.\n")
        #expect(HumanRenderer(language: .ja).render([], summary: summary) == "✓ 42 件のファイルを確認しました。問題はありません。\n")
        #expect(HumanRenderer(language: .en).render([], summary: ReportSummary(files: 1, errors: 0, warnings: 0))
            == "✓ Checked 1 file: no problems found.\n")
    }

    @Test func reportWithProblemsEndsWithTheCounts() {
        let out = HumanRenderer(language: .en).render([Self.japanese, Self.warning], summary: ReportSummary(files: 5, errors: 1, warnings: 1))
        let all = lines(out)
        #expect(all.last == "")  // ends with a line break
        #expect(all[all.count - 2] == "✗ Checked 5 files: 1 error, 1 warning.")
        #expect(all.filter(\.isEmpty).count == 3)  // a blank line after each diagnostic, and the final break
        let ja = HumanRenderer(language: .ja).render([], summary: ReportSummary(files: 3, errors: 0, warnings: 2))
        #expect(ja == "✓ 3 件のファイルを確認しました。エラー 0 件、警告 2 件。\n")
    }

    @Test func aDiagnosticWithoutSourceLineHasNoSnippet() {
        var d = Self.japanese
        d.sourceLine = nil
        d.hint = nil
        #expect(lines(HumanRenderer(language: .en).render(d)) == [
            "error[E0304]: expected true or false, found `はい`.",
            " --> content/events/x.md:3:7",
        ])
    }
}
