/// Which items name which (by slug), both ways, kept from rebuild to rebuild of
/// `hiroba serve` and brought up to date for the items that changed only, so finding
/// what an edit affects never walks every item's links.
struct LinkGraph: Equatable {
    /// Slug → the slugs its files name.
    private(set) var forward: [String: Set<String>]
    /// Slug → the slugs of the items whose files name it.
    private(set) var reverse: [String: Set<String>] = [:]

    init(_ links: [String: Set<String>]) {
        forward = links
        for (from, targets) in links {
            for to in targets { reverse[to, default: []].insert(from) }
        }
    }

    /// The graph of `links`, which differ from this graph's only for the `changed` slugs.
    func updated(to links: [String: Set<String>], changed: Set<String>) -> LinkGraph {
        var graph = self
        for slug in changed {
            let old = forward[slug] ?? [], new = links[slug] ?? []
            guard old != new else { continue }
            for to in old.subtracting(new) {
                graph.reverse[to]?.remove(slug)
                if graph.reverse[to]?.isEmpty == true { graph.reverse[to] = nil }
            }
            for to in new.subtracting(old) { graph.reverse[to, default: []].insert(slug) }
            graph.forward[slug] = links[slug]
        }
        return graph
    }

    /// The items an item names and those that name it, itself left out.
    func neighbours(of slug: String) -> Set<String> {
        var all = (forward[slug] ?? []).union(reverse[slug] ?? [])
        all.remove(slug)
        return all
    }

    /// The items that name one of these.
    func naming(_ slugs: Set<String>) -> Set<String> {
        slugs.reduce(into: Set<String>()) { $0.formUnion(reverse[$1] ?? []) }
    }
}
