import Diagnostics
import Model

extension DecodeContext {
    mutating func facility(_ r: Record, slug: String, body: LocalizedMarkdown) -> Facility? {
        guard let name = r.text("name"), let district = r.string("district"), let address = r.text("address") else { return nil }
        var hours: [Facility.Hours] = []
        for h in r.records("hours") { if let parsed = openingHours(h) { hours.append(parsed) } }
        let rooms = r.records("rooms").compactMap(room)
        checkUniqueRoomIDs(r.records("rooms"))
        return Facility(
            slug: slug, name: name, kana: r.text("kana"), kind: r.choice("kind", as: Facility.Kind.self),
            district: district, address: address,
            geo: r.record("geo").flatMap { g in g.number("lat").flatMap { lat in g.number("lon").map { Facility.Geo(lat: lat, lon: $0) } } },
            access: r.records("access").compactMap { a in
                a.text("station").map { Facility.Access(station: $0, line: a.text("line"), walkMinutes: a.int("walk_minutes")) }
            },
            parking: r.bool("parking"), bicycleParking: r.bool("bicycle_parking"),
            barrierFree: r.choices("barrier_free", as: Facility.BarrierFree.self), hours: hours, closed: r.text("closed"),
            booking: r.record("booking").map { b in
                Facility.Booking(method: b.choice("method", as: Facility.Booking.Method.self), url: b.string("url"),
                                 tel: b.string("tel"), opens: b.text("opens"), note: b.text("note"))
            },
            rooms: rooms, equipmentLending: r.texts("equipment_lending"), tel: r.string("tel"), url: r.string("url"),
            updated: r.date("updated"), body: body)
    }

    mutating func openingHours(_ h: Record) -> Facility.Hours? {
        guard case .days(let days)? = h["days"], let open = h.time("open"), let close = h.time("close") else { return nil }
        if close <= open {
            diagnostics.error(
                .rangeReversed, at: h.location("close") ?? h.start, text: close.description,
                message: Bilingual(ja: "閉館 `close`（\(close)）が開館 `open`（\(open)）より後になっていません。",
                                   en: "`close` (\(close)) is not after `open` (\(open))."),
                hint: Bilingual(ja: "深夜0時に閉まる場合は 24:00 と書きます。", en: "Write 24:00 for midnight."))
            return nil
        }
        return Facility.Hours(days: days, open: open, close: close)
    }

    func room(_ r: Record) -> Facility.Room? {
        guard let id = r.string("id"), let name = r.text("name") else { return nil }
        return Facility.Room(
            id: id, name: name, capacity: r.int("capacity"), areaM2: r.number("area_m2"),
            fees: r.records("fees").compactMap { f in f.text("slot").flatMap { slot in f.int("yen").map { Facility.Room.Fee(slot: slot, yen: $0) } } },
            equipment: r.strings("equipment"))
    }

    mutating func checkUniqueRoomIDs(_ rooms: [Record]) {
        var seen: [String: SourceLocation] = [:]
        for room in rooms {
            guard let id = room.string("id"), let at = room.location("id") else { continue }
            if let first = seen[id] {
                diagnostics.error(
                    .duplicateSlug, at: at, text: id,
                    message: Bilingual(ja: "部屋の `id` `\(id)` は \(first.line) 行目でも使われています。",
                                       en: "room id `\(id)` is already used on line \(first.line)."),
                    hint: Bilingual(ja: "施設の中で部屋ごとに違う id をつけてください。", en: "Give each room of a facility its own id."))
            } else {
                seen[id] = at
            }
        }
    }
}
