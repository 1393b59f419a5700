// The search page (/search/?q=ふくし): results with their kind, reading and a snippet, filters by
// kind, field and area with counts, the count announced. All wording comes from the page.
import { Index, normalise, parse, toKatakana } from './search-core.js';

const form = document.getElementById('search-form');
if (form) {
  const PAGE = 10;
  const [status, list, more] = ['status', 'results', 'more'].map((id) => document.getElementById('search-' + id));
  const index = new Index(form.dataset.index);
  const say = (key, ...args) => form.dataset[key].replace(/\{(\d)\}/g, (_, i) => args[i]);
  const els = form.elements;
  const dims = [['kind', 'kinds'], ['category', 'categories'], ['area', 'areas']];
  const el = (tag, cls, ...kids) => {
    const e = document.createElement(tag);
    e.className = cls;
    e.append(...kids);
    return e;
  };
  // turn counts searches and filter changes: an older one still loading leaves the page alone.
  let [all, hits, shown, query, turn, loading] = [[], [], 0, '', 0, false];

  // Setting a radio group's value to '' does not check the radio of value '': choose it, or すべて.
  const choose = (name, value) => {
    const cs = [...(els[name].options || els[name])];
    const c = cs.find((o) => o.value === value) || cs.find((o) => o.value === '');
    if (c) c.selected = c.checked = true;
  };

  const fromAddress = () => {
    const p = new URLSearchParams(location.search);
    els.q.value = p.get('q') || '';
    for (const [name] of dims) choose(name, p.get(name) || '');
  };

  const address = () => {
    const p = new URLSearchParams();
    for (const name of ['q', 'kind', 'category', 'area']) if (els[name].value) p.set(name, els[name].value);
    return location.pathname + (String(p) ? '?' + p : '');
  };

  // Marks where a query word stands, comparing normalised text (ﾎﾞ is ボ): each normalised
  // character keeps where its original starts and ends. Gives [fragment, first mark or -1].
  const marked = (text, words) => {
    const [starts, ends, spans] = [[], [], []];
    let [norm, at, from] = ['', 0, 0];
    for (const u of text.match(/[^][\p{M}\uff9e\uff9f]*/gu) || []) {
      const n = normalise(u);
      for (let k = 0; k < n.length; k++) {
        starts.push(at);
        ends.push(at + u.length);
      }
      norm += n;
      at += u.length;
    }
    for (const w of words) {
      for (const x of new Set([w, toKatakana(w)])) {
        for (let p = norm.indexOf(x); p >= 0; p = norm.indexOf(x, p + 1)) spans.push([starts[p], ends[p + x.length - 1]]);
      }
    }
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const frag = document.createDocumentFragment();
    for (const [s, e] of spans) {
      if (s < from) continue;
      frag.append(text.slice(from, s), el('mark', '', text.slice(s, e)));
      from = e;
    }
    frag.append(text.slice(from));
    return [frag, spans.length ? spans[0][0] : -1];
  };

  // The reading, for those who read little kanji, is hidden from screen readers, which read the title.
  const item = (r, words) => {
    let text = r.excerpt;
    const first = marked(text, words)[1];
    if (first > 60) text = '…' + text.slice(first - 30);
    const a = el('a', '', marked(r.title, words)[0]);
    a.href = form.dataset.base + r.url;
    const kana = r.kana ? [el('p', 'result-kana', marked(r.kana, words)[0])] : [];
    kana.forEach((p) => p.setAttribute('aria-hidden', 'true'));
    return el('li', 'result', el('h2', '', a), ...kana,
      el('p', 'result-meta', el('span', 'badge', form.querySelector(`[name=kind][value="${r.kind}"]`).dataset.label), ' ', r.meta),
      el('p', 'result-snippet', marked(text, words)[0]));
  };

  // The next page of results as list items, not yet shown.
  const page = async () => {
    const next = hits.slice(shown, shown + PAGE);
    shown += next.length;
    const words = parse(query).map((w) => w.word);
    return (await index.records(next.map(([id]) => id))).map((r) => item(r, words));
  };

  const updateMore = () => {
    more.hidden = shown >= hits.length;
    more.textContent = say('more', hits.length - shown);
  };

  const label = (o, n) => {
    const c = o.querySelector('.count');
    if (c) c.textContent = n;
    else o.textContent = o.dataset.label + n;
  };

  // Counts for each choice of one filter under the other two; then the records all three keep.
  const filter = async () => {
    if (!all.length) {
      form.querySelectorAll('[data-filter]').forEach((o) => label(o, ''));
      return all;
    }
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
        label(o, say('count', v < 0 ? total : counts[v]));
      }
    });
    return all.filter(([d]) => keep(d, -1));
  };

  // Searches (when asked), filters, shows the first page and announces the count, the list
  // marked busy meanwhile.
  const show = async (search) => {
    const mine = ++turn;
    list.setAttribute('aria-busy', 'true');
    try {
      if (search) {
        query = els.q.value.trim();
        const found = query ? await index.search(query) : [];
        if (mine !== turn) return;
        all = found;
      }
      const kept = await filter();
      if (mine !== turn) return;
      [hits, shown] = [kept, 0];
      const items = await page();
      if (mine !== turn) return;
      list.replaceChildren(...items);
      updateMore();
      status.textContent = !query ? say('empty') : hits.length ? say('found', query, hits.length) : say('none', query);
    } catch (e) {
      if (mine === turn) status.textContent = say('error');
    } finally {
      if (mine === turn) list.removeAttribute('aria-busy');
    }
  };

  // Searching and filtering change the address, so that Back returns to the results before.
  const go = (search) => {
    history.pushState(null, '', address());
    show(search || els.q.value.trim() !== query);
  };
  form.hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(true);
  });
  form.addEventListener('change', (e) => e.target.name !== 'q' && go());
  // The next page, the focus on its first result; ignored while results change or a page loads.
  more.addEventListener('click', async () => {
    if (loading || list.hasAttribute('aria-busy')) return;
    const [mine, first] = [turn, list.children.length];
    loading = true;
    try {
      const items = await page();
      if (mine !== turn) return;
      list.append(...items);
      updateMore();
      list.children[first]?.querySelector('a').focus();
    } catch (e) {
      if (mine === turn) status.textContent = say('error');
    } finally {
      loading = false;
    }
  });
  window.addEventListener('popstate', () => {
    fromAddress();
    show(true);
  });
  fromAddress();
  show(true);
}
