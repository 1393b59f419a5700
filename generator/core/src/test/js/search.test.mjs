// The browser's search code against a build: run by SearchTest, which passes the cases it
// wrote (SEARCH_CASES), the code (SEARCH_CORE) and the built index folder (SEARCH_INDEX).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const core = await import(process.env.SEARCH_CORE);
const cases = JSON.parse(await readFile(process.env.SEARCH_CASES, 'utf8'));
const files = (dir) => async (path) => new Uint8Array(await readFile(join(dir, path)));

test('cuts every text into the terms the build made', () => {
  for (const c of cases.terms) {
    assert.deepEqual(core.terms(c.text, c.n), c.terms, JSON.stringify(c.text));
  }
});

test('looks up a word in kana in the reading, any other in the text', () => {
  const words = (q) => core.parse(q).map(({ space, terms }) => [space, terms]);
  assert.deepEqual(words('ふくし'), [['r', [['フクシ', true]]]]);
  assert.deepEqual(words('やなせがわ'), [['r', [['ヤナセガ', false], ['ナセガワ', false]]]]);
  assert.deepEqual(words('ｽﾏﾎ すま'), [['r', [['スマホ', true]]], ['r', [['スマ', true]]]]);
  assert.deepEqual(words('ぼらんてぃあ'), [['r', [['ボランテ', false], ['ランティ', false], ['ンティア', false]]]]);
  assert.deepEqual(words('福祉　ｚｏｏｍ'), [['t', [['福祉', false]]], ['t', [['zoom', true]]]]);
  assert.deepEqual(words('川'), [['t', [['川', true]]]]);
  assert.deepEqual(words('zoom会議'), [['t', [['zoom', false], ['会議', false]]]]);
  assert.deepEqual(words('！？'), []);
});

test('finds the records a citizen expects, best first', async () => {
  const index = new core.Index('', files(process.env.SEARCH_INDEX));
  for (const q of cases.queries) {
    const hits = await index.search(q.q);
    const records = await index.records(hits.map(([id]) => id));
    assert.deepEqual(records.map((r) => r.url).sort(), [...q.expect].sort(), q.q);
    if (q.expect.length) assert.equal(records[0].url, q.expect[0], 'first result for ' + q.q);
  }
});
