/// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
enum JSONFeed {
    static func json(_ feed: Feed) -> String {
        let items: [[String: Any]] = feed.entries.map { entry in
            var item: [String: Any] = [
                "id": entry.url, "url": entry.url, "title": entry.title, "content_html": entry.contentHTML,
                "date_modified": FeedDates.rfc3339(entry.updated), "tags": [entry.category.label],
            ]
            if let summary = entry.summary { item["summary"] = summary }
            if let lang = entry.lang { item["language"] = lang }
            return item
        }
        let object: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1", "title": feed.title, "description": feed.description,
            "home_page_url": feed.pageURL, "feed_url": feed.urls[.json]!, "language": feed.language.rawValue,
            "authors": [["name": feed.author]], "items": items,
        ]
        return JSONWriter.serialize(object) + "\n"
    }
}
