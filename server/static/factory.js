// poa ModelFactory page: datanets, fine-tune jobs, adapter comparison and chat,
// in plain JavaScript over the node's JSON API (docs/api.md), on the shared page.js
// (DOM, API key, API calls) and tokens.js (attributed output and its sources).
// Every piece of data is inserted with textContent, never as HTML.
'use strict';

function fmt(x, d) { return x === null || x === undefined ? '—' : Number(x).toFixed(d === undefined ? 4 : d); }

// sseEvents reads a fetch response as server-sent events, calling fn(name, data)
// for each; it resolves when the stream ends.
async function sseEvents(resp, fn) {
  const reader = resp.body.getReader();
  const dec = new TextDecoder();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buf += dec.decode(value, { stream: true });
    let i;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      let name = '', data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data += (data ? '\n' : '') + line.slice(5).replace(/^ /, '');
      }
      if (data && fn(name, data) === false) { reader.cancel(); return; }
    }
  }
}

// ---- node status ----

async function loadHealth() {
  try {
    const h = await api('GET', '/healthz');
    const parts = Object.entries(h.ready || {}).map(([k, v]) => k + (v ? ' ✓' : ' ✗'));
    $('health').textContent = 'node ' + h.status + (parts.length ? ' · ' + parts.join(' · ') : '');
  } catch (err) {
    $('health').textContent = 'node unreachable: ' + err.message;
  }
}

// ---- 1. datanets ----

let datanets = [];

async function loadDatanets() {
  try {
    datanets = (await api('GET', '/v1/datanets')).data || [];
  } catch (err) {
    showError('create-error', err);
    return;
  }
  const body = $('datanets').tBodies[0];
  body.replaceChildren();
  for (const d of datanets) {
    body.append(el('tr', { 'data-name': d.name },
      el('td', { text: d.name }), el('td', { text: d.title || '' }), el('td', { text: d.license || '' }),
      el('td', { class: 'num points', text: String(d.points) }), el('td', { class: 'num', text: String((d.contributors || []).length) })));
  }
  const sel = $('up-datanet'), prev = sel.value;
  sel.replaceChildren(...datanets.map((d) => el('option', { value: d.name, text: d.name })));
  if (prev && datanets.some((d) => d.name === prev)) sel.value = prev;
  const box = $('job-datanets');
  const checked = new Set([...box.querySelectorAll('input:checked')].map((i) => i.value));
  box.replaceChildren(el('legend', { text: 'Datanets' }));
  for (const d of datanets) {
    const cb = el('input', { type: 'checkbox', value: d.name });
    cb.checked = checked.has(d.name);
    box.append(el('label', {}, cb, d.name + ' (' + d.points + ')'));
  }
}

async function createDatanet(ev) {
  ev.preventDefault();
  showError('create-error', null);
  const btn = $('dn-create');
  btn.disabled = true;
  try {
    const d = await api('POST', '/v1/datanets', { name: $('dn-name').value.trim(), title: $('dn-title').value.trim(), license: $('dn-license').value.trim() });
    await loadDatanets();
    $('up-datanet').value = d.name;
    for (const f of ['dn-name', 'dn-title', 'dn-license']) $(f).value = '';
  } catch (err) {
    showError('create-error', err);
  } finally {
    btn.disabled = false;
  }
}

// upload sends each file to POST /v1/datanets/{name}/import: an import is all or
// nothing, and a refused one lists its bad records by line. A dictd dictionary (two
// files) is read here and sent as jsonl (dictdUploads).
async function upload(files) {
  const name = $('up-datanet').value;
  const log = $('upload-log');
  if (!name) { log.prepend(el('div', { class: 'upload error', text: 'Create or choose a datanet first.' })); return; }
  const { uploads, errors } = dictdUploads(files, $('up-format').value === 'dictd');
  for (const e of errors) log.prepend(el('div', { class: 'upload error', text: e }));
  for (const u of uploads) {
    const q = new URLSearchParams({ filename: u.filename });
    const contributor = $('up-contributor').value.trim();
    if (contributor) q.set('contributor', contributor);
    const format = u.format || $('up-format').value;
    if (format) q.set('format', format);
    if ($('up-paragraphs').checked) q.set('paragraphs', 'true');
    const entry = el('div', { class: 'upload', text: u.label + ': uploading…' });
    log.prepend(entry);
    try {
      const body = await u.body();
      const resp = await fetch('/v1/datanets/' + encodeURIComponent(name) + '/import?' + q, {
        method: 'POST', headers: headers({ 'Content-Type': 'application/octet-stream' }), body });
      if (!resp.ok) throw await apiError(resp);
      const r = await resp.json();
      entry.className = 'upload ok';
      entry.textContent = u.label + ': added ' + r.added + ' points (' + r.tokens + ' tokens) to ' + r.datanet +
        (r.duplicates ? ', ' + r.duplicates + ' duplicates skipped' : '') + (r.near_duplicates ? ', ' + r.near_duplicates + ' near-duplicates' : '');
    } catch (err) {
      entry.className = 'upload error';
      entry.replaceChildren(el('strong', { text: u.label + ': nothing imported (' + (err.code || 'error') + ')' }),
        el('pre', { text: err.detail || err.message }));
    }
  }
  await loadDatanets();
}

// ---- dictd: NAME.index + NAME.dict (or NAME.dict.dz, gzip) ----
// The import endpoint takes one file, so the page reads a dictd pair as `poa datanet
// add` does (datanet.ParseDictd): each index line is headword<TAB>offset<TAB>length in
// dictd's base64 digits; each entry but the 00-database-* metadata is one point, its
// text the entry's bytes of the dictionary and its meta {"headword": …}. The points go
// up as jsonl, so they are the points (same ids) the CLI imports from the same files.

const DICTD_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function dictdNumber(s) {
  if (!s || s.length > 10) return -1;
  let v = 0;
  for (const c of s) {
    const d = DICTD_DIGITS.indexOf(c);
    if (d < 0) return -1;
    v = v * 64 + d;
  }
  return v;
}

function dictdPart(name) {
  const n = name.toLowerCase();
  for (const [suf, part] of [['.index', 'index'], ['.dict.dz', 'dict'], ['.dict', 'dict']]) {
    if (n.endsWith(suf)) return { stem: name.slice(0, name.length - suf.length), part };
  }
  return null;
}

// dictdUploads turns the dropped files into uploads: a dictd pair (by stem) becomes one
// jsonl upload; a half pair is an error; other files go as they are (when dictd is the
// format chosen, every file must be half of a pair).
function dictdUploads(files, dictdOnly) {
  const uploads = [], errors = [], pairs = new Map();
  for (const f of files) {
    const d = dictdPart(f.name);
    if (!d) {
      if (dictdOnly) errors.push(f.name + ': format dictd takes NAME.index with NAME.dict or NAME.dict.dz');
      else uploads.push({ label: f.name, filename: f.name, body: () => f.arrayBuffer() });
      continue;
    }
    const p = pairs.get(d.stem) || {};
    p[d.part] = f;
    pairs.set(d.stem, p);
  }
  for (const [stem, p] of pairs) {
    if (!p.index || !p.dict) {
      errors.push(stem + ': nothing imported: a dictd dictionary is two files: drop ' + stem + '.index together with ' + stem + '.dict or ' + stem + '.dict.dz');
      continue;
    }
    uploads.push({ label: p.index.name + ' + ' + p.dict.name, filename: stem + '.dictd.jsonl', format: 'jsonl',
      body: () => dictdToJSONL(p.index, p.dict) });
  }
  return { uploads, errors };
}

async function dictBytes(f) {
  if (!f.name.toLowerCase().endsWith('.dz')) return new Uint8Array(await f.arrayBuffer());
  return new Uint8Array(await new Response(f.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

// dictdToJSONL reads a dictd pair into jsonl; bad index lines are an error listing each
// by line, and nothing is sent.
async function dictdToJSONL(index, dict) {
  let body;
  try { body = await dictBytes(dict); } catch (err) {
    throw Object.assign(new Error(dict.name + ': not a dictd dictionary'), { code: 'bad_request', detail: dict.name + ': ' + (err.message || err) });
  }
  const dec = new TextDecoder('utf-8', { fatal: true });
  const out = [], bad = [];
  (await index.text()).split('\n').forEach((raw, i) => {
    const l = raw.replace(/\r+$/, '');
    if (!l) return;
    const where = index.name + ':' + (i + 1);
    const f = l.split('\t');
    if (f.length < 3) { bad.push(where + ': want headword<TAB>offset<TAB>length, got ' + JSON.stringify(l.slice(0, 80))); return; }
    const head = f[0], off = dictdNumber(f[1]), n = dictdNumber(f[2]);
    if (off < 0 || n < 0) { bad.push(where + ' (' + head + '): bad offset/length ' + JSON.stringify(f[1]) + ' ' + JSON.stringify(f[2])); return; }
    if (head.startsWith('00database') || head.startsWith('00-database')) return;
    if (off + n > body.length) { bad.push(where + ' (' + head + '): entry [' + off + ',+' + n + ') past the end of the dictionary (' + body.length + ' bytes)'); return; }
    let text;
    try { text = dec.decode(body.subarray(off, off + n)); } catch (_) { bad.push(where + ' (' + head + '): the entry is not UTF-8'); return; }
    out.push(JSON.stringify({ text, meta: { headword: head } }));
  });
  if (bad.length) throw Object.assign(new Error('bad_request: ' + bad.length + ' bad index lines'), { code: 'bad_request', detail: bad.join('\n') });
  if (!out.length) throw Object.assign(new Error('bad_request: no entries'), { code: 'bad_request', detail: index.name + ': no entries' });
  return out.join('\n') + '\n';
}

function setupDrop() {
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    upload([...e.dataTransfer.files]);
  });
  $('up-files').addEventListener('change', (e) => { upload([...e.target.files]); e.target.value = ''; });
}

// ---- 2. fine-tune jobs ----

let jobs = [];
let current = null;   // the job shown, with all its losses
let watching = null;  // id of the job whose events are followed

async function loadJobs() {
  try {
    jobs = (await api('GET', '/v1/jobs')).data || [];
  } catch (err) {
    showError('job-error', err);
    return;
  }
  const body = $('jobs').tBodies[0];
  body.replaceChildren();
  for (const j of jobs) {
    const tr = el('tr', { 'data-id': j.id },
      el('td', { text: j.id }), el('td', { text: j.request.adapter }),
      el('td', { class: 'status-' + j.status, text: j.status }), el('td', { text: j.phase }),
      el('td', { class: 'num', text: j.step + '/' + j.steps }), el('td', { class: 'num', text: fmt(j.held_out_loss) }));
    if (current && current.id === j.id) tr.classList.add('current');
    tr.addEventListener('click', () => showJob(j.id));
    body.append(tr);
  }
  loadCompare();
}

async function startJob(ev) {
  ev.preventDefault();
  showError('job-error', null);
  const dns = [...$('job-datanets').querySelectorAll('input:checked')].map((i) => i.value);
  const req = { adapter: $('job-adapter').value.trim(), datanets: dns, rank: Number($('job-rank').value) || 0,
    targets: $('job-targets').value, steps: Number($('job-steps').value) || 0, lr: Number($('job-lr').value) || 0 };
  const btn = $('job-start');
  btn.disabled = true;
  try {
    const j = await api('POST', '/v1/jobs', req);
    await loadJobs();
    showJob(j.id);
  } catch (err) {
    showError('job-error', err);
  } finally {
    btn.disabled = false;
  }
}

async function showJob(id) {
  try {
    current = await api('GET', '/v1/jobs/' + encodeURIComponent(id));
  } catch (err) {
    showError('job-error', err);
    return;
  }
  for (const tr of $('jobs').tBodies[0].rows) tr.classList.toggle('current', tr.dataset.id === id);
  renderJob();
  if (current.status === 'running') watch(id);
}

// watch follows GET /v1/jobs/{id}/events (fetch, so that the API key travels as a
// header), reconnecting if the stream ends while the job runs.
async function watch(id) {
  if (watching === id) return;
  watching = id;
  while (watching === id) {
    let terminal = false;
    try {
      const resp = await fetch('/v1/jobs/' + encodeURIComponent(id) + '/events', { headers: headers({ Accept: 'text/event-stream' }) });
      if (!resp.ok) throw await apiError(resp);
      await sseEvents(resp, (name, data) => {
        if (watching !== id) return false;
        if (name === 'error') return false;
        const v = JSON.parse(data);
        const losses = v.losses_from === 0 ? v.losses : (current && current.id === id ? current.losses.slice(0, v.losses_from).concat(v.losses) : v.losses);
        if (current && current.id !== id) return true; // another job is shown; keep following quietly
        current = Object.assign(v, { losses, losses_from: 0 });
        renderJob();
        if (v.status !== 'running') { terminal = true; return false; }
        return true;
      });
    } catch (err) {
      showError('job-error', err);
    }
    if (terminal) break;
    await new Promise((r) => setTimeout(r, 1000));
    try { if ((await api('GET', '/v1/jobs/' + encodeURIComponent(id))).status !== 'running') break; } catch (_) { break; }
  }
  if (watching === id) watching = null;
  await loadJobs();
  if (current && current.id === id) { current = await api('GET', '/v1/jobs/' + encodeURIComponent(id)); renderJob(); }
  loadModels();
}

function fmtETA(s) {
  if (!s) return '';
  if (s < 1) return '< 1 s';
  if (s < 60) return Math.round(s) + ' s';
  return Math.floor(s / 60) + ' min ' + Math.round(s % 60) + ' s';
}

function renderJob() {
  const j = current;
  if (!j) return;
  $('job-view').hidden = false;
  $('job-view').dataset.status = j.status;
  const phase = j.phase + (j.phase_total ? ' (' + j.phase_done + '/' + j.phase_total + ')' : '');
  const rows = [['job', j.id], ['adapter', j.request.adapter + ' on ' + j.request.datanets.join(', ')],
    ['status', j.status], ['phase', phase], ['step', j.step + ' / ' + j.steps],
    ['loss', j.step ? fmt(j.loss) : ''],
    ['tokens/s', j.status === 'running' && j.tokens_per_sec ? Math.round(j.tokens_per_sec).toLocaleString('en-US') : ''],
    ['ETA', j.status === 'running' && j.phase === 'train' ? fmtETA(j.eta_seconds) : ''],
    ['held-out loss', j.held_out_loss !== null && j.held_out_loss !== undefined ? fmt(j.held_out_loss) + ' (base ' + fmt(j.base_held_out_loss) + ', ' + j.held_out_docs + ' points)' : ''],
    ['settings', 'rank ' + j.request.rank + ', ' + j.request.targets + ', lr ' + j.request.lr + ', batch ' + j.request.batch_size],
    ['error', j.error || '']];
  const dl = $('job-summary');
  dl.replaceChildren();
  for (const [k, v] of rows) {
    if (v === '' || v === undefined) continue;
    dl.append(el('dt', { text: k }), el('dd', { id: 'job-' + k.toLowerCase().replace(/[^a-z]/g, ''), text: String(v) }));
  }
  const frac = j.status === 'done' ? 1 : (j.steps ? j.step / j.steps : 0) * 0.9;
  $('job-bar').style.width = (100 * frac).toFixed(1) + '%';
  $('job-cancel').hidden = j.status !== 'running';
  $('job-resume').hidden = !['cancelled', 'interrupted', 'failed'].includes(j.status);
  plotLoss(j.losses || [], j.steps);
}

function plotLoss(losses, steps) {
  const svg = $('loss-plot');
  svg.replaceChildren();
  const ns = 'http://www.w3.org/2000/svg';
  const mk = (tag, attrs, text) => { const e = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); if (text) e.textContent = text; return e; };
  const W = 640, H = 200, L = 44, B = 22, T = 8, R = 8;
  svg.append(mk('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#999' }));
  svg.append(mk('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#999' }));
  if (!losses.length) { svg.append(mk('text', { x: L + 8, y: H / 2 }, 'loss curve: waiting for the first step')); return; }
  const lo = Math.min(...losses), hi = Math.max(...losses), span = hi - lo || 1;
  const n = Math.max(steps || losses.length, 2);
  const x = (i) => L + (W - L - R) * i / (n - 1);
  const y = (v) => H - B - (H - B - T) * (v - lo) / span;
  svg.append(mk('text', { x: 2, y: T + 8 }, hi.toFixed(3)));
  svg.append(mk('text', { x: 2, y: H - B }, lo.toFixed(3)));
  svg.append(mk('text', { x: L, y: H - 6 }, 'step 1'));
  svg.append(mk('text', { x: W - R - 60, y: H - 6 }, 'step ' + n));
  const pts = losses.map((v, i) => x(i).toFixed(1) + ',' + y(v).toFixed(1)).join(' ');
  svg.append(mk('polyline', { id: 'loss-line', points: pts, fill: 'none', stroke: '#b4530a', 'stroke-width': 1.5, 'data-points': String(losses.length) }));
}

async function jobAction(action) {
  if (!current) return;
  showError('job-error', null);
  try {
    current = Object.assign(await api('POST', '/v1/jobs/' + encodeURIComponent(current.id) + '/' + action, {}), {});
    if (!current.losses) current.losses = [];
    renderJob();
    await loadJobs();
    if (current.status === 'running') watch(current.id);
  } catch (err) {
    showError('job-error', err);
  }
}

// ---- 3. compare adapters ----

async function loadCompare() {
  let adapters = [];
  try { adapters = (await api('GET', '/v1/adapters')).data || []; } catch (_) { return; }
  const body = $('compare').tBodies[0];
  body.replaceChildren();
  for (const a of adapters) {
    const r = a.record || {};
    const h = r.held_out; // the adapter record's held-out loss (absent: none measured)
    body.append(el('tr', { 'data-adapter': a.name },
      el('td', { text: a.name }), el('td', { text: r.base || '' }), el('td', { text: (r.datanets || []).join(', ') }),
      el('td', { class: 'num', text: String(r.steps || '') }), el('td', { class: 'num', text: fmt(r.loss) }),
      el('td', { class: 'num held-out', title: h ? h.docs + ' documents, ' + h.tokens + ' tokens' : 'nothing held out', text: h ? fmt(h.loss) : '—' }),
      el('td', { class: 'num', text: h && h.base_loss ? fmt(h.base_loss) : '—' })));
  }
}

// ---- 4. chat ----

async function loadModels() {
  try {
    const list = await api('GET', '/v1/models');
    const sel = $('chat-model'), prev = sel.value;
    const adapters = (list.data || []).filter((m) => m.parent);
    sel.replaceChildren(...adapters.map((m) => el('option', { value: m.id, text: m.id + ' (on ' + m.parent + ')' })));
    if (prev && adapters.some((m) => m.id === prev)) sel.value = prev;
    else if (current && current.status === 'done' && adapters.some((m) => m.id === current.request.adapter)) sel.value = current.request.adapter;
    if (sel.value !== prev && conversation.length) newConversation(); // another adapter: another chat
  } catch (err) {
    showError('chat-error', err);
  }
}

// conversation is the chat so far with the adapter chosen ({role, content} messages,
// as chat/completions takes them); choosing another adapter or "New conversation"
// starts a new one.
let conversation = [];

function newConversation() {
  conversation = [];
  $('chat-log').replaceChildren();
  $('chat-sources-box').hidden = true;
  showError('chat-error', null);
}

// sendChat sends the conversation with the new message as chat/completions messages.
// When they do not fit in the model's context (400 prompt_too_long), the oldest
// exchanges are left out, one at a time, and the answer says how many messages it saw;
// a message that does not fit alone is an error.
async function sendChat(ev) {
  ev.preventDefault();
  showError('chat-error', null);
  const text = $('chat-input').value;
  const model = $('chat-model').value;
  if (!model) { showError('chat-error', new Error('No adapter yet: fine-tune one first.')); return; }
  const log = $('chat-log');
  const turn = { role: 'user', content: text };
  log.append(el('div', { class: 'msg user' }, el('div', { class: 'who', text: 'you' }), el('div', { class: 'text', text })));
  const out = el('div', { class: 'output streaming' });
  const msg = el('div', { class: 'msg assistant' }, el('div', { class: 'who', text: model }), out);
  log.append(msg);
  const btn = $('chat-send');
  btn.disabled = true;
  let answer = '';
  let history = conversation.slice();
  try {
    let resp;
    for (;;) {
      resp = await fetch('/v1/chat/completions', { method: 'POST', headers: headers({ 'Content-Type': 'application/json', Accept: 'text/event-stream' }),
        body: JSON.stringify({ model, messages: history.concat([turn]), max_tokens: Number($('chat-max').value) || 16, temperature: 0, stream: true }) });
      if (resp.ok) break;
      const err = await apiError(resp);
      if (err.code !== 'prompt_too_long' || !history.length) throw err;
      history = history.slice(2); // leave out the oldest exchange
    }
    let attr = null, failure = null;
    await sseEvents(resp, (name, data) => {
      if (data === '[DONE]') return false;
      const ch = JSON.parse(data);
      if (name === 'error' || ch.error) { failure = new Error((ch.error && (ch.error.code + ': ' + ch.error.message)) || data); return false; }
      for (const c of ch.choices || []) if (c.delta && c.delta.content) { answer += c.delta.content; out.textContent = answer; }
      if (ch.poa && ch.poa.attribution) attr = ch.poa.attribution;
      return true;
    });
    if (failure) throw failure;
    out.classList.remove('streaming');
    const left = conversation.length - history.length;
    msg.dataset.context = String(history.length);
    msg.dataset.leftOut = String(left);
    conversation = history.concat([turn, { role: 'assistant', content: answer }]);
    renderAnswer(out, answer, attr, history.length, left);
    $('chat-input').value = '';
  } catch (err) {
    msg.remove();
    showError('chat-error', err);
  } finally {
    btn.disabled = false;
  }
}

// renderAnswer shades each token by attribution strength, as the audit page does;
// clicking a token (shift-click: a span) lists its sources.
function renderAnswer(out, text, attr, context, left) {
  for (const old of document.querySelectorAll('#chat-log .output.current')) old.classList.remove('current');
  out.classList.add('current');
  const view = new TokenView(out, $('chat-sources'), attr, (sel) => {
    $('chat-selection').textContent = sel;
    $('chat-sources-box').hidden = false;
  });
  view.render(text);
  const seen = context ? ' · answered with the ' + context + ' earlier messages' : '';
  const over = left ? ' (the ' + left + ' oldest left out: the conversation is longer than the model\'s context)' : '';
  out.after(el('p', { class: 'muted record', 'data-record': view.attr.record_id || '', text: 'Record ' + (view.attr.record_id || '(none)') + seen + over + ' · click a token to see its sources' }));
}

document.addEventListener('DOMContentLoaded', async () => {
  if (sessionStorage.getItem('poa-api-key')) $('api-key').placeholder = 'key kept for this session';
  $('api-key').addEventListener('change', apiKey);
  $('create-datanet').addEventListener('submit', createDatanet);
  $('job-form').addEventListener('submit', startJob);
  $('job-cancel').addEventListener('click', () => jobAction('cancel'));
  $('job-resume').addEventListener('click', () => jobAction('resume'));
  $('chat-form').addEventListener('submit', sendChat);
  $('chat-new').addEventListener('click', newConversation);
  $('chat-model').addEventListener('change', newConversation);
  setupDrop();
  loadHealth();
  await loadDatanets();
  await loadJobs();
  loadModels();
  const running = jobs.find((j) => j.status === 'running');
  if (running) showJob(running.id);
  else if (jobs.length) showJob(jobs[0].id);
});
