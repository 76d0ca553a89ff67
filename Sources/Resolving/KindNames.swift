import Diagnostics
import Model

/// How diagnostics name each type of item and vocabulary.
extension ItemKind {
    var displayName: Bilingual {
        switch self {
        case .group: Bilingual(ja: "団体", en: "group")
        case .event: Bilingual(ja: "イベント", en: "event")
        case .subsidy: Bilingual(ja: "助成金の公募", en: "subsidy call")
        case .facility: Bilingual(ja: "施設", en: "facility")
        case .volunteering: Bilingual(ja: "ボランティア募集", en: "volunteer call")
        case .page: Bilingual(ja: "ページ", en: "page")
        case .newsletter: Bilingual(ja: "メールマガジン", en: "newsletter issue")
        }
    }
}

extension TaxonomyKind {
    var displayName: Bilingual {
        switch self {
        case .fields: Bilingual(ja: "活動分野", en: "activity field")
        case .districts: Bilingual(ja: "地区", en: "district")
        case .equipment: Bilingual(ja: "設備", en: "equipment")
        }
    }
}
