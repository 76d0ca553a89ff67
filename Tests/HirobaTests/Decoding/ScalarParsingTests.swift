import Decoding
import Diagnostics
import Model
import Testing

@Suite("Scalar conversions by declared type")
struct ScalarParsingTests {
    @Test(arguments: ["2026-12-05", "2028-02-29", "1999-01-01"])
    func validDates(_ text: String) throws {
        #expect(try DateParsing.date(text).get().description == text)
    }

    @Test(arguments: ["2026-13-40", "2026-02-30", "2026-1-5", "26-12-05", "2026/12/05", "２０２６-１２-０５", "", "2026-12-05x"])
    func invalidDates(_ text: String) {
        guard case .failure(let p) = DateParsing.date(text) else { Issue.record("accepted \(text)"); return }
        #expect(p.code == .invalidDate)
    }

    @Test func fullWidthDigitsGetTheirOwnHint() {
        guard case .failure(let p) = DateParsing.date("２０２６-１２-０５") else { Issue.record(); return }
        #expect(p.hint?.ja.contains("全角") == true)
    }

    @Test func dateTimes() throws {
        #expect(try DateParsing.dateTime("2026-12-05 10:00").get().description == "2026-12-05 10:00")
        #expect(try DateParsing.dateTime("2026-12-05T10:00").get().description == "2026-12-05 10:00")
        #expect(try DateParsing.dateTime("2026-12-05T10:00:00+09:00").get().description == "2026-12-05 10:00")
        #expect(try DateParsing.dateTime("2026-12-05T01:00Z").get().description == "2026-12-05 10:00")
        #expect(try DateParsing.dateTime("2026-12-04T20:00-05:00").get().description == "2026-12-05 10:00")
        for bad in ["2026-12-05", "2026-12-05 25:00", "2026-12-05 10", "2026-12-05 10:00 JST", "2026-02-30 10:00"] {
            #expect(throws: ValueProblem.self) { try DateParsing.dateTime(bad).get() }
        }
    }

    @Test func times() throws {
        #expect(try DateParsing.time("9:00").get().description == "09:00")
        #expect(try DateParsing.time("24:00").get().minutesSinceMidnight == 1440)
        #expect(throws: ValueProblem.self) { try DateParsing.time("24:30").get() }
        #expect(throws: ValueProblem.self) { try DateParsing.time("10時").get() }
    }

    @Test func yen() throws {
        #expect(try NumberParsing.yen("0").get() == 0)
        #expect(try NumberParsing.yen("1,000").get() == 1000)
        #expect(try NumberParsing.yen("1000000").get() == 1_000_000)
        #expect(try NumberParsing.yen("12,345,678").get() == 12_345_678)
        for bad in ["1,000円", "¥500", "-100", "1.5", "10,00", "1,0000", ""] {
            #expect(throws: ValueProblem.self) { try NumberParsing.yen(bad).get() }
        }
        guard case .failure(let p) = NumberParsing.yen("1,000円") else { return }
        #expect(p.code == .invalidYen)
        #expect(p.hint?.en.contains("円") == true)
    }

    @Test func integersAreNeverGuessedFromOtherNotations() {
        #expect(throws: ValueProblem.self) { try NumberParsing.int("10:30", range: nil).get() }  // YAML 1.1: 630
        #expect(throws: ValueProblem.self) { try NumberParsing.int("0x1F", range: nil).get() }
        #expect(throws: ValueProblem.self) { try NumberParsing.int("30人", range: nil).get() }
        #expect((try? NumberParsing.int("0123", range: nil).get()) == 123)
        #expect((try? NumberParsing.int("-5", range: nil).get()) == -5)
        guard case .failure(let p) = NumberParsing.int("200", range: 0...100) else { Issue.record(); return }
        #expect(p.code == .outOfRange)
    }

    @Test func booleansAreOnlyTrueAndFalse() {
        #expect((try? NumberParsing.bool("true").get()) == true)
        #expect((try? NumberParsing.bool("false").get()) == false)
        for bad in ["yes", "no", "on", "off", "True", "1", "はい"] {
            guard case .failure(let p) = NumberParsing.bool(bad) else { Issue.record("accepted \(bad)"); continue }
            #expect(p.code == .invalidBool)
        }
        guard case .failure(let p) = NumberParsing.bool("yes") else { return }
        #expect(p.hint?.en == "Write `true` instead of `yes`.")
    }

    @Test func urls() {
        for good in ["https://example.jp/", "http://example.jp/a?b=c#d", "HTTPS://EXAMPLE.JP"] {
            #expect((try? ContactParsing.url(good).get()) == good)
        }
        for bad in ["ftp://example.jp/", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
                    "example.jp", "/relative", "https://", "https://exa mple.jp", "https:///x"] {
            guard case .failure(let p) = ContactParsing.url(bad) else { Issue.record("accepted \(bad)"); continue }
            #expect(p.code == .invalidURL)
        }
        guard case .failure(let p) = ContactParsing.url("javascript:alert(1)") else { return }
        #expect(p.message.en.contains("not allowed"))
    }

    @Test func emailsAndPhoneNumbers() {
        #expect((try? ContactParsing.email("info@example.jp").get()) != nil)
        for bad in ["info@", "info", "a@b", "info@example.jp ", "インフォ@example.jp", "a@@example.jp"] {
            #expect(throws: ValueProblem.self) { try ContactParsing.email(bad).get() }
        }
        for good in ["03-3908-1111", "0339081111", "0120-000-000", "090-1234-5678"] {
            #expect((try? ContactParsing.tel(good).get()) == good)
        }
        for bad in ["3908-1111", "03-3908-111", "03ー3908ー1111", "０３-３９０８-１１１１", "+81-3-3908-1111", "03--3908-1111"] {
            #expect(throws: ValueProblem.self) { try ContactParsing.tel(bad).get() }
        }
    }

    @Test func slugs() {
        for good in ["a", "kita-kodomo", "2026-12", "room1"] { #expect(SlugParsing.isValid(good)) }
        for bad in ["", "-a", "a-", "a--b", "Kita", "北区", "a_b", "a b", "a.b"] { #expect(!SlugParsing.isValid(bad)) }
        #expect(SlugParsing.suggestion(for: "Kita_Kodomo") == "kita-kodomo")
        #expect(SlugParsing.suggestion(for: "北区") == nil)
    }

    @Test func assetPaths() {
        #expect((try? AssetPath.validate("assets/groups/logo.png").get()) != nil)
        for bad in ["../../etc/passwd", "/etc/passwd", "assets/../site.yaml", "assets/%2e%2e/x", "assets\\x.png",
                    "logo.png", "assets/", "assets//x.png", "https://example.jp/x.png"] {
            #expect(throws: ValueProblem.self) { try AssetPath.validate(bad).get() }
        }
    }
}
