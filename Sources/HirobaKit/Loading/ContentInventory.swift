import Diagnostics
import Model

/// The files of a content folder, sorted into what each is for. Nothing is read yet.
struct ContentInventory: Sendable {
    struct ItemFile: Sendable {
        var kind: ItemKind
        var slug: String
        /// Path on disk.
        var path: String
        /// Path as shown in diagnostics.
        var displayPath: String
        /// `<slug>.yaml` (facilities without a body) rather than `<slug>.md`.
        var isYAML: Bool
    }

    var siteFile: (path: String, displayPath: String)?
    var taxonomyFiles: [(kind: TaxonomyKind, path: String, displayPath: String)] = []
    var items: [ItemFile] = []
    var translations: [ItemFile] = []
    /// `assets/…` paths of the files in the assets folder.
    var assets: Set<String> = []
    var diagnostics: [Diagnostic] = []

    var fileCount: Int {
        (siteFile == nil ? 0 : 1) + taxonomyFiles.count + items.count + translations.count
    }
}
