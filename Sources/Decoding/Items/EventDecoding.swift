import Diagnostics
import Model

extension DecodeContext {
    mutating func event(_ r: Record, slug: String, body: LocalizedMarkdown) -> Event? {
        guard let title = r.text("title"), let summary = r.text("summary"), let start = r.moment("start") else { return nil }
        let venue = r.string("venue"), room = r.string("room")
        if let room, let roomAt = r.location("room") {
            if let venue {
                refer(.room(facility: venue), room, at: roomAt)
            } else if !r.has("venue") {
                diagnostics.error(
                    .notAllowedHere, at: roomAt, text: room,
                    message: Bilingual(ja: "`room` は `venue`（施設）と一緒に書く項目です。", en: "`room` needs a `venue` (facility)."),
                    hint: Bilingual(ja: "`venue:` に施設のスラッグを書くか、`room` を消してください。",
                                    en: "Add `venue:` with the facility's slug, or remove `room`."))
            }
        }
        let end = r.moment("end")
        if let end { checkOrder(start, before: end, r, "end", code: .endBeforeStart,
                                ja: "終了 `end` が開始 `start` より前になっています。", en: "`end` is before `start`.") }
        let registration = r.record("registration").map { reg in
            Event.Registration(required: reg.bool("required"), url: reg.string("url"), tel: reg.string("tel"),
                               email: reg.string("email"), deadline: reg.moment("deadline"))
        }
        if let deadline = registration?.deadline, let reg = r.record("registration"),
           deadline.endInstant > start.endInstant {
            diagnostics.error(
                .deadlineAfterStart, at: reg.location("deadline") ?? reg.start, text: deadline.description,
                message: Bilingual(ja: "申込締切 \(deadline) がイベントの開始 \(start) より後になっています。",
                                   en: "the registration deadline \(deadline) is after the start \(start)."),
                hint: Bilingual(ja: "締切は開始日時までにしてください。", en: "Set the deadline on or before the start."))
        }
        return Event(
            slug: slug, title: title, summary: summary, category: r.choice("category", as: Event.Category.self),
            start: start, end: end, status: r.choice("status", as: Event.Status.self) ?? .scheduled,
            venue: venue, room: room,
            location: r.record("location").flatMap { l in l.text("name").map { Event.Location(name: $0, address: l.text("address")) } },
            online: r.string("online"),
            organizers: r.list("organizers").compactMap { if case .organizer(let o) = $0 { o } else { nil } },
            withWard: r.bool("with_ward"), fee: r.int("fee"), capacity: r.int("capacity"),
            registration: registration, audience: r.text("audience"), accessibility: r.text("accessibility"),
            image: r.image("image"), fields: r.strings("fields"), updated: r.date("updated"), body: body)
    }

    /// Reports `later` (at `key`) unless it comes after `earlier`. Two times must be strictly
    /// ordered; where a date is involved it stands for its whole day, so the same day is fine.
    mutating func checkOrder(
        _ earlier: DateOrDateTime, before later: DateOrDateTime, _ r: Record, _ key: String,
        code: DiagnosticCode, ja: String, en: String
    ) {
        let bad = earlier.isAllDay || later.isAllDay
            ? later.endInstant < earlier.startInstant
            : later.startInstant <= earlier.startInstant
        guard bad else { return }
        diagnostics.error(
            code, at: r.location(key) ?? r.start, text: later.description,
            message: Bilingual(ja: ja, en: en),
            hint: Bilingual(ja: "日付と時刻を確かめてください（\(earlier) → \(later)）。",
                            en: "Check the dates and times (\(earlier) → \(later))."))
    }
}
