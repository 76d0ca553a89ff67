import Foundation
import Rendering
import Testing

/// The Swift search tokenizer against the vectors that search.js passes too
/// (tests/search/tokenizer-vectors.json; node tests/search/tokenizer.test.mjs).
struct SearchTokenizerTests {
    nonisolated(unsafe) static let vectors: [String: Any] = {
        let url = CLI.packageRoot.appendingPathComponent("tests/search/tokenizer-vectors.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }()

    static func cases(_ name: String) -> [[String: Any]] { vectors[name] as? [[String: Any]] ?? [] }

    @Test func theVectorsAreThere() {
        #expect(Self.cases("normalize").count >= 10)
        #expect(Self.cases("tokens").count >= 15)
        #expect(Self.cases("shards").count >= 3)
    }

    @Test func normalize() {
        for v in Self.cases("normalize") {
            let input = v["input"] as! String
            #expect(SearchTokenizer.normalize(input) == v["output"] as? String, "\(input): \(v["why"] ?? "")")
        }
    }

    @Test func tokens() {
        for v in Self.cases("tokens") {
            let input = v["input"] as! String
            let tokens = SearchTokenizer.tokens(input, mode: v["mode"] as? String == "index" ? .index : .query)
            #expect(tokens.map(\.term) == v["terms"] as? [String], "\(input)")
            if let runs = v["runs"] as? [Int] { #expect(tokens.map(\.run) == runs, "\(input)") }
            if let positions = v["positions"] as? [Any] {
                #expect(tokens.map(\.position) == positions.map { $0 as? Int }, "\(input)")
            }
        }
    }

    @Test func shardKeys() {
        for v in Self.cases("shards") {
            let term = v["term"] as! String
            #expect(SearchShardKey.hash(term) == UInt32(v["fnv1a"] as! Int), "\(term)")
        }
    }
}
