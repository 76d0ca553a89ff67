import Decoding
import Model

/// Decodes one file as one content type. The first input byte picks the type (so a
/// corpus file is that byte followed by a real content file); the rest is the file.
enum DecodeFuzzer {
    enum FileType: CaseIterable {
        case item(ItemKind, isYAML: Bool)
        case site
        case taxonomy(TaxonomyKind)
        case translation

        static let allCases: [FileType] =
            ItemKind.allCases.map { .item($0, isYAML: false) } + [.item(.facility, isYAML: true), .site]
            + TaxonomyKind.allCases.map { .taxonomy($0) } + [.translation]
    }

    /// A fixed build date, so a run is reproducible.
    static let now = Instant(secondsSinceEpoch: 1_795_000_000)

    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let type = FileType.allCases[Int(selector) % FileType.allCases.count]
        guard let source = FuzzInput.source(Array(bytes.dropFirst()), path: "fuzz") else { return }
        for requireEnglish in [false, true] {
            switch type {
            case .item(let kind, let isYAML):
                _ = ItemFileDecoder.decode(kind, slug: "fuzz-item", source: source, isYAML: isYAML, now: now, requireEnglish: requireEnglish)
            case .site:
                _ = SiteFileDecoder.settings(source: source, now: now, requireEnglish: requireEnglish)
            case .taxonomy(let kind):
                _ = SiteFileDecoder.taxonomy(kind, source: source, now: now, requireEnglish: requireEnglish)
            case .translation:
                _ = TranslationFileDecoder.decode(source: source, now: now)
            }
        }
    }
}
