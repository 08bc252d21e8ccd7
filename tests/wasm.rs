//! The engine and the reader inside a real browser: wasm32 in headless
//! Chromium through `wasm-bindgen-test-runner` (`scripts/test.sh` runs it with
//! `cargo test --target wasm32-unknown-unknown --test wasm`). Natively this
//! file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use parallax::engine::{Config, compare};
use parallax::ui::components::app::{App, AppProps};
use parallax::ui::route::{Page, Route, resolve};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_embedded_corpus_is_compared_in_wasm_the_same_every_time() {
    let articles = parallax::corpus::embedded();
    let comparison = compare(&articles, &Config::default());
    assert_eq!(comparison.sources.len(), articles.len());
    assert_eq!(comparison.totals.sources, articles.len());
    assert!(comparison.totals.facts_agreed + comparison.totals.facts_disputed > 0);
    assert_eq!(comparison, compare(&articles, &Config::default()));
}

#[wasm_bindgen_test]
fn short_links_resolve_against_the_seed_comparison() {
    let comparison = compare(&parallax::corpus::embedded(), &Config::default());
    assert_eq!(
        resolve(&Route::parse("#/compare/000/001/s/1"), &comparison),
        Ok(Page::Compare {
            a: 0,
            b: 1,
            selected: Some((parallax::ui::route::Side::Left, 1))
        })
    );
    assert!(resolve(&Route::parse("#/compare/0/001"), &comparison).is_err());
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_follows_the_hash() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let comparison = compare(&parallax::corpus::embedded(), &Config::default());
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            comparison: Rc::new(comparison),
            location: parallax::ui::location::Location::parse("#/nonsense"),
            stored: Default::default(),
            analysis_ms: None,
            mode: Default::default(),
        },
    )
    .render();
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    let html = root.inner_html();
    assert!(html.contains(r#"data-page="overview""#), "{html}");
    assert!(html.contains(r#"role="alert""#), "garbage gives a message");

    parallax::ui::web::set_hash("#/quotes");
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    assert!(root.inner_html().contains(r#"data-page="quotes""#));
    parallax::ui::web::set_hash("#/");
}

#[wasm_bindgen_test]
async fn links_made_by_the_browser_open_natively_made_ones_and_refuse_a_bomb() {
    use parallax::corpus_link::LinkError;
    use parallax::ui::web::link;
    let articles: Vec<_> = parallax::corpus::embedded()
        .into_iter()
        .map(|mut a| {
            a.meta.evidence = None;
            a
        })
        .collect();
    // Made by the browser's CompressionStream, opened by its DecompressionStream.
    let payload = link::encode(&articles)
        .await
        .expect("the seeds fit in a link");
    assert_eq!(link::decode(&payload).await.expect("it opens"), articles);
    // Made natively by miniz_oxide (tests/fixtures/own/native-link.txt, written
    // by `cargo test` in corpus_link): the same format.
    let native = include_str!("fixtures/own/native-link.txt").trim();
    let opened = link::decode(native).await.expect("a native link opens");
    assert_eq!(opened.len(), 2);
    // 2 MiB of spaces deflate to a few KB; unpacking stops at 1 MiB.
    let bomb = include_str!("fixtures/own/bomb-link.txt").trim();
    assert!(matches!(
        link::decode(bomb).await,
        Err(LinkError::TooLargeUnpacked { .. })
    ));
}

#[wasm_bindgen_test]
fn numerals_past_the_exact_path_are_read_by_the_browser_as_natively() {
    use parallax::engine::decimal::{read_json_number, read_numeral};
    // Float literals are converted by the compiler, not by the code under test.
    assert_eq!(
        read_numeral("123456789012345678901234567890"),
        Some(123456789012345678901234567890.0)
    );
    assert_eq!(read_numeral("9007199254740993"), Some(9007199254740992.0));
    assert_eq!(read_numeral("1.2.3"), None);
    assert_eq!(read_json_number("1.7976931348623157e308"), Some(f64::MAX));
    assert_eq!(read_json_number("4.9406564584124654e-324"), Some(5e-324));
    assert_eq!(read_json_number("0.30000000000000004"), Some(0.1 + 0.2));
    assert_eq!(read_json_number("1e400"), None);
}
