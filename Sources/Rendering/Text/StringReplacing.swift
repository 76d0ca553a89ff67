import Foundation

extension String {
    /// Every occurrence of `target` replaced (a no-op when there is none).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
