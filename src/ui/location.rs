//! Which corpus the reader shows, named in the hash before the view, so
//! reload and back/forward bring back a reader's own comparison too:
//!
//! ```text
//! #/fact/7                   the example (the seed corpus)
//! #/k/c1/fact/7              corpus c1 kept in this browser
//! #/c/<payload>/fact/7       a corpus carried in the link (corpus_link)
//! #/imported/fact/7          the comparison last imported from a JSON file
//! ```
//!
//! Parsing is total, like [`Route::parse`]: the view after the corpus is
//! parsed by it, and whether the corpus exists is the app's question.

use crate::ui::route::Route;

/// A corpus as the hash names it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Corpus {
    /// The seed corpus, embedded in the reader.
    #[default]
    Example,
    /// A corpus kept in this browser, by its key (`c1`).
    Kept(String),
    /// A corpus carried in the link itself: the payload, not yet opened.
    Link(String),
    /// A comparison imported from a JSON file (in memory only).
    Imported,
}

impl Corpus {
    /// What comes between `#` and the view: `""`, `/k/c1`, `/c/…`, `/imported`.
    fn prefix(&self) -> String {
        match self {
            Corpus::Example => String::new(),
            Corpus::Kept(key) => format!("/k/{key}"),
            Corpus::Link(payload) => format!("/c/{payload}"),
            Corpus::Imported => "/imported".to_owned(),
        }
    }

    /// A view's hash (`#/fact/7`, as [`Route::hash`] writes it) inside this corpus.
    pub fn href(&self, view_hash: &str) -> String {
        let view = view_hash.trim_start_matches('#');
        format!("#{}{}", self.prefix(), view)
    }
}

/// Where the reader is: a corpus and a view of it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub corpus: Corpus,
    pub route: Route,
}

impl Location {
    /// Reads a location hash (with or without `#`); never fails.
    pub fn parse(hash: &str) -> Location {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (first, rest) = path.split_once('/').unwrap_or((path, ""));
        let (corpus, view) = match first {
            "k" => {
                let (key, view) = rest.split_once('/').unwrap_or((rest, ""));
                (Corpus::Kept(key.to_owned()), view)
            }
            "c" => {
                let (payload, view) = rest.split_once('/').unwrap_or((rest, ""));
                (Corpus::Link(payload.to_owned()), view)
            }
            "imported" => (Corpus::Imported, rest),
            _ => (Corpus::Example, path),
        };
        let route = match Route::parse(view) {
            // The garbage named is the whole hash, not its tail.
            Route::NotFound(_) => Route::parse(hash),
            route => route,
        };
        Location { corpus, route }
    }

    pub fn hash(&self) -> String {
        self.corpus.href(&self.route.hash())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corpus_comes_before_the_view_and_writes_back() {
        let cases = [
            ("#/fact/7", Corpus::Example, Route::Fact(7)),
            ("#/", Corpus::Example, Route::Overview),
            ("#/add", Corpus::Example, Route::Add),
            ("#/k/c1/", Corpus::Kept("c1".into()), Route::Overview),
            ("#/k/c12/quotes", Corpus::Kept("c12".into()), Route::Quotes),
            (
                "#/c/AQab-_/fact/3",
                Corpus::Link("AQab-_".into()),
                Route::Fact(3),
            ),
            (
                "#/imported/all",
                Corpus::Imported,
                Route::All { selected: None },
            ),
        ];
        for (hash, corpus, route) in cases {
            let location = Location::parse(hash);
            assert_eq!(location, Location { corpus, route }, "{hash}");
            assert_eq!(Location::parse(&location.hash()), location, "{hash}");
        }
        assert_eq!(Location::parse("#/k/c1").route, Route::Overview);
        assert_eq!(Corpus::Kept("c2".into()).href("#/fact/1"), "#/k/c2/fact/1");
        assert_eq!(Corpus::Example.href("#/fact/1"), "#/fact/1");
    }

    #[test]
    fn a_bad_view_inside_a_corpus_is_not_found_with_the_whole_hash() {
        let location = Location::parse("#/k/c1/nonsense");
        assert_eq!(location.corpus, Corpus::Kept("c1".into()));
        assert_eq!(location.route, Route::NotFound("#/k/c1/nonsense".into()));
        assert!(matches!(
            Location::parse("#/k/c1/fact/x").route,
            Route::NotFound(_)
        ));
    }
}

/// Where the app's links lead: into the corpus shown and, in a script
/// mount, to the reader's own page. A mount's links name that page rather
/// than a bare hash, which would resolve against the host's address: a link
/// copied from the host page's context menu opens the view it names, while
/// a click still routes inside the mount (`ui::web`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Links {
    pub corpus: Corpus,
    /// The reader's page (`https://…/index.html`) in a script mount; empty
    /// elsewhere, where a link is the page's own hash.
    pub page: String,
}

impl Links {
    /// A view's link (`#/fact/7`, as [`Route::hash`] writes it) inside the corpus.
    pub fn href(&self, view_hash: &str) -> String {
        format!("{}{}", self.page, self.corpus.href(view_hash))
    }
}

/// Where the app's links lead, for components that print links.
#[yew::hook]
pub fn use_links() -> Links {
    yew::use_context::<Links>().unwrap_or_default()
}
