// A reader's own articles are analysed in a web worker (src/ui/web/analysis.rs,
// static/worker.js), driven here through the module's `analyseArticles`, the
// same door the reader's UI uses. Checks that the page's main thread keeps
// running while a long corpus is analysed, that progress arrives in order,
// that a superseded analysis never delivers and its worker stops, that a
// worker's error reaches the caller as a message, and that where no worker
// can start the analysis still runs, on the main thread. Prints the
// benchmark: ten articles of about 5,000 words (seed sentences recombined,
// long-corpus.mjs), the time, the longest main-thread task and what turning
// the worker's messages into Rust cost the main thread. Reported, not
// asserted against the clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, serveHost } from './serve.mjs';
import { launch } from './chromium.mjs';
import { longCorpus } from './long-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const SUB_PATH = '/reader/';
// The User Timing names src/ui/web/analysis.rs records.
const RECEIVING = 'parallax: reading a message from the analysis worker';
const ON_MAIN_THREAD = 'parallax: analysis on the main thread';

const { articles } = longCorpus(10, 5000);
const servers = [];
const temps = [];
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** Serves dist/ (with its CSP); `worker` replaces worker.js (null removes
 *  it), `headers` rewrites _headers. */
async function serveReader(worker, headers) {
  let root = dist;
  if (worker !== undefined || headers) {
    root = mkdtempSync(join(tmpdir(), 'parallax-dist-'));
    temps.push(root);
    cpSync(dist, root, { recursive: true });
    if (worker === null) rmSync(join(root, 'worker.js'));
    else if (worker !== undefined) writeFileSync(join(root, 'worker.js'), worker);
    if (headers) writeFileSync(join(root, '_headers'), headers(readFileSync(join(root, '_headers'), 'utf8')));
  }
  const server = await serve(root, SUB_PATH);
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
}

/** A fresh page on the reader, failing on uncaught errors and CSP violations. */
async function openReader(base) {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(base);
  await page.waitForSelector('.reader[data-page="overview"]');
  return page;
}

/**
 * Runs in the page: analyses `articles` through the module's door while a
 * timer and animation frames tick and long tasks are observed; resolves with
 * what was reported and measured.
 */
function analyse(page, articles, moduleUrl = 'parallax-reader.js') {
  return page.evaluate(async ({ articles, moduleUrl, RECEIVING, ON_MAIN_THREAD }) => {
    const { analyseArticles } = await import(new URL(moduleUrl, location.href).href);
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    performance.clearMeasures();
    let ticking = true;
    let ticks = 0;
    let frames = 0;
    let longestGap = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
      if (ticking) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    const frame = () => { frames += 1; if (ticking) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    const progress = [];
    const started = performance.now();
    const outcome = await new Promise((resolve) => {
      analyseArticles(articles, (p, label) => progress.push({ ...p, label }), resolve);
    });
    const ms = performance.now() - started;
    ticking = false;
    await new Promise((r) => setTimeout(r, 100)); // let the observer report the last tasks
    observer.disconnect();
    const measures = (name) => performance.getEntriesByName(name, 'measure').map((e) => e.duration);
    const received = performance.getEntriesByName(RECEIVING, 'measure');
    return {
      outcome, progress, ms, ticks, frames, longestGap,
      longTasks: longTasks.map((e) => e.duration),
      // When each long task started, after the call, and whether it held the reading of a message.
      longTaskTimes: longTasks.map((e) => `+${(e.startTime - started).toFixed(0)} ms: ${e.duration.toFixed(0)} ms${received.some((m) => m.startTime >= e.startTime && m.startTime < e.startTime + e.duration) ? ' (reading a message)' : ''}`),
      firstReceived: received.length ? received[0].startTime - started : null,
      receiving: measures(RECEIVING), onMainThread: measures(ON_MAIN_THREAD),
      violations: window.violations,
    };
  }, { articles, moduleUrl, RECEIVING, ON_MAIN_THREAD });
}

function assertInOrder(progress, total) {
  assert.deepEqual(progress[0], { stage: 'Reading', done: 0, total, label: `Reading the articles… 0 of ${total}` });
  const stages = ['Reading', 'Comparing'];
  for (let i = 1; i < progress.length; i++) {
    const [a, b] = [progress[i - 1], progress[i]];
    const order = stages.indexOf(b.stage) - stages.indexOf(a.stage);
    assert.ok(order > 0 || (order === 0 && b.done >= a.done), `progress went back: ${JSON.stringify([a, b])}`);
  }
  const read = progress.filter((p) => p.stage === 'Reading').map((p) => p.done);
  assert.ok(read.at(-1) === total, `reading reached ${total} articles: ${read}`);
  const last = progress.at(-1);
  assert.equal(last.stage, 'Comparing');
  assert.equal(last.done, last.total, 'the last report is the whole of the comparing');
  assert.ok(progress.filter((p) => p.stage === 'Comparing' && p.total > 0).length >= 3, 'comparing is reported as it goes');
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const max = (xs) => xs.reduce((a, b) => Math.max(a, b), 0);

test('ten 5,000-word articles are analysed in a worker while the page keeps running (benchmark)', async () => {
  const page = await openReader(await serveReader());
  const workers = [];
  page.on('worker', (w) => {
    const seen = { url: w.url(), closed: false };
    w.on('close', () => { seen.closed = true; });
    workers.push(seen);
  });
  const run = await analyse(page, articles);
  assert.ok(run.outcome.Ok, `the analysis delivered: ${JSON.stringify(run.outcome)}`);
  assert.equal(run.outcome.Ok.sources, 10);
  assert.ok(run.outcome.Ok.links > 0);
  assertInOrder(run.progress, 10);
  assert.equal(workers.length, 1, 'one worker for the analysis');
  assert.match(workers[0].url, /\/reader\/worker\.js$/);
  await page.waitForTimeout(200);
  assert.ok(workers[0].closed, 'the worker is terminated once it has delivered');
  assert.equal(run.onMainThread.length, 0, 'nothing was analysed on the main thread');
  assert.ok(run.receiving.length > 10, 'the comparison came in parts');
  // On the main thread the analysis would be one task: the timer could not
  // tick during it. In a worker it ticks every 10 ms or so throughout.
  assert.ok(run.ticks >= Math.min(20, run.ms / 50), `the main thread kept running: ${run.ticks} timer ticks in ${run.ms.toFixed(0)} ms`);
  assert.deepEqual(run.violations, []);
  console.log(`worker benchmark (ten articles, ${articles.map((a) => a.text.split(/\s+/).length - 1).join('/')} words; ${run.outcome.Ok.sentences} sentences, ${run.outcome.Ok.links} links):`);
  console.log(`  analysis in the worker, start to comparison on the page: ${run.ms.toFixed(0)} ms; ${run.progress.length} progress reports`);
  console.log(`  longest main-thread task (longtask observer): ${run.longTasks.length ? `${max(run.longTasks).toFixed(0)} ms (${run.longTasks.length} over 50 ms: ${run.longTaskTimes.join(', ')})` : 'none over 50 ms'}`);
  console.log(`  reading the worker's messages on the main thread: ${sum(run.receiving).toFixed(1)} ms in ${run.receiving.length} messages, the longest ${max(run.receiving).toFixed(1)} ms`);
  console.log(`  a 10 ms timer ticked ${run.ticks} times (longest gap ${run.longestGap.toFixed(0)} ms), ${run.frames} animation frames`);
  await page.close();
});

test('a second analysis supersedes the first: the first never delivers and its worker stops', async () => {
  const page = await openReader(await serveReader());
  const workers = [];
  page.on('worker', (w) => {
    const seen = { closed: false };
    w.on('close', () => { seen.closed = true; });
    workers.push(seen);
  });
  const result = await page.evaluate(async ({ articles }) => {
    const { analyseArticles } = await import(new URL('parallax-reader.js', location.href).href);
    const first = { progress: [], done: [] };
    let firstStarted;
    const started = new Promise((r) => { firstStarted = r; });
    const job = analyseArticles(articles, (p) => { first.progress.push(p); if (p.stage === 'Comparing') firstStarted(); }, (o) => first.done.push(o));
    await started; // well into the comparing
    const before = first.progress.length;
    // A new paste: the reader's UI drops the old job.
    job.cancel();
    const second = await new Promise((resolve) => analyseArticles(articles.slice(0, 3), () => {}, resolve));
    // Long enough for the first to have finished, had it not been stopped.
    await new Promise((r) => setTimeout(r, 3000));
    return { second, firstDone: first.done, laterProgress: first.progress.length - before };
  }, { articles });
  assert.ok(result.second.Ok, JSON.stringify(result.second));
  assert.equal(result.second.Ok.sources, 3);
  assert.deepEqual(result.firstDone, [], 'the superseded analysis delivered nothing');
  assert.equal(result.laterProgress, 0, 'nor any progress after it was dropped');
  assert.equal(workers.length, 2);
  assert.ok(workers.every((w) => w.closed), 'both workers are terminated');
  await page.close();
});

test('cancelling before the worker answers stops it too', async () => {
  const page = await openReader(await serveReader());
  const result = await page.evaluate(async ({ articles }) => {
    const { analyseArticles } = await import(new URL('parallax-reader.js', location.href).href);
    const heard = [];
    const job = analyseArticles(articles, (p) => heard.push(p), (o) => heard.push(o));
    job.cancel();
    await new Promise((r) => setTimeout(r, 3000));
    return heard;
  }, { articles });
  // Only the first report, made before the call returned.
  assert.deepEqual(result, [{ stage: 'Reading', done: 0, total: 10 }]);
  await page.close();
});

test('an error inside the worker reaches the caller as a message', async () => {
  const failing = `self.onmessage = ({ data }) => {
    if (data instanceof WebAssembly.Module) return;
    self.postMessage({ Progress: { stage: 'Reading', done: 0, total: 2 } });
    throw new Error('out of memory in the engine');
  };`;
  const page = await openReader(await serveReader(failing));
  const run = await analyse(page, articles.slice(0, 2));
  assert.match(run.outcome.Err, /^The analysis failed in its worker: .*out of memory in the engine/);
  assert.equal(run.onMainThread.length, 0, 'a worker that started and failed is not run again on the page');
  await page.close();

  const garbled = `self.onmessage = ({ data }) => { if (!(data instanceof WebAssembly.Module)) self.postMessage({ Nonsense: 1 }); };`;
  const other = await openReader(await serveReader(garbled));
  const garbledRun = await analyse(other, articles.slice(0, 2));
  assert.match(garbledRun.outcome.Err, /^The analysis stopped: its worker sent a message the page cannot read/);
  await other.close();
});

test('where the worker cannot load, the analysis runs on the main thread', async () => {
  const page = await openReader(await serveReader(null));
  page.on('console', () => {}); // the 404 for worker.js is expected
  const run = await analyse(page, articles.slice(0, 3));
  assert.ok(run.outcome.Ok, JSON.stringify(run.outcome));
  assert.equal(run.outcome.Ok.sources, 3);
  assert.equal(run.onMainThread.length, 1, 'it ran on the main thread');
  assert.equal(run.progress[0].stage, 'Reading');
  console.log(`fallback: three articles on the main thread in ${run.onMainThread[0].toFixed(0)} ms`);
  await page.close();
});

test('the reader says when its analysis runs on the page, which may then not respond', async () => {
  const base = await serveReader(null);
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  page.on('console', () => {}); // the 404 for worker.js is expected
  await page.goto(`${base}#/add`);
  await page.waitForSelector('#paste-form');
  for (const [k, article] of articles.slice(0, 2).entries()) {
    await page.fill('#paste-text', article.text);
    await page.fill('#paste-name', `Long article ${k + 1}`);
    await page.click('#paste-add');
    await page.waitForFunction((n) => document.querySelectorAll('#drafts li').length === n, k + 1);
  }
  // The page is busy while it compares: record what the progress line said.
  await page.evaluate(() => {
    window.said = [];
    new MutationObserver(() => {
      const line = document.querySelector('#progress-label')?.textContent;
      if (line && window.said.at(-1) !== line) window.said.push(line);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.click('#compare-drafts');
  await page.waitForSelector('.reader[data-corpus="kept"][data-page="overview"]', { timeout: 120000 });
  const said = await page.evaluate(() => window.said);
  assert.ok(said.some((line) => /may not respond until it is done/.test(line)), said.join(' | '));
  await page.close();
});

test('where the page\'s policy refuses workers, the analysis runs on the main thread', async () => {
  const page = await openReader(await serveReader(undefined, (h) => h.replace("worker-src 'self'", "worker-src 'none'")));
  page.on('console', () => {}); // the refusal is reported on the console
  const run = await analyse(page, articles.slice(0, 2));
  assert.ok(run.outcome.Ok, JSON.stringify(run.outcome));
  assert.equal(run.onMainThread.length, 1, 'it ran on the main thread');
  assert.ok(run.violations.some((v) => v.startsWith('worker-src')), `the worker was refused: ${run.violations}`);
  await page.close();
});

test('a script mount on another origin analyses on the main thread (a worker there is refused)', async () => {
  const readerBase = await serveReader();
  const host = await serveHost({
    '/story.html': `<!doctype html><html lang="en"><head><title>Host</title></head><body>
      <div data-parallax-view="#/"></div>
      <script type="module" src="${readerBase}mount.js"></script></body></html>`,
  });
  servers.push(host);
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => { throw new Error(`page error: ${e.message}`); });
  await page.goto(`http://127.0.0.1:${host.address().port}/story.html`);
  await page.waitForFunction(() => document.querySelector('[data-parallax-view]')?.shadowRoot?.querySelector('.reader[data-page]'));
  const run = await analyse(page, articles.slice(0, 2), `${readerBase}parallax-reader.js`);
  assert.ok(run.outcome.Ok, JSON.stringify(run.outcome));
  assert.equal(run.outcome.Ok.sources, 2);
  assert.equal(run.onMainThread.length, 1);
  await page.close();
});
