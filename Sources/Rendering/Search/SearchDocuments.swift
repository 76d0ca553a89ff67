import Deriving
import Model

/// The search documents of one language, built from the same `Site` as the pages: every
/// item, and each room of a facility. The other language's title and summary are a field
/// too, so a query in either language finds an item on both sides.
extension RenderContext {
    func searchDocuments() -> [SearchDocument] {
        let upcoming = Set(listings.upcomingEvents.map(\.slug))
        let openVolunteering = Set(listings.openVolunteering.map(\.slug))
        var docs: [SearchDocument] = []
        for g in site.groups {
            docs.append(doc("group", routes.item(.group, g.slug, language), g.name, g.summary, kana: g.kana,
                            body: g.body, place: districtNames(g.districts), fields: g.fields, districts: districtSlugs(g.districts)))
        }
        for e in site.events {
            let venue = e.venue.flatMap { index.facilities[$0] }
            var place = [venue.map { plain($0.name) }, e.location.map { plain($0.name) }, e.location?.address.map(plain)]
            if let v = venue, let room = e.room, let r = v.rooms.first(where: { $0.id == room }) { place.append(plain(r.name)) }
            if let v = venue { place.append(termName(.districts, v.district)) }
            let organizers = e.organizers.map { o -> String in
                switch o {
                case .group(let slug): index.groups[slug].map { plain($0.name) } ?? slug
                case .outside(let name): plain(name)
                }
            }
            docs.append(doc("event", routes.item(.event, e.slug, language), e.title, e.summary, body: e.body,
                            place: place.compactMap { $0 }.joined(separator: " "), organizer: organizers.joined(separator: " "),
                            extra: [e.audience.map(plain)], fields: e.fields, districts: venue.map { [$0.district] } ?? [],
                            statuses: upcoming.contains(e.slug) ? ["upcoming"] : []))
        }
        for s in site.subsidies {
            let status = s.status(at: listings.now)
            docs.append(doc("subsidy", routes.item(.subsidy, s.slug, language), s.title, s.summary, body: s.body,
                            organizer: s.provider.map { plain($0.name) } ?? "", extra: [s.eligibility.map(plain), s.howToApply.map(plain)],
                            fields: s.fields, statuses: status == .open || status == .closingSoon ? ["open"] : []))
        }
        for f in site.facilities {
            let url = routes.item(.facility, f.slug, language)
            let place = ([plain(f.address), termName(.districts, f.district)] + f.access.map { plain($0.station) }).joined(separator: " ")
            docs.append(doc("facility", url, f.name, f.address, kana: f.kana, body: f.body, place: place,
                            districts: [f.district]))
            for r in f.rooms {
                var d = doc("room", url + "#rooms-heading", r.name, f.name, place: place + " " + plain(f.name), districts: [f.district])
                d.title = t("search.room_title", ["room": plain(r.name), "facility": plain(f.name)])
                d.fields[.organizer] = plain(f.name)
                docs.append(d)
            }
        }
        for v in site.volunteering {
            docs.append(doc("volunteering", routes.item(.volunteering, v.slug, language), v.title, v.summary, body: v.body,
                            place: districtNames(v.districts), organizer: index.groups[v.group].map { plain($0.name) } ?? "",
                            extra: [v.skills.map(plain), v.schedule.map(plain), v.commitment.map(plain)],
                            fields: v.fields, districts: districtSlugs(v.districts),
                            statuses: openVolunteering.contains(v.slug) ? ["open"] : []))
        }
        for p in site.pages {
            docs.append(doc("page", routes.item(.page, p.slug, language), p.title, p.summary ?? LocalizedText(ja: ""), body: p.body))
        }
        for n in site.newsletter {
            docs.append(doc("newsletter", routes.item(.newsletter, n.slug, language), n.title, LocalizedText(ja: ""), body: n.body))
        }
        return docs
    }

    private func doc(_ type: String, _ url: String, _ title: LocalizedText, _ summary: LocalizedText, kana: LocalizedText? = nil,
                     body: LocalizedMarkdown = LocalizedMarkdown(), place: String = "", organizer: String = "",
                     extra: [String?] = [], fields: [String] = [], districts: [String] = [], statuses: [String] = []) -> SearchDocument {
        let english = body.en.flatMap { $0.isEmpty ? nil : $0 }
        let bodyText = SearchText.plain(language == .en && english != nil ? english! : body.ja)
        let fullBody = ([bodyText] + extra.compactMap { $0 }).joined(separator: "\n")
        let summaryText = plain(summary)
        // The other language's words, when they differ (an untranslated item has only Japanese).
        let otherTitle = title.resolved(for: other).text, otherSummary = summary.resolved(for: other).text
        let otherText = [otherTitle == plain(title) ? "" : otherTitle, otherSummary == summaryText ? "" : otherSummary]
            .joined(separator: " ")
        return SearchDocument(
            type: type, url: url, title: plain(title),
            snippet: summaryText.isEmpty ? SearchText.excerpt(bodyText) : summaryText,
            fields: [.title: plain(title), .kana: kana.map { $0.ja + " " + ($0.en ?? "") } ?? "", .summary: summaryText,
                     .place: place, .organizer: organizer, .body: fullBody, .otherLanguage: otherText],
            activityFields: fields, districts: districts, statuses: statuses)
    }

    private func districtSlugs(_ scope: DistrictScope) -> [String] {
        if case .districts(let slugs) = scope { return slugs }
        return []
    }

    private func districtNames(_ scope: DistrictScope) -> String {
        switch scope {
        case .wardWide: t("district.ward_wide")
        case .districts(let slugs): slugs.map { termName(.districts, $0) }.joined(separator: " ")
        }
    }
}
