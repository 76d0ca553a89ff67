import Foundation

/// The bytes of every file in the theme folders: a theme has a few dozen small files,
/// so comparing their contents is cheap and exact (file times can be coarse).
struct ThemeSnapshot: Equatable {
    let directories: [String]
    let files: [String: [UInt8]]

    static func take(_ directories: [String]) -> ThemeSnapshot {
        var files: [String: [UInt8]] = [:]
        for directory in directories {
            guard let walker = FileManager.default.enumerator(atPath: directory) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = "\(directory)/\(relative)"
                if let data = FileManager.default.contents(atPath: path) { files[path] = [UInt8](data) }
            }
        }
        return ThemeSnapshot(directories: directories, files: files)
    }
}
