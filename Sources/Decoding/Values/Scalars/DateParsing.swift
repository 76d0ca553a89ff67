import Diagnostics
import Model

/// Dates are `YYYY-MM-DD`; date-times `YYYY-MM-DD HH:MM` or ISO 8601 (`2026-12-05T10:00`,
/// optional seconds and offset). Everything is converted to Asia/Tokyo wall-clock time.
public enum DateParsing {
    /// The numbers of a `YYYY-MM-DD` text, whether or not they name a real day.
    static func dateFields(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = ASCII.number(parts[0]), let m = ASCII.number(parts[1]), let d = ASCII.number(parts[2])
        else { return nil }
        return (y, m, d)
    }

    static func notARealDate(_ text: String, code: DiagnosticCode) -> ValueProblem {
        ValueProblem(
            code,
            ja: "`\(text)` という日付は存在しません。",
            en: "`\(text)` is not a real date.",
            hintJA: "月は 01〜12、日はその月の日数までです。",
            hintEN: "Months go from 01 to 12, days up to the length of the month.")
    }

    public static func date(_ text: String) -> Result<LocalDate, ValueProblem> {
        guard let (y, m, d) = dateFields(text) else {
            let fw = ValueProblem.fullWidthHint(text)
            return .failure(ValueProblem(
                .invalidDate,
                ja: "日付は YYYY-MM-DD の形で書いてください（`\(text)` は日付ではありません）。",
                en: "expected a date as YYYY-MM-DD, found `\(text)`.",
                hintJA: fw?.0 ?? "例: 2026-12-05（年は4桁、月と日は2桁）",
                hintEN: fw?.1 ?? "For example 2026-12-05 (four-digit year, two-digit month and day)."))
        }
        guard let date = LocalDate(year: y, month: m, day: d) else {
            return .failure(notARealDate(text, code: .invalidDate))
        }
        return .success(date)
    }

    public static func time(_ text: String) -> Result<LocalTime, ValueProblem> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = ASCII.number(parts[0]), let m = ASCII.number(parts[1]),
              let time = LocalTime(hour: h, minute: m)
        else {
            let fw = ValueProblem.fullWidthHint(text)
            return .failure(ValueProblem(
                .invalidTime,
                ja: "時刻は HH:MM の形（00:00〜24:00）で書いてください（`\(text)`）。",
                en: "expected a time as HH:MM between 00:00 and 24:00, found `\(text)`.",
                hintJA: fw?.0 ?? "例: 09:00、21:30、24:00",
                hintEN: fw?.1 ?? "For example 09:00, 21:30 or 24:00."))
        }
        return .success(time)
    }

    public static func dateTime(_ text: String) -> Result<LocalDateTime, ValueProblem> {
        let problem = ValueProblem(
            .invalidDateTime,
            ja: "日時は YYYY-MM-DD HH:MM の形で書いてください（`\(text)`）。",
            en: "expected a date and time as YYYY-MM-DD HH:MM, found `\(text)`.",
            hintJA: ValueProblem.fullWidthHint(text)?.0 ?? "例: 2026-12-05 10:00（日本時間）",
            hintEN: ValueProblem.fullWidthHint(text)?.1 ?? "For example 2026-12-05 10:00 (Japan time).")
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 16, scalars[10] == " " || scalars[10] == "T" else { return .failure(problem) }
        let datePart = String(String.UnicodeScalarView(scalars[0..<10]))
        guard let (y, m, d) = dateFields(datePart) else { return .failure(problem) }
        guard let date = LocalDate(year: y, month: m, day: d) else {
            return .failure(notARealDate(datePart, code: .invalidDateTime))
        }
        var rest = String(String.UnicodeScalarView(scalars[11...]))
        // Offset: Z, +HH:MM or -HH:MM at the end.
        var offsetMinutes = 9 * 60
        if rest.hasSuffix("Z") {
            offsetMinutes = 0
            rest.removeLast()
        } else if rest.count >= 6, let sign = rest.dropLast(5).last, sign == "+" || sign == "-" {
            let off = rest.suffix(5).split(separator: ":", omittingEmptySubsequences: false)
            guard off.count == 2, off[0].count == 2, off[1].count == 2,
                  let oh = ASCII.number(off[0]), let om = ASCII.number(off[1]), oh <= 14, om < 60
            else { return .failure(problem) }
            offsetMinutes = (oh * 60 + om) * (sign == "+" ? 1 : -1)
            rest.removeLast(6)
        }
        // Seconds are accepted and dropped: Hiroba works in minutes.
        let clock = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || (clock.count == 3 && clock[2].count == 2 && ASCII.number(clock[2]).map { $0 < 60 } == true),
              case .success(let time) = DateParsing.time(clock[0...1].joined(separator: ":")),
              time.hour < 24
        else { return .failure(problem) }
        let local = LocalDateTime(date: date, time: time)
        guard offsetMinutes != 9 * 60 else { return .success(local) }
        // Convert another offset to Tokyo time.
        let instant = local.instant.adding(seconds: Int64(9 * 60 - offsetMinutes) * 60)
        return .success(instant.tokyo)
    }

    /// A date or a date-time: a date-time when the text is longer than a date.
    public static func dateOrDateTime(_ text: String) -> Result<DateOrDateTime, ValueProblem> {
        if text.unicodeScalars.count <= 10 {
            return date(text).map { .date($0) }
        }
        return dateTime(text).map { .dateTime($0) }
    }
}
