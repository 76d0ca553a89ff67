import Deriving
import Model
import Parsing

/// The plain-text mail: a masthead between heavy rules, the contents, the editor's note
/// with its links listed below it, one section per heading (a light rule under it) with
/// each item as a bulleted block of title, summary, facts and URL, and a footer.
/// Rules, marks and every word come from the theme's string tables.
struct NewsletterText {
    let context: RenderContext
    let breaker: LineBreaker
    /// Applied to every text before it is wrapped (the ISO-2022-JP replacements).
    let prepare: (String) -> String
    private(set) var lines: [String] = []

    init(context: RenderContext, lineWidth: Int, prepare: @escaping (String) -> String) {
        self.context = context
        self.breaker = LineBreaker(columns: 2 * lineWidth, measure: MailWidth(ambiguousWide: context.language == .ja))
        self.prepare = prepare
    }

    var measure: MailWidth { breaker.measure }
    func t(_ key: String) -> String { prepare(context.t(key)) }

    static func render(_ view: NewsletterMailView, note: MarkdownText?, context: RenderContext, lineWidth: Int,
                       prepare: @escaping (String) -> String) -> String {
        var out = NewsletterText(context: context, lineWidth: lineWidth, prepare: prepare)
        out.masthead(view)
        if let note { out.note(note) }
        for section in view.sections { out.section(section) }
        if !view.hasSections { out.paragraph(view.emptyText); out.blank() }
        out.footer(view)
        return out.lines.joined(separator: "\n") + "\n"
    }

    mutating func masthead(_ view: NewsletterMailView) {
        rule("newsletter.mail.rule")
        paragraph(view.title.text)
        paragraph(view.published)
        rule("newsletter.mail.rule")
        blank()
        labeled(t("newsletter.mail.web"), view.webURL)
        blank()
        if let untranslated = view.untranslatedNote {
            paragraph(untranslated)
            blank()
        }
        if !view.sections.isEmpty {
            paragraph(context.t("newsletter.mail.tag", ["text": t("newsletter.mail.contents")]))
            for (number, section) in view.sections.enumerated() {
                paragraph(section.heading, first: "  \(number + 1). ", rest: "     ")
            }
            blank()
        }
    }

    /// The editor's note: blocks as paragraphs (list items without blank lines between
    /// them), then `[n] URL` for each link.
    mutating func note(_ note: MarkdownText) {
        var inList = false
        for block in note.blocks {
            let listPart = block.depth > 0 && block.role == .paragraph
            if !(listPart && inList) { blank() }
            inList = listPart
            let indent = String(repeating: "  ", count: max(block.depth - 1, 0))
            switch (block.role, block.marker) {
            case (.thematicBreak, _):
                rule("newsletter.mail.subrule")
            case (.code, _):
                for line in block.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    paragraph(String(line).replacingAll("\t", with: "    "), first: indent + "  ", rest: indent + "  ")
                }
            case (.heading, _):
                paragraph(context.t("newsletter.mail.tag", ["text": block.text]))
            case (_, .bullet?):
                hanging(indent + t("newsletter.mail.list_mark") + " ", block.text)
            case (_, .number(let n)?):
                hanging(indent + "\(n). ", block.text)
            default:
                let inner = block.depth > 0 ? indent + "  " : ""
                paragraph(block.text, first: inner, rest: inner)
            }
        }
        blank()
        if !note.links.isEmpty {
            paragraph(context.t("newsletter.mail.tag", ["text": t("newsletter.mail.links")]))
            for (number, url) in note.links.enumerated() {
                paragraph("[\(number + 1)] " + url, rest: "    ")
            }
            blank()
        }
    }

    mutating func section(_ section: NewsletterSectionView) {
        paragraph(t("newsletter.mail.heading_mark") + " " + section.heading)
        rule("newsletter.mail.subrule")
        blank()
        for item in section.items {
            entry(item)
            blank()
        }
    }

    /// `◆ 【kind】title【badge】` (`* [kind] title [badge]`), then the summary, facts and URL under it.
    mutating func entry(_ item: NewsletterEntryView) {
        let mark = t("newsletter.mail.item_mark") + " "
        let indent = String(repeating: " ", count: measure.columns(mark))
        let kind = item.kind.map { context.t("newsletter.mail.kind", ["text": $0]) } ?? ""
        let badge = item.badge.map { context.t("newsletter.mail.badge", ["text": $0]) } ?? ""
        let title = kind + item.title.text + badge
        paragraph(title, first: mark, rest: indent)
        if let summary = item.summary { paragraph(summary.text, first: indent, rest: indent) }
        for fact in item.facts {
            let label = prepare(context.t("newsletter.mail.fact", ["label": fact.label, "value": ""]))
            hanging(indent + label, fact.value)
        }
        lines.append(indent + item.url)
    }

    mutating func footer(_ view: NewsletterMailView) {
        rule("newsletter.mail.rule")
        paragraph(view.magazine)
        paragraph(view.about)
        labeled(t("newsletter.mail.archive"), view.archiveURL)
        labeled(t("newsletter.mail.site"), view.siteURL)
        let contact = [view.contactEmail, view.contactTel].compactMap { $0 }
        if !contact.isEmpty { labeled(t("newsletter.mail.contact"), contact.joined(separator: " / ")) }
        rule("newsletter.mail.rule")
    }

    // MARK: - Building blocks

    mutating func paragraph(_ text: String, first: String = "", rest: String = "") {
        lines += breaker.wrap(prepare(text), first: first, rest: rest)
    }

    /// `first` then the text, its other lines indented to where the text began.
    mutating func hanging(_ first: String, _ text: String) {
        paragraph(text, first: first, rest: String(repeating: " ", count: measure.columns(prepare(first))))
    }

    mutating func labeled(_ label: String, _ value: String) {
        paragraph(context.t("newsletter.mail.fact", ["label": label, "value": value]))
    }

    /// A line of the rule character from the string table, as wide as the text.
    mutating func rule(_ key: String) {
        let mark = t(key)
        let width = max(measure.columns(mark), 1)
        lines.append(String(repeating: mark, count: max(breaker.columns / width, 1)))
    }

    mutating func blank() {
        if lines.last?.isEmpty == false { lines.append("") }
    }
}
