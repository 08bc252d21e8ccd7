// The analysis worker: compares a reader's own articles off the page's main
// thread (src/ui/web/analysis.rs starts it, one worker per analysis, and
// terminates it when the analysis is done or superseded). It runs the same
// wasm module as the page, never a second one: the page's first message is
// its compiled WebAssembly.Module, the second the articles, which the
// module's analyseInWorker compares, posting progress and the comparison back
// (src/ui/web/worker.rs).
import init, { analyseInWorker } from './parallax-reader.js';

let ready = null;

self.onmessage = async ({ data }) => {
  try {
    if (ready === null) {
      ready = init({ module_or_path: data });
      await ready;
      return;
    }
    await ready;
    analyseInWorker(data);
  } catch (error) {
    // Thrown outside the promise, so the page hears of it as this worker's
    // error event and tells the reader.
    setTimeout(() => {
      throw error;
    });
  }
};
