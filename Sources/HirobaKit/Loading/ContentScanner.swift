import Decoding
import Diagnostics
import Model

/// Walks a content folder and sorts its files (load stage). Files whose names start with
/// `_` or `.` are ignored (`_template.md`). A symbolic link to a file is followed only when
/// it stays inside the content folder; a link that leaves it (E0108) or names a folder
/// (E0109) is reported and never read. This holds for every path the scanner looks at:
/// site.yaml, taxonomies, the item folders themselves, their files and assets.
enum ContentScanner {
    static func scan(_ directory: String, display: DisplayPaths) -> ContentInventory {
        var inventory = ContentInventory()
        let root = FileSystem.realPath(directory) ?? directory
        let site = root + "/site.yaml"
        let siteKind = FileSystem.statKind(site, follow: false)
        if followLink(site, siteKind, root: root, display: display, into: &inventory) == .file {
            inventory.siteFile = (site, display.path(site))
        } else if siteKind != .symlink {
            inventory.diagnostics.append(Diagnostic(
                .error, .missingSiteFile, file: display.path(site), at: .start,
                message: Bilingual(ja: "site.yaml が見つかりません。content フォルダーを指定しているか確かめてください。",
                                   en: "site.yaml not found: check that --content names the content folder."),
                hint: Bilingual(ja: "例: hiroba check --content content", en: "For example: hiroba check --content content")))
        }
        if checkedKind(root + "/taxonomies", root: root, display: display, into: &inventory) == .directory {
            for kind in TaxonomyKind.allCases {
                let path = "\(root)/taxonomies/\(kind.rawValue).yaml"
                if checkedKind(path, root: root, display: display, into: &inventory) == .file {
                    inventory.taxonomyFiles.append((kind, path, display.path(path)))
                }
            }
        }
        for kind in ItemKind.allCases {
            let folder = root + "/" + kind.folder
            guard checkedKind(folder, root: root, display: display, into: &inventory) == .directory else { continue }
            for name in files(in: folder, root: root, display: display, into: &inventory) {
                classify(name, kind: kind, folder: folder, display: display, into: &inventory)
            }
        }
        if checkedKind(root + "/assets", root: root, display: display, into: &inventory) == .directory {
            inventory.assets = assets(in: root + "/assets", prefix: "assets", root: root, display: display, into: &inventory)
        }
        return inventory
    }

    /// Names the scanner skips: `_template.md`, and hidden files such as an editor's `.x.md.swp`.
    static func isIgnored(_ name: some StringProtocol) -> Bool {
        name.hasPrefix("_") || name.hasPrefix(".")
    }

    /// Names of the regular files in a folder, sorted, skipping ignored names and unsafe links.
    static func files(in folder: String, root: String, display: DisplayPaths, into inventory: inout ContentInventory) -> [String] {
        (FileSystem.entries(of: folder) ?? []).compactMap { entry in
            guard !isIgnored(entry.name) else { return nil }
            let kind = followLink(folder + "/" + entry.name, entry.kind, root: root, display: display, into: &inventory)
            return kind == .file ? entry.name : nil
        }
    }

    /// The kind of what `path` names, without following a link that is not safe to follow.
    static func checkedKind(_ path: String, root: String, display: DisplayPaths, into inventory: inout ContentInventory) -> FileSystem.EntryKind {
        followLink(path, FileSystem.statKind(path, follow: false), root: root, display: display, into: &inventory)
    }

    /// The kind of an entry; a link to a file is followed only when it stays inside `root`.
    /// A link that leaves `root` (or leads nowhere) and a link to a folder are reported and
    /// treated as `.other`, so nothing behind them is ever opened.
    static func followLink(
        _ path: String, _ kind: FileSystem.EntryKind, root: String, display: DisplayPaths,
        into inventory: inout ContentInventory
    ) -> FileSystem.EntryKind {
        guard kind == .symlink else { return kind }
        let target = FileSystem.linkTarget(path) ?? "?"
        let name = display.path(path)
        if let resolved = FileSystem.realPath(path), resolved == root || resolved.hasPrefix(root + "/") {
            switch FileSystem.statKind(resolved, follow: false) {
            case .file:
                return .file
            case .directory:
                // Links to folders are not followed: a link to a parent would loop forever,
                // and a folder's files should be where the folder is.
                inventory.diagnostics.append(Diagnostic(
                    .error, .symlinkToFolder, file: name, at: .start, text: target,
                    message: Bilingual(ja: "`\(name)` はフォルダー `\(target)` へのリンクです。フォルダーへのリンクはたどりません。",
                                       en: "`\(name)` is a link to the folder `\(target)`: links to folders are not followed."),
                    hint: Bilingual(ja: "リンクを消して、フォルダーそのもの（またはファイル）をここに置いてください。",
                                    en: "Remove the link and put the folder itself (or the files) here.")))
                return .other
            default:
                return .other
            }
        }
        inventory.diagnostics.append(Diagnostic(
            .error, .symlinkOutside, file: name, at: .start, text: target,
            message: Bilingual(ja: "`\(name)` は content フォルダーの外（`\(target)`）を指すリンクなので読みません。",
                               en: "`\(name)` is a link to `\(target)`, outside the content folder (or missing), so it is not read."),
            hint: Bilingual(ja: "リンクではなく、ファイルそのものを content フォルダーの中に置いてください。",
                            en: "Put the file itself inside the content folder, not a link.")))
        return .other
    }

    static func classify(_ name: String, kind: ItemKind, folder: String, display: DisplayPaths, into inventory: inout ContentInventory) {
        let path = folder + "/" + name
        let shown = display.path(path)
        let (slug, isYAML, isTranslation): (String, Bool, Bool)
        if name.hasSuffix(".en.md") {
            (slug, isYAML, isTranslation) = (String(name.dropLast(6)), false, true)
        } else if name.hasSuffix(".md") {
            (slug, isYAML, isTranslation) = (String(name.dropLast(3)), false, false)
        } else if kind == .facility, name.hasSuffix(".yaml") {
            (slug, isYAML, isTranslation) = (String(name.dropLast(5)), true, false)
        } else {
            inventory.diagnostics.append(Diagnostic(
                .error, .unexpectedFile, file: shown, at: .start,
                message: Bilingual(ja: "\(kind.folder)/ に置けるのは .md ファイルです（`\(name)`）。",
                                   en: "\(kind.folder)/ holds .md files, found `\(name)`."),
                hint: Bilingual(ja: "画像などは content/assets/ に置いてください。", en: "Put images and other files in content/assets/.")))
            return
        }
        let validSlug = kind == .newsletter ? NewsletterFileName.isValid(slug) : SlugParsing.isValid(slug)
        if !validSlug { inventory.diagnostics.append(invalidFileName(slug, kind: kind, file: shown)) }
        let file = ContentInventory.ItemFile(kind: kind, slug: slug, path: path, displayPath: shown, isYAML: isYAML)
        if isTranslation { inventory.translations.append(file) } else { inventory.items.append(file) }
    }

    static func invalidFileName(_ slug: String, kind: ItemKind, file: String) -> Diagnostic {
        if kind == .newsletter {
            return Diagnostic(
                .error, .invalidFileName, file: file, at: .start, text: slug,
                message: Bilingual(ja: "メールマガジンのファイル名は YYYY-MM.md（例: 2026-12.md）です（`\(slug)`）。",
                                   en: "newsletter files are named YYYY-MM.md (e.g. 2026-12.md), found `\(slug)`."))
        }
        let suggestion = SlugParsing.suggestion(for: slug)
        return Diagnostic(
            .error, .invalidFileName, file: file, at: .start, text: slug,
            message: Bilingual(ja: "ファイル名 `\(slug)` はスラッグとして使えません。半角の英小文字・数字とハイフンだけが使えます。",
                               en: "the file name `\(slug)` is not a valid slug: use lower-case ASCII letters, digits and hyphens."),
            hint: suggestion.map { Bilingual(ja: "例えば `\($0)` という名前にしてください。", en: "Rename it, for example to `\($0)`.") }
                ?? Bilingual(ja: "日本語の名前はローマ字にします。例: kita-kodomo-shokudo.md", en: "Write Japanese names in romaji, e.g. kita-kodomo-shokudo.md."))
    }

    /// Every file under `assets/`, as `assets/…` paths.
    static func assets(
        in folder: String, prefix: String, root: String, display: DisplayPaths, into inventory: inout ContentInventory
    ) -> Set<String> {
        var found = Set<String>()
        for entry in FileSystem.entries(of: folder) ?? [] where !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            switch followLink(path, entry.kind, root: root, display: display, into: &inventory) {
            case .file: found.insert(prefix + "/" + entry.name)
            case .directory: found.formUnion(assets(in: path, prefix: prefix + "/" + entry.name, root: root, display: display, into: &inventory))
            default: break
            }
        }
        return found
    }
}

/// Newsletter files are named by month: `2026-12`.
enum NewsletterFileName {
    static func isValid(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]) else { return false }
        return (1...12).contains(month)
    }
}
