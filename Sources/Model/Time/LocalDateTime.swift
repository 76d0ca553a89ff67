/// A date and wall-clock time in Asia/Tokyo.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    public var time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    public var instant: Instant {
        Instant(secondsSinceEpoch: Int64(date.daysSinceEpoch) * 86_400
            + Int64(time.minutesSinceMidnight) * 60 - Instant.tokyoOffsetSeconds)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        a.instant < b.instant
    }

    /// `YYYY-MM-DD HH:MM`
    public var description: String { "\(date) \(time)" }
}

/// A field that takes either an all-day date or a date with a time.
public enum DateOrDateTime: Hashable, Sendable, CustomStringConvertible {
    case date(LocalDate)
    case dateTime(LocalDateTime)

    public var date: LocalDate {
        switch self {
        case .date(let d): d
        case .dateTime(let dt): dt.date
        }
    }

    public var isAllDay: Bool {
        if case .date = self { true } else { false }
    }

    /// The first moment it covers: midnight for a date.
    public var startInstant: Instant {
        switch self {
        case .date(let d): LocalDateTime(date: d, time: LocalTime(hour: 0, minute: 0)!).instant
        case .dateTime(let dt): dt.instant
        }
    }

    /// The last minute it covers: 23:59 for a date (a deadline "on 12-05" means until 23:59).
    public var endInstant: Instant {
        switch self {
        case .date(let d): LocalDateTime(date: d, time: LocalTime(hour: 23, minute: 59)!).instant
        case .dateTime(let dt): dt.instant
        }
    }

    public var description: String {
        switch self {
        case .date(let d): d.description
        case .dateTime(let dt): dt.description
        }
    }
}
