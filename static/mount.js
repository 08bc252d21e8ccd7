// The script mount. A host page writes, where the reader should appear:
//
//   <div data-parallax-view="#/compare/000/001" data-parallax-theme="auto"></div>
//   <script type="module" src="https://…/mount.js"></script>
//
// This loads the reader's module from beside this file and starts a reader in
// every such element, each in its own shadow root (see src/ui/web/mount.rs).
// Loaded twice by two snippets, it runs once and mounts them all.
const base = new URL('./', import.meta.url);
const waiting = () => document.querySelectorAll('[data-parallax-view]:not([data-parallax-mounted])');

if (waiting().length > 0) {
  try {
    const glue = await import(new URL('parallax-reader.js', base).href);
    await glue.default({ module_or_path: new URL('parallax-reader_bg.wasm', base) });
    glue.mountAll(base.href);
  } catch (error) {
    for (const host of waiting()) {
      host.setAttribute('role', 'alert');
      host.textContent = `Parallax could not start here: ${error.message}`;
    }
    throw error;
  }
}
