import Model

/// Dates in the forms feeds need. A feed date is the day's start in Tokyo.
enum FeedDates {
    /// RFC 3339, for Atom and JSON Feed: `2026-11-20T00:00:00+09:00`.
    static func rfc3339(_ d: LocalDate) -> String { "\(d)T00:00:00+09:00" }

    /// RFC 822 as RSS 2.0 uses it: `Fri, 20 Nov 2026 00:00:00 +0900`.
    static func rfc822(_ d: LocalDate) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = d.day < 10 ? "0\(d.day)" : "\(d.day)"
        return "\(days[d.weekday]), \(day) \(months[d.month - 1]) \(d.year) 00:00:00 +0900"
    }
}
