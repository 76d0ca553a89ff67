// The search tokenizer of themes/default/assets/search.js against the shared vectors
// (the Swift tokenizer passes the same ones). Run: node tests/search/tokenizer.test.mjs
import { readFileSync } from "node:fs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
await import(pathToFileURL(root + "themes/default/assets/search.js").href);
const search = globalThis.HirobaSearch;
const vectors = JSON.parse(readFileSync(root + "tests/search/tokenizer-vectors.json", "utf8"));

for (const v of vectors.normalize) {
  test(`normalize ${JSON.stringify(v.input)} (${v.why})`, () => {
    assert.equal(search.normalize(v.input), v.output);
  });
}

for (const v of vectors.tokens) {
  test(`tokens ${JSON.stringify(v.input)} (${v.mode})`, () => {
    const tokens = search.tokens(v.input, v.mode);
    assert.deepEqual(tokens.map((t) => t.term), v.terms);
    if (v.runs) assert.deepEqual(tokens.map((t) => t.run), v.runs);
    if (v.positions) assert.deepEqual(tokens.map((t) => t.position), v.positions);
  });
}

for (const v of vectors.shards) {
  test(`shard key of ${JSON.stringify(v.term)} is FNV-1a of its UTF-8 bytes`, () => {
    assert.equal(search.shardOf(v.term, 4294967296), v.fnv1a);
    assert.equal(search.shardOf(v.term, 97), v.fnv1a % 97);
  });
}
