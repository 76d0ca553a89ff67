import Decoding
import Diagnostics
import Model
import Resolving

/// `hiroba serve`'s shortcut past resolving every item: when a file watcher says which
/// files changed, no file came or went, and the changed files are item contents that
/// decode cleanly, the last load's site is patched with those items instead of being
/// assembled again. Anything else (a newsletter issue, site.yaml or a taxonomy changed,
/// a file that is or was broken, a report about an affected file) takes the full path,
/// so the patched load is always what a full load would give.
extension ContentLoader {
    /// The last load's site and what it reported, for the next load to patch.
    struct LastLoad {
        var site: Site
        /// The load's diagnostics after those of the scan, site.yaml and the taxonomies.
        var diagnostics: [Diagnostic]
        var settings: SiteSettings?
        var taxonomies: [TaxonomyKind: Taxonomy]
        /// The site's slugs, which a patch never changes.
        var lookup: SiteLookup

        init(site: Site, diagnostics: [Diagnostic], settings: SiteSettings?, taxonomies: [TaxonomyKind: Taxonomy], lookup: SiteLookup? = nil) {
            self.site = site
            self.diagnostics = diagnostics
            self.settings = settings
            self.taxonomies = taxonomies
            self.lookup = lookup ?? SiteLookup(site)
        }
    }

    /// The load, made by patching `last`, or nil when the change is not one a patch can
    /// make. `head`: this load's diagnostics of the scan, site.yaml and the taxonomies.
    static func patched(
        _ last: LastLoad?, _ decoded: DecodeCache.DecodedWork, work: [FileWork], head: [Diagnostic],
        settings: SiteSettings?, taxonomies: [TaxonomyKind: Taxonomy], inventory: ContentInventory, options: CheckOptions
    ) -> (result: Result, last: LastLoad)? {
        guard let last, let replaced = decoded.replaced, settings == last.settings, taxonomies == last.taxonomies else { return nil }
        let results = decoded.results
        var site = last.site, slugs: Set<String> = [], files: Set<String> = []
        var keys: [String: String] = [:]  // `folder/slug` of each changed item → its slug
        for (i, old) in replaced {
            let file = work[i].file
            // An issue's number and date order the newsletter; a broken file changes which
            // items there are, or what is reported.
            guard file.kind != .newsletter, old.isClean, results[i].isClean else { return nil }
            keys[file.key] = file.slug
            slugs.insert(file.slug)
            files.insert(file.displayPath)
        }
        for (key, slug) in keys {
            let indices = (decoded.bySlug[slug] ?? []).filter { work[$0].file.key == key }
            let items = indices.compactMap { i -> DecodedItem? in if case .item(let d) = results[i] { d.item } else { nil } }
            let english = indices.compactMap { i -> String? in if case .translation(let d) = results[i] { d.item } else { nil } }
            guard items.count == 1, var item = items.first, english.count <= 1 else { return nil }
            if let body = english.first {
                item = item.withEnglishBody(body)
            } else if options.requireEnglish {
                return nil
            }
            guard site.replace(item) else { return nil }
        }
        // The references whose check can say something new: those in the changed files and
        // those naming a changed item (a room of a facility).
        var checked = Set(replaced.map(\.index))
        for (slug, targets) in decoded.links where !targets.isDisjoint(with: slugs) {
            checked.formUnion(decoded.bySlug[slug] ?? [])
        }
        var references: [Reference] = []
        for i in checked.sorted() {
            let own = results[i].references
            references += own
            files.insert(work[i].file.displayPath)
            files.formUnion(own.map(\.source.path))
        }
        guard !last.diagnostics.contains(where: { files.contains($0.file) }),
              Resolver.problems(of: references, in: last.lookup.with(facilitiesOf: site), taxonomies: taxonomies,
                                assets: inventory.assets).isEmpty
        else { return nil }
        let next = LastLoad(site: site, diagnostics: last.diagnostics, settings: settings, taxonomies: taxonomies, lookup: last.lookup)
        let report = CheckReport(diagnostics: head + last.diagnostics, fileCount: inventory.fileCount)
        return (Result(site: site, report: report, links: decoded.links), next)
    }
}

extension ContentLoader.FileResult {
    /// Decoded, with nothing to report.
    var isClean: Bool {
        switch self {
        case .item(let d): d.item != nil && d.diagnostics.isEmpty
        case .translation(let d): d.item != nil && d.diagnostics.isEmpty
        }
    }
}

extension Site {
    /// Puts an item in place of the one with its type and slug; false if there is none.
    mutating func replace(_ item: DecodedItem) -> Bool {
        func put<T>(_ new: T, into list: inout [T], slug: (T) -> String) -> Bool {
            let target = slug(new)
            // The lists are sorted by slug.
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if slug(list[mid]) < target { low = mid + 1 } else { high = mid }
            }
            guard low < list.count, slug(list[low]) == target else { return false }
            list[low] = new
            return true
        }
        switch item {
        case .group(let x): return put(x, into: &groups, slug: \.slug)
        case .event(let x): return put(x, into: &events, slug: \.slug)
        case .subsidy(let x): return put(x, into: &subsidies, slug: \.slug)
        case .facility(let x): return put(x, into: &facilities, slug: \.slug)
        case .volunteering(let x): return put(x, into: &volunteering, slug: \.slug)
        case .page(let x): return put(x, into: &pages, slug: \.slug)
        case .newsletter: return false
        }
    }
}
