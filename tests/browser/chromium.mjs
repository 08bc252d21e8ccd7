// Starts Debian's Chromium headless in a fresh profile, the way every browser
// test here does: a new profile is a new browser with nothing remembered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

/** A fresh browser context and its first page; `close` removes the profile. */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ...options,
  });
  const page = context.pages()[0] ?? await context.newPage();
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
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
