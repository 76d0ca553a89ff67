import Model

/// Which items differ between two sites, and which pages that can change.
enum ItemChanges {
    /// Slugs of items added, removed or changed (any type).
    static func changedSlugs(_ old: Site, _ new: Site) -> Set<String> {
        var slugs: Set<String> = []
        diff(old.groups, new.groups, into: &slugs)
        diff(old.events, new.events, into: &slugs)
        diff(old.subsidies, new.subsidies, into: &slugs)
        diff(old.facilities, new.facilities, into: &slugs)
        diff(old.volunteering, new.volunteering, into: &slugs)
        diff(old.pages, new.pages, into: &slugs)
        diff(old.newsletter, new.newsletter, into: &slugs)
        return slugs
    }

    private static func diff<Item: Hashable & Slugged>(_ old: [Item], _ new: [Item], into slugs: inout Set<String>) {
        // Usually the same items in the same order: compare side by side, without copies.
        if old.count == new.count, old.indices.allSatisfy({ old[$0].slug == new[$0].slug }) {
            for i in old.indices where old[i] != new[i] { slugs.insert(new[i].slug) }
            return
        }
        var before: [String: Int] = [:]
        for i in old.indices { before[old[i].slug] = i }
        for item in new {
            if let previous = before.removeValue(forKey: item.slug) {
                if old[previous] != item { slugs.insert(item.slug) }
            } else {
                slugs.insert(item.slug)
            }
        }
        slugs.formUnion(before.keys)
    }

    /// The changed items and the items that link to one of them: what a card, a feed entry
    /// or an open-data row shows is its own item and the items it links to (an event's
    /// venue and organizers), so these are the entries of lists that can change.
    static func linkingTo(_ changed: Set<String>, old: LinkGraph, new: LinkGraph) -> Set<String> {
        changed.union(old.naming(changed)).union(new.naming(changed))
    }

    /// The types of the items with these slugs, in any of the sites.
    static func kinds(of slugs: Set<String>, in sites: [Site]) -> Set<ItemKind> {
        guard !slugs.isEmpty else { return [] }
        var kinds: Set<ItemKind> = []
        for site in sites {
            // By index: `contains(where:)` would hand over a copy of every item.
            func any<T: Slugged>(_ items: [T]) -> Bool { items.indices.contains { slugs.contains(items[$0].slug) } }
            if any(site.groups) { kinds.insert(.group) }
            if any(site.events) { kinds.insert(.event) }
            if any(site.subsidies) { kinds.insert(.subsidy) }
            if any(site.facilities) { kinds.insert(.facility) }
            if any(site.volunteering) { kinds.insert(.volunteering) }
            if any(site.pages) { kinds.insert(.page) }
            if any(site.newsletter) { kinds.insert(.newsletter) }
        }
        return kinds
    }

    /// The changed items and every item within two links of one (in either direction, in
    /// the old or the new content): a page shows the items linked to it (a group's
    /// events) and their cards show the items linked to those (an event's venue).
    static func affected(_ changed: Set<String>, old: LinkGraph, new: LinkGraph) -> Set<String> {
        var reached = changed, frontier = changed
        for _ in 0..<2 {
            var next: Set<String> = []
            for slug in frontier {
                for n in old.neighbours(of: slug).union(new.neighbours(of: slug)) where !reached.contains(n) { next.insert(n) }
            }
            reached.formUnion(next)
            frontier = next
        }
        return reached
    }
}

/// Items of every type have a slug.
protocol Slugged { var slug: String { get } }
extension Group: Slugged {}
extension Event: Slugged {}
extension SubsidyCall: Slugged {}
extension Facility: Slugged {}
extension VolunteerCall: Slugged {}
extension Page: Slugged {}
extension NewsletterIssue: Slugged {}
