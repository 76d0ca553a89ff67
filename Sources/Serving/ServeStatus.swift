import Diagnostics
import Foundation

/// What the reload script is told: the site's generation (it grows with every rebuild
/// that changed a file) and the errors that keep the latest content from being served.
struct ServeStatus: Codable, Sendable, Equatable {
    struct Problem: Codable, Sendable, Equatable {
        /// `file:line:column`
        var place: String
        var code: String
        var ja: String
        var en: String
    }

    var generation: Int
    var errors: [Problem]

    init(generation: Int, diagnostics: [Diagnostic]) {
        self.generation = generation
        errors = diagnostics.filter { $0.severity == .error }.sorted(by: Diagnostic.sortKey).map { d in
            Problem(place: "\(d.file):\(d.location.line):\(d.location.column)", code: d.code.rawValue,
                    ja: d.message.ja, en: d.message.en)
        }
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
