extension Array {
    /// The elements in the order of a key computed once for each: the sort moves indices,
    /// not the items, whose copies (dozens of references each) made sorting 10,000 events
    /// the slowest part of deriving the lists. Stable: equal keys keep their order.
    func sorted<Key>(byKey key: (Element) -> Key, _ less: (Key, Key) -> Bool) -> [Element] {
        let keys = map(key)
        let order = indices.sorted { a, b in
            if less(keys[a], keys[b]) { return true }
            if less(keys[b], keys[a]) { return false }
            return a < b
        }
        return order.map { self[$0] }
    }
}

extension Array {
    /// The elements whose index passes `test`: testing by index reads the items where they
    /// are, where `filter` hands each one over as a copy.
    func selecting(_ test: (Int) -> Bool) -> [Element] {
        indices.filter(test).map { self[$0] }
    }
}

/// For `sorted(byKey:)` with a (date, slug) key: the latest date first, then by slug.
func latestFirst<Day: Comparable>(_ a: (Day, String), _ b: (Day, String)) -> Bool {
    (a.0, b.1) > (b.0, a.1)
}
