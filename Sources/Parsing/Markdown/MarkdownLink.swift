import Diagnostics

/// A link or image in a Markdown text, in document order.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination as cmark read it (escapes and entities resolved), e.g. `facility:hokutopia`.
    public var destination: String
    /// The link text (or an image's alt text) as plain text.
    public var text: String
    public var isImage: Bool
    /// First line of the block (paragraph, heading, table, …) that contains the link.
    public var blockLine: Int
    /// Where the destination itself is written, when it could be found in the source (see
    /// `MarkdownLinkLocator`); nil for links with no destination written out, such as
    /// `www.example.com` autolinks.
    public var destinationLocation: SourceLocation?

    public init(
        destination: String, text: String, isImage: Bool, blockLine: Int,
        destinationLocation: SourceLocation?
    ) {
        self.destination = destination
        self.text = text
        self.isImage = isImage
        self.blockLine = blockLine
        self.destinationLocation = destinationLocation
    }

    /// The best position to report a problem with this link: the destination when found,
    /// otherwise the start of its block.
    public var location: SourceLocation {
        destinationLocation ?? SourceLocation(line: blockLine, column: 1)
    }
}
