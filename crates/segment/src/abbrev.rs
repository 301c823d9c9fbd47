//! Word lists for tokenization and sentence splitting.
//!
//! These are language data, not rules for particular sentences: each list is
//! the closed class of forms that behave a certain way around a full stop.

/// Titles and name prefixes: the full stop never ends a sentence.
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
    "brig", "cpl", "pvt", "prof", "rev", "sen", "rep", "gov", "pres", "amb", "hon", "fr", "sr",
    "jr", "st", "mt", "ft", "supt", "insp", "det", "cdr", "gens", "reps", "sens", "atty",
];

/// Month abbreviations; before a number the full stop never ends a sentence.
pub const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Abbreviations that keep their full stop but may end a sentence.
pub const OTHER: &[&str] = &[
    "inc", "ltd", "co", "corp", "bros", "etc", "vs", "approx", "ave", "blvd", "rd", "dept", "univ",
    "est", "assn", "gov't", "intl", "no", "nos", "vol", "pp", "fig", "art", "ch", "cf", "al", "ca",
    "min", "max", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "jan", "mass", "calif",
    "fla", "wash", "tex", "ariz", "colo", "conn", "ill", "mich", "minn", "penn", "va", "wis",
    "tenn", "okla", "ore", "nev", "ky", "md", "mo", "ala", "ga", "la", "pa", "ny",
];

/// Abbreviations that only keep their full stop before a number (`No. 10`).
pub const BEFORE_NUMBER: &[&str] = &["no", "nos", "vol", "art", "fig", "pp", "ch"];

/// Country and organisation initials that news writes before the noun they
/// qualify ("U.S. President Trump", "U.N. officials"): after one of these,
/// a noun of [`NOUN_STARTERS`] continues the sentence.
pub const PROPER_INITIALS: &[&str] = &["u.s", "u.k", "u.n", "u.s.a", "e.u"];

/// The titles of [`SENTENCE_STARTERS`]: they open sentences ("President
/// Smith said …") but far more often follow the initials of
/// [`PROPER_INITIALS`] as their head ("U.S. President"). ("Officials",
/// "Police" stay sentence openers: "U.S. officials" is written lower case.)
pub const NOUN_STARTERS: &[&str] = &["president"];

/// Words that commonly open a sentence. After an abbreviation that could also
/// end a sentence (`U.S.`, `Inc.`), one of these starts a new sentence.
pub const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "since",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "last",
    "on",
    "many",
    "some",
    "most",
    "both",
    "all",
    "no",
    "not",
    "one",
    "two",
    "three",
    "what",
    "why",
    "how",
    "who",
    "where",
    "officials",
    "police",
    "president",
    "mr",
    "mrs",
    "ms",
    "dr",
    "according",
    "during",
    "although",
    "though",
    "then",
    "now",
    "still",
    "also",
    "other",
    "another",
    "such",
    "each",
    "every",
    "under",
    "despite",
    "by",
    "with",
    "from",
    "to",
    "over",
    "about",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "can",
    "could",
    "my",
    "your",
    "me",
    "us",
    "them",
    "here",
    "today",
    "yesterday",
    "thanks",
];

/// Prefixes after which a hyphen does not split the word (`co-operate`,
/// `e-mail`, `pro-Russian`), following the UD English EWT conventions.
pub const HYPHEN_PREFIXES: &[&str] = &[
    "e", "co", "pre", "post", "non", "re", "semi", "pro", "anti", "multi", "ex", "mid", "sub",
    "inter", "over", "under", "counter", "quasi", "vice", "self", "neo", "pseudo", "ultra", "mega",
    "micro", "macro", "bi", "tri", "un", "de", "mis", "out", "cross", "trans", "intra", "extra",
    "hyper", "super", "geo", "socio", "eco", "cyber", "x", "t", "u", "a", "b", "c", "g", "k", "o",
    "p",
];

pub fn contains(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}
