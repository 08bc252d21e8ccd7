// Trunk's post-build hook (Trunk.toml): minifies the page's JS in release
// builds with terser, from npm under .tools/ (scripts/setup.sh installs it).
// Trunk's own `minify` would also rewrite the HTML, and it does not touch
// wasm-bindgen's glue, which is most of the JS. Exported names and the object
// keys the wasm's imports are looked up by stay as they are; only local names
// change. Trunk has already written each file's integrity hash into
// index.html, so the hash of every rewritten file is replaced there too.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('minify-js: TRUNK_STAGING_DIR is not set; this runs as a Trunk hook');
  process.exit(1);
}
let minify;
try {
  ({ minify } = await import(new URL('../.tools/node_modules/terser/main.js', import.meta.url)));
} catch {
  console.error('minify-js: terser is missing; run scripts/setup.sh');
  process.exit(1);
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = join(staging, 'index.html');
let index = await readFile(indexPath, 'utf8');
for (const name of (await readdir(staging)).filter((n) => n.endsWith('.js'))) {
  const path = join(staging, name);
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  await writeFile(path, code);
  index = index.replaceAll(sri(source), sri(code));
}
await writeFile(indexPath, index);
