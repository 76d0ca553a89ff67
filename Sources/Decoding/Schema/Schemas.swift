import Model

/// The schema of every file type, as in `content-model.md`. This is the one source of
/// truth: decoding, scaffolds, reference docs and JSON Schemas are all derived from it.
public enum Schemas {
    static let contact = ObjectSchema([
        FieldSpec("email", .email),
        FieldSpec("tel", .tel),
        FieldSpec("url", .url),
        FieldSpec("address", .text()),
        FieldSpec("form", .url),
    ], atLeastOneOf: [["email", "tel", "url", "address", "form"]])

    static let fields = FieldType.list(.term(.fields))
    static let groupFields = FieldType.list(.term(.fields), count: 1...5)

    public static let site = ObjectSchema([
        FieldSpec("title", .text(), required: true),
        FieldSpec("description", .text()),
        FieldSpec("base_url", .url, required: true),
        FieldSpec("languages", .list(.language, count: 1...2)),
        FieldSpec("timezone", .choice(["Asia/Tokyo"])),
        FieldSpec("municipality_code", .digits(6)),
        FieldSpec("contact", .object(contact)),
        FieldSpec("theme", .id),
        FieldSpec("newsletter", .object(ObjectSchema([
            FieldSpec("title", .text()),
            FieldSpec("from", .email),
            FieldSpec("line_width", .int(20...80)),
        ]))),
    ])

    public static let group = ObjectSchema([
        FieldSpec("name", .text(), required: true),
        FieldSpec("kana", .text()),
        FieldSpec("kind", .choice(Group.Kind.allCases.map(\.rawValue))),
        FieldSpec("fields", groupFields),
        FieldSpec("districts", .districtScope),
        FieldSpec("summary", .text(maxLength: 120), required: true),
        FieldSpec("founded", .yearOrDate),
        FieldSpec("members", .int(0...10_000_000)),
        FieldSpec("contact", .object(contact)),
        FieldSpec("sns", .list(.url)),
        FieldSpec("recruiting", .object(ObjectSchema([
            FieldSpec("active", .bool, required: true),
            FieldSpec("roles", .text()),
            FieldSpec("note", .markdown),
        ]))),
        FieldSpec("disclosure", .object(ObjectSchema([
            FieldSpec("confirmed", .date, required: true),
            FieldSpec("annual_report", .url),
            FieldSpec("financials", .url),
            FieldSpec("corporate_number", .digits(13)),
        ])), required: true),
        FieldSpec("logo", .image),
        FieldSpec("eligibility", .object(ObjectSchema([
            FieldSpec("public_benefit", .bool, required: true),
            FieldSpec("non_profit", .bool, required: true),
            FieldSpec("not_religious_or_political", .bool, required: true),
        ])), required: true),
        FieldSpec("updated", .date),
    ])

    public static let event = ObjectSchema([
        FieldSpec("title", .text(), required: true),
        FieldSpec("summary", .text(), required: true),
        FieldSpec("category", .choice(Event.Category.allCases.map(\.rawValue))),
        FieldSpec("start", .dateOrDateTime, required: true),
        FieldSpec("end", .dateOrDateTime),
        FieldSpec("status", .choice(Event.Status.allCases.map(\.rawValue))),
        FieldSpec("venue", .reference(.facility)),
        FieldSpec("room", .id),
        FieldSpec("location", .object(ObjectSchema([
            FieldSpec("name", .text(), required: true),
            FieldSpec("address", .text()),
        ]))),
        FieldSpec("online", .url),
        FieldSpec("organizers", .list(.organizer, count: 1...Int.max), required: true),
        FieldSpec("with_ward", .bool),
        FieldSpec("fee", .yen),
        FieldSpec("capacity", .int(0...1_000_000)),
        FieldSpec("registration", .object(ObjectSchema([
            FieldSpec("required", .bool),
            FieldSpec("url", .url),
            FieldSpec("tel", .tel),
            FieldSpec("email", .email),
            FieldSpec("deadline", .dateOrDateTime),
        ]))),
        FieldSpec("audience", .text()),
        FieldSpec("accessibility", .text()),
        FieldSpec("image", .image),
        FieldSpec("fields", fields),
        FieldSpec("updated", .date),
    ], atLeastOneOf: [["venue", "location", "online"]])

    public static let subsidy = ObjectSchema([
        FieldSpec("title", .text(), required: true),
        FieldSpec("summary", .text(), required: true),
        FieldSpec("provider", .object(ObjectSchema([
            FieldSpec("name", .text(), required: true),
            FieldSpec("kind", .choice(SubsidyCall.Provider.Kind.allCases.map(\.rawValue))),
        ]))),
        FieldSpec("amount", .object(ObjectSchema([
            FieldSpec("max", .yen),
            FieldSpec("min", .yen),
            FieldSpec("rate", .text()),
        ]))),
        FieldSpec("opens", .dateOrDateTime, required: true),
        FieldSpec("closes", .dateOrDateTime, required: true),
        FieldSpec("program_ends", .date),
        FieldSpec("eligibility", .markdown),
        FieldSpec("fields", fields),
        FieldSpec("how_to_apply", .markdown),
        FieldSpec("url", .url, required: true),
        FieldSpec("contact", .object(ObjectSchema([
            FieldSpec("email", .email),
            FieldSpec("tel", .tel),
            FieldSpec("url", .url),
        ], atLeastOneOf: [["email", "tel", "url"]]))),
        FieldSpec("updated", .date),
    ])

    public static let facility = ObjectSchema([
        FieldSpec("name", .text(), required: true),
        FieldSpec("kana", .text()),
        FieldSpec("kind", .choice(Facility.Kind.allCases.map(\.rawValue))),
        FieldSpec("district", .term(.districts), required: true),
        FieldSpec("address", .text(), required: true),
        FieldSpec("geo", .object(ObjectSchema([
            FieldSpec("lat", .number(20...46), required: true),
            FieldSpec("lon", .number(122...154), required: true),
        ]))),
        FieldSpec("access", .list(.object(ObjectSchema([
            FieldSpec("station", .text(), required: true),
            FieldSpec("line", .text()),
            FieldSpec("walk_minutes", .int(0...120)),
        ])))),
        FieldSpec("parking", .bool),
        FieldSpec("bicycle_parking", .bool),
        FieldSpec("barrier_free", .list(.choice(Facility.BarrierFree.allCases.map(\.rawValue)))),
        FieldSpec("hours", .list(.object(ObjectSchema([
            FieldSpec("days", .days, required: true),
            FieldSpec("open", .time, required: true),
            FieldSpec("close", .time, required: true),
        ])))),
        FieldSpec("closed", .text()),
        FieldSpec("booking", .object(ObjectSchema([
            FieldSpec("method", .choice(Facility.Booking.Method.allCases.map(\.rawValue))),
            FieldSpec("url", .url),
            FieldSpec("tel", .tel),
            FieldSpec("opens", .text()),
            FieldSpec("note", .text()),
        ]))),
        FieldSpec("rooms", .list(.object(ObjectSchema([
            FieldSpec("id", .id, required: true),
            FieldSpec("name", .text(), required: true),
            FieldSpec("capacity", .int(0...100_000)),
            FieldSpec("area_m2", .number(0...100_000)),
            FieldSpec("fees", .list(.object(ObjectSchema([
                FieldSpec("slot", .text(), required: true),
                FieldSpec("yen", .yen, required: true),
            ])))),
            FieldSpec("equipment", .list(.term(.equipment))),
        ])))),
        FieldSpec("equipment_lending", .list(.text())),
        FieldSpec("tel", .tel),
        FieldSpec("url", .url),
        FieldSpec("updated", .date),
    ])

    public static let volunteering = ObjectSchema([
        FieldSpec("title", .text(), required: true),
        FieldSpec("summary", .text(), required: true),
        FieldSpec("group", .reference(.group), required: true),
        FieldSpec("fields", fields),
        FieldSpec("districts", .districtScope),
        FieldSpec("schedule", .text()),
        FieldSpec("skills", .text()),
        FieldSpec("commitment", .text()),
        FieldSpec("apply", .object(ObjectSchema([
            FieldSpec("url", .url),
            FieldSpec("email", .email),
            FieldSpec("tel", .tel),
        ], atLeastOneOf: [["url", "email", "tel"]]))),
        FieldSpec("until", .date),
        FieldSpec("updated", .date),
    ])

    public static let page = ObjectSchema([
        FieldSpec("title", .text(), required: true),
        FieldSpec("summary", .text()),
        FieldSpec("order", .int(-10_000...10_000)),
        FieldSpec("updated", .date),
    ])

    public static let newsletter = ObjectSchema([
        FieldSpec("title", .text(), required: true),
        FieldSpec("issue", .int(1...100_000), required: true),
        FieldSpec("date", .date, required: true),
        FieldSpec("covers", .object(ObjectSchema([
            FieldSpec("from", .date),
            FieldSpec("to", .date),
        ]))),
        FieldSpec("featured", .list(.itemReference)),
    ])

    public static func schema(for kind: ItemKind) -> ObjectSchema {
        switch kind {
        case .group: group
        case .event: event
        case .subsidy: subsidy
        case .facility: facility
        case .volunteering: volunteering
        case .page: page
        case .newsletter: newsletter
        }
    }
}
