//! A view as people pass it on: the shortest route that names it (source ids
//! cut to unique prefixes, `#/compare/001/002/s/14`, never a serialized blob),
//! a title for an iframe, a tab or a host page mirroring the view, and the
//! address Share copies.

use crate::corpus_link::LinkError;
use crate::engine::Comparison;
use crate::ui::location::Corpus;
use crate::ui::mode::Mode;
use crate::ui::route::{Page, Route};
use crate::ui::view::sources::SourceLabel;

/// The short route that reopens `page` exactly.
pub fn page_route(page: &Page, sources: &[SourceLabel]) -> Route {
    let short = |i: usize| sources[i].short.clone();
    match *page {
        Page::Overview => Route::Overview,
        Page::Compare { a, b, selected } => Route::Compare {
            a: short(a),
            b: short(b),
            selected,
        },
        Page::All { selected } => Route::All {
            selected: selected.map(|(s, n)| (short(s), n)),
        },
        Page::Fact(n) => Route::Fact(n),
        Page::Quotes => Route::Quotes,
    }
}

/// What the page shows, in a line: "Parallax: Reuters compared with AP".
pub fn page_title(page: &Page, comparison: &Comparison, sources: &[SourceLabel]) -> String {
    let what = match *page {
        Page::Overview => format!("{} sources compared", comparison.sources.len()),
        Page::Compare { a, b, .. } => {
            format!("{} compared with {}", sources[a].name, sources[b].name)
        }
        Page::All { .. } => "all sources side by side".to_owned(),
        Page::Fact(n) => match comparison.facts.get(n) {
            Some(fact) => format!("how the sources report “{}”", fact.label),
            None => format!("fact {n}"),
        },
        Page::Quotes => "who said what, source by source".to_owned(),
    };
    format!("Parallax: {what}")
}

/// The address Share copies for `view` in `scope`, or why there is none.
/// Articles kept in this browser travel as themselves in the link once it
/// is made (`made`: the kept corpus's key, and its payload or why it cannot
/// be one); an imported comparison has no articles to carry. The Add page
/// is the same page whatever corpus was shown.
pub fn share_url(
    scope: &Corpus,
    view: &Route,
    made: Option<&(String, Result<String, LinkError>)>,
    mode: &Mode,
) -> Result<String, String> {
    if *view == Route::Add {
        return Ok(mode.link(view));
    }
    match scope {
        Corpus::Kept(key) => match made {
            Some((k, Ok(payload))) if k == key => {
                Ok(mode.link_to(&Corpus::Link(payload.clone()).href(&view.hash())))
            }
            Some((k, Err(e))) if k == key => Err(format!("No link for these articles: {e}.")),
            _ => Err("The link is still being made; try again in a moment.".to_owned()),
        },
        Corpus::Imported => Err(
            "An imported comparison has no link of its own: share the exported JSON file instead."
                .to_owned(),
        ),
        Corpus::Example | Corpus::Link(_) => Ok(mode.link_to(&scope.href(&view.hash()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;
    use crate::ui::route::{Side, resolve};
    use crate::ui::view::sources::labels;

    #[test]
    fn routes_people_share_are_short_and_reopen_the_same_page() {
        let c = fixture::comparison();
        let sources = labels(&c);
        for hash in [
            "#/",
            "#/compare/alpha/beta/r/1",
            "#/all/gamma/0",
            "#/fact/2",
            "#/quotes",
        ] {
            let page = resolve(&Route::parse(hash), &c).expect(hash);
            let route = page_route(&page, &sources);
            assert_eq!(resolve(&route, &c), Ok(page), "{hash}");
            assert!(
                route.hash().len() <= hash.len(),
                "{hash} -> {}",
                route.hash()
            );
        }
        let page = Page::Compare {
            a: 0,
            b: 1,
            selected: Some((Side::Left, 1)),
        };
        let short = page_route(&page, &sources).hash();
        assert_eq!(
            short,
            format!("#/compare/{}/{}/s/1", sources[0].short, sources[1].short)
        );
    }

    #[test]
    fn titles_say_what_the_page_shows() {
        let c = fixture::comparison();
        let sources = labels(&c);
        let compare = page_title(
            &Page::Compare {
                a: 0,
                b: 1,
                selected: None,
            },
            &c,
            &sources,
        );
        assert_eq!(compare, "Parallax: Alpha Times compared with Beta News");
        assert_eq!(
            page_title(&Page::Overview, &c, &sources),
            "Parallax: 3 sources compared"
        );
        assert!(page_title(&Page::Fact(0), &c, &sources).contains(&c.facts[0].label));
    }

    #[test]
    fn share_copies_the_view_or_says_why_it_cannot() {
        let mode = Mode::from_query(
            false,
            None,
            "https://news.example/px/index.html?x=1#/quotes",
        );
        let fact = Route::Fact(2);
        let page = "https://news.example/px/index.html";
        assert_eq!(
            share_url(&Corpus::Example, &fact, None, &mode),
            Ok(format!("{page}#/fact/2"))
        );
        // A corpus carried in a link stays in it.
        assert_eq!(
            share_url(&Corpus::Link("AQab".into()), &fact, None, &mode),
            Ok(format!("{page}#/c/AQab/fact/2"))
        );
        // Kept articles travel as their own link, once it is made for them.
        let kept = Corpus::Kept("c1".into());
        let made = ("c1".to_owned(), Ok("AQcd".to_owned()));
        assert_eq!(
            share_url(&kept, &fact, Some(&made), &mode),
            Ok(format!("{page}#/c/AQcd/fact/2"))
        );
        let for_another = ("c2".to_owned(), Ok("AQcd".to_owned()));
        for made in [None, Some(&for_another)] {
            let waiting = share_url(&kept, &fact, made, &mode).unwrap_err();
            assert!(waiting.contains("still being made"), "{waiting}");
        }
        let too_large = (
            "c1".to_owned(),
            Err(LinkError::TooLarge {
                chars: 40_000,
                limit: 32_768,
            }),
        );
        let why = share_url(&kept, &fact, Some(&too_large), &mode).unwrap_err();
        assert!(
            why.starts_with("No link for these articles: the articles are too large"),
            "{why}"
        );
        let imported = share_url(&Corpus::Imported, &fact, None, &mode).unwrap_err();
        assert!(
            imported.contains("share the exported JSON file"),
            "{imported}"
        );
        // The Add page is the same whatever corpus was shown.
        for scope in [Corpus::Imported, kept] {
            assert_eq!(
                share_url(&scope, &Route::Add, None, &mode),
                Ok(format!("{page}#/add"))
            );
        }
    }
}
