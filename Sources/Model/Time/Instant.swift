/// A point in time (seconds since 1970-01-01 UTC). Everything is compared as instants
/// and shown in Asia/Tokyo, which has had no daylight saving time since 1951.
public struct Instant: Hashable, Comparable, Sendable {
    public var secondsSinceEpoch: Int64

    public static let tokyoOffsetSeconds: Int64 = 9 * 3600

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// The date and time this instant shows on a clock in Tokyo.
    public var tokyo: LocalDateTime {
        let local = secondsSinceEpoch + Instant.tokyoOffsetSeconds
        var days = local / 86_400
        var rest = local % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        let minutes = Int(rest / 60)
        return LocalDateTime(
            date: LocalDate(daysSinceEpoch: Int(days)),
            time: LocalTime(hour: minutes / 60, minute: minutes % 60)!)
    }

    public func adding(seconds: Int64) -> Instant {
        Instant(secondsSinceEpoch: secondsSinceEpoch + seconds)
    }

    public static func < (a: Instant, b: Instant) -> Bool {
        a.secondsSinceEpoch < b.secondsSinceEpoch
    }
}
