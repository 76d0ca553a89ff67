import Deriving
import Model

/// What `item.mustache` receives: one item's title, facts, body and related lists.
public struct ItemPageView: Sendable {
    public let kind: String
    public let title: TextView
    public let summary: TextView?
    public let badge: String?
    public let badgeClass: String?
    public let facts: [FactView]
    /// Activity fields and districts, as links to their pages.
    public let tags: [LinkView]
    public let body: HTMLView?
    /// Extra Markdown blocks with a heading (eligibility, how to apply, notes).
    public let blocks: [BlockView]
    public let rooms: [RoomRowView]
    public let actions: [LinkView]
    public let related: [SectionView]
    public let untranslatedNote: String?
    public let back: LinkView
    public let hasFacts: Bool
    public let hasTags: Bool
    public let hasRooms: Bool
}

public struct BlockView: Sendable {
    public let heading: String
    public let content: HTMLView
}

extension RenderContext {
    func itemPage(_ kind: ItemKind, _ slug: String, title: LocalizedText, summary: LocalizedText?,
                  badge: (String, String)? = nil, facts: [FactView], tags: [LinkView] = [], body: LocalizedMarkdown,
                  blocks: [BlockView] = [], rooms: [RoomRowView] = [], actions: [LinkView] = [],
                  related: [SectionView] = [], jsonLD: String? = nil, ogType: String = "article") -> String {
        let path = routes.item(kind, slug, language)
        let titleView = text(title), bodyView = markdown(body)
        let untranslated = titleView.untranslated || (bodyView?.untranslated ?? false)
        let page = ItemPageView(
            kind: t("kind.\(kind.rawValue)"), title: titleView, summary: summary.map(text),
            badge: badge?.0, badgeClass: badge?.1, facts: facts, tags: tags, body: bodyView, blocks: blocks,
            rooms: rooms, actions: actions, related: related.filter { !$0.isEmpty },
            untranslatedNote: untranslated ? t("language.untranslated") : nil,
            back: LinkView(href: routes.list(kind, language), label: t("\(kind.folder).heading")),
            hasFacts: !facts.isEmpty, hasTags: !tags.isEmpty, hasRooms: !rooms.isEmpty)
        return render("item", layout: layout(title: titleView.text, path: path, description: summary.map(plain),
                                             jsonLD: jsonLD, ogType: ogType), page: page)
    }

    func contactFacts(_ c: Contact?) -> [FactView] {
        guard let c else { return [] }
        var facts: [FactView] = []
        if let tel = c.tel { facts.append(FactView(t("fact.tel"), tel, href: "tel:" + tel)) }
        if let email = c.email { facts.append(FactView(t("fact.email"), email, href: "mailto:" + email)) }
        if let url = c.url { facts.append(FactView(t("fact.website"), url, href: url)) }
        if let form = c.form { facts.append(FactView(t("fact.form"), form, href: form)) }
        if let address = c.address { facts.append(FactView(t("fact.address"), plain(address), lang: text(address).lang)) }
        return facts
    }

    func groupPage(_ g: Group) -> String {
        var facts: [FactView] = []
        if let kind = g.kind { facts.append(FactView(t("fact.group_kind"), t("group.kind.\(kind.rawValue)"))) }
        if let founded = g.founded {
            let value = switch founded {
            case .year(let y): t("date.year", ["year": String(y)])
            case .date(let d): dates.date(d)
            }
            facts.append(FactView(t("fact.founded"), value))
        }
        if let members = g.members { facts.append(FactView(t("fact.members"), t("group.members", ["count": String(members)]))) }
        facts.append(FactView(t("fact.districts"), districtScope(g.districts)))
        facts += contactFacts(g.contact)
        facts += g.sns.map { FactView(t("fact.sns"), $0, href: $0) }
        if let url = g.disclosure.annualReport { facts.append(FactView(t("fact.annual_report"), url, href: url)) }
        if let url = g.disclosure.financials { facts.append(FactView(t("fact.financials"), url, href: url)) }
        if let number = g.disclosure.corporateNumber { facts.append(FactView(t("fact.corporate_number"), number)) }
        facts.append(FactView(t("fact.confirmed"), dates.date(g.disclosure.confirmed)))
        var blocks: [BlockView] = []
        if let r = g.recruiting, r.active {
            let roles = r.roles.map { "<p>\(HTML.escape(plain($0)))</p>" } ?? ""
            let note = r.note.map { inlineMarkdown($0).html } ?? ""
            blocks.append(BlockView(heading: t("group.recruiting"), content: HTMLView(html: roles + note, lang: nil, untranslated: false)))
        }
        let events = index.upcomingEventsByGroup[g.slug] ?? []
        let calls = index.openVolunteeringByGroup[g.slug] ?? []
        return itemPage(.group, g.slug, title: g.name, summary: g.summary,
                        badge: g.recruiting?.active == true ? (t("group.recruiting"), "recruiting") : nil,
                        facts: facts, tags: termLinks(.fields, g.fields) + districtLinks(g.districts), body: g.body,
                        blocks: blocks,
                        actions: events.isEmpty ? [] : [LinkView(href: routes.groupCalendar(g.slug, language), label: t("calendar.subscribe_group"))],
                        related: [section("events", t("events.heading"), events.map(card)),
                                  section("volunteering", t("volunteering.heading"), calls.map(card))],
                        jsonLD: JSONLD.group(g, self))
    }

    func districtScope(_ scope: DistrictScope) -> String {
        switch scope {
        case .wardWide: return t("district.ward_wide")
        case .districts(let ds): return ds.isEmpty ? t("district.ward_wide") : ds.map { termName(.districts, $0) }.joined(separator: t("list.separator"))
        }
    }

    func districtLinks(_ scope: DistrictScope) -> [LinkView] {
        if case .districts(let ds) = scope { return termLinks(.districts, ds) }
        return []
    }

    func eventPage(_ e: Event) -> String {
        var facts = [FactView(t("fact.when"), dates.range(e.start, e.effectiveEnd))]
        if let place = place(e) {
            facts.append(FactView(t("fact.where"), place.text, href: e.venue.map { routes.item(.facility, $0, language) }, lang: place.lang))
        }
        if let address = e.location?.address { facts.append(FactView(t("fact.address"), plain(address), lang: text(address).lang)) }
        if let online = e.online { facts.append(FactView(t("fact.online"), online, href: online)) }
        facts.append(FactView(t("fact.organizers"), e.organizers.map(organizerName).joined(separator: t("list.separator"))))
        if e.withWard == true { facts.append(FactView(t("fact.with_ward"), t("event.with_ward"))) }
        if let fee = e.fee { facts.append(FactView(t("fact.fee"), yen(fee))) }
        if let capacity = e.capacity { facts.append(FactView(t("fact.capacity"), t("event.capacity", ["count": String(capacity)]))) }
        if let audience = e.audience { facts.append(FactView(t("fact.audience"), plain(audience), lang: text(audience).lang)) }
        if let access = e.accessibility { facts.append(FactView(t("fact.accessibility"), plain(access), lang: text(access).lang)) }
        if let r = e.registration {
            if let required = r.required { facts.append(FactView(t("fact.registration"), t(required ? "event.registration_required" : "event.registration_free"))) }
            if let deadline = r.deadline { facts.append(FactView(t("fact.deadline"), dates.moment(deadline))) }
            facts += contactFacts(Contact(email: r.email, tel: r.tel, url: r.url))
        }
        let badge: (String, String)? = e.status == .scheduled ? nil : (t("event.status.\(e.status.rawValue)"), e.status.rawValue)
        return itemPage(.event, e.slug, title: e.title, summary: e.summary, badge: badge, facts: facts,
                        tags: termLinks(.fields, e.fields), body: e.body, actions: calendarActions(e),
                        jsonLD: JSONLD.event(e, self), ogType: "article")
    }

    func organizerName(_ o: Event.Organizer) -> String {
        switch o {
        case .group(let slug): index.groups[slug].map { plain($0.name) } ?? slug
        case .outside(let name): plain(name)
        }
    }

    func subsidyPage(_ s: SubsidyCall) -> String {
        let status = s.status(at: listings.now)
        var facts = [FactView(t("fact.opens"), dates.moment(s.opens)), FactView(t("fact.closes"), dates.moment(s.closes))]
        if let provider = s.provider {
            let kind = provider.kind.map { " (" + t("provider.\($0.rawValue)") + ")" } ?? ""
            facts.append(FactView(t("fact.provider"), plain(provider.name) + kind))
        }
        if let a = s.amount {
            if let max = a.max { facts.append(FactView(t("fact.amount_max"), yen(max))) }
            if let min = a.min { facts.append(FactView(t("fact.amount_min"), yen(min))) }
            if let rate = a.rate { facts.append(FactView(t("fact.rate"), plain(rate), lang: text(rate).lang)) }
        }
        if let ends = s.programEnds { facts.append(FactView(t("fact.program_ends"), dates.date(ends))) }
        facts.append(FactView(t("fact.official_call"), s.url, href: s.url))
        facts += contactFacts(s.contact)
        var blocks: [BlockView] = []
        if let e = s.eligibility { blocks.append(BlockView(heading: t("subsidy.eligibility"), content: inlineMarkdown(e))) }
        if let h = s.howToApply { blocks.append(BlockView(heading: t("subsidy.how_to_apply"), content: inlineMarkdown(h))) }
        return itemPage(.subsidy, s.slug, title: s.title, summary: s.summary,
                        badge: (t("subsidy.status.\(status.rawValue)"), status.rawValue), facts: facts,
                        tags: termLinks(.fields, s.fields), body: s.body, blocks: blocks,
                        actions: [LinkView(href: s.url, label: t("subsidy.open_call"))], jsonLD: JSONLD.subsidy(s, self))
    }

    func facilityPage(_ f: Facility) -> String {
        var facts = [FactView(t("fact.address"), plain(f.address), lang: text(f.address).lang),
                     FactView(t("fact.district"), termName(.districts, f.district), href: routes.term(.districts, f.district, language))]
        if let kind = f.kind { facts.append(FactView(t("fact.facility_kind"), t("facility.kind.\(kind.rawValue)"))) }
        for a in f.access {
            let walk = a.walkMinutes.map { t("facility.walk", ["minutes": String($0)]) } ?? ""
            let line = a.line.map { plain($0) + " " } ?? ""
            // Marked with the station's language: an untranslated station name is Japanese.
            facts.append(FactView(t("fact.access"), line + plain(a.station) + " " + walk, lang: text(a.station).lang))
        }
        for h in f.hours { facts.append(FactView(t("fact.hours"), hoursText(h))) }
        if let closed = f.closed { facts.append(FactView(t("fact.closed"), plain(closed), lang: text(closed).lang)) }
        if !f.barrierFree.isEmpty {
            facts.append(FactView(t("fact.barrier_free"), f.barrierFree.map { t("barrier_free.\($0.rawValue)") }.joined(separator: t("list.separator"))))
        }
        if let parking = f.parking { facts.append(FactView(t("fact.parking"), t(parking ? "answer.yes" : "answer.no"))) }
        if let bikes = f.bicycleParking { facts.append(FactView(t("fact.bicycle_parking"), t(bikes ? "answer.yes" : "answer.no"))) }
        if let b = f.booking {
            if let method = b.method { facts.append(FactView(t("fact.booking"), t("booking.\(method.rawValue)"))) }
            if let opens = b.opens { facts.append(FactView(t("fact.booking_opens"), plain(opens), lang: text(opens).lang)) }
            if let note = b.note { facts.append(FactView(t("fact.booking_note"), plain(note), lang: text(note).lang)) }
            // Labelled apart from the facility's own phone and website below.
            if let tel = b.tel { facts.append(FactView(t("fact.booking_tel"), tel, href: "tel:" + tel)) }
            if let url = b.url { facts.append(FactView(t("fact.booking_url"), url, href: url)) }
        }
        if !f.equipmentLending.isEmpty {
            let untranslated = f.equipmentLending.contains { text($0).untranslated }
            facts.append(FactView(t("fact.equipment_lending"), f.equipmentLending.map(plain).joined(separator: t("list.separator")),
                                  lang: untranslated ? Language.ja.rawValue : nil))
        }
        facts += contactFacts(Contact(tel: f.tel, url: f.url))
        let events = index.upcomingEventsByVenue[f.slug] ?? []
        return itemPage(.facility, f.slug, title: f.name, summary: nil, facts: facts, body: f.body,
                        rooms: f.rooms.map { roomRow($0, in: f) },
                        related: [section("events", t("events.heading"), events.map(card))],
                        jsonLD: JSONLD.facility(f, self), ogType: "place")
    }

    func hoursText(_ h: Facility.Hours) -> String {
        t("facility.hours", ["days": daysText(h.days), "open": h.open.description, "close": h.close.description])
    }

    func daysText(_ d: OpeningDays) -> String {
        if d.weekdays.count == 7, d.holidays { return t("days.daily") }
        var names = [1, 2, 3, 4, 5, 6, 0].filter(d.weekdays.contains).map { t("date.weekdays.\(LocalDate.weekdayKeys[$0])") }
        if d.holidays { names.append(t("days.holiday")) }
        return names.joined(separator: t("list.separator"))
    }

    func volunteeringPage(_ v: VolunteerCall) -> String {
        var facts: [FactView] = []
        if let group = index.groups[v.group] {
            facts.append(FactView(t("fact.group"), plain(group.name), href: routes.item(.group, group.slug, language)))
        }
        facts.append(FactView(t("fact.districts"), districtScope(v.districts)))
        for (key, value) in [("fact.schedule", v.schedule), ("fact.skills", v.skills), ("fact.commitment", v.commitment)] {
            if let value { facts.append(FactView(t(key), plain(value), lang: text(value).lang)) }
        }
        if let until = v.until { facts.append(FactView(t("fact.until"), dates.date(until))) }
        facts += contactFacts(v.apply)
        return itemPage(.volunteering, v.slug, title: v.title, summary: v.summary, facts: facts,
                        tags: termLinks(.fields, v.fields) + districtLinks(v.districts), body: v.body)
    }

    func pageDetail(_ p: Page) -> String {
        itemPage(.page, p.slug, title: p.title, summary: p.summary, facts: [], body: p.body)
    }

    /// An issue's archive page: the editor's note and the assembled contents as cards
    /// (with today's statuses), and a link to the plain-text mail beside the page.
    func newsletterDetail(_ n: NewsletterIssue) -> String {
        let contents = NewsletterContents(issue: n, site: site)
        let facts = [FactView(t("fact.issue"), t("newsletter.issue", ["number": String(n.issue)])),
                     FactView(t("fact.date"), dates.date(n.date)),
                     FactView(t("fact.covers"), dates.date(contents.coversFrom) + t("date.range_separator") + dates.date(contents.coversTo))]
        let headings = Dictionary(uniqueKeysWithValues: newsletterSections(contents).map { ($0.id, $0.heading) })
        let sections = [
            ("featured", contents.featured.map(card)), ("events", contents.events.map(card)),
            ("subsidies", contents.subsidies.map(card)), ("volunteering", contents.volunteering.map(card)),
            ("groups", contents.groups.map(card)),
        ].compactMap { id, cards in headings[id].map { section(id, $0, cards) } }
        let mail = LinkView(href: routes.newsletterMail(n.slug, language),
                            label: t("newsletter.mail_version"))
        return itemPage(.newsletter, n.slug, title: n.title, summary: nil, facts: facts, body: n.body,
                        actions: [mail], related: sections)
    }

    func card(_ entry: NewsletterContents.Entry) -> CardView {
        switch entry {
        case .group(let x): card(x)
        case .event(let x): card(x)
        case .subsidy(let x): card(x)
        case .facility(let x): card(x)
        case .volunteering(let x): card(x)
        case .page(let x): card(x)
        case .newsletter(let x): card(x)
        }
    }
}
