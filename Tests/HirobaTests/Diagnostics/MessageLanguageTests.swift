import Diagnostics
import Testing

@Suite("Message language")
struct MessageLanguageTests {
    @Test func fromTheEnvironment() {
        #expect(MessageLanguage.fromEnvironment(["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(MessageLanguage.fromEnvironment(["LANG": "ja"]) == .ja)
        #expect(MessageLanguage.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .en)
        #expect(MessageLanguage.fromEnvironment(["LANG": "C"]) == .both)
        #expect(MessageLanguage.fromEnvironment(["LANG": "C.UTF-8"]) == .both)
        #expect(MessageLanguage.fromEnvironment(["LANG": "POSIX"]) == .both)
        #expect(MessageLanguage.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == .both)
        #expect(MessageLanguage.fromEnvironment([:]) == .both)
    }

    @Test func lcAllThenLcMessagesThenLang() {
        #expect(MessageLanguage.fromEnvironment(["LC_ALL": "en_US", "LC_MESSAGES": "ja_JP", "LANG": "ja_JP"]) == .en)
        #expect(MessageLanguage.fromEnvironment(["LC_MESSAGES": "ja_JP", "LANG": "en_US"]) == .ja)
        // The first one set decides, even when it names neither language.
        #expect(MessageLanguage.fromEnvironment(["LC_ALL": "C", "LANG": "ja_JP.UTF-8"]) == .both)
        // An empty variable counts as unset.
        #expect(MessageLanguage.fromEnvironment(["LC_ALL": "", "LANG": "ja_JP.UTF-8"]) == .ja)
    }

    @Test func selectsJapaneseFirst() {
        let text = Bilingual(ja: "日本語", en: "English")
        #expect(MessageLanguage.both.select(text) == ["日本語", "English"])
        #expect(MessageLanguage.ja.select(text) == ["日本語"])
        #expect(MessageLanguage.en.select(text) == ["English"])
    }

    @Test func summaryCountsDiagnostics() {
        let summary = ReportSummary(files: 9, diagnostics: [HumanRendererTests.japanese, HumanRendererTests.warning, HumanRendererTests.warning])
        #expect(summary == ReportSummary(files: 9, errors: 1, warnings: 2))
        #expect(summary.mark == "✗" && !summary.isClean)
        #expect(ReportSummary(files: 9, errors: 0, warnings: 2).mark == "✓")
    }
}
