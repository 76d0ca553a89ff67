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
    /// `cancelled`: asked now and then; when it says yes, the files are not needed and
    /// nothing is returned (`hiroba serve`, when a newer edit came).
    public func files(_ docs: [SearchDocument], folder: String,
                      cancelled: () -> Bool = { false }) -> [(path: String, bytes: [UInt8])] {
        guard let (terms, postings, lengths) = Self.invert(docs, cancelled: cancelled) else { return [] }
        let average = max(1, lengths.reduce(0, +) / Double(max(1, docs.count)))
        let n = Double(docs.count)
        // Scores: BM25 of the field-weighted term frequency, times 10, rounded.
        func scores(_ list: [Int32]) -> [Int] {
            var out: [Int] = [], i = 0, count = 0
            while i < list.count { count += 1; i += 3 + Int(list[i + 2]) }
            let idf = log(1 + (n - Double(count) + 0.5) / (Double(count) + 0.5))
            i = 0
            while i < list.count {
                let tf = Double(list[i + 1])
                let norm = Self.k1 * (1 - Self.b + Self.b * lengths[Int(list[i])] / average)
                out.append(max(1, Int((10 * idf * tf * (Self.k1 + 1) / (tf + norm)).rounded())))
                i += 3 + Int(list[i + 2])
            }
            return out
        }
        // Each term's postings as JSON: [doc gap, score, position count, position gaps…, …].
        func encode(_ id: Int, into out: inout [UInt8]) {
            out.append(0x22)
            out += terms[id].utf8
            out += [0x22, 0x3A, 0x5B]  // ":[
            let list = postings[id], score = scores(list)
            var i = 0, k = 0, previous: Int32 = 0
            while i < list.count {
                if k > 0 { out.append(0x2C) }
                Self.number(Int(list[i] - previous), &out)
                previous = list[i]
                out.append(0x2C); Self.number(score[k], &out)
                let count = Int(list[i + 2])
                out.append(0x2C); Self.number(count, &out)
                var last: Int32 = 0
                for p in list[(i + 3)..<(i + 3 + count)] {
                    out.append(0x2C); Self.number(Int(p - last), &out)
                    last = p
                }
                i += 3 + count
                k += 1
            }
            out.append(0x5D)
        }
        // The shard count from the postings' size (about 4 bytes a number).
        let total = terms.indices.reduce(0) { $0 + terms[$1].utf8.count + 4 + 4 * postings[$1].count }
        let shardCount = max(1, (total + shardTargetBytes - 1) / shardTargetBytes)
        var shards = Array(repeating: [Int](), count: shardCount)
        for id in terms.indices { shards[SearchShardKey.shard(terms[id], count: shardCount)].append(id) }
        var files: [(path: String, bytes: [UInt8])] = []
        for (s, ids) in shards.enumerated() where !ids.isEmpty {
            if cancelled() { return [] }
            var out: [UInt8] = [0x7B]
            for (i, id) in ids.sorted(by: { terms[$0] < terms[$1] }).enumerated() {
                if i > 0 { out += [0x2C, 0x0A] }
                encode(id, into: &out)
            }
            out += [0x7D, 0x0A]
            files.append(("\(folder)t/\(s).json", out))
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

    /// Terms, their postings (flat: doc, weighted term frequency, position count,
    /// positions…) and each document's weighted length.
    static func invert(_ docs: [SearchDocument], cancelled: () -> Bool = { false }) -> (terms: [String], postings: [[Int32]], lengths: [Double])? {
        var cjkIDs: [UInt64: Int32] = [:], wordIDs: [String: Int32] = [:]
        var terms: [String] = [], postings: [[Int32]] = [], lengths: [Double] = []
        lengths.reserveCapacity(docs.count)
        // One document's tokens: term, field weight, position (-1: none).
        var entries: [(id: Int32, weight: Int32, position: Int32)] = []
        func id(_ key: UInt64, _ word: String?) -> Int32 {
            if let word {
                if let known = wordIDs[word] { return known }
                wordIDs[word] = Int32(terms.count)
                terms.append(word)
            } else {
                if let known = cjkIDs[key] { return known }
                cjkIDs[key] = Int32(terms.count)
                terms.append(SearchTokenizer.term(key))
            }
            postings.append([])
            return Int32(terms.count - 1)
        }
        for (d, doc) in docs.enumerated() {
            if d % 256 == 0, cancelled() { return nil }
            entries.removeAll(keepingCapacity: true)
            var length = 0.0
            for field in SearchDocument.Field.allCases {
                guard let text = doc.fields[field], !text.isEmpty else { continue }
                let weight = Int32(field.weight), base = field.positionBase
                var count = 0
                // Single characters (the terms without a position) are kept for the short
                // fields only: a one-character query looks for names, and the body's
                // characters would be a third of the index.
                let characters = field != .body
                SearchTokenizer.scan(text, mode: .index) { key, word, _, position in
                    if position == nil && !characters { return }
                    count += 1
                    let p: Int32 = if let base, let position { Int32(base + position) } else { -1 }
                    entries.append((id(key, word), weight, p))
                }
                length += field.weight * Double(count)
            }
            lengths.append(length)
            entries.sort { ($0.id, $0.position) < ($1.id, $1.position) }
            var i = 0
            while i < entries.count {
                let term = entries[i].id
                var j = i, tf: Int32 = 0, positions: [Int32] = []
                while j < entries.count, entries[j].id == term {
                    tf += entries[j].weight
                    if entries[j].position >= 0 { positions.append(entries[j].position) }
                    j += 1
                }
                postings[Int(term)].append(contentsOf: [Int32(d), tf, Int32(positions.count)])
                postings[Int(term)].append(contentsOf: positions)
                i = j
            }
        }
        return (terms, postings, lengths)
    }

    /// A non-negative integer in decimal ASCII.
    static func number(_ value: Int, _ out: inout [UInt8]) {
        let start = out.count
        var v = value
        repeat { out.append(0x30 + UInt8(v % 10)); v /= 10 } while v > 0
        out[start...].reverse()
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
