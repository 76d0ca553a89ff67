import Foundation

/// Writes one language's search index: a small manifest, term shards, document shards and
/// the filter lists (layout in docs/search.md). The browser fetches the manifest, then only
/// the shards of the query's terms, then the document shards of the top results.
public struct SearchIndexWriter: Sendable {
    /// Raw bytes of postings per term shard the writer aims at (measured with
    /// benchmarks/bench_search.py: smaller shards mean more files, larger ones more bytes
    /// per query).
    public var shardTargetBytes = 24_000
    /// Documents per document shard.
    public var docsPerShard = 16
    /// BM25 parameters.
    static let k1 = 1.2, b = 0.75

    public init() {}

    /// Output files (paths relative to `folder`, e.g. `search/ja/`) and their bytes.
    public func files(_ docs: [SearchDocument], folder: String) -> [(path: String, bytes: [UInt8])] {
        var termIDs: [String: Int] = [:]
        var terms: [String] = []
        // Postings per term: (doc, weighted term frequency, head positions).
        var postings: [[(doc: Int, tf: Double, positions: [Int])]] = []
        var lengths: [Double] = []
        lengths.reserveCapacity(docs.count)
        for (d, doc) in docs.enumerated() {
            var local: [Int: (tf: Double, positions: [Int])] = [:]
            var length = 0.0
            for field in SearchDocument.Field.allCases {
                guard let text = doc.fields[field], !text.isEmpty else { continue }
                let tokens = SearchTokenizer.tokens(text)
                length += field.weight * Double(tokens.count)
                for token in tokens {
                    let id: Int
                    if let known = termIDs[token.term] { id = known } else {
                        id = terms.count
                        termIDs[token.term] = id
                        terms.append(token.term)
                        postings.append([])
                    }
                    var entry = local[id] ?? (0, [])
                    entry.tf += field.weight
                    if let base = field.positionBase, let p = token.position { entry.positions.append(base + p) }
                    local[id] = entry
                }
            }
            lengths.append(length)
            for (id, entry) in local { postings[id].append((d, entry.tf, entry.positions)) }
        }
        let average = max(1, lengths.reduce(0, +) / Double(max(1, docs.count)))
        let n = Double(docs.count)
        // Each term's postings as JSON: [doc gap, score, position count, position gaps…, …].
        var encoded: [String] = []
        encoded.reserveCapacity(terms.count)
        var total = 0
        for id in terms.indices {
            let list = postings[id].sorted { $0.doc < $1.doc }
            let df = Double(list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            var out = "["
            var previous = 0
            for (i, p) in list.enumerated() {
                let norm = Self.k1 * (1 - Self.b + Self.b * lengths[p.doc] / average)
                let score = max(1, Int((10 * idf * p.tf * (Self.k1 + 1) / (p.tf + norm)).rounded()))
                if i > 0 { out += "," }
                out += "\(p.doc - previous),\(score),\(p.positions.count)"
                previous = p.doc
                var last = 0
                for position in p.positions.sorted() {
                    out += ",\(position - last)"
                    last = position
                }
            }
            out += "]"
            total += out.utf8.count + terms[id].utf8.count + 4
            encoded.append(out)
        }
        let shardCount = max(1, (total + shardTargetBytes - 1) / shardTargetBytes)
        var shards = Array(repeating: [Int](), count: shardCount)
        for id in terms.indices { shards[SearchShardKey.shard(terms[id], count: shardCount)].append(id) }
        var files: [(path: String, bytes: [UInt8])] = []
        for (s, ids) in shards.enumerated() where !ids.isEmpty {
            var out = "{"
            for (i, id) in ids.sorted(by: { terms[$0] < terms[$1] }).enumerated() {
                if i > 0 { out += ",\n" }
                JSONWriter.writeString(terms[id], to: &out)
                out += ":" + encoded[id]
            }
            out += "}\n"
            files.append(("\(folder)t/\(s).json", Array(out.utf8)))
        }
        for start in stride(from: 0, to: docs.count, by: docsPerShard) {
            let chunk = docs[start..<min(docs.count, start + docsPerShard)].map { [$0.type, $0.url, $0.title, $0.snippet] as [Any] }
            files.append(("\(folder)d/\(start / docsPerShard).json", Array((JSONWriter.serialize(chunk) + "\n").utf8)))
        }
        files.append(("\(folder)filters.json", Array((JSONWriter.serialize(filters(docs)) + "\n").utf8)))
        let manifest: [String: Any] = [
            "version": 1, "docs": docs.count, "shards": shardCount, "docsPerShard": docsPerShard,
        ]
        files.append(("\(folder)manifest.json", Array((JSONWriter.serialize(manifest) + "\n").utf8)))
        return files
    }

    /// Document numbers (as gaps) by filter and value: type, field, district, status.
    func filters(_ docs: [SearchDocument]) -> [String: Any] {
        var lists: [String: [String: [Int]]] = ["type": [:], "field": [:], "district": [:], "status": [:]]
        for (d, doc) in docs.enumerated() {
            lists["type"]![doc.type, default: []].append(d)
            for f in doc.activityFields { lists["field"]![f, default: []].append(d) }
            for x in doc.districts { lists["district"]![x, default: []].append(d) }
            for s in doc.statuses { lists["status"]![s, default: []].append(d) }
        }
        return lists.mapValues { byValue in
            byValue.mapValues { ids -> [Any] in
                var previous = 0
                return ids.map { id in defer { previous = id }; return id - previous }
            } as [String: Any]
        }
    }
}
