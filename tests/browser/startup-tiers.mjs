// First-load start-up analysis of a built reader under V8 flags, in fresh
// browser profiles (no code cache): shows which of V8's wasm tiers the first
// visit's time goes to. Not part of `npm test`; run it by hand:
//
//   node tests/browser/startup-tiers.mjs dist                 # V8's defaults
//   node tests/browser/startup-tiers.mjs dist --liftoff-only  # baseline code only
//
// Prints the analysis time the page measured (`#analysis-time`) for each of
// four first loads.
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const [dist, ...flags] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node startup-tiers.mjs DIST_DIR [V8 flag ...]');
  process.exit(2);
}
const server = await serve(dist, '/r/');
const url = `http://127.0.0.1:${server.address().port}/r/`;
const args = ['--no-sandbox', '--disable-gpu', ...(flags.length ? [`--js-flags=${flags.join(' ')}`] : [])];
const times = [];
try {
  for (let i = 0; i < 4; i++) {
    const { page, close } = await launch({ args });
    try {
      await page.goto(url);
      await page.waitForSelector('#analysis-time');
      times.push(Number(await page.getAttribute('#analysis-time', 'data-ms')));
    } finally {
      await close();
    }
  }
  console.log(`${flags.join(' ') || 'V8 defaults'}: first loads ${times.map((t) => `${t.toFixed(1)} ms`).join(', ')}`);
} finally {
  server.close();
}
