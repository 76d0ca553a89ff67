/// Japanese line-breaking rules (kinsoku shori, after JIS X 4051): which characters may
/// not begin a line and which may not end one. ASCII counterparts are included, so
/// English text follows the same rules.
enum Kinsoku {
    /// Closing brackets, punctuation, middle dots, iteration marks, the prolonged sound
    /// mark, small kana and dashes that belong to the character before them.
    static let noStart: Set<Character> = Set(
        "、。，．・：；？！‼⁇⁈⁉）］｝〕〉》」』】〙〗〟’”｠»"
        + "ヽヾゝゞ々〻ー゛゜‐゠–〜～"
        + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
        + "｡｣､･ｰｧｨｩｪｫｬｭｮｯ"
        + ",.)]}!?:;")

    /// Opening brackets.
    static let noEnd: Set<Character> = Set("（［｛〔〈《「『【〘〖〝‘“｟«｢([{")

    static func mayStart(_ text: Substring) -> Bool { text.first.map { !noStart.contains($0) } ?? true }

    static func mayEnd(_ text: Substring) -> Bool { text.last.map { !noEnd.contains($0) } ?? true }
}
