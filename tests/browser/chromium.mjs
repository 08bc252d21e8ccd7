// Starts Debian's Chromium headless in a fresh profile, the way every browser
// test here does: a new profile is a new browser with nothing remembered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const viewport = { width: 1440, height: 900 };

/** A fresh browser context and its first page; `close` removes the profile. */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    args,
    ...options,
  });
  const page = context.pages()[0] ?? await context.newPage();
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/**
 * A running browser for first visits: each `visit()` opens a new context
 * (its own empty caches, in a new renderer process) and its page, as a
 * reader following a link in a browser already open would.
 */
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath, headless: true, args });
  const visit = async () => {
    const context = await browser.newContext({ viewport });
    return { page: await context.newPage(), close: () => context.close() };
  };
  return { visit, close: () => browser.close() };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core on the page; fails on serious or critical violations. */
export async function checkAccessibility(page, name) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: axePath });
  }
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.equal(bad.length, 0, `${name}: axe found\n  ${report.join('\n  ')}`);
}

/** Whether an element is inside the viewport and inside its scrolling column. */
export function inView(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const col = el.closest('.column').getBoundingClientRect();
    const visible = (outer) => r.bottom > outer.top && r.top < outer.bottom;
    return visible(col) && visible({ top: 0, bottom: window.innerHeight });
  }, selector);
}
