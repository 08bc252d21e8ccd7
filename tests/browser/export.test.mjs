// Export and import: the comparison the reader shows, saved as JSON, CSV and
// Markdown from the footer's buttons, made in the browser with nothing sent
// anywhere; a saved JSON file read back and shown, bad files refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const SUB_PATH = '/stories/paris-summit/';

let server, base, browser;

before(async () => {
  server = await serve(dist, SUB_PATH);
  base = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
  browser = await launch({ acceptDownloads: true });
  browser.page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Clicks an export button; the saved file's name and text, and the status. */
async function save(page, id) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
  const text = readFileSync(await download.path(), 'utf8');
  await page.waitForFunction(() => document.querySelector('#export-status')?.textContent.startsWith('Saved'));
  return { name: download.suggestedFilename(), text, status: await page.textContent('#export-status') };
}

test('the comparison is saved as JSON, CSV and Markdown with the counts the page shows', async () => {
  const { page } = browser;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base);
  await page.waitForSelector('#export-csv');
  const timing = await page.textContent('.timing');
  const [, sources, links] = timing.match(/(\d+) sources, \d+ sentences, (\d+) links\./).map(Number);
  const before = requests.length;

  const json = await save(page, 'export-json');
  assert.equal(json.name, 'parallax-comparison.json');
  assert.equal(json.status, 'Saved parallax-comparison.json.');
  const comparison = JSON.parse(json.text);
  assert.equal(comparison.version, 1);
  assert.equal(comparison.sources.length, sources);
  assert.equal(comparison.links.length, links);

  const csv = await save(page, 'export-csv');
  assert.equal(csv.name, 'parallax-comparison.csv');
  const rows = csv.text.split('\r\n').filter((r) => r !== '');
  assert.equal(rows[0], 'link,fact,source_a,sentence_a,text_a,source_b,sentence_b,text_b,relation,kind,summary,score');
  assert.equal(rows.length, links + 1);
  const diverging = comparison.links.filter((l) => l.relation === 'diverge').length;
  assert.equal(rows.filter((r) => /,diverge,[a-z_]+,/.test(r)).length, diverging);

  const md = await save(page, 'export-markdown');
  assert.equal(md.name, 'parallax-comparison.md');
  assert.ok(md.text.startsWith('# Parallax comparison\n'), md.text.slice(0, 80));
  assert.equal(md.text.split('\n### ').length - 1, comparison.facts.length);

  // Made in the page: nothing was fetched to make them.
  assert.deepEqual(requests.slice(before).filter((u) => !u.startsWith('blob:')), []);
});

test('an exported comparison imports as the same comparison; another file gets its message', async () => {
  const { page } = browser;
  await page.goto(`${base}#/quotes`);
  await page.waitForSelector('#export-json');
  const counts = async () => page.locator('#count-agreed, #count-disputed, #count-once').allTextContents();
  const timing = await page.textContent('.timing');
  const json = await save(page, 'export-json');
  const dir = mkdtempSync(join(tmpdir(), 'parallax-import-'));
  try {
    // The same comparison, one source renamed, so the page visibly shows the file.
    const edited = JSON.parse(json.text);
    edited.sources[0].meta.title = 'Imported from a file';
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(edited));
    await page.setInputFiles('#import-file', join(dir, 'edited.json'));
    await page.waitForFunction(() => document.querySelector('#import-status')?.textContent.startsWith('Imported'));
    await page.waitForFunction(() => location.hash === '#/imported/');
    assert.match(await page.textContent('main'), /Imported from a file/);
    // The same counts; no start-up time, since nothing was analysed.
    assert.equal(await page.textContent('.timing'), timing.replace(/ Analysed in your browser in .*$/, ''));
    const shown = await counts();

    // Bad files: the message says why, and the page keeps what it shows.
    const bad = [
      ['not-json.json', 'sources: 3', 'Not imported: the file is not JSON'],
      ['cut.json', json.text.slice(0, 500), 'Not imported: the file ends early'],
      ['newer.json', json.text.replace('"version": 1', '"version": 9'), 'another version of Parallax'],
      ['empty.json', '', 'Not imported: the file is empty'],
    ];
    for (const [name, text, message] of bad) {
      writeFileSync(join(dir, name), text);
      await page.setInputFiles('#import-file', join(dir, name));
      await page.waitForFunction((m) => document.querySelector('#import-status')?.textContent.includes(m), message);
      assert.match(await page.textContent('main'), /Imported from a file/, name);
      assert.deepEqual(await counts(), shown, name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
