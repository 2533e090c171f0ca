// vanban serve: the page. Plain JavaScript, no library, no network beyond this server.
// The workspace folder is the truth: everything shown comes from /api, everything kept goes back to it.
'use strict';

const $ = (id) => document.getElementById(id);
const el = (tag, attrs, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
};

const state = {
  csrf: '',
  types: [],
  doc: null,        // {path, version, type, prelude, fields, body, data}
  spec: null,       // the type: {name, title, fields}
  fieldBoxes: {},   // top-level field name -> its .field element
  dirty: false,
  seq: 0,           // the latest check/preview asked for
  timer: 0,
  pdfUrl: '',
};

// ---- talking to the server -------------------------------------------------------------

async function api(method, url, body, raw) {
  const headers = {};
  if (method !== 'GET') headers['X-CSRF-Token'] = state.csrf;
  let payload;
  if (raw !== undefined) {
    payload = raw;
    headers['Content-Type'] = 'application/octet-stream';
  } else if (body !== undefined) {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  return res;
}

async function apiJson(method, url, body) {
  const res = await api(method, url, body);
  let data = {};
  try { data = await res.json(); } catch (e) { data = { error: 'Máy chủ trả lời không đọc được (HTTP ' + res.status + ')' }; }
  return { ok: res.ok, status: res.status, data };
}

// ---- dates the Vietnamese way ----------------------------------------------------------

function showDate(v) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : v;
}

// ---- the form's data as JSON: numbers kept exact (typed as text, sent as written) --------

const NUMBER = /^-?\d+(\.\d+)?$/;

function clean(v) {
  if (v === null || v === undefined || v === '') return undefined;
  if (Array.isArray(v)) {
    const out = v.map(clean).filter((x) => x !== undefined);
    return out.length ? out : undefined;
  }
  if (typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const c = clean(x);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return v;
}

function specOf(fields, name) { return (fields || []).find((f) => f.name === name); }

function toJson(v, spec) {
  if (Array.isArray(v)) return '[' + v.map((x) => toJson(x, spec && spec.items)).join(',') + ']';
  if (v && typeof v === 'object') {
    return '{' + Object.entries(v).map(([k, x]) => JSON.stringify(k) + ':' + toJson(x, spec ? specOf(spec.fields, k) : null)).join(',') + '}';
  }
  if (typeof v === 'string' && spec && (spec.type === 'number' || spec.type === 'integer')) {
    const t = v.trim();
    if (NUMBER.test(t)) return t;
  }
  return JSON.stringify(v);
}

function formJson() {
  const d = state.doc;
  const fields = clean(d.fields) || {};
  return '{"path":' + JSON.stringify(d.path) + ',"version":' + JSON.stringify(d.version) +
    ',"type":' + JSON.stringify(d.type) + ',"prelude":' + JSON.stringify(d.prelude) +
    ',"body":' + JSON.stringify($('body').value) +
    ',"fields":' + toJson(fields, { fields: state.spec ? state.spec.fields : [] }) + '}';
}

// ---- the files of the workspace ---------------------------------------------------------

async function loadFiles() {
  const { data } = await apiJson('GET', '/api/files');
  state.files = (data.files || []).map((f) => f.path);
  const others = [];
  const docs = $('doc-list'), datas = $('data-list');
  docs.replaceChildren();
  datas.replaceChildren();
  for (const f of data.files || []) {
    if (f.path.endsWith('.vb')) {
      const b = el('button', { type: 'button', text: f.path, title: f.path, onclick: () => openDoc(f.path) });
      if (!state.compile && state.doc && state.doc.path === f.path) b.classList.add('current');
      docs.append(el('li', {}, b));
    } else if (/\.(yaml|yml)$/.test(f.path)) {
      const b = el('button', { type: 'button', text: f.path, title: 'Mở nếu là bản biên soạn số liệu: ' + f.path, onclick: () => openCompile(f.path) });
      if (state.compile && state.compile.path === f.path) b.classList.add('current');
      datas.append(el('li', {}, b));
    } else {
      others.push(f.path);
    }
  }
  // Other data files (the units' monthly files…): a folder of many is one folded line.
  const folders = new Map();
  for (const p of others) {
    const dir = p.includes('/') ? p.replace(/\/.*$/, '/') : '';
    if (!folders.has(dir)) folders.set(dir, []);
    folders.get(dir).push(p);
  }
  for (const [dir, files] of folders) {
    const items = files.map((p) => el('li', {}, el('div', { class: 'data', text: p, title: p })));
    if (!dir || files.length <= 4) { datas.append(...items); continue; }
    datas.append(el('li', {}, el('details', { class: 'folder' }, el('summary', { text: dir + ' · ' + files.length + ' tệp' }), el('ul', { class: 'file-list' }, ...items))));
  }
  if (!docs.children.length) docs.append(el('li', { class: 'empty', text: 'chưa có văn bản' }));
  if (!datas.children.length) datas.append(el('li', { class: 'empty', text: 'chưa có tệp dữ liệu' }));
}

// ---- opening a document -----------------------------------------------------------------

async function openDoc(path) {
  if (state.dirty && !confirm('Văn bản đang mở có thay đổi chưa lưu. Bỏ các thay đổi đó?')) return;
  $('notice').hidden = true;
  const { ok, data } = await apiJson('GET', '/api/doc?path=' + encodeURIComponent(path));
  if (!ok) { showBanner(data.error); return; }
  await showDoc(data);
}

// ---- compile: which unit's month arrived ------------------------------------------------

const MONTH_MARK = { arrived: '✓', missing: '✗', allowed: '–', error: '!' };

// `dropped`: the cells just filled by a drop ({unit, month}), outlined.
async function openCompile(path, dropped = []) {
  const { ok, data } = await apiJson('GET', '/api/compile?path=' + encodeURIComponent(path));
  if (!ok) {
    if (state.doc) showBanner(data.error); else alert(data.error);
    return;
  }
  document.querySelector('.layout').classList.add('compiling');
  $('compile').hidden = false;
  $('compile-path').textContent = path + ' · năm ' + data.year + ', tháng 1–' + data.months;
  $('btn-compile-refresh').onclick = () => openCompile(path);
  const grid = $('compile-grid');
  grid.replaceChildren();
  const head = el('tr', {}, el('th', { text: 'Đơn vị' }));
  for (let m = 1; m <= data.months; m++) head.append(el('th', { text: 'Tháng ' + m }));
  grid.append(el('thead', {}, head));
  const body = el('tbody');
  const errors = $('compile-errors');
  errors.replaceChildren();
  let missing = 0, bad = 0;
  for (const u of data.units) {
    const row = el('tr', {}, el('td', { class: 'unit', text: u.name }));
    u.cells.forEach((c, i) => {
      const mark = c.state === 'error' ? '!' + c.errors : MONTH_MARK[c.state];
      row.append(el('td', { class: c.state, text: mark, title: c.message || '', 'data-unit': u.name, 'data-month': String(i + 1) }));
      if (c.state === 'missing') missing++;
      if (c.state === 'error') {
        bad++;
        errors.append(el('li', { text: u.name + ', tháng ' + (i + 1) + ': ' + c.message }));
      }
    });
    body.append(row);
  }
  for (const e of data.elsewhere) errors.append(el('li', { text: e }));
  grid.append(body);
  const sum = $('compile-summary');
  sum.textContent = data.complete ? 'Đã nhận đủ số liệu, không có lỗi: có thể lập báo cáo.'
    : 'Còn thiếu ' + missing + ' ô, ' + bad + ' ô có lỗi.';
  sum.className = 'compile-summary ' + (data.complete ? 'ok' : 'bad');
  if (!errors.children.length) errors.append(el('li', { class: 'none', text: 'không có' }));
  state.compile = { path, data };
  // The list on the left marks the spec open, not the document behind it.
  document.querySelectorAll('.file-list button').forEach((b) => b.classList.toggle('current', b.textContent === path));
  $('drop-hint').textContent = data.names && data.names.length
    ? 'Tên tệp theo mẫu của bản biên soạn, ví dụ: ' + data.names.join(', ') + '. Tệp được lưu đúng thư mục.' : '';
  for (const td of grid.querySelectorAll('td[data-unit]')) {
    if (dropped.some((j) => j.unit === td.dataset.unit && String(j.month) === td.dataset.month)) td.classList.add('just');
  }
  // The report: the documents of the workspace, one named like a report first.
  const sel = $('report-doc');
  const before = sel.value;
  sel.replaceChildren();
  const docs = (state.files || []).filter((f) => f.endsWith('.vb') && !/-bang\//.test(f));
  docs.sort((a, b) => (/bao-cao/.test(b) ? 1 : 0) - (/bao-cao/.test(a) ? 1 : 0));
  for (const d of docs) sel.append(el('option', { value: d, text: d }));
  if (before && docs.includes(before)) sel.value = before;
  for (const id of ['btn-report-pdf', 'btn-report-xlsx', 'btn-report-docx']) $(id).disabled = !data.complete || !docs.length;
  $('report-hint').textContent = data.complete
    ? 'Số liệu tổng hợp được ghép vào dữ liệu của văn bản đã chọn (danh sách đơn vị thay cho danh sách viết tay).'
    : 'Lập được khi không còn ô thiếu hoặc có lỗi.';
  $('report-hint').className = 'drop-hint' + (data.complete ? '' : ' bad');
}

// Files dropped on the compile page: each saved where the spec's sources look for it.
async function dropFiles(files) {
  if (!state.compile || !files || !files.length) return;
  const results = $('drop-results');
  const dropped = [];
  for (const file of files) {
    const bytes = await file.arrayBuffer();
    const url = '/api/compile/drop?path=' + encodeURIComponent(state.compile.path) + '&name=' + encodeURIComponent(file.name);
    let res = await api('POST', url, undefined, bytes);
    let data = await res.json().catch(() => ({}));
    if (res.status === 409 && confirm((data.error || 'Đã có tệp này.') + '\nThay bằng tệp vừa thả?')) {
      res = await api('POST', url + '&replace=1', undefined, bytes);
      data = await res.json().catch(() => ({}));
    }
    if (res.ok) {
      dropped.push({ unit: data.unit, month: data.month });
      const who = (data.unit ? data.unit + ', ' : 'mọi đơn vị, ') + 'tháng ' + data.month;
      results.prepend(el('li', { class: 'ok' }, el('b', { text: '✓ ' + file.name }), el('span', { text: ' → ' + data.path + ' (' + who + ')' })));
    } else {
      results.prepend(el('li', { class: 'bad' }, el('b', { text: '✗ ' + file.name }), el('span', { text: ': ' + (data.error || 'HTTP ' + res.status) })));
    }
  }
  await loadFiles();
  await openCompile(state.compile.path, dropped.filter((d) => d.unit));
}

async function renderReport(format) {
  if (!state.compile) return;
  const doc = $('report-doc').value;
  const res = await api('POST', '/api/compile/render?path=' + encodeURIComponent(state.compile.path) + '&doc=' +
    encodeURIComponent(doc) + '&format=' + format);
  if (!res.ok) {
    const d = await res.json().catch(() => ({}));
    $('report-hint').textContent = 'Chưa lập được: ' + (d.error || 'HTTP ' + res.status) +
      (d.messages && d.messages.length ? ' — ' + d.messages.slice(0, 3).join('; ') : '');
    $('report-hint').className = 'drop-hint bad';
    return;
  }
  saveBlob(await res.blob(), stem(doc) + '.' + format);
  $('report-hint').textContent = 'Đã lập ' + stem(doc) + '.' + format + ' từ số liệu năm ' + state.compile.data.year + '.';
  $('report-hint').className = 'drop-hint ok';
}

function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

function closeCompile() {
  state.compile = null;
  document.querySelector('.layout').classList.remove('compiling');
  $('compile').hidden = true;
}

async function showDoc(doc) {
  closeCompile();
  const t = await apiJson('GET', '/api/type?name=' + encodeURIComponent(doc.type));
  state.doc = doc;
  state.spec = t.ok ? t.data : { name: doc.type, title: doc.type, fields: [] };
  state.dirty = false;
  $('welcome').hidden = true;
  $('doc').hidden = false;
  $('doc-type').textContent = state.spec.title || doc.type;
  $('doc-path').textContent = doc.path + ' · loại ' + doc.type;
  $('data-files').textContent = doc.data.length
    ? 'Dữ liệu kèm theo: ' + doc.data.join(', ') + ' (phần đầu văn bản ghi đè lên dữ liệu)'
    : '';
  hideBanner();
  buildForm();
  $('body').value = doc.body;
  updateGutter([]);
  setSaveState('');
  await loadFiles();
  schedule(0);
}

function showBanner(text, action) {
  const b = $('banner');
  b.replaceChildren(el('span', { text }));
  if (action) b.append(el('button', { type: 'button', text: action.label, onclick: action.run }));
  b.hidden = false;
}
function hideBanner() { $('banner').hidden = true; }

function setSaveState(s) {
  const e = $('save-state');
  e.className = 'save-state ' + s;
  e.textContent = s === 'dirty' ? 'Chưa lưu' : s === 'saved' ? 'Đã lưu' : '';
}

// ---- the form, generated from the type's declared fields --------------------------------

function labelOf(f) { return f.description || f.name; }

function helpOf(f) {
  const parts = [f.name];
  if (f.type === 'date') parts.push('ngày/tháng/năm, ví dụ 28/03/2023');
  if (f.example !== null && f.example !== undefined && typeof f.example !== 'object') parts.push('ví dụ: ' + f.example);
  if (!f.required) parts.push('không bắt buộc');
  return parts.join(' · ');
}

function scalarInput(f, get, set, id) {
  const v = get();
  if (f.values && f.values.length) {
    const s = el('select', { id });
    s.append(el('option', { value: '', text: '— chọn —' }));
    for (const x of f.values) s.append(el('option', { value: String(x), text: String(x) }));
    s.value = v == null ? '' : String(v);
    s.addEventListener('change', () => { set(s.value); changed(); });
    return s;
  }
  if (f.type === 'boolean') {
    const c = el('input', { type: 'checkbox', id });
    c.checked = v === true;
    c.addEventListener('change', () => { set(c.checked); changed(); });
    return c;
  }
  const long = typeof v === 'string' && v.length > 90;
  const i = long ? el('textarea', { id }) : el('input', { type: 'text', id });
  i.value = v == null ? '' : (f.type === 'date' ? showDate(v) : String(v));
  if (f.type === 'date') i.placeholder = 'ngày/tháng/năm';
  else if (f.example !== null && f.example !== undefined && typeof f.example !== 'object') i.placeholder = 'Ví dụ: ' + f.example;
  i.addEventListener('input', () => { set(i.value); changed(); });
  return i;
}

let uid = 0;

function fieldEditor(f, get, set) {
  const id = 'f' + (++uid);
  const box = el('div', { class: 'field', 'data-field': f.name });
  const label = el('label', { for: id, text: labelOf(f) });
  if (f.required) label.append(el('span', { class: 'req', text: ' *' }));
  let v = get();

  if (f.type === 'map' || (f.fields && f.fields.length && f.type !== 'list')) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) { v = {}; }
    const group = el('fieldset', { class: 'group' }, el('legend', { text: labelOf(f) + (f.required ? ' *' : '') }));
    for (const sub of f.fields) {
      group.append(fieldEditor(sub, () => (get() || {})[sub.name], (x) => {
        let cur = get();
        if (!cur || typeof cur !== 'object' || Array.isArray(cur)) { cur = {}; set(cur); }
        cur[sub.name] = x;
      }));
    }
    const wrap = el('div', { class: 'field field-group', 'data-field': f.name }, group);
    wrap.classList.add('wide');
    return wrap;
  }

  if (f.type === 'list') {
    const items = f.items || { type: 'text', fields: [] };
    const isRecord = items.fields && items.fields.length;
    const rows = el('div', { class: 'rows' });
    const list = () => { let cur = get(); if (!Array.isArray(cur)) { cur = []; set(cur); } return cur; };
    const draw = () => {
      rows.replaceChildren();
      const cur = Array.isArray(get()) ? get() : [];
      cur.forEach((item, i) => {
        const move = (d) => { const a = list(); const j = i + d; if (j < 0 || j >= a.length) return; [a[i], a[j]] = [a[j], a[i]]; draw(); changed(); };
        const remove = () => { list().splice(i, 1); draw(); changed(); };
        const buttons = [
          el('button', { type: 'button', text: '↑', title: 'Lên', onclick: () => move(-1) }),
          el('button', { type: 'button', text: '↓', title: 'Xuống', onclick: () => move(1) }),
          el('button', { type: 'button', text: '✕', title: 'Xóa dòng', onclick: remove }),
        ];
        if (isRecord) {
          const card = el('div', { class: 'item' }, el('div', { class: 'item-head' }, el('span', { text: 'Mục ' + (i + 1) }), el('span', {}, ...buttons)));
          for (const sub of items.fields) {
            card.append(fieldEditor(sub, () => (list()[i] || {})[sub.name], (x) => {
              const a = list();
              if (!a[i] || typeof a[i] !== 'object') a[i] = {};
              a[i][sub.name] = x;
            }));
          }
          rows.append(card);
        } else {
          const input = scalarInput(items, () => list()[i], (x) => { list()[i] = x; }, i === 0 ? id : undefined);
          input.setAttribute('aria-label', labelOf(f) + ' ' + (i + 1));
          rows.append(el('div', { class: 'row' }, input, ...buttons));
        }
      });
      rows.append(el('button', { type: 'button', class: 'add', text: isRecord ? '+ Thêm mục' : '+ Thêm dòng', onclick: () => {
        list().push(isRecord ? {} : '');
        draw();
        const inputs = rows.querySelectorAll('input, textarea');
        if (inputs.length) inputs[inputs.length - 1].focus();
        changed();
      } }));
    };
    draw();
    box.append(el('div', { class: 'label', text: label.textContent }), rows);
    box.append(el('div', { class: 'help', text: helpOf(f) }));
    return box;
  }

  if (v !== null && v !== undefined && typeof v === 'object') {
    // A value the form cannot show (a table, a nested list): kept as it is, edited in the file.
    box.append(el('div', { class: 'label', text: labelOf(f) }), el('div', { class: 'help', text: 'giá trị nhiều phần: sửa trực tiếp trong tệp ' + state.doc.path }));
    return box;
  }
  box.append(label, scalarInput(f, get, set, id));
  box.append(el('div', { class: 'help', text: helpOf(f) }));
  return box;
}

function buildForm() {
  const form = $('form');
  form.replaceChildren();
  state.fieldBoxes = {};
  const fields = state.doc.fields;
  // Fields only a block's default text needs (`block:` in the type) wait in a folded section
  // while empty: the clerk who writes that block in the body never needs them.
  const defaults = el('details', { class: 'defaults' }, el('summary', { text: 'Các trường chỉ dùng khi để phần nội dung mặc định của mẫu' }));
  const inner = el('div', { class: 'form-inner' });
  defaults.append(inner);
  for (const f of state.spec.fields || []) {
    const box = fieldEditor(f, () => fields[f.name], (x) => { fields[f.name] = x; });
    state.fieldBoxes[f.name] = box;
    if (f.block && clean(fields[f.name]) === undefined) inner.append(box);
    else form.append(box);
  }
  if (inner.children.length) form.append(defaults);
}

// ---- the body editor --------------------------------------------------------------------

function updateGutter(badLines) {
  const n = $('body').value.split('\n').length;
  const bad = new Set(badLines);
  const g = $('gutter');
  g.replaceChildren();
  for (let i = 1; i <= n; i++) {
    g.append(bad.has(i) ? el('span', { class: 'bad', text: String(i) }) : document.createTextNode(String(i)), '\n');
  }
  g.scrollTop = $('body').scrollTop;
}

function lineBounds(text, pos) {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  return [start, end];
}

function replaceRange(start, end, text, selStart, selEnd) {
  const ta = $('body');
  ta.focus();
  ta.setSelectionRange(start, end);
  // execCommand keeps the editor's undo history; setRangeText where it is missing.
  if (!document.execCommand('insertText', false, text)) ta.setRangeText(text, start, end, 'end');
  if (selStart !== undefined) ta.setSelectionRange(selStart, selEnd);
  changed();
}

const HEADINGS = { h1: 'I. ', h2: '1. ', h3: '1.1. ', h4: 'a) ' };

function command(cmd) {
  const ta = $('body');
  const text = ta.value;
  const s = ta.selectionStart, e = ta.selectionEnd;
  if (HEADINGS[cmd] || cmd === 'list' || cmd === 'list2') {
    const [a, b] = lineBounds(text, s);
    let line = text.slice(a, b).replace(/^\*\*(.*)\*\*$/, '$1').replace(/^[-+] /, '');
    if (HEADINGS[cmd]) {
      line = line.replace(/^([IVXLC]+\.|\d+(\.\d+)*\.|[a-zđ]\))\s*/, '');
      const out = '**' + HEADINGS[cmd] + (line || 'Tên đề mục') + '**';
      replaceRange(a, b, out, a + 2 + HEADINGS[cmd].length, a + out.length - 2);
    } else {
      const out = (cmd === 'list' ? '- ' : '+ ') + line;
      replaceRange(a, b, out, a + out.length, a + out.length);
    }
    return;
  }
  const wrap = { bold: ['**', '**', 'chữ đậm'], italic: ['*', '*', 'chữ nghiêng'], footnote: ['^[', ']', 'nội dung chú thích'] }[cmd];
  if (!wrap) return;
  const inner = text.slice(s, e) || wrap[2];
  replaceRange(s, e, wrap[0] + inner + wrap[1], s + wrap[0].length, s + wrap[0].length + inner.length);
}

// ---- check and preview as you type ------------------------------------------------------

function changed() {
  state.dirty = true;
  setSaveState('dirty');
  schedule(120);
}

function schedule(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(refresh, delay);
}

async function refresh() {
  if (!state.doc) return;
  const seq = ++state.seq;
  const body = formJson();
  $('preview-state').textContent = 'đang dựng…';
  const [check, preview] = await Promise.all([
    apiJson('POST', '/api/check', body),
    api('POST', '/api/render?format=pdf', body),
  ]);
  if (seq !== state.seq) return;  // a newer change is on its way
  showDiagnostics(check.ok ? check.data.diagnostics : []);
  if (!check.ok && check.data.error) showBanner(check.data.error);
  if (preview.ok) {
    const blob = await preview.blob();
    if (seq !== state.seq) return;
    showPdf(blob, preview.headers.get('X-Vanban-Pages'));
  } else {
    const st = $('preview-state');
    st.textContent = 'còn lỗi — bản xem trước là lần dựng được gần nhất';
    st.className = 'preview-state bad';
  }
}

function showPdf(blob, pages) {
  const old = state.pdfUrl;
  state.pdfUrl = URL.createObjectURL(blob);
  const frame = $('pdf');
  frame.src = state.pdfUrl + '#toolbar=0&navpanes=0&view=FitH';
  $('preview-empty').hidden = true;
  const st = $('preview-state');
  st.textContent = (pages ? pages + ' trang · ' : '') + 'cập nhật ' + new Date().toLocaleTimeString('vi-VN');
  st.className = 'preview-state';
  if (old) setTimeout(() => URL.revokeObjectURL(old), 2000);
}

function showDiagnostics(list) {
  for (const box of Object.values(state.fieldBoxes)) {
    box.classList.remove('has-error');
    box.querySelectorAll(':scope > .err, :scope > .warn').forEach((e) => e.remove());
  }
  const general = $('general');
  general.replaceChildren();
  const bodyList = $('body-errors');
  bodyList.replaceChildren();
  const badLines = [];
  for (const d of list) {
    const text = d.message + (d.hint ? ' — ' + d.hint : '');
    const cls = d.severity === 'error' ? 'err' : 'warn';
    if (d.field && state.fieldBoxes[d.field]) {
      const box = state.fieldBoxes[d.field];
      if (d.severity === 'error') box.classList.add('has-error');
      box.append(el('p', { class: cls, text }));
      const folded = box.closest('details');
      if (folded) folded.open = true;
    } else if (d.body_line > 0) {
      if (d.severity === 'error') badLines.push(d.body_line);
      const item = el('li', { class: d.severity, text: 'Dòng ' + d.body_line + ': ' + text });
      item.addEventListener('click', () => goToLine(d.body_line));
      bodyList.append(item);
    } else if (d.file) {
      general.append(el('p', { class: cls, text: 'Tệp dữ liệu ' + d.file + (d.line ? ', dòng ' + d.line : '') + ': ' + text }));
    } else {
      general.append(el('p', { class: cls, text }));
    }
  }
  general.hidden = !general.children.length;
  updateGutter(badLines);
}

function goToLine(n) {
  const ta = $('body');
  const lines = ta.value.split('\n');
  let pos = 0;
  for (let i = 0; i < n - 1 && i < lines.length; i++) pos += lines[i].length + 1;
  ta.focus();
  ta.setSelectionRange(pos, pos + (lines[n - 1] || '').length);
}

// ---- saving, downloading, uploading -----------------------------------------------------

async function save() {
  if (!state.doc) return;
  const { ok, status, data } = await apiJson('POST', '/api/save', formJson());
  if (ok) {
    state.doc.version = data.version;
    state.dirty = false;
    setSaveState('saved');
    hideBanner();
    loadFiles();
  } else if (status === 409) {
    showBanner(data.error, { label: 'Mở lại bản mới', run: () => { state.dirty = false; openDoc(state.doc.path); } });
  } else {
    showBanner(data.error || 'Không lưu được (HTTP ' + status + ')');
  }
}

function stem(path) { return path.replace(/^.*\//, '').replace(/\.vb$/, ''); }

async function download(format) {
  const res = await api('POST', '/api/render?format=' + format, formJson());
  if (!res.ok) {
    let msg = 'Chưa tải được: văn bản còn lỗi.';
    try {
      const d = await res.json();
      if (d.diagnostics && d.diagnostics.length) msg = 'Chưa tải được: ' + d.diagnostics[0].message;
      else if (d.error) msg = d.error;
    } catch (e) { /* keep the general message */ }
    showBanner(msg);
    return;
  }
  saveBlob(await res.blob(), stem(state.doc.path) + '.' + format);
}

async function upload(file) {
  if (!state.doc || !file) return;
  const ext = (file.name.match(/\.[^.]+$/) || [''])[0].toLowerCase();
  const folder = state.doc.path.includes('/') ? state.doc.path.replace(/\/[^/]*$/, '/') : '';
  const target = folder + stem(state.doc.path) + ext;
  const cur = await apiJson('GET', '/api/version?path=' + encodeURIComponent(target));
  const version = cur.ok ? cur.data.version : '';
  if (version && !confirm('Đã có ' + target + '. Thay bằng tệp vừa chọn?')) return;
  const res = await api('POST', '/api/upload?path=' + encodeURIComponent(target) + '&version=' + encodeURIComponent(version), undefined, await file.arrayBuffer());
  const data = await res.json().catch(() => ({}));
  if (!res.ok) { showBanner(data.error || 'Không tải lên được (HTTP ' + res.status + ')'); return; }
  if (!state.doc.data.includes(target)) state.doc.data.push(target);
  $('data-files').textContent = 'Dữ liệu kèm theo: ' + state.doc.data.join(', ') + ' (phần đầu văn bản ghi đè lên dữ liệu)';
  loadFiles();
  schedule(0);
}

// ---- a Word draft, imported --------------------------------------------------------------

function showNotice(kind, title, lines) {
  const n = $('notice');
  n.className = 'notice ' + kind;
  n.replaceChildren(el('b', { text: title }));
  if (lines && lines.length) {
    const ul = el('ul');
    for (const l of lines) ul.append(el('li', { text: l }));
    n.append(ul);
  }
  n.append(el('button', { type: 'button', class: 'close', text: 'Đóng', onclick: () => { n.hidden = true; } }));
  n.hidden = false;
  $('editor').scrollTop = 0;
}

async function importDraft(file) {
  if (!file) return;
  if (state.dirty && !confirm('Văn bản đang mở có thay đổi chưa lưu. Bỏ các thay đổi đó?')) return;
  const bytes = await file.arrayBuffer();
  let name = file.name.replace(/\.(docx|doc)$/i, '').replace(/[\\/:]/g, '-').replace(/^\.+/, '').trim() || 'ban-thao';
  for (;;) {
    const target = name.endsWith('.vb') ? name : name + '.vb';
    const res = await api('POST', '/api/import?path=' + encodeURIComponent(target) + '&draft=' + encodeURIComponent(file.name), undefined, bytes);
    const data = await res.json().catch(() => ({}));
    if (res.status === 409) {
      const other = prompt((data.error || 'Đã có ' + target) + '\nTên tệp mới cho văn bản nhập:', name + '-2.vb');
      if (!other) return;
      name = other.trim();
      continue;
    }
    if (!res.ok) {
      showNotice('bad', 'Không nhập được ' + file.name + ': ' + (data.error || 'HTTP ' + res.status),
        (data.messages || []).filter((m) => !m.endsWith(data.error || '\u0000')));
      return;
    }
    state.dirty = false;
    await loadFiles();
    await openDoc(data.path);
    const notes = data.messages || [];
    showNotice(notes.length ? 'warn' : 'ok', 'Đã nhập ' + file.name + ' thành ' + data.path +
      (data.tables ? ' (các bảng: ' + data.tables + ')' : '') + '. Xem lại các trường và nội dung trước khi in.' +
      (notes.length ? ' Những điểm chưa chuyển được:' : ''), notes);
    return;
  }
}

// ---- a new document ---------------------------------------------------------------------

function newDialog() {
  const sel = $('new-type');
  if (!sel.options.length) {
    const groups = { nd30: el('optgroup', { label: 'Nghị định 30/2020/NĐ-CP' }), hd36: el('optgroup', { label: 'Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)' }) };
    for (const t of state.types) {
      const g = groups[t.profile] || groups.nd30;
      g.append(el('option', { value: t.name, text: t.title + (t.abbreviation ? ' (' + t.abbreviation + ')' : '') }));
    }
    sel.append(groups.nd30, groups.hd36);
  }
  const suggest = () => { $('new-name').value = sel.value + '-moi.vb'; };
  sel.onchange = suggest;
  suggest();
  $('new-error').hidden = true;
  $('new-dialog').showModal();
}

async function createDoc(ev) {
  ev.preventDefault();
  let name = $('new-name').value.trim();
  if (!name.endsWith('.vb')) name += '.vb';
  const { ok, data } = await apiJson('POST', '/api/new', { type: $('new-type').value, path: name });
  if (!ok) {
    $('new-error').textContent = data.error;
    $('new-error').hidden = false;
    return;
  }
  $('new-dialog').close();
  state.dirty = false;
  await showDoc(data);
}

// ---- start ------------------------------------------------------------------------------

async function start() {
  const { ok, data } = await apiJson('GET', '/api/session');
  if (!ok) {
    document.body.replaceChildren(el('p', { class: 'banner', text: data.error || 'Không kết nối được máy chủ vanban.' }));
    return;
  }
  state.csrf = data.csrf;
  state.types = data.types;
  $('workspace').textContent = data.workspace;
  $('btn-new').addEventListener('click', newDialog);
  $('new-form').addEventListener('submit', createDoc);
  $('new-cancel').addEventListener('click', () => $('new-dialog').close());
  $('btn-save').addEventListener('click', save);
  $('btn-pdf').addEventListener('click', () => download('pdf'));
  $('btn-xlsx').addEventListener('click', () => download('xlsx'));
  $('btn-docx').addEventListener('click', () => download('docx'));
  $('upload-input').addEventListener('change', (e) => { upload(e.target.files[0]); e.target.value = ''; });
  $('import-input').addEventListener('change', (e) => { importDraft(e.target.files[0]); e.target.value = ''; });
  $('drop-input').addEventListener('change', (e) => { dropFiles([...e.target.files]); e.target.value = ''; });
  const zone = $('drop-zone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); dropFiles([...e.dataTransfer.files]); });
  $('btn-report-pdf').addEventListener('click', () => renderReport('pdf'));
  $('btn-report-xlsx').addEventListener('click', () => renderReport('xlsx'));
  $('btn-report-docx').addEventListener('click', () => renderReport('docx'));
  document.querySelectorAll('.toolbar [data-cmd]').forEach((b) => b.addEventListener('click', () => command(b.dataset.cmd)));
  const body = $('body');
  body.addEventListener('input', () => { changed(); updateGutter([...document.querySelectorAll('#gutter .bad')].map((x) => Number(x.textContent))); });
  body.addEventListener('scroll', () => { $('gutter').scrollTop = body.scrollTop; });
  body.addEventListener('paste', (e) => pasteFromWord(e));
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); save(); }
    if ((e.ctrlKey || e.metaKey) && document.activeElement === body && (e.key === 'b' || e.key === 'i')) {
      e.preventDefault();
      command(e.key === 'b' ? 'bold' : 'italic');
    }
  });
  window.addEventListener('beforeunload', (e) => { if (state.dirty) { e.preventDefault(); e.returnValue = ''; } });
  await loadFiles();
  const wanted = new URLSearchParams(location.hash.slice(1)).get('mo');
  if (wanted) openDoc(wanted);
}

// Paste from Word: see paste.js's rules, here in the same file to keep one script.
function pasteFromWord(e) {
  const html = e.clipboardData && e.clipboardData.getData('text/html');
  if (!html) return;  // plain text pastes as it is
  const markup = htmlToMarkup(html);
  if (!markup) return;
  e.preventDefault();
  const ta = $('body');
  replaceRange(ta.selectionStart, ta.selectionEnd, markup);
}

start();
