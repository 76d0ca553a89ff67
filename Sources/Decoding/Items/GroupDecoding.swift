import Diagnostics
import Model

extension DecodeContext {
    mutating func group(_ r: Record, slug: String, body: LocalizedMarkdown) -> Group? {
        guard let name = r.text("name"), let summary = r.text("summary"),
              let disclosureRecord = r.record("disclosure"), let confirmed = disclosureRecord.date("confirmed"),
              let eligibility = r.record("eligibility") else { return nil }
        checkEligibility(eligibility)
        checkConfirmed(confirmed, at: disclosureRecord.location("confirmed") ?? disclosureRecord.start)
        let founded: Group.Founded? = if case .founded(let f)? = r["founded"] { f } else { nil }
        return Group(
            slug: slug, name: name, kana: r.text("kana"), kind: r.choice("kind", as: Group.Kind.self),
            fields: r.strings("fields"), districts: r.districtScope("districts"), summary: summary,
            founded: founded, members: r.int("members"), contact: r.contact("contact"), sns: r.strings("sns"),
            recruiting: r.record("recruiting").map {
                Group.Recruiting(active: $0.bool("active") ?? false, roles: $0.text("roles"), note: $0.text("note"))
            },
            disclosure: Group.Disclosure(
                confirmed: confirmed, annualReport: disclosureRecord.string("annual_report"),
                financials: disclosureRecord.string("financials"),
                corporateNumber: disclosureRecord.string("corporate_number")),
            logo: r.image("logo"), updated: r.date("updated"), body: body)
    }

    /// The guideline's conditions for being listed: all three must be affirmed.
    mutating func checkEligibility(_ r: Record) {
        for key in ["public_benefit", "non_profit", "not_religious_or_political"] where r.bool(key) == false {
            diagnostics.error(
                .notAllowedValue, at: r.location(key) ?? r.start, text: "false",
                message: Bilingual(ja: "`eligibility.\(key)` が false の団体は掲載できません。",
                                   en: "groups with `eligibility.\(key)` false cannot be listed."),
                hint: Bilingual(ja: "掲載の対象は、公益的で営利を目的とせず、宗教・政治活動を目的としない団体です。",
                                en: "Listings are for public-benefit, non-profit groups that are not religious or political."))
        }
    }

    /// 情報公開: a confirmation older than 12 months needs the support centre's follow-up.
    mutating func checkConfirmed(_ confirmed: LocalDate, at location: SourceLocation) {
        let today = now.tokyo.date
        if confirmed < today.adding(months: -12) {
            diagnostics.warning(
                .staleDisclosure, at: location, text: confirmed.description,
                message: Bilingual(ja: "情報の確認日 \(confirmed) から12か月以上たっています。",
                                   en: "the information was last confirmed on \(confirmed), more than 12 months ago."),
                hint: Bilingual(ja: "内容を確認し、`disclosure.confirmed` を確認した日に更新してください。",
                                en: "Check the entry and set `disclosure.confirmed` to the day you did."))
        } else if confirmed > today {
            diagnostics.warning(
                .confirmedInFuture, at: location, text: confirmed.description,
                message: Bilingual(ja: "確認日 \(confirmed) が未来の日付です。", en: "the confirmation date \(confirmed) is in the future."),
                hint: Bilingual(ja: "実際に確認した日を書いてください。", en: "Give the day the entry was actually checked."))
        }
    }
}
