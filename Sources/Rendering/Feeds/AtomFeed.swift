/// Atom 1.0 (RFC 4287).
enum AtomFeed {
    static func xml(_ feed: Feed) -> String {
        let x = HTML.xml
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(feed.language.rawValue)">
              <id>\(x(feed.urls[.atom]!))</id>
              <title>\(x(feed.title))</title>
              <subtitle>\(x(feed.description))</subtitle>
              <updated>\(FeedDates.rfc3339(feed.updated))</updated>
              <link rel="self" type="application/atom+xml" href="\(x(feed.urls[.atom]!))"/>
              <link rel="alternate" type="text/html" href="\(x(feed.pageURL))"/>
              <author><name>\(x(feed.author))</name></author>
              <generator>Hiroba</generator>

            """
        for entry in feed.entries {
            let lang = entry.lang.map { " xml:lang=\"\($0)\"" } ?? ""
            out += """
                  <entry\(lang)>
                    <id>\(x(entry.url))</id>
                    <title>\(x(entry.title))</title>
                    <link rel="alternate" type="text/html" href="\(x(entry.url))"/>
                    <updated>\(FeedDates.rfc3339(entry.updated))</updated>
                    <category term="\(x(entry.category.term))" label="\(x(entry.category.label))"/>

                """
            if let summary = entry.summary { out += "    <summary>\(x(summary))</summary>\n" }
            out += "    <content type=\"html\">\(x(entry.contentHTML))</content>\n  </entry>\n"
        }
        return out + "</feed>\n"
    }
}
