//! Names of people, places and bodies: aliases from `data/aliases.txt`
//! resolved to one canonical name, and other capitalised runs kept as written.

use super::tokens::Token;
use crate::engine::lexicon::Lexicon;

/// A name found in a sentence: canonical form and the tokens it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub canonical: String,
    pub first: usize,
    pub last: usize,
    /// Whether it came from the alias list (a known entity).
    pub known: bool,
}

/// Finds names, longest alias first, then runs of capitalised words.
#[inline(never)]
pub fn find_names(tokens: &[Token], lex: &Lexicon) -> Vec<Name> {
    let mut names = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((n, canonical)) = match_alias(tokens, i, lex) {
            names.push(Name {
                canonical,
                first: i,
                last: i + n - 1,
                known: true,
            });
            i += n;
            continue;
        }
        if is_name_word(tokens, i) {
            let mut j = i;
            loop {
                if j + 1 < tokens.len()
                    && is_name_word(tokens, j + 1)
                    && match_alias(tokens, j + 1, lex).is_none()
                {
                    j += 1;
                    continue;
                }
                // "Coalition of the Willing": lower-case joiners between capitals.
                let joiners = tokens[j + 1..]
                    .iter()
                    .take(2)
                    .take_while(|t| matches!(t.lower(), "of" | "the" | "de" | "for") && !t.capital)
                    .count();
                if joiners > 0
                    && j + joiners + 1 < tokens.len()
                    && is_name_word(tokens, j + joiners + 1)
                {
                    j += joiners + 1;
                    continue;
                }
                break;
            }
            // "President Volodymyr" + "Zelenskyy": a title or first name
            // before a known name is part of it.
            let known_next = (j + 1 < tokens.len())
                .then(|| match_alias(tokens, j + 1, lex))
                .flatten();
            if let Some((n, canonical)) = known_next {
                names.push(Name {
                    canonical,
                    first: i,
                    last: j + n,
                    known: true,
                });
                i = j + n + 1;
                continue;
            }
            let words: Vec<&str> = tokens[i..=j].iter().map(|t| t.form()).collect();
            names.push(Name {
                canonical: words.join(" "),
                first: i,
                last: j,
                known: false,
            });
            i = j + 1;
            continue;
        }
        i += 1;
    }
    names
}

/// A capitalised word that is not a function word ("The", "But") or a number.
fn is_name_word(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    t.capital && !t.stop && !t.numeric && t.form().chars().count() > 1
}

/// The longest alias starting at token `i`, as (tokens covered, canonical name).
fn match_alias(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<(usize, String)> {
    // Most words start no alias: look only where one could start.
    let longest = tokens[i].alias_start.min(tokens.len() - i);
    if longest == 0 {
        return None;
    }
    // The run's forms joined as alias keys are; each shorter run is the key
    // cut at its last space (forms hold no spaces).
    let mut key = String::new();
    for t in &tokens[i..i + longest] {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(t.form());
    }
    for n in (1..=longest).rev() {
        if let Some(canonical) = lex.aliases.get(key.as_str()) {
            return Some((n, (*canonical).to_owned()));
        }
        key.truncate(key.rfind(' ').unwrap_or(0));
    }
    None
}

/// The key a person's name is known by on second mention: the last word of a
/// multi-word name ("Emmanuel Macron" -> "Macron").
pub fn short_key(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyse::tokens::{Vocabulary, tokenize};
    use crate::engine::lexicon::lexicon;

    fn names(text: &str) -> Vec<String> {
        let lex = lexicon();
        find_names(&tokenize(text, lex, &mut Vocabulary::default()), lex)
            .into_iter()
            .map(|n| n.canonical)
            .collect()
    }

    #[test]
    fn aliases_resolve_to_one_name() {
        assert_eq!(names("Türkiye and Turkey"), ["Turkey", "Turkey"]);
        assert_eq!(names("Kyiv or Kiev"), ["Kyiv", "Kyiv"]);
        assert_eq!(names("Zelensky met Zelenskyy"), ["Zelensky", "Zelensky"]);
        assert_eq!(
            names("US, U.S., United States and Washington"),
            ["United States"; 4]
        );
        assert_eq!(names("the UK, U.K. and Britain"), ["United Kingdom"; 3]);
        assert_eq!(names("the United States of America"), ["United States"]);
        assert_eq!(names("President Volodymyr Zelenskyy spoke"), ["Zelensky"]);
    }

    #[test]
    fn capitalised_runs_are_names() {
        assert_eq!(
            names("The Coalition of the Willing met Emmanuel Macron"),
            ["Coalition of the Willing", "Emmanuel Macron"]
        );
        assert_eq!(names("But us and them"), Vec::<String>::new());
        assert_eq!(short_key("Emmanuel Macron"), "Macron");
    }
}
