//! Behaviour of the engine on the embedded seed corpus: five scraped reports of
//! the Paris summit, page debris and all.

mod common;

use std::path::Path;
use std::sync::OnceLock;

use parallax::corpus::{embedded, parse_metadata};
use serde_json::Value;

use parallax::engine::{BlockKind, Comparison, Config, Metadata, Relation, Sentence, compare};

const IDS: [&str; 5] = [
    "000_8b419962fdaa4cf7",
    "001_d39fa583c0e959e3",
    "002_1570259306a62e25",
    "003_7ee46e21e9655e49",
    "004_34ebf2c4cf600de0",
];

/// The seed comparison, computed once for all tests of this file.
fn seeds() -> &'static Comparison {
    static COMPARISON: OnceLock<Comparison> = OnceLock::new();
    COMPARISON.get_or_init(|| compare(&embedded(), &Config::default()))
}

fn sentences(id: &str) -> &'static [Sentence] {
    &seeds()
        .source(id)
        .unwrap_or_else(|| panic!("no source {id}"))
        .sentences
}

fn all_sentences() -> impl Iterator<Item = (&'static str, &'static Sentence)> {
    seeds()
        .sources
        .iter()
        .flat_map(|s| s.sentences.iter().map(move |x| (s.id.as_str(), x)))
}

#[test]
fn five_sources_named_by_file_stem() {
    let c = seeds();
    let ids: Vec<&str> = c.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, IDS);
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    assert!(c.sources.iter().all(|s| !s.sentences.is_empty()));
}

#[test]
fn metadata_is_what_the_sidecars_say() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for source in &seeds().sources {
        let json = std::fs::read_to_string(dir.join(format!("{}.meta.json", source.id)))
            .expect("every seed has a sidecar");
        assert_eq!(source.meta, parse_metadata(&json).unwrap(), "{}", source.id);
    }
    let meta = |id: &str| &seeds().source(id).unwrap().meta;
    let turkiye = meta(IDS[1]);
    assert_eq!(
        turkiye.title.as_deref(),
        Some("France, Britain and Ukraine sign declaration on post-ceasefire force deployment")
    );
    assert_eq!(turkiye.outlet.as_deref(), Some("Türkiye Today"));
    assert_eq!(turkiye.date.as_deref(), Some("2026-01-06"));
    for id in [IDS[0], IDS[4]] {
        let Metadata {
            title,
            outlet,
            date,
            ..
        } = meta(id);
        assert_eq!((title, outlet, date), (&None, &None, &None), "{id}");
    }
}

#[test]
fn sentences_come_from_their_raw_text() {
    common::assert_provenance(&embedded(), seeds());
}

#[test]
fn page_debris_is_gone() {
    for (id, s) in all_sentences() {
        for debris in ["http", "BigPhoto", "Related Items", "More From"] {
            assert!(!s.text.contains(debris), "{id}: {debris:?} in {:?}", s.text);
        }
    }
}

#[test]
fn headings_and_captions_are_tagged() {
    let has = |id: &str, kind: BlockKind| sentences(id).iter().any(|s| s.kind == kind);
    assert!(has(IDS[1], BlockKind::Heading));
    assert!(
        sentences(IDS[1])
            .iter()
            .any(|s| s.kind == BlockKind::Heading
                && s.text == "US commits to lead ceasefire monitoring mechanism")
    );
    assert!(has(IDS[1], BlockKind::Caption));
    assert!(has(IDS[2], BlockKind::Caption));
}

#[test]
fn a_missing_space_after_a_full_stop_still_ends_the_sentence() {
    let texts: Vec<&str> = sentences(IDS[3]).iter().map(|s| s.text.as_str()).collect();
    let at = texts
        .iter()
        .position(|t| t.ends_with("under US leadership."))
        .unwrap_or_else(|| panic!("no sentence ends at 'leadership.': {texts:#?}"));
    assert!(
        texts[at + 1].starts_with("A joint statement said"),
        "{:?}",
        texts[at + 1]
    );
}

#[test]
fn initials_and_abbreviated_dates_do_not_end_sentences() {
    let holding = |needle: &str| {
        all_sentences()
            .filter(|(_, s)| s.text.contains(needle))
            .count()
    };
    assert!(holding("Alexus G. Grynkewich") >= 1);
    assert!(holding("Jan. 6") >= 1);
    for (id, s) in all_sentences() {
        for cut in [" G.", " Gen.", " Jan."] {
            assert!(
                !s.text.ends_with(cut),
                "{id}: split after {cut:?}: {:?}",
                s.text
            );
        }
    }
}

#[test]
fn the_cross_references_hold_together() {
    let c = seeds();
    assert!(!c.links.is_empty() && !c.facts.is_empty());
    common::assert_well_formed(c);
}

#[test]
fn links_only_join_different_sources() {
    for link in &seeds().links {
        assert_ne!(link.a.source(), link.b.source(), "{link:?}");
        assert!(link.a < link.b, "link ends are ordered: {link:?}");
    }
}

#[test]
fn divergences_and_diverging_links_are_the_same_set() {
    let c = seeds();
    let diverging = c
        .links
        .iter()
        .filter(|l| l.relation == Relation::Diverge)
        .count();
    assert_eq!(diverging, c.divergences.len());
    assert!(diverging > 0, "the seeds disagree about something");
}

#[test]
fn the_comparison_is_deterministic() {
    let again = compare(&embedded(), &Config::default());
    assert_eq!(&again, seeds());
}

#[test]
fn the_comparison_round_trips_through_json() {
    let json = serde_json::to_string(seeds()).unwrap();
    let back: Comparison = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, seeds());
}

/// What the exact round trip above checks, with numbers allowed to move by
/// the last bit: everything else must come back as it was.
#[test]
fn the_json_keeps_everything_up_to_the_last_bit_of_a_float() {
    let json = serde_json::to_string(seeds()).unwrap();
    let back: Comparison = serde_json::from_str(&json).unwrap();
    let (before, after) = (
        serde_json::to_value(seeds()).unwrap(),
        serde_json::to_value(&back).unwrap(),
    );
    assert_nearly_equal(&before, &after, "$");
}

fn assert_nearly_equal(x: &Value, y: &Value, at: &str) {
    match (x, y) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            assert!(
                (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0),
                "{at}: {a} became {b}"
            );
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{at}: length");
            for (i, (p, q)) in a.iter().zip(b).enumerate() {
                assert_nearly_equal(p, q, &format!("{at}[{i}]"));
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            assert_eq!(
                a.keys().collect::<Vec<_>>(),
                b.keys().collect::<Vec<_>>(),
                "{at}"
            );
            for (k, p) in a {
                assert_nearly_equal(p, &b[k], &format!("{at}.{k}"));
            }
        }
        _ => assert_eq!(x, y, "{at}"),
    }
}

#[test]
fn fact_members_are_sorted_whatever_order_the_articles_come_in() {
    let mut reversed = embedded();
    reversed.reverse();
    let c = compare(&reversed, &Config::default());
    for fact in &c.facts {
        assert!(
            fact.members.windows(2).all(|w| w[0] < w[1]),
            "fact {}: {:?}",
            fact.id,
            fact.members
        );
    }
}
