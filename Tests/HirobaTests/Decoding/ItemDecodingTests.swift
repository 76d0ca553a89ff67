import Decoding
import Diagnostics
import Model
import Testing

@Suite("Decoding items: every problem, at its line and column")
struct ItemDecodingTests {
    @Test func minimalItemsDecodeCleanly() {
        for (kind, text) in [(ItemKind.event, Minimal.event), (.group, Minimal.group), (.subsidy, Minimal.subsidy)] {
            let decoded = decodeItem(kind, text)
            #expect(decoded.diagnostics.isEmpty, "\(kind): \(decoded.diagnostics.summary)")
            #expect(decoded.item != nil)
        }
    }

    @Test func eventValuesAreConvertedByTheirDeclaredTypes() throws {
        let decoded = decodeItem(.event, """
            ---
            title: {ja: 防災講座, en: Disaster preparedness class}
            summary: 地震に備える講座
            category: training
            start: 2026-12-05 10:00
            end: "2026-12-05 12:00"
            status: cancelled
            venue: hokutopia
            room: room-1
            organizers:
              - kita-bousai
              - name: {ja: 北区社会福祉協議会, en: Kita Social Welfare Council}
            with_ward: true
            fee: 1,000
            capacity: 0030
            registration:
              required: true
              deadline: 2026-12-01
            fields: disaster-relief
            ---
            本文です。
            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.summary)")
        guard case .event(let e)? = decoded.item else { Issue.record("no event"); return }
        #expect(e.title == LocalizedText(ja: "防災講座", en: "Disaster preparedness class"))
        #expect(e.start == .dateTime(try DateParsing.dateTime("2026-12-05 10:00").get()))
        #expect(e.status == .cancelled)
        #expect(e.organizers == [.group("kita-bousai"), .outside(name: LocalizedText(ja: "北区社会福祉協議会", en: "Kita Social Welfare Council"))])
        #expect(e.fee == 1000)
        #expect(e.capacity == 30)
        #expect(e.fields == ["disaster-relief"])  // a single value is a list of one
        #expect(e.registration?.deadline == .date(LocalDate(year: 2026, month: 12, day: 1)!))
        #expect(e.body.ja == "本文です。")
        let targets = decoded.references.map { "\($0.target)|\($0.slug)|\($0.location.line):\($0.location.column)" }
        #expect(targets.contains("item(Model.ItemKind.facility)|hokutopia|8:8"))
        #expect(targets.contains("room(facility: \"hokutopia\")|room-1|9:7"))
        #expect(targets.contains("item(Model.ItemKind.group)|kita-bousai|11:5"))
        #expect(targets.contains("term(Model.TaxonomyKind.fields)|disaster-relief|19:9"))
    }

    @Test func defaultEndIsTwoHoursLaterOrTheSameDay() throws {
        guard case .event(let e)? = decodeItem(.event, Minimal.event).item else { Issue.record(); return }
        #expect(e.effectiveEnd.description == "2026-12-05 12:00")
        let allDay = Minimal.event.replacingOccurrences(of: "start: 2026-12-05 10:00", with: "start: 2026-12-05")
        guard case .event(let a)? = decodeItem(.event, allDay).item else { Issue.record(); return }
        #expect(a.effectiveEnd == a.start)
    }

    /// Each wrong value is reported with its code at the value's first character.
    @Test(arguments: [
        ("with_ward: yes", "E0304@7:12"),
        ("capacity: 10:30", "E0305@7:11"),
        ("start: 2026-13-40", "E0307@4:8"),
        ("fee: 1,000円", "E0313@7:6"),
        ("registration: {url: ftp://example.jp/}", "E0310@7:21"),
        ("registration: {url: javascript:alert(1)}", "E0310@7:21"),
        ("category: party", "E0314@7:11"),
        ("titel: x", "E0301@7:1"),
        ("venue: Hokutopia", "E0315@7:8"),
        ("registration: {tel: 03ー0000ー0000}", "E0312@7:21"),
        ("registration: {email: info}", "E0311@7:23"),
        ("end: 2026-12-05 09:00", "E0501@7:6"),
        ("registration: {deadline: 2026-12-06}", "E0502@7:26"),
        ("image: {src: assets/a.png}", "E0316@7:8"),
        ("image: {src: ../../etc/passwd, alt: x}", "E0323@7:14"),
        ("organizers: []", "E0319@6:13"),
    ] as [(String, String)])
    func wrongValues(line: String, expected: String) {
        var lines = Minimal.event.components(separatedBy: "\n")
        let key = line.split(separator: ":")[0] + ":"
        if let i = lines.firstIndex(where: { $0.hasPrefix(String(key)) }) {
            lines[i] = line
        } else {
            lines.insert(line, at: 6)
        }
        let decoded = decodeItem(.event, lines.joined(separator: "\n"))
        #expect(decoded.diagnostics.summary == [expected], "\(line)")
        #expect(decoded.diagnostics.allSatisfy { $0.sourceLine != nil && !$0.message.ja.isEmpty && !$0.message.en.isEmpty })
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() {
        let decoded = decodeItem(.event, Minimal.event.replacingOccurrences(of: "summary:", with: "sumary:"))
        #expect(decoded.diagnostics.summary == ["E0301@3:1", "E0302@2:1"])
        #expect(decoded.diagnostics[0].hint?.en == "Did you mean `summary`?")
        #expect(decoded.diagnostics[0].hint?.ja == "`summary` のことですか？")
    }

    @Test func missingRequiredFieldsAreAllReported() {
        let decoded = decodeItem(.event, "---\ncategory: forum\n---\n")
        #expect(decoded.diagnostics.codes == ["E0302", "E0302", "E0302", "E0302", "E0325"])
        #expect(decoded.diagnostics.map(\.message.en).contains("required field `organizers` is missing."))
        #expect(decoded.item == nil)
    }

    @Test func aBlankRequiredFieldIsReportedAtItsKey() {
        let decoded = decodeItem(.event, Minimal.event.replacingOccurrences(of: "title: 子ども食堂", with: "title:"))
        #expect(decoded.diagnostics.summary == ["E0302@2:1"])
        #expect(decoded.diagnostics[0].message.en == "required field `title` is empty.")
    }

    @Test func manyProblemsInOneFileAreAllReported() {
        let decoded = decodeItem(.event, """
            ---
            title: x
            summary: y
            start: 2026-12-05 10:00
            end: 2026-12-04
            online: javascript:alert(1)
            organizers: [Bad_Slug]
            capacity: many
            with_ward: on
            ---
            """)
        // `online` is given (though wrong), so "at least one of venue, location, online" is not repeated.
        #expect(Set(decoded.diagnostics.summary) == ["E0501@5:6", "E0310@6:9", "E0315@7:14", "E0305@8:11", "E0304@9:12"])
    }

    @Test func roomWithoutVenueIsAnError() {
        let text = Minimal.event.replacingOccurrences(of: "organizers:", with: "room: hall-a\norganizers:")
        #expect(decodeItem(.event, text).diagnostics.summary == ["E0326@6:7"])
    }

    @Test func localizedTextAcceptsOnlyJaAndEn() {
        let text = Minimal.event.replacingOccurrences(of: "title: 子ども食堂", with: "title: {ja: 子ども食堂, fr: Cantine}")
        #expect(decodeItem(.event, text).diagnostics.summary == ["E0317@2:20"])
        let noJa = Minimal.event.replacingOccurrences(of: "title: 子ども食堂", with: "title: {en: Cafeteria}")
        #expect(decodeItem(.event, noJa).diagnostics.codes == ["E0302"])
    }

    @Test func requireEnglishReportsEveryUntranslatedText() {
        let decoded = decodeItem(.event, Minimal.event, requireEnglish: true)
        #expect(decoded.diagnostics.summary == ["E0324@2:8", "E0324@3:10"])
        let translated = Minimal.event
            .replacingOccurrences(of: "title: 子ども食堂", with: "title: {ja: 子ども食堂, en: Kids' cafeteria}")
            .replacingOccurrences(of: "summary: 毎月の子ども食堂です。", with: "summary: {ja: 毎月, en: Monthly}")
        #expect(decodeItem(.event, translated, requireEnglish: true).diagnostics.isEmpty)
    }

    @Test func groupRules() {
        let long = String(repeating: "あ", count: 121)
        let text = Minimal.group
            .replacingOccurrences(of: "summary: 区内の子ども食堂をつなぐネットワークです。", with: "summary: \(long)")
            .replacingOccurrences(of: "non_profit: true", with: "non_profit: false")
            .replacingOccurrences(of: "name: 北区子ども食堂ネットワーク", with: "name: 北区子ども食堂ネットワーク\nfields: [a, b, c, d, e, f]\nmembers: 二十")
        let decoded = decodeItem(.group, text)
        #expect(Set(decoded.diagnostics.summary) == ["E0318@5:10", "E0319@3:9", "E0305@4:10", "E0314@10:15"])
    }

    @Test func staleDisclosureIsAWarning() {
        let stale = Minimal.group.replacingOccurrences(of: "confirmed: 2026-04-01", with: "confirmed: 2025-11-27")
        let decoded = decodeItem(.group, stale)
        #expect(decoded.diagnostics.summary == ["W0601@5:14"])
        #expect(decoded.diagnostics[0].severity == .warning)
        #expect(decoded.item != nil)
        let justInTime = Minimal.group.replacingOccurrences(of: "confirmed: 2026-04-01", with: "confirmed: 2025-11-28")
        #expect(decodeItem(.group, justInTime).diagnostics.isEmpty)
    }

    @Test func subsidyRules() {
        let text = Minimal.subsidy
            .replacingOccurrences(of: "closes: 2026-12-20", with: "closes: 2026-10-31\namount:\n  min: 500,000\n  max: 100,000\nprogram_ends: 2025-03-31")
        let decoded = decodeItem(.subsidy, text)
        #expect(Set(decoded.diagnostics.summary) == ["E0503@5:9", "E0504@7:8", "E0507@9:15"])
    }

    @Test func closesOnTheSameDayAsOpensIsFine() {
        let text = Minimal.subsidy.replacingOccurrences(of: "closes: 2026-12-20", with: "closes: 2026-11-01")
        #expect(decodeItem(.subsidy, text).diagnostics.isEmpty)
        let timed = Minimal.subsidy
            .replacingOccurrences(of: "opens: 2026-11-01", with: "opens: 2026-11-01 10:00")
            .replacingOccurrences(of: "closes: 2026-12-20", with: "closes: 2026-11-01 10:00")
        #expect(decodeItem(.subsidy, timed).diagnostics.codes == ["E0503"])
    }

    @Test func subsidyStatusByDate() throws {
        guard case .subsidy(let s)? = decodeItem(.subsidy, Minimal.subsidy).item else { Issue.record(); return }
        func at(_ text: String) throws -> SubsidyCall.Status { s.status(at: try DateParsing.dateTime(text).get().instant) }
        #expect(try at("2026-10-31 23:59") == .upcoming)
        #expect(try at("2026-11-01 00:00") == .open)
        #expect(try at("2026-12-06 23:58") == .open)
        #expect(try at("2026-12-06 23:59") == .closingSoon)
        #expect(try at("2026-12-20 23:59") == .closingSoon)
        #expect(try at("2026-12-21 00:00") == .closed)
    }

    @Test func facilityRules() {
        let decoded = decodeItem(.facility, """
            name: 北とぴあ
            district: oji
            address: 北区王子1-11-1
            geo: {lat: 35.75, lon: 200}
            hours:
              - {days: mon-fri, open: "09:00", close: "22:00"}
              - {days: weekend, open: "09:00", close: "17:00"}
              - {days: holiday, open: "18:00", close: "09:00"}
            rooms:
              - {id: room-1, name: 第1会議室, capacity: 30, fees: [{slot: 午前, yen: 1200}], equipment: [projector]}
              - {id: room-1, name: 第2会議室, capacity: 十}
            """, isYAML: true)
        #expect(Set(decoded.diagnostics.summary) == ["E0320@4:24", "E0322@7:12", "E0506@8:43", "E0402@11:10", "E0305@11:41"])
        guard case .facility(let f)? = decoded.item else { Issue.record(); return }
        #expect(f.hours.count == 1)
        #expect(f.rooms.first?.fees.first?.yen == 1200)
    }

    @Test func itemLinksInBodiesBecomeReferencesAtTheirPosition() {
        let text = Minimal.event.replacingOccurrences(of: "本文", with: "会場は[北とぴあ](facility:hokutopia)です。\n\n`[コード](group:not-a-link)`\n\n詳しくは[こちら](https://example.jp/)。")
        let refs = decodeItem(.event, text).references.filter(\.isMarkdownLink)
        #expect(refs.map { "\($0.slug)@\($0.location.line):\($0.location.column)" } == ["hokutopia@8:11"])
    }

    @Test func itemLinksInMarkdownFieldsToo() {
        let text = Minimal.subsidy.replacingOccurrences(of: "url:", with: "how_to_apply: |\n  申請は[支援センター](facility:kita-center)へ。\nurl:")
        let refs = decodeItem(.subsidy, text).references.filter(\.isMarkdownLink)
        #expect(refs.map { "\($0.slug)@\($0.location.line):\($0.location.column)" } == ["kita-center@7:15"])
    }

    @Test func newsletterFeaturedReferences() {
        let decoded = decodeItem(.newsletter, """
            ---
            title: 12月号
            issue: 2
            date: 2026-12-01
            covers: {from: 2026-12-01, to: 2026-11-01}
            featured: [event:kita-festival, kita-kodomo, bogus:x]
            ---
            """, slug: "2026-12")
        #expect(Set(decoded.diagnostics.summary) == ["E0506@5:32", "E0314@6:46"])
        #expect(decoded.references.map { "\($0.target)|\($0.slug)" } == ["item(Model.ItemKind.event)|kita-festival", "anyItem|kita-kodomo"])
    }
}
