import Mustache

/// Templates look values up by name. swift-mustache would use `Mirror` for that, which
/// costs more than everything else in a build (it demangles field types on every lookup),
/// so each view model lists its fields here. A test checks these tables against `Mirror`,
/// so a field added to a view model cannot be forgotten here.
protocol TemplateFields: MustacheParent {
    static var templateFields: [String: @Sendable (Self) -> Any?] { get }
}

extension TemplateFields {
    public func child(named name: String) -> Any? {
        Self.templateFields[name]?(self)
    }
}

extension PageView: TemplateFields {
    /// A generic type cannot keep a static table, so this one is built when asked for
    /// (by the test); templates go through the `switch` below, which every page hits first.
    static var templateFields: [String: @Sendable (Self) -> Any?] {
        ["layout": { $0.layout }, "t": { $0.t }, "page": { $0.page }]
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "layout": layout
        case "t": t
        case "page": page
        default: nil
        }
    }
}

extension BlockView: TemplateFields {
    static let templateFields: [String: @Sendable (BlockView) -> Any?] = [
        "heading": { $0.heading },
        "content": { $0.content },
    ]
}

extension CardView: TemplateFields {
    static let templateFields: [String: @Sendable (CardView) -> Any?] = [
        "href": { $0.href },
        "kind": { $0.kind },
        "title": { $0.title },
        "summary": { $0.summary },
        "meta": { $0.meta },
        "hasMeta": { $0.hasMeta },
        "badge": { $0.badge },
        "badgeClass": { $0.badgeClass },
        "html": { $0.html },
    ]
}

extension FactView: TemplateFields {
    static let templateFields: [String: @Sendable (FactView) -> Any?] = [
        "label": { $0.label },
        "value": { $0.value },
        "href": { $0.href },
        "lang": { $0.lang },
    ]
}

extension HTMLView: TemplateFields {
    static let templateFields: [String: @Sendable (HTMLView) -> Any?] = [
        "html": { $0.html },
        "lang": { $0.lang },
        "untranslated": { $0.untranslated },
    ]
}

extension HomePageView: TemplateFields {
    static let templateFields: [String: @Sendable (HomePageView) -> Any?] = [
        "heading": { $0.heading },
        "intro": { $0.intro },
        "sections": { $0.sections },
        "newsletter": { $0.newsletter },
    ]
}

extension ItemPageView: TemplateFields {
    static let templateFields: [String: @Sendable (ItemPageView) -> Any?] = [
        "kind": { $0.kind },
        "title": { $0.title },
        "summary": { $0.summary },
        "badge": { $0.badge },
        "badgeClass": { $0.badgeClass },
        "facts": { $0.facts },
        "tags": { $0.tags },
        "body": { $0.body },
        "blocks": { $0.blocks },
        "rooms": { $0.rooms },
        "actions": { $0.actions },
        "related": { $0.related },
        "untranslatedNote": { $0.untranslatedNote },
        "back": { $0.back },
        "hasFacts": { $0.hasFacts },
        "hasTags": { $0.hasTags },
        "hasRooms": { $0.hasRooms },
    ]
}

extension LayoutView: TemplateFields {
    static let templateFields: [String: @Sendable (LayoutView) -> Any?] = [
        "lang": { $0.lang },
        "title": { $0.title },
        "siteTitle": { $0.siteTitle },
        "description": { $0.description },
        "canonical": { $0.canonical },
        "alternates": { $0.alternates },
        "otherLanguage": { $0.otherLanguage },
        "feeds": { $0.feeds },
        "siteNav": { $0.siteNav },
        "home": { $0.home },
        "search": { $0.search },
        "stylesheet": { $0.stylesheet },
        "scripts": { $0.scripts },
        "jsonLD": { $0.jsonLD },
        "ogType": { $0.ogType },
        "ogImage": { $0.ogImage },
        "footer": { $0.footer },
    ]
}

extension SiteNavView: TemplateFields {
    static let templateFields: [String: @Sendable (SiteNavView) -> Any?] = ["nav": { $0.nav }]
}

extension SiteFooterView: TemplateFields {
    static let templateFields: [String: @Sendable (SiteFooterView) -> Any?] = [
        "siteTitle": { $0.siteTitle },
        "contactEmail": { $0.contactEmail },
        "contactTel": { $0.contactTel },
        "contactAddress": { $0.contactAddress },
        "dataLinks": { $0.dataLinks },
        "year": { $0.year },
    ]
}

extension FeedLinkView: TemplateFields {
    static let templateFields: [String: @Sendable (FeedLinkView) -> Any?] = [
        "href": { $0.href },
        "type": { $0.type },
        "title": { $0.title },
    ]
}

extension LinkView: TemplateFields {
    static let templateFields: [String: @Sendable (LinkView) -> Any?] = [
        "href": { $0.href },
        "label": { $0.label },
        "lang": { $0.lang },
        "current": { $0.current },
    ]
}

extension ListPageView: TemplateFields {
    static let templateFields: [String: @Sendable (ListPageView) -> Any?] = [
        "heading": { $0.heading },
        "intro": { $0.intro },
        "sections": { $0.sections },
        "links": { $0.links },
        "hasLinks": { $0.hasLinks },
        "emptyText": { $0.emptyText },
        "showEmpty": { $0.showEmpty },
    ]
}

extension RoomFinderView: TemplateFields {
    static let templateFields: [String: @Sendable (RoomFinderView) -> Any?] = [
        "heading": { $0.heading },
        "intro": { $0.intro },
        "rows": { $0.rows },
        "districts": { $0.districts },
        "equipment": { $0.equipment },
        "count": { $0.count },
        "sorts": { $0.sorts },
    ]
}

extension RoomRowView: TemplateFields {
    static let templateFields: [String: @Sendable (RoomRowView) -> Any?] = [
        "facility": { $0.facility },
        "facilityHref": { $0.facilityHref },
        "room": { $0.room },
        "district": { $0.district },
        "districtSlug": { $0.districtSlug },
        "capacity": { $0.capacity },
        "capacityValue": { $0.capacityValue },
        "area": { $0.area },
        "fees": { $0.fees },
        "feeMin": { $0.feeMin },
        "equipment": { $0.equipment },
        "equipmentSlugs": { $0.equipmentSlugs },
        "evening": { $0.evening },
        "weekend": { $0.weekend },
        "wheelchair": { $0.wheelchair },
        "booking": { $0.booking },
    ]
}

extension SectionView: TemplateFields {
    static let templateFields: [String: @Sendable (SectionView) -> Any?] = [
        "id": { $0.id },
        "heading": { $0.heading },
        "cards": { $0.cards },
        "more": { $0.more },
    ]
}

extension TextView: TemplateFields {
    static let templateFields: [String: @Sendable (TextView) -> Any?] = [
        "text": { $0.text },
        "lang": { $0.lang },
        "untranslated": { $0.untranslated },
    ]
}

extension NewsletterMailView: TemplateFields {
    static let templateFields: [String: @Sendable (NewsletterMailView) -> Any?] = [
        "language": { $0.language },
        "magazine": { $0.magazine },
        "title": { $0.title },
        "published": { $0.published },
        "webURL": { $0.webURL },
        "note": { $0.note },
        "sections": { $0.sections },
        "hasSections": { $0.hasSections },
        "emptyText": { $0.emptyText },
        "siteTitle": { $0.siteTitle },
        "siteURL": { $0.siteURL },
        "archiveURL": { $0.archiveURL },
        "about": { $0.about },
        "contactLabel": { $0.contactLabel },
        "contactEmail": { $0.contactEmail },
        "contactTel": { $0.contactTel },
        "untranslatedNote": { $0.untranslatedNote },
    ]
}

extension NewsletterSectionView: TemplateFields {
    static let templateFields: [String: @Sendable (NewsletterSectionView) -> Any?] = [
        "id": { $0.id },
        "heading": { $0.heading },
        "items": { $0.items },
    ]
}

extension NewsletterEntryView: TemplateFields {
    static let templateFields: [String: @Sendable (NewsletterEntryView) -> Any?] = [
        "kind": { $0.kind },
        "title": { $0.title },
        "badge": { $0.badge },
        "summary": { $0.summary },
        "facts": { $0.facts },
        "url": { $0.url },
    ]
}

extension SearchPageView: TemplateFields {
    static let templateFields: [String: @Sendable (SearchPageView) -> Any?] = [
        "heading": { $0.heading },
        "intro": { $0.intro },
        "manifest": { $0.manifest },
        "action": { $0.action },
        "filters": { $0.filters },
        "fieldLinks": { $0.fieldLinks },
        "districtLinks": { $0.districtLinks },
    ]
}

extension SearchFilterView: TemplateFields {
    static let templateFields: [String: @Sendable (SearchFilterView) -> Any?] = [
        "name": { $0.name },
        "label": { $0.label },
        "options": { $0.options },
    ]
}
