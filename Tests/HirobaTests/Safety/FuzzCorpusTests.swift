import Foundation
@testable import FuzzTargets
import Testing

/// Replays the fuzz corpora through the fuzz targets in the ordinary test build: the seeds
/// (fuzz/corpus/TARGET) and every input that once crashed, hung or leaked
/// (fuzz/regressions/TARGET). A target traps on a broken invariant, so a regression fails
/// the test run. scripts/fuzz.sh explains how a finding gets here.
@Suite("Fuzz corpora")
struct FuzzCorpusTests {
    static let fuzzFolder = CLI.packageRoot.appendingPathComponent("fuzz")

    static func inputs(_ target: FuzzTarget) -> [URL] {
        ["corpus", "regressions"].flatMap { kind -> [URL] in
            let folder = fuzzFolder.appendingPathComponent("\(kind)/\(target.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().filter { !$0.hasPrefix(".") }.map { folder.appendingPathComponent($0) }
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everySavedInputRunsClean(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(target)
        #expect(inputs.count >= 3, "the seed corpus of \(target) is missing")
        for input in inputs {
            target.run([UInt8](try Data(contentsOf: input)))
        }
    }
}

/// The page invariant the site target asserts must see what it is there to see.
@Suite("Fuzz page invariant")
struct ScriptCheckTests {
    @Test func findsScriptsThatAreNotTheThemes() {
        let theme = #"<script type="application/ld+json">{"a":"\u003c/script>"}</script><script src="/assets/f.js" defer></script>"#
        #expect(ScriptCheck.problem(in: theme) == nil)
        #expect(ScriptCheck.problem(in: theme + "<SCRIPT>alert(1)</SCRIPT>") != nil)
        #expect(ScriptCheck.problem(in: #"<script type="application/ld+json">{"a":"</script><script>x"}</script>"#) != nil)
        #expect(ScriptCheck.problem(in: #"<script type="application/ld+json">{"a":"<b>"}</script>"#) != nil)
        #expect(ScriptCheck.problem(in: #"<script type="application/ld+json">{"#) != nil)
    }
}
