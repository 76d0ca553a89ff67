import Foundation
import Testing

/// `hiroba check --files`: only the named files' diagnostics, the whole site still loaded.
@Suite("hiroba check --files, end to end")
struct CheckFilesTests {
    let now = ["--now", "2026-11-28"]

    func diagnostics(_ arguments: [String]) throws -> (status: Int32, rows: [String], summary: [String: Int]) {
        let out = try CLI.run(["check", "--format", "json"] + now + arguments, in: CLI.sites)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any], "\(out.stdout)\(out.stderr)")
        let list = try #require(json["diagnostics"] as? [[String: Any]])
        let rows = list.map { d in
            "\(d["file"] as! String) \(d["code"] as! String) \(d["line"] as! Int):\(d["column"] as! Int) \(d["severity"] as! String)"
        }
        return (out.status, rows, try #require(json["summary"] as? [String: Int]))
    }

    @Test func twoBrokenFilesGiveExactlyTheirDiagnosticsOfTheFullCheck() throws {
        let full = try diagnostics(["--content", "broken"])
        let named = ["broken/events/yes-for-bool.md", "broken/groups/missing-field.md"]
        let expected = full.rows.filter { row in named.contains { row.hasPrefix($0 + " ") } }
        // missing-field.md's problem is found only by resolving the whole site (E0401).
        #expect(expected.contains { $0.hasPrefix("broken/groups/missing-field.md E0401") })
        #expect(expected.contains { $0.hasPrefix("broken/events/yes-for-bool.md E0304") })

        let only = try diagnostics(["--content", "broken", "--files"] + named)
        #expect(only.status == 1)
        #expect(only.rows == expected)
        #expect(only.summary["errors"] == expected.count { $0.hasSuffix(" error") })
        #expect(only.summary["files"] == 2)

        // The same files named in other ways: absolute, with `./` and `..`, as two options.
        let absolute = CLI.sites.appendingPathComponent(named[0]).path
        let other = try diagnostics(["--content", "broken", "--files", absolute, "--files", "./broken/pages/../groups/missing-field.md"])
        #expect(other.rows == expected)
    }

    @Test func theExitStatusReflectsOnlyTheNamedFiles() throws {
        // A warning alone exits 0, although the site has many errors.
        let warning = try diagnostics(["--content", "broken", "--files", "broken/groups/stale-disclosure.md"])
        #expect(warning.status == 0)
        #expect(warning.rows == ["broken/groups/stale-disclosure.md W0601 5:14 warning"])
        // A clean file (or one that does not exist) exits 0 with nothing to report.
        let clean = try diagnostics(["--content", "broken", "--files", "broken/groups/kita-support-group.md", "broken/groups/deleted.md"])
        #expect(clean.status == 0)
        #expect(clean.rows.isEmpty)
        let human = try CLI.run(["check", "--content", "broken", "--lang", "en", "--files", "broken/groups/kita-support-group.md"] + now, in: CLI.sites)
        #expect(human.status == 0)
        #expect(human.lines == ["✓ Checked 1 file: no problems found."])
    }
}
