// Shared by the node's pages (the audit page, ModelFactory): DOM helpers, the API key
// and calls to the node's JSON API (docs/api.md). Loaded before each page's own script.
// Every piece of data is inserted with textContent, never as HTML.
'use strict';

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

function showError(id, err) {
  const p = $(id);
  if (!err) { p.hidden = true; p.textContent = ''; return; }
  p.hidden = false;
  p.textContent = err.message || String(err);
}

// The API key (poa keys create) the pages send as a bearer token: kept in this browser's
// sessionStorage only (one key for both pages), never in the page or a URL. State-changing
// endpoints need an admin key.
function apiKey() {
  const field = $('api-key');
  if (field && field.value) sessionStorage.setItem('poa-api-key', field.value);
  return sessionStorage.getItem('poa-api-key') || '';
}

// headers returns extra plus the bearer key, when there is one.
function headers(extra) {
  const h = Object.assign({}, extra || {});
  const key = apiKey();
  if (key) h['Authorization'] = 'Bearer ' + key;
  return h;
}

// apiError turns a failed response into an Error "code: message" with .code and .detail.
async function apiError(resp) {
  let data = null;
  try { data = await resp.json(); } catch (_) { /* not JSON */ }
  const e = (data && data.error) || { code: 'http_' + resp.status, message: resp.statusText };
  const err = new Error(e.code + ': ' + e.message);
  err.code = e.code;
  err.detail = e.message;
  return err;
}

// api calls the node: a JSON body when given, the decoded JSON answer (null if none).
async function api(method, path, body) {
  const opts = { method, headers: headers() };
  if (body !== undefined) {
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(body);
  }
  const resp = await fetch(path, opts);
  if (!resp.ok) throw await apiError(resp);
  try { return await resp.json(); } catch (_) { return null; }
}
