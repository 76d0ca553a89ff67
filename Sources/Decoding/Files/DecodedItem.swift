import Diagnostics
import Model

/// One decoded content item, whatever its type.
public enum DecodedItem: Sendable {
    case group(Group)
    case event(Event)
    case subsidy(SubsidyCall)
    case facility(Facility)
    case volunteering(VolunteerCall)
    case page(Page)
    case newsletter(NewsletterIssue)
}

/// What decoding one file produced: the item (nil when it has errors that leave it
/// unusable), its diagnostics, and the references the resolving stage must check.
public struct DecodedFile<Item: Sendable>: Sendable {
    public var item: Item?
    public var diagnostics: [Diagnostic]
    public var references: [Reference]

    public init(item: Item?, diagnostics: [Diagnostic], references: [Reference]) {
        self.item = item
        self.diagnostics = diagnostics
        self.references = references
    }
}
