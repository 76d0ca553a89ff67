import Model

/// schema.org structured data for search engines, serialised by `JSONWriter` so that it
/// is safe inside `<script type="application/ld+json">`.
enum JSONLD {
    static func serialize(_ object: [String: Any]) -> String? { JSONWriter.serialize(object) }

    /// `2026-12-05T10:00:00+09:00`, or the date alone for all-day events.
    static func iso(_ m: DateOrDateTime) -> String {
        switch m {
        case .date(let d): d.description
        case .dateTime(let dt): "\(dt.date)T\(dt.time):00+09:00"
        }
    }

    static func group(_ g: Group, _ c: RenderContext) -> String? {
        var o: [String: Any] = [
            "@context": "https://schema.org", "@type": "NGO", "name": c.plain(g.name), "description": c.plain(g.summary),
            "url": c.routes.absolute(c.routes.item(.group, g.slug, c.language)),
        ]
        if let email = g.contact?.email { o["email"] = email }
        if let tel = g.contact?.tel { o["telephone"] = tel }
        if !g.sns.isEmpty { o["sameAs"] = g.sns }
        return serialize(o)
    }

    static func place(_ f: Facility, _ c: RenderContext) -> [String: Any] {
        var o: [String: Any] = [
            "@type": "Place", "name": c.plain(f.name),
            "address": ["@type": "PostalAddress", "streetAddress": c.plain(f.address), "addressLocality": c.t("site.locality"),
                        "addressRegion": c.t("site.region"), "addressCountry": "JP"],
        ]
        if let geo = f.geo { o["geo"] = ["@type": "GeoCoordinates", "latitude": geo.lat, "longitude": geo.lon] }
        return o
    }

    static func event(_ e: Event, _ c: RenderContext) -> String? {
        var o: [String: Any] = [
            "@context": "https://schema.org", "@type": "Event", "name": c.plain(e.title), "description": c.plain(e.summary),
            "startDate": iso(e.start), "endDate": iso(e.effectiveEnd),
            "eventStatus": "https://schema.org/Event" + (e.status == .cancelled ? "Cancelled" : e.status == .postponed ? "Postponed" : "Scheduled"),
            "url": c.routes.absolute(c.routes.item(.event, e.slug, c.language)),
        ]
        var locations: [[String: Any]] = []
        if let venue = e.venue, let f = c.index.facilities[venue] { locations.append(place(f, c)) }
        if let l = e.location {
            var p: [String: Any] = ["@type": "Place", "name": c.plain(l.name)]
            if let a = l.address { p["address"] = ["@type": "PostalAddress", "streetAddress": c.plain(a), "addressCountry": "JP"] }
            locations.append(p)
        }
        if let online = e.online { locations.append(["@type": "VirtualLocation", "url": online]) }
        o["location"] = locations.count == 1 ? locations[0] : locations
        o["eventAttendanceMode"] = "https://schema.org/" + (e.online == nil ? "Offline" : locations.count > 1 ? "Mixed" : "Online") + "EventAttendanceMode"
        o["organizer"] = e.organizers.map { ["@type": "Organization", "name": c.organizerName($0)] }
        if let fee = e.fee {
            o["offers"] = ["@type": "Offer", "price": fee, "priceCurrency": "JPY", "availability": "https://schema.org/InStock",
                           "url": c.routes.absolute(c.routes.item(.event, e.slug, c.language))]
        }
        return serialize(o)
    }

    /// A subsidy call as schema.org's MonetaryGrant: who funds it, how much, where to apply.
    static func subsidy(_ s: SubsidyCall, _ c: RenderContext) -> String? {
        var o: [String: Any] = [
            "@context": "https://schema.org", "@type": "MonetaryGrant", "name": c.plain(s.title),
            "description": c.plain(s.summary), "url": s.url,
            "mainEntityOfPage": c.routes.absolute(c.routes.item(.subsidy, s.slug, c.language)),
            "validFrom": iso(s.opens), "validThrough": iso(s.closes),
        ]
        if let provider = s.provider { o["funder"] = ["@type": "Organization", "name": c.plain(provider.name)] }
        if let max = s.amount?.max {
            var amount: [String: Any] = ["@type": "MonetaryAmount", "currency": "JPY", "maxValue": max]
            if let min = s.amount?.min { amount["minValue"] = min }
            o["amount"] = amount
        }
        return serialize(o)
    }

    static func facility(_ f: Facility, _ c: RenderContext) -> String? {
        var o = place(f, c)
        o["@context"] = "https://schema.org"
        o["@type"] = "CivicStructure"
        o["url"] = c.routes.absolute(c.routes.item(.facility, f.slug, c.language))
        if let tel = f.tel { o["telephone"] = tel }
        let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        o["openingHoursSpecification"] = f.hours.map { h -> [String: Any] in
            var days = h.days.weekdays.sorted().map { "https://schema.org/" + dayNames[$0] }
            if h.days.holidays { days.append("https://schema.org/PublicHolidays") }
            return ["@type": "OpeningHoursSpecification", "dayOfWeek": days, "opens": h.open.description,
                    "closes": h.close.description == "24:00" ? "23:59" : h.close.description]
        }
        if !f.rooms.isEmpty {
            o["containsPlace"] = f.rooms.map { r -> [String: Any] in
                var room: [String: Any] = ["@type": "MeetingRoom", "name": c.plain(r.name)]
                if let cap = r.capacity { room["maximumAttendeeCapacity"] = cap }
                return room
            }
        }
        return serialize(o)
    }
}
