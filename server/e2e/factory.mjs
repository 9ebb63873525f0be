// Drives the ModelFactory page in real headless Chromium: create a datanet, drop a
// file with one bad line (the error by line is shown, nothing is imported), fix it
// and upload it with the file picker, start a short fine-tune, watch it reach done,
// ask a question in the chat, click a token and see its sources. Screenshots of
// each stage go to OUTDIR (factory-*.png).
// Usage: node factory.mjs URL API_KEY OUTDIR   (run by server/lmengine/e2e_factory_test.go)
// Prints one line "RESULT {json}" for the Go test to check against the store.
import { chromium } from 'playwright-core';
import path from 'node:path';

const [url, key, outDir] = process.argv.slice(2);
if (!url || !key || !outDir) {
  console.error('usage: node factory.mjs URL API_KEY OUTDIR');
  process.exit(2);
}
const shot = (name) => path.join(outDir, 'factory-' + name + '.png');
const STEPS = Number(process.env.FACTORY_STEPS || 40);

function check(cond, msg) {
  if (!cond) throw new Error('factory page: ' + msg);
}

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

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
const problems = [];
let exitCode = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  page.setDefaultTimeout(30000);
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => {
    // The refused upload answers 400 by design, and the browser asks for a favicon
    // the node does not have; other errors count.
    const where = (m.location() && m.location().url) || '';
    if (m.type() === 'error' && !/400/.test(m.text()) && !/favicon/.test(where)) problems.push('console: ' + m.text() + ' ' + where);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(url)) problems.push('request outside the node: ' + r.url());
  });

  await page.goto(url + 'factory.html');
  await page.fill('#api-key', key);

  // 1. Create a datanet.
  await page.fill('#dn-name', 'notes');
  await page.fill('#dn-title', 'A small dictionary of things');
  await page.fill('#dn-license', 'CC0-1.0');
  await page.click('#dn-create');
  await page.waitForSelector('#datanets tr[data-name="notes"]');
  check(await page.inputValue('#up-datanet') === 'notes', 'upload target is not the new datanet');
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

  // 2. A short fine-tune, watched to the end.
  await page.fill('#job-adapter', 'notes-ft');
  await page.fill('#job-rank', '4');
  await page.fill('#job-steps', String(STEPS));
  await page.fill('#job-lr', '0.01');
  await page.check('#job-datanets input[value="notes"]');
  await page.click('#job-start');
  await page.waitForSelector('#job-view:not([hidden])');
  const seen = new Set();
  const t0 = Date.now();
  for (;;) {
    const st = await page.getAttribute('#job-view', 'data-status');
    const ph = await page.textContent('#job-phase').catch(() => '');
    if (ph) seen.add(ph.replace(/ \(.*\)$/, ''));
    if (st !== 'running') break;
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
  await page.fill('#chat-input', 'What is a lantern?');
  await page.click('#chat-send');
  await page.waitForSelector('#chat-log .output.current .tok');
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
  check(problems.length === 0, problems.join('; '));
  console.log('RESULT ' + JSON.stringify({ uploadError, uploadOK, status, phases: [...seen], lossPoints, heldOut, summary, compared,
    tokens: scores.length, token, sources }));
} catch (e) {
  console.error(e.message || e);
  if (problems.length) console.error(problems.join('\n'));
  exitCode = 1;
} finally {
  await browser.close();
}
process.exit(exitCode);
