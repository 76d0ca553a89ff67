import Model
import Testing

@Suite("Model dates and times")
struct DateTests {
    @Test func daysSinceEpochRoundTrips() {
        for days in [-1, 0, 1, 59, 365, 11_016, 20_000, 20_785, 40_000] {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(LocalDate(year: 2026, month: 11, day: 28)!.daysSinceEpoch == 20_785)
    }

    @Test func rejectsDatesThatDoNotExist() {
        #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2100, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
    }

    @Test func weekdays() {
        #expect(LocalDate(year: 2026, month: 12, day: 5)!.weekday == 6)  // Saturday
        #expect(LocalDate(year: 2026, month: 11, day: 29)!.weekday == 0)  // Sunday
    }

    @Test func monthArithmeticClampsToTheMonthEnd() {
        #expect(LocalDate(year: 2026, month: 3, day: 31)!.adding(months: -1).description == "2026-02-28")
        #expect(LocalDate(year: 2026, month: 11, day: 28)!.adding(months: -12).description == "2025-11-28")
        #expect(LocalDate(year: 2026, month: 12, day: 15)!.adding(months: 1).description == "2027-01-15")
    }

    @Test func tokyoTimeIsUTCPlusNine() {
        let dt = LocalDateTime(date: LocalDate(year: 2026, month: 12, day: 5)!, time: LocalTime(hour: 10, minute: 0)!)
        // 2026-12-05T01:00:00Z
        #expect(dt.instant.secondsSinceEpoch == 1_796_432_400)
        #expect(dt.instant.tokyo == dt)
        let midnight = LocalDateTime(date: LocalDate(year: 2026, month: 1, day: 1)!, time: LocalTime(hour: 0, minute: 0)!)
        #expect(midnight.instant.adding(seconds: -60).tokyo.description == "2025-12-31 23:59")
    }

    @Test func timesGoUpToMidnight() {
        #expect(LocalTime(hour: 24, minute: 0) != nil)
        #expect(LocalTime(hour: 24, minute: 1) == nil)
        #expect(LocalTime(hour: 9, minute: 60) == nil)
    }

    @Test func allDayDeadlinesRunTo2359() {
        let d = DateOrDateTime.date(LocalDate(year: 2026, month: 12, day: 20)!)
        #expect(d.endInstant.tokyo.description == "2026-12-20 23:59")
        #expect(d.startInstant.tokyo.description == "2026-12-20 00:00")
    }

    @Test func openingDays() {
        #expect(OpeningDays(parsing: "mon-fri")?.weekdays == [1, 2, 3, 4, 5])
        #expect(OpeningDays(parsing: "sat,sun")?.weekdays == [0, 6])
        #expect(OpeningDays(parsing: "fri-mon")?.weekdays == [5, 6, 0, 1])
        #expect(OpeningDays(parsing: "holiday") == OpeningDays(weekdays: [], holidays: true))
        #expect(OpeningDays(parsing: "daily")?.description == "mon,tue,wed,thu,fri,sat,sun,holiday")
        #expect(OpeningDays(parsing: "sat, sun, holiday")?.description == "sat,sun,holiday")
        #expect(OpeningDays(parsing: "weekdays") == nil)
        #expect(OpeningDays(parsing: "mon-") == nil)
        #expect(OpeningDays(parsing: "") == nil)
    }
}
