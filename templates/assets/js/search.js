// The search page: reads the query from the address (/search/?q=ふくし), shows the results with
// their kind and a snippet, filters by kind, field and area with counts, and announces the
// count. Every word shown comes from the page itself, so the page's language is kept.
import { Index, normalise, parse, toKatakana } from './search-core.js';

const form = document.getElementById('search-form');
if (form) {
  const PAGE = 20;
  const $ = (id) => document.getElementById(id);
  const status = $('search-status');
  const list = $('search-results');
  const more = $('search-more');
  const index = new Index(form.dataset.index);
  const say = (key, ...args) => form.dataset[key].replace(/\{(\d)\}/g, (_, i) => args[i]);
  const els = form.elements;
  const dims = [['kind', 'kinds'], ['category', 'categories'], ['area', 'areas']];
  let hits = [];
  let shown = 0;
  let query = '';

  const fromAddress = () => {
    const p = new URLSearchParams(location.search);
    els.q.value = p.get('q') || '';
    for (const [name] of dims) els[name].value = p.get(name) || '';
  };

  const address = () => {
    const p = new URLSearchParams();
    for (const name of ['q', 'kind', 'category', 'area']) if (els[name].value) p.set(name, els[name].value);
    return location.pathname + (String(p) ? '?' + p : '');
  };

  // Marks each place where a word of the query stands in the text, comparing normalised forms.
  const marked = (text, words) => {
    const frag = document.createDocumentFragment();
    let norm = '';
    const at = [];
    for (let i = 0; i < text.length;) {
      const c = String.fromCodePoint(text.codePointAt(i));
      const n = normalise(c);
      for (let k = 0; k < n.length; k++) at.push(i);
      norm += n;
      i += c.length;
    }
    at.push(text.length);
    const spans = [];
    for (const w of words) {
      for (const needle of new Set([w, toKatakana(w)])) {
        for (let p = norm.indexOf(needle); p >= 0; p = norm.indexOf(needle, p + 1)) {
          spans.push([at[p], at[p + needle.length]]);
        }
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    let from = 0;
    for (const [s, e] of spans) {
      if (s < from) continue;
      frag.append(text.slice(from, s));
      const m = document.createElement('mark');
      m.textContent = text.slice(s, e);
      frag.append(m);
      from = e;
    }
    frag.append(text.slice(from));
    return [frag, spans.length ? spans[0][0] : -1];
  };

  const item = (r, words) => {
    const li = document.createElement('li');
    li.className = 'result';
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = form.dataset.base + r.url;
    a.append(marked(r.title, words)[0]);
    h.append(a);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = form.querySelector(`[name=kind][value="${r.kind}"]`).dataset.label;
    meta.append(badge, ' ', r.meta);
    let text = r.excerpt;
    const first = marked(text, words)[1];
    if (first > 60) text = '…' + text.slice(first - 30);
    const p = document.createElement('p');
    p.className = 'result-snippet';
    p.append(marked(text, words)[0]);
    li.append(h, meta, p);
    return li;
  };

  const showMore = async () => {
    const next = hits.slice(shown, shown + PAGE);
    const words = parse(query).map((w) => w.word);
    const records = await index.records(next.map((h) => h[0]));
    list.append(...records.map((r) => item(r, words)));
    shown += next.length;
    more.hidden = shown >= hits.length;
    more.textContent = say('more', hits.length - shown);
  };

  // Counts for each choice of one filter, under the other two; then the records all three keep.
  const filter = async (all) => {
    if (!all.length) return all;
    const [m, f] = await Promise.all([index.manifest(), index.facets()]);
    const chosen = dims.map(([name, key]) => m[key].indexOf(els[name].value));
    const has = [(d, v) => f.kind[d] === v, (d, v) => f.fields[d].includes(v), (d, v) => f.area[d] === v + 1];
    const keep = (d, skip) => chosen.every((v, k) => k === skip || v < 0 || has[k](d, v));
    dims.forEach(([name, key], k) => {
      const counts = m[key].map(() => 0);
      let total = 0;
      for (const [d] of all) {
        if (!keep(d, k)) continue;
        total++;
        m[key].forEach((_, v) => { if (has[k](d, v)) counts[v]++; });
      }
      for (const o of form.querySelectorAll(`[data-filter=${name}]`)) {
        const v = m[key].indexOf(o.dataset.value);
        const n = say('count', v < 0 ? total : counts[v]);
        if (o.querySelector('.count')) o.querySelector('.count').textContent = n;
        else o.textContent = o.dataset.label + n;
      }
    });
    return all.filter(([d]) => keep(d, -1));
  };

  let all = [];
  const show = async () => {
    hits = await filter(all);
    list.textContent = '';
    shown = 0;
    await showMore();
    status.textContent = !query ? say('empty') : hits.length ? say('found', query, hits.length) : say('none', query);
  };

  const run = async () => {
    query = els.q.value.trim();
    try {
      all = query ? await index.search(query) : [];
      await show();
    } catch (e) {
      status.textContent = say('error');
    }
  };

  form.hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.pushState(null, '', address());
    run();
  });
  form.addEventListener('change', (e) => {
    if (e.target.name === 'q') return;
    history.replaceState(null, '', address());
    show();
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    showMore().then(() => list.children[first] && list.children[first].querySelector('a').focus());
  });
  window.addEventListener('popstate', () => { fromAddress(); run(); });
  fromAddress();
  run();
}
