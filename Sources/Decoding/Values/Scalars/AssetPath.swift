/// Paths of images and files under `content/assets/`. Anything that could leave that
/// folder (`..`, absolute paths, `%2e`, backslashes) is refused.
public enum AssetPath {
    public static func validate(_ text: String) -> Result<String, ValueProblem> {
        let segments = text.split(separator: "/", omittingEmptySubsequences: false)
        let safe = text.hasPrefix("assets/") && segments.count >= 2
            && segments.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
            && !text.contains("\\") && !text.contains("%") && !text.contains(":")
            && text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        if safe { return .success(text) }
        return .failure(ValueProblem(
            .invalidAssetPath,
            ja: "画像・ファイルは content/assets/ の中に置き、`assets/…` の形で指定してください（`\(text)`）。",
            en: "images and files must be inside content/assets/ and given as `assets/…`, found `\(text)`.",
            hintJA: "例: assets/groups/kita-logo.png（`..` や / で始まるパスは使えません）",
            hintEN: "For example assets/groups/kita-logo.png (no `..`, no leading /)."))
    }
}
