import Foundation
import Testing

@Suite("hiroba check, run as a contributor would")
struct CheckCommandTests {
    let fixtures = HirobaProcess.fixtures

    @Test func cleanContentPrintsOneLineAndExitsZero() throws {
        for site in ["valid-minimal"] {
            let out = try HirobaProcess.run(["check", "--content", fixtures.appendingPathComponent(site).path, "--now", "2026-11-28"])
            #expect(out.status == 0, "\(out.stdout)")
            #expect(out.lines.count == 1)
            #expect(out.lines.first?.hasPrefix("✓") == true)
        }
    }

    @Test func theSampleSiteIsClean() throws {
        let out = try HirobaProcess.run(["check", "--now", "2026-11-28", "--lang", "en"], in: HirobaProcess.repositoryRoot)
        #expect(out.status == 0, "\(out.stdout)")
        #expect(out.lines.count == 1)
        #expect(out.lines.first?.hasPrefix("✓ Checked ") == true)
    }

    /// Every problem of the broken site, in one run, exactly as listed in its README.
    @Test func brokenSiteReportsEveryProblemAtItsPlace() throws {
        let site = fixtures.appendingPathComponent("broken")
        let out = try HirobaProcess.run(["check", "--content", site.path, "--now", "2026-11-28", "--format", "json"])
        #expect(out.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let got = diagnostics.map { d in
            "\((d["file"] as! String).components(separatedBy: "broken/").last!) \(d["code"] as! String) \(d["line"] as! Int):\(d["column"] as! Int)"
        }.sorted()
        let expected = try expectedFromReadme(site.appendingPathComponent("README.md"))
        #expect(got == expected)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["errors"] == 52)
        #expect(summary["warnings"] == 3)
    }

    /// The README's table rows: | `file` | severity | `CODE` name | line:col | …
    func expectedFromReadme(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, cells[0].hasPrefix("`"), cells[2].hasPrefix("`E") || cells[2].hasPrefix("`W") else { return nil }
            let file = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let code = cells[2].split(separator: "`")[0]
            return "\(file) \(code) \(cells[3])"
        }.sorted()
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hiroba-huge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("valid-minimal"), to: dir)
        let huge = dir.appendingPathComponent("groups/huge.md")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.write(contentsOf: Data("---\nname: x\n---\n".utf8))
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<50 { try handle.write(contentsOf: chunk) }
        try handle.close()
        let out = try HirobaProcess.run(["check", "--content", dir.path, "--now", "2026-11-28", "--format", "github"])
        #expect(out.status == 1)
        #expect(out.lines.first?.hasPrefix("::error file=") == true)
        #expect(out.stdout.contains("groups/huge.md,line=1,col=1,endColumn=2,title=E0102::"))
    }

    @Test func githubAnnotationsAreExact() throws {
        let site = fixtures.appendingPathComponent("broken")
        let out = try HirobaProcess.run(["check", "--content", site.path, "--now", "2026-11-28", "--format", "github", "--lang", "en"],
                                        in: site.deletingLastPathComponent())
        let yes = try #require(out.lines.first { $0.contains("yes-for-bool") })
        #expect(yes == "::error file=broken/events/yes-for-bool.md,line=7,col=12,endColumn=15,title=E0304::expected true or false, found `yes`.%0AWrite `true` instead of `yes`.")
        let stale = try #require(out.lines.first { $0.contains("stale-disclosure") })
        #expect(stale.hasPrefix("::warning file=broken/groups/stale-disclosure.md,line=5,col=14,"))
    }

    @Test func humanOutputQuotesTheLineWithACaret() throws {
        let site = fixtures.appendingPathComponent("broken")
        let out = try HirobaProcess.run(["check", "--content", site.path, "--now", "2026-11-28", "--lang", "ja"], in: site.deletingLastPathComponent())
        let lines = out.lines
        let at = try #require(lines.firstIndex { $0.hasSuffix("broken/events/yes-for-bool.md:7:12") })
        #expect(lines[at - 1] == "error[E0304]: true か false のどちらかが必要です（`yes`）。")
        #expect(lines[at + 2] == "7 | with_ward: yes")
        #expect(lines[at + 3] == "  |            ^^^")
        #expect(lines[at + 4] == "  = ヒント: `yes` ではなく `true` と書いてください。")
        #expect(!out.stdout.contains("\u{1B}["))  // no colour when not a terminal
        #expect(lines.last == "✗ 51 件のファイルを確認しました。エラー 52 件、警告 3 件。")
    }

    @Test func languageComesFromTheEnvironment() throws {
        let site = fixtures.appendingPathComponent("valid-minimal").path
        let ja = try HirobaProcess.run(["check", "--content", site, "--now", "2026-11-28"], environment: ["LANG": "ja_JP.UTF-8"])
        let en = try HirobaProcess.run(["check", "--content", site, "--now", "2026-11-28"], environment: ["LANG": "en_US.UTF-8"])
        let both = try HirobaProcess.run(["check", "--content", site, "--now", "2026-11-28"], environment: ["LANG": "C"])
        #expect(ja.stdout.contains("問題はありません") && !ja.stdout.contains("Checked"))
        #expect(en.stdout.contains("Checked") && !en.stdout.contains("問題"))
        #expect(both.stdout.contains("問題はありません") && both.stdout.contains("Checked"))
    }

    @Test func usageErrorsExitTwo() throws {
        let bad = try HirobaProcess.run(["check", "--now", "2026-13-01"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--now"))
        let format = try HirobaProcess.run(["check", "--format", "xml"])
        #expect(format.status == 2)
        let unknown = try HirobaProcess.run(["frobnicate"])
        #expect(unknown.status == 2)
        let version = try HirobaProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try HirobaProcess.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--require-en"))
    }

    @Test func requireEnglishTurnsMissingTranslationsIntoErrors() throws {
        let site = fixtures.appendingPathComponent("valid-minimal").path
        let out = try HirobaProcess.run(["check", "--content", site, "--now", "2026-11-28", "--require-en", "--format", "json"])
        #expect(out.status == 1)
        #expect(out.stdout.contains("\"E0324\""))
    }
}
