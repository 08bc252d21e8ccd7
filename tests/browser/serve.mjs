// Static file servers for the browser tests. `serve` serves dist/ under a
// sub-path (so the tests also check that the bundle uses relative URLs) with
// the response headers dist/_headers names, the Content-Security-Policy
// among them, as a static host that reads that file would. `serveHost`
// serves a newsroom's pages from another port: another origin.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The headers a `_headers` file (Netlify, Cloudflare Pages) sets for every path (`/*`). */
export function headersFile(path) {
  const headers = {};
  let everyPath = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      everyPath = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (everyPath && colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Serves `root` under `subPath` with its `_headers`; `extra` maps paths under
 *  `subPath` to HTML served from the same origin (a page that is not ours). */
export function serve(root, subPath, extra = {}) {
  const headers = existsSync(join(root, '_headers')) ? headersFile(join(root, '_headers')) : {};
  return listen(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(subPath)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    const rel = normalize(path.slice(subPath.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    if (rel in extra) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(extra[rel]);
      return;
    }
    try {
      const body = await readFile(join(root, rel.endsWith('/') ? rel + 'index.html' : rel));
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
}

/** Serves the HTML in `pages` (path → text, or a function of the request URL). */
export function serveHost(pages) {
  return listen((req, res) => {
    const url = new URL(req.url, 'http://x');
    const page = pages[url.pathname];
    if (page === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES['.html'] }).end(typeof page === 'function' ? page(url) : page);
  });
}
