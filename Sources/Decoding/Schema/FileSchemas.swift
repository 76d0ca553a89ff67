import Model

/// Every kind of file a contributor writes, with its schema: the list the reference docs
/// and JSON Schemas are generated from.
public struct FileSchema: Sendable {
    /// `site`, `group`, `event` …: the name of the generated files.
    public let name: String
    /// Where such files live, e.g. `content/groups/<slug>.md`.
    public let location: String
    public let title: (ja: String, en: String)
    public let schema: ObjectSchema

    public static let all: [FileSchema] = [
        FileSchema(name: "site", location: "content/site.yaml", title: ("サイトの設定", "Site settings"), schema: Schemas.site),
        FileSchema(name: "group", location: "content/groups/<slug>.md", title: ("団体", "Group"), schema: Schemas.group),
        FileSchema(name: "event", location: "content/events/<slug>.md", title: ("イベント・講座・研修", "Event, course or training"), schema: Schemas.event),
        FileSchema(name: "subsidy", location: "content/subsidies/<slug>.md", title: ("助成金・補助金の公募", "Subsidy call"), schema: Schemas.subsidy),
        FileSchema(name: "facility", location: "content/facilities/<slug>.md, <slug>.yaml", title: ("施設・集会室", "Facility"), schema: Schemas.facility),
        FileSchema(name: "volunteering", location: "content/volunteering/<slug>.md", title: ("ボランティア募集", "Call for volunteers"), schema: Schemas.volunteering),
        FileSchema(name: "page", location: "content/pages/<slug>.md", title: ("ページ", "Page"), schema: Schemas.page),
        FileSchema(name: "newsletter", location: "content/newsletter/<YYYY-MM>.md", title: ("メールマガジン", "Newsletter issue"), schema: Schemas.newsletter),
    ]
}
