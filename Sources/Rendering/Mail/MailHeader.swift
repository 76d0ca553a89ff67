/// Header fields as RFC 5322 and RFC 2047 want them: non-ASCII text as UTF-8 "B"
/// encoded words, lines folded before 78 characters, never inside a character.
enum MailHeader {
    static let lineLimit = 78
    /// UTF-8 bytes per encoded word: 39 bytes are 52 base64 characters, a 64-character
    /// word, which fits after any field name used here.
    static let bytesPerWord = 39

    /// `Name: value`, folded; `value` is a list of tokens that may be separated by a fold.
    static func field(_ name: String, _ tokens: [String]) -> String {
        var lines = [name + ":"]
        for token in tokens {
            if lines[lines.count - 1].count + 1 + token.count <= lineLimit || lines[lines.count - 1] == name + ":" {
                lines[lines.count - 1] += " " + token
            } else {
                lines.append(" " + token)
            }
        }
        return lines.joined(separator: "\r\n")
    }

    /// Tokens for unstructured text (`Subject`): its words when it is plain ASCII with
    /// single spaces (folding keeps exactly those), else encoded words (between which
    /// decoders drop the folding white space).
    static func text(_ value: String) -> [String] {
        let words = value.split(separator: " ", omittingEmptySubsequences: false)
        if isPlainASCII(value), !words.contains(where: \.isEmpty) { return words.map(String.init) }
        return encodedWords(value)
    }

    /// A mailbox: `"Name" <address>` or `=?UTF-8?B?…?= <address>`.
    static func mailbox(name: String?, address: String) -> [String] {
        guard let name, !name.isEmpty else { return [address] }
        let phrase = isPlainASCII(name)
            ? ["\"" + name.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""]
            : encodedWords(name)
        return phrase + ["<\(address)>"]
    }

    /// Printable ASCII with no `=?` that a decoder could take for an encoded word.
    static func isPlainASCII(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F } && !s.contains("=?")
    }

    /// `=?UTF-8?B?…?=` words of at most `bytesPerWord` bytes, split between characters.
    static func encodedWords(_ s: String) -> [String] {
        var words: [String] = [], bytes: [UInt8] = []
        for c in s {
            let utf8 = Array(String(c).utf8)
            if !bytes.isEmpty, bytes.count + utf8.count > bytesPerWord {
                words.append(word(bytes))
                bytes = []
            }
            bytes += utf8
        }
        if !bytes.isEmpty || words.isEmpty { words.append(word(bytes)) }
        return words
    }

    static func word(_ bytes: [UInt8]) -> String { "=?UTF-8?B?" + Base64.encode(bytes) + "?=" }
}

/// Base64 (RFC 4648) without line breaks; `lines` breaks it for a MIME body.
enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lines of 76 characters, the MIME limit.
    static func lines(_ bytes: [UInt8]) -> [String] {
        let text = Array(encode(bytes))
        return stride(from: 0, to: text.count, by: 76).map { String(text[$0..<min($0 + 76, text.count)]) }
    }
}
