// Embedding, as a newsroom does it: the embed codes are copied from the
// reader's Embed dialog and pasted into host pages served from another
// origin (another port on loopback). The iframe must size itself to the
// reader and follow its views; hosts that never load our loader still hear
// the height in their own shapes; messages of the wrong shape or from the
// wrong window change nothing; the script mount must look the same on a page
// with aggressive global CSS, and must not change the host's own elements.
// Screenshots go to tests/browser/screenshots/embed-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, serveHost } from './serve.mjs';
import { launch, checkAccessibility } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const shots = join(here, 'screenshots');
const SUB_PATH = '/graphics/parallax/';

// A page on the reader's own origin that is not the reader: it posts
// messages of every wrong shape to the host page and to the reader's frame.
const INTRUDER = `<!doctype html><title>intruder</title><script>
  const wrong = [
    { type: 'parallax:resize', height: 3 },
    { type: 'parallax:view', hash: '#/fact/1', url: 'http://evil.example/', title: 'x' },
    { 'datawrapper-height': { parallax: 3 } },
    'pymxPYMxparallaxxPYMxheightxPYMx3',
    { sentinel: 'amp', type: 'embed-size', height: 3 },
  ];
  for (const m of wrong) parent.postMessage(m, '*');
  const reader = parent.frames[0];
  for (const m of [{ type: 'parallax:navigate', hash: '#/fact/1' }, '#/fact/1', { hash: '#/fact/1' },
    { type: 'parallax:hello' }, null, 42, [1, 2], { type: { toString: 1 } }]) reader.postMessage(m, '*');
  window.sent = true;
</script>`;

// What an aggressive host stylesheet does: the issue's own example, resets
// of the elements the reader uses, and the reader's own custom property
// names, which inherit into a shadow root.
const AGGRESSIVE_CSS = `<style>
  * { all: revert; font: 30px serif; }
  html { font-size: 30px; }
  :root { --u: 40px; --fg: red; --bg: yellow; --accent: lime; --font: cursive; --space-3: 90px; }
  div { margin: 1em; padding: 0.5em; border: 2px dashed red; color: green; line-height: 3; }
  span { display: block; color: red; letter-spacing: 4px; }
  mark { background: lime; color: black; }
  a { color: purple; text-decoration: none; }
  h1, h2, h3 { text-transform: uppercase; }
  ul, li { list-style: square; margin: 0; padding: 0; }
</style>`;

const STYLE_PROPERTIES = ['display', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
  'color', 'background-color', 'text-decoration-line', 'text-decoration-style', 'text-transform',
  'letter-spacing', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top',
  'padding-left', 'border-top-width', 'border-top-style', 'border-top-color', 'list-style-type',
  'visibility', 'white-space', 'box-sizing', 'cursor'];

let reader, host, browser, page, readerBase, hostBase;
const codes = {};

// Every host page gives the graphic the same box, as an article column
// does, so that what the reader lays out can be compared across pages.
const GRAPHIC_BOX = '<style>[data-parallax-view] { display: block; width: 900px; margin: 0; padding: 0; border: 0; }</style>';

function hostPage({ head = '', body }) {
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

const withoutScript = (code) => code.replace(/\n?<script[^>]*><\/script>/, '');

before(async () => {
  mkdirSync(shots, { recursive: true });
  reader = await serve(dist, SUB_PATH, { 'intruder.html': INTRUDER });
  readerBase = `http://127.0.0.1:${reader.address().port}${SUB_PATH}`;
  host = await serveHost({
    '/article.html': () => hostPage({ body: codes.iframe }),
    '/stripped.html': () => hostPage({ body: withoutScript(codes.iframe) + LISTENER }),
    '/mount.html': (url) => hostPage({
      head: url.searchParams.has('aggressive') ? AGGRESSIVE_CSS : '',
      body: url.searchParams.has('none') ? withoutScript(codes.mount) : codes.mount,
    }),
    '/article-dark.html': () => hostPage({ body: codes.darkIframe }),
    '/mount-dark.html': () => hostPage({ body: codes.darkMount }),
    '/mount-bad.html': () => hostPage({
      body: `<div id="bad-view" data-parallax-view="#/compare/nope/000"></div>
        <div id="bad-theme" data-parallax-view="#/" data-parallax-theme="neon"></div>
        <ul id="bad-element" data-parallax-view="#/"></ul>
        <script type="module" src="${readerBase}mount.js"></script>`,
    }),
  });
  hostBase = `http://127.0.0.1:${host.address().port}`;
  assert.notEqual(new URL(readerBase).origin, hostBase, 'two origins');
  // axe-core is injected as an inline script, which the reader's CSP refuses
  // (share.test.mjs checks the reader under its CSP).
  browser = await launch({ bypassCSP: true });
  page = browser.page;
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });

  // Copy both codes from the Embed dialog, as an editor would.
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
});

after(async () => {
  await browser?.close();
  reader?.close();
  host?.close();
});

// A host that never loads embed.js: it only records what the frame posts.
const LISTENER = `<script>
  window.received = [];
  addEventListener('message', (e) => { window.received.push(e.data); });
</script>`;

async function readerFrame() {
  const handle = await page.waitForSelector('iframe[data-parallax]');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('.reader[data-page]');
  return { handle, frame };
}

/** Waits until the iframe is exactly as tall as the reader inside it; returns that height. */
async function fitted(handle, frame, other) {
  for (let i = 0; i < 100; i++) {
    const outer = await handle.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (Math.abs(outer - inner) <= 1 && outer !== other) return outer;
    await page.waitForTimeout(50);
  }
  assert.fail('the iframe never took the height of its content');
}

test('the Embed dialog offers an iframe code and a script mount for the view shown', () => {
  assert.match(codes.iframe, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/graphics\/parallax\/\?embed#\/compare\/000\/001" title="Parallax: [^"]+" /);
  assert.match(codes.iframe, /height="720"/, 'a fixed fallback height');
  assert.match(codes.iframe, /<script src="http:\/\/127\.0\.0\.1:\d+\/graphics\/parallax\/embed\.js" async><\/script>$/);
  assert.match(codes.mount, /^<div data-parallax-view="#\/compare\/000\/001" data-parallax-theme="auto"><\/div>\n<script type="module" src="[^"]+\/mount\.js"><\/script>$/);
  assert.match(codes.darkIframe, /\/\?embed&amp;theme=dark#\/compare\/000\/001"/);
  assert.match(codes.darkMount, /data-parallax-theme="dark"/);
});

test('the iframe grows to the reader, resizes with its views, and the host mirrors the view', async () => {
  await page.goto(`${hostBase}/article.html`);
  let { handle, frame } = await readerFrame();
  assert.equal(await frame.getAttribute('.reader', 'data-embedding'), 'frame');
  assert.equal(await frame.locator('.site-head').count(), 0, 'compact chrome: no site header');
  const compareHeight = await fitted(handle, frame, 720);
  console.log(`iframe: compare ${compareHeight}px`);
  await page.screenshot({ path: join(shots, 'embed-iframe-compare.png'), fullPage: true });

  await frame.click('.site-nav >> text=Overview');
  await frame.waitForSelector('.reader[data-page="overview"]');
  const overviewHeight = await fitted(handle, frame, compareHeight);
  console.log(`iframe: overview ${overviewHeight}px`);
  await frame.click('.site-nav >> text=Quotes');
  await frame.waitForSelector('.reader[data-page="quotes"]');
  const quotesHeight = await fitted(handle, frame, overviewHeight);
  console.log(`iframe: quotes ${quotesHeight}px`);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('parallax') === '/quotes');
  await page.screenshot({ path: join(shots, 'embed-iframe-quotes.png'), fullPage: true });

  // The host's address reopens the embed on the view the reader left it at.
  const mirrored = await page.evaluate(() => location.href);
  await page.goto('about:blank');
  await page.goto(mirrored);
  // embed.js moves the frame to the mirrored view once its reader says
  // which view it started on (the one in the pasted code).
  await page.waitForFunction(() => document.querySelector('iframe[data-parallax]').src.endsWith('#/quotes'));
  ({ handle, frame } = await readerFrame());
  await frame.waitForSelector('.reader[data-page="quotes"]');

  // "Open full view" opens the same view, not embedded, in a new tab.
  const full = frame.locator('#open-full-view');
  assert.equal(await full.getAttribute('target'), '_blank');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), full.click()]);
  await tab.waitForSelector('.reader[data-page]');
  assert.equal(await tab.getAttribute('.reader', 'data-page'), 'quotes');
  assert.equal(await tab.getAttribute('.reader', 'data-embedding'), 'page');
  assert.equal(new URL(tab.url()).search, '', 'the full view is not in embed mode');
  await tab.close();
});

test('messages of the wrong shape or from another window change nothing', async () => {
  await page.goto(`${hostBase}/article.html`);
  const { handle, frame } = await readerFrame();
  const height = await fitted(handle, frame, 720);
  const hostUrl = page.url();
  // From the reader's own origin, but another window.
  await page.evaluate((src) => {
    const intruder = document.createElement('iframe');
    intruder.src = src;
    intruder.title = 'intruder';
    document.body.append(intruder);
  }, `${readerBase}intruder.html`);
  const intruder = await (await page.waitForSelector('iframe[title="intruder"]')).contentFrame();
  await intruder.waitForFunction(() => window.sent === true);
  // From the host page itself, to itself and to the reader, in wrong shapes.
  await page.evaluate(() => {
    window.postMessage({ type: 'parallax:resize', height: 3 }, '*');
    const reader = document.querySelector('iframe[data-parallax]').contentWindow;
    for (const m of [{ type: 'parallax:navigate', hash: '#/fact/1' }, { hash: '#/quotes' }, 'parallax:hello', undefined]) {
      reader.postMessage(m, '*');
    }
  });
  await page.waitForTimeout(500);
  assert.equal(await handle.evaluate((f) => f.getBoundingClientRect().height), height, 'the height is unchanged');
  assert.equal(page.url(), hostUrl, 'the host address is unchanged');
  assert.equal(await frame.getAttribute('.reader', 'data-page'), 'compare', 'the view is unchanged');
  // And the reader still works.
  await frame.click('.site-nav >> text=Quotes');
  await frame.waitForSelector('.reader[data-page="quotes"]');
  await fitted(handle, frame, height);
});

test('hosts that never load embed.js hear the height in their own shapes; the frame keeps its fallback', async () => {
  await page.goto(`${hostBase}/stripped.html`);
  const { handle, frame } = await readerFrame();
  const height = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction(() => window.received.length >= 5);
  const received = await page.evaluate(() => window.received);
  const datawrapper = received.find((m) => m && m['datawrapper-height']);
  const pym = received.find((m) => typeof m === 'string' && m.startsWith('pymxPYMx'));
  const amp = received.find((m) => m && m.sentinel === 'amp');
  const own = received.find((m) => m && m.type === 'parallax:resize');
  const view = received.find((m) => m && m.type === 'parallax:view');
  assert.deepEqual(Object.values(datawrapper['datawrapper-height']), [height], 'Datawrapper');
  assert.equal(pym, `pymxPYMxparallaxxPYMxheightxPYMx${height}`, 'pym.js');
  assert.deepEqual(amp, { sentinel: 'amp', type: 'embed-size', height }, 'AMP');
  assert.deepEqual(own, { type: 'parallax:resize', height }, 'Parallax');
  assert.equal(view.hash, '#/compare/000/001');
  assert.equal(view.url, `${readerBase}#/compare/000/001`);
  assert.equal(await handle.evaluate((f) => f.getBoundingClientRect().height), 720, 'the fallback height');
});

/** The computed styles of every element of the mounted reader, in document order. */
function readerStyles(properties) {
  return page.evaluate((properties) => {
    const root = document.querySelector('[data-parallax-view]').shadowRoot;
    return [...root.querySelectorAll('.parallax-scope, .parallax-scope *')].map((e) => {
      const style = getComputedStyle(e);
      return `${e.tagName.toLowerCase()}.${e.className.baseVal ?? e.className} ${properties.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')}`;
    });
  }, properties);
}

function hostStyles(properties) {
  return page.evaluate((properties) => [...document.querySelectorAll('html, body, body *:not(script, style)')].map((e) => {
    const style = getComputedStyle(e);
    return `${e.tagName.toLowerCase()}#${e.id} ${properties.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')}`;
  }), properties);
}

async function openMount(query) {
  await page.goto(`${hostBase}/mount.html${query}`);
  await page.waitForSelector('.parallax-scope:not([hidden]) .reader[data-page="compare"]');
}

function firstDifference(a, b) {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i < 0 && a.length === b.length ? 'none' : `element ${i}:\n  ${a[i]}\n  ${b[i]}`;
}

test('the script mount looks the same on a page with aggressive CSS and leaves the host untouched', async () => {
  await openMount('');
  assert.equal(await page.getAttribute('.reader', 'data-embedding'), 'mount');
  const plain = await readerStyles(STYLE_PROPERTIES);
  assert.ok(plain.length > 200, `the reader is mounted (${plain.length} elements)`);
  const plainHost = await hostStyles(STYLE_PROPERTIES);
  await page.screenshot({ path: join(shots, 'embed-mount-plain.png'), fullPage: true });

  await openMount('?aggressive');
  const aggressive = await readerStyles(STYLE_PROPERTIES);
  assert.equal(firstDifference(plain, aggressive), 'none', 'the host CSS changes nothing in the reader');
  const aggressiveHost = await hostStyles(STYLE_PROPERTIES);
  await page.screenshot({ path: join(shots, 'embed-mount-aggressive.png'), fullPage: true });

  // The same pages without the reader: the host's elements are styled alike.
  for (const [query, withReader] of [['?none', plainHost], ['?aggressive&none', aggressiveHost]]) {
    await page.goto(`${hostBase}/mount.html${query}`);
    const alone = await hostStyles(STYLE_PROPERTIES);
    assert.equal(firstDifference(alone, withReader), 'none', `the reader's CSS changes nothing of the host (${query})`);
  }
  // The test can tell: the aggressive page does style its own elements.
  assert.notEqual(firstDifference(plainHost, aggressiveHost), 'none');
});

test('the mounted reader routes in memory, tells the host its view, and keeps the host address', async () => {
  await openMount('');
  const hostUrl = page.url();
  await page.evaluate(() => {
    window.views = [];
    document.querySelector('[data-parallax-view]').addEventListener('parallax:view', (e) => window.views.push(e.detail));
  });
  const sentence = page.locator('.columns.two .column').first().locator('a.sentence[data-standing="corroborated"]').first();
  const index = await sentence.getAttribute('data-index');
  await sentence.click();
  await page.waitForSelector('a.sentence.counterpart');
  await page.waitForFunction((i) => window.views.some((v) => v.hash.endsWith(`/s/${i}`)), index);
  assert.equal(page.url(), hostUrl, 'the host address is the host’s');
  const view = (await page.evaluate(() => window.views)).at(-1);
  assert.equal(view.url, `${readerBase}index.html${view.hash}`);
  assert.match(await page.getAttribute('#open-full-view', 'href'), new RegExp(`^${readerBase}index\\.html#/compare/`));
  // A click meant for a new tab opens the full reader there, not the host page.
  for (const click of [{ modifiers: ['ControlOrMeta'] }, { button: 'middle' }]) {
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.click('.site-nav >> text=Quotes', click)]);
    await tab.waitForSelector('.reader[data-page="quotes"]');
    assert.equal(tab.url(), `${readerBase}index.html#/quotes`, JSON.stringify(click));
    await tab.close();
    assert.equal(await page.getAttribute('.reader', 'data-page'), 'compare', 'the mount stays on its view');
  }
  await page.click('.site-nav >> text=Quotes');
  await page.waitForSelector('.reader[data-page="quotes"]');
  assert.equal(page.url(), hostUrl);
  await checkAccessibility(page, 'script mount');
});

test('the host chooses the theme; bad settings get a message, not a blank or a crash', async () => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${hostBase}/article-dark.html`);
  const { frame } = await readerFrame();
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(20, 23, 27)', 'a dark iframe on a light system');
  await page.screenshot({ path: join(shots, 'embed-iframe-dark.png') });
  await page.goto(`${hostBase}/mount-dark.html`);
  await page.waitForSelector('.parallax-scope:not([hidden]) .reader');
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('[data-parallax-view]').shadowRoot.querySelector('.parallax-scope')).backgroundColor);
  assert.equal(background, 'rgb(20, 23, 27)', 'dark, as the host asked, on a light system');
  await page.screenshot({ path: join(shots, 'embed-mount-dark.png'), fullPage: true });

  await page.goto(`${hostBase}/mount-bad.html`);
  await page.waitForSelector('#bad-element[role="alert"]');
  assert.match(await page.textContent('#bad-element'), /cannot hold it/);
  const inside = (id, selector) => page.evaluate(([id, selector]) =>
    document.getElementById(id).shadowRoot?.querySelector(selector)?.textContent ?? '', [id, selector]);
  await page.waitForFunction(() => document.getElementById('bad-view').shadowRoot?.querySelector('.reader'));
  assert.match(await inside('bad-view', '[role="alert"]'), /does not lead anywhere/);
  assert.match(await inside('bad-theme', '[role="alert"]'), /“neon”/);
});
