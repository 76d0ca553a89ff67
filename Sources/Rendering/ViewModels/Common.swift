import Model

/// Text for a template, with the language it is really in when that differs from the
/// page's (English falling back to Japanese): `<p{{#lang}} lang="{{lang}}"{{/lang}}>`.
public struct TextView: Sendable {
    public let text: String
    public let lang: String?
    /// True when this is the Japanese text shown on an English page.
    public let untranslated: Bool

    init(_ localized: LocalizedText, _ page: Language) {
        let (text, actual) = localized.resolved(for: page)
        self.text = text
        self.lang = actual == page ? nil : actual.rawValue
        self.untranslated = actual != page
    }

    init(plain: String) {
        text = plain
        lang = nil
        untranslated = false
    }
}

/// A link with its label.
public struct LinkView: Sendable {
    public let href: String
    public let label: String
    public let lang: String?
    public let current: Bool

    init(href: String, label: String, lang: String? = nil, current: Bool = false) {
        self.href = href
        self.label = label
        self.lang = lang
        self.current = current
    }
}

/// An item in a list: title, summary, and a few facts (date, place, status).
public struct CardView: Sendable {
    public let href: String
    public let kind: String
    public let title: TextView
    public let summary: TextView?
    public let meta: [String]
    public let hasMeta: Bool
    /// A short status word (open, closing soon, cancelled), with a CSS modifier.
    public let badge: String?
    public let badgeClass: String?
    /// `card.mustache` rendered with this card: made once per item and language, however
    /// many lists show the item (see `RenderContext.card`).
    public let html: String

    init(href: String, kind: String, title: TextView, summary: TextView?, meta: [String], badge: String?, badgeClass: String?,
         html: String = "") {
        self.href = href
        self.kind = kind
        self.title = title
        self.summary = summary
        self.meta = meta
        self.hasMeta = !meta.isEmpty
        self.badge = badge
        self.badgeClass = badgeClass
        self.html = html
    }

    func with(html: String) -> CardView {
        CardView(href: href, kind: kind, title: title, summary: summary, meta: meta, badge: badge, badgeClass: badgeClass, html: html)
    }
}

/// A headed group of cards (events of one month, calls of one status …).
public struct SectionView: Sendable {
    public let id: String
    public let heading: String
    public let cards: [CardView]
    public let more: LinkView?
    public var isEmpty: Bool { cards.isEmpty }
}

/// One row of an item's facts: `<dt>label</dt><dd>value</dd>`.
public struct FactView: Sendable {
    public let label: String
    public let value: String
    public let href: String?
    public let lang: String?

    init(_ label: String, _ value: String, href: String? = nil, lang: String? = nil) {
        self.label = label
        self.value = value
        self.href = href
        self.lang = lang
    }
}

/// Rendered Markdown: safe HTML from cmark-gfm with item links resolved.
public struct HTMLView: Sendable {
    public let html: String
    public let lang: String?
    public let untranslated: Bool
}
