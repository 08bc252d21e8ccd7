// Starts the reader on its own page. index.html loads this file (Trunk's
// `pattern_script` in Trunk.toml) instead of an inline loader, so the page runs
// under a Content-Security-Policy without 'unsafe-inline' (see _headers).
import init, { startPage } from './parallax-reader.js';

try {
  await init({ module_or_path: new URL('parallax-reader_bg.wasm', import.meta.url) });
  startPage();
} catch (error) {
  const app = document.getElementById('app');
  if (app) app.textContent = `Parallax could not start in this browser: ${error.message}`;
  throw error;
}
