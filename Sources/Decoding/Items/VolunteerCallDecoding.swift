import Model

extension DecodeContext {
    func volunteerCall(_ r: Record, slug: String, body: LocalizedMarkdown) -> VolunteerCall? {
        guard let title = r.text("title"), let summary = r.text("summary"), let group = r.string("group") else { return nil }
        return VolunteerCall(
            slug: slug, title: title, summary: summary, group: group, fields: r.strings("fields"),
            districts: r.districtScope("districts"), schedule: r.text("schedule"), skills: r.text("skills"),
            commitment: r.text("commitment"),
            apply: r.record("apply").map { Contact(email: $0.string("email"), tel: $0.string("tel"), url: $0.string("url")) },
            until: r.date("until"), updated: r.date("updated"), body: body)
    }
}
