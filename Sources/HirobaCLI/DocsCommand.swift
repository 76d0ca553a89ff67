import ArgumentParser
import Decoding
import Foundation
import Model

/// `hiroba docs`: the field reference, generated from the schemas.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "項目の一覧（日本語・英語）をスキーマから作る / write the field reference from the schemas")

    @Option(name: .long, help: "出力先のフォルダー / the folder to write into")
    var output: String = "docs/reference"

    func run() throws {
        try GeneratedFiles.write(GeneratedFiles.docs, into: output)
    }
}

/// `hiroba schema`: JSON Schemas of the YAML files, generated from the schemas.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "エディター用の JSON Schema をスキーマから作る / write JSON Schemas for editors from the schemas")

    @Option(name: .long, help: "出力先のフォルダー / the folder to write into")
    var output: String = "schemas"

    func run() throws {
        try GeneratedFiles.write(GeneratedFiles.jsonSchemas, into: output)
    }
}

/// The generated files, by name. A test compares them with the committed copies.
public enum GeneratedFiles {
    public static var docs: [String: String] {
        ["fields.ja.md": ReferenceDocs.markdown(.ja), "fields.en.md": ReferenceDocs.markdown(.en)]
    }

    public static var jsonSchemas: [String: String] {
        Dictionary(uniqueKeysWithValues: FileSchema.all.map { ("\($0.name).schema.json", JSONSchemaExport.schema(for: $0)) })
    }

    static func write(_ files: [String: String], into folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
            print("\(folder)/\(name)")
        }
    }
}
