//! Quotations and who said them. Quotation marks are paired over a whole
//! paragraph, so a quotation that spans sentences stays one quotation; its
//! speaker comes from the attribution after it ("," he said) or before it
//! (Kushner added: "...), and "he"/"she" resolve to the last person named.

use crate::engine::boundaries::words;

/// Verbs that attribute speech in news copy.
const SPEECH_VERBS: [&str; 24] = [
    "said",
    "says",
    "say",
    "added",
    "adds",
    "told",
    "tells",
    "wrote",
    "writes",
    "stated",
    "stressed",
    "warned",
    "noted",
    "insisted",
    "announced",
    "declared",
    "explained",
    "argued",
    "described",
    "called",
    "urged",
    "emphasized",
    "emphasised",
    "recalled",
];

/// Pronouns that stand for a speaker named earlier.
const PRONOUNS: [&str; 6] = ["he", "she", "they", "it", "we", "i"];

/// Words that start a role as a speaker ("the German chancellor").
const DETERMINERS: [&str; 8] = ["the", "a", "an", "her", "his", "its", "their", "our"];

/// Adverbs and auxiliaries between a subject and its verb ("he also said").
const BETWEEN_SUBJECT_AND_VERB: [&str; 6] = ["also", "then", "later", "has", "had", "was"];

/// A quotation in a paragraph: the quoted text's byte range (marks excluded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    pub start: usize,
    pub end: usize,
    /// Speaker as written ("Macron", "the German chancellor", "he").
    pub speaker: Option<String>,
}

/// Pairs quotation marks in a paragraph. `“` opens, `”` closes, a straight `"`
/// opens or closes by turn; a closing mark with nothing open is a stray.
#[inline(never)]
pub fn quote_spans(text: &str) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) | ('"', None) => open = Some(i + c.len_utf8()),
            ('”' | '"', Some(start)) => {
                if i > start {
                    spans.push(QuoteSpan {
                        start,
                        end: i,
                        speaker: None,
                    });
                }
                open = None;
            }
            _ => {}
        }
    }
    // A quotation left open runs to the end of the paragraph.
    if let Some(start) = open.filter(|&s| text[s..].trim().len() > 1) {
        spans.push(QuoteSpan {
            start,
            end: text.len(),
            speaker: None,
        });
    }
    for i in 0..spans.len() {
        spans[i].speaker = speaker_of(text, &spans, i);
    }
    spans
}

fn is_verb(word: &str) -> bool {
    is_one_of(word, &SPEECH_VERBS)
}

/// Whether `word`, case aside, is one of `list` (ASCII lower-case words):
/// compared in place rather than lower-cased into a new string. The same
/// answer as lower-casing, as no non-ASCII letter lower-cases to ASCII but
/// the Kelvin sign (to "k", in no list here; see the tests).
fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The speaker named around quotation `i`: after it, else before it in the
/// same sentence, else the speaker of the quotation just before it when the
/// two are joined only by attribution.
#[inline(never)]
fn speaker_of(text: &str, spans: &[QuoteSpan], i: usize) -> Option<String> {
    let span = &spans[i];
    let after_end = spans
        .get(i + 1)
        .map_or(text.len(), |n| mark_before(text, n.start));
    let after = &text[(span.end + close_len(text, span.end)).min(after_end)..after_end];
    let after = after.split(['.', ';', '?', '!']).next().unwrap_or("");
    if let Some(s) = speaker_after(after) {
        return Some(s);
    }
    let before_start = if i == 0 { 0 } else { spans[i - 1].end };
    let before = &text[before_start..mark_before(text, span.start).max(before_start)];
    let clause = before.rsplit(['.', '?', '!']).next().unwrap_or(before);
    speaker_before(clause)
}

/// Where the opening mark of a quotation starting at `at` begins.
fn mark_before(text: &str, at: usize) -> usize {
    text[..at].char_indices().next_back().map_or(0, |(i, _)| i)
}

fn close_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(0, char::len_utf8)
}

/// `, he said` / `, Macron added` / `, said Witkoff` / `, the German chancellor said`.
fn speaker_after(after: &str) -> Option<String> {
    // The verb is among the first seven words: only those are split off
    // before it is found, the rest only for a name after it.
    let mut rest = words(after);
    let words: Vec<&str> = rest.by_ref().take(7).collect();
    let verb_at = words.iter().position(|w| is_verb(w))?;
    if verb_at == 0 {
        // "said Witkoff", "added Witkoff"
        let name: Vec<&str> = words[1..]
            .iter()
            .copied()
            .chain(rest)
            .take_while(|w| starts_upper(w))
            .collect();
        return (!name.is_empty()).then(|| name.join(" "));
    }
    let subject = &words[..verb_at];
    if subject.len() <= 5 && is_subject(subject) {
        return Some(subject_phrase(subject));
    }
    // "from Russia, Macron said": the name just before the verb.
    let name: Vec<&str> = subject
        .iter()
        .rev()
        .take_while(|w| starts_upper(w))
        .copied()
        .collect();
    (!name.is_empty()).then(|| name.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// A speaker is a name, a pronoun or a role ("the German chancellor", "her
/// office"), not a stray word ("in") left between a quotation and its verb.
fn is_subject(words: &[&str]) -> bool {
    let first = words.first().copied().unwrap_or("");
    starts_upper(first) || is_pronoun(first) || is_one_of(first, &DETERMINERS)
}

/// `Kushner added: "` / `Witkoff said that "` / `which he described as the "`.
fn speaker_before(clause: &str) -> Option<String> {
    let words: Vec<&str> = words(clause).collect();
    let verb_at = words.iter().rposition(|w| is_verb(w))?;
    let mut start = verb_at;
    while start > 0 && verb_at - start < 4 {
        let w = words[start - 1];
        if starts_upper(w) || is_pronoun(w) {
            start -= 1;
        } else {
            break;
        }
    }
    if start == verb_at {
        return None;
    }
    Some(subject_phrase(&words[start..verb_at]))
}

fn subject_phrase(words: &[&str]) -> String {
    // Drop adverbs between subject and verb ("he also said").
    let kept: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !w.ends_with("ly") || starts_upper(w))
        .filter(|w| !is_one_of(w, &BETWEEN_SUBJECT_AND_VERB))
        .collect();
    kept.join(" ")
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

pub fn is_pronoun(w: &str) -> bool {
    is_one_of(w, &PRONOUNS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        quote_spans(text)
            .into_iter()
            .map(|q| (text[q.start..q.end].to_owned(), q.speaker))
            .collect()
    }

    #[test]
    fn quotations_pair_their_marks_and_find_speakers() {
        assert_eq!(
            quotes("\"We will continue,” Starmer said."),
            [("We will continue,".to_owned(), Some("Starmer".to_owned()))]
        );
        assert_eq!(
            quotes("Kushner added: \"This does not mean peace.\""),
            [(
                "This does not mean peace.".to_owned(),
                Some("Kushner".to_owned())
            )]
        );
        assert_eq!(
            quotes("“It is important,” the German chancellor said."),
            [(
                "It is important,".to_owned(),
                Some("the German chancellor".to_owned())
            )]
        );
        assert_eq!(
            quotes("Trump believes \"this carnage has to stop,\" added Witkoff."),
            [(
                "this carnage has to stop,".to_owned(),
                Some("Witkoff".to_owned())
            )]
        );
        let spanning = quotes("But he warned: \"We can get there. And so we must,\" he said.");
        assert_eq!(spanning.len(), 1);
        assert_eq!(spanning[0].0, "We can get there. And so we must,");
    }

    #[test]
    fn comparing_in_place_is_lower_casing() {
        // Only the Kelvin sign lower-cases from beyond ASCII into it...
        let into_ascii: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().all(|l| l.is_ascii()))
            .collect();
        assert_eq!(into_ascii, ['\u{212A}']);
        // ...and no listed word has a "k", so ignoring ASCII case is lower-casing.
        let lists = [
            &SPEECH_VERBS[..],
            &PRONOUNS,
            &DETERMINERS,
            &BETWEEN_SUBJECT_AND_VERB,
        ];
        for w in lists.concat() {
            assert!(!w.contains('k') && w == w.to_ascii_lowercase());
        }
        assert!(is_verb("SAID") && is_pronoun("She"));
    }

    #[test]
    fn a_stray_closing_mark_opens_nothing() {
        assert!(quotes("under American leadership”, while").is_empty());
    }
}
