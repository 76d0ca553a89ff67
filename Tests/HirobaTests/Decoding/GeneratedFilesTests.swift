import Foundation
import HirobaCLI
import Testing

/// The committed reference docs and JSON Schemas are generated from the schemas; this
/// fails when they were not regenerated (`hiroba docs`, `hiroba schema`) after a change.
@Suite("Generated docs and schemas are in sync with the model")
struct GeneratedFilesTests {
    @Test(arguments: [("docs/reference", GeneratedFiles.docs), ("schemas", GeneratedFiles.jsonSchemas)])
    func committedFilesMatch(folder: String, files: [String: String]) throws {
        let dir = CLI.packageRoot.appendingPathComponent(folder)
        let committed = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".") }
        #expect(Set(committed) == Set(files.keys), "run `hiroba docs` and `hiroba schema`")
        for (name, text) in files {
            let onDisk = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(onDisk == text, "\(folder)/\(name) is out of date: run `hiroba \(folder == "schemas" ? "schema" : "docs")`")
        }
    }

    @Test func schemasAreJSONAndCoverEveryField() throws {
        for (_, text) in GeneratedFiles.jsonSchemas {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(json["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect((json["properties"] as? [String: Any])?.isEmpty == false)
        }
        let event = try #require(try JSONSerialization.jsonObject(with: Data(GeneratedFiles.jsonSchemas["event.schema.json"]!.utf8)) as? [String: Any])
        #expect((event["required"] as? [String])?.contains("organizers") == true)
        #expect(GeneratedFiles.docs["fields.ja.md"]!.contains("| `registration.deadline` |"))
    }
}
