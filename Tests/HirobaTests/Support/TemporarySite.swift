import Foundation
import HirobaKit
import Model

/// A content folder written to a temporary directory for one test, removed afterwards.
final class TemporarySite {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }

    static let baseFiles: [String: String] = [
        "site.yaml": """
            title: {ja: 北区NPOひろば, en: Kita NPO Plaza}
            base_url: https://hiroba.example.jp/
            languages: [ja, en]
            timezone: Asia/Tokyo
            municipality_code: "131172"
            """,
        "taxonomies/fields.yaml": "children: {ja: 子どもの健全育成, en: Children}\nenvironment: {ja: 環境の保全, en: Environment}\n",
        "taxonomies/districts.yaml": "oji: {ja: 王子, en: Oji}\nakabane: {ja: 赤羽, en: Akabane}\n",
        "taxonomies/equipment.yaml": "projector: {ja: プロジェクター, en: Projector}\n",
        "groups/kita-kodomo.md": Minimal.group.replacingOccurrences(of: "name:", with: "fields: [children]\nname:"),
        "facilities/hokutopia.yaml": """
            name: 北とぴあ
            district: oji
            address: 北区王子1-11-1
            rooms:
              - {id: room-1, name: 第1会議室, capacity: 30, equipment: [projector]}
            """,
    ]

    init(_ files: [String: String], base: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hiroba-test-\(UUID().uuidString)")
        let all = base ? TemporarySite.baseFiles.merging(files) { $1 } : files
        for (path, text) in all { try write(path, Data(text.utf8)) }
    }

    func write(_ path: String, _ data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func load(requireEnglish: Bool = false) -> ContentLoader.Result {
        ContentLoader.load(CheckOptions(contentDirectory: content.path, now: testNow, requireEnglish: requireEnglish))
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}

extension ContentLoader.Result {
    /// `file-name CODE@line:column`, with paths shortened to what follows `content/`.
    var problems: [String] {
        report.diagnostics.map { d in
            let short = d.file.components(separatedBy: "/content/").last ?? d.file
            return "\(short) \(d.code.rawValue)@\(d.location.line):\(d.location.column)"
        }
    }
}
