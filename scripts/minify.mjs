// Trunk's post-build hook (Trunk.toml): minifies the page's JS and CSS in
// release builds, with terser and lightningcss from npm under .tools/
// (scripts/setup.sh installs them). Trunk's own `minify` would also rewrite
// the HTML, which other scripts and tests read, and it does not touch
// wasm-bindgen's glue, which is most of the JS. Exported names, the object
// keys the wasm's imports are looked up by, selectors and custom properties
// stay as they are. Trunk has already written each file's integrity hash
// into index.html, so the hash of every rewritten file is replaced there too.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('minify: TRUNK_STAGING_DIR is not set; this runs as a Trunk hook');
  process.exit(1);
}
const tool = (path) => import(new URL(`../.tools/node_modules/${path}`, import.meta.url));
let terser, lightningcss;
try {
  terser = await tool('terser/main.js');
  lightningcss = await tool('lightningcss/node/index.mjs');
} catch (error) {
  console.error(`minify: ${error.message}; run scripts/setup.sh`);
  process.exit(1);
}

const minifiers = {
  '.js': async (source) => (await terser.minify(source.toString(), { module: true, compress: true, mangle: true })).code,
  '.css': async (source, filename) => lightningcss.transform({ filename, code: source, minify: true }).code,
};
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = join(staging, 'index.html');
let index = await readFile(indexPath, 'utf8');
for (const name of await readdir(staging)) {
  const minify = minifiers[name.slice(name.lastIndexOf('.'))];
  if (!minify) continue;
  const path = join(staging, name);
  const source = await readFile(path);
  const minified = Buffer.from(await minify(source, name));
  await writeFile(path, minified);
  index = index.replaceAll(sri(source), sri(minified));
}
await writeFile(indexPath, index);
