/// A wall-clock time in Asia/Tokyo, `00:00` to `24:00` (24:00 closes a facility at midnight).
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else {
            return nil
        }
        self.hour = hour
        self.minute = minute
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (a: LocalTime, b: LocalTime) -> Bool {
        a.minutesSinceMidnight < b.minutesSinceMidnight
    }

    /// `HH:MM`
    public var description: String { "\(pad(hour, 2)):\(pad(minute, 2))" }
}
