// Drives the audit page in real headless Chromium: load, ask, click a token,
// check the sources, select a span, check the epoch panel, save a screenshot.
// Usage: node audit.mjs URL SCREENSHOT.png   (run by server/e2e_test.go)
// Prints one line "RESULT {json}" for the Go test to check against the store.
import { checker, runPage } from './browser.mjs';

const [url, shot] = process.argv.slice(2);
if (!url || !shot) {
  console.error('usage: node audit.mjs URL SCREENSHOT.png');
  process.exit(2);
}

const check = checker('audit page');

// The epoch panel's first load may 404 by design when no epoch exists; other console
// errors count.
await runPage({ base: url, viewport: { width: 1280, height: 1000 }, timeout: 20000, ignoreConsole: (text) => /404/.test(text) }, async (page) => {
  await page.goto(url);
  await page.waitForSelector('#adapter option[value="devil"]', { state: 'attached' });
  await page.selectOption('#adapter', 'devil');
  await page.fill('#prompt', 'What is a cynic? A blackguard whose faulty vision sees things as they are.');
  await page.fill('#max-tokens', '8');
  await page.click('#submit');
  await page.waitForSelector('#output .tok');
  const toks = page.locator('#output .tok');
  const ntok = await toks.count();
  check(ntok === 8, `want 8 shaded tokens, got ${ntok}`);
  const shades = await toks.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  check(new Set(shades).size > 1, 'all tokens have the same shade: ' + shades.join(' '));

  // Click the strongest token.
  const scores = await toks.evaluateAll((els) => els.map((e) => parseFloat(e.title.replace('strength ', ''))));
  const best = scores.indexOf(Math.max(...scores));
  await toks.nth(best).click();
  await page.waitForSelector('#sources .source');
  const token = (await toks.nth(best).textContent()).trim();
  const sources = await page.locator('#sources .source').evaluateAll((els) => els.map((e) => ({
    id: e.dataset.source,
    meta: e.querySelector('.meta').textContent,
    marked: [...e.querySelectorAll('mark')].map((m) => m.textContent),
    methods: [...e.querySelectorAll('tbody tr')].map((r) => r.cells[0].textContent),
  })));
  check(sources.length > 0, 'no sources after clicking a token');
  for (const s of sources) {
    check(s.marked.length > 0, `source ${s.id} has no highlighted span`);
    check(/datanet \S+/.test(s.meta) && /contributor 0x[0-9a-fA-F]{40}/.test(s.meta), `source ${s.id} lacks datanet/contributor: ${s.meta}`);
    check(s.methods.length > 0, `source ${s.id} has no method breakdown`);
  }
  check(await page.locator('#output .tok.selected').count() === 1, 'clicked token not marked selected');

  // Shift-click a second token: a span of several tokens.
  const other = best === 0 ? ntok - 1 : 0;
  await toks.nth(other).click({ modifiers: ['Shift'] });
  const selected = await page.locator('#output .tok.selected').count();
  check(selected === Math.abs(best - other) + 1, `span selection marks ${selected} tokens`);
  check((await page.textContent('#selection')).includes('span'), 'span selection not described');

  // Completion contributors and the epoch panel (the test stored epoch 1).
  check(await page.locator('#completion-contributors tbody tr').count() > 0, 'no completion contributors');
  await page.fill('#epoch', 'latest');
  await page.click('#load-epoch');
  await page.waitForSelector('#epoch-contributors tbody tr');
  await page.waitForFunction(() => [...document.querySelectorAll('#epoch-contributors td.claim')].every((td) => td.textContent !== '…'));
  const claims = await page.locator('#epoch-contributors td.claim').allTextContents();
  const summary = await page.textContent('#epoch-summary');
  check(/scores proven\s*1 of 2 records \(1 attested on-chain\)/.test(summary), 'scores proven missing: ' + summary);
  const proof = await page.textContent('#epoch-proof');
  const tx = await page.textContent('#epoch-tx');
  check(proof.includes('verified'), 'proof verifier result missing: ' + proof);
  check(/0x[0-9a-f]+/.test(tx) && tx.includes('gas used'), 'transaction missing: ' + tx);

  // The protocol panel: parameters, provers and the vesting plot from the node's chain.
  await page.waitForSelector('#protocol-params tbody tr');
  const protocol = {
    params: await page.locator('#protocol-params tbody tr').count(),
    provers: await page.locator('#protocol-provers tbody tr').count(),
    points: ((await page.getAttribute('#vesting-plot polyline', 'points')) || '').trim().split(/\s+/).filter(Boolean).length,
    owner: await page.textContent('#protocol-summary'),
  };

  // Back to the token view for the artifact.
  await toks.nth(best).click();
  await page.waitForSelector('#sources .source mark');
  await page.screenshot({ path: shot, fullPage: true });
  return { tokens: ntok, token, sources, claims, proof, tx, protocol };
});
