/// The counts at the end of a report, and its one-line text.
public struct ReportSummary: Hashable, Sendable, Codable {
    /// How many content files were read.
    public var files: Int
    public var errors: Int
    public var warnings: Int

    public init(files: Int, errors: Int, warnings: Int) {
        self.files = files
        self.errors = errors
        self.warnings = warnings
    }

    /// Counts the errors and warnings of `diagnostics`.
    public init(files: Int, diagnostics: [Diagnostic]) {
        let errors = diagnostics.count { $0.severity == .error }
        self.init(files: files, errors: errors, warnings: diagnostics.count - errors)
    }

    public var isClean: Bool { errors == 0 && warnings == 0 }

    /// `✓` when the check passes (warnings allowed), `✗` when there are errors.
    public var mark: String { errors > 0 ? "✗" : "✓" }

    /// The summary sentence in both languages, without the mark.
    public var text: Bilingual {
        if isClean {
            return Bilingual(ja: "\(files) 件のファイルを確認しました。問題はありません。",
                             en: "Checked \(files) \(plural(files, "file")): no problems found.")
        }
        return Bilingual(
            ja: "\(files) 件のファイルを確認しました。エラー \(errors) 件、警告 \(warnings) 件。",
            en: "Checked \(files) \(plural(files, "file")): \(errors) \(plural(errors, "error")), \(warnings) \(plural(warnings, "warning")).")
    }

    /// One line, e.g. `✓ 42 件のファイルを確認しました。問題はありません。 / Checked 42 files: no problems found.`
    public func line(_ language: MessageLanguage) -> String {
        mark + " " + language.select(text).joined(separator: " / ")
    }

    private func plural(_ n: Int, _ word: String) -> String {
        n == 1 ? word : word + "s"
    }
}
