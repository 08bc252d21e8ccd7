//! A reader's own corpora as the browser keeps them across reloads: a
//! versioned list written as one JSON string (localStorage holds strings).
//!
//! Reading is entry by entry, so one damaged corpus is skipped with its own
//! message and the others stay. Storage that cannot be read at all (not
//! JSON, another format) is reported as not writable: the reader keeps
//! working in memory and never writes over what it could not read, so
//! nothing already kept is lost.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::engine::RawArticle;
use crate::intake::{InputError, check_corpus};

/// The format this reader writes and reads.
pub const SAVED_FORMAT: u64 = 1;

/// One kept corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedCorpus {
    /// A handle that stays the same while the corpus is kept: `c1`, `c2`...
    pub key: String,
    /// How the list names it.
    pub title: String,
    pub articles: Vec<RawArticle>,
}

/// The kept corpora, in the order they were added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SavedCorpora {
    corpora: Vec<SavedCorpus>,
}

/// Why kept corpora, or one of them, could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SavedError {
    #[error(
        "the corpora kept in this browser cannot be read ({why}); they are left as they are, and new ones are kept only until the page closes"
    )]
    Unreadable { why: String },
    #[error(
        "the corpora kept in this browser were saved by another version of Parallax (format {found}; this reader reads format {SAVED_FORMAT}); they are left as they are, and new ones are kept only until the page closes"
    )]
    UnknownVersion { found: u64 },
    #[error("a kept corpus ({name}) is damaged and was skipped: {why}")]
    Damaged { name: String, why: String },
}

/// What reading storage gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub corpora: SavedCorpora,
    /// One message per thing that could not be read.
    pub problems: Vec<SavedError>,
    /// Whether writing back is safe: false when the stored value could not be
    /// read as a whole, so writing would destroy it.
    pub writable: bool,
}

#[derive(Serialize)]
struct Stored<'a> {
    format: u64,
    corpora: &'a [SavedCorpus],
}

/// The list with each corpus left unread (raw JSON text, not a `Value`
/// tree, which would add its own deserializer to the wasm), so each can
/// fail on its own.
#[derive(Deserialize)]
struct StoredLoose<'a> {
    #[serde(borrow)]
    corpora: Vec<&'a serde_json::value::RawValue>,
}

/// Just the title of a kept corpus, to name it when the rest is damaged.
#[derive(Deserialize)]
struct Titled {
    title: String,
}

impl SavedCorpora {
    /// Reads what [`SavedCorpora::write`] stored; `None` (nothing stored yet)
    /// is an empty list. Never panics, whatever the string.
    pub fn read(stored: Option<&str>) -> Loaded {
        let unreadable = |problem| Loaded {
            corpora: SavedCorpora::default(),
            problems: vec![problem],
            writable: false,
        };
        let Some(stored) = stored.filter(|s| !s.trim().is_empty()) else {
            return Loaded {
                corpora: SavedCorpora::default(),
                problems: Vec::new(),
                writable: true,
            };
        };
        // The format alone first, so a newer list is named as such. Read as
        // bytes (same result for a `str`): the reader's other JSON comes from
        // bytes, and one reader type keeps one copy of serde_json's parser.
        #[derive(Deserialize)]
        struct Format {
            format: u64,
        }
        match serde_json::from_slice::<Format>(stored.as_bytes()) {
            Ok(Format { format }) if format != SAVED_FORMAT => {
                return unreadable(SavedError::UnknownVersion { found: format });
            }
            Ok(_) => {}
            Err(e) => return unreadable(SavedError::Unreadable { why: e.to_string() }),
        }
        let loose: StoredLoose = match serde_json::from_slice(stored.as_bytes()) {
            Ok(loose) => loose,
            Err(e) => return unreadable(SavedError::Unreadable { why: e.to_string() }),
        };
        let mut corpora = SavedCorpora::default();
        let mut problems = Vec::new();
        for (i, value) in loose.corpora.into_iter().enumerate() {
            let name = serde_json::from_slice::<Titled>(value.get().as_bytes()).map_or_else(
                |_| format!("number {}", i + 1),
                |t| format!("{:?}", t.title),
            );
            let damaged = |why: String| SavedError::Damaged {
                name: name.clone(),
                why,
            };
            match serde_json::from_slice::<SavedCorpus>(value.get().as_bytes()) {
                Ok(corpus) if corpora.get(&corpus.key).is_some() => {
                    problems.push(damaged(format!("its key {:?} is used twice", corpus.key)));
                }
                Ok(corpus) => match check_corpus(&corpus.articles) {
                    Ok(()) => corpora.corpora.push(corpus),
                    Err(e) => problems.push(damaged(e.to_string())),
                },
                Err(e) => problems.push(damaged(e.to_string())),
            }
        }
        Loaded {
            corpora,
            problems,
            writable: true,
        }
    }

    /// The string to store.
    pub fn write(&self) -> String {
        let stored = Stored {
            format: SAVED_FORMAT,
            corpora: &self.corpora,
        };
        // Plain strings and numbers: serde_json cannot fail on them.
        serde_json::to_string(&stored).unwrap_or_default()
    }

    pub fn list(&self) -> &[SavedCorpus] {
        &self.corpora
    }

    pub fn get(&self, key: &str) -> Option<&SavedCorpus> {
        self.corpora.iter().find(|c| c.key == key)
    }

    /// Keeps a corpus under a new key, or returns the key of the same
    /// articles kept before. The title is the reader's, else made from the
    /// articles' own.
    pub fn add(
        &mut self,
        title: Option<&str>,
        articles: Vec<RawArticle>,
    ) -> Result<&SavedCorpus, InputError> {
        check_corpus(&articles)?;
        if let Some(at) = self.corpora.iter().position(|c| c.articles == articles) {
            return Ok(&self.corpora[at]);
        }
        let next = self
            .corpora
            .iter()
            .filter_map(|c| c.key.strip_prefix('c')?.parse::<u64>().ok())
            .max()
            .unwrap_or(0)
            + 1;
        let title = title
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map_or_else(|| title_of(&articles), str::to_owned);
        self.corpora.push(SavedCorpus {
            key: format!("c{next}"),
            title,
            articles,
        });
        Ok(&self.corpora[self.corpora.len() - 1])
    }

    /// Forgets a corpus; false when no corpus has that key.
    pub fn remove(&mut self, key: &str) -> bool {
        let before = self.corpora.len();
        self.corpora.retain(|c| c.key != key);
        self.corpora.len() != before
    }
}

/// "First title and 2 more", or "3 articles" when none has a title.
fn title_of(articles: &[RawArticle]) -> String {
    corpus_title(
        articles.len(),
        articles.iter().find_map(|a| a.meta.title.as_deref()),
    )
}

/// How a list names a corpus of `count` articles from the first title one
/// of them states: "First title and 2 more", else "3 articles".
pub fn corpus_title(count: usize, first_title: Option<&str>) -> String {
    match first_title {
        Some(title) if count > 1 => format!("{title} and {} more", count - 1),
        Some(title) => title.to_owned(),
        None => format!("{count} articles"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::test_article as article;

    fn pair(a: &str, b: &str) -> Vec<RawArticle> {
        vec![
            article("000", Some("Leaders meet"), a),
            article("001", None, b),
        ]
    }

    #[test]
    fn kept_corpora_survive_a_write_and_read() {
        let mut kept = SavedCorpora::default();
        let key = kept.add(None, pair("One.", "Two.")).unwrap().key.clone();
        assert_eq!(key, "c1");
        assert_eq!(kept.get("c1").unwrap().title, "Leaders meet and 1 more");
        kept.add(Some("  My story "), pair("Three.", "Four."))
            .unwrap();
        assert_eq!(kept.get("c2").unwrap().title, "My story");
        // The same articles again are the corpus already kept.
        assert_eq!(
            kept.add(Some("Again"), pair("One.", "Two.")).unwrap().key,
            "c1"
        );
        let loaded = SavedCorpora::read(Some(&kept.write()));
        assert_eq!(loaded.corpora, kept);
        assert!(loaded.problems.is_empty() && loaded.writable);
    }

    #[test]
    fn removing_frees_nothing_else_and_keys_are_not_reused_while_higher_ones_exist() {
        let mut kept = SavedCorpora::default();
        for (a, b) in [("A.", "B."), ("C.", "D."), ("E.", "F.")] {
            kept.add(None, pair(a, b)).unwrap();
        }
        assert!(kept.remove("c2"));
        assert!(!kept.remove("c2"));
        let keys: Vec<&str> = kept.list().iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["c1", "c3"]);
        assert_eq!(kept.add(None, pair("G.", "H.")).unwrap().key, "c4");
    }

    #[test]
    fn a_corpus_intake_would_refuse_is_not_kept() {
        let mut kept = SavedCorpora::default();
        let err = kept.add(None, pair("Same.", "same.")).unwrap_err();
        assert!(matches!(err, InputError::Duplicate { .. }));
        assert!(kept.list().is_empty());
    }

    #[test]
    fn nothing_stored_is_an_empty_list() {
        for stored in [None, Some(""), Some("  ")] {
            let loaded = SavedCorpora::read(stored);
            assert!(loaded.corpora.list().is_empty() && loaded.problems.is_empty());
            assert!(loaded.writable);
        }
    }

    #[test]
    fn unreadable_storage_is_reported_and_left_alone() {
        let cases = [
            ("{\"format\": 1, \"corpora\": [", "cannot be read"),
            ("not json", "cannot be read"),
            ("[1, 2]", "cannot be read"),
            ("{\"format\": 1}", "cannot be read"),
            (
                "{\"format\": 2, \"corpora\": []}",
                "another version of Parallax (format 2; this reader reads format 1)",
            ),
        ];
        for (stored, message) in cases {
            let loaded = SavedCorpora::read(Some(stored));
            assert!(!loaded.writable, "{stored}");
            assert!(loaded.corpora.list().is_empty());
            let said = loaded.problems[0].to_string();
            assert!(said.contains(message), "{stored}: {said}");
            assert!(said.contains("left as they are"), "{said}");
        }
    }

    #[test]
    fn a_damaged_corpus_is_skipped_and_the_others_kept() {
        let mut kept = SavedCorpora::default();
        kept.add(Some("Good"), pair("One.", "Two.")).unwrap();
        let good = kept.write();
        let damaged = good.replacen(
            "\"corpora\":[",
            concat!(
                "\"corpora\":[{\"key\":\"c9\",\"title\":\"Broken\",\"articles\":7},",
                "{\"key\":\"c8\",\"title\":\"Lonely\",\"articles\":[{\"id\":\"a\",\"text\":\"x\"}]},",
                "{\"key\":\"c1\",\"title\":\"Twin\",\"articles\":[]},",
                "\"junk\",",
            ),
            1,
        );
        let loaded = SavedCorpora::read(Some(&damaged));
        assert_eq!(loaded.corpora, kept);
        assert!(loaded.writable);
        let said: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 4, "{said:?}");
        assert!(
            said[0].starts_with("a kept corpus (\"Broken\") is damaged"),
            "{}",
            said[0]
        );
        assert!(said[1].contains("at least two articles"), "{}", said[1]);
        assert!(said[2].contains("(\"Twin\")"), "{}", said[2]);
        assert!(said[3].contains("(number 4)"), "{}", said[3]);
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_storage_never_panics(s in "\\PC{0,200}") {
            let loaded = SavedCorpora::read(Some(&s));
            proptest::prop_assert!(loaded.writable || !loaded.problems.is_empty());
        }
    }
}
