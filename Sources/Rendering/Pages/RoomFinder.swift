import Foundation
import Model

/// One room in the finder table; the `data` fields feed the filter script, the others
/// are what a reader sees without JavaScript.
public struct RoomRowView: Sendable {
    public let facility: String
    public let facilityHref: String
    public let room: TextView
    public let district: String
    public let districtSlug: String
    public let capacity: String
    public let capacityValue: Int
    public let area: String?
    public let fees: [String]
    public let feeMin: Int
    public let equipment: [String]
    public let equipmentSlugs: String
    public let evening: Bool
    public let weekend: Bool
    public let wheelchair: Bool
    public let booking: String?
}

/// What `rooms.mustache` receives.
public struct RoomFinderView: Sendable {
    public let heading: String
    public let intro: String
    public let rows: [RoomRowView]
    public let districts: [LinkView]
    public let equipment: [LinkView]
    public let count: String
    /// The same table in other orders, pre-rendered so sorting works without JavaScript.
    public let sorts: [LinkView]
}

/// The orders the finder is published in: `rooms/`, `rooms/by-capacity/`, `rooms/by-fee/`.
public enum RoomOrder: String, Sendable, CaseIterable {
    case facility
    case capacity = "by-capacity"
    case fee = "by-fee"

    func path(_ routes: Routes, _ language: Language) -> String {
        self == .facility ? routes.rooms(language) : routes.path("rooms/\(rawValue)/", language)
    }

    func sorted(_ rows: [RoomRowView]) -> [RoomRowView] {
        switch self {
        case .facility: rows
        case .capacity: rows.enumerated().sorted { ($1.element.capacityValue, $0.offset) < ($0.element.capacityValue, $1.offset) }.map(\.element)
        case .fee: rows.enumerated().sorted { ($0.element.feeMin, $0.offset) < ($1.element.feeMin, $1.offset) }.map(\.element)
        }
    }
}

extension RenderContext {
    func roomRow(_ r: Facility.Room, in f: Facility) -> RoomRowView {
        // Evening: open at or after 18:00; weekend: open on Saturday or Sunday.
        let evening = f.hours.contains { $0.close.minutesSinceMidnight > 18 * 60 }
        let weekend = f.hours.contains { !$0.days.weekdays.isDisjoint(with: [0, 6]) }
        return RoomRowView(
            facility: plain(f.name), facilityHref: routes.item(.facility, f.slug, language), room: text(r.name),
            district: termName(.districts, f.district), districtSlug: f.district,
            capacity: r.capacity.map { t("event.capacity", ["count": String($0)]) } ?? "—", capacityValue: r.capacity ?? 0,
            area: r.areaM2.map { t("rooms.area", ["area": formatArea($0)]) },
            fees: r.fees.map { "\(plain($0.slot)) \(yen($0.yen))" }, feeMin: r.fees.map(\.yen).min() ?? 0,
            equipment: r.equipment.map { termName(.equipment, $0) }, equipmentSlugs: r.equipment.joined(separator: " "),
            evening: evening, weekend: weekend, wheelchair: f.barrierFree.contains(.wheelchair),
            booking: f.booking?.method.map { t("booking.\($0.rawValue)") })
    }

    func formatArea(_ a: Double) -> String {
        a == a.rounded() ? String(Int(a)) : String(format: "%.1f", a)
    }

    func roomFinderPage(_ order: RoomOrder) -> String {
        let rows = order.sorted(site.facilities.flatMap { f in f.rooms.map { roomRow($0, in: f) } })
        let sorts = RoomOrder.allCases.map {
            LinkView(href: $0.path(routes, language), label: t("rooms.sort.\($0.rawValue)"), current: $0 == order)
        }
        let page = RoomFinderView(
            heading: t("rooms.heading"), intro: t("rooms.intro"), rows: rows,
            districts: site.districts.terms.map { LinkView(href: $0.slug, label: plain($0.name)) },
            equipment: site.equipment.terms.map { LinkView(href: $0.slug, label: plain($0.name)) },
            count: t("rooms.count", ["count": String(rows.count)]), sorts: sorts)
        return render("rooms", layout: layout(title: page.heading, path: order.path(routes, language), description: page.intro,
                                              scripts: ["finder.js"]), page: page)
    }
}
