//! The plain alphabet: the characters of English news text (ASCII, Latin-1
//! letters, curly quotes, dashes, the no-break space and a few signs) with
//! their UAX #29 Word_Break and Sentence_Break values, so the rules can run
//! on them without the general Unicode tables. Any other character sends a
//! text back to `unicode-segmentation`.
//!
//! None of these characters is Extend, Format, ZWJ, Katakana, Hebrew_Letter,
//! Regional_Indicator, OLetter or Sep: the rules that need those never apply.

/// Word_Break values that occur among plain characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordBreak {
    Other,
    Cr,
    Lf,
    Newline,
    ALetter,
    Numeric,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    DoubleQuote,
    ExtendNumLet,
    WSegSpace,
}

/// Sentence_Break values that occur among plain characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceBreak {
    Other,
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
}

/// Both values of a plain character; `None` outside the plain alphabet.
/// (Values from the Unicode 17 data that `unicode-segmentation` 1.13 uses;
/// the tests in `super::tests` hold every character to the crate's answers.)
pub const fn classes(c: char) -> Option<(WordBreak, SentenceBreak)> {
    use SentenceBreak as S;
    use WordBreak as W;
    Some(match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => (W::ALetter, S::Upper),
        'a'..='z' | 'ß'..='ö' | 'ø'..='ÿ' => (W::ALetter, S::Lower),
        '0'..='9' => (W::Numeric, S::Numeric),
        ' ' => (W::WSegSpace, S::Sp),
        '\t' | '\u{a0}' => (W::Other, S::Sp),
        '\u{b}' | '\u{c}' => (W::Newline, S::Sp),
        '\n' => (W::Lf, S::Lf),
        '\r' => (W::Cr, S::Cr),
        '.' => (W::MidNumLet, S::ATerm),
        '!' | '?' => (W::Other, S::STerm),
        ',' | ';' => (W::MidNum, S::SContinue),
        ':' => (W::MidLetter, S::SContinue),
        '-' | '–' | '—' => (W::Other, S::SContinue),
        '\'' => (W::SingleQuote, S::Close),
        '"' => (W::DoubleQuote, S::Close),
        '‘' | '’' => (W::MidNumLet, S::Close),
        '(' | ')' | '[' | ']' | '{' | '}' | '“' | '”' => (W::Other, S::Close),
        '_' => (W::ExtendNumLet, S::Other),
        // (® and ™ are Extended_Pictographic, which only matters after a ZWJ.)
        '\0'..='\x7f' | '£' | '€' | '…' | '°' | '•' | '®' | '™' => (W::Other, S::Other),
        _ => return None,
    })
}

/// The classes of the 128 ASCII characters, looked up by byte.
const ASCII: [(WordBreak, SentenceBreak); 128] = {
    let mut table = [(WordBreak::Other, SentenceBreak::Other); 128];
    let mut byte = 0;
    while byte < 128 {
        if let Some(pair) = classes(byte as u8 as char) {
            table[byte] = pair;
        }
        byte += 1;
    }
    table
};

/// Whether every character of `text` is plain.
pub fn is_plain(text: &str) -> bool {
    text.is_ascii() || text.chars().all(|c| c.is_ascii() || classes(c).is_some())
}

/// The classes of the character at byte `at` of a plain text and its length
/// in bytes; `None` at the end (or off a character boundary, which callers
/// never ask for).
#[inline]
pub fn classes_at(text: &str, at: usize) -> Option<(WordBreak, SentenceBreak, usize)> {
    let byte = *text.as_bytes().get(at)?;
    if byte.is_ascii() {
        let (word, sentence) = ASCII[usize::from(byte)];
        return Some((word, sentence, 1));
    }
    let c = text.get(at..)?.chars().next()?;
    // Plain texts hold no other characters; `Other` only keeps this total.
    let (word, sentence) = classes(c).unwrap_or((WordBreak::Other, SentenceBreak::Other));
    Some((word, sentence, c.len_utf8()))
}

/// The Word_Break value and length of the character at byte `at`.
#[inline]
pub fn word_break_at(text: &str, at: usize) -> Option<(WordBreak, usize)> {
    classes_at(text, at).map(|(word, _, len)| (word, len))
}

/// The Sentence_Break value and length of the character at byte `at`.
#[inline]
pub fn sentence_break_at(text: &str, at: usize) -> Option<(SentenceBreak, usize)> {
    classes_at(text, at).map(|(_, sentence, len)| (sentence, len))
}
