//! View models of the Add articles page: the drafts waiting to be compared
//! and the comparisons kept in this browser, as lines a reader can scan.

use crate::engine::Comparison;
use crate::intake::ArticleDraft;
use crate::saved::{SavedCorpora, corpus_title};
use crate::ui::location::Corpus;

/// A draft as its list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftItem {
    pub name: String,
    /// "Outlet · 1,234 words".
    pub detail: String,
}

pub fn draft_items(drafts: &[ArticleDraft]) -> Vec<DraftItem> {
    drafts
        .iter()
        .map(|d| {
            let words = d.text.split_whitespace().count();
            let words = format!(
                "{} word{}",
                grouped(words),
                if words == 1 { "" } else { "s" }
            );
            DraftItem {
                name: d.meta.title.clone().unwrap_or_else(|| d.label.clone()),
                detail: match &d.meta.outlet {
                    Some(outlet) => format!("{outlet} · {words}"),
                    None => words,
                },
            }
        })
        .collect()
}

/// A kept comparison as its list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptItem {
    pub key: String,
    pub title: String,
    pub articles: usize,
    /// Its overview.
    pub href: String,
}

pub fn kept_items(kept: &SavedCorpora) -> Vec<KeptItem> {
    kept.list()
        .iter()
        .map(|c| KeptItem {
            key: c.key.clone(),
            title: c.title.clone(),
            articles: c.articles.len(),
            href: Corpus::Kept(c.key.clone()).href("#/"),
        })
        .collect()
}

/// The example as the list names it, from what its own articles state, so a
/// newsroom that builds the reader with its own seed corpus sees that named.
pub fn example_item(example: &Comparison) -> (String, String) {
    let title = corpus_title(
        example.sources.len(),
        example.sources.iter().find_map(|s| s.meta.title.as_deref()),
    );
    let count = match example.sources.len() {
        1 => "1 article, built into the reader".to_owned(),
        n => format!("{n} articles, built into the reader"),
    };
    (format!("The example: {title}"), count)
}

/// The line that says which comparison the reader is showing, so a reader's
/// own articles are never mistaken for the example or the other way round.
pub fn corpus_line(
    scope: &Corpus,
    kept: &SavedCorpora,
    stored: bool,
    example: &Comparison,
) -> String {
    match scope {
        Corpus::Example => format!("{}.", example_item(example).0),
        Corpus::Kept(key) => {
            let title = kept.get(key).map_or(key.as_str(), |c| c.title.as_str());
            let where_kept = if stored {
                "kept in this browser"
            } else {
                "kept until this page closes"
            };
            format!("Your comparison: {title}, {where_kept}.")
        }
        Corpus::Imported => {
            "An imported comparison, not kept (importing its file again reopens it).".to_owned()
        }
        Corpus::Link(_) => "Opening the articles in this link…".to_owned(),
    }
}

/// 12345 as "12,345".
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::{from_paste, test_article as article};

    #[test]
    fn drafts_show_their_title_outlet_and_length() {
        let pasted = from_paste("One two three.", Some("Leaders meet"), Some("The Wire")).unwrap();
        let untitled = from_paste("Word.", None, None).unwrap();
        let items = draft_items(&[pasted, untitled]);
        assert_eq!(items[0].name, "Leaders meet");
        assert_eq!(items[0].detail, "The Wire · 3 words");
        assert_eq!(items[1].name, "the pasted text");
        assert_eq!(items[1].detail, "1 word");
        assert_eq!(grouped(1234567), "1,234,567");
        assert_eq!(grouped(999), "999");
    }

    #[test]
    fn the_corpus_line_names_what_is_shown() {
        let example = crate::ui::fixture::comparison();
        let mut kept = SavedCorpora::default();
        kept.add(
            None,
            vec![
                article("000", Some("Floods in Kelso"), "One."),
                article("001", None, "Two."),
            ],
        )
        .unwrap();
        let line = |scope: &Corpus, stored| corpus_line(scope, &kept, stored, &example);
        assert_eq!(
            line(&Corpus::Example, true),
            "The example: Leaders meet in Paris and 2 more."
        );
        assert_eq!(
            line(&Corpus::Kept("c1".into()), true),
            "Your comparison: Floods in Kelso and 1 more, kept in this browser."
        );
        assert_eq!(
            line(&Corpus::Kept("c1".into()), false),
            "Your comparison: Floods in Kelso and 1 more, kept until this page closes."
        );
        assert!(line(&Corpus::Imported, true).starts_with("An imported comparison"));
    }

    #[test]
    fn kept_corpora_link_to_their_overview() {
        let mut kept = SavedCorpora::default();
        kept.add(
            Some("Mine"),
            vec![article("000", None, "One."), article("001", None, "Two.")],
        )
        .unwrap();
        let items = kept_items(&kept);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].title, "Mine");
        assert_eq!(items[0].articles, 2);
        assert_eq!(items[0].href, "#/k/c1/");
    }
}
