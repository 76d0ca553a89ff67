import Diagnostics
import Foundation
import Model
import Rendering

/// The site held in memory for `hiroba serve`, rebuilt after each change by re-reading
/// only the files that changed and re-rendering only the output files they can affect
/// (see `RenderDependency`). After every rebuild, once `finishPending()` has run, the
/// files equal what `hiroba build` would write, byte for byte. A rebuild with errors
/// keeps the last good files.
///
/// A rebuild after a content edit can render the pages open in browsers first and leave
/// the other files it must re-render for later (`rebuild(first:)`): they are rendered by
/// `finishPending()` in the background, or at once when one is asked for (`file(_:)`).
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
        /// False when the content or theme has errors; the files are then the last good ones.
        public var succeeded: Bool
        /// Errors and warnings of the content and theme.
        public var diagnostics: [Diagnostic]
        /// Output files whose bytes are new, changed or removed (of those rendered now).
        public var changedFiles: [String]
        /// Files rendered now.
        public var rendered: Int
        /// Files (and bundles of files: a language's search index) left for `finishPending()`.
        public var pending = 0
        public var reused: Int
        /// Everything was rendered (first build, theme or site settings changed).
        public var full: Bool
        public var milliseconds: Double
        /// Content files read (as `hiroba check` counts them).
        public var fileCount = 0
        /// Item files read and decoded again (the others were kept from earlier rebuilds).
        public var filesDecoded = 0
        /// The last site was patched with the changed items instead of resolving every item.
        public var patched = false
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    public let options: Options

    // What the last good rebuild left, for the next one (used by `rebuild` only).
    private let cache = DecodeCache()
    private var last: (site: Site, links: LinkGraph, theme: Theme, snapshot: ThemeSnapshot)?
    private var cards: [Language: CardCache] = [:]
    /// The items each `.items` file showed in the last good site, by output path.
    private var shows: [String: Set<String>] = [:]
    /// The paths of the last good site's jobs, in order.
    private var lastPaths: [String] = []

    /// The output, shared with the server's requests and the background renders.
    private struct Output {
        /// Output path → bytes. A pending file's bytes, if any, are the previous site's.
        var files: [String: [UInt8]] = [:]
        /// Files of the current site not rendered yet, by path.
        var pending: [String: RenderJob] = [:]
        /// Bundles not made yet, by folder.
        var bundles: [String: RenderBundle] = [:]
        /// Counts rebuilds, so a render of an earlier site is never stored.
        var epoch = 0
        var hasSite = false
        /// The theme the files are rendered with.
        var theme: Theme?
    }
    private var output = Output()
    private let lock = NSLock()

    public init(_ options: Options) {
        self.options = options
    }

    /// Whether some build succeeded yet.
    public var hasSite: Bool { lock.withLock { output.hasSite } }

    /// Whether a render asked the string table for a UI string it does not have. A page
    /// rendered after the rebuild can find one; the next rebuild then fails with it.
    public var hasMissingUIStrings: Bool { lock.withLock { output.theme }?.strings.missingKeys.isEmpty == false }

    /// Every file of the last good site, with the pending ones rendered first.
    public var files: [String: [UInt8]] {
        finishPending()
        return lock.withLock { output.files }
    }

    /// One file of the last good site (a pending one is rendered now); nil if there is none.
    public func file(_ path: String) -> [UInt8]? {
        let (epoch, job, bundle, bytes) = lock.withLock {
            (output.epoch, output.pending[path], output.bundles.values.first { path.hasPrefix($0.folder) }, output.files[path])
        }
        if let job {
            let fresh = job.render()
            lock.withLock {
                if output.epoch == epoch, output.pending.removeValue(forKey: path) != nil { output.files[path] = fresh }
            }
            return fresh
        }
        // A bundle given up half-way (a rebuild came) leaves the last files in place.
        if let bundle { return make(bundle, epoch: epoch)[path] ?? lock.withLock { output.files[path] } }
        return bytes
    }

    /// Renders the files left for later on all cores, the bundles (slowest) first. Stops
    /// early when a rebuild starts (that rebuild takes them over; a bundle being made
    /// stops too), so the next edit's rebuild has the cores; returns whether every pending
    /// file is now rendered.
    @discardableResult
    public func finishPending() -> Bool {
        let (epoch, jobs, bundles) = lock.withLock { (output.epoch, Array(output.pending.values), Array(output.bundles.values)) }
        let work = bundles.map(PendingWork.bundle) + jobs.map(PendingWork.job)
        _ = work.parallelMap { work in
            guard lock.withLock({ output.epoch == epoch }) else { return }
            render(work, epoch: epoch)
        }
        return lock.withLock { output.epoch == epoch && output.pending.isEmpty && output.bundles.isEmpty }
    }

    private func render(_ work: PendingWork, epoch: Int) {
        switch work {
        case .bundle(let bundle):
            _ = make(bundle, epoch: epoch)
        case .job(let job):
            let bytes = job.render()
            lock.withLock {
                if output.epoch == epoch, output.pending.removeValue(forKey: job.path) != nil { output.files[job.path] = bytes }
            }
        }
    }

    private enum PendingWork: Sendable {
        case job(RenderJob), bundle(RenderBundle)
    }

    /// Makes a bundle's files and, if no rebuild came in between, puts them in place of
    /// the bundle's old files.
    private func make(_ bundle: RenderBundle, epoch: Int) -> [String: [UInt8]] {
        let files = bundle.render { [self] in lock.withLock { output.epoch != epoch } }
        let made = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        lock.withLock {
            guard output.epoch == epoch, output.bundles.removeValue(forKey: bundle.folder) != nil else { return }
            for path in output.files.keys where path.hasPrefix(bundle.folder) && made[path] == nil { output.files[path] = nil }
            output.files.merge(made) { _, new in new }
        }
        return made
    }

    /// Rebuilds from the files on disk. `first`: when given and the rebuild is not a full
    /// one, only the files among these paths are rendered now and the others are left for
    /// `finishPending()`; when nil, everything is rendered now. `changed`: the only files
    /// that may have changed since the last rebuild (a file watcher's report), or nil to
    /// look at every file. Call one at a time.
    public func rebuild(first: Set<String>? = nil, changed: Set<String>? = nil) -> Rebuild {
        var timer = StageTimer()
        let started = DecodeCache.wallClock()
        func elapsed() -> Double { Double(DecodeCache.wallClock() - started) / 1e6 }
        // Background renders of the previous site stop storing from here on.
        lock.withLock { output.epoch += 1 }
        let loaded = ContentLoader.load(options.check, cache: cache, changed: changed)
        func failed(_ diagnostics: [Diagnostic]) -> Rebuild {
            Rebuild(succeeded: false, diagnostics: diagnostics, changedFiles: [], rendered: 0, reused: 0, full: false,
                    milliseconds: elapsed(), fileCount: loaded.report.fileCount, filesDecoded: cache.decodedLastTime)
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

        let full: Bool, affected: Set<String>, affectedKinds: Set<ItemKind>, shown: Set<String>, links: LinkGraph
        if let last, last.snapshot == snapshot,
           last.site.settings == site.settings, last.site.fields == site.fields,
           last.site.districts == site.districts, last.site.equipment == site.equipment {
            full = false
            let changed = ItemChanges.changedSlugs(last.site, site)
            // An item's links change only with its files, and then the item changes too.
            links = last.links.updated(to: loaded.links, changed: changed)
            assert(links == LinkGraph(loaded.links), "the link graph is kept up to date")
            affected = changed.isEmpty ? [] : ItemChanges.affected(changed, old: last.links, new: links)
            shown = ItemChanges.linkingTo(changed, old: last.links, new: links)
            affectedKinds = ItemChanges.kinds(of: shown, in: [last.site, site])
        } else {
            full = true
            affected = []
            affectedKinds = []
            shown = []
            links = LinkGraph(loaded.links)
        }
        let cards = full ? Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, CardCache()) })
                         : self.cards.mapValues { $0.without(slugs: affected) }
        timer.lap("serve: theme and changes (\(affected.count) items affected, full: \(full))")

        let plan = SiteRenderer.plan(site: site, now: options.check.now, theme: theme, baseURL: options.baseURL, cards: cards)
        timer.lap("serve: plan \(plan.jobs.count) files")
        let contentChanged = !affected.isEmpty
        let (old, oldPending, oldBundles) = lock.withLock { (output.files, output.pending, output.bundles) }
        let previousShows = shows
        func needed(_ job: RenderJob) -> Bool {
            if full || old[job.path] == nil || oldPending[job.path] != nil { return true }
            return switch job.dependency {
            case .site: contentChanged
            case .kinds(let kinds): !kinds.isDisjoint(with: affectedKinds)
            case .item(let slug): affected.contains(slug)
            case .items(let slugs): !slugs.isDisjoint(with: shown) || !(previousShows[job.path] ?? []).isDisjoint(with: shown)
            case .theme: false
            }
        }
        let deferring = !full && first != nil
        var now: [RenderJob] = [], later: [String: RenderJob] = [:]
        for job in plan.jobs where needed(job) {
            if deferring, !(first?.contains(job.path) ?? true) { later[job.path] = job } else { now.append(job) }
        }
        let bundles = plan.bundles.filter { full || contentChanged || oldBundles[$0.folder] != nil }
        let profile = JobProfile()
        let outputs = now.parallelMap { job in profile.time(job.path, job.render) }
        let made = deferring ? [] : bundles.parallelMap { $0.render { false } }
        if !full { profile.report() }
        timer.lap("serve: render \(now.count) files now, \(later.count) later")
        let missing = theme.strings.missingKeys
        if !missing.isEmpty {
            // The cards may hold this failed render: start afresh next time.
            last = nil
            return failed(diagnostics + missing.map { key in
                Diagnostic(.error, .missingUIString, file: "themes", at: .start, text: key, message: Bilingual(
                    ja: "画面の文言 `\(key)` が文字列表にありません。", en: "the UI string `\(key)` is missing from the string table."))
            })
        }

        // The new files: the old ones, less those the site no longer has, with what was rendered.
        var files = old
        var changedFiles: [String] = []
        // The same files as the last site's, in the same order (the usual case), lose none.
        let paths = plan.jobs.map(\.path)
        if paths != lastPaths {
            let kept = Set(paths), folders = plan.bundles.map(\.folder)
            for path in old.keys where !kept.contains(path) && !folders.contains(where: { path.hasPrefix($0) }) {
                files[path] = nil
                changedFiles.append(path)
            }
        }
        for (job, bytes) in zip(now, outputs) where files.updateValue(bytes, forKey: job.path) != bytes {
            changedFiles.append(job.path)
        }
        for (bundle, bundleFiles) in zip(bundles, made) {
            let fresh = Set(bundleFiles.map(\.path))
            for path in old.keys where path.hasPrefix(bundle.folder) && !fresh.contains(path) {
                files[path] = nil
                changedFiles.append(path)
            }
            for file in bundleFiles where files.updateValue(file.bytes, forKey: file.path) != file.bytes {
                changedFiles.append(file.path)
            }
        }
        shows = [:]
        for job in plan.jobs { if case .items(let slugs) = job.dependency { shows[job.path] = slugs } }
        lock.withLock {
            output.files = files
            output.pending = later
            output.bundles = deferring ? Dictionary(bundles.map { ($0.folder, $0) }, uniquingKeysWith: { a, _ in a }) : [:]
            output.hasSite = true
            output.theme = theme
        }
        timer.lap("serve: compare and store")
        self.cards = cards
        lastPaths = paths
        last = (site, links, theme, snapshot)
        return Rebuild(succeeded: true, diagnostics: diagnostics, changedFiles: changedFiles.sorted(), rendered: now.count,
                       pending: later.count + (deferring ? bundles.count : 0), reused: plan.jobs.count - now.count - later.count,
                       full: full, milliseconds: elapsed(), fileCount: loaded.report.fileCount, filesDecoded: cache.decodedLastTime,
                       patched: cache.patchedLastTime)
    }
}
