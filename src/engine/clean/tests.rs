use super::*;

fn texts(raw: &str) -> Vec<(BlockKind, String)> {
    clean(raw).into_iter().map(|b| (b.kind, b.text)).collect()
}

#[test]
fn navigation_urls_and_datelines_are_debris() {
    let raw = "Close\nnewsletters Newsletters\nX Instagram Youtube\n\nA headline here\n\nJanuary 06, 2026 09:55 PM GMT+03:00\nThe body says something.\nhttps://example.com/a/b\n";
    assert_eq!(
        texts(raw),
        vec![
            (BlockKind::Heading, "A headline here".to_owned()),
            (BlockKind::Body, "The body says something.".to_owned())
        ]
    );
}

#[test]
fn hard_wrapped_lines_rejoin_and_compounds_keep_their_hyphen() {
    let raw = "Allies agreed key guarantees for the country including a U.S.-\nled monitoring mechanism and a force that would be deployed after a\nceasefire in the war against its neighbour today.\n\nThe second paragraph has a line that goes on and on and\nthen stops here. And one more line follows it in this text.\n";
    let t = texts(raw);
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(t[0].1.contains("U.S.-led monitoring"), "{}", t[0].1);
    assert!(t[0].1.contains("after a ceasefire"));
}

#[test]
fn a_sentence_cut_by_removed_urls_is_joined() {
    let raw = "\"These are not just words. There is a joint declaration by all the coalition\n\nhttps://example.com/x\nhttps://example.com/x\n\n\ncountries and a trilateral one,\" he said.\n";
    let t = texts(raw);
    assert_eq!(t.len(), 1, "{t:?}");
    assert!(
        t[0].1
            .ends_with("coalition countries and a trilateral one,\" he said.")
    );
}

#[test]
fn captions_lose_credits_and_duplicates() {
    let raw = "Leaders react during a family photo in Paris, on Jan. 6, 2026. (AFP Photo)\nPhoto\nBigPhoto\nLeaders react during a family photo in Paris, on Jan. 6, 2026. (AFP Photo)\nThe meeting began on time.\n";
    let t = texts(raw);
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(
        t[0],
        (
            BlockKind::Caption,
            "Leaders react during a family photo in Paris, on Jan. 6, 2026.".to_owned()
        )
    );
}

#[test]
fn related_lists_and_signatures_go() {
    let raw = "The story ends here.\nNewsroom Team\n\n\nRelated Items\nSome other headline: Someone\nAt least 5 killed in another story\n";
    assert_eq!(
        texts(raw),
        vec![(BlockKind::Body, "The story ends here.".to_owned())]
    );
    let raw = "First part.\n\nRelated article: For Some Figures, a Stark Reminder of\nAnother Story\n\nSecond part.\n";
    assert_eq!(texts(raw).len(), 2);
}

#[test]
fn any_white_space_separates_words_and_collapses() {
    // No-break, em and ideographic spaces, a tab and a vertical tab are
    // white space like the ASCII space; runs of it become one space, and
    // a link between them goes with the space after it.
    let raw =
        "Talks\u{a0}resumed\u{2003}in  Paris\tand\u{b}https://x.example/a \u{3000}Rome today.\n";
    let t = texts(raw);
    assert_eq!(t[0].1, "Talks resumed in Paris and Rome today.");
    // Every byte still maps to the raw byte it came from.
    let block = &clean(raw)[0];
    let (start, end) = block.raw_range(0, block.text.len(), raw);
    assert!(raw[start..end].starts_with("Talks") && raw[start..end].ends_with("today."));
}

#[test]
fn missing_space_after_full_stop_is_repaired() {
    let t = texts(
        "Officials agreed under US leadership.A joint statement said so. Then Russia.Prospects dimmed.\n",
    );
    assert_eq!(
        t[0].1,
        "Officials agreed under US leadership. A joint statement said so. Then Russia. Prospects dimmed."
    );
    // Not inside abbreviations, domains or numbers.
    let t = texts("The U.S.A. team met at example.com at 3.5 percent.\n");
    assert_eq!(t[0].1, "The U.S.A. team met at example.com at 3.5 percent.");
}

#[test]
fn every_byte_maps_into_the_raw_text() {
    let raw = " Line one wraps here and\ngoes on.A second.\n\nhttps://x.y\n“Quoted” end.\n";
    for b in clean(raw) {
        assert_eq!(b.text.len(), b.map.len());
        let (s, e) = b.raw_range(0, b.text.len(), raw);
        assert!(raw.is_char_boundary(s) && raw.is_char_boundary(e) && s < e);
    }
}
