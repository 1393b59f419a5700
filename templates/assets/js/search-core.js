// Site search: the same normalisation and pairing as the build (SearchText.java), and the
// index read piece by piece (SearchIndex.java describes the files).
// Runs of Japanese characters (kanji, kana, ー, Hangul), and words of other letters, digits, marks.
const J = '\\p{sc=Hani}\\p{sc=Hira}\\p{sc=Kana}\\p{sc=Hang}\\u30fc';
const PIECE = new RegExp(`([${J}]+)|((?:(?![${J}])[\\p{L}\\p{N}\\p{M}])+)`, 'gu');
const KANA = /^[\p{sc=Hira}\p{sc=Kana}\u30fc]+$/u;

/** NFKC, then lower case. */
export const normalise = (s) => s.normalize('NFKC').toLowerCase();

/** Hiragana to katakana, as the reading field holds it. */
export const toKatakana = (s) => s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/** A text's words, and its Japanese runs as arrays of characters. */
const pieces = (text) => [...normalise(text).matchAll(PIECE)].map((m) => m[2] || [...m[1]]);

const grams = (run, n) => run.slice(0, Math.max(0, run.length - n + 1)).map((_, i) => run.slice(i, i + n).join(''));

/**
 * The terms the index holds for a text (n = 2 in the text field, 4 in the reading): words
 * whole; each run in overlapping n-grams, then its last n-1, ..., 1 characters.
 */
export const terms = (text, n = 2) => pieces(text).flatMap((p) => {
  if (typeof p === 'string') return [p];
  const m = Math.min(n - 1, p.length);
  return [...grams(p, n), ...[...Array(m)].map((_, k) => p.slice(p.length - m + k).join(''))];
});

/**
 * The words of a query: a word only in kana is looked up in the reading (r), any other in the
 * text (t). Its terms are [term, prefix]: every n-gram of a run must be there; a run shorter
 * than n, or a last Latin word, matches the terms starting with it.
 */
export const parse = (query) => normalise(query).split(/\s+/).filter(Boolean).map((word) => {
  const kana = KANA.test(word);
  const n = kana ? 4 : 2;
  const ps = pieces(kana ? toKatakana(word) : word);
  const ts = ps.flatMap((p, i) => typeof p === 'string' ? [[p, i === ps.length - 1]]
    : p.length < n ? [[p.join(''), true]] : grams(p, n).map((g) => [g, false]));
  return { word, space: kana ? 'r' : 't', terms: ts };
}).filter((w) => w.terms.length);

async function unpack(bytes) {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes; // already unpacked by the server
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function readShard(b) {
  const terms = new Map();
  const text = new TextDecoder();
  let i = 0;
  const next = () => {
    let v = 0;
    let shift = 0;
    let x;
    do { x = b[i++]; v += (x & 127) * 2 ** shift; shift += 7; } while (x & 128);
    return v;
  };
  while (i < b.length) {
    const n = next();
    const term = text.decode(b.subarray(i, i + n));
    i += n;
    const count = next();
    const docs = new Int32Array(count);
    const scores = new Uint8Array(count);
    for (let k = 0, d = 0; k < count; k++) {
      d += next();
      docs[k] = d;
      scores[k] = b[i++];
    }
    terms.set(term, [docs, scores]);
  }
  return terms;
}

/** The last index whose first term is not after the term, or -1. */
function find(firsts, term) {
  let lo = 0;
  let hi = firsts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (firsts[mid] <= term) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return at;
}

/** Records in both maps, with their scores added. */
function both(a, b) {
  if (!a) return b;
  const out = new Map();
  for (const [d, s] of a) if (b.has(d)) out.set(d, s + b.get(d));
  return out;
}

export class Index {
  /**
   * @param load a function from a path inside the index folder ("index.bin", "t/3.bin") to
   *     the file's bytes; by default fetched below base
   */
  constructor(base, load) {
    this.cache = new Map();
    this.load = load || (async (path) => {
      const v = path === 'index.bin' ? '' : '?v=' + (await this.manifest()).v;
      const r = await fetch(base + path + v, path === 'index.bin' ? { cache: 'no-cache' } : {});
      if (!r.ok) throw new Error(r.status + ' ' + path);
      return new Uint8Array(await r.arrayBuffer());
    });
  }

  // A file is fetched once; a failed fetch is forgotten, so the next search tries again.
  file(path, read) {
    if (!this.cache.has(path)) {
      this.cache.set(path, this.load(path).then(unpack).then(read).catch((e) => {
        this.cache.delete(path);
        throw e;
      }));
    }
    return this.cache.get(path);
  }

  manifest() {
    return this.file('index.bin', (b) => JSON.parse(new TextDecoder().decode(b)));
  }

  /** Records holding the term (or, with prefix, any term starting with it) and their scores. */
  async postings(space, term, prefix) {
    const firsts = (await this.manifest())[space];
    const from = Math.max(0, find(firsts, term));
    const to = prefix ? find(firsts, term + '\uffff') : find(firsts, term);
    const out = new Map();
    const shards = [];
    for (let i = from; i <= to; i++) shards.push(this.file(space + '/' + i + '.bin', readShard));
    for (const shard of await Promise.all(shards)) {
      const add = (docs, scores) => docs.forEach((d, k) => out.set(d, Math.max(out.get(d) || 0, scores[k])));
      if (!prefix) {
        const p = shard.get(term);
        if (p) add(...p);
      } else {
        for (const [t, p] of shard) if (t.startsWith(term)) add(...p);
      }
    }
    return out;
  }

  /** The records matching every word of the query, best first, as [record, score]. */
  async search(query) {
    const lists = await Promise.all(parse(query).map((w) =>
      Promise.all(w.terms.map(([t, prefix]) => this.postings(w.space, t, prefix)))));
    const result = lists.map((found) => found.reduce(both)).reduce(both, null);
    return [...(result || [])].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  /** Each record's kind, area and fields. */
  facets() {
    return this.manifest().then((m) => this.file('facets.bin', (b) => {
      const kind = new Uint8Array(m.n);
      const area = new Uint8Array(m.n);
      const fields = [];
      for (let d = 0, i = 0; d < m.n; d++) {
        kind[d] = b[i++];
        area[d] = b[i++];
        const n = b[i++];
        fields[d] = b.subarray(i, i + n);
        i += n;
      }
      return { kind, area, fields };
    }));
  }

  /** The shown records: { url, title, kind, meta, excerpt, kana }. */
  async records(ids) {
    const m = await this.manifest();
    return Promise.all(ids.map(async (id) => {
      const chunk = await this.file('d/' + Math.floor(id / m.chunk) + '.bin',
        (b) => JSON.parse(new TextDecoder().decode(b)));
      const [url, title, kind, meta, excerpt, kana] = chunk[id % m.chunk];
      return { id, url, title, kind: m.kinds[kind], meta, excerpt, kana };
    }));
  }
}
