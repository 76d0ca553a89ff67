import Diagnostics
import Testing

@Suite("GitHub Actions renderer")
struct GitHubRendererTests {
    let diagnostic = HumanRendererTests.japanese

    @Test func oneAnnotationPerDiagnosticWithMessageAndHint() {
        #expect(GitHubRenderer(language: .en).render(diagnostic)
            == "::error file=content/events/x.md,line=3,col=7,endColumn=9,title=E0304::expected true or false, found `はい`.%0AWrite `true`.")
        #expect(GitHubRenderer(language: .both).render(diagnostic)
            == "::error file=content/events/x.md,line=3,col=7,endColumn=9,title=E0304::真偽値が必要です（`はい`）。%0Aexpected true or false, found `はい`.%0A`true` と書いてください。%0AWrite `true`.")
        #expect(GitHubRenderer(language: .ja).render(HumanRendererTests.warning)
            == "::warning file=content/groups/g.md,line=12,col=14,endColumn=24,title=W0601::古い情報です。")
    }

    @Test func escapingIsExact() {
        #expect(GitHubRenderer.escapeData("100% a:b,c\r\nd\re\nf") == "100%25 a:b,c%0D%0Ad%0De%0Af")
        #expect(GitHubRenderer.escapeProperty("a,b:c%d\r\n") == "a%2Cb%3Ac%25d%0D%0A")
        #expect(GitHubRenderer.escapeData("%25") == "%2525")  // escaping is not idempotent, by design
        #expect(GitHubRenderer.escapeData("北区：、") == "北区：、")  // full-width ： and 、 are not ASCII

        var d = diagnostic
        d.file = "content/a,b:c%.md"
        d.message = Bilingual(ja: "100% 違う\n次の行", en: "50%, then\r\nmore")
        d.hint = nil
        #expect(GitHubRenderer(language: .both).render(d)
            == "::error file=content/a%2Cb%3Ac%25.md,line=3,col=7,endColumn=9,title=E0304::100%25 違う%0A次の行%0A50%25, then%0D%0Amore")
    }

    @Test func summaryIsAPlainLineAtTheEnd() {
        let out = GitHubRenderer(language: .en).render([diagnostic], summary: ReportSummary(files: 4, errors: 1, warnings: 0))
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("::error file="))
        #expect(lines[1] == "✗ Checked 4 files: 1 error, 0 warnings.")
        #expect(GitHubRenderer(language: .both).render([], summary: ReportSummary(files: 2, errors: 0, warnings: 0))
            == "✓ 2 件のファイルを確認しました。問題はありません。 / Checked 2 files: no problems found.\n")
    }
}
