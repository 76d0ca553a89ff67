import Foundation
import Rendering
import Testing

/// The search index layout that search.js reads (docs/search.md).
struct SearchIndexWriterTests {
    static func doc(_ title: String, body: String, type: String = "group", fields: [String] = []) -> SearchDocument {
        SearchDocument(type: type, url: "/\(type)s/\(title)/", title: title, snippet: body,
                       fields: [.title: title, .body: body], activityFields: fields, districts: [], statuses: [])
    }

    static func json(_ files: [(path: String, bytes: [UInt8])], _ path: String) -> Any? {
        files.first { $0.path == path }.flatMap { try? JSONSerialization.jsonObject(with: Data($0.bytes)) }
    }

    @Test func termsAreInTheShardTheirHashNames() throws {
        var writer = SearchIndexWriter()
        writer.shardTargetBytes = 200
        let docs = (0..<40).map { Self.doc("会館\($0)", body: "新幹線で来る人のための案内 volunteer \($0)") }
        let files = writer.files(docs, folder: "search/ja/")
        let manifest = try #require(Self.json(files, "search/ja/manifest.json") as? [String: Any])
        let shards = try #require(manifest["shards"] as? Int)
        #expect(shards > 1)
        #expect(manifest["docs"] as? Int == 40)
        for term in ["新幹", "幹線", "volunteer", "館"] {
            let shard = try #require(Self.json(files, "search/ja/t/\(SearchShardKey.shard(term, count: shards)).json") as? [String: [Int]])
            let postings = try #require(shard[term], "\(term)")
            // [doc gap, score, position count, positions…] for each of the 40 documents.
            var i = 0, docs = 0
            while i < postings.count { #expect(postings[i + 1] > 0); i += 3 + postings[i + 2]; docs += 1 }
            #expect(docs == 40, "\(term)")
        }
        // Single characters of the title are terms; those of the body only as bigrams.
        let all = files.filter { $0.path.hasPrefix("search/ja/t/") }.compactMap { Self.json(files, $0.path) as? [String: Any] }
        #expect(all.contains { $0["館"] != nil })
        #expect(!all.contains { $0["線"] != nil })
    }

    @Test func titleTermsScoreHigherThanBodyTerms() throws {
        let docs = [Self.doc("手話の会", body: "集まり"), Self.doc("集まり", body: "手話の会")]
        let files = SearchIndexWriter().files(docs, folder: "s/")
        let shard = try #require(Self.json(files, "s/t/0.json") as? [String: [Int]])
        let postings = try #require(shard["手話"])
        // Document 0 (title), then document 1 (body).
        #expect(postings[0] == 0 && postings[3 + postings[2]] == 1)
        #expect(postings[1] > postings[3 + postings[2] + 1])
        // Title positions are kept for the phrase bonus; body positions are not.
        #expect(postings[2] == 1)
    }

    @Test func outputIsDeterministicAndDocumentsAndFiltersAreListed() throws {
        let docs = (0..<20).map { Self.doc("item\($0)", body: "text", type: $0 % 2 == 0 ? "event" : "group", fields: $0 % 3 == 0 ? ["children"] : []) }
        let a = SearchIndexWriter().files(docs, folder: "s/"), b = SearchIndexWriter().files(docs, folder: "s/")
        #expect(a.map(\.path) == b.map(\.path) && a.map(\.bytes) == b.map(\.bytes))
        let first = try #require(Self.json(a, "s/d/0.json") as? [[String]])
        #expect(first.count == 16 && first[1] == ["group", "/groups/item1/", "item1", "text"])
        let filters = try #require(Self.json(a, "s/filters.json") as? [String: [String: [Int]]])
        #expect(filters["field"]?["children"] == [0, 3, 3, 3, 3, 3, 3])
        #expect(filters["type"]?["group"]?.count == 10)
    }
}
