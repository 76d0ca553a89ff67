import Foundation

/// The fuzz targets, one per stage that reads content.
enum FuzzTarget: String, CaseIterable {
    /// `YAMLReader.read` on arbitrary text.
    case yaml
    /// `FrontMatter.split` and `splitTranslation`.
    case frontmatter
    /// Markdown rendering (body and inline) with item links, and the link scanner.
    case markdown
    /// Decoding of one file of each content type; the first byte picks the type.
    case decode
    /// A small content folder written from the input, checked and rendered whole.
    case site

    /// From `HIROBA_FUZZ_TARGET`; stops the process with the list of names when unset or unknown.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["HIROBA_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("HIROBA_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml: ParsingFuzzer.yaml(bytes)
        case .frontmatter: ParsingFuzzer.frontMatter(bytes)
        case .markdown: MarkdownFuzzer.run(bytes)
        case .decode: DecodeFuzzer.run(bytes)
        case .site: SiteFuzzer.shared.run(bytes)
        }
    }
}
