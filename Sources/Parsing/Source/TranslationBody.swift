/// A translation file (`<slug>.en.md`): Markdown only. When it starts with something that
/// looks like front matter, `frontMatterLines` says where, so the caller can report E0405
/// ("fields belong in `<slug>.md`") at line 1 while still using the body after it.
///
/// Front matter is recognised only when a `---` first line is closed by `---`/`...` and a
/// line between looks like `key:`; a Markdown file that merely opens with a `---` rule
/// is left alone.
public struct TranslationBody: Sendable, Hashable {
    /// Lines of the front matter, fences included, or nil when there is none.
    public var frontMatterLines: ClosedRange<Int>?
    /// The Markdown body (after any front matter).
    public var body: String
    public var bodyStartLine: Int

    public var hasFrontMatter: Bool { frontMatterLines != nil }

    public init(frontMatterLines: ClosedRange<Int>?, body: String, bodyStartLine: Int) {
        self.frontMatterLines = frontMatterLines
        self.body = body
        self.bodyStartLine = bodyStartLine
    }
}
