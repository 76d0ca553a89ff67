import Model

/// The declared type of a field. The schema, not YAML, decides what a scalar means:
/// every scalar is read as the text the author wrote and converted by this type.
public indirect enum FieldType: Sendable {
    /// Localized short text: a bare string (Japanese) or `{ja, en}`.
    case text(maxLength: Int? = nil)
    /// Localized inline Markdown; may contain item links (`[x](event:slug)`).
    case markdown
    /// Text that is not translated (a path, a time zone name).
    case plain
    /// The slug of another item.
    case reference(ItemKind)
    /// A slug of `taxonomies/<kind>.yaml`.
    case term(TaxonomyKind)
    /// An identifier with the slug syntax (room ids).
    case id
    case date
    case dateTime
    case dateOrDateTime
    /// `HH:MM`, up to `24:00`.
    case time
    /// Absolute http(s) URL.
    case url
    case email
    case tel
    /// Non-negative whole yen; `1,000` accepted.
    case yen
    case int(ClosedRange<Int>? = nil)
    case number(ClosedRange<Double>? = nil)
    /// `true` or `false`, nothing else.
    case bool
    /// `{src: assets/…, alt: text}`
    case image
    /// One of a fixed list of words.
    case choice([String])
    /// A list; a single value is accepted as a list of one.
    case list(FieldType, count: ClosedRange<Int>? = nil)
    case object(ObjectSchema)
    /// Exactly N ASCII digits, kept as text (leading zeros matter).
    case digits(Int)
    /// A year (`1998`) or a date.
    case yearOrDate
    /// Opening days: `mon-fri`, `sat,sun`, `holiday`, `daily`.
    case days
    /// `ward-wide` or a list of district slugs.
    case districtScope
    /// A group slug, or `{name: text}` for an organizer from outside.
    case organizer
    /// `TYPE:SLUG` or a bare slug naming exactly one item.
    case itemReference
    /// A language code of the site (`ja`, `en`).
    case language
}

/// One key of a mapping.
public struct FieldSpec: Sendable {
    public var name: String
    public var type: FieldType
    public var required: Bool

    public init(_ name: String, _ type: FieldType, required: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
    }
}

/// The keys a mapping may have.
public struct ObjectSchema: Sendable {
    public var fields: [FieldSpec]
    /// Groups of keys of which at least one must be given (e.g. a contact needs some way in).
    public var atLeastOneOf: [[String]]

    public init(_ fields: [FieldSpec], atLeastOneOf: [[String]] = []) {
        self.fields = fields
        self.atLeastOneOf = atLeastOneOf
    }

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }
}
