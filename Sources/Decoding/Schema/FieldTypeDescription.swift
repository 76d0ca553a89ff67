import Diagnostics
import Model

/// How each field type is described to contributors, with an example value. Used by the
/// generated reference docs and JSON Schemas, so they always say what decoding accepts.
extension FieldType {
    public var displayName: Bilingual {
        switch self {
        case .text(let max?): Bilingual(ja: "文字列（日本語 \(max) 文字以内、{ja, en} 可）", en: "text (Japanese at most \(max) characters; {ja, en} allowed)")
        case .text: Bilingual(ja: "文字列（{ja, en} 可）", en: "text ({ja, en} allowed)")
        case .markdown: Bilingual(ja: "Markdown の文字列（{ja, en} 可）", en: "Markdown text ({ja, en} allowed)")
        case .plain: Bilingual(ja: "文字列", en: "text")
        case .reference(let kind): Bilingual(ja: "\(kind.rawValue) のスラッグ", en: "slug of a \(kind.rawValue)")
        case .term(let kind): Bilingual(ja: "taxonomies/\(kind.rawValue).yaml のスラッグ", en: "slug from taxonomies/\(kind.rawValue).yaml")
        case .id: Bilingual(ja: "識別名（英小文字・数字・ハイフン）", en: "identifier (lower-case letters, digits, hyphens)")
        case .date: Bilingual(ja: "日付 YYYY-MM-DD", en: "date YYYY-MM-DD")
        case .dateTime: Bilingual(ja: "日時 YYYY-MM-DD HH:MM", en: "date and time YYYY-MM-DD HH:MM")
        case .dateOrDateTime: Bilingual(ja: "日付または日時", en: "date, or date and time")
        case .time: Bilingual(ja: "時刻 HH:MM（24:00 まで）", en: "time HH:MM (up to 24:00)")
        case .url: Bilingual(ja: "URL（http:// または https://）", en: "URL (http:// or https://)")
        case .email: Bilingual(ja: "メールアドレス", en: "e-mail address")
        case .tel: Bilingual(ja: "電話番号（半角数字とハイフン）", en: "phone number (digits and hyphens)")
        case .yen: Bilingual(ja: "金額（円、0 以上の整数）", en: "amount in yen (whole number, 0 or more)")
        case .int(let range?): Bilingual(ja: "整数（\(range.lowerBound)〜\(range.upperBound)）", en: "whole number (\(range.lowerBound) to \(range.upperBound))")
        case .int: Bilingual(ja: "整数", en: "whole number")
        case .number(let range?): Bilingual(ja: "数値（\(range.lowerBound)〜\(range.upperBound)）", en: "number (\(range.lowerBound) to \(range.upperBound))")
        case .number: Bilingual(ja: "数値", en: "number")
        case .bool: Bilingual(ja: "true または false", en: "true or false")
        case .image: Bilingual(ja: "画像 {src: assets/…, alt: 代替テキスト}", en: "image {src: assets/…, alt: text}")
        case .choice: Bilingual(ja: "次のどれか", en: "one of")
        case .list(let element, _): Bilingual(ja: "リスト: \(element.displayName.ja)", en: "list of: \(element.displayName.en)")
        case .object: Bilingual(ja: "項目のまとまり（下の表）", en: "mapping (see below)")
        case .digits(let n): Bilingual(ja: "半角数字 \(n) 桁", en: "\(n) digits")
        case .yearOrDate: Bilingual(ja: "年（1998）または日付", en: "year (1998) or date")
        case .days: Bilingual(ja: "曜日（mon-fri、sat,sun、holiday、daily）", en: "days (mon-fri, sat,sun, holiday, daily)")
        case .districtScope: Bilingual(ja: "ward-wide（区内全域）または地区のスラッグのリスト", en: "ward-wide, or a list of district slugs")
        case .organizer: Bilingual(ja: "団体のスラッグ、または {name: 名前}", en: "group slug, or {name: text}")
        case .itemReference: Bilingual(ja: "種類:スラッグ（例 event:kita-festival）", en: "TYPE:SLUG (e.g. event:kita-festival)")
        case .language: Bilingual(ja: "言語コード ja / en", en: "language code ja / en")
        }
    }

    /// The allowed words of a choice (and of a list of choices).
    public var allowedValues: [String] {
        switch self {
        case .choice(let values): values
        case .list(let element, _): element.allowedValues
        case .language: Language.allCases.map(\.rawValue)
        default: []
        }
    }

    /// An example value as it would be written in YAML.
    public var example: String {
        switch self {
        case .text, .markdown: "{ja: 北区の例, en: Kita example}"
        case .plain: "Asia/Tokyo"
        case .reference(let kind): "\(kind.rawValue)-slug"
        case .term(let kind): kind == .districts ? "oji" : kind == .fields ? "children" : "projector"
        case .id: "room-1"
        case .date: "2026-12-05"
        case .dateTime: "2026-12-05 10:00"
        case .dateOrDateTime: "2026-12-05 10:00"
        case .time: "\"09:00\""
        case .url: "https://example.jp/"
        case .email: "info@example.jp"
        case .tel: "03-0000-0000"
        case .yen: "1,000"
        case .int(let range?): String(max(range.lowerBound, min(30, range.upperBound)))
        case .int: "30"
        case .number: "35.75"
        case .bool: "true"
        case .image: "{src: assets/logo.png, alt: ロゴ}"
        case .choice(let values): values.first ?? ""
        case .list(let element, _): "[\(element.example)]"
        case .object: "…"
        case .digits(let n): "\"" + String(repeating: "0", count: n) + "\""
        case .yearOrDate: "1998"
        case .days: "mon-fri"
        case .districtScope: "[oji, akabane]"
        case .organizer: "group-slug"
        case .itemReference: "event:kita-festival"
        case .language: "ja"
        }
    }
}
