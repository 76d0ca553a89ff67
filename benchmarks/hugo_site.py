#!/usr/bin/env python3
"""Turn a Hiroba content folder into the equivalent Hugo site, for benchmarks/bench_build.py.

    .venv/bin/python benchmarks/hugo_site.py CONTENT_DIR HUGO_SITE_DIR

What the Hugo site holds (see benchmarks/README.md for the comparison):
- every item as `content/<type>/<slug>.md` (Japanese) and `<slug>.en.md` (English, with the
  Japanese text where the item has no translation — Hiroba renders that page too), with
  the same Markdown body as the Hiroba file;
- front matter with the title, summary, date, the `fields` and `districts` taxonomies, and
  the facts Hiroba shows on the item's page, already written out as label/value pairs
  (so Hugo's templates only print them: Hugo does less work per page than Hiroba here);
- the layouts in benchmarks/hugo/layouts (a base layout with the same head, header, nav
  and footer as Hiroba's theme, an item page, list pages, taxonomy pages, a render hook
  that resolves `TYPE:SLUG` links like Hiroba does), and Hugo's own RSS and sitemap.

Needs PyYAML (the test venv has it). Reads every scalar as text, like Hiroba.
"""
import os
import shutil
import sys

import yaml

TYPES = {"groups": "name", "events": "title", "subsidies": "title", "facilities": "name",
         "volunteering": "title", "pages": "title", "newsletter": "title"}
HERE = os.path.dirname(os.path.abspath(__file__))


def split(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".yaml"):
        return yaml.load(text, Loader=yaml.BaseLoader), ""
    _, front, body = text.split("---\n", 2)
    return yaml.load(front, Loader=yaml.BaseLoader) or {}, body


def text(value, language):
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get(language) or value.get("ja")
    return value


def facts(kind, item, language):
    """The facts Hiroba lists on an item's page, as (label, value) pairs."""
    pairs = []
    def add(label, value):
        if value not in (None, "", []):
            pairs.append({"label": label, "value": value if isinstance(value, str) else ", ".join(map(str, value))})
    if kind == "events":
        add("日時" if language == "ja" else "When", f"{item.get('start')} – {item.get('end', '')}")
        add("会場" if language == "ja" else "Where", item.get("venue") or text((item.get("location") or {}).get("name"), language))
        add("主催" if language == "ja" else "Organizers", [o if isinstance(o, str) else text(o.get("name"), language) for o in item.get("organizers", [])])
        add("参加費" if language == "ja" else "Fee", item.get("fee"))
        add("定員" if language == "ja" else "Capacity", item.get("capacity"))
    elif kind == "groups":
        add("種類" if language == "ja" else "Kind", item.get("kind"))
        add("設立" if language == "ja" else "Founded", item.get("founded"))
        add("会員数" if language == "ja" else "Members", item.get("members"))
        for key, value in (item.get("contact") or {}).items():
            add(key, text(value, language))
        add("確認日" if language == "ja" else "Confirmed", (item.get("disclosure") or {}).get("confirmed"))
    elif kind == "subsidies":
        add("受付開始" if language == "ja" else "Opens", item.get("opens"))
        add("締切" if language == "ja" else "Closes", item.get("closes"))
        add("提供" if language == "ja" else "Provider", text((item.get("provider") or {}).get("name"), language))
        add("上限額" if language == "ja" else "Up to", (item.get("amount") or {}).get("max"))
    elif kind == "facilities":
        add("住所" if language == "ja" else "Address", text(item.get("address"), language))
        for h in item.get("hours", []):
            add("開館時間" if language == "ja" else "Hours", f"{h.get('days')} {h.get('open')}–{h.get('close')}")
        for room in item.get("rooms", []):
            fees = ", ".join(f"{text(f.get('slot'), language)} {f.get('yen')}" for f in room.get("fees", []))
            add(text(room.get("name"), language), f"{room.get('capacity', '')} / {fees}")
    elif kind == "volunteering":
        add("団体" if language == "ja" else "Group", item.get("group"))
        add("期限" if language == "ja" else "Until", item.get("until"))
    elif kind == "newsletter":
        add("号" if language == "ja" else "Issue", item.get("issue"))
        add("発行日" if language == "ja" else "Date", item.get("date"))
    return pairs


def districts(item):
    value = item.get("districts") or item.get("district")
    if value in (None, "ward-wide"):
        return []
    return value if isinstance(value, list) else [value]


def date_of(kind, item):
    value = item.get("updated") or item.get("start") or item.get("opens") or item.get("date") \
        or (item.get("disclosure") or {}).get("confirmed") or "2026-01-01"
    return str(value)[:10]


def write_item(out, kind, slug, item, body_ja, body_en):
    for language, suffix, body in (("ja", "", body_ja), ("en", ".en", body_en or body_ja)):
        front = {
            "title": text(item.get(TYPES[kind]), language), "summary": text(item.get("summary"), language) or "",
            "date": date_of(kind, item), "slug": slug, "kind": kind,
            "fields": item.get("fields", []), "districts": districts(item), "facts": facts(kind, item, language),
        }
        path = os.path.join(out, "content", kind, f"{slug}{suffix}.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write("---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=True) + "---\n" + body)


def write_config(out, site, fields, districts_taxonomy):
    title = site["title"]
    config = f"""baseURL = "{site['base_url']}"
defaultContentLanguage = "ja"
defaultContentLanguageInSubdir = false
disableKinds = []
enableRobotsTXT = true
[taxonomies]
  field = "fields"
  district = "districts"
[languages.ja]
  weight = 1
  languageName = "日本語"
  title = "{title['ja']}"
[languages.en]
  weight = 2
  languageName = "English"
  title = "{title['en']}"
[markup.goldmark.renderer]
  unsafe = false
[markup.goldmark.parser.attribute]
  block = false
[markup.goldmark.parser]
  autoHeadingID = true
"""
    open(os.path.join(out, "hugo.toml"), "w", encoding="utf-8").write(config)
    # Taxonomy terms with their names, as Hiroba's term pages show them.
    for taxonomy, terms in (("fields", fields), ("districts", districts_taxonomy)):
        for slug, names in terms.items():
            folder = os.path.join(out, "content", taxonomy, slug)
            os.makedirs(folder, exist_ok=True)
            for language, suffix in (("ja", ""), ("en", ".en")):
                with open(os.path.join(folder, f"_index{suffix}.md"), "w", encoding="utf-8") as f:
                    f.write("---\n" + yaml.safe_dump({"title": text(names, language)}, allow_unicode=True) + "---\n")


def main():
    content, out = sys.argv[1], sys.argv[2]
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(out, "layouts"))
    site, _ = split(os.path.join(content, "site.yaml"))
    fields, _ = split(os.path.join(content, "taxonomies", "fields.yaml"))
    district_terms, _ = split(os.path.join(content, "taxonomies", "districts.yaml"))
    write_config(out, site, fields, district_terms)
    for kind in TYPES:
        os.makedirs(os.path.join(out, "content", kind), exist_ok=True)
        folder = os.path.join(content, kind)
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        for name in names:
            if name.startswith("_") or ".en." in name:
                continue
            slug = name.rsplit(".", 1)[0]
            item, body = split(os.path.join(folder, name))
            english = os.path.join(folder, f"{slug}.en.md")
            body_en = open(english, encoding="utf-8").read() if os.path.exists(english) else None
            if body_en and body_en.startswith("---\n"):
                body_en = body_en.split("---\n", 2)[2]
            write_item(out, kind, slug, item, body, body_en)


if __name__ == "__main__":
    main()
