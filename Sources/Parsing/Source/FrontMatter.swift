import Diagnostics

/// An item file split into its YAML front matter and its Markdown body.
///
/// Line numbers are whole-file, 1-based, so the YAML reader (given `yamlStartLine`) and the
/// Markdown link locator (given `bodyStartLine`) report positions the contributor can find.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML between the fences, without the fence lines.
    public var yaml: String
    /// Line of the file on which `yaml` starts (2 for a normal file).
    public var yamlStartLine: Int
    /// Line of the closing `---` / `...`.
    public var closingLine: Int
    /// Everything after the closing fence line.
    public var body: String
    /// Line of the file on which `body` starts.
    public var bodyStartLine: Int

    public init(yaml: String, yamlStartLine: Int, closingLine: Int, body: String, bodyStartLine: Int) {
        self.yaml = yaml
        self.yamlStartLine = yamlStartLine
        self.closingLine = closingLine
        self.body = body
        self.bodyStartLine = bodyStartLine
    }

    /// Splits an item `.md` file. The first line must be `---` (trailing spaces and CRLF are
    /// fine); the front matter ends at the next line that is `---` or `...`.
    /// Reports E0105 when the opening fence is missing and E0104 when it is never closed.
    public static func split(_ text: String, diagnostics: inout FileDiagnostics) -> FrontMatter? {
        var text = text
        return text.withUTF8 { bytes in
            var lines = ByteLines(bytes)
            guard let first = lines.next(), lines.line(first, isFence: "---") else {
                reportMissingOpening(lines: ByteLines(bytes), diagnostics: &diagnostics)
                return nil
            }
            while let line = lines.next() {
                guard lines.line(line, isFence: "---") || lines.line(line, isFence: "...") else { continue }
                return FrontMatter(
                    yaml: lines.string(first.next..<line.content.lowerBound),
                    yamlStartLine: 2,
                    closingLine: line.number,
                    body: lines.string(line.next..<bytes.count),
                    bodyStartLine: line.number + 1)
            }
            reportUnclosed(diagnostics: &diagnostics)
            return nil
        }
    }

    /// Looks for front matter in a translation (`.en.md`) file, which must have none: the
    /// caller reports E0405 at `TranslationBody.frontMatterLines`. See `TranslationBody`.
    public static func splitTranslation(_ text: String) -> TranslationBody {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            var lines = ByteLines(bytes)
            guard let first = lines.next(), lines.line(first, isFence: "---") else {
                return TranslationBody(frontMatterLines: nil, body: text, bodyStartLine: 1)
            }
            var sawKey = false
            while let line = lines.next() {
                if lines.line(line, isFence: "---") || lines.line(line, isFence: "...") {
                    // A Markdown file may open with a `---` rule; only YAML-looking keys
                    // between the fences make this front matter.
                    guard sawKey else { break }
                    return TranslationBody(
                        frontMatterLines: 1...line.number,
                        body: lines.string(line.next..<bytes.count),
                        bodyStartLine: line.number + 1)
                }
                sawKey = sawKey || lines.lineLooksLikeYAMLKey(line)
            }
            return TranslationBody(frontMatterLines: nil, body: text, bodyStartLine: 1)
        }
    }

    // MARK: - Diagnostics

    private static func reportMissingOpening(lines: ByteLines, diagnostics: inout FileDiagnostics) {
        var lines = lines
        let looksLikeYAML = lines.next().map { lines.lineLooksLikeYAMLKey($0) } ?? false
        let hint = looksLikeYAML
            ? Bilingual(
                ja: "1 行目の前に「---」だけの行を追加してください。",
                en: "Add a line containing only `---` before the first line.")
            : Bilingual(
                ja: "ファイルは「---」の行、項目（title: … など）、「---」の行の順で始め、その後に本文を書きます。",
                en: "Start the file with a `---` line, the fields (title: …), and another `---` line; the text follows.")
        diagnostics.error(
            .missingFrontMatter, at: .start,
            message: Bilingual(
                ja: "ファイルの先頭に「---」で始まる項目（フロントマター）がありません。",
                en: "The file does not start with front matter (a `---` line)."),
            hint: hint)
    }

    private static func reportUnclosed(diagnostics: inout FileDiagnostics) {
        diagnostics.error(
            .unclosedFrontMatter, at: .start, length: 3,
            message: Bilingual(
                ja: "1 行目の「---」で始まる項目（フロントマター）が閉じられていません。",
                en: "The front matter opened by `---` on line 1 is never closed."),
            hint: Bilingual(
                ja: "最後の項目の次に「---」だけの行を追加し、本文はその後に書いてください。",
                en: "Add a line containing only `---` after the last field; the text goes after it."))
    }
}
