import Model

/// What an output file depends on, so `hiroba serve` re-renders only the files an edit
/// can change. A build ignores it. A new kind of output declares the narrowest case that
/// is still true; `.site` is always safe.
public enum RenderDependency: Sendable, Hashable {
    /// Anything in the content: the newsletter, the sitemap.
    case site
    /// Items of these types (their cards, their data): lists, taxonomy pages, home, feeds,
    /// open data. Re-rendered when an item of these types changed, or an item it links to
    /// (a card shows an event's venue): what a list entry shows must come from its own
    /// item and the items that item links to, never from items that link to it.
    case kinds(Set<ItemKind>)
    /// The pages of one item (by slug, in any language) and what they show of the items
    /// linked to it: re-rendered when the item or an item within two links of it changes.
    case item(String)
    /// Exactly these items, by slug (a newsletter issue: its featured items and sections,
    /// itself and the issue before it): re-rendered when one of them, in this rebuild or
    /// the one before, changed or links to a changed item.
    case items(Set<String>)
    /// A theme asset: only the theme's own files.
    case theme
}
