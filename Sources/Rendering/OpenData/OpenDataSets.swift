import Model

/// The ward's standard open-data sets (自治体標準オープンデータセット), in the columns of
/// the recommended sets they grew out of: イベント一覧 and 公共施設一覧. Always in
/// Japanese; the English name has its own column where the set has one.
extension RenderContext {
    static let eventColumns = [
        "都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "イベント名", "イベント名_カナ", "イベント名_英語",
        "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金(基本)", "料金(詳細)", "連絡先名称",
        "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度", "アクセス方法", "駐車場情報",
        "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考",
    ]

    static let facilityColumns = [
        "都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称", "名称_カナ", "名称_通称", "POIコード",
        "住所", "方書", "緯度", "経度", "電話番号", "内線番号", "法人番号", "団体名", "利用可能曜日", "開始時間", "終了時間",
        "利用可能日時特記事項", "説明", "バリアフリー情報", "URL", "備考",
    ]

    /// Every event, in date order.
    func eventDataset() -> CSVTable {
        var table = CSVTable(header: Self.eventColumns)
        for (n, e) in site.events.sorted(by: { ($0.start.startInstant, $0.slug) < ($1.start.startInstant, $1.slug) }).enumerated() {
            let end = e.effectiveEnd
            let venue = e.venue.flatMap { index.facilities[$0] }
            let firstGroup = e.organizers.lazy.compactMap { o -> Group? in
                if case .group(let slug) = o { return self.index.groups[slug] }
                return nil
            }.first
            var notes: [String] = []
            if let online = e.online { notes.append("\(t("fact.online")): \(online)") }
            if let audience = e.audience { notes.append("\(t("fact.audience")): \(plain(audience))") }
            table.append([
                site.settings.municipalityCode ?? "", String(n + 1), t("site.region"), t("site.locality"),
                plain(e.title), "", e.title.en ?? "",
                e.start.date.description, end.date.description, Self.time(e.start), Self.time(end),
                e.status == .scheduled ? "" : t("event.status.\(e.status.rawValue)"),
                plain(e.summary), e.fee.map(yen) ?? "", "",
                firstGroup.map { plain($0.name) } ?? "", e.registration?.tel ?? firstGroup?.contact?.tel ?? "", "",
                e.organizers.map(organizerName).joined(separator: t("list.separator")),
                place(e)?.text ?? "", venue.map { plain($0.address) } ?? e.location?.address.map(plain) ?? "", "",
                venue?.geo.map { String($0.lat) } ?? "", venue?.geo.map { String($0.lon) } ?? "",
                venue.map(accessText) ?? "", venue?.parking.map { t($0 ? "answer.yes" : "answer.no") } ?? "",
                e.capacity.map(String.init) ?? "",
                e.registration?.deadline.map { $0.date.description } ?? "",
                e.registration?.deadline.map(Self.time) ?? "",
                registrationText(e.registration),
                routes.absolute(routes.item(.event, e.slug, language)), notes.joined(separator: " / "),
            ])
        }
        return table
    }

    /// Every facility, by slug.
    func facilityDataset() -> CSVTable {
        var table = CSVTable(header: Self.facilityColumns)
        for (n, f) in site.facilities.enumerated() {
            var days = OpeningDays(weekdays: [], holidays: false)
            for h in f.hours { days = OpeningDays(weekdays: days.weekdays.union(h.days.weekdays), holidays: days.holidays || h.days.holidays) }
            var hoursNotes = f.hours.map(hoursText)
            if let closed = f.closed { hoursNotes.append("\(t("fact.closed")): \(plain(closed))") }
            let rooms = f.rooms.map { r in
                plain(r.name) + (r.capacity.map { "（" + t("event.capacity", ["count": String($0)]) + "）" } ?? "")
            }
            table.append([
                site.settings.municipalityCode ?? "", String(n + 1), t("site.region"), t("site.locality"),
                plain(f.name), f.kana.map(plain) ?? "", f.name.en ?? "", "",
                plain(f.address), "", f.geo.map { String($0.lat) } ?? "", f.geo.map { String($0.lon) } ?? "",
                f.tel ?? "", "", "", "",
                dayList(days),
                f.hours.map(\.open).min().map(\.description) ?? "", f.hours.map(\.close).max().map(\.description) ?? "",
                hoursNotes.joined(separator: " / "), f.kind.map { t("facility.kind.\($0.rawValue)") } ?? "",
                f.barrierFree.map { t("barrier_free.\($0.rawValue)") }.joined(separator: t("list.separator")),
                routes.absolute(routes.item(.facility, f.slug, language)),
                rooms.isEmpty ? "" : "\(t("item.rooms")): " + rooms.joined(separator: t("list.separator")),
            ])
        }
        return table
    }

    /// `10:00`, or empty for an all-day date.
    static func time(_ m: DateOrDateTime) -> String {
        if case .dateTime(let dt) = m { return dt.time.description }
        return ""
    }

    /// `月火水木金土日祝日`: the data sets write the days run together, Monday first.
    func dayList(_ d: OpeningDays) -> String {
        [1, 2, 3, 4, 5, 6, 0].filter(d.weekdays.contains).map { t("date.weekdays.\(LocalDate.weekdayKeys[$0])") }.joined()
            + (d.holidays ? t("days.holiday") : "")
    }

    func accessText(_ f: Facility) -> String {
        f.access.map { a in
            [a.line.map(plain), plain(a.station), a.walkMinutes.map { t("facility.walk", ["minutes": String($0)]) }]
                .compactMap { $0 }.joined(separator: " ")
        }.joined(separator: " / ")
    }

    func registrationText(_ r: Event.Registration?) -> String {
        guard let r else { return "" }
        var ways: [String] = []
        if let url = r.url { ways.append(url) }
        if let tel = r.tel { ways.append("\(t("fact.tel")): \(tel)") }
        if let email = r.email { ways.append("\(t("fact.email")): \(email)") }
        if ways.isEmpty, let required = r.required { ways.append(t(required ? "event.registration_required" : "event.registration_free")) }
        return ways.joined(separator: " / ")
    }
}

