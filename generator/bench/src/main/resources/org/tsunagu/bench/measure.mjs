// Runs each query with the site's own browser code against the built index, as a fresh page
// would: every file it fetches is counted at its stored (compressed) size.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const core = await import(process.env.SEARCH_CORE);
const dir = process.env.SEARCH_INDEX;
const page = Number(process.env.SEARCH_PAGE || 10);
const queries = JSON.parse(await readFile(process.env.SEARCH_QUERIES, 'utf8'));
const out = [];
for (const q of queries) {
  let bytes = 0;
  let files = 0;
  const index = new core.Index('', async (path) => {
    const b = new Uint8Array(await readFile(join(dir, path)));
    bytes += b.length;
    files++;
    return b;
  });
  const start = performance.now();
  const [hits] = await Promise.all([index.search(q), index.facets()]);
  await index.records(hits.slice(0, page).map(([id]) => id));
  out.push({ q, bytes, files, ms: performance.now() - start, ids: hits.map(([id]) => id) });
}
process.stdout.write(JSON.stringify(out));
