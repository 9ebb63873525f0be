// Drives the ModelFactory page in real headless Chromium: creating a datanet without
// the API key is refused; create a datanet, drop a
// file with one bad line (the error by line is shown, nothing is imported), fix it
// and upload it with the file picker; upload a dictd dictionary (half a pair is
// refused, the pair imported); start a short fine-tune, see tokens/s and ETA, cancel
// it, resume it and watch it reach done; ask a question in the chat, click a token and
// see its sources; ask a follow-up (the conversation is sent), then a message that
// fills the model's context alone (the earlier turns are left out). Screenshots of
// each stage go to OUTDIR (factory-*.png).
// Usage: node factory.mjs URL API_KEY OUTDIR   (run by server/lmengine/e2e_factory_test.go)
// Env: FACTORY_STEPS (fine-tune steps), FACTORY_DICTD (the dictd pair's stem: STEM.index,
// STEM.dict.dz), FACTORY_DICTD_POINTS (its entries), FACTORY_LONG (the context-filling
// message).
// Prints one line "RESULT {json}" for the Go test to check against the store.
import path from 'node:path';
import { checker, runPage } from './browser.mjs';

const [url, key, outDir] = process.argv.slice(2);
if (!url || !key || !outDir) {
  console.error('usage: node factory.mjs URL API_KEY OUTDIR');
  process.exit(2);
}
const shot = (name) => path.join(outDir, 'factory-' + name + '.png');
const STEPS = Number(process.env.FACTORY_STEPS || 40);
const DICTD = process.env.FACTORY_DICTD;
const DICTD_POINTS = process.env.FACTORY_DICTD_POINTS;
const LONG = process.env.FACTORY_LONG;

const check = checker('factory page');

// 100 points of a small dictionary; bad: line 7 is not JSON.
function notes(bad) {
  const words = ['lantern', 'harbor', 'meadow', 'thimble', 'quarry', 'saddle', 'orchard', 'kettle', 'anvil', 'beacon'];
  const lines = [];
  for (let i = 0; i < 100; i++) {
    const w = words[i % 10];
    lines.push(JSON.stringify({ text: `${w.toUpperCase()}, n. ${i}. A thing of the ${words[(i + 3) % 10]} that the ${words[(i + 5) % 10]} keeps for the ${words[(i + 7) % 10]}.` }));
  }
  if (bad) lines[6] = '{"text": "KETTLE, n. broken';
  return lines.join('\n') + '\n';
}

async function createDatanet(page, name, title, license) {
  await page.fill('#dn-name', name);
  await page.fill('#dn-title', title);
  await page.fill('#dn-license', license);
  await page.click('#dn-create');
  await page.waitForSelector(`#datanets tr[data-name="${name}"]`);
  check(await page.inputValue('#up-datanet') === name, 'upload target is not the new datanet ' + name);
}

// ask sends a chat message and returns the answer's record, text and context.
async function ask(page, text) {
  const before = await page.locator('#chat-log .msg.assistant p.record').count();
  await page.fill('#chat-input', text);
  await page.click('#chat-send');
  await page.waitForFunction((n) => document.querySelectorAll('#chat-log .msg.assistant p.record').length > n ||
    !document.getElementById('chat-error').hidden, before);
  check(await page.isHidden('#chat-error'), 'chat error: ' + await page.textContent('#chat-error'));
  const msg = page.locator('#chat-log .msg.assistant').last();
  return {
    record: await msg.locator('p.record').getAttribute('data-record'),
    answer: await msg.locator('.output').textContent(),
    context: Number(await msg.getAttribute('data-context')),
    leftOut: Number(await msg.getAttribute('data-left-out')),
    note: await msg.locator('p.record').textContent(),
  };
}

// A refused upload answers 400 and a call without the key 401 by design, and the
// browser asks for a favicon the node does not have; other console errors count.
const ignoreConsole = (text, where) => /\b40[01]\b/.test(text) || /favicon/.test(where);
await runPage({ base: url, viewport: { width: 1280, height: 1100 }, timeout: 30000, ignoreConsole }, async (page) => {
  await page.goto(url + 'factory.html');
  // Without the API key a state-changing action is refused, and the page says why.
  await page.fill('#dn-name', 'nokey');
  await page.click('#dn-create');
  await page.waitForSelector('#create-error:not([hidden])');
  const noKey = await page.textContent('#create-error');
  await page.fill('#api-key', key);
  await page.dispatchEvent('#api-key', 'change');

  // 1. Create a datanet.
  await createDatanet(page, 'notes', 'A small dictionary of things', 'CC0-1.0');
  await page.fill('#up-contributor', '0x00000000000000000000000000000000000000c1');

  // Drop a file with one bad line: the error names it, nothing is imported.
  const dt = await page.evaluateHandle((text) => {
    const d = new DataTransfer();
    d.items.add(new File([text], 'notes.jsonl', { type: 'application/x-ndjson' }));
    return d;
  }, notes(true));
  await page.dispatchEvent('#drop', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: dt });
  await page.waitForSelector('#upload-log .upload.error pre');
  const uploadError = await page.textContent('#upload-log .upload.error');
  await page.waitForFunction(() => document.querySelector('#datanets tr[data-name="notes"] .points').textContent === '0');
  await page.screenshot({ path: shot('1-upload-error'), fullPage: true });

  // Fixed, through the file picker.
  await page.setInputFiles('#up-files', { name: 'notes.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(notes(false)) });
  await page.waitForSelector('#upload-log .upload.ok');
  const uploadOK = await page.textContent('#upload-log .upload.ok');
  await page.waitForFunction(() => document.querySelector('#datanets tr[data-name="notes"] .points').textContent === '100');

  // A dictd dictionary: half a pair is refused, the pair (.index + .dict.dz) imported.
  let dictdHalf = '', dictdBad = '', dictdOK = '';
  if (DICTD) {
    await createDatanet(page, 'glossary', 'A dictd glossary', 'CC-BY-4.0');
    const errors = await page.locator('#upload-log .upload.error').count();
    await page.setInputFiles('#up-files', DICTD + '.index');
    await page.waitForFunction((n) => document.querySelectorAll('#upload-log .upload.error').length > n, errors);
    dictdHalf = await page.locator('#upload-log .upload.error').first().textContent();
    // A pair whose index has a bad line (the Go test wrote DICTD-broken.*): nothing.
    await page.setInputFiles('#up-files', [DICTD + '-broken.index', DICTD + '-broken.dict.dz']);
    await page.waitForFunction(() => [...document.querySelectorAll('#upload-log .upload.error')].some((e) => /broken\.index \+/.test(e.textContent)));
    dictdBad = await page.locator('#upload-log .upload.error').first().textContent();
    await page.setInputFiles('#up-files', [DICTD + '.index', DICTD + '.dict.dz']);
    await page.waitForFunction(() => [...document.querySelectorAll('#upload-log .upload')].some((e) => /\.index \+ .*: added/.test(e.textContent) || /\.index \+ .*nothing imported/.test(e.textContent)));
    dictdOK = await page.locator('#upload-log .upload').first().textContent();
    await page.waitForFunction((n) => document.querySelector('#datanets tr[data-name="glossary"] .points').textContent === n, DICTD_POINTS);
  }

  // 2. A short fine-tune: tokens/s and ETA while it trains; cancelled, resumed, watched
  // to the end.
  await page.fill('#job-adapter', 'notes-ft');
  await page.fill('#job-rank', '4');
  await page.fill('#job-steps', String(STEPS));
  await page.fill('#job-lr', '0.01');
  await page.check('#job-datanets input[value="notes"]');
  await page.click('#job-start');
  await page.waitForSelector('#job-view:not([hidden])');
  await page.waitForFunction(() => document.getElementById('job-view').dataset.status !== 'running' ||
    (document.getElementById('job-eta') && document.getElementById('job-tokenss')), null, { polling: 'raf' });
  check(await page.getAttribute('#job-view', 'data-status') === 'running', 'the job ended before the page showed its ETA');
  const tokensPerSec = await page.textContent('#job-tokenss');
  const eta = await page.textContent('#job-eta');
  await page.click('#job-cancel');
  await page.waitForFunction(() => document.getElementById('job-view').dataset.status !== 'running');
  const cancelled = await page.getAttribute('#job-view', 'data-status');
  const cancelledAt = await page.textContent('#job-step');
  check(await page.isVisible('#job-resume'), 'no resume button on a ' + cancelled + ' job');
  await page.click('#job-resume');
  const seen = new Set();
  const t0 = Date.now();
  for (;;) {
    const st = await page.getAttribute('#job-view', 'data-status');
    const ph = await page.textContent('#job-phase').catch(() => '');
    if (ph) seen.add(ph.replace(/ \(.*\)$/, ''));
    if (st !== 'running' && st !== cancelled) break;
    check(Date.now() - t0 < 120000, 'job still running after 2 minutes');
    await page.waitForTimeout(100);
  }
  const status = await page.getAttribute('#job-view', 'data-status');
  check(status === 'done', 'job ended ' + status + ': ' + await page.textContent('#job-summary'));
  await page.waitForFunction((n) => {
    const l = document.getElementById('loss-line');
    return l && l.dataset.points === String(n);
  }, STEPS);
  const lossPoints = Number(await page.getAttribute('#loss-line', 'data-points'));
  const heldOut = await page.textContent('#job-heldoutloss');
  const summary = await page.textContent('#job-summary');
  await page.screenshot({ path: shot('2-job-done'), fullPage: true });

  // 3. The comparison table shows its held-out loss.
  await page.waitForSelector('#compare tr[data-adapter="notes-ft"]');
  const compared = await page.textContent('#compare tr[data-adapter="notes-ft"] .held-out');

  // 4. Chat with it; click the strongest token.
  await page.waitForSelector('#chat-model option[value="notes-ft"]', { state: 'attached' });
  await page.selectOption('#chat-model', 'notes-ft');
  await page.fill('#chat-max', '8');
  const chat = [await ask(page, 'What is a lantern?')];
  const toks = page.locator('#chat-log .output.current .tok');
  // The strongest token with visible text (a newline token has no box to click).
  const scores = await toks.evaluateAll((els) => els.map((e) => e.textContent.trim() ? parseFloat(e.title.replace('strength ', '')) : -1));
  const best = scores.indexOf(Math.max(...scores));
  check(scores[best] >= 0, 'no token with visible text');
  await toks.nth(best).click();
  await page.waitForSelector('#chat-sources .source');
  const token = (await toks.nth(best).textContent()).trim();
  const sources = await page.locator('#chat-sources .source').evaluateAll((els) => els.map((e) => ({
    id: e.dataset.source,
    meta: e.querySelector('.meta').textContent,
    text: e.querySelector('.text').textContent,
    marked: [...e.querySelectorAll('mark')].map((m) => m.textContent),
  })));
  check(sources.length > 0, 'no sources after clicking a token');
  await page.screenshot({ path: shot('3-chat-sources'), fullPage: true });
  // A follow-up goes with the conversation; a message that fills the context alone
  // leaves the earlier turns out.
  chat.push(await ask(page, 'And a kettle?'));
  if (LONG) chat.push(await ask(page, LONG));
  await page.screenshot({ path: shot('4-chat-context'), fullPage: true });
  return { noKey, uploadError, uploadOK, dictdHalf, dictdBad, dictdOK, tokensPerSec, eta, cancelled, cancelledAt, status, phases: [...seen], lossPoints,
    heldOut, summary, compared, tokens: scores.length, token, sources, chat };
});
