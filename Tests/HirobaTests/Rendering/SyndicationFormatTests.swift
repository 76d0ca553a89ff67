import Foundation
import HirobaKit
import Model
@testable import Rendering
import Testing

/// The low-level rules of the machine-readable outputs: iCalendar lines, feed dates,
/// CSV fields, query strings and XML text.
@Suite("Feed, calendar and CSV formats")
struct SyndicationFormatTests {
    @Test func iCalendarLinesFoldAt75OctetsOnCharacterBoundaries() {
        let line = ICalendarText.fold("SUMMARY:" + String(repeating: "北区のボランティア", count: 6))
        let physical = line.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
        #expect(physical.count > 1)
        for (i, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75)
            #expect(i == 0 || part.hasPrefix(" "))
        }
        // Unfolding (removing CRLF + space) gives the line back.
        #expect(line.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + String(repeating: "北区のボランティア", count: 6) + "\r\n")
        // 3-octet characters: 8 ASCII + 22 × 3 = 74 octets fit; the 23rd goes to the next line.
        let exact = ICalendarText.fold("SUMMARY:" + String(repeating: "あ", count: 23))
        #expect(exact.split(separator: "\r\n").first?.utf8.count == 74)
        #expect(ICalendarText.fold("SHORT:x") == "SHORT:x\r\n")
    }

    @Test func iCalendarTextIsEscaped() {
        #expect(ICalendarText.escape("会場: 王子, 北区; 2階\\B\r\n次の行") == "会場: 王子\\, 北区\\; 2階\\\\B\\n次の行")
        #expect(ICalendarText.escape("a\u{7}b") == "ab")
    }

    @Test func feedDates() {
        let d = LocalDate(year: 2026, month: 11, day: 6)!
        #expect(FeedDates.rfc3339(d) == "2026-11-06T00:00:00+09:00")
        #expect(FeedDates.rfc822(d) == "Fri, 06 Nov 2026 00:00:00 +0900")
        #expect(FeedDates.rfc822(LocalDate(year: 2027, month: 2, day: 28)!) == "Sun, 28 Feb 2027 00:00:00 +0900")
    }

    @Test func calendarStampsAreUTC() {
        #expect(RenderContext.utcStamp(LocalDate(year: 2026, month: 1, day: 1)!) == "20251231T150000Z")
        #expect(RenderContext.basic(LocalDateTime(date: LocalDate(year: 2026, month: 12, day: 5)!, time: LocalTime(hour: 9, minute: 5)!)) == "20261205T090500")
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        #expect(CSVTable.field("北区") == "北区")
        #expect(CSVTable.field("a,b") == "\"a,b\"")
        #expect(CSVTable.field("「\"こんにちは\"」") == "\"「\"\"こんにちは\"\"」\"")
        #expect(CSVTable.field("1行目\n2行目") == "\"1行目\n2行目\"")
        var table = CSVTable(header: ["名称", "URL"])
        table.append(["王子, 北区", "https://example.jp/"])
        #expect(table.bytes == Array("\u{FEFF}名称,URL\r\n\"王子, 北区\",https://example.jp/\r\n".utf8))
    }

    @Test func queryValuesArePercentEncoded() {
        #expect(URLQuery.encode("北区 a&b=c/d~_.-") == "%E5%8C%97%E5%8C%BA%20a%26b%3Dc%2Fd~_.-")
    }

    @Test func xmlTextDropsForbiddenControlCharacters() {
        #expect(HTML.xml("a\u{1}b<c>\u{FFFE}\td") == "ab&lt;c&gt;\td")
    }

    @Test func routesKnowTheHost() {
        #expect(Routes(baseURL: "https://hiroba.example.jp/sub/").host == "hiroba.example.jp")
        #expect(Routes(baseURL: "http://localhost:8080").host == "localhost")
    }
}
