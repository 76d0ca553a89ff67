import Model

/// `api/v1/<type>.json`: every item of a type, both languages in one file, for other
/// services to reuse. The shape is documented in docs/open-data.md and checked against
/// docs/api/v1.schema.json by the site tests; `"version": 1` changes only with a breaking change.
struct APIExport: Sendable {
    static let version = 1

    let site: Site
    let routes: Routes
    let now: Instant

    /// One file: `{"version": 1, "type": "events", "items": [...]}`.
    func file(_ kind: ItemKind) -> String {
        let items: [[String: Any]] = switch kind {
        case .group: site.groups.map(group)
        case .event: site.events.map(event)
        case .subsidy: site.subsidies.map(subsidy)
        case .facility: site.facilities.map(facility)
        case .volunteering: site.volunteering.map(volunteering)
        case .page: site.pages.map(page)
        case .newsletter: site.newsletter.map(newsletter)
        }
        return JSONWriter.serialize(["version": Self.version, "type": kind.folder, "items": items] as [String: Any]) + "\n"
    }

    // MARK: Items

    private func common(_ kind: ItemKind, _ slug: String, _ updated: LocalDate?, _ body: LocalizedMarkdown) -> [String: Any] {
        var o: [String: Any] = [
            "slug": slug,
            "url": ["ja": routes.absolute(routes.item(kind, slug, .ja)), "en": routes.absolute(routes.item(kind, slug, .en))],
        ]
        o["updated"] = updated?.description
        if !body.isEmpty { o["description"] = markdown(body) }
        return o
    }

    private func group(_ g: Group) -> [String: Any] {
        var o = common(.group, g.slug, g.updated, g.body)
        o["name"] = text(g.name)
        o["kana"] = g.kana.map(text)
        o["kind"] = g.kind?.rawValue
        o["fields"] = g.fields
        o["districts"] = districts(g.districts)
        o["summary"] = text(g.summary)
        switch g.founded {
        case .year(let y)?: o["founded"] = String(y)
        case .date(let d)?: o["founded"] = d.description
        case nil: break
        }
        o["members"] = g.members
        o["contact"] = g.contact.map(contact)
        o["sns"] = g.sns
        o["recruiting"] = g.recruiting.map { r in
            compact(["active": r.active, "roles": r.roles.map(text), "note": r.note.map(text)])
        }
        o["disclosure"] = compact([
            "confirmed": g.disclosure.confirmed.description, "annual_report": g.disclosure.annualReport,
            "financials": g.disclosure.financials, "corporate_number": g.disclosure.corporateNumber,
        ])
        return o
    }

    private func event(_ e: Event) -> [String: Any] {
        var o = common(.event, e.slug, e.updated, e.body)
        o["title"] = text(e.title)
        o["summary"] = text(e.summary)
        o["category"] = e.category?.rawValue
        o["start"] = JSONLD.iso(e.start)
        o["end"] = JSONLD.iso(e.effectiveEnd)
        o["all_day"] = e.start.isAllDay
        o["status"] = e.status.rawValue
        o["venue"] = e.venue
        o["room"] = e.room
        o["location"] = e.location.map { compact(["name": text($0.name), "address": $0.address.map(text)]) }
        o["online"] = e.online
        o["organizers"] = e.organizers.map { organizer -> [String: Any] in
            switch organizer {
            case .group(let slug): ["group": slug]
            case .outside(let name): ["name": text(name)]
            }
        }
        o["with_ward"] = e.withWard
        o["fee"] = e.fee
        o["capacity"] = e.capacity
        o["registration"] = e.registration.map { r in
            compact(["required": r.required, "url": r.url, "tel": r.tel, "email": r.email, "deadline": r.deadline.map(JSONLD.iso)])
        }
        o["audience"] = e.audience.map(text)
        o["accessibility"] = e.accessibility.map(text)
        o["fields"] = e.fields
        return o
    }

    private func subsidy(_ s: SubsidyCall) -> [String: Any] {
        var o = common(.subsidy, s.slug, s.updated, s.body)
        o["title"] = text(s.title)
        o["summary"] = text(s.summary)
        o["provider"] = s.provider.map { compact(["name": text($0.name), "kind": $0.kind?.rawValue]) }
        o["amount"] = s.amount.map { compact(["max": $0.max, "min": $0.min, "rate": $0.rate.map(text)]) }
        o["opens"] = JSONLD.iso(s.opens)
        o["closes"] = JSONLD.iso(s.closes)
        o["status"] = s.status(at: now).rawValue
        o["program_ends"] = s.programEnds?.description
        o["eligibility"] = s.eligibility.map(text)
        o["fields"] = s.fields
        o["how_to_apply"] = s.howToApply.map(text)
        o["official_url"] = s.url
        o["contact"] = s.contact.map(contact)
        return o
    }

    private func facility(_ f: Facility) -> [String: Any] {
        var o = common(.facility, f.slug, f.updated, f.body)
        o["name"] = text(f.name)
        o["kana"] = f.kana.map(text)
        o["kind"] = f.kind?.rawValue
        o["district"] = f.district
        o["address"] = text(f.address)
        o["geo"] = f.geo.map { ["lat": $0.lat, "lon": $0.lon] }
        o["access"] = f.access.map { compact(["station": text($0.station), "line": $0.line.map(text), "walk_minutes": $0.walkMinutes]) }
        o["parking"] = f.parking
        o["bicycle_parking"] = f.bicycleParking
        o["barrier_free"] = f.barrierFree.map(\.rawValue)
        o["hours"] = f.hours.map { ["days": $0.days.description, "open": $0.open.description, "close": $0.close.description] }
        o["closed"] = f.closed.map(text)
        o["booking"] = f.booking.map { b in
            compact(["method": b.method?.rawValue, "url": b.url, "tel": b.tel, "opens": b.opens.map(text), "note": b.note.map(text)])
        }
        o["rooms"] = f.rooms.map { r in
            compact(["id": r.id, "name": text(r.name), "capacity": r.capacity, "area_m2": r.areaM2,
                     "fees": r.fees.map { ["slot": text($0.slot), "yen": $0.yen] }, "equipment": r.equipment])
        }
        o["equipment_lending"] = f.equipmentLending.map(text)
        o["tel"] = f.tel
        o["website"] = f.url
        return o
    }

    private func volunteering(_ v: VolunteerCall) -> [String: Any] {
        var o = common(.volunteering, v.slug, v.updated, v.body)
        o["title"] = text(v.title)
        o["summary"] = text(v.summary)
        o["group"] = v.group
        o["fields"] = v.fields
        o["districts"] = districts(v.districts)
        o["schedule"] = v.schedule.map(text)
        o["skills"] = v.skills.map(text)
        o["commitment"] = v.commitment.map(text)
        o["apply"] = v.apply.map(contact)
        o["until"] = v.until?.description
        return o
    }

    private func page(_ p: Page) -> [String: Any] {
        var o = common(.page, p.slug, p.updated, p.body)
        o["title"] = text(p.title)
        o["summary"] = p.summary.map(text)
        o["order"] = p.order
        return o
    }

    private func newsletter(_ n: NewsletterIssue) -> [String: Any] {
        var o = common(.newsletter, n.slug, nil, n.body)
        o["title"] = text(n.title)
        o["issue"] = n.issue
        o["date"] = n.date.description
        o["covers"] = compact(["from": n.coversFrom?.description, "to": n.coversTo?.description])
        o["featured"] = n.featured.map { "\($0.kind?.rawValue ?? ""):\($0.slug)" }
        return o
    }

    // MARK: Values

    private func text(_ t: LocalizedText) -> [String: Any] { compact(["ja": t.ja, "en": t.en]) }

    private func markdown(_ m: LocalizedMarkdown) -> [String: Any] {
        compact(["ja": m.ja, "en": m.en.flatMap { $0.isEmpty ? nil : $0 }])
    }

    private func contact(_ c: Contact) -> [String: Any] {
        compact(["email": c.email, "tel": c.tel, "url": c.url, "address": c.address.map(text), "form": c.form])
    }

    /// `"ward-wide"` or a list of district slugs.
    private func districts(_ scope: DistrictScope) -> Any {
        switch scope {
        case .wardWide: "ward-wide"
        case .districts(let list): list
        }
    }

    /// Drops the keys whose value is nil.
    private func compact(_ values: [String: Any?]) -> [String: Any] { values.compactMapValues { $0 } }
}
