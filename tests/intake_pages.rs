//! Whole saved pages, as readers drop them, reduced to their article text and
//! compared: the page's furniture, scripts and markup never reach the text.

use std::path::Path;

use parallax::engine::{Config, compare};
use parallax::intake;

fn page(name: &str) -> intake::ArticleDraft {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(name);
    intake::from_file(name, &std::fs::read(path).unwrap()).unwrap()
}

/// Words the fixtures put only where no article text is: in scripts,
/// styles, handlers, furniture, comments, templates and frames.
const NEVER: [&str; 13] = [
    "CANARY",
    "canary",
    "TEXT",
    "SVG",
    "cookies",
    "World",
    "Search",
    "Related",
    "Earlier",
    "Comments",
    "Most read",
    "Privacy",
    "Tags",
];

#[test]
fn a_news_page_keeps_its_article_and_what_it_states_about_itself() {
    let draft = page("news-page.html");
    assert_eq!(
        draft.text,
        "Ukraine\n\n\
         Allies agree truce monitoring plan\n\n\
         By Jane Doe · 6 January 2026\n\n\
         Leaders meet at the Élysée Palace.\n\n\
         Leaders from 35 countries agreed on Tuesday that the United States would lead a mechanism to monitor any ceasefire in Ukraine.\n\n\
         “This is a decisive step,” the French president said, adding that a coordination cell would be set up in Paris.\n\n\
         Britain and France said they would open military hubs in Ukraine after a ceasefire."
    );
    assert_eq!(
        draft.meta.title.as_deref(),
        Some("Allies agree truce monitoring plan")
    );
    assert_eq!(draft.meta.outlet.as_deref(), Some("The Harbour Gazette"));
    assert_eq!(draft.meta.date.as_deref(), Some("2026-01-06"));
    for word in NEVER {
        assert!(!draft.text.contains(word), "{word:?} leaked into the text");
    }
}

#[test]
fn a_markdown_file_keeps_its_words_and_loses_its_markup() {
    let draft = page("news-page.md");
    assert_eq!(
        draft.text,
        "Allies agree truce monitoring plan\n\n\
         By Jane Doe\n\n\
         Leaders from 35 countries agreed on Tuesday that the United States would lead a mechanism to monitor any ceasefire in Ukraine.\n\n\
         \"This is a decisive step,\" the French president said.\n\n\
         Britain and France would open military hubs.\n\n\
         A coordination cell would be set up in Paris.\n\n\
         console.log(\"CODE TEXT\")"
    );
    assert_eq!(
        draft.meta.title.as_deref(),
        Some("Allies agree truce monitoring plan")
    );
    assert!(!draft.text.contains("CANARY") && !draft.text.contains("http"));
}

#[test]
fn the_page_and_the_markdown_compare_as_two_sources() {
    let articles = intake::corpus(&[page("news-page.html"), page("news-page.md")]).unwrap();
    let c = compare(&articles, &Config::default());
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    let same = "Leaders from 35 countries agreed on Tuesday";
    assert!(
        c.links.iter().any(|l| {
            [&l.a, &l.b]
                .iter()
                .all(|r| c.sentence(r).is_some_and(|s| s.text.starts_with(same)))
        }),
        "the shared sentence is linked"
    );
}
