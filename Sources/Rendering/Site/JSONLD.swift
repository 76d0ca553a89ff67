import Model

/// schema.org structured data for search engines, serialised so that it is safe inside
/// `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c` etc., so no
/// text from content can close the script element.
enum JSONLD {
    static func serialize(_ object: [String: Any]) -> String? {
        var out = ""
        write(object, to: &out)
        return out
    }

    /// Deterministic JSON (keys sorted) with `<`, `>` and `&` escaped. Written by hand:
    /// Foundation's JSONSerialization took a sixth of the time of a whole build.
    static func write(_ value: Any, to out: inout String) {
        switch value {
        case let dict as [String: Any]:
            out += "{"
            for (i, key) in dict.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                writeString(key, to: &out)
                out += ":"
                write(dict[key]!, to: &out)
            }
            out += "}"
        case let list as [Any]:
            out += "["
            for (i, item) in list.enumerated() {
                if i > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case let string as String: writeString(string, to: &out)
        case let bool as Bool: out += bool ? "true" : "false"
        case let int as Int: out += String(int)
        case let double as Double: out += double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double)
        default: out += "null"
        }
    }

    static func writeString(_ string: String, to out: inout String) {
        out += "\""
        for c in string.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }

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
