import Diagnostics
import Model

extension DecodeContext {
    mutating func subsidy(_ r: Record, slug: String, body: LocalizedMarkdown) -> SubsidyCall? {
        guard let title = r.text("title"), let summary = r.text("summary"),
              let opens = r.moment("opens"), let closes = r.moment("closes"), let url = r.string("url") else { return nil }
        checkOrder(opens, before: closes, r, "closes", code: .closesBeforeOpens,
                   ja: "締切 `closes` が受付開始 `opens` より前になっています。", en: "`closes` is not after `opens`.")
        let amount = r.record("amount").map { SubsidyCall.Amount(max: $0.int("max"), min: $0.int("min"), rate: $0.text("rate")) }
        if let amount, let min = amount.min, let max = amount.max, min > max, let a = r.record("amount") {
            diagnostics.error(
                .minAboveMax, at: a.location("min") ?? a.start, text: String(min),
                message: Bilingual(ja: "下限額 `min`（\(Yen.grouped(min)) 円）が上限額 `max`（\(Yen.grouped(max)) 円）を超えています。",
                                   en: "`min` (¥\(Yen.grouped(min))) is more than `max` (¥\(Yen.grouped(max)))."),
                hint: Bilingual(ja: "`min` と `max` が入れ替わっていないか確かめてください。", en: "Check that `min` and `max` are not swapped."))
        }
        let programEnds = r.date("program_ends")
        if let programEnds, programEnds.year < closes.date.year {
            diagnostics.error(
                .programEndsBeforeCloses, at: r.location("program_ends") ?? r.start, text: programEnds.description,
                message: Bilingual(ja: "制度の終了 `program_ends`（\(programEnds)）が公募の締切より前の年です。",
                                   en: "`program_ends` (\(programEnds)) is in a year before the call closes."))
        }
        return SubsidyCall(
            slug: slug, title: title, summary: summary,
            provider: r.record("provider").flatMap { p in
                p.text("name").map { SubsidyCall.Provider(name: $0, kind: p.choice("kind", as: SubsidyCall.Provider.Kind.self)) }
            },
            amount: amount, opens: opens, closes: closes, programEnds: programEnds,
            eligibility: r.text("eligibility"), fields: r.strings("fields"), howToApply: r.text("how_to_apply"),
            url: url, contact: r.contact("contact"), updated: r.date("updated"), body: body)
    }
}
