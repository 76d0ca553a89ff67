import Foundation
import Testing

/// `hiroba check`, run as a contributor or CI would: the built executable, on fixture sites,
/// always with `--now 2026-11-28` and `LANG=C`.
@Suite("hiroba check, end to end")
struct CheckCommandTests {
    let now = ["--now", "2026-11-28"]
    var minimal: String { CLI.sites.appendingPathComponent("valid-minimal").path }
    var broken: URL { CLI.sites.appendingPathComponent("broken") }

    // MARK: Clean content

    @Test func aCleanRunPrintsExactlyOneLineAndExitsZero() throws {
        let out = try CLI.run(["check", "--content", minimal] + now)
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout.filter { $0 == "\n" }.count == 1)
        #expect(out.stdout.hasPrefix("✓ ") && out.stdout.hasSuffix(" files: no problems found.\n"))
        #expect(out.stdout.contains(" / Checked "))
        #expect(out.stdout.contains("件のファイルを確認しました。問題はありません。"))
        #expect(out.stderr.isEmpty)
    }

    @Test func theSampleSiteIsClean() throws {
        let out = try CLI.run(["check", "--lang", "en"] + now, in: CLI.packageRoot)
        #expect(out.status == 0, "\(out.stdout)")
        #expect(out.lines.count == 1)
        #expect(out.lines.first?.hasPrefix("✓ Checked ") == true)
    }

    @Test func warningsAloneExitZero() throws {
        // Confirmed almost two years before --now: a stale-disclosure warning, not an error.
        let group = try String(contentsOf: CLI.sites.appendingPathComponent("valid-minimal/groups/minimal-group.md"), encoding: .utf8)
        let site = try SiteCopy(of: "valid-minimal", changing: [
            "groups/minimal-group.md": group.replacingOccurrences(of: "confirmed: 2026-10-01", with: "confirmed: 2025-01-01"),
        ])
        let out = try CLI.run(["check", "--content", site.path, "--lang", "en"] + now)
        #expect(out.status == 0, "\(out.stdout)")
        #expect(out.lines.first?.hasPrefix("warning[W0601]: ") == true)
        #expect(out.lines.last?.hasPrefix("✓ Checked ") == true)
        #expect(out.lines.last?.hasSuffix(" files: 0 errors, 1 warning.") == true)
    }

    @Test func nowAcceptsADateTimeAndISO8601() throws {
        for value in ["2026-11-28 09:30", "2026-11-28T09:30", "2026-11-28T00:30:00Z", "2026-11-28T09:30:00+09:00"] {
            let out = try CLI.run(["check", "--content", minimal, "--now", value, "--lang", "en"])
            #expect(out.status == 0, "\(value): \(out.stdout)\(out.stderr)")
        }
    }

    // MARK: Content errors

    /// Every problem of the broken site, in one run, exactly as listed in its README.
    @Test func theBrokenSiteReportsEveryProblemAtItsPlace() throws {
        let out = try CLI.run(["check", "--content", broken.path, "--format", "json"] + now)
        #expect(out.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let got = diagnostics.map { d in
            "\((d["file"] as! String).components(separatedBy: "broken/").last!) \(d["code"] as! String) \(d["line"] as! Int):\(d["column"] as! Int)"
        }.sorted()
        let expected = try readmeTable()
        #expect(got == expected.map(\.row).sorted())
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["errors"] == expected.count { $0.severity == "error" })
        #expect(summary["warnings"] == expected.count { $0.severity == "warning" })
    }

    /// The README's table rows: | `file` | severity | `CODE` name | line:col | …
    func readmeTable() throws -> [(row: String, severity: String)] {
        try String(contentsOf: broken.appendingPathComponent("README.md"), encoding: .utf8).split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, cells[0].hasPrefix("`"), cells[2].hasPrefix("`E") || cells[2].hasPrefix("`W") else { return nil }
            let file = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let code = cells[2].split(separator: "`")[0]
            return (row: "\(file) \(code) \(cells[3])", severity: cells[1])
        }
    }

    @Test func humanOutputQuotesTheLineWithACaret() throws {
        let out = try CLI.run(["check", "--content", "broken", "--lang", "ja"] + now, in: CLI.sites)
        #expect(out.status == 1)
        let lines = out.lines
        let at = try #require(lines.firstIndex { $0 == " --> broken/events/yes-for-bool.md:7:12" })
        #expect(lines[at - 1] == "error[E0304]: true か false のどちらかが必要です（`yes`）。")
        #expect(lines[at + 1] == "  |")
        #expect(lines[at + 2] == "7 | with_ward: yes")
        #expect(lines[at + 3] == "  |            ^^^")
        #expect(lines[at + 4] == "  = ヒント: `yes` ではなく `true` と書いてください。")
        #expect(!out.stdout.contains("\u{1B}"))  // no colour when not a terminal
        #expect(!out.stdout.contains("hint:") && !out.stdout.contains("expected"))
        let json = try CLI.run(["check", "--content", "broken", "--format", "json"] + now, in: CLI.sites)
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["summary"] as? [String: Int])
        #expect(lines.last == "✗ \(summary["files"]!) 件のファイルを確認しました。エラー \(summary["errors"]!) 件、警告 \(summary["warnings"]!) 件。")
    }

    @Test func theCaretLinesUpUnderJapaneseText() throws {
        let site = try SiteCopy(of: "valid-minimal", changing: [
            "groups/nihongo.md": """
                ---
                name: {ja: 北区の会（仮）, en: Kita Club, fr: Club}
                summary: 日本語の団体です。
                disclosure:
                  confirmed: 2026-10-01
                eligibility:
                  public_benefit: true
                  non_profit: true
                  not_religious_or_political: true
                ---
                """,
        ])
        let out = try CLI.run(["check", "--content", site.path, "--lang", "en"] + now)
        #expect(out.status == 1)
        let lines = out.lines
        let at = try #require(lines.firstIndex { $0.hasSuffix("groups/nihongo.md:2:36") })
        #expect(lines[at + 2] == "2 | name: {ja: 北区の会（仮）, en: Kita Club, fr: Club}")
        // `name: {ja: ` 11 columns + 7 wide characters (14) + `, en: Kita Club, ` 17 = 42.
        #expect(lines[at + 3] == "  | " + String(repeating: " ", count: 42) + "^^")
    }

    @Test func githubAnnotations() throws {
        let out = try CLI.run(["check", "--content", "broken", "--format", "github", "--lang", "en"] + now, in: CLI.sites)
        #expect(out.status == 1)
        let annotations = out.lines.dropLast()
        #expect(!annotations.isEmpty)
        #expect(annotations.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") })
        #expect(out.lines.first?.hasPrefix("::error file=") == true)
        let yes = try #require(out.lines.first { $0.contains("yes-for-bool") })
        #expect(yes == "::error file=broken/events/yes-for-bool.md,line=7,col=12,endColumn=15,title=E0304::expected true or false, found `yes`.%0AWrite `true` instead of `yes`.")
        let stale = try #require(out.lines.first { $0.contains("stale-disclosure") })
        #expect(stale.hasPrefix("::warning file=broken/groups/stale-disclosure.md,line=5,col=14,"))
        #expect(out.lines.last?.hasPrefix("✗ Checked ") == true)
    }

    @Test func jsonParsesAndIsDeterministic() throws {
        let a = try CLI.run(["check", "--content", broken.path, "--format", "json", "--lang", "ja"] + now)
        let b = try CLI.run(["check", "--content", broken.path, "--format", "json"] + now, environment: ["LANG": "en_US.UTF-8"])
        #expect(a.status == 1 && b.status == 1)
        #expect(a.stdout == b.stdout)  // the same bytes, both languages whatever --lang says
        let object = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        let message = try #require(first["message"] as? [String: String])
        #expect(message["ja"]?.isEmpty == false && message["en"]?.isEmpty == false)

        let clean = try CLI.run(["check", "--content", minimal, "--format", "json"] + now)
        #expect(clean.status == 0)
        let cleanObject = try #require(try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any])
        let summary = try #require(cleanObject["summary"] as? [String: Int])
        #expect(summary["errors"] == 0 && summary["warnings"] == 0 && (summary["files"] ?? 0) > 0)
    }

    @Test func aFileOverTheSizeLimitIsRefused() throws {
        let site = try SiteCopy(of: "valid-minimal")
        let huge = site.url.appendingPathComponent("groups/huge.md")
        _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.write(contentsOf: Data("---\nname: x\n---\n".utf8))
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<50 { try handle.write(contentsOf: chunk) }
        try handle.close()
        let out = try CLI.run(["check", "--content", site.path, "--format", "github"] + now)
        #expect(out.status == 1)
        #expect(out.lines.first?.hasPrefix("::error file=") == true)
        #expect(out.stdout.contains("groups/huge.md,line=1,col=1,endColumn=2,title=E0102::"))
    }

    @Test func requireEnglishTurnsMissingTranslationsIntoErrors() throws {
        let out = try CLI.run(["check", "--content", minimal, "--require-en", "--format", "json"] + now)
        #expect(out.status == 1)
        #expect(out.stdout.contains("\"E0324\""))
    }

    // MARK: Language

    @Test func theLanguageComesFromTheEnvironment() throws {
        func run(_ env: [String: String]) throws -> String {
            try CLI.run(["check", "--content", minimal] + now, environment: env).stdout
        }
        let ja = try run(["LANG": "ja_JP.UTF-8"])
        let en = try run(["LANG": "en_US.UTF-8"])
        let both = try run([:])  // LANG=C
        #expect(ja.contains("問題はありません") && !ja.contains("Checked"))
        #expect(en.contains("Checked") && !en.contains("問題"))
        #expect(both.contains("問題はありません") && both.contains("Checked"))
        #expect(try run(["LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"]) == en)
        #expect(try run(["LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"]) == ja)
        // --lang wins over the environment.
        #expect(try CLI.run(["check", "--content", minimal, "--lang", "en"] + now, environment: ["LANG": "ja_JP.UTF-8"]).stdout == en)
    }

    // MARK: Usage errors

    @Test func aBadNowExitsTwoWithABilingualMessage() throws {
        for value in ["2026-13-01", "2026/11/28", "tomorrow", "2026-11-28 25:00", "２０２６-11-28"] {
            let out = try CLI.run(["check", "--content", minimal, "--now", value])
            #expect(out.status == 2, "\(value)")
            #expect(out.stdout.isEmpty)
            #expect(out.stderr.contains("--now"))
            #expect(out.stderr.contains("YYYY-MM-DD"))
            #expect(out.stderr.unicodeScalars.contains { $0.value >= 0x3040 }, "Japanese text for \(value)")
        }
    }

    @Test func otherUsageErrorsExitTwo() throws {
        let cases: [[String]] = [
            ["check", "--format", "xml"] + now,
            ["check", "--lang", "fr"] + now,
            ["check", "--no-such-option"] + now,
            ["check", "--content"],
            ["frobnicate"] + now,
            ["check", "--content", "/no/such/folder"] + now,
        ]
        for arguments in cases {
            let out = try CLI.run(arguments, in: CLI.packageRoot)
            #expect(out.status == 2, "\(arguments)")
            #expect(out.stdout.isEmpty, "\(arguments)")
            #expect(out.stderr.hasPrefix("Error: "), "\(arguments): \(out.stderr)")
        }
    }

    @Test func versionAndHelpExitZero() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        for arguments in [["--help"], ["check", "--help"], ["help", "check"]] {
            let help = try CLI.run(arguments)
            #expect(help.status == 0, "\(arguments)")
            #expect(help.stderr.isEmpty)
            #expect(help.stdout.contains("USAGE: hiroba"))
        }
        let check = try CLI.run(["check", "--help"]).stdout
        for option in ["--content", "--now", "--require-en", "--format", "--lang"] {
            #expect(check.contains(option))
        }
    }
}
