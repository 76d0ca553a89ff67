import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HirobaKit
import Serving
import Testing

/// A real `SiteServer` on a free IPv4 port, read over HTTP with URLSession.
@Suite("hiroba serve over HTTP", .serialized)
struct SiteServerTests {
    static func freePort() -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }

    static func get(_ url: String) async throws -> (Int, [UInt8], String) {
        var request = URLRequest(url: URL(string: url)!)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return (http.statusCode, [UInt8](data), http.value(forHTTPHeaderField: "Content-Type") ?? "")
    }

    /// Every file served equals the full build's (HTML pages with the reload script
    /// added before `</body>`, and nothing else); a broken file is reported by the status
    /// endpoint, with the last good site still served, until it is fixed.
    @Test func servedPagesEqualAFullBuildAndErrorsComeAndGo() async throws {
        let copy = try EditableSite()
        let port = Self.freePort()
        let base = "http://127.0.0.1:\(port)/"
        let server = SiteServer(SiteServer.Options(site: copy.incremental(baseURL: base), host: "127.0.0.1", port: port,
                                                   watch: [copy.content.path]))
        _ = try await server.start()
        defer { Task { await server.stop() } }
        let full = try #require(copy.fullBuild(baseURL: base))

        for path in full.keys.sorted() {
            let (status, body, type) = try await Self.get(base + path)
            #expect(status == 200, "\(path)")
            if path.hasSuffix(".html") {
                #expect(type.hasPrefix("text/html"))
                let text = String(decoding: body, as: UTF8.self)
                let tag = try #require(text.range(of: "<script src=\"/__hiroba/reload.js?g="), "\(path)")
                let end = try #require(text.range(of: "</script>\n", range: tag.upperBound..<text.endIndex))
                var without = text
                without.removeSubrange(tag.lowerBound..<end.upperBound)
                #expect(Array(without.utf8) == full[path]!, "\(path)")
            } else {
                #expect(body == full[path]!, "\(path)")
            }
        }
        let (home, _, _) = try await Self.get(base)
        #expect(home == 200)
        let (missing, _, _) = try await Self.get(base + "no/such/page/")
        #expect(missing == 404)

        let file = "content/events/chiiki-panel-ten.md"
        let original = copy.read(file)
        copy.write(file, "---\ntitle: [broken <script>\n---\n")
        server.rebuild()
        let (_, broken, _) = try await Self.get(base + "__hiroba/status")
        let status = String(decoding: broken, as: UTF8.self)
        #expect(status.contains("chiiki-panel-ten.md:2:8"), "\(status)")
        #expect(status.contains("\"ja\"") && status.contains("\"en\""))
        let (_, page, _) = try await Self.get(base + "events/chiiki-panel-ten/index.html")
        #expect(String(decoding: page, as: UTF8.self).contains("地域活動パネル展"), "the last good page is served")

        copy.write(file, original)
        server.rebuild()
        let (_, fixed, _) = try await Self.get(base + "__hiroba/status")
        #expect(String(decoding: fixed, as: UTF8.self).contains("\"errors\":[]"))
    }
}
