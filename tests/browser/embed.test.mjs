// The iframe code, as a newsroom uses it: copied from the reader's Embed
// dialog into host pages on another origin (another port on loopback). The
// iframe must size itself to the reader and follow its views, the host must
// mirror and reopen the view; hosts that never load our loader still hear
// the height in their own shapes; messages of the wrong shape or from the
// wrong window change nothing. Screenshots: screenshots/embed-iframe-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { newsroom, hostPage, withoutScript, shots } from './newsroom.mjs';

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

// A host that never loads embed.js: it only records what the frame posts.
const LISTENER = `<script>
  window.received = [];
  addEventListener('message', (e) => { window.received.push(e.data); });
</script>`;

let page, readerBase, hostBase, codes, close;

before(async () => {
  ({ page, readerBase, hostBase, codes, close } = await newsroom({
    extra: { 'intruder.html': INTRUDER },
    hostPages: ({ codes, readerBase }) => ({
      '/article.html': () => hostPage({ body: codes.iframe }),
      '/stripped.html': () => hostPage({ body: withoutScript(codes.iframe) + LISTENER }),
      '/article-dark.html': () => hostPage({ body: codes.darkIframe }),
      // A CMS that renders the graphic after the page (and embed.js) loaded.
      '/late.html': () => hostPage({
        body: `${withoutScript(codes.iframe).replace('<iframe', '<template id="later"><iframe').replace('</iframe>', '</iframe></template>')}
<script src="${readerBase}embed.js"></script>
<script>setTimeout(() => { const t = document.getElementById('later'); t.replaceWith(t.content.cloneNode(true)); }, 300);</script>`,
      }),
    }),
  }));
});

after(() => close?.());

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

test('a frame the page adds after embed.js ran is sized, mirrored and reopened on the mirrored view', async () => {
  await page.goto(`${hostBase}/late.html`);
  let { handle, frame } = await readerFrame();
  await fitted(handle, frame, 720);
  // Its first view is not mirrored into the address...
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).searchParams.get('parallax'), null);
  // ...a view the reader moves to is,
  await frame.click('.site-nav >> text=Quotes');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('parallax') === '/quotes');
  // and the address reopens the late frame there.
  const mirrored = page.url();
  await page.goto('about:blank');
  await page.goto(mirrored);
  await page.waitForFunction(() => document.querySelector('iframe[data-parallax]')?.src.endsWith('#/quotes'));
  ({ handle, frame } = await readerFrame());
  await frame.waitForSelector('.reader[data-page="quotes"]');
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


test('the host chooses the theme of the iframe', async () => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${hostBase}/article-dark.html`);
  const { frame } = await readerFrame();
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(20, 23, 27)', 'a dark iframe on a light system');
  await page.screenshot({ path: join(shots, 'embed-iframe-dark.png') });
});
