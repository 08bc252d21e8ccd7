//! The components rendered to HTML natively by Yew's server-side renderer,
//! over the hand-built fixture: what a reader would see for each route.

use std::rc::Rc;

use proptest::prelude::*;
use yew::ServerRenderer;

use crate::ui::components::app::{App, AppProps};
use crate::ui::fixture;
use crate::ui::library::Stored;
use crate::ui::location::{Corpus, Location};
use crate::ui::mode::Mode;
use crate::ui::route::{Route, resolve};
use crate::ui::view::share::page_route;
use crate::ui::view::sources::labels;

fn render(hash: &str) -> String {
    render_in(
        hash,
        Mode::from_query(false, None, "https://news.example/px/index.html"),
    )
}

fn render_in(hash: &str, mode: Mode) -> String {
    let comparison = fixture::comparison();
    let location = Location::parse(hash);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    runtime.block_on(
        ServerRenderer::<App>::with_props(move || AppProps {
            comparison: Rc::new(comparison),
            location,
            stored: Stored::default(),
            analysis_ms: Some(1.25),
            mode,
        })
        .hydratable(false)
        .render(),
    )
}

/// The opening tag of the element with this id, and the text right after it.
fn element<'a>(html: &'a str, id: &str) -> (&'a str, &'a str) {
    let at = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no element #{id}"));
    let open = html[..at].rfind('<').expect("a tag opens");
    let close = at + html[at..].find('>').expect("a tag closes");
    let rest = &html[close + 1..];
    let text = &rest[..rest.find('<').unwrap_or(rest.len())];
    (&html[open..=close], text)
}

#[test]
fn overview_shows_counts_sources_and_the_matrix() {
    let html = render("#/");
    assert!(html.contains(r#"data-page="overview""#), "{html}");
    assert_eq!(element(&html, "count-agreed").1, "1");
    assert_eq!(element(&html, "count-disputed").1, "2");
    assert_eq!(element(&html, "count-once").1, "4");
    for name in ["Alpha Times", "Beta News", "Source gam"] {
        assert!(html.contains(name), "{name}");
    }
    assert!(
        html.contains("not stated"),
        "unknown metadata is said, not hidden"
    );
    assert!(html.contains(r##"href="#/fact/2""##));
    assert!(html.contains("not reported"));
    assert!(
        element(&html, "analysis-time")
            .0
            .contains(r#"data-ms="1.25""#)
    );
    assert!(!html.contains("role=\"alert\""));
}

#[test]
fn garbage_and_missing_names_give_a_message_and_the_overview() {
    for (hash, says) in [
        ("#/what/is/this", "does not name a view"),
        ("#/compare/alpha/nope", "no source “nope”"),
        ("#/fact/99", "no fact 99"),
        ("#/all/beta/40", "no sentence 40"),
    ] {
        let html = render(hash);
        assert!(html.contains(r#"role="alert""#), "{hash}");
        assert!(html.contains(says), "{hash}: {html}");
        assert!(html.contains(r#"data-page="overview""#), "{hash}");
    }
}

#[test]
fn compare_marks_sentences_and_explains_the_selection() {
    let html = render("#/compare/alp/bet/s/1");
    assert!(html.contains(r#"data-page="compare""#));
    assert!(
        html.contains(r#"<h3 class="block heading">"#),
        "headings as headings"
    );
    assert!(html.contains("<figcaption>"), "captions as captions");
    let (selected, _) = element(&html, "s-alp-1");
    assert!(
        selected.contains(r#"class="sentence mark-diverge selected""#),
        "{selected}"
    );
    assert!(selected.contains(r#"aria-current="true""#));
    let (counterpart, _) = element(&html, "s-bet-1");
    assert!(counterpart.contains(r#"class="sentence mark-diverge counterpart""#));
    assert!(html.contains("Diverges: different number"));
    assert!(
        html.contains(r#"<mark class="changed key">"#),
        "the disagreeing words"
    );
    assert!(
        html.contains("(unique)"),
        "standings in words for screen readers"
    );
    assert!(
        element(&html, "next-divergence")
            .0
            .contains(r##"href="#/compare/alp/bet/s/2""##)
    );
    assert!(
        html.contains(r##"href="#/compare/bet/alp/r/1""##),
        "swap keeps the selection"
    );
}

#[test]
fn all_sources_fact_and_quotes_pages() {
    let all = render("#/all/gam/1");
    assert_eq!(all.matches(r#"class="column""#).count(), 3);
    assert!(all.contains("counterpart"));

    let fact = render("#/fact/1");
    assert!(fact.contains(r#"data-page="fact""#));
    assert!(fact.contains("quote worded differently"));
    assert!(fact.contains("Not reported by this source."));

    let quotes = render("#/quotes");
    assert!(quotes.contains("Macron"));
    assert!(quotes.contains("Worded differently across sources"));
    assert!(quotes.contains("stable"));
}

#[test]
fn the_page_offers_share_and_embed_codes_for_the_view_shown() {
    let html = render("#/compare/alpha/beta/s/1");
    assert!(html.contains(r#"class="site-head""#));
    assert!(html.contains(r#"id="share-button""#));
    assert!(html.contains(r#"id="embed-dialog""#));
    // The codes name the short route of exactly this view.
    let (iframe, _) = element(&html, "embed-iframe");
    assert!(iframe.starts_with("<textarea"), "{iframe}");
    assert!(
        html.contains("index.html?embed#/compare/alp/bet/s/1"),
        "{html}"
    );
    assert!(html.contains("https://news.example/px/embed.js"));
    assert!(
        html.contains(
            r##"&lt;div data-parallax-view="#/compare/alp/bet/s/1" data-parallax-theme="auto"&gt;"##
        ),
        "{html}"
    );
    assert!(html.contains("https://news.example/px/mount.js"));
    assert!(html.contains(r#"data-embedding="page""#));
}

#[test]
fn the_page_offers_export_and_import_but_an_embed_does_not() {
    let html = render("#/");
    for (id, label) in [
        ("export-json", "JSON"),
        ("export-csv", "CSV"),
        ("export-markdown", "Markdown"),
    ] {
        let (button, text) = element(&html, id);
        assert!(
            button.starts_with("<button") && button.contains(r#"type="button""#),
            "{button}"
        );
        assert_eq!(text.trim(), label);
    }
    assert!(html.contains(r#"aria-labelledby="export-label""#));
    assert_eq!(element(&html, "export-status").1, "");
    let (input, _) = element(&html, "import-file");
    assert!(
        input.contains(r#"type="file""#) && input.contains(r#"accept=".json,application/json""#),
        "{input}"
    );
    assert!(html.contains(r#"for="import-file""#));
    let embedded = render_in(
        "#/",
        Mode::from_query(true, None, "https://news.example/px/index.html?embed"),
    );
    assert!(!embedded.contains("export-json") && !embedded.contains("import-file"));
}

#[test]
fn an_embedded_reader_has_compact_chrome_and_a_way_to_the_full_view() {
    let mode = Mode::from_query(
        true,
        Some("dark"),
        "https://news.example/px/index.html?embed&theme=dark",
    );
    let html = render_in("#/fact/1", mode);
    assert!(html.contains(r#"class="embed-head""#));
    assert!(!html.contains(r#"class="site-head""#), "no site header");
    assert!(
        !html.contains(r#"id="embed-dialog""#),
        "no embed codes inside an embed"
    );
    assert!(!html.contains(r#"id="analysis-time""#));
    let (full, _) = element(&html, "open-full-view");
    assert!(
        full.contains(r##"href="https://news.example/px/index.html#/fact/1""##),
        "{full}"
    );
    assert!(full.contains(r#"target="_blank""#) && full.contains(r#"rel="noopener""#));
    assert!(html.contains(r#"class="reader embedded""#));
}

#[test]
fn a_script_mount_links_to_the_reader_page_and_a_page_to_its_own_hash() {
    let mounted = render_in(
        "#/compare/alp/bet",
        Mode::for_mount("https://news.example/px/", None),
    );
    let page = render("#/compare/alp/bet");
    let hrefs = |html: &str| -> Vec<String> {
        html.split(r#"href=""#)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|href| href.contains("#/"))
            .map(str::to_owned)
            .collect()
    };
    let (mounted, page) = (hrefs(&mounted), hrefs(&page));
    assert!(mounted.len() > 10, "{mounted:?}");
    assert!(
        mounted
            .iter()
            .all(|h| h.starts_with("https://news.example/px/index.html#/")),
        "{mounted:?}"
    );
    assert!(page.iter().any(|h| h.starts_with("#/")), "{page:?}");
    assert!(
        page.iter()
            .filter(|h| !h.starts_with("https://"))
            .all(|h| h.starts_with("#/")),
        "{page:?}"
    );
}

#[test]
fn a_bad_theme_is_said_and_a_file_copy_explains_it_cannot_be_embedded() {
    let odd = Mode::from_query(true, Some("neon"), "https://news.example/px/");
    let html = render_in("#/", odd);
    assert!(html.contains("“neon”"), "{html}");
    assert!(html.contains(r#"data-page="overview""#));

    let file = Mode::from_query(false, None, "file:///tmp/parallax.html");
    let html = render_in("#/quotes", file);
    let (_, why) = element(&html, "embed-unavailable");
    assert!(why.contains("runs from a file"), "{why}");
}

#[test]
fn the_add_page_offers_paste_files_drafts_and_the_example() {
    let html = render("#/add");
    assert!(html.contains(r#"data-page="add""#), "{html}");
    for id in ["paste-text", "paste-name", "paste-outlet", "article-files"] {
        assert!(html.contains(&format!(r#"for="{id}""#)), "label for {id}");
    }
    let (files, _) = element(&html, "article-files");
    assert!(
        files.contains("multiple") && files.contains(r#"accept=".txt,.md,.markdown,.html,.htm""#),
        "{files}"
    );
    let (compare, _) = element(&html, "compare-drafts");
    assert!(compare.contains("disabled"), "{compare}");
    assert_eq!(
        element(&html, "compare-hint").1,
        "Add at least two articles."
    );
    // The example is named from its own articles, not from a fixed phrase.
    assert!(
        html.contains(r##"<a href="#/">The example: Leaders meet in Paris and 2 more</a>"##),
        "{html}"
    );
    assert!(html.contains("3 articles, built into the reader"), "{html}");
    assert!(html.contains(r##"href="#/add" aria-current="page">Add articles"##));
    // No storage natively, as in a browser that refuses it.
    assert_eq!(
        element(&html, "kept-where").1,
        "Kept only until this page closes."
    );
}

#[test]
fn an_own_corpus_that_is_not_there_is_said_and_the_example_shown() {
    let missing = render("#/k/c9/fact/1");
    let (_, said) = element(&missing, "corpus-notice");
    assert!(said.contains("No comparison “c9” is kept"), "{said}");
    assert!(missing.contains(r#"data-corpus="example""#));
    let imported = render("#/imported/");
    assert!(
        element(&imported, "corpus-notice")
            .1
            .contains("import its file again")
    );
    // A link corpus is opened after the first paint: a progress line first.
    let link = render("#/c/AQAAAAA/");
    assert!(link.contains(r#"data-page="progress""#), "{link}");
    assert_eq!(
        element(&link, "progress-label").1,
        "Opening the articles in this link…"
    );
}

/// Hashes in the shapes the reader writes, with keys that name a fixture
/// source, a prefix of one or none, numbers in and far out of range, the
/// corpus named or not, and garbage: most reach deep into resolving.
fn hashes() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec!["alpha", "al", "beta", "be", "gamma", "g", "delta"]);
    let n = prop_oneof![
        6 => (0usize..4).prop_map(|n| n.to_string()),
        1 => "[0-9]{2,22}",
        1 => "-?[0-9]{0,3}",
    ];
    let side = prop::sample::select(vec!["s", "r", "x"]);
    let view = prop_oneof![
        3 => (key.clone(), key.clone(), prop::option::of((side, n.clone())))
            .prop_map(|(a, b, sel)| match sel {
                Some((side, n)) => format!("compare/{a}/{b}/{side}/{n}"),
                None => format!("compare/{a}/{b}"),
            }),
        2 => prop::option::of((key, n.clone())).prop_map(|sel| match sel {
            Some((k, n)) => format!("all/{k}/{n}"),
            None => "all".to_owned(),
        }),
        1 => n.prop_map(|n| format!("fact/{n}")),
        1 => prop::sample::select(vec!["", "overview", "quotes", "add"]).prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ];
    let corpus = prop::sample::select(vec!["", "", "", "k/c1/", "c/AQAAAAA/", "imported/"]);
    (
        prop::sample::select(vec!["#/", "#", "/", ""]),
        corpus,
        view,
        prop::sample::select(vec!["", "/"]),
    )
        .prop_map(|(lead, corpus, view, tail)| format!("{lead}{corpus}{view}{tail}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever link a reader opens, the page renders (never blank, never a
    /// panic). A link the example cannot follow says why over the overview,
    /// and the page a link opens is shared and embedded by a link that opens
    /// it again.
    #[test]
    fn any_link_renders_a_page_and_shares_what_it_shows(hash in hashes()) {
        let html = render(&hash);
        prop_assert!(html.contains("data-page=\""), "{hash}: {html}");
        let location = Location::parse(&hash);
        if location.corpus != Corpus::Example || location.route == Route::Add {
            return Ok(());
        }
        let comparison = fixture::comparison();
        match resolve(&location.route, &comparison) {
            Ok(page) => {
                prop_assert!(!html.contains(r#"id="notice""#), "{hash}");
                let again = page_route(&page, &labels(&comparison));
                prop_assert_eq!(resolve(&Location::parse(&again.hash()).route, &comparison), Ok(page));
                // And Embed's code frames exactly that view.
                let framed = format!(r#"index.html?embed{}" title="#, again.hash());
                prop_assert!(html.contains(&framed), "{hash}: {html}");
            }
            Err(_) => {
                prop_assert!(html.contains(r#"id="notice""#), "{hash}");
                prop_assert!(html.contains(r#"data-page="overview""#), "{hash}");
            }
        }
    }
}
