//! Statements: quotations grouped across sources when they render the same
//! words, with the speaker most sources name and each rendering's variant
//! wording marked. The Quotes view reads these.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::align::{At, for_each_shared};
use super::analyse::Analysed;
use super::classify::{quote_words, spelling_variant, wording};
use super::config::Config;
use super::meeting::Meeting;
use super::model::{QuoteGroup, QuoteRef, SentenceRef};

/// Fewest content words for a quotation to be matched with others by overlap;
/// shorter ones ("operational convergence") group only with the same words,
/// and single words ("robust", "support") stand alone.
const MIN_WORDS: usize = 4;
const MIN_SHORT_WORDS: usize = 2;
/// Words two longer quotations must share to render the same statement: a
/// common opening ("security guarantees for Ukraine") is not enough.
const MIN_SHARED_WORDS: usize = 4;
/// A concept quoted this often proposes no pairs (it is not distinctive).
const MAX_POSTINGS: usize = 64;

/// One quotation with its content concepts: distinct, sorted by number (the
/// vocabulary's), each with its text for spelling variants.
struct Item<'a> {
    at: At,
    quotation: usize,
    words: usize,
    concepts: Vec<(u32, &'a str)>,
    /// The concepts' numbers alone, for counting shared ones.
    ids: Vec<u32>,
    analysed: &'a Analysed,
}

/// Groups every quotation of the corpus into statements.
#[inline(never)]
pub fn group_quotes(
    ids: &[Arc<str>],
    rank: &[usize],
    analysed: &[Vec<Analysed>],
    config: &Config,
) -> Vec<QuoteGroup> {
    let items: Vec<Item> = analysed
        .iter()
        .enumerate()
        .flat_map(|(s, sentences)| sentences.iter().enumerate().map(move |(i, a)| ((s, i), a)))
        .flat_map(|(at, a)| {
            a.sentence
                .quotations
                .iter()
                .enumerate()
                .map(move |(q, quotation)| {
                    let words = quote_words(a, quotation);
                    let mut concepts: Vec<(u32, &str)> =
                        words.iter().map(|t| (t.concept_id, t.concept())).collect();
                    super::sort::sort(&mut concepts);
                    concepts.dedup();
                    Item {
                        at,
                        quotation: q,
                        words: words.len(),
                        ids: concepts.iter().map(|c| c.0).collect(),
                        concepts,
                        analysed: a,
                    }
                })
        })
        .collect();

    // Complete linkage: two groups merge only if every quotation of one
    // renders the same statement as every quotation of the other, so generic
    // words ("security guarantees") cannot chain different statements.
    // Groups by their first quotation; a merged-away group is left empty.
    let mut group_of: Vec<usize> = (0..items.len()).collect();
    let mut groups: Vec<Vec<usize>> = (0..items.len()).map(|k| vec![k]).collect();
    for_each_candidate(&items, |x, y| {
        let (gx, gy) = (group_of[x], group_of[y]);
        if gx == gy {
            return;
        }
        let all_match = groups[gx].iter().all(|&p| {
            groups[gy]
                .iter()
                .all(|&q| same_statement(&items[p], &items[q], config))
        });
        if all_match {
            let (keep, gone) = (gx.min(gy), gx.max(gy));
            let moved = std::mem::take(&mut groups[gone]);
            for &m in &moved {
                group_of[m] = keep;
            }
            groups[keep].extend(moved);
        }
    });

    let position = |at: At| (rank[at.0], at.1);
    let mut out: Vec<QuoteGroup> = groups
        .into_iter()
        .filter(|members| !members.is_empty())
        .map(|mut members| {
            super::sort::sort_by_key(&mut members, |&k| {
                (position(items[k].at), items[k].quotation)
            });
            let fullest = *members
                .iter()
                .max_by_key(|&&k| (items[k].words, std::cmp::Reverse(k)))
                .unwrap_or(&members[0]);
            members.retain(|&k| k != fullest);
            members.insert(0, fullest);
            build_group(&items, &members, ids)
        })
        .collect();
    // Named speakers first, alphabetically whatever their case, then by
    // where each group's fullest rendering sits.
    super::sort::sort_by_cached_key(&mut out, |g| {
        (
            g.speaker.is_none(),
            g.speaker.as_deref().map(str::to_lowercase),
            g.members[0].sentence.clone(),
        )
    });
    out
}

/// Calls `f` on each pair of quotations `(x, y)`, `x < y`, that share a
/// quoted concept no more than `MAX_POSTINGS` quotations share: each pair
/// once, in order, however many concepts it shares.
fn for_each_candidate(items: &[Item], mut f: impl FnMut(usize, usize)) {
    let indexed = |it: &Item| it.concepts.len() >= MIN_SHORT_WORDS;
    // The inverted index: each concept's quotations, in order.
    let keys = items
        .iter()
        .flat_map(|it| &it.ids)
        .max()
        .map_or(0, |&c| c as usize + 1);
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); keys];
    for (k, item) in items.iter().enumerate() {
        if indexed(item) {
            for &c in &item.ids {
                postings[c as usize].push(k as u32);
            }
        }
    }
    let mut meeting = Meeting::new(items.len());
    for (x, item) in items.iter().enumerate() {
        if !indexed(item) {
            continue;
        }
        let lists = item
            .ids
            .iter()
            .map(|&c| postings[c as usize].as_slice())
            .filter(|list| list.len() <= MAX_POSTINGS);
        for &y in meeting.partners(x, lists, x as u32 + 1) {
            f(x, y as usize);
        }
    }
}

fn same_statement(x: &Item, y: &Item, config: &Config) -> bool {
    if x.words < MIN_WORDS || y.words < MIN_WORDS {
        return x.ids == y.ids;
    }
    // Shared words, a spelling variant ("defence"/"defense") counting as one;
    // variants are looked for only when they could make the difference.
    let mut exact = 0;
    for_each_shared(&x.ids, &y.ids, |_| exact += 1);
    let smaller = x.concepts.len().min(y.concepts.len());
    let needed = (MIN_SHARED_WORDS as f64).max(config.same_quote_overlap * smaller as f64);
    // Variants mend a word or two, never a gap wider than that.
    let worth_looking = exact as f64 + 2.0 >= needed && (exact as f64) < needed;
    let shared = if worth_looking {
        let only_y = unshared(&y.concepts, &x.concepts);
        exact
            + unshared(&x.concepts, &y.concepts)
                .iter()
                .filter(|c| only_y.iter().any(|d| spelling_variant(c, d)))
                .count()
    } else {
        exact
    };
    let larger = x.concepts.len().max(y.concepts.len());
    shared >= MIN_SHARED_WORDS
        && shared as f64 >= config.same_quote_overlap * smaller as f64
        && shared as f64 >= config.same_quote_cover * larger as f64
}

/// The concepts of `mine` that `theirs` lacks, both sorted and distinct.
fn unshared<'a>(mine: &[(u32, &'a str)], theirs: &[(u32, &str)]) -> Vec<&'a str> {
    let mut j = 0;
    let mut out = Vec::new();
    for &(id, text) in mine {
        while j < theirs.len() && theirs[j].0 < id {
            j += 1;
        }
        if theirs.get(j).is_none_or(|t| t.0 != id) {
            out.push(text);
        }
    }
    out
}

/// A group from its members (fullest first): speaker by majority, variants
/// marked against the fullest rendering.
fn build_group(items: &[Item], members: &[usize], ids: &[Arc<str>]) -> QuoteGroup {
    let reference = &items[members[0]];
    let ref_quote = &reference.analysed.sentence.quotations[reference.quotation];
    let ref_words = quote_words(reference.analysed, ref_quote);
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    let mut refs = Vec::with_capacity(members.len());
    for (n, &k) in members.iter().enumerate() {
        let item = &items[k];
        let quotation = &item.analysed.sentence.quotations[item.quotation];
        if let Some(speaker) = &quotation.speaker {
            *votes.entry(speaker.as_str()).or_default() += 1;
        }
        let differs = if n == 0 {
            Vec::new()
        } else {
            let words = quote_words(item.analysed, quotation);
            wording(reference.analysed, &ref_words, item.analysed, &words)
                .map(|f| f.b_spans)
                .unwrap_or_default()
        };
        refs.push(QuoteRef {
            sentence: SentenceRef(ids[item.at.0].clone(), item.at.1),
            quotation: item.quotation,
            differs,
        });
    }
    let speaker = votes
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(s, _)| (*s).to_owned());
    // Not collected into a set: its `collect` would bring its own sort into
    // the wasm.
    let mut sources: Vec<String> = refs.iter().map(|r| r.sentence.0.to_string()).collect();
    super::sort::sort(&mut sources);
    sources.dedup();
    let variants = refs.iter().any(|r| !r.differs.is_empty());
    QuoteGroup {
        speaker,
        members: refs,
        sources,
        variants,
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{Config, RawArticle, compare};

    fn article(id: &str, text: &str) -> RawArticle {
        RawArticle {
            id: id.to_owned(),
            text: text.to_owned(),
            meta: Default::default(),
        }
    }

    /// Each group as its sources and whether it has variants, multi-member groups only.
    fn groups(articles: &[RawArticle]) -> Vec<(Vec<String>, bool, Option<String>)> {
        compare(articles, &Config::default())
            .quotes
            .into_iter()
            .filter(|g| g.members.len() > 1)
            .map(|g| (g.sources, g.variants, g.speaker))
            .collect()
    }

    #[test]
    fn the_same_statement_groups_across_sources_with_its_variants() {
        let found = groups(&[
            article(
                "a",
                "\"We agreed to build a coordination cell that will fully integrate all relevant armed forces,\" Macron said.\n",
            ),
            article(
                "b",
                "He announced \"a coordination core that will allow the full integration of all relevant armed forces,\" Macron said.\n",
            ),
        ]);
        assert_eq!(
            found,
            vec![(
                vec!["a".to_owned(), "b".to_owned()],
                true,
                Some("Macron".to_owned())
            )]
        );
    }

    #[test]
    fn short_quotations_group_only_when_their_words_are_the_same() {
        let found = groups(&[
            article(
                "a",
                "Macron hailed an \"operational convergence\" among allies.\n",
            ),
            article(
                "b",
                "He welcomed the \"operational convergence\" of its members.\n",
            ),
            article("c", "He promised \"operational support\" to its members.\n"),
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, vec!["a".to_owned(), "b".to_owned()]);
        assert!(!found[0].1);
    }

    #[test]
    fn generic_words_do_not_chain_different_statements() {
        let found = groups(&[
            article(
                "a",
                "\"Security guarantees for Ukraine must come first and be binding on everyone,\" she said.\n",
            ),
            article(
                "b",
                "\"Security guarantees for Ukraine are welcome progress,\" a spokesperson said.\n",
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
