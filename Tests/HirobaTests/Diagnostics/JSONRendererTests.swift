import Diagnostics
import Foundation
import Testing

@Suite("JSON renderer")
struct JSONRendererTests {
    let diagnostics = [HumanRendererTests.japanese, HumanRendererTests.warning]
    let summary = ReportSummary(files: 7, errors: 1, warnings: 1)

    @Test func roundTripsThroughJSONSerialization() throws {
        let text = JSONRenderer().render(diagnostics, summary: summary)
        #expect(text.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["diagnostics", "summary"])
        #expect(object["summary"] as? [String: Int] == ["files": 7, "errors": 1, "warnings": 1])
        let list = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(list.count == 2)

        let first = list[0]
        #expect(Set(first.keys) == ["severity", "code", "file", "line", "column", "length", "text", "message", "hint", "sourceLine"])
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "E0304")
        #expect(first["file"] as? String == "content/events/x.md")
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 7)
        #expect(first["length"] as? Int == 2)
        #expect(first["text"] as? String == "はい")
        #expect(first["message"] as? [String: String] == ["ja": "真偽値が必要です（`はい`）。", "en": "expected true or false, found `はい`."])
        #expect(first["hint"] as? [String: String] == ["ja": "`true` と書いてください。", "en": "Write `true`."])
        #expect(first["sourceLine"] as? String == "申込必要: はいです")

        // Absent values are null, not missing.
        let second = list[1]
        #expect(second["severity"] as? String == "warning")
        #expect(second["hint"] is NSNull)
        var bare = HumanRendererTests.warning
        bare.text = nil
        bare.sourceLine = nil
        let bareObject = try JSONSerialization.jsonObject(with: JSONRenderer().data([bare], summary: summary)) as? [String: Any]
        let entry = try #require((bareObject?["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["text"] is NSNull && entry["sourceLine"] is NSNull && entry["hint"] is NSNull)
    }

    @Test func alwaysBothLanguagesAndDeterministic() {
        let a = JSONRenderer().render(diagnostics, summary: summary)
        #expect(a == JSONRenderer().render(diagnostics, summary: summary))
        #expect(a.contains("真偽値") && a.contains("expected true"))
        // Keys are sorted: "code" comes before "column", "summary" after "diagnostics".
        let code = a.range(of: "\"code\"")!.lowerBound, column = a.range(of: "\"column\"")!.lowerBound
        #expect(code < column)
        #expect(a.range(of: "\"diagnostics\"")!.lowerBound < a.range(of: "\"summary\"")!.lowerBound)
        #expect(a.contains("\"file\" : \"content/events/x.md\""))  // slashes are not escaped
    }

    @Test func emptyReport() throws {
        let text = JSONRenderer().render([], summary: ReportSummary(files: 0, errors: 0, warnings: 0))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func hostileTextStaysValidJSON() throws {
        var d = HumanRendererTests.japanese
        d.sourceLine = "quote \" backslash \\ nul \u{0} esc \u{1B} tab \t"
        d.text = "\u{2028}"
        let data = JSONRenderer().data([d], summary: summary)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let entry = try #require((object?["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["sourceLine"] as? String == d.sourceLine)
    }
}
