/// Paths as shown to people: relative to the working directory when the file is under it
/// (`content/groups/x.md`, which GitHub annotations need), absolute otherwise.
struct DisplayPaths: Sendable {
    let base: String

    init(workingDirectory: String? = nil) {
        let cwd = workingDirectory ?? FileSystem.realPath(".") ?? "."
        base = FileSystem.realPath(cwd) ?? cwd
    }

    func path(_ path: String) -> String {
        path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
