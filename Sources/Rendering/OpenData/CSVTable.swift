/// CSV as Japan's open-data guidelines ask for it: UTF-8 with a byte-order mark (so that
/// Excel opens it), CRLF line ends, every field quoted where RFC 4180 needs it.
struct CSVTable {
    let header: [String]
    private(set) var rows: [[String]] = []

    init(header: [String]) {
        self.header = header
    }

    mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "a row must have a value for every column")
        rows.append(row)
    }

    var bytes: [UInt8] {
        var out = "\u{FEFF}"
        for row in [header] + rows {
            out += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return Array(out.utf8)
    }

    static func field(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy { $0 != "," && $0 != "\"" && $0 != "\n" && $0 != "\r" }
        return plain ? value : "\"" + value.replacingQuotes() + "\""
    }
}

private extension String {
    func replacingQuotes() -> String {
        var out = ""
        for c in self { out += c == "\"" ? "\"\"" : String(c) }
        return out
    }
}
