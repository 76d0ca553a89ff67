import Diagnostics
import Model

/// A field's value after conversion by its declared type.
public indirect enum Value: Sendable {
    case text(LocalizedText)
    case string(String)
    case int(Int)
    case number(Double)
    case bool(Bool)
    case date(LocalDate)
    case dateTime(LocalDateTime)
    case dateOrDateTime(DateOrDateTime)
    case time(LocalTime)
    case list([Value])
    case record(Record)
    case image(Image)
    case founded(Group.Founded)
    case days(OpeningDays)
    case districtScope(DistrictScope)
    case organizer(Event.Organizer)
    case itemReference(NewsletterIssue.ItemReference)
}

/// A decoded mapping: values by key, with where each value starts (for later checks).
/// Mappings have a handful of keys, so pairs in an array beat hashing here.
public struct Record: Sendable {
    private var entries: [(key: String, value: Value?, location: SourceLocation)] = []
    /// Where the mapping itself starts.
    public var start: SourceLocation

    public init(start: SourceLocation) {
        self.start = start
    }

    /// Records that `key` was written at `location`; `value` is nil when it was blank or wrong.
    mutating func set(_ key: String, _ value: Value?, at location: SourceLocation) {
        entries.append((key, value, location))
    }

    /// Whether the key was written at all, even with a blank or wrong value.
    public func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    public func location(_ key: String) -> SourceLocation? { entries.first { $0.key == key }?.location }

    public subscript(key: String) -> Value? { entries.first { $0.key == key }?.value }

    public func text(_ key: String) -> LocalizedText? {
        if case .text(let t)? = self[key] { t } else { nil }
    }

    public func string(_ key: String) -> String? {
        if case .string(let s)? = self[key] { s } else { nil }
    }

    public func int(_ key: String) -> Int? {
        if case .int(let i)? = self[key] { i } else { nil }
    }

    public func number(_ key: String) -> Double? {
        switch self[key] {
        case .number(let n)?: n
        case .int(let i)?: Double(i)
        default: nil
        }
    }

    public func bool(_ key: String) -> Bool? {
        if case .bool(let b)? = self[key] { b } else { nil }
    }

    public func date(_ key: String) -> LocalDate? {
        if case .date(let d)? = self[key] { d } else { nil }
    }

    public func moment(_ key: String) -> DateOrDateTime? {
        switch self[key] {
        case .dateOrDateTime(let m)?: m
        case .dateTime(let dt)?: .dateTime(dt)
        case .date(let d)?: .date(d)
        default: nil
        }
    }

    public func time(_ key: String) -> LocalTime? {
        if case .time(let t)? = self[key] { t } else { nil }
    }

    public func record(_ key: String) -> Record? {
        if case .record(let r)? = self[key] { r } else { nil }
    }

    public func image(_ key: String) -> Image? {
        if case .image(let i)? = self[key] { i } else { nil }
    }

    public func list(_ key: String) -> [Value] {
        if case .list(let l)? = self[key] { l } else { [] }
    }

    public func strings(_ key: String) -> [String] {
        list(key).compactMap { if case .string(let s) = $0 { s } else { nil } }
    }

    public func texts(_ key: String) -> [LocalizedText] {
        list(key).compactMap { if case .text(let t) = $0 { t } else { nil } }
    }

    public func records(_ key: String) -> [Record] {
        list(key).compactMap { if case .record(let r) = $0 { r } else { nil } }
    }

    public func choice<T: RawRepresentable>(_ key: String, as: T.Type) -> T? where T.RawValue == String {
        string(key).flatMap(T.init(rawValue:))
    }

    public func choices<T: RawRepresentable>(_ key: String, as: T.Type) -> [T] where T.RawValue == String {
        strings(key).compactMap(T.init(rawValue:))
    }

    public func districtScope(_ key: String) -> DistrictScope {
        if case .districtScope(let s)? = self[key] { s } else { .none }
    }
}
