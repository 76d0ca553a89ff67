import Model

/// A multipart/alternative message with a plain-text and an HTML part, both UTF-8 in
/// base64, CRLF line ends throughout: an `.eml` file any mail program opens.
struct MIMEMessage: Sendable {
    var fromName: String?
    var fromAddress: String
    /// Recipients are added by the mailing tool (Bcc); the message itself names none.
    var to = "undisclosed-recipients:;"
    var subject: String
    /// In Asia/Tokyo.
    var date: LocalDateTime
    /// Without the angle brackets.
    var messageID: String
    var language: String
    /// A boundary that base64 can never produce: it contains `=_`.
    var boundary: String
    var text: String
    var html: String

    func render() -> String {
        let headers = [
            MailHeader.field("From", MailHeader.mailbox(name: fromName, address: fromAddress)),
            MailHeader.field("To", [to]),
            MailHeader.field("Subject", MailHeader.text(subject)),
            MailHeader.field("Date", [Self.rfc5322(date)]),
            MailHeader.field("Message-ID", ["<\(messageID)>"]),
            "MIME-Version: 1.0",
            "Content-Language: \(language)",
            MailHeader.field("Content-Type", ["multipart/alternative;", "boundary=\"\(boundary)\""]),
        ]
        var lines = headers + [""]
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines += ["--" + boundary, "Content-Type: \(type); charset=UTF-8", "Content-Transfer-Encoding: base64", ""]
            lines += Base64.lines(Array(Self.crlf(body).utf8))
        }
        lines.append("--" + boundary + "--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Text bodies travel with CRLF line ends (RFC 2046, canonical form).
    static func crlf(_ text: String) -> String {
        text.replacingAll("\r\n", with: "\n").replacingAll("\n", with: "\r\n")
    }

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Fri, 27 Nov 2026 10:00:00 +0900`
    static func rfc5322(_ t: LocalDateTime) -> String {
        let d = t.date
        return "\(weekdays[d.weekday]), \(d.day) \(months[d.month - 1]) \(d.year) \(t.time):00 +0900"
    }
}
