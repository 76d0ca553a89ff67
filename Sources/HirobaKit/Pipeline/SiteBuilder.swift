import Diagnostics
import Foundation
import Model
import Rendering
import Writing

/// `hiroba build`: check, render every page in every language, write atomically.
/// Nothing is written unless the whole site rendered without an error.
public enum SiteBuilder {
    public struct Options: Sendable {
        public var check: CheckOptions
        public var outputDirectory: String
        /// Overrides `base_url` of site.yaml (a preview host, a sub-path).
        public var baseURL: String?
        /// The built-in theme folder; found next to the executable when nil.
        public var builtInTheme: String?

        public init(check: CheckOptions, outputDirectory: String, baseURL: String? = nil, builtInTheme: String? = nil) {
            self.check = check
            self.outputDirectory = outputDirectory
            self.baseURL = baseURL
            self.builtInTheme = builtInTheme
        }
    }

    public struct Result: Sendable {
        public var report: CheckReport
        /// Files written; 0 when the build stopped before writing.
        public var filesWritten: Int
    }

    public static func build(_ options: Options) -> Result {
        var timer = StageTimer()
        let loaded = ContentLoader.load(options.check)
        var diagnostics = loaded.report.diagnostics
        let stop = { (diagnostics: [Diagnostic]) in
            Result(report: CheckReport(diagnostics: diagnostics, fileCount: loaded.report.fileCount), filesWritten: 0)
        }
        guard loaded.report.errorCount == 0, let site = loaded.site else { return stop(diagnostics) }
        timer.lap("load")

        let (theme, themeProblems) = Theme.load(directories: themeDirectories(site: site, options: options))
        diagnostics += themeProblems
        guard let theme, !themeProblems.contains(where: { $0.severity == .error }) else { return stop(diagnostics) }
        timer.lap("theme")

        let jobs = SiteRenderer.jobs(site: site, now: options.check.now, theme: theme, baseURL: options.baseURL)
        timer.lap("plan \(jobs.count) files (with the search index)")
        let staging: OutputWriter.Staging
        do {
            staging = try OutputWriter.Staging(output: options.outputDirectory)
        } catch {
            return stop(diagnostics + [outputError(error, options)])
        }
        // Each file is written as soon as it is rendered, so disk and processor work overlap
        // and the site is never held in memory whole.
        let failures = jobs.parallelMap { job -> OutputWriter.Failure? in
            do throws(OutputWriter.Failure) {
                try staging.write(job.path, job.render())
                return nil
            } catch {
                return error
            }
        }
        timer.lap("render and write \(jobs.count) files")
        let missing = theme.strings.missingKeys
        if !missing.isEmpty {
            staging.abandon()
            diagnostics += missing.map { key in
                Diagnostic(.error, .missingUIString, file: "themes", at: .start, text: key, message: Bilingual(
                    ja: "画面の文言 `\(key)` が文字列表にありません。", en: "the UI string `\(key)` is missing from the string table."))
            }
            return stop(diagnostics)
        }
        if let failure = failures.lazy.compactMap({ $0 }).first {
            staging.abandon()
            return stop(diagnostics + [outputError(failure, options)])
        }
        do {
            try staging.commit()
        } catch {
            staging.abandon()
            return stop(diagnostics + [outputError(error, options)])
        }
        timer.lap("swap")
        return Result(report: CheckReport(diagnostics: diagnostics, fileCount: loaded.report.fileCount), filesWritten: jobs.count)
    }

    static func outputError(_ error: OutputWriter.Failure, _ options: Options) -> Diagnostic {
        Diagnostic(.error, .outputError, file: options.outputDirectory, at: .start, message: error.message)
    }

    /// The site's own theme folder (if it has one) over Hiroba's built-in default theme.
    static func themeDirectories(site: Site, options: Options) -> [String] {
        themeDirectories(site: site, contentDirectory: options.check.contentDirectory, builtInTheme: options.builtInTheme)
    }

    static func themeDirectories(site: Site, contentDirectory: String, builtInTheme: String?) -> [String] {
        let siteRoot = URL(fileURLWithPath: contentDirectory).standardizedFileURL.deletingLastPathComponent().path
        var directories: [String] = []
        let own = "\(siteRoot)/themes/\(site.settings.theme)"
        if FileManager.default.fileExists(atPath: own) { directories.append(own) }
        if let builtIn = builtInTheme ?? Theme.builtInDirectory(),
           !directories.contains(where: { FileSystem.realPath($0) == FileSystem.realPath(builtIn) }) {
            directories.append(builtIn)
        }
        return directories
    }
}
