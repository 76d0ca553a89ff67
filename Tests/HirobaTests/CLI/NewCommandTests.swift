import Decoding
import Foundation
import HirobaKit
import Model
import Testing

/// `hiroba new`: a scaffold with every field, which passes `hiroba check` once its
/// placeholders are filled in, and fails it while any placeholder is left.
@Suite("hiroba new, end to end")
struct NewCommandTests {
    let now = ["--now", "2026-11-28"]

    func slug(for kind: ItemKind) -> String { kind == .newsletter ? "2026-12" : "new-\(kind.rawValue)" }

    /// A valid value for each field of the valid-minimal fixture, as a contributor would write it.
    func value(_ line: Scaffold.Line) -> String {
        switch line.path {
        case "start": return "2026-12-05 10:00"
        case "end": return "2026-12-05 12:00"
        case "registration.deadline": return "2026-12-01"
        case "opens": return "2026-11-01"
        case "closes": return "2026-12-20"
        case "program_ends": return "2027-03-31"
        case "disclosure.confirmed": return "2026-10-01"
        case "date", "covers.to": return "2026-12-01"
        case "covers.from": return "2026-11-01"
        case "geo.lat": return "35.75"
        case "geo.lon": return "139.73"
        case "hours.open": return "\"09:00\""
        case "hours.close": return "\"17:00\""
        case "issue": return "2"
        default: return value(line.type)
        }
    }

    func value(_ type: FieldType) -> String {
        switch type {
        case .text, .markdown, .plain: "北区の例"
        case .reference(.facility): "minimal-facility"
        case .reference(.group): "minimal-group"
        case .reference(let kind): "minimal-\(kind.rawValue)"
        case .term(.fields): "children"
        case .term(.districts): "oji"
        case .term(.equipment): "whiteboard"
        case .id: "room-1"
        case .date: "2026-11-01"
        case .dateTime, .dateOrDateTime: "2026-11-01 10:00"
        case .time: "\"10:00\""
        case .url: "https://example.jp/"
        case .email: "info@example.jp"
        case .tel: "03-3908-1111"
        case .yen: "1,000"
        case .int(let range?): String(max(range.lowerBound, min(30, range.upperBound)))
        case .int: "30"
        case .number: "35.75"
        case .bool: "true"
        case .image: "{src: assets/logo.png, alt: ロゴ}"
        case .choice(let values): values[0]
        case .list(let element, _): "[\(value(element))]"
        case .object: "{}"
        case .digits(let n): "\"" + String(repeating: "1", count: n) + "\""
        case .yearOrDate: "1998"
        case .days: "mon-fri"
        case .districtScope: "[oji]"
        case .organizer: "minimal-group"
        case .itemReference: "event:minimal-event"
        case .language: "ja"
        }
    }

    /// The fixture's facility has no rooms: an event's `room` is an optional line a
    /// contributor without a room deletes.
    func keep(_ kind: ItemKind, _ line: Scaffold.Line) -> Bool {
        !(kind == .event && line.path == "room")
    }

    /// A copy of valid-minimal with a logo for image fields.
    func site() throws -> SiteCopy {
        let site = try SiteCopy(of: "valid-minimal")
        try FileManager.default.createDirectory(at: site.url.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.sites.appendingPathComponent("broken/assets/logo.png"),
                                        to: site.url.appendingPathComponent("assets/logo.png"))
        return site
    }

    @Test(arguments: ItemKind.allCases)
    func theScaffoldHasEveryFieldAndPassesCheckOnceFilledIn(kind: ItemKind) throws {
        let site = try site()
        let slug = slug(for: kind)
        let out = try CLI.run(["new", kind.rawValue, slug, "--content", site.path])
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        let file = site.url.appendingPathComponent("\(kind.folder)/\(slug).md")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == Scaffold.text(for: kind, slug: slug))

        // Every field of the schema, nested ones included, is on a line of its own with a comment.
        let lines = Scaffold.lines(for: kind)
        #expect(Set(lines.map(\.path)) == Set(Self.paths(Schemas.schema(for: kind))))
        for line in lines {
            #expect(written.contains("\(line.key):") && line.comment.contains(" / "))
            #expect(line.comment.hasPrefix(line.required ? "必須 / required — " : "任意 / optional — "))
        }
        // Required fields first at the top level.
        let top = lines.filter { !$0.path.contains(".") }
        #expect(top.map(\.required) == top.map(\.required).sorted { $0 && !$1 })

        // Unfilled: an error for every placeholder line, so it cannot be committed by accident.
        let unfilled = try CLI.run(["check", "--content", site.path, "--files", file.path, "--format", "json"] + now)
        #expect(unfilled.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(unfilled.stdout.utf8)) as? [String: Any])
        let errorLines = Set(((json["diagnostics"] as? [[String: Any]]) ?? []).filter { $0["severity"] as? String == "error" }.compactMap { $0["line"] as? Int })
        let placeholderLines = written.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.contains(": [") }.map { $0.offset + 1 }
        #expect(!placeholderLines.isEmpty)
        #expect(placeholderLines.allSatisfy(errorLines.contains), "placeholder lines without an error: \(placeholderLines.filter { !errorLines.contains($0) })")

        // Filled: the whole site checks clean.
        let filled = Scaffold.render(kind, slug: slug, lines: lines.filter { keep(kind, $0) }, value: value)
        try Data(filled.utf8).write(to: file)
        let check = try CLI.run(["check", "--content", site.path, "--lang", "en"] + now)
        #expect(check.status == 0, "\(filled)\n\(check.stdout)\(check.stderr)")
    }

    static func paths(_ schema: ObjectSchema, prefix: String = "") -> [String] {
        schema.fields.flatMap { field -> [String] in
            let path = prefix.isEmpty ? field.name : "\(prefix).\(field.name)"
            switch field.type {
            case .object(let nested), .list(.object(let nested), _): return [path] + paths(nested, prefix: path)
            default: return [path]
            }
        }
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let site = try site()
        let file = site.url.appendingPathComponent("groups/minimal-group.md")
        let before = try Data(contentsOf: file)
        let out = try CLI.run(["new", "group", "minimal-group", "--content", site.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("既にあります") && out.stderr.contains("already exists"))
        #expect(try Data(contentsOf: file) == before)
        // Nor a YAML item of the same slug.
        let yaml = try CLI.run(["new", "facility", "minimal-facility", "--content", site.path])
        #expect(yaml.status == 1)
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("facilities/minimal-facility.md").path))
    }

    @Test func anInvalidSlugIsAUsageErrorWithASuggestion() throws {
        let site = try site()
        let out = try CLI.run(["new", "event", "Kita Festival", "--content", site.path])
        #expect(out.status == 2)
        #expect(out.stderr.contains("スラッグ") && out.stderr.contains("not a valid slug") && out.stderr.contains("kita-festival"))
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("events/Kita Festival.md").path))
        for bad in ["2026-13", "december", "2026-1"] {
            let issue = try CLI.run(["new", "newsletter", bad, "--content", site.path])
            #expect(issue.status == 2, "\(bad)")
            #expect(issue.stderr.contains("YYYY-MM"))
        }
        let unknownType = try CLI.run(["new", "blog", "x", "--content", site.path])
        #expect(unknownType.status == 2)
    }
}
