import Decoding
import Diagnostics
import Model

/// The resolving stage: checks what files say about each other and assembles one `Site`.
public enum Resolver {
    public static func resolve(_ input: ResolverInput) -> (site: Site?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let index = SlugIndex(items: input.items, diagnostics: &diagnostics)
        let terms = input.taxonomies.mapValues { Set($0.terms.map(\.slug)) }
        for reference in input.references {
            if let problem = check(reference, index: index, terms: terms, input: input) { diagnostics.append(problem) }
        }
        diagnostics += NewsletterOrder.check(input.items)
        guard let settings = input.settings else { return (nil, diagnostics) }
        let site = assemble(settings: settings, input: input, index: index)
        return (site, diagnostics)
    }

    static func assemble(settings: SiteSettings, input: ResolverInput, index: SlugIndex) -> Site {
        var groups: [Group] = [], events: [Event] = [], subsidies: [SubsidyCall] = [], facilities: [Facility] = []
        var volunteering: [VolunteerCall] = [], pages: [Page] = [], newsletter: [NewsletterIssue] = []
        for loaded in index.unique {
            switch loaded.item {
            case .group(let g): groups.append(g)
            case .event(let e): events.append(e)
            case .subsidy(let s): subsidies.append(s)
            case .facility(let f): facilities.append(f)
            case .volunteering(let v): volunteering.append(v)
            case .page(let p): pages.append(p)
            case .newsletter(var n):
                n.featured = n.featured.map { ref in
                    NewsletterIssue.ItemReference(kind: ref.kind ?? index.kinds(of: ref.slug).first, slug: ref.slug)
                }
                newsletter.append(n)
            }
        }
        let empty: (TaxonomyKind) -> Taxonomy = { Taxonomy(kind: $0, terms: []) }
        return Site(
            settings: settings, fields: input.taxonomies[.fields] ?? empty(.fields),
            districts: input.taxonomies[.districts] ?? empty(.districts),
            equipment: input.taxonomies[.equipment] ?? empty(.equipment),
            groups: groups, events: events, subsidies: subsidies, facilities: facilities,
            volunteering: volunteering, pages: pages, newsletter: newsletter)
    }
}
