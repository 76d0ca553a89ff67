import FlyingFox
import Foundation

/// Answers every request from the site in memory, plus the reload script's own files.
struct SiteHandler: HTTPHandler {
    let server: SiteServer

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.target.path(percentEncoded: false)
        switch path {
        case ReloadClient.scriptPath:
            return Self.response(.ok, type: "text/javascript; charset=utf-8", Array(ReloadClient.script.utf8))
        case ReloadClient.stylePath:
            return Self.response(.ok, type: "text/css; charset=utf-8", Array(ReloadClient.style.utf8))
        case ReloadClient.statusPath:
            return Self.response(.ok, type: "application/json", Array(server.status.json.utf8))
        case ReloadClient.eventsPath:
            let page = request.query["page"].map { Self.candidates($0) } ?? []
            let stream = server.hub.subscribe(first: ServerEvent(name: "hello", data: server.status.json), pageFiles: page)
            return HTTPResponse(statusCode: .ok, headers: [
                .contentType: "text/event-stream; charset=utf-8", HTTPHeader("Cache-Control"): "no-store",
                HTTPHeader("X-Accel-Buffering"): "no",
            ], body: HTTPBodySequence(from: EventStreamBody(events: stream)))
        default:
            return page(path)
        }
    }

    /// A file of the site; HTML pages get the reload script.
    func page(_ path: String) -> HTTPResponse {
        let generation = server.status.generation
        guard server.site.hasSite else {
            // No build has succeeded yet: an empty page that shows the errors.
            let html = "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>hiroba serve</title></head>"
                + "<body>\n</body></html>\n"
            return Self.response(.serviceUnavailable, type: "text/html; charset=utf-8",
                                 Self.inject(Array(html.utf8), generation: generation))
        }
        if let (file, bytes) = Self.lookup(path, in: server.site.file) {
            return Self.response(.ok, type: ContentTypes.type(of: file), file.hasSuffix(".html")
                                 ? Self.inject(bytes, generation: generation) : bytes)
        }
        let notFound = server.site.file(path.hasPrefix("/en/") ? "en/404.html" : "404.html")
        guard let notFound else { return Self.response(.notFound, type: "text/plain; charset=utf-8", Array("404 Not Found\n".utf8)) }
        return Self.response(.notFound, type: "text/html; charset=utf-8", Self.inject(notFound, generation: generation))
    }

    /// `/events/` → `events/index.html`; `/events` too; `/feed.xml` → `feed.xml`.
    static func lookup(_ path: String, in file: (String) -> [UInt8]?) -> (String, [UInt8])? {
        for candidate in candidates(path) {
            if let bytes = file(candidate) { return (candidate, bytes) }
        }
        return nil
    }

    /// The output files a URL path can be, in the order they are tried.
    static func candidates(_ path: String) -> [String] {
        let relative = String(path.drop { $0 == "/" })
        guard !relative.split(separator: "/").contains("..") else { return [] }
        if relative.isEmpty || relative.hasSuffix("/") { return [relative + "index.html"] }
        return [relative, relative + "/index.html"]
    }

    /// The page with the reload script before its last `</body>`.
    static func inject(_ html: [UInt8], generation: Int) -> [UInt8] {
        let marker = Array("</body>".utf8)
        let tag = Array(ReloadClient.tag(generation: generation).utf8)
        var i = html.count - marker.count
        while i >= 0 {
            if html[i] == marker[0], Array(html[i..<(i + marker.count)]) == marker {
                return Array(html[..<i]) + tag + Array(html[i...])
            }
            i -= 1
        }
        return html + tag
    }

    static func response(_ status: HTTPStatusCode, type: String, _ bytes: [UInt8]) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: type, HTTPHeader("Cache-Control"): "no-store"], body: Data(bytes))
    }
}
