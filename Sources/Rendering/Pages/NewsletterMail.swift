import Deriving
import Model
import Parsing

/// One issue of the email magazine in one language: what `newsletter-mail.mustache`
/// receives, and what the plain-text version is laid out from. Every URL is absolute.
public struct NewsletterMailView: Sendable {
    /// `ja` or `en`, for `<html lang>` (not `lang`, which nested views use for their own language).
    public let language: String
    /// The magazine's name (`newsletter.title` of site.yaml, else the site's title).
    public let magazine: String
    public let title: TextView
    /// `2026年11月27日（金）発行`
    public let published: String
    /// The issue's page on the site.
    public let webURL: String
    /// The editor's note.
    public let note: HTMLView?
    public let sections: [NewsletterSectionView]
    public let hasSections: Bool
    public let emptyText: String
    public let siteTitle: String
    public let siteURL: String
    public let archiveURL: String
    public let about: String
    /// `お問い合わせ：`, before the contact address.
    public let contactLabel: String
    public let contactEmail: String?
    public let contactTel: String?
    /// Shown when the English issue falls back to Japanese somewhere.
    public let untranslatedNote: String?
}

/// A headed list of items in the mail.
public struct NewsletterSectionView: Sendable {
    public let id: String
    public let heading: String
    public let items: [NewsletterEntryView]
}

/// One item in the mail: its title, a short summary, the few facts that matter in a
/// mail (date, place, deadline) and its URL.
public struct NewsletterEntryView: Sendable {
    /// The type of item, shown in the mixed "featured" section only.
    public let kind: String?
    public let title: TextView
    public let badge: String?
    public let summary: TextView?
    public let facts: [FactView]
    public let url: String
}

extension RenderContext {
    /// The mail's contents in this context's language.
    func newsletterMailView(_ contents: NewsletterContents) -> NewsletterMailView {
        let issue = contents.issue
        let sections = newsletterSections(contents)
        let note = mailMarkdown(issue.body)
        let entries = sections.flatMap(\.items)
        let untranslated = text(issue.title).untranslated || (note?.untranslated ?? false)
            || entries.contains { $0.title.untranslated || ($0.summary?.untranslated ?? false) }
        let siteTitle = plain(site.settings.title)
        return NewsletterMailView(
            language: language.rawValue, magazine: magazineTitle, title: text(issue.title),
            published: t("newsletter.mail.published", ["date": dates.date(issue.date)]),
            webURL: absolute(.newsletter, issue.slug), note: note, sections: sections, hasSections: !sections.isEmpty,
            emptyText: t("newsletter.empty"), siteTitle: siteTitle, siteURL: routes.absolute(routes.home(language)),
            archiveURL: routes.absolute(routes.list(.newsletter, language)),
            about: t("newsletter.mail.about", ["site": siteTitle]),
            contactLabel: t("newsletter.mail.fact", ["label": t("newsletter.mail.contact"), "value": ""]),
            contactEmail: site.settings.contact?.email, contactTel: site.settings.contact?.tel,
            untranslatedNote: untranslated ? t("newsletter.mail.untranslated") : nil)
    }

    var magazineTitle: String { plain(site.settings.newsletter.title ?? site.settings.title) }

    /// The sections in mail order, empty ones left out: featured, then what is dated
    /// (events, grant calls), then what is new (volunteer calls, groups).
    func newsletterSections(_ c: NewsletterContents) -> [NewsletterSectionView] {
        let sections = [
            NewsletterSectionView(id: "featured", heading: t("newsletter.featured"),
                                  items: c.featured.map { mailEntry($0, contents: c, showKind: true) }),
            NewsletterSectionView(id: "events", heading: t("newsletter.section.events", ["until": shortDate(c.eventsUntil)]),
                                  items: c.events.map { mailEntry(.event($0), contents: c) }),
            NewsletterSectionView(id: "subsidies", heading: t("newsletter.section.subsidies"),
                                  items: c.subsidies.map { mailEntry(.subsidy($0), contents: c) }),
            NewsletterSectionView(id: "volunteering", heading: t("newsletter.section.volunteering"),
                                  items: c.volunteering.map { mailEntry(.volunteering($0), contents: c) }),
            NewsletterSectionView(id: "groups", heading: t("newsletter.section.groups", [
                "from": shortDate(c.coversFrom), "to": shortDate(c.coversTo)]),
                                  items: c.groups.map { mailEntry(.group($0), contents: c) }),
        ]
        return sections.filter { !$0.items.isEmpty }
    }

    /// `11月27日` / `27 November`: the issue's date gives the year.
    func shortDate(_ d: LocalDate) -> String {
        t("newsletter.mail.date", dates.fields(d).merging(["month_long": t("date.months_long.m\(d.month)")]) { $1 })
    }

    func absolute(_ kind: ItemKind, _ slug: String) -> String { routes.absolute(routes.item(kind, slug, language)) }

    func mailEntry(_ entry: NewsletterContents.Entry, contents c: NewsletterContents, showKind: Bool = false) -> NewsletterEntryView {
        var title: LocalizedText, summary: LocalizedText?, badge: String?, facts: [FactView] = []
        switch entry {
        case .group(let g):
            (title, summary) = (g.name, g.summary)
            if !g.fields.isEmpty {
                facts.append(FactView(t("nav.fields"), g.fields.map { termName(.fields, $0) }.joined(separator: t("list.separator"))))
            }
            facts.append(FactView(t("fact.districts"), districtScope(g.districts)))
        case .event(let e):
            (title, summary) = (e.title, e.summary)
            badge = e.status == .scheduled ? nil : t("event.status.\(e.status.rawValue)")
            facts.append(FactView(t("fact.when"), dates.range(e.start, e.effectiveEnd)))
            if let place = place(e) { facts.append(FactView(t("fact.where"), place.text, lang: place.lang)) }
            if let fee = e.fee { facts.append(FactView(t("fact.fee"), yen(fee))) }
        case .subsidy(let s):
            (title, summary) = (s.title, s.summary)
            let status = s.status(at: c.moment)
            badge = t("subsidy.status.\(status.rawValue)")
            if status == .upcoming { facts.append(FactView(t("fact.opens"), dates.moment(s.opens))) }
            facts.append(FactView(t("fact.closes"), dates.moment(s.closes)))
            if let max = s.amount?.max { facts.append(FactView(t("fact.amount_max"), yen(max))) }
            if let provider = s.provider { facts.append(FactView(t("fact.provider"), plain(provider.name), lang: text(provider.name).lang)) }
        case .facility(let f):
            title = f.name
            facts.append(FactView(t("fact.address"), plain(f.address), lang: text(f.address).lang))
        case .volunteering(let v):
            (title, summary) = (v.title, v.summary)
            if let group = index.groups[v.group] { facts.append(FactView(t("fact.group"), plain(group.name), lang: text(group.name).lang)) }
            if let schedule = v.schedule { facts.append(FactView(t("fact.schedule"), plain(schedule), lang: text(schedule).lang)) }
            if let until = v.until { facts.append(FactView(t("fact.until"), dates.date(until))) }
        case .page(let p):
            (title, summary) = (p.title, p.summary)
        case .newsletter(let n):
            title = n.title
            facts.append(FactView(t("fact.date"), dates.date(n.date)))
        }
        return NewsletterEntryView(
            kind: showKind ? t("kind.\(entry.kind.rawValue)") : nil, title: text(title), badge: badge,
            summary: summary.map(text), facts: facts, url: absolute(entry.kind, entry.slug))
    }

    /// A link in a mail leads to the site's absolute URL.
    func mailLink(_ destination: String) -> String? {
        routes.itemLink(destination, language).map(routes.absolute)
    }

    /// The editor's note as HTML for the mail, with absolute links; nil when empty.
    func mailMarkdown(_ body: LocalizedMarkdown) -> HTMLView? {
        guard let (source, actual) = noteSource(body) else { return nil }
        let html = Markdown.renderHTML(markdown: source) { mailLink($0) }
        return HTMLView(html: html, lang: actual == language ? nil : actual.rawValue, untranslated: actual != language)
    }

    /// The note's Markdown in this language (falling back to Japanese), nil when blank.
    func noteSource(_ body: LocalizedMarkdown) -> (String, Language)? {
        let english = body.en.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        let (source, actual): (String, Language) = language == .en && english != nil ? (english!, .en) : (body.ja, .ja)
        return source.allSatisfy(\.isWhitespace) ? nil : (source, actual)
    }
}
