import Decoding
import Diagnostics
import Model

/// Items by type and slug. A slug used twice in one type is reported at the later file
/// (in path order), and only the first is kept. Holds positions, not copies, of items.
struct SlugIndex: ItemLookup {
    private let items: [LoadedItem]
    private var byKind: [ItemKind: [String: Int]] = [:]
    /// Positions of the kept items, in path order.
    private(set) var kept: [Int] = []

    init(items: [LoadedItem], diagnostics: inout [Diagnostic]) {
        self.items = items
        for i in items.indices.sorted(by: { items[$0].file < items[$1].file }) {
            let loaded = items[i]
            if let first = byKind[loaded.kind]?[loaded.slug] {
                diagnostics.append(Diagnostic(
                    .error, .duplicateSlug, file: loaded.file, at: .start, text: loaded.slug,
                    message: Bilingual(ja: "スラッグ `\(loaded.slug)` は \(items[first].file) でも使われています。",
                                       en: "the slug `\(loaded.slug)` is also used by \(items[first].file)."),
                    hint: Bilingual(ja: "どちらかのファイル名を変えるか、1つにまとめてください。",
                                    en: "Rename one of the files, or merge them into one.")))
                continue
            }
            byKind[loaded.kind, default: [:]][loaded.slug] = i
            kept.append(i)
        }
    }

    /// The kept items, in path order.
    var unique: some Sequence<LoadedItem> { kept.lazy.map { items[$0] } }

    func item(_ kind: ItemKind, _ slug: String) -> DecodedItem? { byKind[kind]?[slug].map { items[$0].item } }

    func facility(_ slug: String) -> Facility? {
        if case .facility(let facility)? = item(.facility, slug) { return facility }
        return nil
    }

    func contains(_ kind: ItemKind, _ slug: String) -> Bool { byKind[kind]?[slug] != nil }

    /// The types that have an item with this slug, in the order of `ItemKind.allCases`.
    func kinds(of slug: String) -> [ItemKind] {
        ItemKind.allCases.filter { byKind[$0]?[slug] != nil }
    }

    func slugs(_ kind: ItemKind) -> [String] { byKind[kind].map { Array($0.keys).sorted() } ?? [] }
}
