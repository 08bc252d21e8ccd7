// What the embedding tests share: a reader served on one loopback origin,
// host pages on another, and the embed codes copied from the reader's Embed
// dialog as an editor would copy them (the dialog's screenshot is
// tests/browser/screenshots/embed-dialog.png).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, serveHost } from './serve.mjs';
import { launch, checkAccessibility } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
export const shots = join(here, 'screenshots');
const SUB_PATH = '/graphics/parallax/';

// Every host page gives the graphic the same box, as an article column
// does, so that what the reader lays out can be compared across pages.
const GRAPHIC_BOX = '<style>[data-parallax-view] { display: block; width: 900px; margin: 0; padding: 0; border: 0; }</style>';

export function hostPage({ head = '', body }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>${GRAPHIC_BOX}${head}</head>
<body><main id="host-main">
  <h1 id="host-h1">Leaders meet in Paris</h1>
  <p id="host-p">Host text with <a href="#x" id="host-a">a link</a>, <mark id="host-mark">a mark</mark>,
    <span id="host-span">a span</span> and a <button id="host-button">button</button>.</p>
  <div id="host-slot">${body}</div>
  <h2 id="host-h2">After the graphic</h2>
  <ul id="host-ul"><li id="host-li">an item</li></ul>
</main></body></html>`;
}

export const withoutScript = (code) => code.replace(/\n?<script[^>]*><\/script>/, '');

/** Serves the reader (with `extra` pages on its origin) and the host pages
 *  `hostPages({ codes, readerBase })` names, opens a browser (bypassing CSP,
 *  for axe-core) and copies the embed codes, light and dark, from the
 *  Embed dialog. */
export async function newsroom({ extra = {}, hostPages }) {
  mkdirSync(shots, { recursive: true });
  const codes = {};
  const reader = await serve(dist, SUB_PATH, extra);
  const readerBase = `http://127.0.0.1:${reader.address().port}${SUB_PATH}`;
  const host = await serveHost(hostPages({ codes, readerBase }));
  const hostBase = `http://127.0.0.1:${host.address().port}`;
  assert.notEqual(new URL(readerBase).origin, hostBase, 'two origins');
  // axe-core is injected as an inline script, which the reader's CSP refuses
  // (share.test.mjs checks the reader under its CSP).
  const browser = await launch({ bypassCSP: true });
  const page = browser.page;
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });

  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(readerBase).origin });
  await page.goto(`${readerBase}#/compare/000/001`);
  await page.click('#embed-button');
  await page.waitForSelector('#embed-dialog[open]');
  const copy = async (id) => {
    await page.click(`#${id}-copy`);
    await page.waitForFunction((id) => document.getElementById(`${id}-status`).textContent === 'Copied.', id);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.inputValue(`#${id}`), `${id}: the code copied is the code shown`);
    return copied;
  };
  codes.iframe = await copy('embed-iframe');
  codes.mount = await copy('embed-mount');
  await page.screenshot({ path: join(shots, 'embed-dialog.png') });
  await checkAccessibility(page, 'embed dialog');
  await page.check('#embed-theme-dark');
  await page.waitForFunction(() => document.querySelector('#embed-iframe').value.includes('theme=dark'));
  codes.darkIframe = await page.inputValue('#embed-iframe');
  codes.darkMount = await page.inputValue('#embed-mount');
  await page.click('#embed-close');

  const close = async () => {
    await browser.close();
    reader.close();
    host.close();
  };
  return { codes, readerBase, hostBase, browser, page, close };
}
