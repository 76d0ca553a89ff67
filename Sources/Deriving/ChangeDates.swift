import Model

/// When an item last changed in substance: what feeds call `updated` and what the email
/// magazine means by "new and updated". An explicit `updated` wins; otherwise the item's
/// own dates stand in (docs/content-decisions.md), so every dated entry is stable from
/// build to build and never depends on the build's date.
public struct ChangeDates: Sendable {
    private let groupDates: [String: LocalDate]

    public init(site: Site) {
        groupDates = Dictionary(site.groups.map { ($0.slug, Self.of($0)) }, uniquingKeysWith: max)
    }

    /// `updated`, else the date the group last confirmed its disclosure.
    public static func of(_ group: Group) -> LocalDate { group.updated ?? group.disclosure.confirmed }
    /// `updated`, else the day it starts.
    public static func of(_ event: Event) -> LocalDate { event.updated ?? event.start.date }
    /// `updated`, else the day the call opens.
    public static func of(_ call: SubsidyCall) -> LocalDate { call.updated ?? call.opens.date }
    public static func of(_ issue: NewsletterIssue) -> LocalDate { issue.date }
    /// Facilities and pages have no date of their own.
    public static func of(_ facility: Facility) -> LocalDate? { facility.updated }
    public static func of(_ page: Page) -> LocalDate? { page.updated }

    /// `updated`, else its group's change date (a call is news when its group is).
    public func of(_ call: VolunteerCall) -> LocalDate {
        call.updated ?? groupDates[call.group] ?? .distantPast
    }
}
