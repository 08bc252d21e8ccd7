// Starts the reader on its own page. index.html loads this file (Trunk's
// `pattern_script` in Trunk.toml) instead of an inline loader, so the page runs
// under a Content-Security-Policy without 'unsafe-inline' (see _headers).
import init, { startPage } from './parallax-reader.js';

// Files dropped anywhere but the Add articles drop zone (whose handlers take
// them first) would make the browser open them in place of the reader, and
// what the reader was looking at would be gone: such drops are refused.
for (const type of ['dragover', 'drop']) {
  addEventListener(type, (event) => {
    const data = event.dataTransfer;
    if (event.defaultPrevented || !data || !Array.from(data.types).includes('Files')) return;
    event.preventDefault();
    data.dropEffect = 'none';
  });
}

try {
  await init({ module_or_path: new URL('parallax-reader_bg.wasm', import.meta.url) });
  // Where the module is, so the analysis worker (worker.js) can load it too.
  startPage(new URL('./', import.meta.url).href);
} catch (error) {
  const app = document.getElementById('app');
  if (app) app.textContent = `Parallax could not start in this browser: ${error.message}`;
  throw error;
}
