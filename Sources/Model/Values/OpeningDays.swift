/// The days a set of opening hours applies to, from `mon-fri`, `sat,sun`, `holiday`, `daily` …
public struct OpeningDays: Hashable, Sendable, CustomStringConvertible {
    /// 0 = Sunday … 6 = Saturday.
    public var weekdays: Set<Int>
    /// Public holidays (祝日).
    public var holidays: Bool

    public init(weekdays: Set<Int>, holidays: Bool) {
        self.weekdays = weekdays
        self.holidays = holidays
    }

    public static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// Parses the days grammar; nil when any part is not a day, a range of days, `holiday` or `daily`.
    public init?(parsing text: String) {
        var weekdays = Set<Int>()
        var holidays = false
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        for raw in parts {
            let part = raw.trimmingCharacters(in: " ")
            if part == "holiday" { holidays = true; continue }
            if part == "daily" { weekdays.formUnion(0...6); holidays = true; continue }
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(ends.count),
                  let first = OpeningDays.dayNames.firstIndex(of: ends[0]),
                  let last = OpeningDays.dayNames.firstIndex(of: ends[ends.count - 1]) else { return nil }
            // Ranges go forward through the week, so `sat-sun` and `fri-mon` both work.
            var day = first
            while true {
                weekdays.insert(day)
                if day == last { break }
                day = (day + 1) % 7
            }
        }
        self.init(weekdays: weekdays, holidays: holidays)
    }

    public var description: String {
        var names = (0...6).map { ($0 + 1) % 7 }.filter(weekdays.contains).map { OpeningDays.dayNames[$0] }
        if holidays { names.append("holiday") }
        return names.joined(separator: ",")
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
