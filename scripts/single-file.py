#!/usr/bin/env python3
"""Writes the reader as one self-contained HTML file, from Trunk's dist/.

Browsers refuse to fetch a separate .wasm from a page opened from disk
(file://), so this copy carries everything inline: the stylesheets as
<style>, the wasm-bindgen glue and the start-up code as one inline module,
and the wasm itself gzipped and base64-encoded in a data block that the
browser unpacks with DecompressionStream. It can be opened from disk,
attached to an email or put in any CMS file field.

Usage: scripts/single-file.py [DIST] [OUT]   (defaults: dist, dist-file/parallax.html)

It reads what Trunk 0.21.14 writes (Trunk.toml pins the names) and stops with
a message naming what it did not find, rather than writing a broken file.
"""

import base64
import gzip
import pathlib
import re
import sys

GLUE = "parallax-reader.js"
WASM = "parallax-reader_bg.wasm"

# What the inline module runs after the glue: the same as static/start.js,
# with the wasm taken from the data block instead of fetched, and no
# directory for startPage (a file has no worker.js beside it, so a reader's
# own articles are analysed on the main thread). INIT stands for the glue's
# own name for its default export, which a minified glue renames.
START = """
try {
  const packed = document.getElementById('parallax-wasm').textContent.trim();
  const gzipped = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const unpacked = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  await INIT({ module_or_path: await new Response(unpacked).arrayBuffer() });
  startPage();
} catch (error) {
  const app = document.getElementById('app');
  if (app) app.textContent = `Parallax could not start in this browser: ${error.message}`;
  throw error;
}
"""


def fail(message: str) -> None:
    print(f"single-file: {message}", file=sys.stderr)
    sys.exit(1)


def replace_once(html: str, pattern: str, replacement, what: str) -> str:
    new, count = re.subn(pattern, replacement, html)
    if count == 0:
        fail(f"{what} not found in index.html (has Trunk's output changed?)")
    return new


def default_export(glue: str) -> str:
    """The local name the glue's closing `export { ... }` gives `default`."""
    clause = re.search(r"export\s*\{([^}]*)\}\s*;?\s*$", glue)
    if clause:
        for item in clause.group(1).split(","):
            parts = item.split()
            if len(parts) == 3 and parts[1] == "as" and parts[2] == "default":
                return parts[0]
    fail(f"{GLUE} does not end by exporting its init function as default (has wasm-bindgen changed?)")


def main() -> None:
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "dist-file/parallax.html")
    try:
        html = (dist / "index.html").read_text(encoding="utf-8")
        glue = (dist / GLUE).read_text(encoding="utf-8")
        wasm = (dist / WASM).read_bytes()
    except OSError as error:
        fail(f"{error}; run trunk build --release first")

    def inline_css(match: re.Match) -> str:
        name = match.group(1)
        try:
            css = (dist / name).read_text(encoding="utf-8")
        except OSError as error:
            fail(f"stylesheet {name}: {error}")
        if "</style" in css.lower():
            fail(f"stylesheet {name} contains '</style'")
        return f"<style>\n{css}</style>"

    html = replace_once(
        html, r'<link rel="stylesheet" href="\./([\w.-]+\.css)"[^>]*>', inline_css, "stylesheet links"
    )
    # The page no longer fetches its module or wasm: drop the preload hints.
    html = replace_once(html, r'<link rel="modulepreload"[^>]*>', "", "the module preload")
    html = replace_once(html, r'<link rel="preload"[^>]*as="fetch"[^>]*>', "", "the wasm preload")

    init = default_export(glue)
    if not re.search(r"\bexport function startPage\b", glue):
        fail(f"{GLUE} does not export startPage (has wasm-bindgen changed?)")
    if "</script" in glue.lower():
        fail(f"{GLUE} contains '</script' and cannot be inlined")
    packed = base64.b64encode(gzip.compress(wasm, 9, mtime=0)).decode("ascii")
    # Lines of 76 characters keep the file friendly to mail and diff tools.
    packed = "\n".join(packed[i : i + 76] for i in range(0, len(packed), 76))
    script = (
        f'<script type="application/octet-stream" id="parallax-wasm">\n{packed}\n</script>\n'
        f'<script type="module">\n{glue}\n{START.replace("INIT", init)}</script>'
    )
    html = replace_once(
        html,
        r'<script type="module" src="\./start\.js"></script>',
        lambda _: script,
        "the start.js script",
    )
    if re.search(r'(src|href)="\./', html):
        fail("a relative URL is left in the page: " + re.search(r'(src|href)="\./[^"]*"', html).group(0))

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    print(f"single-file: wrote {out} ({len(html.encode()) / 1024:.1f} KB)")


if __name__ == "__main__":
    main()
