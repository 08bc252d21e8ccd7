// The script mount, as a newsroom uses it: the code copied from the
// reader's Embed dialog into host pages on another origin. The reader must
// look the same on a page with aggressive global CSS (computed styles of
// every element compared) and leave the host's own elements as they were;
// it routes in memory, takes the host's theme, says what is wrong with bad
// settings, and runs under the host CSP the README describes.
// Screenshots: screenshots/embed-mount-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { newsroom, hostPage, withoutScript, shots } from './newsroom.mjs';
import { launch, checkAccessibility } from './chromium.mjs';

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

let page, readerBase, hostBase, close;

before(async () => {
  ({ page, readerBase, hostBase, close } = await newsroom({
    hostPages: ({ codes, readerBase }) => {
      const origin = new URL(readerBase).origin;
      return {
        '/mount.html': (url) => hostPage({
          head: url.searchParams.has('aggressive') ? AGGRESSIVE_CSS : '',
          body: url.searchParams.has('none') ? withoutScript(codes.mount) : codes.mount,
        }),
        '/mount-dark.html': () => hostPage({ body: codes.darkMount }),
        // A host with its own CSP, as the README tells editors to write it
        // (its inline styles are its own business); and one that forgets
        // 'wasm-unsafe-eval'.
        '/mount-csp.html': (url) => hostPage({
          head: `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${origin}${url.searchParams.has('no-wasm') ? '' : " 'wasm-unsafe-eval'"}; style-src 'self' 'unsafe-inline' ${origin}; connect-src 'self' ${origin}">`,
          body: codes.mount,
        }),
        '/mount-bad.html': () => hostPage({
          body: `<div id="bad-view" data-parallax-view="#/compare/nope/000"></div>
            <div id="bad-theme" data-parallax-view="#/" data-parallax-theme="neon"></div>
            <ul id="bad-element" data-parallax-view="#/"></ul>
            <script type="module" src="${readerBase}mount.js"></script>`,
        }),
      };
    },
  }));
});

after(() => close?.());

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
  // The mount's links name the reader's page, not the host's: one copied from
  // the context menu opens its view. Clicks still route in the mount (below).
  assert.match(await sentence.getAttribute('href'), new RegExp(`^${readerBase}index\\.html#/compare/.+/s/${index}$`));
  const quotesHref = await page.getAttribute('.site-nav >> text=Quotes', 'href');
  assert.equal(quotesHref, `${readerBase}index.html#/quotes`);
  const copied = await page.context().newPage();
  await copied.goto(quotesHref);
  await copied.waitForSelector('.reader[data-page="quotes"]');
  await copied.close();
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

test('the script mount runs under the host CSP the README describes, and says so when WebAssembly is refused', async () => {
  // A browser that enforces CSP (the others bypass it for axe-core).
  const strict = await launch();
  try {
    await underHostCsp(strict.page);
  } finally {
    await strict.close();
  }
});

async function underHostCsp(cspPage) {
  await cspPage.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await cspPage.goto(`${hostBase}/mount-csp.html`);
  await cspPage.waitForSelector('.parallax-scope:not([hidden]) .reader[data-page="compare"]');
  await cspPage.locator('a.sentence[data-standing="corroborated"]').first().click();
  await cspPage.waitForSelector('a.sentence.counterpart');
  assert.deepEqual(await cspPage.evaluate(() => window.violations), []);

  // mount.js rethrows its error for the console; it must reach the reader as words.
  await cspPage.goto(`${hostBase}/mount-csp.html?no-wasm`);
  await cspPage.waitForSelector('[data-parallax-view][role="alert"]');
  assert.match(await cspPage.textContent('[data-parallax-view]'), /^Parallax could not start here: /);
  assert.ok((await cspPage.evaluate(() => window.violations)).some((v) => v.startsWith('script-src')));
}
