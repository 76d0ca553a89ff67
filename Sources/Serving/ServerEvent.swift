/// One Server-Sent Event for the reload script.
struct ServerEvent: Sendable {
    /// `reload`: the site changed; `status`: the current problems (none when fixed).
    let name: String
    /// One line of JSON.
    let data: String

    var bytes: [UInt8] {
        Array("event: \(name)\ndata: \(data)\n\n".utf8)
    }
}
