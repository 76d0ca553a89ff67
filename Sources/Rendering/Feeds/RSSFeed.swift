/// RSS 2.0, with an Atom `self` link as the RSS Advisory Board recommends.
enum RSSFeed {
    static func xml(_ feed: Feed) -> String {
        let x = HTML.xml
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
              <title>\(x(feed.title))</title>
              <link>\(x(feed.pageURL))</link>
              <description>\(x(feed.description))</description>
              <language>\(feed.language.rawValue)</language>
              <lastBuildDate>\(FeedDates.rfc822(feed.updated))</lastBuildDate>
              <generator>Hiroba</generator>
              <atom:link rel="self" type="application/rss+xml" href="\(x(feed.urls[.rss]!))"/>

            """
        for entry in feed.entries {
            out += """
                  <item>
                    <title>\(x(entry.title))</title>
                    <link>\(x(entry.url))</link>
                    <guid isPermaLink="true">\(x(entry.url))</guid>
                    <pubDate>\(FeedDates.rfc822(entry.updated))</pubDate>
                    <category>\(x(entry.category.label))</category>
                    <description>\(x(entry.contentHTML))</description>
                  </item>

                """
        }
        return out + "</channel>\n</rss>\n"
    }
}
