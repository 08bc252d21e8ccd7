//! A view as people pass it on: the shortest route that names it (source ids
//! cut to unique prefixes, `#/compare/001/002/s/14`, never a serialized blob)
//! and a title for an iframe, a tab or a host page mirroring the view.

use crate::engine::Comparison;
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
}
