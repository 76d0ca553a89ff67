import Diagnostics
import Parsing
import Testing

@Suite("Parsing: SourceText")
struct ParsingSourceTextTests {
    @Test func decodesUTF8Text() {
        let (file, diagnostics) = SourceText.decode(bytes: Array("title: 北区\n".utf8), path: "g.md")
        #expect(diagnostics.isEmpty)
        #expect(file?.text == "title: 北区\n")
        #expect(file?.path == "g.md")
    }

    @Test func keepsCRLFAndQuotesLinesWithoutCR() {
        let (file, _) = SourceText.decode(bytes: Array("a: 1\r\nb: 2\r\n".utf8), path: "x.yaml")
        #expect(file?.text == "a: 1\r\nb: 2\r\n")
        #expect(file?.line(2) == "b: 2")
    }

    @Test func stripsByteOrderMarkWithWarning() {
        let (file, diagnostics) = SourceText.decode(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), path: "x.md")
        #expect(file?.text == "a: 1\n")
        #expect(ParsingTest.summary(diagnostics) == ["W0602@1:1"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func reportsFirstInvalidByteAtLineAndColumn() {
        // Line 2: "タイトル: " is 6 characters (but 14 bytes), so the bad byte is column 7.
        let bytes = Array("a: 1\nタイトル: ".utf8) + [0xFF] + Array(" x\n".utf8)
        let (file, diagnostics) = SourceText.decode(bytes: bytes, path: "x.md")
        #expect(file == nil)
        #expect(ParsingTest.summary(diagnostics) == ["E0101@2:7"])
        #expect(diagnostics.first?.message.en.contains("0xFF") == true)
        #expect(diagnostics.first?.sourceLine?.hasPrefix("タイトル: ") == true)
    }

    @Test(arguments: [
        ([0x61, 0x62, 0xE3, 0x81], "E0101@1:3"),             // truncated at the end
        ([0x61, 0xE3, 0x81, 0x41], "E0101@1:2"),             // truncated before ASCII
        ([0x0A, 0xC0, 0xAF], "E0101@2:1"),                   // overlong "/"
        ([0xED, 0xA0, 0x80], "E0101@1:1"),                   // UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], "E0101@1:1"),             // above U+10FFFF
        ([0xE5, 0x8C, 0x97, 0x82], "E0101@1:2"),             // stray continuation after 北
        ([0x82, 0xA0], "E0101@1:1"),                         // Shift_JIS "あ"
    ] as [([UInt8], String)])
    func rejectsIllFormedSequences(bytes: [UInt8], expected: String) {
        let (file, diagnostics) = SourceText.decode(bytes: bytes, path: "x.md")
        #expect(file == nil)
        #expect(ParsingTest.summary(diagnostics) == [expected])
    }

    @Test func acceptsFourByteCharacters() {
        let (file, diagnostics) = SourceText.decode(bytes: Array("name: 𠮷野家\n".utf8), path: "x.md")
        #expect(diagnostics.isEmpty)
        #expect(file?.text == "name: 𠮷野家\n")
    }

    @Test func columnsAfterBOMIgnoreTheBOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x62, 0xFE]
        let (_, diagnostics) = SourceText.decode(bytes: bytes, path: "x.md")
        #expect(ParsingTest.summary(diagnostics) == ["W0602@1:1", "E0101@1:3"])
    }

    @Test(arguments: ["", "   ", "\n\n", " \t\r\n  \n", "\u{3000}\n"])
    func refusesEmptyFiles(text: String) {
        let (file, diagnostics) = SourceText.decode(bytes: Array(text.utf8), path: "x.md")
        #expect(file == nil)
        #expect(ParsingTest.summary(diagnostics) == ["E0103@1:1"])
    }

    @Test func bomOnlyFileIsEmpty() {
        let (file, diagnostics) = SourceText.decode(bytes: [0xEF, 0xBB, 0xBF], path: "x.md")
        #expect(file == nil)
        #expect(ParsingTest.summary(diagnostics) == ["W0602@1:1", "E0103@1:1"])
    }

    @Test func refuses50MBFileByItsSizeAlone() {
        // Invalid UTF-8 everywhere: if the bytes were decoded, E0101 would be reported too.
        let huge = [UInt8](repeating: 0xFF, count: 50 * 1024 * 1024)
        let clock = ContinuousClock()
        var result: (SourceFile?, [Diagnostic]) = (nil, [])
        let elapsed = clock.measure { result = SourceText.decode(bytes: huge, path: "huge.md") }
        #expect(result.0 == nil)
        #expect(ParsingTest.summary(result.1) == ["E0102@1:1"])
        #expect(result.1.first?.message.en.contains("52,428,800") == true)
        #expect(elapsed < .milliseconds(200))
    }

    @Test func sizeLimitIsInclusive() {
        let atLimit = [UInt8](repeating: 0x61, count: SourceText.maximumByteCount)
        #expect(SourceText.decode(bytes: atLimit, path: "x.md").1.isEmpty)
        #expect(SourceText.decode(bytes: atLimit + [0x61], path: "x.md").1.map(\.code) == [.fileTooLarge])
        #expect(SourceText.maximumByteCount == 1_048_576)
    }

    @Test func sizeCanBeCheckedBeforeReading() {
        #expect(SourceText.sizeDiagnostic(byteCount: 10, path: "x.md") == nil)
        #expect(SourceText.sizeDiagnostic(byteCount: 2_000_000, path: "x.md")?.code == .fileTooLarge)
    }
}
