import Diagnostics
import Model

extension DecodeContext {
    mutating func newsletterIssue(_ r: Record, slug: String, body: LocalizedMarkdown) -> NewsletterIssue? {
        guard let title = r.text("title"), let issue = r.int("issue"), let date = r.date("date") else { return nil }
        let covers = r.record("covers")
        if let covers, let from = covers.date("from"), let to = covers.date("to"), to < from {
            diagnostics.error(
                .rangeReversed, at: covers.location("to") ?? covers.start, text: to.description,
                message: Bilingual(ja: "`covers.to`（\(to)）が `covers.from`（\(from)）より前です。",
                                   en: "`covers.to` (\(to)) is before `covers.from` (\(from))."))
        }
        return NewsletterIssue(
            slug: slug, title: title, issue: issue, date: date, coversFrom: covers?.date("from"),
            coversTo: covers?.date("to"),
            featured: r.list("featured").compactMap { if case .itemReference(let ref) = $0 { ref } else { nil } },
            body: body)
    }
}
