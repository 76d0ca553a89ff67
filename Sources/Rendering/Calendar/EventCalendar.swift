import Deriving
import Model

/// Events as iCalendar: one `.ics` per event, and subscribable calendars of upcoming
/// events (all of them, and each group's). Times are local to Asia/Tokyo with its
/// VTIMEZONE; UIDs are the same in both languages, so the same event is never added twice.
extension RenderContext {
    func calendar(name: String, events: [Event]) -> String {
        var ics = ICalendarText()
        ics.raw("BEGIN", "VCALENDAR")
        ics.raw("VERSION", "2.0")
        ics.raw("PRODID", "-//Hiroba//Hiroba//\(language.rawValue.uppercased())")
        ics.raw("CALSCALE", "GREGORIAN")
        ics.raw("METHOD", "PUBLISH")
        ics.text("NAME", name)
        ics.text("X-WR-CALNAME", name)
        ics.raw("X-WR-TIMEZONE", "Asia/Tokyo")
        ics.raw("REFRESH-INTERVAL;VALUE=DURATION", "PT12H")
        ics.raw("X-PUBLISHED-TTL", "PT12H")
        // Japan has kept +09:00 all year since 1951: one STANDARD rule describes it.
        for line in ["BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                     "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST", "END:STANDARD", "END:VTIMEZONE"] {
            ics.raw(String(line.prefix { $0 != ":" }), String(line.drop { $0 != ":" }.dropFirst()))
        }
        for event in events { vevent(event, into: &ics) }
        ics.raw("END", "VCALENDAR")
        return ics.text
    }

    private func vevent(_ e: Event, into ics: inout ICalendarText) {
        let pageURL = routes.absolute(routes.item(.event, e.slug, language))
        ics.raw("BEGIN", "VEVENT")
        ics.raw("UID", "event-\(e.slug)@\(routes.host)")
        ics.raw("DTSTAMP", Self.utcStamp(ChangeDates.of(e)))
        let end = e.effectiveEnd
        if case .date(let first) = e.start {
            ics.raw("DTSTART;VALUE=DATE", Self.basic(first))
            ics.raw("DTEND;VALUE=DATE", Self.basic(end.date.adding(days: 1)))  // exclusive
        } else {
            ics.raw("DTSTART;TZID=Asia/Tokyo", Self.basic(e.start.startInstant.tokyo))
            ics.raw("DTEND;TZID=Asia/Tokyo", Self.basic(end.endInstant.tokyo))
        }
        ics.text("SUMMARY", plain(e.title))
        var description = plain(e.summary)
        if let online = e.online { description += "\n\(t("fact.online")): \(online)" }
        ics.text("DESCRIPTION", description + "\n\n" + pageURL)
        if let location = calendarLocation(e) { ics.text("LOCATION", location) }
        if let venue = e.venue, let geo = index.facilities[venue]?.geo {
            ics.raw("GEO", "\(geo.lat);\(geo.lon)")
        }
        ics.raw("URL", pageURL)
        let status = switch e.status {
        case .scheduled: "CONFIRMED"
        case .cancelled: "CANCELLED"
        case .postponed: "TENTATIVE"
        }
        ics.raw("STATUS", status)
        if let category = e.category { ics.text("CATEGORIES", t("event_category.\(category.rawValue)")) }
        ics.raw("END", "VEVENT")
    }

    /// The venue and room with its address, a place named in the event, or the online URL.
    func calendarLocation(_ e: Event) -> String? {
        if let venue = e.venue, let f = index.facilities[venue] {
            return [place(e)?.text, plain(f.address)].compactMap { $0 }.joined(separator: ", ")
        }
        if let l = e.location { return [plain(l.name), l.address.map(plain)].compactMap { $0 }.joined(separator: ", ") }
        return e.online
    }

    /// "Add to calendar" links of an event page: its `.ics`, and Google Calendar's form,
    /// for events that are still to come and not cancelled.
    func calendarActions(_ e: Event) -> [LinkView] {
        guard e.status != .cancelled, e.effectiveEnd.endInstant >= listings.now else { return [] }
        let dates = if case .date(let first) = e.start {
            "\(Self.basic(first))/\(Self.basic(e.effectiveEnd.date.adding(days: 1)))"
        } else {
            "\(Self.basic(e.start.startInstant.tokyo))/\(Self.basic(e.effectiveEnd.endInstant.tokyo))"
        }
        var query = [("action", "TEMPLATE"), ("text", plain(e.title)), ("dates", dates), ("ctz", "Asia/Tokyo"),
                     ("details", plain(e.summary) + "\n" + routes.absolute(routes.item(.event, e.slug, language)))]
        if let location = calendarLocation(e) { query.append(("location", location)) }
        let google = "https://calendar.google.com/calendar/render?"
            + query.map { "\($0.0)=\(URLQuery.encode($0.1))" }.joined(separator: "&")
        return [LinkView(href: routes.eventCalendar(e.slug, language), label: t("calendar.add_ics")),
                LinkView(href: google, label: t("calendar.add_google"))]
    }

    /// `20261205` and `20261205T100000`: iCalendar's basic format.
    static func basic(_ d: LocalDate) -> String { String(d.description.filter { $0 != "-" }) }

    static func basic(_ dt: LocalDateTime) -> String {
        basic(dt.date) + "T" + String(dt.time.description.filter { $0 != ":" }) + "00"
    }

    /// DTSTAMP must be UTC: the change date's midnight in Tokyo, as UTC.
    static func utcStamp(_ d: LocalDate) -> String {
        let midnight = LocalDateTime(date: d, time: LocalTime(hour: 0, minute: 0)!).instant
        return basic(midnight.adding(seconds: -Instant.tokyoOffsetSeconds).tokyo) + "Z"
    }
}
