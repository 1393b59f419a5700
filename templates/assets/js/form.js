// The forms with which a group asks the centre to publish its information, an event or a call
// for helpers. Everything happens on this page: what is typed is checked against the record's
// JSON Schema (the same one editors use, made from the same record classes as the generator's
// checks) and turned into the YAML file, which the person then downloads, copies, sends by e-mail
// or proposes on GitHub. Nothing is checked while a word is being typed: only when the file is
// asked for, and after that when a field is left, so Japanese input methods are never disturbed.

const form = document.getElementById('record-form');
if (form) {
  start(form);
}

function start(form) {
  const d = form.dataset;
  const en = document.documentElement.lang === 'en';
  const summary = document.getElementById('form-errors');
  const result = document.getElementById('form-result');
  const yamlBox = document.getElementById('form-yaml');
  const status = document.getElementById('form-status');
  const slugInput = form.querySelector('[name="slug"]');
  let schema = null;
  let checkedOnce = false;
  let editing = null;
  let slugTouched = false;
  let made = null;

  const say = (key, ...args) => (d['m' + key] || key).replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? '');
  form.hidden = false;

  // Pressing Enter in a one-line field does not make the file early (an input method's own Enter,
  // which ends a conversion, is left alone).
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing && e.keyCode !== 229 && e.target instanceof HTMLInputElement
        && e.target.type !== 'submit' && e.target.type !== 'checkbox') {
      e.preventDefault();
    }
  });
  slugInput.addEventListener('input', () => { slugTouched = slugInput.value.trim() !== ''; });
  const kanaInput = form.querySelector('[name="kana"]');
  if (kanaInput) {
    kanaInput.addEventListener('change', () => {
      if (!slugTouched && !editing) {
        slugInput.value = romanise(kanaInput.value);
      }
    });
  }
  const posted = form.querySelector('[name="posted"]');
  if (posted && !posted.value) {
    posted.value = today();
  }
  form.addEventListener('change', () => {
    if (checkedOnce) {
      show(validate().problems, false);
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    checkedOnce = true;
    if (!schema) {
      schema = await fetch(d.schema).then((r) => r.json()).catch(() => ({}));
    }
    const { value, slug, problems } = validate();
    if (d.kind === 'group' && !editing && slug && !problems.some((p) => p.path === 'slug')) {
      const taken = await fetch(d.prefill + encodeURIComponent(slug) + '.json', { method: 'HEAD' })
        .then((r) => r.ok).catch(() => false);
      if (taken) {
        problems.unshift({ path: 'slug', key: 'Taken', args: [slug] });
      }
    }
    if (problems.length > 0) {
      result.hidden = true;
      show(problems, true);
      return;
    }
    show([], false);
    makeFile(value, slug);
  });
  document.getElementById('form-back').addEventListener('click', () => {
    const first = form.querySelector('input, select, textarea');
    first.focus();
  });
  document.getElementById('form-download').addEventListener('click', download);
  document.getElementById('form-copy').addEventListener('click', () => copy(say('Copied')));
  const github = document.getElementById('form-github');
  if (github) {
    github.addEventListener('click', () => {
      if (github.dataset.copy === 'true') {
        copy(say('EditGithub'));
      }
    });
  }
  prefill();

  /** The value of the form as the record, the file name, and what is wrong with it. */
  function validate() {
    const value = {};
    const problems = [];
    let slug = '';
    for (const el of form.querySelectorAll('[data-widget]')) {
      const widget = el.dataset.widget;
      const path = el.dataset.path || el.name;
      let v;
      if (widget === 'checkboxes') {
        v = [...el.querySelectorAll('input:checked')].map((i) => i.value);
        v = v.length > 0 ? v : undefined;
      } else if (widget === 'checkbox') {
        v = el.checked ? true : (el.dataset.required ? false : undefined);
      } else {
        const raw = el.value.replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '');
        const text = raw.trim();
        if (text === '') {
          v = undefined;
        } else if (widget === 'number') {
          const n = text.normalize('NFKC').replace(/,/g, '');
          v = /^\d+$/.test(n) ? Number(n) : text;
          if (typeof v !== 'number') problems.push({ path, key: 'Number' });
        } else if (widget === 'lines' || widget === 'dates') {
          v = text.split('\n').map((s) => s.trim()).filter(Boolean);
          if (widget === 'dates') {
            v = v.map((s) => {
              const iso = isoDate(s);
              if (!iso) problems.push({ path, key: 'Date', args: [s] });
              return iso || s;
            });
          }
        } else if (widget === 'date') {
          v = isoDate(text);
          if (!v) {
            problems.push({ path, key: 'Date', args: [text] });
            v = text;
          }
        } else if (widget === 'time') {
          v = isoTime(text);
          if (!v) {
            problems.push({ path, key: 'Time', args: [text] });
            v = text;
          }
        } else if (widget === 'textarea') {
          v = raw;
        } else {
          v = text;
          if (widget === 'kana') {
            const bad = [...v.normalize('NFKC')].find((c) => !/[ぁ-ゖァ-ヺーゝゞ・、 　a-zA-Z0-9\-&.']/.test(c));
            if (bad) problems.push({ path, key: 'Kana', args: [bad] });
          } else if (widget === 'slug' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)) {
            problems.push({ path, key: 'Slug' });
          } else if (widget === 'tel') {
            const t = v.normalize('NFKC').replace(/[‐－ー―−]/g, '-');
            const digits = t.replace(/-/g, '').length;
            if (!/^0\d{1,4}-\d{1,4}-\d{3,4}$/.test(t) || (digits !== 10 && digits !== 11)) {
              problems.push({ path, key: 'Tel' });
            } else {
              v = t;
            }
          }
        }
      }
      if (path === 'slug') {
        slug = v || '';
        if (v === undefined) problems.push({ path, key: 'Required' });
        continue;
      }
      if (v !== undefined) {
        put(value, path, v);
      }
    }
    if (schema) {
      check(schema, value, '', problems);
    }
    // A contact item ticked to be published must be there (the generator warns otherwise).
    const contact = value.contact || {};
    for (const item of contact.public || []) {
      if (contact[item] === undefined && control('contact.' + item)) {
        problems.push({ path: 'contact.public', key: 'PublicMissing', args: [label('contact.' + item)] });
      }
    }
    // One message a field, in the order of the form.
    const order = [...form.querySelectorAll('[data-widget]')].map((el) => el.dataset.path || el.name);
    const seen = new Set();
    const unique = problems.filter((p) => !seen.has(p.path) && seen.add(p.path))
      .sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
    return { value, slug, problems: unique };
  }

  /** Checks a value against the part of the JSON Schema the generator writes. */
  function check(s, v, path, out) {
    if (v === undefined) return;
    if (s.anyOf) {
      const branch = s.anyOf.find((b) => (b.type === 'array') === Array.isArray(v)) || s.anyOf[0];
      check(branch, v, path, out);
      return;
    }
    if (s.enum && !s.enum.includes(v)) {
      out.push({ path, key: 'Choice' });
      return;
    }
    const types = [].concat(s.type || []);
    if (types.length > 0 && !types.some((t) => isType(t, v))) {
      out.push({ path, key: 'Type' });
      return;
    }
    if (typeof v === 'string') {
      const length = [...v].length;
      if (s.maxLength && length > s.maxLength) {
        out.push({ path, key: 'TooLong', args: [s.maxLength, length] });
      }
      if (s.pattern && !new RegExp(s.pattern).test(v)) {
        const widget = control(path)?.dataset.widget;
        out.push({ path, key: widget === 'email' ? 'Email' : widget === 'url' ? 'Url' : 'Type' });
      }
    }
    if (Array.isArray(v) && s.items) {
      v.forEach((item) => check(s.items, item, path, out));
    }
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const key of s.required || []) {
        if (v[key] === undefined) out.push({ path: join(path, key), key: 'Required' });
      }
      for (const [key, item] of Object.entries(v)) {
        const p = s.properties && s.properties[key];
        if (p) {
          check(p, item, join(path, key), out);
        } else if (s.additionalProperties === false) {
          out.push({ path: join(path, key), key: 'Type' });
        }
      }
    }
  }

  function isType(t, v) {
    switch (t) {
      case 'string': return typeof v === 'string';
      case 'integer': return Number.isInteger(v);
      case 'number': return typeof v === 'number';
      case 'boolean': return typeof v === 'boolean';
      case 'array': return Array.isArray(v);
      case 'object': return v !== null && typeof v === 'object' && !Array.isArray(v);
      default: return true;
    }
  }

  /** The control (or the fieldset of check boxes) of a field. */
  function control(path) {
    return form.querySelector(`[data-widget][name="${path}"], fieldset[data-path="${path}"]`);
  }

  /** The field's name as a person reads it: its label, after the name of its group. */
  function label(path) {
    const el = control(path);
    if (!el) return path;
    const own = el.tagName === 'FIELDSET' ? el.querySelector('legend') : form.querySelector(`label[for="${el.id}"]`);
    const words = (node) => {
      const c = node.cloneNode(true);
      c.querySelectorAll('.required, rt, rp').forEach((r) => r.remove());
      return c.textContent.trim();
    };
    const group = el.parentElement.closest('fieldset.field-group');
    const name = own ? words(own) : path;
    return group ? words(group.querySelector('legend')) + (en ? ': ' : 'の') + name : name;
  }

  /** Shows each problem beside its field and, listed, at the top; moves there when asked. */
  function show(problems, focus) {
    for (const error of form.querySelectorAll('.field-error')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const el of form.querySelectorAll('[aria-invalid]')) {
      el.removeAttribute('aria-invalid');
    }
    for (const el of form.querySelectorAll('[data-widget]')) {
      const hint = document.getElementById(el.id + '-hint');
      if (hint) el.setAttribute('aria-describedby', hint.id);
      else el.removeAttribute('aria-describedby');
    }
    const list = summary.querySelector('ul');
    list.replaceChildren();
    for (const p of problems) {
      const el = control(p.path);
      const widget = el && el.dataset.widget;
      const key = p.key === 'Required' && (widget === 'select' || widget === 'checkboxes') ? 'Choose' : p.key;
      const message = say(key, label(p.path), ...(p.args || []));
      if (el) {
        const error = document.getElementById(el.id + '-error');
        error.textContent = message;
        error.hidden = false;
        el.setAttribute('aria-describedby', [error.id, el.getAttribute('aria-describedby')].filter(Boolean).join(' '));
        if (el.tagName !== 'FIELDSET') el.setAttribute('aria-invalid', 'true');
      }
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = '#' + (el ? el.id : 'record-form');
      link.textContent = message;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        const target = el && el.tagName === 'FIELDSET' ? el.querySelector('input') : el;
        if (target) {
          target.focus();
          target.scrollIntoView({ block: 'center' });
        }
      });
      item.append(link);
      list.append(item);
    }
    summary.querySelector('h2').textContent = say('Summary', problems.length);
    summary.hidden = problems.length === 0;
    if (focus && problems.length > 0) {
      summary.focus();
    }
  }

  /** Shows the file and readies the ways of handing it over. */
  function makeFile(value, slug) {
    const path = d.file.replace('{slug}', slug);
    const yaml = toYaml(value, path);
    made = { yaml, path, slug };
    document.getElementById('form-file').textContent = path;
    yamlBox.value = yaml;
    status.textContent = '';
    const mail = document.getElementById('form-mail');
    if (mail) {
      const to = decode(mail.dataset.to);
      const subject = say('MailSubject', value.name || value.title || slug, path);
      mail.href = 'mailto:' + to + '?subject=' + encodeURIComponent(subject) + '&body=' + encodeURIComponent(yaml);
    }
    if (github) {
      const repo = github.dataset.repository;
      const branch = encodeURIComponent(github.dataset.branch);
      const full = repo + '/new/' + branch + '?filename=' + encodeURIComponent(path) + '&value=' + encodeURIComponent(yaml);
      if (editing) {
        github.href = repo + '/edit/' + branch + '/' + path.split('/').map(encodeURIComponent).join('/');
        github.dataset.copy = 'true';
      } else if (full.length > 8000) {
        // Too long for an address: the editor opens empty and the text is pasted from the clipboard.
        github.href = repo + '/new/' + branch + '?filename=' + encodeURIComponent(path);
        github.dataset.copy = 'true';
      } else {
        github.href = full;
        github.dataset.copy = 'false';
      }
    }
    result.hidden = false;
    document.getElementById('form-result-title').focus();
  }

  function download() {
    if (!made) return;
    const url = URL.createObjectURL(new Blob([made.yaml], { type: 'application/yaml;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = made.slug + '.yaml';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function copy(message) {
    if (!made) return;
    const fallback = () => {
      yamlBox.select();
      status.textContent = document.execCommand('copy') ? message : say('CopyFailed');
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(made.yaml).then(() => { status.textContent = message; }, fallback);
    } else {
      fallback();
    }
  }

  /** Fills the form with a group's published values when the page is opened to correct them. */
  async function prefill() {
    const slug = new URLSearchParams(location.search).get('edit');
    if (!slug || d.kind !== 'group') return;
    const notice = document.getElementById('form-editing');
    const data = await fetch(d.prefill + encodeURIComponent(slug) + '.json').then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
    if (!data) {
      notice.textContent = say('NotFound', slug);
      notice.hidden = false;
      return;
    }
    editing = slug;
    for (const el of form.querySelectorAll('[data-widget]')) {
      const path = el.dataset.path || el.name;
      const v = path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), data);
      if (v === undefined || v === null) continue;
      const widget = el.dataset.widget;
      if (widget === 'checkboxes') {
        for (const box of el.querySelectorAll('input')) box.checked = [].concat(v).includes(box.value);
      } else if (widget === 'checkbox') {
        el.checked = v === true;
      } else if (Array.isArray(v)) {
        el.value = v.join('\n');
      } else if (typeof v === 'object' && v.coded) {
        el.value = decode(v.coded);
      } else {
        el.value = String(v);
      }
    }
    slugInput.readOnly = true;
    notice.textContent = say('Editing', data.name || slug);
    notice.hidden = false;
  }
}

/** Sets a value at a dotted path, making the objects on the way. */
function put(target, path, value) {
  const keys = path.split('.');
  let o = target;
  for (const k of keys.slice(0, -1)) {
    o = o[k] = o[k] || {};
  }
  o[keys[keys.length - 1]] = value;
}

function join(path, key) {
  return path ? path + '.' + key : key;
}

/** An address coded as the site codes them (email.js): reversed, UTF-8, base64. */
function decode(coded) {
  const bytes = Uint8Array.from(atob(coded), (c) => c.charCodeAt(0));
  return [...new TextDecoder().decode(bytes)].reverse().join('');
}

/** Today in Japan, as 2026-12-07. */
function today() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

/**
 * A date as a person may write it (2026-12-13, 2026/12/13, ２０２６年１２月１３日, 令和8年12月13日)
 * in ISO form, or null when it is not a date of the calendar.
 */
function isoDate(text) {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  let y;
  let rest;
  const era = t.match(/^(令和|平成|R|H)(元|\d{1,2})年?(.*)$/i);
  if (era) {
    const start = /^(令和|R)$/i.test(era[1]) ? 2018 : 1988;
    y = start + (era[2] === '元' ? 1 : Number(era[2]));
    rest = era[3].replace(/^[-/.]/, '');
  } else {
    const m = t.match(/^(\d{4})[-/.年](.*)$/);
    if (!m) return null;
    y = Number(m[1]);
    rest = m[2];
  }
  const md = rest.match(/^(\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!md) return null;
  const [mo, da] = [Number(md[1]), Number(md[2])];
  const date = new Date(Date.UTC(y, mo - 1, da));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== da) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(da).padStart(2, '0')}`;
}

/** A time as a person may write it (13:30, ９：３０, 午後1時半, 10時) as 13:30, or null. */
function isoTime(text) {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/半$/, '30分');
  const m = t.match(/^(午前|午後)?(\d{1,2})(?::(\d{2})|時(?:(\d{1,2})分?)?)$/);
  if (!m) return null;
  let h = Number(m[2]);
  const min = Number(m[3] ?? m[4] ?? 0);
  if (m[1] === '午後' && h < 12) h += 12;
  if (m[1] && Number(m[2]) > 12) return null;
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** A reading in hiragana as a file name: Hepburn romaji, words joined by hyphens. */
function romanise(kana) {
  const k = kana.normalize('NFKC').replace(/[ァ-ヶ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  const two = { きゃ: 'kya', きゅ: 'kyu', きょ: 'kyo', しゃ: 'sha', しゅ: 'shu', しょ: 'sho', ちゃ: 'cha', ちゅ: 'chu',
    ちょ: 'cho', にゃ: 'nya', にゅ: 'nyu', にょ: 'nyo', ひゃ: 'hya', ひゅ: 'hyu', ひょ: 'hyo', みゃ: 'mya', みゅ: 'myu',
    みょ: 'myo', りゃ: 'rya', りゅ: 'ryu', りょ: 'ryo', ぎゃ: 'gya', ぎゅ: 'gyu', ぎょ: 'gyo', じゃ: 'ja', じゅ: 'ju',
    じょ: 'jo', びゃ: 'bya', びゅ: 'byu', びょ: 'byo', ぴゃ: 'pya', ぴゅ: 'pyu', ぴょ: 'pyo', ふぁ: 'fa', ふぃ: 'fi',
    ふぇ: 'fe', ふぉ: 'fo', てぃ: 'ti', でぃ: 'di', うぃ: 'wi', うぇ: 'we', うぉ: 'wo', しぇ: 'she', じぇ: 'je', ちぇ: 'che' };
  const rows = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん'
    + 'がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゔ';
  const roma = ['a', 'i', 'u', 'e', 'o', 'ka', 'ki', 'ku', 'ke', 'ko', 'sa', 'shi', 'su', 'se', 'so', 'ta', 'chi', 'tsu',
    'te', 'to', 'na', 'ni', 'nu', 'ne', 'no', 'ha', 'hi', 'fu', 'he', 'ho', 'ma', 'mi', 'mu', 'me', 'mo', 'ya', 'yu', 'yo',
    'ra', 'ri', 'ru', 're', 'ro', 'wa', 'o', 'n', 'ga', 'gi', 'gu', 'ge', 'go', 'za', 'ji', 'zu', 'ze', 'zo', 'da', 'ji',
    'zu', 'de', 'do', 'ba', 'bi', 'bu', 'be', 'bo', 'pa', 'pi', 'pu', 'pe', 'po', 'a', 'i', 'u', 'e', 'o', 'vu'];
  let out = '';
  let double = false;
  for (let i = 0; i < k.length; i++) {
    const pair = k.slice(i, i + 2);
    let r;
    if (two[pair]) {
      r = two[pair];
      i++;
    } else if (k[i] === 'っ') {
      double = true;
      continue;
    } else if (rows.includes(k[i])) {
      r = roma[rows.indexOf(k[i])];
    } else if (/[a-z0-9]/i.test(k[i])) {
      r = k[i].toLowerCase();
    } else if (k[i] === 'ー') {
      continue;
    } else {
      r = '-';
    }
    if (double && r !== '-') {
      r = (r.startsWith('ch') ? 't' : r[0]) + r;
    }
    double = false;
    out += r;
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
}

/**
 * The record as a YAML file: the schema line for editors first, keys in the form's order, text
 * quoted wherever YAML would read it as something else (13:30, yes, 2026-12-13, 0120), several
 * lines as a literal block.
 */
function toYaml(value, path) {
  const form = document.getElementById('record-form');
  const plain = new Set([...form.querySelectorAll('[data-widget="date"], [data-widget="dates"], [data-widget="number"]')]
    .map((el) => el.name));
  const lines = [
    '# yaml-language-server: $schema=' + form.dataset.schemaId,
    '# ' + path + ' ' + form.dataset.mMade.replace('{0}', today()),
  ];
  emit(value, 0, '', lines, plain);
  return lines.join('\n') + '\n';
}

function emit(object, indent, prefix, lines, plain) {
  const pad = ' '.repeat(indent);
  for (const [key, v] of Object.entries(object)) {
    const path = prefix + key;
    if (Array.isArray(v)) {
      lines.push(`${pad}${key}:`);
      for (const item of v) lines.push(`${pad}  - ${scalar(item, plain.has(path))}`);
    } else if (v !== null && typeof v === 'object') {
      lines.push(`${pad}${key}:`);
      emit(v, indent + 2, path + '.', lines, plain);
    } else if (typeof v === 'string' && v.includes('\n')) {
      const body = v.replace(/[ \t]+$/gm, '');
      lines.push(`${pad}${key}: |${/^[ \t]/.test(body) ? '2' : ''}-`);
      for (const line of body.split('\n')) lines.push(line === '' ? '' : pad + '  ' + line);
    } else {
      lines.push(`${pad}${key}: ${scalar(v, plain.has(path))}`);
    }
  }
}

function scalar(v, plainAllowed) {
  if (typeof v !== 'string') return String(v);
  if (plainAllowed && /^(\d{4}-\d{2}-\d{2}|\d+)$/.test(v)) return v;
  return plainSafe(v) ? v : JSON.stringify(v).replace(/[\u0085\u2028\u2029]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Whether YAML reads the text back as the same text when written without quotes. */
function plainSafe(s) {
  return s !== ''
    && !/^[\s\-?:,[\]{}#&*!|>'"%@`.+~]/.test(s)
    && !/\s$/.test(s)
    && !/: |:$| #|\t/.test(s)
    && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s)
    && !/^(true|false|yes|no|on|off|y|n|null)$/i.test(s)
    && !/^\d[\d_,.:eE+\-]*$/.test(s)
    && !/^\d{4}-\d{1,2}-\d{1,2}/.test(s);
}
