/// Which language(s) diagnostics are printed in.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case ja, en, both

    /// From the environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; `ja…` → Japanese,
    /// `en…` → English, anything else (C, POSIX, unset) → both.
    public static func fromEnvironment(_ environment: [String: String]) -> MessageLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            if value.hasPrefix("ja") { return .ja }
            if value.hasPrefix("en") { return .en }
            return .both
        }
        return .both
    }

    /// The message lines to print, Japanese first.
    func lines(_ text: Bilingual) -> [String] {
        switch self {
        case .ja: [text.ja]
        case .en: [text.en]
        case .both: [text.ja, text.en]
        }
    }
}

/// The one-line summary at the end of a report.
public struct ReportSummary: Sendable {
    public var files: Int
    public var errors: Int
    public var warnings: Int

    public init(files: Int, errors: Int, warnings: Int) {
        self.files = files
        self.errors = errors
        self.warnings = warnings
    }

    var text: Bilingual {
        if errors == 0, warnings == 0 {
            return Bilingual(ja: "✓ \(files) 件のファイルを確認しました。問題はありません。",
                             en: "✓ Checked \(files) files: no problems found.")
        }
        let mark = errors > 0 ? "✗" : "✓"
        return Bilingual(
            ja: "\(mark) \(files) 件のファイルを確認しました。エラー \(errors) 件、警告 \(warnings) 件。",
            en: "\(mark) Checked \(files) files: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings").")
    }

    func line(_ language: MessageLanguage) -> String {
        language.lines(text).joined(separator: " / ")
    }
}
