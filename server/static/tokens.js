// Shared by the node's pages: an output shaded token by token by attribution strength,
// token and span selection, and the training data points behind a selection with the
// matching spans marked. Needs page.js.
'use strict';

// TokenView shows one attributed output in `out` and its sources in `box`. attr is an
// api.Attribution ({tokens, sources, ...}); onSelect(text), when given, is told the
// selection ("Selected token: ...").
class TokenView {
  constructor(out, box, attr, onSelect) {
    this.out = out;
    this.box = box;
    this.attr = attr || { tokens: [], sources: [], contributors: [] };
    this.onSelect = onSelect || (() => {});
    this.anchor = null; // first token of a shift-click span
  }

  // render writes text into out with each attributed token shaded by its strength
  // relative to the strongest; clicking a token (shift-click: a span) lists its sources.
  render(text) {
    const out = this.out, toks = this.attr.tokens;
    out.replaceChildren();
    const max = Math.max(1e-12, ...toks.map((t) => t.score || 0));
    let pos = 0;
    for (const t of toks) {
      if (t.start > pos) out.append(text.slice(pos, t.start)); // text between tokens
      const span = el('span', { class: 'tok', 'data-index': String(t.index), title: 'strength ' + (t.score || 0).toFixed(4), text: t.text });
      span.style.backgroundColor = 'rgba(230, 120, 20, ' + (0.08 + 0.72 * (t.score || 0) / max).toFixed(3) + ')';
      span.addEventListener('click', (e) => this.select(t.index, e.shiftKey));
      out.append(span);
      pos = Math.max(pos, t.end);
    }
    if (pos < text.length) out.append(text.slice(pos));
    if (toks.length === 0) out.append(text);
  }

  select(index, extend) {
    let lo = index, hi = index;
    if (extend && this.anchor !== null) { lo = Math.min(this.anchor, index); hi = Math.max(this.anchor, index); }
    else this.anchor = index;
    for (const s of this.out.querySelectorAll('.tok')) {
      const i = Number(s.dataset.index);
      s.classList.toggle('selected', i >= lo && i <= hi);
    }
    const toks = this.attr.tokens.filter((t) => t.index >= lo && t.index <= hi);
    this.onSelect('Selected ' + (toks.length === 1 ? 'token' : 'span') + ': "' + toks.map((t) => t.text).join(' ') + '"');
    this.sources(toks);
  }

  // sources aggregates the references of the selected tokens per source: summed
  // strength, summed method breakdown, every matching span.
  sources(toks) {
    const agg = new Map();
    for (const t of toks) {
      for (const r of t.refs || []) {
        let a = agg.get(r.source);
        if (!a) { a = { score: 0, methods: {}, spans: [] }; agg.set(r.source, a); }
        a.score += r.score || 0;
        for (const [m, v] of Object.entries(r.methods || {})) a.methods[m] = (a.methods[m] || 0) + v;
        if (r.span) a.spans.push(r.span);
      }
    }
    const box = this.box;
    box.replaceChildren();
    if (agg.size === 0) {
      box.append(el('p', { class: 'muted', text: 'No training data point is attributed to this selection.' }));
      return;
    }
    for (const [idx, a] of [...agg.entries()].sort((x, y) => y[1].score - x[1].score)) {
      const src = this.attr.sources[idx];
      if (!src) continue;
      const id = src.id || '';
      const meta = el('div', { class: 'meta' },
        el('span', { text: 'datanet ' + src.datanet }),
        el('span', { class: 'addr', text: 'contributor ' + src.contributor }),
        el('span', { class: 'addr', title: id, text: 'point ' + (id.length > 12 ? id.slice(0, 12) + '…' : id) }),
        el('span', { text: 'strength ' + a.score.toFixed(4) }));
      const mb = el('tbody');
      for (const [m, v] of Object.entries(a.methods).sort((x, y) => y[1] - x[1])) {
        mb.append(el('tr', {}, el('td', { text: m }), el('td', { class: 'num', text: v.toFixed(4) })));
      }
      const methods = el('table', {}, el('thead', {}, el('tr', {}, el('th', { text: 'method' }), el('th', { class: 'num', text: 'contribution' }))), mb);
      box.append(el('div', { class: 'source', 'data-source': id }, meta, highlighted(src.text, a.spans), methods));
    }
  }
}

// highlighted returns the source text with the matching spans marked. Spans are byte
// offsets into UTF-8; they are mapped to string positions here.
function highlighted(text, spans) {
  const div = el('div', { class: 'text' });
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const merged = spans.map((s) => [Math.max(0, s.start), Math.min(bytes.length, s.end)])
    .filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0]);
  let pos = 0;
  for (const [a0, b] of merged) {
    const a = Math.max(a0, pos);
    if (a >= b) continue;
    div.append(dec.decode(bytes.slice(pos, a)));
    div.append(el('mark', { text: dec.decode(bytes.slice(a, b)) }));
    pos = b;
  }
  div.append(dec.decode(bytes.slice(pos)));
  return div;
}
