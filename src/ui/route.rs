//! Routes: every view state lives in the URL hash, so a view can be shared,
//! reloaded and walked with back/forward. Parsing is syntactic and total (any
//! string gives a route, garbage gives `NotFound`); checking the names against
//! the comparison is [`resolve`]'s job, so a link to a missing source becomes a
//! sentence for the reader, never a panic.
//!
//! ```text
//! #/                         overview
//! #/compare/001/002          two sources side by side (ids or unique prefixes)
//! #/compare/001/002/s/14     ... with sentence 14 of the left source selected
//! #/compare/001/002/r/3      ... with sentence 3 of the right source selected
//! #/all  #/all/001/14        every source at once, optionally one sentence selected
//! #/fact/7                   every source's version of fact 7
//! #/quotes                   quotations by speaker
//! #/add                      the reader's own articles: add, keep, choose
//! ```
//!
//! A reader's own corpus puts its name before the view (`#/k/c1/fact/7`);
//! [`crate::ui::location`] splits it off and hands the rest to [`Route::parse`].

use crate::engine::Comparison;

/// Which column of the Compare view a selected sentence sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// A view as the URL names it. Source keys are kept as written: a full id or
/// any unique prefix of one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    #[default]
    Overview,
    Compare {
        a: String,
        b: String,
        selected: Option<(Side, usize)>,
    },
    All {
        selected: Option<(String, usize)>,
    },
    Fact(usize),
    Quotes,
    /// The reader's own articles: adding them and the corpora kept.
    Add,
    /// The hash could not be read as a route; holds what was there.
    NotFound(String),
}

impl Route {
    /// Reads a location hash (with or without the leading `#` and `/`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        let key = |s: &str| is_key(s).then(|| s.to_owned());
        let index = |s: &str| {
            (!s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<usize>().ok())
                .flatten()
        };
        let parsed = match parts.as_slice() {
            [] | ["overview"] => Some(Route::Overview),
            ["compare", a, b] => key(a).zip(key(b)).map(|(a, b)| Route::Compare {
                a,
                b,
                selected: None,
            }),
            ["compare", a, b, side, n] => {
                let side = match *side {
                    "s" => Some(Side::Left),
                    "r" => Some(Side::Right),
                    _ => None,
                };
                key(a)
                    .zip(key(b))
                    .zip(side.zip(index(n)))
                    .map(|((a, b), selected)| Route::Compare {
                        a,
                        b,
                        selected: Some(selected),
                    })
            }
            ["all"] => Some(Route::All { selected: None }),
            ["all", source, n] => key(source).zip(index(n)).map(|selected| Route::All {
                selected: Some(selected),
            }),
            ["fact", n] => index(n).map(Route::Fact),
            ["quotes"] => Some(Route::Quotes),
            ["add"] => Some(Route::Add),
            _ => None,
        };
        parsed.unwrap_or_else(|| Route::NotFound(hash.chars().take(120).collect()))
    }

    /// The hash that names this route, e.g. `#/compare/001/002/s/14`.
    pub fn hash(&self) -> String {
        match self {
            Route::Overview => "#/".to_owned(),
            Route::Compare { a, b, selected } => match selected {
                None => format!("#/compare/{a}/{b}"),
                Some((Side::Left, n)) => format!("#/compare/{a}/{b}/s/{n}"),
                Some((Side::Right, n)) => format!("#/compare/{a}/{b}/r/{n}"),
            },
            Route::All { selected: None } => "#/all".to_owned(),
            Route::All {
                selected: Some((source, n)),
            } => format!("#/all/{source}/{n}"),
            Route::Fact(n) => format!("#/fact/{n}"),
            Route::Quotes => "#/quotes".to_owned(),
            Route::Add => "#/add".to_owned(),
            Route::NotFound(_) => "#/".to_owned(),
        }
    }
}

/// Source keys are file stems: letters, digits, `_`, `-` and `.`.
fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
}

/// A route checked against the comparison: sources as indexes into
/// `Comparison::sources`, sentence and fact indexes known to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Overview,
    Compare {
        a: usize,
        b: usize,
        selected: Option<(Side, usize)>,
    },
    All {
        selected: Option<(usize, usize)>,
    },
    Fact(usize),
    Quotes,
}

/// Checks a route against the comparison. What it names must exist; the error
/// is a sentence for the reader, who is then shown the overview.
pub fn resolve(route: &Route, comparison: &Comparison) -> Result<Page, String> {
    let sentence = |source: usize, n: usize| {
        let s = &comparison.sources[source];
        if n < s.sentences.len() {
            Ok(n)
        } else {
            Err(format!(
                "Source “{}” has no sentence {n} (it has {}).",
                s.id,
                s.sentences.len()
            ))
        }
    };
    match route {
        Route::Overview => Ok(Page::Overview),
        Route::Compare { a, b, selected } => {
            let (a, b) = (source_index(comparison, a)?, source_index(comparison, b)?);
            if a == b {
                return Err("Compare needs two different sources.".to_owned());
            }
            let selected = match *selected {
                None => None,
                Some((side, n)) => {
                    let source = if side == Side::Left { a } else { b };
                    Some((side, sentence(source, n)?))
                }
            };
            Ok(Page::Compare { a, b, selected })
        }
        Route::All { selected } => {
            let selected = match selected {
                None => None,
                Some((key, n)) => {
                    let source = source_index(comparison, key)?;
                    Some((source, sentence(source, *n)?))
                }
            };
            Ok(Page::All { selected })
        }
        Route::Fact(n) if *n < comparison.facts.len() => Ok(Page::Fact(*n)),
        Route::Fact(n) => Err(format!(
            "There is no fact {n}: this comparison has {} facts.",
            comparison.facts.len()
        )),
        Route::Quotes => Ok(Page::Quotes),
        // Shown by the app before any page is resolved; its chrome is the overview's.
        Route::Add => Ok(Page::Overview),
        Route::NotFound(hash) => Err(format!(
            "The link “{hash}” does not name a view of this reader."
        )),
    }
}

/// Finds a source by its full id or by a prefix that only it has.
fn source_index(comparison: &Comparison, key: &str) -> Result<usize, String> {
    if let Some(i) = comparison.sources.iter().position(|s| s.id == key) {
        return Ok(i);
    }
    let matches: Vec<usize> = (0..comparison.sources.len())
        .filter(|&i| comparison.sources[i].id.starts_with(key))
        .collect();
    match matches.as_slice() {
        [i] => Ok(*i),
        [] => Err(format!("There is no source “{key}” in this comparison.")),
        _ => Err(format!(
            "“{key}” could be any of {} sources; the link needs more of the name.",
            matches.len()
        )),
    }
}

/// The shortest prefix of each id (at least `min` characters) that no other id
/// shares, for short readable links like `#/compare/001/002`.
pub fn short_ids(ids: &[&str], min: usize) -> Vec<String> {
    ids.iter()
        .map(|id| {
            let cuts = id
                .char_indices()
                .map(|(i, _)| i)
                .skip(1)
                .chain(std::iter::once(id.len()));
            cuts.map(|end| &id[..end])
                .filter(|p| p.chars().count() >= min.min(id.chars().count()))
                .find(|p| ids.iter().filter(|other| other.starts_with(p)).count() == 1)
                .unwrap_or(id)
                .to_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;

    #[test]
    fn parses_every_route_and_writes_it_back() {
        let cases = [
            ("#/", Route::Overview),
            (
                "#/compare/001/002/s/14",
                Route::Compare {
                    a: "001".into(),
                    b: "002".into(),
                    selected: Some((Side::Left, 14)),
                },
            ),
            (
                "#/compare/001/002/r/3",
                Route::Compare {
                    a: "001".into(),
                    b: "002".into(),
                    selected: Some((Side::Right, 3)),
                },
            ),
            (
                "#/compare/a/b",
                Route::Compare {
                    a: "a".into(),
                    b: "b".into(),
                    selected: None,
                },
            ),
            ("#/all", Route::All { selected: None }),
            (
                "#/all/002/5",
                Route::All {
                    selected: Some(("002".into(), 5)),
                },
            ),
            ("#/fact/7", Route::Fact(7)),
            ("#/quotes", Route::Quotes),
            ("#/add", Route::Add),
        ];
        for (hash, route) in cases {
            assert_eq!(Route::parse(hash), route, "{hash}");
            assert_eq!(route.hash(), hash, "{hash}");
        }
    }

    #[test]
    fn lenient_about_slashes_and_empty_hashes() {
        for hash in ["", "#", "#/", "/", "overview", "#/overview/"] {
            assert_eq!(Route::parse(hash), Route::Overview, "{hash:?}");
        }
        assert_eq!(Route::parse("fact/3/"), Route::Fact(3));
    }

    #[test]
    fn garbage_is_not_found_never_a_panic() {
        for hash in [
            "#/nonsense",
            "#/fact/x",
            "#/fact/-1",
            "#/fact/99999999999999999999",
            "#/compare/001",
            "#/compare/001/002/q/1",
            "#/compare/<script>/002",
            "#%%%",
            "#/all/001",
            "#/ü/ß/∂",
        ] {
            assert!(matches!(Route::parse(hash), Route::NotFound(_)), "{hash:?}");
        }
    }

    #[test]
    fn resolves_prefixes_and_reports_what_is_missing() {
        let c = fixture::comparison();
        let page = resolve(&Route::parse("#/compare/al/be/s/1"), &c);
        assert_eq!(
            page,
            Ok(Page::Compare {
                a: 0,
                b: 1,
                selected: Some((Side::Left, 1))
            })
        );
        let missing = resolve(&Route::parse("#/compare/alpha/zeta"), &c).unwrap_err();
        assert!(missing.contains("no source “zeta”"), "{missing}");
        let same = resolve(&Route::parse("#/compare/alpha/alpha"), &c).unwrap_err();
        assert!(same.contains("two different"), "{same}");
        let sentence = resolve(&Route::parse("#/compare/alpha/beta/r/99"), &c).unwrap_err();
        assert!(sentence.contains("no sentence 99"), "{sentence}");
        let fact = resolve(&Route::Fact(42), &c).unwrap_err();
        assert!(fact.contains("no fact 42"), "{fact}");
        let garbage = resolve(&Route::parse("#/zzz"), &c).unwrap_err();
        assert!(garbage.contains("does not name a view"), "{garbage}");
    }

    #[test]
    fn short_ids_are_unique_prefixes() {
        let ids = ["000_8b41", "001_d39f", "002_1570"];
        assert_eq!(short_ids(&ids, 3), ["000", "001", "002"]);
        let ids = ["alpha", "alps", "beta"];
        assert_eq!(short_ids(&ids, 2), ["alph", "alps", "be"]);
        assert_eq!(short_ids(&["a", "ab"], 3), ["a", "ab"]);
    }
}
