// A reader's own articles: pasted and dropped on the Add articles page,
// compared in the browser, kept across reloads, shared inside a link and
// opened in a fresh browser, exported and imported; every bad input gets
// its message, nothing from an input runs, and nothing kept is lost.
// Screenshots of the new views go to tests/browser/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { serve } from './serve.mjs';
import { launch, checkAccessibility } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const fixtures = join(here, '..', 'fixtures');
const shots = join(here, 'screenshots');
const SUB_PATH = '/stories/paris-summit/';
const STORE_KEY = 'parallax.corpora';

let server, base;
const browsers = [];
let scratch;

before(async () => {
  mkdirSync(shots, { recursive: true });
  scratch = mkdtempSync(join(tmpdir(), 'parallax-own-'));
  server = await serve(dist, SUB_PATH);
  base = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
});

after(async () => {
  for (const b of browsers) await b.close();
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A fresh browser (a new profile: nothing kept) failing on any page error;
 * the CSP is bypassed only so axe-core can be injected (share.test.mjs checks it). */
async function fresh(options) {
  const browser = await launch({ bypassCSP: true, ...options });
  browsers.push(browser);
  browser.page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  return browser;
}

const fixture = (...path) => join(fixtures, ...path);
const text = (...path) => readFileSync(fixture(...path), 'utf8');

/** Pastes one article on the Add articles page and waits for its message. */
async function paste(page, body, title = '', outlet = '') {
  await page.fill('#paste-text', body);
  await page.fill('#paste-name', title);
  await page.fill('#paste-outlet', outlet);
  await page.click('#paste-add');
  await page.waitForFunction(() => document.querySelector('#add-messages')?.textContent !== '');
  return page.textContent('#add-messages');
}

/** Compares the drafts and waits for the kept comparison's overview. */
async function compare(page) {
  await page.click('#compare-drafts');
  await page.waitForFunction(() => /^#\/k\/c\d+\/$/.test(location.hash));
  await page.waitForSelector('.reader[data-corpus="kept"][data-page="overview"]');
  return page.evaluate(() => location.hash);
}

const sourceCount = async (page) => Number((await page.textContent('.timing')).match(/(\d+) sources/)[1]);

test('two pasted articles are compared, kept across a reload and listed', async () => {
  const { page } = await fresh();
  await page.goto(`${base}#/add`);
  await page.waitForSelector('#paste-form');
  assert.equal(await page.isDisabled('#compare-drafts'), true);
  await checkAccessibility(page, 'add articles (empty)');
  assert.match(await paste(page, text('articles', 'alpha.txt'), 'Floods in Kelso', 'The Border Post'), /Added Floods in Kelso\./);
  // One article only: Compare waits for a second.
  assert.equal(await page.isDisabled('#compare-drafts'), true);
  assert.match(await page.textContent('#compare-hint'), /at least two/);
  await paste(page, text('articles', 'beta.txt'));
  assert.deepEqual(await page.locator('#drafts .draft-name').allTextContents(), ['Floods in Kelso', 'the pasted text']);
  assert.match(await page.textContent('#drafts'), /The Border Post · \d+ words/);
  await page.screenshot({ path: join(shots, 'own-add-drafts.png'), fullPage: true });
  await checkAccessibility(page, 'add articles (two drafts)');
  // Dark and narrow: the same page, stacked.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(shots, 'own-add-drafts-dark-narrow.png'), fullPage: true });
  await checkAccessibility(page, 'add articles (dark, narrow)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });

  const hash = await compare(page);
  assert.equal(await sourceCount(page), 2);
  assert.match(await page.textContent('main'), /Floods in Kelso/);
  await page.screenshot({ path: join(shots, 'own-overview.png'), fullPage: true });
  await checkAccessibility(page, 'own overview');
  // The page says which comparison it shows, and offers the list of them.
  assert.equal(await page.textContent('#corpus-line'), 'Your comparison: Floods in Kelso and 1 more, kept in this browser. Your comparisons');
  assert.equal(await page.getAttribute('#corpus-line a', 'href'), '#/add');
  // The views' links stay inside the corpus.
  const hrefs = await page.locator('main a[href^="#/"]:not(#corpus-line a)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 0 && hrefs.every((h) => h.startsWith(hash)), hrefs.join(' '));
  await page.click('.site-nav >> text=Compare');
  await page.waitForSelector('.reader[data-page="compare"][data-corpus="kept"]');
  assert.ok((await page.evaluate(() => location.hash)).startsWith(`${hash}compare/`));

  await page.reload();
  await page.waitForSelector('.reader[data-page="compare"][data-corpus="kept"]');
  assert.match(await page.textContent('main'), /Left The Border Post/);
  await page.goBack();
  await page.waitForSelector('.reader[data-page="overview"][data-corpus="kept"]');

  await page.goto(`${base}#/add`);
  await page.waitForSelector('#kept-list');
  const kept = await page.locator('#kept-list li').allTextContents();
  assert.equal(kept.length, 2, kept.join(' | '));
  assert.match(kept[0], /The example/);
  assert.match(kept[1], /Floods in Kelso and 1 more/);
  assert.match(await page.textContent('#kept-where'), /Kept in this browser/);
  await page.screenshot({ path: join(shots, 'own-kept-list.png'), fullPage: true });

  // The example is always there.
  await page.click('#kept-list >> text=The example');
  await page.waitForSelector('.reader[data-corpus="example"][data-page="overview"]');
  assert.equal(await sourceCount(page), 5);

  // Removing forgets it, here and after a reload.
  await page.goto(`${base}#/add`);
  await page.click('#kept-list button[aria-label^="Remove Floods"]');
  await page.waitForFunction(() => document.querySelectorAll('#kept-list li').length === 1);
  await page.reload();
  await page.waitForSelector('#kept-list');
  assert.equal(await page.locator('#kept-list li').count(), 1);
  await page.goto(`${base}${hash}`);
  await page.waitForSelector('#corpus-notice');
  assert.match(await page.textContent('#corpus-notice'), /No comparison “c1” is kept in this browser/);
});

test('two tabs keep each other\'s comparisons: neither overwrites the other', async () => {
  const { context, page: one } = await fresh();
  await one.goto(`${base}#/add`);
  await one.waitForSelector('#paste-form');
  // The second tab opens before the first keeps anything.
  const two = await context.newPage();
  two.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  await two.goto(`${base}#/add`);
  await two.waitForSelector('#paste-form');
  const listed = (page) => page.locator('#kept-list li').count();
  assert.equal(await listed(two), 1, 'only the example');

  await paste(one, text('articles', 'alpha.txt'), 'Floods in Kelso');
  await paste(one, text('articles', 'beta.txt'));
  const first = await compare(one);
  // The second tab lists it without a reload.
  await two.waitForFunction(() => document.querySelectorAll('#kept-list li').length === 2);
  assert.match(await two.textContent('#kept-list'), /Floods in Kelso/);

  // The second tab keeps another comparison: it gets a key of its own, and
  // the first tab's comparison stays kept.
  await paste(two, text('articles', 'alpha.txt'), 'Kelso, the second look');
  await paste(two, text('articles', 'beta.txt'), 'The river report');
  const second = await compare(two);
  assert.notEqual(second, first);
  for (const page of [one, two]) {
    await page.goto(`${base}#/add`);
    await page.reload();
    await page.waitForSelector('#kept-list');
    const kept = await page.locator('#kept-list li').allTextContents();
    assert.equal(kept.length, 3, kept.join(' | '));
    assert.match(kept.join(' | '), /Floods in Kelso.*Kelso, the second look/);
  }
  for (const [hash, title] of [[first, 'Floods in Kelso'], [second, 'Kelso, the second look']]) {
    await one.goto(`${base}${hash}`);
    await one.waitForSelector('.reader[data-corpus="kept"][data-page="overview"]');
    assert.match(await one.textContent('#corpus-line'), new RegExp(`Your comparison: ${title}`));
  }
  await two.close();
});

test('a dropped HTML page shows its text and runs nothing from it', async () => {
  const { page } = await fresh();
  await page.goto(`${base}#/add`);
  await page.waitForSelector('#drop-zone');
  const html = text('pages', 'news-page.html');
  // A real drop: a DataTransfer with the file, dropped on the zone.
  await page.evaluate((source) => {
    const data = new DataTransfer();
    data.items.add(new File([source], 'news-page.html', { type: 'text/html' }));
    const zone = document.querySelector('#drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, html);
  await page.waitForFunction(() => /Added news-page\.html/.test(document.querySelector('#add-messages').textContent));
  assert.match(await page.textContent('#drafts'), /Allies agree truce monitoring plan/);
  assert.match(await page.textContent('#drafts'), /The Harbour Gazette/);
  // Chosen with the picker: the second article.
  await page.setInputFiles('#article-files', fixture('articles', 'alpha.txt'));
  await page.waitForFunction(() => document.querySelectorAll('#drafts li').length === 2);
  await compare(page);
  await page.click('.site-nav >> text=Compare');
  await page.waitForSelector('.reader[data-page="compare"]');
  const main = await page.textContent('main');
  assert.match(main, /military hubs/);
  for (const junk of ['CANARY', 'HEAD SCRIPT TEXT', 'STYLE TEXT', 'NOSCRIPT', 'Most read', 'javascript:']) {
    assert.ok(!main.includes(junk), junk);
  }
  assert.equal(await page.evaluate(() => typeof window.canary), 'undefined');
  assert.equal(await page.locator('main a[href^="javascript:"], main img, main script').count(), 0);
});

test('a file dropped outside the drop zone is refused: the browser does not open it in place of the reader', async () => {
  const { page } = await fresh();
  await page.goto(`${base}#/compare/000/001`);
  await page.waitForSelector('.reader[data-page="compare"]');
  const refused = await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['some text'], 'note.txt', { type: 'text/plain' }));
    const target = document.querySelector('main');
    // dispatchEvent is false when a listener prevented the default (opening the file).
    const over = target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    const drop = target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    return { over, drop, effect: data.dropEffect };
  });
  assert.deepEqual(refused, { over: false, drop: false, effect: 'none' });
  // Text dragged from the page itself is left to the browser.
  const text = await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'words');
    return document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  assert.equal(text, true);
  assert.equal(await page.getAttribute('.reader', 'data-page'), 'compare');
});

test('bad files and pastes each get their message and nothing is added', async () => {
  const { page } = await fresh();
  await page.goto(`${base}#/add`);
  await page.waitForSelector('#paste-form');
  assert.match(await paste(page, ''), /Not added: the pasted text is empty\./);
  assert.match(await paste(page, '   \n\t  ', 'Blank'), /Not added: Blank is empty\./);
  const huge = join(scratch, 'huge.txt');
  writeFileSync(huge, Buffer.alloc(20 * 1024 * 1024, 'a'));
  const cases = [
    [fixture('own', 'binary.txt'), /Not added: binary\.txt is not text/],
    [fixture('own', 'whitespace.txt'), /Not added: whitespace\.txt is empty/],
    [huge, /Not added: huge\.txt is too large \(20480 KB\); the limit is 2048 KB/],
    [fixture('articles', 'alpha.meta.json'), /Not added: alpha\.meta\.json: Parallax reads \.txt, \.md and \.html files/],
  ];
  for (const [file, message] of cases) {
    await page.setInputFiles('#article-files', file);
    await page.waitForFunction((m) => new RegExp(m).test(document.querySelector('#add-messages').textContent), message.source);
  }
  assert.equal(await page.locator('#drafts li').count(), 0);
  // Another script: accepted, with a notice.
  await page.setInputFiles('#article-files', fixture('own', 'cyrillic.txt'));
  await page.waitForFunction(() => /Cyrillic script; Parallax reads English news/.test(document.querySelector('#add-messages').textContent));
  // The same text twice: refused at Compare, the drafts kept.
  await paste(page, text('own', 'cyrillic.txt'), 'Again');
  await page.click('#compare-drafts');
  await page.waitForFunction(() => /Not compared: Again has the same text as cyrillic\.txt/.test(document.querySelector('#add-messages').textContent));
  assert.equal(await page.locator('#drafts li').count(), 2);
  await page.screenshot({ path: join(shots, 'own-add-messages.png'), fullPage: true });
  await checkAccessibility(page, 'add articles (messages)');
  await page.click('#drafts button[aria-label="Remove Again"]');
  assert.equal(await page.locator('#drafts li').count(), 1);
});

/** A link payload as the reader frames it: format byte, CRC-32, raw deflate. */
function payload(json, version = 1) {
  const deflated = deflateRawSync(Buffer.from(json));
  const header = Buffer.alloc(5);
  header[0] = version;
  header.writeUInt32BE(crc32(Buffer.concat([Buffer.from([version]), deflated])), 1);
  return Buffer.concat([header, deflated]).toString('base64url');
}

test('Share puts the articles in the link; a fresh browser opens the same comparison', async () => {
  const { context, page } = await fresh();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  await page.goto(`${base}#/add`);
  await page.waitForSelector('#paste-form');
  await paste(page, text('articles', 'alpha.txt'), 'Floods in Kelso', 'The Border Post');
  await paste(page, text('articles', 'beta.txt'), 'Kelso evacuated');
  await compare(page);
  await page.click('.site-nav >> text=Quotes');
  await page.waitForSelector('.reader[data-page="quotes"]');
  const counts = await page.textContent('.timing');
  await page.click('#share-button');
  await page.waitForFunction(() => document.querySelector('#share-status')?.textContent === 'Link copied.');
  const link = await page.inputValue('#share-url');
  assert.match(link, /#\/c\/[A-Za-z0-9_-]+\/quotes$/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  // Nothing but the share and embed buttons: no Embed for an own corpus.
  assert.equal(await page.locator('#embed-button').count(), 0);

  const other = await fresh();
  await other.page.goto(link);
  await other.page.waitForSelector('.reader[data-corpus="kept"][data-page="quotes"]');
  assert.equal(await other.page.textContent('.timing'), counts);
  // Opened and kept there too: the address names it by its key now.
  assert.match(await other.page.evaluate(() => location.hash), /^#\/k\/c1\/quotes$/);
  await other.page.reload();
  await other.page.waitForSelector('.reader[data-corpus="kept"][data-page="quotes"]');
  await other.page.screenshot({ path: join(shots, 'own-opened-from-link.png'), fullPage: true });
});

test('bad links each get their message and what is kept stays', async () => {
  const { page } = await fresh();
  await page.goto(`${base}#/add`);
  await page.waitForSelector('#paste-form');
  await paste(page, text('articles', 'alpha.txt'));
  await paste(page, text('articles', 'beta.txt'), 'Second');
  await compare(page);
  const stored = await page.evaluate((k) => localStorage.getItem(k), STORE_KEY);
  assert.ok(stored.includes('"c1"'));
  const good = payload(JSON.stringify({ articles: [{ id: 'a', text: 'One thing happened.' }, { id: 'b', text: 'Another thing happened.' }] }));
  const bomb = payload(' '.repeat(4 * 1024 * 1024));
  assert.ok(bomb.length < 32 * 1024, `bomb is ${bomb.length} characters`);
  const cases = [
    [good.slice(0, -9), /damaged|checksum/],
    [good.slice(0, 20) + (good[20] === 'A' ? 'B' : 'A') + good.slice(21), /checksum does not match/],
    [payload('{}', 7), /another version of Parallax \(link format 7; this reader opens format 1\)/],
    [bomb, /unpacks to more than 1024 KB and was refused/],
    [payload('[1, 2]'), /does not hold Parallax articles/],
    [payload(JSON.stringify({ articles: [{ id: 'a', text: 'Only one.' }] })), /at least two articles/],
    ['%3Cscript%3E', /damaged or cut short/],
  ];
  for (const [p, message] of cases) {
    await page.goto(`${base}#/c/${p}/fact/0`);
    await page.waitForSelector('#corpus-notice');
    const said = await page.textContent('#corpus-notice');
    assert.match(said, message, p.slice(0, 40));
    assert.match(said, /^The articles in that link could not be opened: .*Showing the example\.$/);
    assert.equal(await page.evaluate(() => location.hash), '#/');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY), stored);
    if (p === bomb) await page.screenshot({ path: join(shots, 'own-bad-link.png') });
    await page.reload();
  }
  // The good one opens (and is kept beside the first).
  await page.goto(`${base}#/c/${good}/`);
  await page.waitForSelector('.reader[data-corpus="kept"][data-page="overview"]');
  assert.equal(await page.evaluate(() => location.hash), '#/k/c2/');
});

test('a corpus too large for a link says so and offers Export', async () => {
  const { page } = await fresh();
  await page.goto(`${base}#/add`);
  await page.waitForSelector('#paste-form');
  // Words that do not compress away, from a small generator.
  let state = 7n;
  const words = (n) => Array.from({ length: n }, () => {
    state = (state * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    return `w${(state >> 40n).toString(16)}`;
  }).join(' ') + '.';
  await paste(page, words(9000), 'Long one');
  await paste(page, words(9000), 'Long two');
  await compare(page);
  await page.click('#share-button');
  await page.waitForSelector('#share-problem');
  assert.match(await page.textContent('#share-problem'), /too large for a link \(\d+ KB compressed; a link holds 32 KB\): use Export instead/);
  await page.click('#share-export');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'export-json');
  await page.screenshot({ path: join(shots, 'own-share-too-large.png') });
});

test('storage that is corrupt, full or off is said, and the reader works in memory', async () => {
  // Corrupt: said, never overwritten, adding still works in memory.
  const corrupt = await fresh();
  await corrupt.page.goto(base);
  await corrupt.page.evaluate((k) => localStorage.setItem(k, '{"format": 1, "corpora": [tr'), STORE_KEY);
  await corrupt.page.goto(`${base}#/add`);
  await corrupt.page.reload();
  await corrupt.page.waitForSelector('.kept .notice');
  assert.match(await corrupt.page.textContent('.kept .notice'), /cannot be read .*left as they are/);
  assert.match(await corrupt.page.textContent('#kept-where'), /only until this page closes/);
  await paste(corrupt.page, text('articles', 'alpha.txt'));
  await paste(corrupt.page, text('articles', 'beta.txt'), 'Second');
  await compare(corrupt.page);
  assert.equal(await sourceCount(corrupt.page), 2);
  assert.equal(await corrupt.page.evaluate((k) => localStorage.getItem(k), STORE_KEY), '{"format": 1, "corpora": [tr');

  // Full: the write fails, the comparison still shows, the page says why.
  const full = await fresh();
  await full.page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await full.page.goto(`${base}#/add`);
  await full.page.waitForSelector('#paste-form');
  await paste(full.page, text('articles', 'alpha.txt'));
  await paste(full.page, text('articles', 'beta.txt'), 'Second');
  await compare(full.page);
  assert.equal(await sourceCount(full.page), 2);
  await full.page.click('.site-nav >> text=Add articles');
  await full.page.waitForSelector('.kept .notice');
  assert.match(await full.page.textContent('.kept .notice'), /could not be kept in this browser \(the browser's storage is full/);
  assert.equal(await full.page.locator('#kept-list li').count(), 2);

  // Off: said at start, the example and adding still work.
  const off = await fresh();
  await off.page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await off.page.goto(`${base}#/add`);
  await off.page.waitForSelector('.kept .notice');
  assert.match(await off.page.textContent('.kept .notice'), /cannot be kept in this browser \(this browser refuses storage/);
});

test('an own comparison exported as JSON imports as the same comparison', async () => {
  const dir = mkdtempSync(join(scratch, 'export-'));
  const { page } = await fresh({ acceptDownloads: true });
  await page.goto(`${base}#/add`);
  await page.waitForSelector('#paste-form');
  await paste(page, text('articles', 'alpha.txt'), 'Floods in Kelso');
  await paste(page, text('articles', 'beta.txt'), 'Second');
  await compare(page);
  const counts = await page.locator('#count-agreed, #count-disputed, #count-once').allTextContents();
  const timing = await page.textContent('.timing');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const file = join(dir, 'own.json');
  writeFileSync(file, readFileSync(await download.path()));
  await page.goto(base);
  await page.waitForSelector('#import-file');
  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('.reader[data-corpus="imported"][data-page="overview"]');
  assert.equal(await page.evaluate(() => location.hash), '#/imported/');
  assert.deepEqual(await page.locator('#count-agreed, #count-disputed, #count-once').allTextContents(), counts);
  assert.equal(await page.textContent('.timing'), timing);
  assert.match(await page.textContent('main'), /Floods in Kelso/);
  // Imports are not kept: a reload says so and shows the example.
  await page.reload();
  await page.waitForSelector('#corpus-notice');
  assert.match(await page.textContent('#corpus-notice'), /import its file again/);
});
