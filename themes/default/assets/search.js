// Site search (docs/search.md). The tokenizer is the same algorithm as the Swift
// SearchTokenizer; both pass tests/search/tokenizer-vectors.json. No dependencies; the
// tokenizer also loads in Node (globalThis.HirobaSearch) for those tests.
(function () {
  "use strict";

  // Notation variants, after folding (SearchVariants.swift).
  var VARIANTS = [
    ["障がい", "しょうがい"], ["障害", "しょうがい"], ["障碍", "しょうがい"],
    ["申し込み", "申込"], ["申込み", "申込"],
    ["子ども", "こども"], ["子供", "こども"],
    ["取り組み", "取組"], ["取組み", "取組"],
    ["友だち", "ともだち"], ["友達", "ともだち"],
    ["お年寄り", "高齢者"]
  ];
  var WORD = /[\p{L}\p{Nd}\p{Mn}\p{Mc}]/u;

  function voiced(c) {
    if (c === 0x3046) return 0x3094;
    if ((c >= 0x304B && c <= 0x3062 && c % 2 === 1) || (c >= 0x3064 && c <= 0x3068 && c % 2 === 0) ||
        (c >= 0x306F && c <= 0x307D && (c - 0x306F) % 3 === 0)) return c + 1;
    return c;
  }

  // NFKC, lower case, katakana → hiragana, ー dropped, iteration marks, variants.
  function normalize(text) {
    var out = [];
    for (var ch of text.normalize("NFKC").toLowerCase()) {
      var v = ch.codePointAt(0);
      if (v === 0x30FC) continue;
      if (v === 0x30FD) v = 0x309D; else if (v === 0x30FE) v = 0x309E;
      if (v >= 0x30A1 && v <= 0x30F6) v -= 0x60;
      if (v === 0x3005 || v === 0x309D) { if (out.length) out.push(out[out.length - 1]); continue; }
      if (v === 0x309E) { if (out.length) out.push(voiced(out[out.length - 1])); continue; }
      out.push(v);
    }
    // Variants in one pass from the start, trying the table in order at each character.
    var s = String.fromCodePoint.apply(null, out), r = "";
    next: for (var i = 0; i < s.length;) {
      for (var k = 0; k < VARIANTS.length; k++) {
        if (s.startsWith(VARIANTS[k][0], i)) { r += VARIANTS[k][1]; i += VARIANTS[k][0].length; continue next; }
      }
      r += s[i++];
    }
    return r;
  }

  function isCJK(v) {
    return (v >= 0x3041 && v <= 0x309F) || (v >= 0x30A0 && v <= 0x30FA && v !== 0x30FB) ||
      (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) ||
      (v >= 0x20000 && v <= 0x3FFFF) || (v >= 0xAC00 && v <= 0xD7AF) || (v >= 0x1100 && v <= 0x11FF) ||
      (v >= 0x3130 && v <= 0x318F) || v === 0x3006 || v === 0x3007;
  }
  function isDigit(s) { return s >= "0" && s <= "9" && s.length === 1; }

  function stem(w) {
    if (!/^[a-z]+$/.test(w)) return w;
    if (w.length > 4 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
    else if (w.endsWith("sses")) w = w.slice(0, -2);
    else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
    if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
    else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
    return w;
  }

  // [{term, run, position}] — position null for the extra single characters of an index.
  function tokens(text, mode) {
    var index = mode !== "query", result = [], run = [], cjk = false, runs = 0, pos = 0;
    function add(term, positioned) {
      result.push({ term: term, run: runs, position: positioned === false ? null : pos });
      if (positioned !== false) pos++;
    }
    function flush() {
      if (!run.length) return;
      if (cjk) {
        if (run.length === 1) add(run[0]);
        else {
          for (var i = 0; i + 1 < run.length; i++) add(run[i] + run[i + 1]);
          if (index) for (var j = 0; j < run.length; j++) add(run[j], false);
        }
      } else add(stem(run.join("")));
      runs++;
      run = [];
    }
    var chars = Array.from(normalize(text));
    for (var i = 0; i < chars.length; i++) {
      var s = chars[i], v = s.codePointAt(0);
      if (isCJK(v)) { if (!cjk) flush(); cjk = true; run.push(s); }
      else if (WORD.test(s)) { if (cjk) flush(); cjk = false; run.push(s); }
      else if (!cjk && run.length && i + 1 < chars.length && isDigit(run[run.length - 1]) && isDigit(chars[i + 1]) &&
               (s === "," || s === ".")) { if (s === ".") run.push(s); }
      else if (!cjk && run.length && s === "'" && i + 1 < chars.length && WORD.test(chars[i + 1])) continue;
      else flush();
    }
    flush();
    return result;
  }

  // FNV-1a over UTF-8 (SearchShardKey.swift).
  function shardOf(term, count) {
    var h = 0x811C9DC5, bytes = new TextEncoder().encode(term);
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
    return h % count;
  }

  var api = { normalize: normalize, tokens: tokens, stem: stem, shardOf: shardOf };
  globalThis.HirobaSearch = api;
  if (typeof document === "undefined") return;

  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var filterNames = ["type", "field", "district", "status"];
  var base = new URL(form.getAttribute("data-index"), location.href);
  var cache = {};
  var serial = 0, timer = 0;

  function load(path) {
    var url = new URL(path, base).href;
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
      cache[url].catch(function () { delete cache[url]; });
    }
    return cache[url];
  }

  // term → Map(doc → {score, positions})
  function postings(flat) {
    var m = new Map(), doc = 0;
    for (var i = 0; i < flat.length;) {
      doc += flat[i];
      var n = flat[i + 2], ps = [], p = 0;
      for (var k = 0; k < n; k++) { p += flat[i + 3 + k]; ps.push(p); }
      m.set(doc, { score: flat[i + 1], positions: ps });
      i += 3 + n;
    }
    return m;
  }

  function adjacent(a, b) {
    if (!a || !b) return false;
    for (var i = 0; i < a.positions.length; i++) if (b.positions.indexOf(a.positions[i] + 1) >= 0) return true;
    return false;
  }

  function decodeIds(gaps) { var s = new Set(), d = 0; gaps.forEach(function (g) { d += g; s.add(d); }); return s; }

  function selected() {
    var f = {};
    filterNames.forEach(function (n) { var el = form.elements[n]; if (el && el.value) f[n] = el.value; });
    return f;
  }

  function rank(manifest, query, filters) {
    var toks = tokens(query, "query");
    if (!toks.length) return Promise.resolve(null);
    var runs = [];
    toks.forEach(function (t) { (runs[t.run] = runs[t.run] || []).push(t.term); });
    runs = runs.filter(Boolean);
    var terms = Array.from(new Set(toks.map(function (t) { return t.term; })));
    var shards = Array.from(new Set(terms.map(function (t) { return shardOf(t, manifest.shards); })));
    var needFilters = Object.keys(filters).length > 0;
    return Promise.all([
      Promise.all(shards.map(function (s) { return load("t/" + s + ".json"); })),
      needFilters ? load("filters.json") : null
    ]).then(function (loaded) {
      var found = {};
      loaded[0].forEach(function (shard) {
        terms.forEach(function (t) { if (shard[t] && !found[t]) found[t] = postings(shard[t]); });
      });
      var allow = null;
      if (needFilters) {
        Object.keys(filters).forEach(function (n) {
          var ids = decodeIds((loaded[1][n] || {})[filters[n]] || []);
          allow = allow ? new Set(Array.from(allow).filter(function (d) { return ids.has(d); })) : ids;
        });
      }
      var scores = new Map();
      runs.forEach(function (run, r) {
        var lists = run.map(function (t) { return found[t]; });
        if (lists.some(function (l) { return !l; })) return;
        lists[0].forEach(function (first, doc) {
          if (allow && !allow.has(doc)) return;
          var sum = 0;
          for (var i = 0; i < lists.length; i++) {
            var p = lists[i].get(doc);
            if (!p) return;
            sum += p.score;
            if (i > 0 && adjacent(lists[i - 1].get(doc), p)) sum += 20;
          }
          // Consecutive words of the query next to each other in the document.
          var prev = r > 0 && found[runs[r - 1][runs[r - 1].length - 1]];
          if (prev && adjacent(prev.get(doc), first)) sum += 20;
          var s = scores.get(doc) || { doc: doc, runs: 0, score: 0 };
          s.runs++; s.score += sum;
          scores.set(doc, s);
        });
      });
      var hits = Array.from(scores.values());
      var best = hits.reduce(function (m, h) { return Math.max(m, h.runs); }, 0);
      return hits.filter(function (h) { return h.runs === best; })
        .sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    });
  }

  // The top documents, with an exact title match first.
  function describe(manifest, hits, query, limit) {
    var top = hits.slice(0, limit), per = manifest.docsPerShard;
    var chunks = Array.from(new Set(top.map(function (h) { return Math.floor(h.doc / per); })));
    return Promise.all(chunks.map(function (c) { return load("d/" + c + ".json"); })).then(function (loaded) {
      var byChunk = {};
      chunks.forEach(function (c, i) { byChunk[c] = loaded[i]; });
      var q = normalize(query).replace(/\s+/g, "");
      var docs = top.map(function (h, i) {
        var d = byChunk[Math.floor(h.doc / per)][h.doc % per];
        return { type: d[0], url: d[1], title: d[2], snippet: d[3], exact: normalize(d[2]).replace(/\s+/g, "") === q, i: i };
      });
      return docs.sort(function (a, b) { return (b.exact - a.exact) || a.i - b.i; });
    });
  }

  // Marks the query's words in a text: text nodes and <mark>s, never HTML from the index.
  function highlight(el, text, query) {
    var words = normalize(query).split(/\s+/).filter(Boolean);
    var chars = Array.from(text), folded = "", map = [];
    chars.forEach(function (c, i) { var f = normalize(c); for (var k = 0; k < f.length; k++) map.push(i); folded += f; });
    var marked = new Array(chars.length).fill(false);
    words.forEach(function (w) {
      for (var at = folded.indexOf(w); at >= 0 && w; at = folded.indexOf(w, at + w.length)) {
        for (var k = at; k < at + w.length && k < map.length; k++) marked[map[k]] = true;
      }
    });
    for (var i = 0; i < chars.length;) {
      var j = i;
      while (j < chars.length && marked[j] === marked[i]) j++;
      var part = chars.slice(i, j).join("");
      if (marked[i]) { var m = document.createElement("mark"); m.textContent = part; el.appendChild(m); }
      else el.appendChild(document.createTextNode(part));
      i = j;
    }
  }

  function typeLabel(type) {
    var option = form.elements.type && form.elements.type.querySelector('option[value="' + type + '"]');
    return option ? option.textContent : type;
  }

  function show(docs, total, query) {
    list.textContent = "";
    docs.forEach(function (d) {
      var li = document.createElement("li"), a = document.createElement("a"), type = document.createElement("span");
      var title = document.createElement("span"), p = document.createElement("p");
      type.className = "search-type"; type.textContent = typeLabel(d.type);
      title.className = "search-title"; highlight(title, d.title, query);
      a.href = d.url; a.appendChild(type); a.appendChild(title);
      p.className = "search-snippet"; highlight(p, d.snippet, query);
      li.appendChild(a); li.appendChild(p); list.appendChild(li);
    });
    status.textContent = total ? status.getAttribute("data-found").replace("{count}", total) : status.getAttribute("data-none");
  }

  function urlFor(query, filters) {
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    Object.keys(filters).forEach(function (n) { params.set(n, filters[n]); });
    var s = params.toString();
    return location.pathname + (s ? "?" + s : "");
  }

  function run(push) {
    var query = input.value.trim(), filters = selected(), mine = ++serial;
    var url = urlFor(query, filters);
    if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
    if (!query) { list.textContent = ""; status.textContent = ""; return; }
    status.textContent = status.getAttribute("data-loading");
    load("manifest.json").then(function (manifest) {
      return rank(manifest, query, filters).then(function (hits) {
        if (mine !== serial) return;
        if (!hits) { show([], 0, query); return; }
        return describe(manifest, hits, query, 20).then(function (docs) { if (mine === serial) show(docs, hits.length, query); });
      });
    }).catch(function () { if (mine === serial) status.textContent = status.getAttribute("data-error"); });
  }

  function fromURL() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    filterNames.forEach(function (n) { if (form.elements[n]) form.elements[n].value = params.get(n) || ""; });
    run(false);
  }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { run(false); }, 150); });
  form.addEventListener("change", function (e) { if (e.target !== input) run(true); });
  form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(true); });
  window.addEventListener("popstate", fromURL);

  // Arrow keys move between the search box and the results; Escape goes back to the box.
  function links() { return Array.from(list.querySelectorAll("a")); }
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length) { e.preventDefault(); links()[0].focus(); }
  });
  list.addEventListener("keydown", function (e) {
    var all = links(), i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === "ArrowDown" && i + 1 < all.length) { e.preventDefault(); all[i + 1].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); (i > 0 ? all[i - 1] : input).focus(); }
    else if (e.key === "Escape") { e.preventDefault(); input.focus(); }
  });
  fromURL();
})();
