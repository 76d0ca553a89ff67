import Model

/// Dates and times as each language writes them, in Asia/Tokyo, with every word and
/// pattern from the string tables:
/// `2026年12月5日（土）10:00〜12:00` / `Sat 5 Dec 2026, 10:00–12:00`.
public struct DateText: Sendable {
    let strings: UIStrings
    let language: Language

    public init(strings: UIStrings, language: Language) {
        self.strings = strings
        self.language = language
    }

    public func date(_ d: LocalDate) -> String {
        strings.format("date.format", language, fields(d))
    }

    /// The date without the year, for the second day of a range in the same year.
    func dayInYear(_ d: LocalDate) -> String {
        strings.format("date.format_no_year", language, fields(d))
    }

    func fields(_ d: LocalDate) -> [String: String] {
        [
            "year": String(d.year), "month": String(d.month), "day": String(d.day),
            "weekday": strings.text("date.weekdays.\(LocalDate.weekdayKeys[d.weekday])", language),
            "month_name": strings.text("date.months.m\(d.month)", language),
        ]
    }

    /// A start and end: one day with times, one whole day, or several days.
    public func range(_ start: DateOrDateTime, _ end: DateOrDateTime) -> String {
        let sameDay = start.date == end.date
        switch (start, end) {
        case (.dateTime(let s), .dateTime(let e)) where sameDay:
            return strings.format("date.range_times", language, ["date": date(s.date), "start": s.time.description, "end": e.time.description])
        case (.dateTime(let s), _) where sameDay:
            return strings.format("date.at_time", language, ["date": date(s.date), "time": s.time.description])
        case _ where sameDay:
            return date(start.date)
        default:
            let to = start.date.year == end.date.year ? dayInYear(end.date) : date(end.date)
            return strings.format("date.range_days", language, ["start": moment(start, full: true), "end": end.isAllDay ? to : "\(to) \(end.description.suffix(5))"])
        }
    }

    /// One date, with its time when it has one.
    public func moment(_ m: DateOrDateTime, full: Bool = true) -> String {
        switch m {
        case .date(let d): return date(d)
        case .dateTime(let dt): return strings.format("date.at_time", language, ["date": date(dt.date), "time": dt.time.description])
        }
    }

    /// `2026年12月` / `December 2026`, for month headings.
    public func month(year: Int, month: Int) -> String {
        strings.format("date.month_heading", language, [
            "year": String(year), "month": String(month),
            "month_name": strings.text("date.months_long.m\(month)", language),
        ])
    }
}

extension LocalDate {
    static let weekdayKeys = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
}
