//! The reader's entry point. In the browser (wasm32, built by Trunk from
//! `index.html`) it analyses the embedded corpus and mounts the app; natively
//! there is nothing to show, so it says where the reader runs.

#[cfg(target_arch = "wasm32")]
fn main() {
    parallax::ui::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!(
        "The Parallax reader runs in the browser: ./scripts/serve.sh builds it and serves it on 127.0.0.1."
    );
}
