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
    assert.deepEqual(core.terms(c.text), c.terms, JSON.stringify(c.text));
  }
});

test('turns hiragana into katakana for the reading field only', () => {
  const [word] = core.parse('ふくし');
  assert.deepEqual(word.alts, [['t', ['ふく', 'くし']], ['r', ['フク', 'クシ']]]);
  assert.deepEqual(core.parse('福祉　ｚｏｏｍ').map((w) => w.alts), [[['t', ['福祉']]], [['t', ['zoom']]]]);
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
