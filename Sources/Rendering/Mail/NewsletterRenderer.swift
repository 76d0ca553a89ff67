import Deriving
import Model
import Parsing

/// The email magazine's three forms: plain text, HTML mail and a `.eml` message holding
/// both. Output depends only on the content and the issue, never on the build's date.
public struct NewsletterRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, html, eml
    }

    let site: Site
    let theme: Theme
    let routes: Routes
    let listings: Listings
    let taxonomy: TaxonomyIndex
    let index: SiteIndex

    /// `baseURL` overrides `base_url` of site.yaml, as in `hiroba build --base-url`.
    public init(site: Site, theme: Theme, baseURL: String? = nil) {
        self.site = site
        self.theme = theme
        routes = Routes(baseURL: baseURL ?? site.settings.baseURL)
        // Mail text never reads the build's date; the listings are only needed to make a context.
        listings = Listings(site: site, now: Instant(secondsSinceEpoch: 0))
        taxonomy = TaxonomyIndex(site: site, listings: listings)
        index = SiteIndex(site: site, listings: listings)
    }

    func context(_ language: Language) -> RenderContext {
        RenderContext(site: site, listings: listings, taxonomy: taxonomy, index: index, theme: theme, routes: routes, language: language)
    }

    /// `issue` in `format` and `language`; with `iso2022JPSafe` every character
    /// ISO-2022-JP lacks is replaced (see `ISO2022JPSafe`).
    public func render(_ issue: NewsletterIssue, _ format: Format, language: Language, iso2022JPSafe: Bool = false) -> String {
        let c = context(language)
        let contents = NewsletterContents(issue: issue, site: site)
        switch format {
        case .text: return c.newsletterText(contents, iso2022JPSafe: iso2022JPSafe)
        case .html: return c.newsletterHTML(contents, iso2022JPSafe: iso2022JPSafe)
        case .eml: return c.newsletterMessage(contents, iso2022JPSafe: iso2022JPSafe)
        }
    }
}

extension RenderContext {
    func mailPrepare(_ safe: Bool) -> (String) -> String {
        if safe { return { ISO2022JPSafe.convert($0) } }
        return { $0 }
    }

    func newsletterText(_ contents: NewsletterContents, iso2022JPSafe: Bool = false) -> String {
        let view = newsletterMailView(contents)
        let note = noteSource(contents.issue.body).map { MarkdownText.parse($0.0) { mailLink($0) } }
        return NewsletterText.render(view, note: note, context: self, lineWidth: max(site.settings.newsletter.lineWidth, 10),
                                     prepare: mailPrepare(iso2022JPSafe))
    }

    func newsletterHTML(_ contents: NewsletterContents, iso2022JPSafe: Bool = false) -> String {
        let view = newsletterMailView(contents)
        let path = routes.item(.newsletter, contents.issue.slug, language)
        let html = render("newsletter-mail", layout: layout(title: view.title.text, path: path), page: view)
        return mailPrepare(iso2022JPSafe)(html)
    }

    func newsletterMessage(_ contents: NewsletterContents, iso2022JPSafe: Bool = false) -> String {
        let prepare = mailPrepare(iso2022JPSafe)
        let issue = contents.issue
        let settings = site.settings
        let from = settings.newsletter.from ?? settings.contact?.email ?? "newsletter@\(routes.host)"
        return MIMEMessage(
            fromName: prepare(magazineTitle), fromAddress: from, subject: prepare(plain(issue.title)),
            date: LocalDateTime(date: issue.date, time: NewsletterContents.sendTime),
            messageID: "\(issue.slug).\(language.rawValue).newsletter\(routes.pathLabels)@\(routes.host)",
            language: language.rawValue, boundary: "=_hiroba-\(issue.slug)-\(language.rawValue)",
            text: newsletterText(contents, iso2022JPSafe: iso2022JPSafe),
            html: newsletterHTML(contents, iso2022JPSafe: iso2022JPSafe)
        ).render()
    }
}

extension Routes {
    /// The plain-text mail of an issue, beside its page: `newsletter/2026-11/mail.txt`.
    public func newsletterMail(_ slug: String, _ l: Language) -> String { item(.newsletter, slug, l) + "mail.txt" }

    /// The host of `baseURL`, without a port: `hiroba.example.jp`.
    var host: String {
        let afterScheme = baseURL.range(of: "://").map { baseURL[$0.upperBound...] } ?? Substring(baseURL)
        let authority = afterScheme.prefix { $0 != "/" }
        let hostPort = authority.split(separator: "@").last ?? authority
        let host = hostPort.hasPrefix("[") ? hostPort.prefix { $0 != "]" } + "]" : hostPort.prefix { $0 != ":" }
        return host.isEmpty ? "localhost" : String(host).lowercased()
    }

    /// `.hiroba` for a site below `/hiroba/`, so two sites on one host get different
    /// Message-IDs; letters, digits and hyphens only.
    var pathLabels: String {
        basePath.split(separator: "/").map { "." + $0.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }
            .filter { $0 != "." }.joined()
    }
}
