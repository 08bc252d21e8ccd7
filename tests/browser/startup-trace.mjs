// Where a first load's start-up analysis goes, from a Chromium trace of fresh
// browser profiles (no code cache). Not part of `npm test`; run it by hand:
//
//   node tests/browser/startup-trace.mjs dist                 # V8's defaults
//   node tests/browser/startup-trace.mjs dist --liftoff-only  # V8 flags
//
// For each of three first loads it prints the analysis the page measured
// (the `parallax:analysis` User Timing measure) and, inside it: the main
// thread's lazy compiles of wasm functions (first calls), its memory growth,
// and the optimising compiles running beside it on other threads. Tracing
// costs time itself, so the figures are larger than startup-tiers.mjs's.
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const [dist, ...flags] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node startup-trace.mjs DIST_DIR [V8 flag ...]');
  process.exit(2);
}
const categories = ['blink.user_timing', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed', '__metadata'];

/** The trace events of one first load. */
async function traceFirstLoad(url) {
  const args = ['--no-sandbox', '--disable-gpu', ...(flags.length ? [`--js-flags=${flags.join(' ')}`] : [])];
  const { page, context, close } = await launch({ args });
  try {
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories } });
    await page.goto(url);
    await page.waitForSelector('#analysis-time');
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await close();
  }
}

/** Milliseconds of `events` named `name` that fall inside [from, to). */
function within(events, name, from, to) {
  let total = 0;
  let count = 0;
  for (const e of events) {
    if (e.name !== name || e.ph !== 'X') continue;
    const overlap = Math.min(e.ts + (e.dur ?? 0), to) - Math.max(e.ts, from);
    if (overlap > 0) {
      total += overlap;
      count += 1;
    }
  }
  return { ms: total / 1000, count };
}

const server = await serve(dist, '/r/');
const url = `http://127.0.0.1:${server.address().port}/r/`;
try {
  console.log(`first loads, ${flags.join(' ') || 'V8 defaults'} (traced):`);
  for (let i = 0; i < 3; i++) {
    const events = await traceFirstLoad(url);
    const begin = events.find((e) => e.name === 'parallax:analysis' && (e.ph === 'b' || e.ph === 'B'));
    const end = events.find((e) => e.name === 'parallax:analysis' && (e.ph === 'e' || e.ph === 'E'));
    if (!begin || !end) {
      console.log('  no parallax:analysis measure in the trace');
      continue;
    }
    const main = events.filter((e) => e.pid === begin.pid && e.tid === begin.tid);
    const others = events.filter((e) => e.pid === begin.pid && e.tid !== begin.tid);
    const lazy = within(main, 'wasm.CompileLazy', begin.ts, end.ts);
    const grow = within(main, 'wasm.GrowMemory', begin.ts, end.ts);
    const topTier = within(others, 'wasm.TopTierCompilation', begin.ts, end.ts);
    console.log(`  analysis ${((end.ts - begin.ts) / 1000).toFixed(1)} ms: ` +
      `lazy compiles on the main thread ${lazy.ms.toFixed(1)} ms (${lazy.count} functions), ` +
      `memory growth ${grow.ms.toFixed(1)} ms (${grow.count}), ` +
      `optimising compiles on other threads ${topTier.ms.toFixed(1)} ms of thread time`);
  }
} finally {
  server.close();
}
