public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case ja
    case en
}

/// Short translatable text: Japanese always, English when the author gave it.
public struct LocalizedText: Hashable, Sendable {
    public var ja: String
    public var en: String?

    public init(ja: String, en: String? = nil) {
        self.ja = ja
        self.en = en
    }

    /// The text for a language and the language it is really in (English falls back to Japanese).
    public func resolved(for language: Language) -> (text: String, language: Language) {
        if language == .en, let en { return (en, .en) }
        return (ja, .ja)
    }
}

/// A long Markdown description: the body of `<slug>.md`, and of `<slug>.en.md` if present.
public struct LocalizedMarkdown: Hashable, Sendable {
    public var ja: String
    public var en: String?

    public init(ja: String = "", en: String? = nil) {
        self.ja = ja
        self.en = en
    }

    public var isEmpty: Bool { ja.isEmpty && (en ?? "").isEmpty }
}
