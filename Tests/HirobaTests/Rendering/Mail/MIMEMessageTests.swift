import Foundation
import Model
@testable import Rendering
import Testing

/// The `.eml`: encoded words, folding, base64 and the message's shape.
@Suite("MIME message")
struct MIMEMessageTests {
    @Test func base64KnownVectors() {
        #expect(Base64.encode(Array("".utf8)) == "")
        #expect(Base64.encode(Array("M".utf8)) == "TQ==")
        #expect(Base64.encode(Array("Ma".utf8)) == "TWE=")
        #expect(Base64.encode(Array("Man".utf8)) == "TWFu")
        #expect(Base64.encode(Array("北区".utf8)) == "5YyX5Yy6")
        let bytes = (0..<1000).map { UInt8($0 % 256) }
        #expect(Base64.encode(bytes) == Data(bytes).base64EncodedString())
        #expect(Base64.lines(bytes).dropLast().allSatisfy { $0.count == 76 })
    }

    @Test func encodedWordsSplitBetweenCharactersAndRoundTrip() {
        let subject = "北区ひろば通信 第1号（2026年11月）👨‍👩‍👧 まつりのお知らせ"
        let words = MailHeader.encodedWords(subject)
        #expect(words.count > 1)
        var decoded = ""
        for word in words {
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?=") && word.count <= 75)
            let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))
            // Each word is valid UTF-8 on its own: no character is split.
            let piece = data.flatMap { String(data: $0, encoding: .utf8) }
            #expect(piece != nil)
            decoded += piece ?? ""
        }
        #expect(decoded == subject)
    }

    @Test func headersAreFoldedBelow78Characters() {
        let field = MailHeader.field("Subject", MailHeader.text(String(repeating: "メールマガジン", count: 10)))
        let lines = field.components(separatedBy: "\r\n")
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { $0.count <= 78 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        let ascii = MailHeader.field("Subject", MailHeader.text("Kita Plaza Newsletter No. 1 (November 2026)"))
        #expect(ascii == "Subject: Kita Plaza Newsletter No. 1 (November 2026)")
        #expect(MailHeader.text("=?UTF-8?B?x?=") != ["=?UTF-8?B?x?="])  // looks like an encoded word: encoded
        #expect(MailHeader.text("two  spaces") == MailHeader.encodedWords("two  spaces"))  // kept as written
    }

    @Test func mailboxes() {
        #expect(MailHeader.mailbox(name: "Kita \"Plaza\"", address: "a@example.jp") == ["\"Kita \\\"Plaza\\\"\"", "<a@example.jp>"])
        #expect(MailHeader.mailbox(name: "北区", address: "a@example.jp") == ["=?UTF-8?B?5YyX5Yy6?=", "<a@example.jp>"])
        #expect(MailHeader.mailbox(name: nil, address: "a@example.jp") == ["a@example.jp"])
    }

    @Test func dateIsRFC5322InTokyo() {
        let t = LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 27)!, time: LocalTime(hour: 10, minute: 0)!)
        #expect(MIMEMessage.rfc5322(t) == "Fri, 27 Nov 2026 10:00:00 +0900")
        let u = LocalDateTime(date: LocalDate(year: 2027, month: 1, day: 3)!, time: LocalTime(hour: 9, minute: 5)!)
        #expect(MIMEMessage.rfc5322(u) == "Sun, 3 Jan 2027 09:05:00 +0900")
    }

    @Test func theMessageHasTwoBase64PartsAndCRLFLineEnds() {
        let message = MIMEMessage(
            fromName: "北区ひろば通信", fromAddress: "news@example.jp", subject: "第1号",
            date: LocalDateTime(date: LocalDate(year: 2026, month: 11, day: 27)!, time: LocalTime(hour: 10, minute: 0)!),
            messageID: "2026-11.ja.newsletter@example.jp", language: "ja", boundary: "=_b",
            text: "本文\n二行目\n", html: "<p>本文</p>\n").render()
        #expect(!message.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = message.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.count <= 78 })
        #expect(lines.contains("Content-Type: multipart/alternative; boundary=\"=_b\""))
        #expect(lines.contains("To: undisclosed-recipients:;"))
        #expect(lines.contains("Message-ID: <2026-11.ja.newsletter@example.jp>"))
        #expect(lines.filter { $0 == "--=_b" }.count == 2 && lines.contains("--=_b--"))
        #expect(lines.filter { $0 == "Content-Transfer-Encoding: base64" }.count == 2)
        // The text part in canonical form: CRLF line ends.
        #expect(lines.contains(Base64.encode(Array("本文\r\n二行目\r\n".utf8))))
    }
}
