import Foundation
import HirobaKit
import Model
import Rendering

/// The whole pipeline on a small content folder written from the input: the input is cut
/// at NUL bytes into the files of `slots` (an empty or missing piece leaves that file
/// out), then checked like `hiroba check`; a site without errors is also rendered, page by
/// page in memory, and every HTML page must carry only the theme's scripts.
///
/// The paths are fixed, so the input can never name a file outside the folder.
final class SiteFuzzer: @unchecked Sendable {
    static let shared = SiteFuzzer()

    static let slots = [
        "site.yaml", "taxonomies/fields.yaml", "taxonomies/districts.yaml", "taxonomies/equipment.yaml",
        "groups/minimal-group.md", "groups/minimal-group.en.md", "events/minimal-event.md",
        "facilities/minimal-facility.yaml", "subsidies/minimal-subsidy.md", "volunteering/minimal-call.md",
        "pages/minimal-page.md", "newsletter/2026-11.md", "assets/logo.png",
    ]

    let directory: String
    let theme: Theme

    init() {
        var template = Array("\(NSTemporaryDirectory())/hiroba-fuzz-site.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
        directory = String(cString: made)
        let (theme, problems) = Theme.load(directories: [Theme.builtInDirectory()].compactMap { $0 })
        guard let theme, problems.isEmpty else { fatalError("the default theme does not load: \(problems)") }
        self.theme = theme
        // Removed when libFuzzer exits normally (after -max_total_time or -runs).
        atexit { SiteFuzzer.removeFolder() }
    }

    static func removeFolder() {
        try? FileManager.default.removeItem(atPath: shared.directory)
    }

    func run(_ bytes: [UInt8]) {
        write(bytes)
        let now = Instant(secondsSinceEpoch: 1_795_000_000)
        let loaded = ContentLoader.load(CheckOptions(contentDirectory: directory, now: now))
        guard loaded.report.errorCount == 0, let site = loaded.site else { return }
        for job in SiteRenderer.jobs(site: site, now: now, theme: theme) where job.path.hasSuffix(".html") {
            ScriptCheck.requireOnlyThemeScripts(job.render(), page: job.path)
        }
    }

    func write(_ bytes: [UInt8]) {
        let fm = FileManager.default
        try? fm.removeItem(atPath: directory)
        let pieces = bytes.split(separator: 0, maxSplits: Self.slots.count - 1, omittingEmptySubsequences: false)
        for (slot, piece) in zip(Self.slots, pieces) where !piece.isEmpty {
            let path = "\(directory)/\(slot)"
            try? fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = fm.createFile(atPath: path, contents: Data(piece))
        }
    }
}
