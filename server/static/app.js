// poa audit page: plain JavaScript over the node's JSON API (docs/api.md), on the
// shared page.js (DOM, API key, API calls) and tokens.js (attributed output and its
// sources). Every piece of data is inserted with textContent, never as HTML.
'use strict';

const SCORE_SCALE = 1e6; // fixed-point units per 1.0 (docs/settlement-abi.md)

function fmtScore(s) { return (Number(s) / SCORE_SCALE).toFixed(6); }
function short(s, n) { return s && s.length > n ? s.slice(0, n) + '…' : (s || ''); }

// ---- node status and adapters ----

let ready = {};

async function loadHealth() {
  try {
    const h = await api('GET', '/healthz');
    ready = h.ready || {};
    const parts = Object.entries(h.ready || {}).map(([k, v]) => k + (v ? ' ✓' : ' ✗'));
    $('health').textContent = 'node ' + h.status + (parts.length ? ' · ' + parts.join(' · ') : '');
  } catch (err) {
    $('health').textContent = 'node unreachable: ' + err.message;
  }
}

async function loadAdapters() {
  try {
    // Completions name their model as OpenAI clients do: an adapter (attribution runs
    // through its gradient sketches) is a model whose parent is the base.
    const list = await api('GET', '/v1/models');
    const adapters = (list.data || []).filter((m) => m.parent);
    const sel = $('adapter');
    for (const m of adapters) sel.append(el('option', { value: m.id, text: m.id + ' (on ' + m.parent + ')' }));
    if (adapters.length > 0) sel.value = adapters[0].id;
  } catch (err) {
    showError('ask-error', err);
  }
}

// ---- completion and token shading ----

let view = null; // the last completion's TokenView

async function ask(ev) {
  ev.preventDefault();
  showError('ask-error', null);
  const btn = $('submit');
  btn.disabled = true;
  try {
    // Greedy (temperature 0), as the page always answered: the same prompt shows the
    // same output and attribution. The API's default is OpenAI's temperature 1.
    const req = { prompt: $('prompt').value, max_tokens: Number($('max-tokens').value) || 16, temperature: 0 };
    if ($('adapter').value) req.model = $('adapter').value;
    const resp = await api('POST', '/v1/completions', req);
    renderCompletion(resp);
  } catch (err) {
    showError('ask-error', err);
  } finally {
    btn.disabled = false;
  }
}

function renderCompletion(resp) {
  const current = resp.attribution || { tokens: [], sources: [], contributors: [] };
  view = new TokenView($('output'), $('sources'), current, (sel) => {
    $('selection').textContent = sel;
    $('sources-hint').hidden = true;
  });
  view.render(resp.choices[0].text);
  const link = $('record-link');
  link.textContent = current.record_id || '(none)';
  link.href = '/v1/attributions/' + encodeURIComponent(current.record_id || '');
  const u = resp.usage;
  $('usage').textContent = (u.prompt_tokens ? u.prompt_tokens + ' prompt + ' : '') + u.completion_tokens + ' output tokens · ' +
    (resp.model || '') + (resp.adapter ? ' + ' + resp.adapter : '');
  const total = current.contributors.reduce((s, c) => s + Number(c.score), 0) || 1;
  const body = $('completion-contributors').tBodies[0];
  body.replaceChildren();
  for (const c of current.contributors) {
    body.append(el('tr', {},
      el('td', { class: 'addr', text: c.address }),
      el('td', { class: 'num', text: fmtScore(c.score) }),
      el('td', { class: 'num', text: (100 * Number(c.score) / total).toFixed(1) + '%' })));
  }
  $('result').hidden = false;
  $('sources').replaceChildren();
  $('selection').textContent = '';
  $('sources-hint').hidden = false;
}

// ---- epochs ----

function kv(dl, pairs) {
  dl.replaceChildren();
  for (const [k, v, cls] of pairs) {
    if (v === undefined || v === null || v === '') continue;
    dl.append(el('dt', { text: k }), el('dd', cls ? { class: cls, text: String(v) } : { text: String(v) }));
  }
}

function yesNo(b) { return b === undefined || b === null ? undefined : (b ? 'verified ✓' : 'FAILED ✗'); }

async function loadEpoch(ev) {
  if (ev) ev.preventDefault();
  showError('epoch-error', null);
  try {
    renderEpoch(await api('GET', '/v1/epochs/' + encodeURIComponent($('epoch').value.trim() || 'latest')));
  } catch (err) {
    $('epoch-view').hidden = true;
    showError('epoch-error', err);
  }
}

async function closeEpoch() {
  showError('epoch-error', null);
  const btn = $('close-epoch');
  btn.disabled = true;
  try {
    renderEpoch(await api('POST', '/v1/epochs/close', {}));
  } catch (err) {
    showError('epoch-error', err);
  } finally {
    btn.disabled = false;
  }
}

function renderEpoch(e) {
  $('epoch').value = String(e.epoch);
  kv($('epoch-summary'), [
    ['epoch', e.epoch], ['status', e.status || 'closed'], ['fee', e.fee], ['owner share', e.owner_fee], ['protocol share', e.protocol_fee],
    ['data fee', e.data_fee], ['remainder', e.remainder], ['records', e.records], ['scores commitment', e.commitment],
    ['scores proven', (e.scores_proven || 0) + ' of ' + (e.records || 0) + ' records (' + (e.scores_attested || 0) + ' attested on-chain)',
      e.scores_proven ? 'ok' : '']]);
  const body = $('epoch-contributors').tBodies[0];
  body.replaceChildren();
  for (const c of e.contributors || []) {
    const claim = el('td', { class: 'claim', text: '…' });
    body.append(el('tr', {},
      el('td', { class: 'addr', text: c.address }),
      el('td', { class: 'num', text: fmtScore(c.score) }),
      el('td', { class: 'num', text: c.payout || '0' }),
      claim));
    api('GET', '/v1/contributors/' + encodeURIComponent(c.address)).then((v) => {
      const row = (v.epochs || []).find((x) => x.epoch === e.epoch);
      claim.textContent = row ? row.claim + (row.claim_tx ? ' (' + short(row.claim_tx, 14) + ')' : '') : 'unknown';
    }).catch(() => { claim.textContent = 'unknown'; });
  }
  const p = e.proof;
  kv($('epoch-proof'), p ? [['backend', p.backend], ['verifier', yesNo(p.verified), p.verified ? 'ok' : 'bad'],
    ['size', p.size ? p.size + ' bytes' : ''], ['proof', short(p.proof, 66)]] : [['proof', 'none yet']]);
  const s = e.settlement;
  kv($('epoch-tx'), s ? [['tx', s.tx_hash], ['block', s.block], ['gas used', s.gas_used],
    ['on-chain verifier', yesNo(s.verified_onchain), s.verified_onchain ? 'ok' : 'bad'], ['network', s.network], ['contract', s.contract]] : [['transaction', 'not settled yet']]);
  $('epoch-view').hidden = false;
}

// ---- protocol: governance, staking, vesting ----

const OPEN_UNIT = 10n ** 18n;
function fmtOPEN(s) {
  try {
    const v = BigInt(s);
    const whole = v / OPEN_UNIT, frac = (v % OPEN_UNIT).toString().padStart(18, '0').slice(0, 4);
    return whole.toLocaleString('en-US') + '.' + frac;
  } catch (_) { return String(s); }
}
function fmtTime(t) { return t ? new Date(Number(t) * 1000).toISOString().replace('.000Z', 'Z') : ''; }

function fillTable(id, rows, cells) {
  const tb = $(id).querySelector('tbody');
  tb.replaceChildren();
  for (const r of rows || []) {
    const tr = el('tr');
    for (const [text, cls] of cells(r)) tr.append(el('td', cls ? { class: cls, text } : { text }));
    tb.append(tr);
  }
}

function plotVesting(months) {
  const svg = $('vesting-plot');
  svg.replaceChildren();
  if (!months || !months.length) return;
  const ns = 'http://www.w3.org/2000/svg';
  const mk = (tag, attrs) => { const e = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); return e; };
  const W = 640, H = 220, L = 40, B = 24, T = 8, R = 8;
  const maxM = months[months.length - 1].month || 1;
  const x = (m) => L + (W - L - R) * m / maxM;
  const y = (p) => H - B - (H - B - T) * p / 100;
  svg.append(mk('line', { x1: L, y1: y(0), x2: W - R, y2: y(0), stroke: '#999' }));
  svg.append(mk('line', { x1: L, y1: y(0), x2: L, y2: y(100), stroke: '#999' }));
  for (const p of [0, 25, 50, 75, 100]) {
    const t = mk('text', { x: 4, y: y(p) + 3 }); t.textContent = p + '%'; svg.append(t);
  }
  for (let m = 0; m <= maxM; m += 12) {
    const t = mk('text', { x: Math.min(x(m) - 6, W - 24), y: H - 6 }); t.textContent = 'm' + m; svg.append(t);
  }
  const pts = months.map((r) => x(r.month).toFixed(1) + ',' + y(r.percent).toFixed(1)).join(' ');
  svg.append(mk('polyline', { points: pts, fill: 'none', stroke: '#b4530a', 'stroke-width': 2 }));
}

async function loadProtocol() {
  if (!ready.protocol) return; // a node without a chain has no protocol panel
  $('protocol-section').hidden = false;
  try {
    const p = await api('GET', '/v1/protocol');
    showError('protocol-error', null);
    $('protocol-view').hidden = false;
    kv($('protocol-summary'), [
      ['network', p.network], ['chain time', fmtTime(p.chain_time)], ['OPEN', p.token],
      ['settlement', p.settlement], ['settlement owner', p.owner], ['GOPEN', p.gopen],
      ['governor', p.governor], ['timelock', p.timelock],
    ]);
    fillTable('protocol-params', p.parameters, (r) => [[r.contract], [r.name], [r.value]]);
    fillTable('protocol-provers', p.provers, (r) => [[r.address, 'addr'], [fmtOPEN(r.bonded), 'num'], [fmtOPEN(r.unbonding), 'num'], [r.can_post ? 'yes' : 'no']]);
    fillTable('protocol-proposals', p.proposals, (r) => [[short(r.id, 12), 'addr'], [r.state], [r.description], [fmtOPEN(r.for), 'num'], [fmtOPEN(r.against), 'num'], [fmtOPEN(r.abstain), 'num']]);
    fillTable('protocol-epochs', p.epochs, (r) => [[String(r.epoch)], [r.status], [fmtTime(r.claimable_at)], [r.poster, 'addr']]);
    fillTable('protocol-challenges', p.challenges, (r) => [[r.id], [r.status], [String(r.epoch)], [r.prover, 'addr'], [r.challenger, 'addr']]);
    plotVesting(p.vesting);
  } catch (err) {
    $('protocol-view').hidden = true;
    showError('protocol-error', err);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  loadHealth().then(loadProtocol);
  $('ask').addEventListener('submit', ask);
  $('epoch-form').addEventListener('submit', loadEpoch);
  $('close-epoch').addEventListener('click', closeEpoch);
  loadAdapters();
  loadEpoch().catch(() => {});
});
