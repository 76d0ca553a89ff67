import Foundation
@testable import Rendering
import Testing

/// Templates see a view model through its `templateFields` table (not `Mirror`), so the
/// table must list every stored property. This reads the view models' source and compares.
@Suite("Template field tables")
struct TemplateFieldsTests {
    static let tables: [String: Set<String>] = [
        "LayoutView": Set(LayoutView.templateFields.keys), "TextView": Set(TextView.templateFields.keys),
        "LinkView": Set(LinkView.templateFields.keys), "CardView": Set(CardView.templateFields.keys),
        "SectionView": Set(SectionView.templateFields.keys), "FactView": Set(FactView.templateFields.keys),
        "HTMLView": Set(HTMLView.templateFields.keys), "HomePageView": Set(HomePageView.templateFields.keys),
        "ListPageView": Set(ListPageView.templateFields.keys), "RoomRowView": Set(RoomRowView.templateFields.keys),
        "RoomFinderView": Set(RoomFinderView.templateFields.keys), "ItemPageView": Set(ItemPageView.templateFields.keys),
        "BlockView": Set(BlockView.templateFields.keys), "FeedLinkView": Set(FeedLinkView.templateFields.keys),
        "SiteNavView": Set(SiteNavView.templateFields.keys), "SiteFooterView": Set(SiteFooterView.templateFields.keys),
        "NewsletterMailView": Set(NewsletterMailView.templateFields.keys),
        "NewsletterSectionView": Set(NewsletterSectionView.templateFields.keys),
        "NewsletterEntryView": Set(NewsletterEntryView.templateFields.keys),
        "SearchPageView": Set(SearchPageView.templateFields.keys),
        "SearchFilterView": Set(SearchFilterView.templateFields.keys),
    ]

    @Test func everyStoredPropertyIsListed() throws {
        let sources = CLI.packageRoot.appendingPathComponent("Sources/Rendering")
        var declared: [String: Set<String>] = [:]
        for folder in ["ViewModels", "Pages"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent(folder).path) {
                let text = try String(contentsOf: sources.appendingPathComponent("\(folder)/\(file)"), encoding: .utf8)
                var current: String?
                for line in text.split(separator: "\n") {
                    if line.hasPrefix("public struct "), line.contains(": Sendable {") {
                        current = String(line.dropFirst("public struct ".count).prefix { $0.isLetter })
                        declared[current!] = []
                    } else if line == "}" {
                        current = nil
                    } else if let type = current, line.hasPrefix("    public let ") {
                        declared[type]!.insert(String(line.dropFirst("    public let ".count).prefix { $0 != ":" }))
                    }
                }
            }
        }
        declared["PageView"] = nil  // generic; its three fields are listed by hand
        #expect(Set(declared.keys) == Set(Self.tables.keys))
        for (type, fields) in declared {
            #expect(Self.tables[type] == fields, "\(type)")
        }
    }

    @Test func optionalsThatAreNilAreNil() {
        let text = TextView(plain: "x")
        #expect(text.child(named: "lang") == nil)
        #expect(text.child(named: "text") as? String == "x")
        #expect(text.child(named: "nothing") == nil)
    }
}
