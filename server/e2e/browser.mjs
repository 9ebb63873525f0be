// The headless Chromium set-up the page tests share (audit.mjs, factory.mjs): Debian's
// Chromium ($CHROMIUM, default /usr/bin/chromium) through playwright-core, one page
// watched for what fails a test besides its own checks, and the "RESULT {json}" line the
// Go tests read (server/e2e/e2e.go).
import { chromium } from 'playwright-core';

// checker returns check(cond, msg), which throws "NAME: msg" when cond is false.
export function checker(name) {
  return (cond, msg) => {
    if (!cond) throw new Error(name + ': ' + msg);
  };
}

// runPage launches Chromium and opens a page of the given viewport and default timeout
// (ms), watched for uncaught page errors, console errors that ignoreConsole(text, url)
// does not accept, and requests outside base (the node: no CDN, no third party). It
// calls body(page); when that returns and nothing was seen, it prints "RESULT " and the
// JSON of what body returned and exits 0; else it prints the error and what was seen
// on stderr and exits 1. The browser is closed either way.
export async function runPage({ base, viewport, timeout, ignoreConsole = () => false }, body) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
  const problems = [];
  let exitCode = 0;
  try {
    const page = await browser.newPage({ viewport });
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (e) => problems.push('page error: ' + e.message));
    page.on('console', (m) => {
      const where = (m.location() && m.location().url) || '';
      if (m.type() === 'error' && !ignoreConsole(m.text(), where)) problems.push('console: ' + m.text() + ' ' + where);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) problems.push('request outside the node: ' + r.url());
    });
    const result = await body(page);
    if (problems.length) throw new Error(problems.join('; '));
    console.log('RESULT ' + JSON.stringify(result));
  } catch (e) {
    console.error(e.message || e);
    if (problems.length) console.error(problems.join('\n'));
    exitCode = 1;
  } finally {
    await browser.close();
  }
  process.exit(exitCode);
}
