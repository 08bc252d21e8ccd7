//! The reader's wasm module. Loading it runs nothing: the page's `start.js`
//! calls `startPage`, a host page's `mount.js` calls `mountAll` and the
//! analysis worker's `worker.js` calls `analyseInWorker` (all in
//! `parallax::ui::web`), so a module loaded into a newsroom's page never takes
//! over an element it was not given. Natively there is nothing to show, so
//! it says where the reader runs.

/// The page's and the worker's allocator (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    // Keep the library's exported entry points in the module.
    let _ = (
        parallax::ui::web::start_page,
        parallax::ui::web::mount::mount_all,
        parallax::ui::web::worker::analyse_in_worker,
        parallax::ui::web::analysis::analyse_articles_js,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!(
        "The Parallax reader runs in the browser: ./scripts/serve.sh builds it and serves it on 127.0.0.1."
    );
}
