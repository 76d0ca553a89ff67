import Diagnostics
import Foundation
import Testing

@Suite("Diagnostic renderers")
struct RendererTests {
    let diagnostic = Diagnostic(
        .error, .invalidBool, file: "content/events/x.md", at: SourceLocation(line: 3, column: 7), length: 2, text: "はい",
        message: Bilingual(ja: "真偽値が必要です。", en: "expected true or false."),
        hint: Bilingual(ja: "true と書いてください。", en: "Write true."), sourceLine: "申込必要: はいです")

    @Test func caretLinesUpUnderJapaneseText() {
        let text = HumanRenderer(language: .both, color: false).render(diagnostic)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "error[E0304]: 真偽値が必要です。")
        #expect(lines[1] == "error[E0304]: expected true or false.")
        #expect(lines[2] == " --> content/events/x.md:3:7")
        #expect(lines[4] == "3 | 申込必要: はいです")
        // "申込必要: " is 4 wide characters and 2 narrow ones: 10 columns; "はい" is 4.
        #expect(lines[5] == "  | " + String(repeating: " ", count: 10) + "^^^^")
        #expect(lines[6] == "  = ヒント: true と書いてください。")
        #expect(lines[7] == "  = hint: Write true.")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!HumanRenderer(language: .en, color: false).render(diagnostic).contains("\u{1B}["))
        #expect(HumanRenderer(language: .en, color: true).render(diagnostic).contains("\u{1B}[1;31merror[E0304]\u{1B}[0m"))
    }

    @Test func cleanSummaryIsOneLine() {
        let out = HumanRenderer(language: .en, color: false).render([], summary: ReportSummary(files: 3, errors: 0, warnings: 0))
        #expect(out == "✓ Checked 3 files: no problems found.\n")
        let ja = HumanRenderer(language: .ja, color: false).render([], summary: ReportSummary(files: 1, errors: 2, warnings: 1))
        #expect(ja == "✗ 1 件のファイルを確認しました。エラー 2 件、警告 1 件。\n")
    }

    @Test func githubEscaping() {
        var d = diagnostic
        d.file = "content/a,b:c%.md"
        d.message = Bilingual(ja: "100% 違う\n次の行", en: "50%, then\r\nmore")
        d.hint = nil
        #expect(GitHubRenderer(language: .both).render(d)
            == "::error file=content/a%2Cb%3Ac%25.md,line=3,col=7,endColumn=9,title=E0304::100%25 違う%0A次の行%0A50%25, then%0D%0Amore")
        d.severity = .warning
        #expect(GitHubRenderer(language: .en).render(d).hasPrefix("::warning file="))
    }

    @Test func jsonIsValidAndDeterministic() throws {
        let summary = ReportSummary(files: 1, errors: 1, warnings: 0)
        let a = JSONRenderer().render([diagnostic], summary: summary)
        #expect(a == JSONRenderer().render([diagnostic], summary: summary))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any])
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["code"] as? String == "E0304")
        #expect(first["column"] as? Int == 7)
        #expect((first["message"] as? [String: String])?["ja"] == "真偽値が必要です。")
        #expect((object["summary"] as? [String: Int])?["errors"] == 1)
    }

    @Test func languageFromEnvironment() {
        #expect(MessageLanguage.fromEnvironment(["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(MessageLanguage.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .en)
        #expect(MessageLanguage.fromEnvironment(["LANG": "C.UTF-8"]) == .both)
        #expect(MessageLanguage.fromEnvironment([:]) == .both)
        #expect(MessageLanguage.fromEnvironment(["LC_ALL": "en_US", "LANG": "ja_JP"]) == .en)
        #expect(MessageLanguage.fromEnvironment(["LC_MESSAGES": "ja_JP", "LANG": "en_US"]) == .ja)
    }
}
