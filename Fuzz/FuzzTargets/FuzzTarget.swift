/// The fuzz targets, one per stage that reads content. The libFuzzer harness
/// (Fuzz/HirobaFuzz, built by scripts/fuzz.sh) runs one of them on each input; the test
/// suite replays the seed corpora and every input that once failed (fuzz/regressions)
/// through the same code (FuzzCorpusTests).
public enum FuzzTarget: String, CaseIterable, Sendable {
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

    /// Runs the target on one input; traps when the input breaks an invariant.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml: ParsingFuzzer.yaml(bytes)
        case .frontmatter: ParsingFuzzer.frontMatter(bytes)
        case .markdown: MarkdownFuzzer.run(bytes)
        case .decode: DecodeFuzzer.run(bytes)
        case .site: SiteFuzzer.shared.run(bytes)
        }
    }
}
