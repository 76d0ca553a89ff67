import Foundation
import Parsing
import Testing
@testable import Rendering

/// An override or isolate left open in content text must not run on into the page around it.
@Suite("Direction controls in content text")
struct BidiControlTests {
    @Test func openControlsAreClosedInnermostFirst() {
        #expect(BidiControls.closed("abc") == "abc")
        #expect(BidiControls.closed("—…※") == "—…※")
        for control in ["\u{202A}", "\u{202B}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}"] {
            #expect(BidiControls.closed("a" + control) != "a" + control)
        }
        #expect(BidiControls.closed("\u{202E}evil") == "\u{202E}evil\u{202C}")
        #expect(BidiControls.closed("\u{202E}evil\u{202C}") == "\u{202E}evil\u{202C}")
        #expect(BidiControls.closed("\u{2067}a\u{202B}b") == "\u{2067}a\u{202B}b\u{202C}\u{2069}")
        // A PDI closes its isolate and the embedding opened inside it.
        #expect(BidiControls.closed("\u{2066}a\u{202D}b\u{2069}c") == "\u{2066}a\u{202D}b\u{2069}c")
        // Stray closers open nothing.
        #expect(BidiControls.closed("\u{202C}\u{2069}x") == "\u{202C}\u{2069}x")
    }

    @Test func escapedTextAndInlineMarkdownCloseWhatTheyOpen() {
        #expect(HTML.escape("<b>\u{202E}x") == "&lt;b&gt;\u{202E}x\u{202C}")
        #expect(Markdown.renderInlineHTML(markdown: "*a*\u{202E}b", resolveLink: { _ in nil }) == "<em>a</em>\u{202E}b\u{202C}")
    }

    @Test func anOverrideInATitleDoesNotReachTheSiteName() throws {
        let fixture = try TemporarySite([
            "groups/kita-kodomo.md": Minimal.group
                .replacingOccurrences(of: "name: 北区子ども食堂ネットワーク", with: "name: \"\u{202E}evil\""),
        ])
        let (site, result) = BuiltSite.build(content: fixture.content)
        defer { site.remove() }
        #expect(result.report.errorCount == 0)
        let page = site.page("groups/kita-kodomo/index.html")
        // The site name after the item's name in <title> is not reversed.
        #expect(page.contains("<title>\u{202E}evil\u{202C}"))
        #expect(!page.contains("\u{202E}evil｜"))
    }
}
