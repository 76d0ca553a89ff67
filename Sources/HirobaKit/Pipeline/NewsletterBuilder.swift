import Diagnostics
import Model
import Rendering

/// `hiroba newsletter`: checks the content as `hiroba check` does, then renders one
/// issue of the email magazine. Nothing is rendered when the content has errors.
public enum NewsletterBuilder {
    public struct Options: Sendable {
        public var check: CheckOptions
        /// `YYYY-MM`; nil means the latest issue dated on or before `check.now`.
        public var issue: String?
        public var format: NewsletterRenderer.Format
        public var language: Language
        public var iso2022JPSafe: Bool
        /// The built-in theme folder; found next to the executable when nil.
        public var builtInTheme: String?

        public init(check: CheckOptions, issue: String? = nil, format: NewsletterRenderer.Format = .text,
                    language: Language = .ja, iso2022JPSafe: Bool = false, builtInTheme: String? = nil) {
            self.check = check
            self.issue = issue
            self.format = format
            self.language = language
            self.iso2022JPSafe = iso2022JPSafe
            self.builtInTheme = builtInTheme
        }
    }

    public enum Problem: Sendable, Equatable {
        /// The content or the theme has errors (they are in the report).
        case errors
        /// No issue with that month.
        case noSuchIssue(String)
        /// No issue is dated on or before `now`.
        case noIssueYet
    }

    public struct Result: Sendable {
        public var report: CheckReport
        /// The issue that was rendered.
        public var issue: NewsletterIssue?
        public var output: String?
        public var problem: Problem?
    }

    public static func render(_ options: Options) -> Result {
        let loaded = ContentLoader.load(options.check)
        var diagnostics = loaded.report.diagnostics
        let fail = { (diagnostics: [Diagnostic], problem: Problem) in
            Result(report: CheckReport(diagnostics: diagnostics, fileCount: loaded.report.fileCount), issue: nil, output: nil, problem: problem)
        }
        guard loaded.report.errorCount == 0, let site = loaded.site else { return fail(diagnostics, .errors) }
        let (theme, themeProblems) = Theme.load(directories: SiteBuilder.themeDirectories(
            site: site, contentDirectory: options.check.contentDirectory, builtInTheme: options.builtInTheme))
        diagnostics += themeProblems
        guard let theme, !themeProblems.contains(where: { $0.severity == .error }) else { return fail(diagnostics, .errors) }

        let issue: NewsletterIssue
        switch select(options.issue, in: site, today: options.check.now.tokyo.date) {
        case .success(let found): issue = found
        case .failure(let problem): return fail(diagnostics, problem)
        }
        let output = NewsletterRenderer(site: site, theme: theme)
            .render(issue, options.format, language: options.language, iso2022JPSafe: options.iso2022JPSafe)
        let missing = theme.strings.missingKeys
        if !missing.isEmpty {
            diagnostics += missing.map { key in
                Diagnostic(.error, .missingUIString, file: "themes", at: .start, text: key, message: Bilingual(
                    ja: "画面の文言 `\(key)` が文字列表にありません。", en: "the UI string `\(key)` is missing from the string table."))
            }
            return fail(diagnostics, .errors)
        }
        return Result(report: CheckReport(diagnostics: diagnostics, fileCount: loaded.report.fileCount),
                      issue: issue, output: output, problem: nil)
    }

    /// The issue of month `slug`, or the latest one dated on or before `today`.
    static func select(_ slug: String?, in site: Site, today: LocalDate) -> Swift.Result<NewsletterIssue, Problem> {
        if let slug {
            guard let issue = site.newsletter.first(where: { $0.slug == slug }) else { return .failure(.noSuchIssue(slug)) }
            return .success(issue)
        }
        guard let latest = site.newsletter.last(where: { $0.date <= today }) else { return .failure(.noIssueYet) }
        return .success(latest)
    }
}

extension NewsletterBuilder.Problem: Error {}
