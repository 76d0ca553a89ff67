/// An image under `assets/`, always with alternative text.
public struct Image: Hashable, Sendable {
    /// Path relative to the content folder, e.g. `assets/groups/logo.png`.
    public var src: String
    public var alt: LocalizedText

    public init(src: String, alt: LocalizedText) {
        self.src = src
        self.alt = alt
    }
}
