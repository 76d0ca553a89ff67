import Foundation
import Model
import Mustache

/// List entries for each type of item.
extension RenderContext {
    func card(_ g: Group) -> CardView {
        cards.card(.group, g.slug, render: renderCard) { makeCard(g) }
    }

    private func makeCard(_ g: Group) -> CardView {
        CardView(href: routes.item(.group, g.slug, language), kind: t("kind.group"), title: text(g.name),
                 summary: text(g.summary), meta: g.fields.prefix(3).map { termName(.fields, $0) },
                 badge: g.recruiting?.active == true ? t("group.recruiting") : nil,
                 badgeClass: g.recruiting?.active == true ? "recruiting" : nil)
    }

    func card(_ e: Event) -> CardView {
        cards.card(.event, e.slug, render: renderCard) { makeCard(e) }
    }

    private func makeCard(_ e: Event) -> CardView {
        var meta = [dates.range(e.start, e.effectiveEnd)]
        if let place = place(e) { meta.append(place.text) }
        if let fee = e.fee { meta.append(yen(fee)) }
        let badge: String? = e.status == .scheduled ? nil : t("event.status.\(e.status.rawValue)")
        return CardView(href: routes.item(.event, e.slug, language), kind: t("kind.event"), title: text(e.title),
                        summary: text(e.summary), meta: meta, badge: badge, badgeClass: badge == nil ? nil : e.status.rawValue)
    }

    func card(_ s: SubsidyCall) -> CardView {
        cards.card(.subsidy, s.slug, render: renderCard) { makeCard(s) }
    }

    private func makeCard(_ s: SubsidyCall) -> CardView {
        let status = s.status(at: listings.now)
        var meta = [t("subsidy.closes", ["date": dates.moment(s.closes)])]
        if let max = s.amount?.max { meta.append(t("subsidy.up_to", ["amount": yen(max)])) }
        if let provider = s.provider { meta.append(plain(provider.name)) }
        return CardView(href: routes.item(.subsidy, s.slug, language), kind: t("kind.subsidy"), title: text(s.title),
                        summary: text(s.summary), meta: meta, badge: t("subsidy.status.\(status.rawValue)"),
                        badgeClass: status.rawValue)
    }

    func card(_ f: Facility) -> CardView {
        cards.card(.facility, f.slug, render: renderCard) { makeCard(f) }
    }

    private func makeCard(_ f: Facility) -> CardView {
        var meta = [termName(.districts, f.district)]
        if !f.rooms.isEmpty { meta.append(t("facility.room_count", ["count": String(f.rooms.count)])) }
        if let station = f.access.first { meta.append(plain(station.station)) }
        return CardView(href: routes.item(.facility, f.slug, language), kind: t("kind.facility"), title: text(f.name),
                        summary: text(f.address), meta: meta, badge: nil, badgeClass: nil)
    }

    func card(_ v: VolunteerCall) -> CardView {
        cards.card(.volunteering, v.slug, render: renderCard) { makeCard(v) }
    }

    private func makeCard(_ v: VolunteerCall) -> CardView {
        var meta: [String] = []
        if let group = index.groups[v.group] { meta.append(plain(group.name)) }
        if let until = v.until { meta.append(t("volunteering.until", ["date": dates.date(until)])) }
        return CardView(href: routes.item(.volunteering, v.slug, language), kind: t("kind.volunteering"),
                        title: text(v.title), summary: text(v.summary), meta: meta, badge: nil, badgeClass: nil)
    }

    func card(_ p: Page) -> CardView {
        cards.card(.page, p.slug, render: renderCard) { makeCard(p) }
    }

    private func makeCard(_ p: Page) -> CardView {
        CardView(href: routes.item(.page, p.slug, language), kind: t("kind.page"), title: text(p.title),
                 summary: p.summary.map(text), meta: [], badge: nil, badgeClass: nil)
    }

    func card(_ n: NewsletterIssue) -> CardView {
        cards.card(.newsletter, n.slug, render: renderCard) { makeCard(n) }
    }

    private func makeCard(_ n: NewsletterIssue) -> CardView {
        CardView(href: routes.item(.newsletter, n.slug, language), kind: t("kind.newsletter"), title: text(n.title),
                 summary: nil, meta: [t("newsletter.issue", ["number": String(n.issue)]), dates.date(n.date)],
                 badge: nil, badgeClass: nil)
    }

    func renderCard(_ card: CardView) -> String { renderPartial("card", card) }

    /// Where an event takes place, in a few words, marked with its language when it is
    /// Japanese shown on an English page.
    func place(_ e: Event) -> TextView? {
        if let venue = e.venue, let facility = index.facilities[venue] {
            let room = e.room.flatMap { id in facility.rooms.first { $0.id == id } }
            let name = room.map { r in LocalizedText(ja: "\(facility.name.ja) \(r.name.ja)",
                                                     en: facility.name.en.map { "\($0) \(r.name.en ?? r.name.ja)" }) }
            return text(name ?? facility.name)
        }
        if let location = e.location { return text(location.name) }
        return e.online == nil ? nil : TextView(plain: t("event.online"))
    }
}

/// Cards already rendered, by item and language: an item appears in many lists (its
/// type's list, field and district pages, its group's and venue's pages, the home page),
/// and rendering its card once instead of every time saves a good part of a build.
public final class CardCache: @unchecked Sendable {
    /// By slug, then type (slugs are unique within a type only).
    private var cards: [String: [ItemKind: CardView]] = [:]
    private let lock = NSLock()

    public init() {}

    /// A new cache with the cards of every item but these (by slug, of any type), so they
    /// are rendered anew. A new object, not this one changed: renders of the previous site
    /// may still be running in the background and must not put their cards into it.
    public func without(slugs: Set<String>) -> CardCache {
        let copy = CardCache()
        copy.cards = lock.withLock { cards }
        for slug in slugs { copy.cards[slug] = nil }
        return copy
    }

    func card(_ kind: ItemKind, _ slug: String, render: (CardView) -> String, make: () -> CardView) -> CardView {
        if let card = lock.withLock({ cards[slug]?[kind] }) { return card }
        let fresh = make()
        let card = fresh.with(html: render(fresh))
        lock.withLock { cards[slug, default: [:]][kind] = card }
        return card
    }
}
