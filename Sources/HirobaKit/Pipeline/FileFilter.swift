import Diagnostics

/// `hiroba check --files`: keeps the diagnostics of the named files only. Named paths are
/// taken as given or relative to the working directory; both they and the diagnostics'
/// display paths are made absolute and symlink-resolved before comparing.
public struct FileFilter: Sendable {
    let wanted: Set<String>
    let cwd: String

    public init(paths: [String], workingDirectory: String? = nil) {
        let cwd = FileSystem.realPath(workingDirectory ?? ".") ?? workingDirectory ?? "."
        self.cwd = cwd
        wanted = Set(paths.map { FileFilter.normalise($0, cwd: cwd) })
    }

    public func contains(_ file: String) -> Bool { wanted.contains(FileFilter.normalise(file, cwd: cwd)) }

    /// The report with only the named files' diagnostics; the file count is the number of named files.
    public func apply(to report: CheckReport) -> CheckReport {
        CheckReport(diagnostics: report.diagnostics.filter { contains($0.file) }, fileCount: wanted.count)
    }

    static func normalise(_ path: String, cwd: String) -> String {
        let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
        if let real = FileSystem.realPath(absolute) { return real }
        // A file that does not exist (deleted in a pull request): tidy `.`, `..` and `//`.
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
