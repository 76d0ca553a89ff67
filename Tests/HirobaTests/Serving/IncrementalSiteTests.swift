import Foundation
import HirobaKit
import Diagnostics
import Testing

/// The same seed always gives the same edits.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("hiroba serve: incremental rebuilds equal full builds", .serialized)
struct IncrementalSiteTests {
    enum Edit: CaseIterable { case change, changeVenue, add, rename, delete, breakFile, template, uiString, touch }

    /// How `hiroba serve` rebuilds: everything rendered at once after looking at every
    /// file, or (as after a watcher's report) reading only the files it names and
    /// rendering one open page first, the rest when `files` asks for them.
    enum Mode: CaseIterable { case whole, watched }

    func rebuild(_ site: IncrementalSite, _ copy: EditableSite, _ mode: Mode) -> IncrementalSite.Rebuild {
        switch mode {
        case .whole: site.rebuild()
        case .watched: site.rebuild(first: ["index.html", "events/index.html"], changed: copy.takeTouched())
        }
    }

    /// Seeded random edits of every kind on a copy of the sample site; after each, the
    /// site in memory equals a fresh full build byte for byte, or, when the content is
    /// broken, both fail and the last good site is kept.
    @Test(arguments: [(UInt64(7), Mode.whole), (2026, .whole), (11, .watched), (2027, .watched)])
    func randomEditSequences(seed: UInt64, mode: Mode) throws {
        let copy = try EditableSite()
        let site = IncrementalSite(copy.incremental())
        let first = site.rebuild()
        _ = copy.takeTouched()
        #expect(first.succeeded && first.full)
        #expect(differences(site.files, copy.fullBuild() ?? [:]) == [])

        var random = SplitMix64(state: seed)
        var edits = Edit.allCases.shuffled(using: &random)
        edits += (0..<3).map { _ in Edit.allCases.randomElement(using: &random)! }
        var broken: (path: String, text: String)?
        for (step, edit) in edits.enumerated() {
            let before = site.files
            let done = apply(edit, step: step, to: copy, random: &random, broken: &broken)
            let result = rebuild(site, copy, mode)
            let full = copy.fullBuild()
            if let full {
                #expect(result.succeeded, "step \(step) \(done): \(result.errors.map(\.message.en))")
                #expect(differences(site.files, full) == [], "step \(step) \(done)")
            } else {
                #expect(!result.succeeded, "step \(step) \(done): the full build failed")
                #expect(site.files == before, "step \(step) \(done): the last good site is kept")
            }
            // A broken file is fixed at the next step, as an author would.
            if let b = broken, edit != .breakFile {
                copy.write(b.path, b.text)
                broken = nil
                let fixed = rebuild(site, copy, mode)
                #expect(fixed.succeeded == (copy.fullBuild() != nil))
                if let full = copy.fullBuild() { #expect(differences(site.files, full) == [], "fixed after step \(step)") }
            }
        }
    }

    /// Applies one edit; returns what it did, for failure messages.
    func apply(_ edit: Edit, step: Int, to copy: EditableSite, random: inout SplitMix64,
               broken: inout (path: String, text: String)?) -> String {
        let folders = ["events", "groups", "facilities", "volunteering", "subsidies", "pages"]
        switch edit {
        case .change:
            let file = copy.itemFiles(folders.randomElement(using: &random)!).randomElement(using: &random)!
            copy.write(file, changed(copy.read(file), step: step))
            return "change \(file)"
        case .changeVenue:
            // A venue's name shows on its events' pages and on their cards in other pages.
            let file = "content/facilities/kita-katsudo-center.md"
            copy.write(file, copy.read(file).replacingOccurrences(of: "  ja: 北区区民活動サポートセンター\n", with: "  ja: 北区区民活動サポートセンター\(step)\n"))
            return "rename venue"
        case .add:
            let source = copy.itemFiles("events").randomElement(using: &random)!
            let target = "content/events/zz-added-\(step).md"
            copy.write(target, copy.read(source))
            return "add \(target) from \(source)"
        case .rename:
            let file = copy.itemFiles("events").randomElement(using: &random)!
            let stem = String(file.dropLast(3))
            copy.move(file, "content/events/zz-renamed-\(step).md")
            copy.move(stem + ".en.md", "content/events/zz-renamed-\(step).en.md")
            return "rename \(file)"
        case .delete:
            let file = copy.itemFiles(["events", "volunteering", "pages"].randomElement(using: &random)!).randomElement(using: &random)!
            copy.remove(file)
            copy.remove(String(file.dropLast(3)) + ".en.md")
            return "delete \(file)"
        case .breakFile:
            let file = copy.itemFiles(folders.randomElement(using: &random)!).randomElement(using: &random)!
            if broken == nil { broken = (file, copy.read(file)) }
            copy.write(file, "---\ntitle: [broken\n---\n")
            return "break \(file)"
        case .template:
            let name = ["card", "item", "layout", "home", "list"].randomElement(using: &random)!
            let file = "themes/default/templates/\(name).mustache"
            copy.write(file, copy.read(file) + "<!-- edit \(step) -->\n")
            return "template \(name)"
        case .uiString:
            let file = "themes/default/i18n/ja.yaml"
            copy.write(file, copy.read(file).replacingOccurrences(of: "  skip: 本文へ移動", with: "  skip: 本文へ移動\(step)"))
            return "UI string"
        case .touch:
            let file = copy.itemFiles(folders.randomElement(using: &random)!).randomElement(using: &random)!
            copy.write(file, copy.read(file))
            return "touch \(file)"
        }
    }

    /// The item's title or name with a suffix when it is a plain one-line value, else a
    /// paragraph more in the body (or a comment in a YAML-only file).
    func changed(_ text: String, step: Int) -> String {
        var lines = text.components(separatedBy: "\n")
        if let i = lines.firstIndex(where: { ($0.hasPrefix("title: ") || $0.hasPrefix("name: ")) && $0.count > 8 }),
           let first = lines[i].split(separator: " ", maxSplits: 1).last?.first, !"{[\"'|>&*".contains(first) {
            lines[i] += " 改\(step)"
            return lines.joined(separator: "\n")
        }
        return text.hasPrefix("---") ? text + "\n追記 \(step)。\n" : text + "\n# edit \(step)\n"
    }

    /// An edit of one event's body reads one file again and renders its own pages and
    /// the site-wide ones, not every page.
    @Test func oneEditRendersLittle() throws {
        let copy = try EditableSite()
        let site = IncrementalSite(copy.incremental())
        let first = site.rebuild()
        let file = "content/events/chiiki-panel-ten.md"
        copy.write(file, copy.read(file) + "\n追記。\n")
        let second = site.rebuild()
        #expect(second.succeeded && !second.full)
        #expect(second.rendered < first.rendered / 2, "\(second.rendered) of \(first.rendered)")
        #expect(second.changedFiles.contains("events/chiiki-panel-ten/index.html"))
        #expect(!second.changedFiles.contains { $0.hasPrefix("pages/") })
        #expect(differences(site.files, copy.fullBuild() ?? [:]) == [])
        // Nothing changed: nothing is rendered.
        let third = site.rebuild()
        #expect(third.rendered == 0 && third.changedFiles.isEmpty)
    }

    /// After an edit, the page open in a browser is rendered at once and the other files
    /// the edit changes wait; each is rendered when asked for, and edits that come before
    /// they are take them over. At each point every file equals a full build's.
    @Test func openPagesFirstTheRestLater() throws {
        let copy = try EditableSite()
        let site = IncrementalSite(copy.incremental())
        _ = site.rebuild()
        _ = copy.takeTouched()
        let file = "content/events/chiiki-panel-ten.md", page = "events/chiiki-panel-ten/index.html"
        let lists = ["events/index.html", "en/events/index.html"]
        let listedBefore = lists.map { site.file($0) }
        // A new title: the event's page and its entries in the lists change.
        copy.write(file, copy.read(file).replacingOccurrences(of: "title: 地域活動パネル展 in 神谷\n", with: "title: 地域活動パネル展 in 神谷（改）\n"))
        let edited = site.rebuild(first: [page], changed: copy.takeTouched())
        #expect(edited.filesDecoded == 1 && edited.patched)
        #expect(edited.succeeded && edited.rendered == 1 && edited.pending > 0, "\(edited.rendered) now, \(edited.pending) later")
        #expect(edited.changedFiles == [page])
        let full = try #require(copy.fullBuild())
        #expect(site.file(page) == full[page])
        // Pending files, asked for before the background render gets to them.
        #expect(zip(lists, listedBefore).allSatisfy { full[$0] != $1 }, "the title is in the lists")
        // The Japanese search index is made whole when one of its files is asked for.
        let index = full.keys.filter { $0.hasPrefix("search/ja/") }.sorted()
        for path in lists + ["sitemap.xml"] + index {
            #expect(site.file(path) == full[path], "\(path)")
        }

        // Two more edits before anything else is rendered: the second rebuild takes over
        // what the first left.
        let other = "content/groups/oji-kodomo-shokudo.md"
        copy.write(file, copy.read(file) + "\nもう一度。\n")
        let second = site.rebuild(first: [], changed: copy.takeTouched())
        #expect(second.rendered == 0 && second.pending > 0)
        copy.write(other, copy.read(other) + "\n追記。\n")
        let third = site.rebuild(first: [], changed: copy.takeTouched())
        #expect(third.succeeded)
        #expect(site.finishPending())
        #expect(differences(site.files, copy.fullBuild() ?? [:]) == [])
    }

    /// Given the watcher's paths, a rebuild reads those files only: a file changed behind
    /// its back is seen only by a rebuild that looks at every file.
    @Test func watchedPathsAreTheFilesRead() throws {
        let copy = try EditableSite()
        let site = IncrementalSite(copy.incremental())
        _ = site.rebuild()
        let unseen = "content/events/chiiki-panel-ten.md", seen = "content/groups/oji-kodomo-shokudo.md"
        copy.write(unseen, copy.read(unseen) + "\n見えない追記。\n")
        _ = copy.takeTouched()
        copy.write(seen, copy.read(seen) + "\n追記。\n")
        let watched = site.rebuild(changed: copy.takeTouched())
        #expect(watched.filesDecoded == 1)
        let page = "events/chiiki-panel-ten/index.html"
        #expect(!String(decoding: site.files[page] ?? [], as: UTF8.self).contains("見えない追記"))
        // (It also reads the other file again: it was read within two seconds of its change.)
        let everything = site.rebuild()
        #expect(everything.succeeded)
        #expect(String(decoding: site.files[page] ?? [], as: UTF8.self).contains("見えない追記"))
        #expect(differences(site.files, copy.fullBuild() ?? [:]) == [])
    }

    /// A clean edit of an item's contents patches the last site; what a patch cannot do
    /// (a newsletter issue, a broken file and its fix, a file that came) resolves every
    /// item; each time the site equals a full build.
    @Test func patchedOnlyWhenItCanBe() throws {
        let copy = try EditableSite()
        let site = IncrementalSite(copy.incremental())
        _ = site.rebuild()
        _ = copy.takeTouched()
        func step(_ edit: () -> Void) -> IncrementalSite.Rebuild {
            edit()
            let result = site.rebuild(changed: copy.takeTouched())
            if let full = copy.fullBuild() { #expect(differences(site.files, full) == []) }
            return result
        }
        let event = "content/events/chiiki-panel-ten.md", venue = "content/facilities/kita-katsudo-center.md"
        #expect(step { copy.write(event, copy.read(event) + "\n追記。\n") }.patched)
        #expect(step { copy.write(venue, copy.read(venue).replacingOccurrences(of: "  ja: 北区区民活動サポートセンター\n", with: "  ja: 北区区民活動センター\n")) }.patched)
        let english = "content/events/bosai-online-seminar.en.md"
        #expect(step { copy.write(english, copy.read(english) + "\nMore.\n") }.patched)
        let issue = copy.itemFiles("newsletter").first!
        #expect(!step { copy.write(issue, copy.read(issue) + "\n追記。\n") }.patched)
        let original = copy.read(event)
        let broken = step { copy.write(event, "---\ntitle: [broken\n---\n") }
        #expect(!broken.succeeded && !broken.patched)
        #expect(!step { copy.write(event, original) }.patched)
        #expect(!step { copy.write("content/events/zz-new.md", original) }.patched)
        #expect(step { copy.write(event, original + "\n追記。\n") }.patched)
    }

    /// An edit that breaks a reference (in the edited file, or in another file naming the
    /// edited item: an event's room of a facility) fails the rebuild as it fails a full
    /// build, even where the rest of the site would be patched; the fix brings it back.
    @Test func referencesAnEditBreaksAreReported() throws {
        let copy = try EditableSite()
        let site = IncrementalSite(copy.incremental())
        _ = site.rebuild()
        _ = copy.takeTouched()
        func step(_ file: String, _ from: String, _ to: String) -> IncrementalSite.Rebuild {
            let text = copy.read(file)
            #expect(text.contains(from), "\(file) has \(from)")
            copy.write(file, text.replacingOccurrences(of: from, with: to))
            return site.rebuild(changed: copy.takeTouched())
        }
        let event = "content/events/chiiki-panel-ten.md", facility = "content/facilities/kamiya-shukaijo.yaml"
        for (file, from, to, code) in [(event, "venue: kamiya-shukaijo\n", "venue: kamiya-shukaij\n", DiagnosticCode.unknownReference),
                                       (facility, "  - id: main-room\n", "  - id: main-hall\n", .unknownRoom)] {
            let broken = step(file, from, to)
            #expect(copy.fullBuild() == nil)
            #expect(!broken.succeeded && broken.errors.contains { $0.code == code }, "\(broken.errors.map(\.code))")
            let fixed = step(file, to, from)
            #expect(fixed.succeeded)
            #expect(differences(site.files, copy.fullBuild() ?? [:]) == [])
        }
    }

    /// A UI string the table lacks, first needed by a file rendered after the reload, is
    /// noticed once that file is rendered, and the next rebuild fails with it, as a full
    /// build does.
    @Test func aMissingUIStringFoundLaterFailsTheNextRebuild() throws {
        let copy = try EditableSite()
        copy.builtInTheme = copy.theme.path  // the copy's string table alone, with nothing under it
        let event = "content/events/ukima-hinanjo-kunren.md", strings = "themes/default/i18n/ja.yaml"
        let postponed = copy.read(event)
        copy.write(event, postponed.replacingOccurrences(of: "status: postponed\n", with: ""))
        copy.write(strings, copy.read(strings).replacingOccurrences(of: "    postponed: 延期\n", with: ""))
        let site = IncrementalSite(copy.incremental())
        #expect(site.rebuild().succeeded)
        _ = copy.takeTouched()

        copy.write(event, postponed)
        let edited = site.rebuild(first: [], changed: copy.takeTouched())
        #expect(edited.succeeded && edited.pending > 0 && !site.hasMissingUIStrings)
        #expect(site.finishPending())
        #expect(site.hasMissingUIStrings)
        let next = site.rebuild(changed: [])
        #expect(!next.succeeded)
        #expect(next.errors.contains { $0.code == .missingUIString && $0.text == "ja:event.status.postponed" }, "\(next.errors.map(\.text))")
        #expect(copy.fullBuild() == nil, "a full build fails too")
    }

    /// A newsletter issue shows the events of its coming weeks: renaming one re-renders
    /// the issue's page and mail, and an event moved out of its weeks leaves them.
    @Test func newsletterFollowsItsEvents() throws {
        let copy = try EditableSite()
        let site = IncrementalSite(copy.incremental())
        _ = site.rebuild()
        let file = "content/events/jujo-machinaka-ichi.md"
        let text = copy.read(file)
        copy.write(file, text.replacingOccurrences(of: "  ja: 十条まちなか市（冬）\n", with: "  ja: 十条まちなか市（冬）改\n"))
        let renamed = site.rebuild()
        #expect(renamed.changedFiles.contains("newsletter/2026-11/index.html"))
        #expect(renamed.changedFiles.contains("newsletter/2026-11/mail.txt"))
        #expect(differences(site.files, copy.fullBuild() ?? [:]) == [])
        copy.write(file, copy.read(file).replacingOccurrences(of: "start: 2026-12-05 10:00\nend: 2026-12-05 16:00",
                                                              with: "start: 2027-03-01 10:00\nend: 2027-03-01 16:00"))
        let moved = site.rebuild()
        #expect(moved.changedFiles.contains("newsletter/2026-11/index.html"))
        #expect(differences(site.files, copy.fullBuild() ?? [:]) == [])
    }
}
