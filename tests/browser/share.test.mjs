// Sharing and newsroom hygiene: a link copied with Share in one browser
// opens the same view in a fresh one; the page runs under the
// Content-Security-Policy the README documents with no violation; it asks
// no other host for anything and keeps nothing (no cookies, no storage);
// its head has a description and Open Graph tags; and the single-file build
// runs straight from disk. Screenshots go to tests/browser/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, headersFile } from './serve.mjs';
import { launch, inView } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const singleFile = join(here, '..', '..', 'dist-file', 'parallax.html');
const readme = join(here, '..', '..', 'README.md');
const shots = join(here, 'screenshots');
const SUB_PATH = '/stories/paris-summit/';

let server, base, origin;
const browsers = [];

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(dist, SUB_PATH);
  origin = `http://127.0.0.1:${server.address().port}`;
  base = `${origin}${SUB_PATH}`;
});

after(async () => {
  for (const b of browsers) await b.close();
  server?.close();
});

/** A fresh browser whose page fails the test on any uncaught error. */
async function fresh(options) {
  const browser = await launch(options);
  browsers.push(browser);
  browser.page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  return browser;
}

test('a link copied with Share opens the same view in a fresh browser', async () => {
  const { context, page } = await fresh();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto(base);
  await page.click('.site-nav >> text=Compare');
  await page.selectOption('#pick-right', { index: 2 });
  await page.waitForFunction(() => /^#\/compare\/[^/]+\/[^/]+$/.test(location.hash));
  // A sentence far down the left column, so the copy has to scroll to it.
  const sentence = page.locator('.columns.two .column').first().locator('a.sentence[data-standing="corroborated"]').last();
  const id = await sentence.getAttribute('id');
  await sentence.click();
  await page.waitForSelector(`#${id}[aria-current="true"]`);
  const headings = await page.locator('.column-head h2').allTextContents();

  await page.click('#share-button');
  await page.waitForFunction(() => document.querySelector('#share-status')?.textContent === 'Link copied.');
  const shown = await page.inputValue('#share-url');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, shown, 'the link shown is the link copied');
  assert.match(shown, new RegExp(`^${base}#/compare/[\\w.-]+/[\\w.-]+/s/\\d+$`), 'short and readable');
  assert.ok(shown.length < base.length + 40, shown);
  await page.screenshot({ path: join(shots, 'share-panel.png') });

  const other = await fresh();
  await other.page.goto(copied);
  await other.page.waitForSelector('.reader[data-page="compare"]');
  assert.deepEqual(await other.page.locator('.column-head h2').allTextContents(), headings, 'the same sources');
  assert.equal(await other.page.getAttribute(`#${id}`, 'aria-current'), 'true', 'the same sentence selected');
  await other.page.waitForFunction(() => document.querySelector('a.sentence[aria-current="true"]').getBoundingClientRect().top < innerHeight);
  assert.ok(await inView(other.page, `#${id}`), 'and scrolled into view');
  await other.page.screenshot({ path: join(shots, 'share-opened-fresh.png') });
});

test('the page runs under the documented CSP with no violation, and its integrity hashes hold', async () => {
  const documented = readFileSync(readme, 'utf8').match(/^Content-Security-Policy: (.+)$/m);
  assert.ok(documented, 'the README documents the CSP');
  const served = headersFile(join(dist, '_headers'))['content-security-policy'];
  assert.equal(served, documented[1], 'dist/_headers serves the CSP the README documents');
  assert.doesNotMatch(served, /'unsafe-inline'|'unsafe-eval'/, 'no inline script, no eval');

  const { page } = await fresh();
  const complaints = [];
  // A wrong integrity hash (say, a file rewritten after Trunk hashed it) blocks the preload with a console error.
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to|valid digest/i.test(m.text())) complaints.push(m.text()); });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const response = await page.goto(base);
  assert.equal(response.headers()['content-security-policy'], served);
  await page.waitForSelector('.reader[data-page="overview"]');
  for (const [click, landed] of [['.site-nav >> text=Compare', 'compare'], ['a.sentence[data-standing="diverging"] >> nth=0', 'compare'],
    ['.site-nav >> text=All sources', 'all'], ['.site-nav >> text=Quotes', 'quotes'], ['.site-nav >> text=Overview', 'overview'],
    ['.matrix tbody th a >> nth=0', 'fact']]) {
    await page.click(click);
    await page.waitForSelector(`.reader[data-page="${landed}"]`);
  }
  await page.click('#share-button');
  await page.waitForSelector('#share-url');
  await page.click('#embed-button');
  await page.waitForSelector('#embed-dialog[open]');
  await page.click('#embed-close');
  await page.waitForFunction(() => !document.querySelector('#embed-dialog').open);
  await page.goto(`${base}?embed#/compare/000/001`);
  await page.waitForSelector('.reader[data-embedding="frame"]');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(complaints, []);

  // The check can fail: an inline script is refused and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.head.append(s);
  });
  await page.waitForFunction(() => window.violations.length > 0);
  assert.equal(await page.evaluate(() => window.inlineRan), undefined);
});

test('no other host, no cookies, no storage; a description and Open Graph tags', async () => {
  const { context, page } = await fresh();
  const elsewhere = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin && url.protocol !== 'data:') elsewhere.push(r.url());
  });
  for (const address of [`${base}#/compare/000/001`, `${base}?embed#/quotes`]) {
    await page.goto(address);
    await page.waitForSelector('.reader[data-page]');
    await page.click('.site-nav >> text=Overview');
    await page.click('#share-button');
    await page.waitForSelector('#share-url');
  }
  const kept = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(kept, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(elsewhere, [], 'every request goes to the host serving dist/');

  const head = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const tag of ['name="description"', 'property="og:title"', 'property="og:description"', 'property="og:type"', 'name="twitter:card"']) {
    assert.match(head, new RegExp(`<meta ${tag} content="[^"]+">`), tag);
  }
});

test('the single-file build runs from file:// and shows the overview and Compare', async () => {
  const html = readFileSync(singleFile, 'utf8');
  assert.doesNotMatch(html, /(src|href)="\.?\/?[\w-]+\.(js|wasm|css)"/, 'nothing to fetch beside it');
  const { context, page } = await fresh();
  const fetched = [];
  context.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) fetched.push(r.url()); });
  const url = pathToFileURL(singleFile).href;
  await page.goto(url);
  await page.waitForSelector('.reader[data-page="overview"]');
  assert.ok(await page.locator('.matrix tbody tr').count() > 0);
  await page.screenshot({ path: join(shots, 'single-file-overview.png') });
  await page.click('.site-nav >> text=Compare');
  await page.waitForSelector('.reader[data-page="compare"]');
  assert.equal(await page.locator('.columns.two .column').count(), 2);
  await page.locator('a.sentence[data-standing="corroborated"]').first().click();
  await page.waitForSelector('a.sentence.counterpart');
  await page.screenshot({ path: join(shots, 'single-file-compare.png') });
  // A deep link into the file works as on the web.
  await page.goto(`${url}#/fact/1`);
  await page.reload();
  await page.waitForSelector('.reader[data-page="fact"]');
  // Share gives the file's own address; Embed explains why a file cannot be embedded.
  await page.click('#share-button');
  assert.equal(await page.inputValue('#share-url'), `${url}#/fact/1`);
  await page.click('#embed-button');
  assert.match(await page.textContent('#embed-unavailable'), /runs from a file/);
  assert.deepEqual(fetched, []);
});
