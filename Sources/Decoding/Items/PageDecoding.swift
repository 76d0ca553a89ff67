import Model

extension DecodeContext {
    func page(_ r: Record, slug: String, body: LocalizedMarkdown) -> Page? {
        guard let title = r.text("title") else { return nil }
        return Page(slug: slug, title: title, summary: r.text("summary"), order: r.int("order"),
                    updated: r.date("updated"), body: body)
    }
}
