/// Which language(s) diagnostics are printed in. JSON output always carries both.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case ja, en, both

    /// The default from the environment, as `gettext` reads it: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides. `ja…` → Japanese,
    /// `en…` → English, anything else (`C`, `POSIX`, `C.UTF-8`, `fr_FR` …) or nothing → both.
    public static func fromEnvironment(_ environment: [String: String]) -> MessageLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            if value.hasPrefix("ja") { return .ja }
            if value.hasPrefix("en") { return .en }
            return .both
        }
        return .both
    }

    /// The texts to print, Japanese first.
    public func select(_ text: Bilingual) -> [String] {
        switch self {
        case .ja: [text.ja]
        case .en: [text.en]
        case .both: [text.ja, text.en]
        }
    }

    /// The label of a hint line in each selected language.
    var hintLabels: [String] {
        select(Bilingual(ja: "ヒント", en: "hint"))
    }
}
