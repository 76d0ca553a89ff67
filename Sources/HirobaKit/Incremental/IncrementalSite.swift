import Diagnostics
import Foundation
import Model
import Rendering

/// The site held in memory for `hiroba serve`, rebuilt after each change by re-reading
/// only the files that changed and re-rendering only the output files they can affect
/// (see `RenderDependency`). After every rebuild `files` equals what `hiroba build`
/// would write, byte for byte. A rebuild with errors keeps the last good files.
public final class IncrementalSite: @unchecked Sendable {
    public struct Options: Sendable {
        public var check: CheckOptions
        public var baseURL: String?
        public var builtInTheme: String?

        public init(check: CheckOptions, baseURL: String? = nil, builtInTheme: String? = nil) {
            self.check = check
            self.baseURL = baseURL
            self.builtInTheme = builtInTheme
        }
    }

    /// What one rebuild did.
    public struct Rebuild: Sendable {
        /// False when the content or theme has errors; `files` are then the last good ones.
        public var succeeded: Bool
        /// Errors and warnings of the content and theme.
        public var diagnostics: [Diagnostic]
        /// Output files whose bytes are new, changed or removed.
        public var changedFiles: [String]
        public var rendered: Int
        public var reused: Int
        /// Everything was rendered (first build, theme or site settings changed).
        public var full: Bool
        public var milliseconds: Double
        /// Content files read (as `hiroba check` counts them).
        public var fileCount = 0
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    public let options: Options
    /// Output path → bytes of the last good site.
    public private(set) var files: [String: [UInt8]] = [:]
    /// Whether some build succeeded yet.
    public private(set) var hasSite = false

    private let cache = DecodeCache()
    private var last: (site: Site, links: [String: Set<String>], theme: Theme, snapshot: ThemeSnapshot)?
    private var cards: [Language: CardCache] = [:]
    /// The items each `.items` file showed in the last good site, by output path.
    private var shows: [String: Set<String>] = [:]

    public init(_ options: Options) {
        self.options = options
    }

    /// Not thread-safe: call from one task at a time.
    public func rebuild() -> Rebuild {
        var timer = StageTimer()
        let started = DecodeCache.wallClock()
        func elapsed() -> Double { Double(DecodeCache.wallClock() - started) / 1e6 }
        let loaded = ContentLoader.load(options.check, cache: cache)
        func failed(_ diagnostics: [Diagnostic]) -> Rebuild {
            Rebuild(succeeded: false, diagnostics: diagnostics, changedFiles: [], rendered: 0, reused: 0, full: false,
                    milliseconds: elapsed(), fileCount: loaded.report.fileCount)
        }
        var diagnostics = loaded.report.diagnostics
        guard loaded.report.errorCount == 0, let site = loaded.site else { return failed(diagnostics) }
        timer.lap("serve: load (\(cache.decodedLastTime) files decoded)")

        let directories = SiteBuilder.themeDirectories(site: site, contentDirectory: options.check.contentDirectory,
                                                       builtInTheme: options.builtInTheme)
        let snapshot = ThemeSnapshot.take(directories)
        let theme: Theme
        if let last, last.snapshot == snapshot {
            theme = last.theme
        } else {
            let (loadedTheme, problems) = Theme.load(directories: directories)
            diagnostics += problems
            guard let loadedTheme, !problems.contains(where: { $0.severity == .error }) else { return failed(diagnostics) }
            theme = loadedTheme
        }

        let full: Bool, affected: Set<String>, affectedKinds: Set<ItemKind>, shown: Set<String>
        if let last, last.snapshot == snapshot,
           last.site.settings == site.settings, last.site.fields == site.fields,
           last.site.districts == site.districts, last.site.equipment == site.equipment {
            full = false
            let changed = ItemChanges.changedSlugs(last.site, site)
            affected = changed.isEmpty ? [] : ItemChanges.affected(changed, oldLinks: last.links, newLinks: loaded.links)
            shown = ItemChanges.linkingTo(changed, oldLinks: last.links, newLinks: loaded.links)
            affectedKinds = ItemChanges.kinds(of: shown, in: [last.site, site])
        } else {
            full = true
            affected = []
            affectedKinds = []
            shown = []
        }
        if full {
            cards = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, CardCache()) })
        } else {
            for cache in cards.values { cache.remove(slugs: affected) }
        }

        timer.lap("serve: theme and changes (\(affected.count) items affected, full: \(full))")
        let jobs = SiteRenderer.jobs(site: site, now: options.check.now, theme: theme, baseURL: options.baseURL, cards: cards)
        let contentChanged = !affected.isEmpty
        let old = files
        let profile = JobProfile()
        let previousShows = shows
        @Sendable func needed(_ job: RenderJob) -> Bool {
            if full || old[job.path] == nil { return true }
            return switch job.dependency {
            case .site: contentChanged
            case .kinds(let kinds): !kinds.isDisjoint(with: affectedKinds)
            case .item(let slug): affected.contains(slug)
            case .items(let slugs): !slugs.isDisjoint(with: shown) || !(previousShows[job.path] ?? []).isDisjoint(with: shown)
            case .theme: false
            }
        }
        let outputs = jobs.parallelMap { job -> [UInt8] in
            if !needed(job), let previous = old[job.path] { return previous }
            return profile.time(job.path, job.render)
        }
        if !full { profile.report() }
        timer.lap("serve: render")
        let missing = theme.strings.missingKeys
        if !missing.isEmpty {
            // The cards may hold this failed render: start afresh next time.
            last = nil
            return failed(diagnostics + missing.map { key in
                Diagnostic(.error, .missingUIString, file: "themes", at: .start, text: key, message: Bilingual(
                    ja: "画面の文言 `\(key)` が文字列表にありません。", en: "the UI string `\(key)` is missing from the string table."))
            })
        }
        var next: [String: [UInt8]] = [:]
        next.reserveCapacity(jobs.count)
        var changedFiles: [String] = []
        for (job, bytes) in zip(jobs, outputs) {
            next[job.path] = bytes
            if old[job.path] != bytes { changedFiles.append(job.path) }
        }
        changedFiles += old.keys.filter { next[$0] == nil }
        let rendered = jobs.filter(needed).count
        shows = [:]
        for job in jobs { if case .items(let slugs) = job.dependency { shows[job.path] = slugs } }
        timer.lap("serve: compare \(jobs.count) files")
        files = next
        hasSite = true
        last = (site, loaded.links, theme, snapshot)
        return Rebuild(succeeded: true, diagnostics: diagnostics, changedFiles: changedFiles.sorted(), rendered: rendered,
                       reused: jobs.count - rendered, full: full, milliseconds: elapsed(), fileCount: loaded.report.fileCount)
    }
}
