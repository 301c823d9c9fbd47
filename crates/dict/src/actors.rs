//! Actor dictionaries (`Phoenix.*.actors.txt`): phrases with dated codes.
//!
//! A record is a primary phrase line `PHRASE_ [CODE]`, optional synonym lines
//! `+PHRASE_`, and optional date-restriction lines (indented with a tab)
//! `[CODE <date]`, `[CODE >date]`, `[CODE date-date]` or `[CODE]`. A line
//! can hold several bracketed codes. An undated code is the default, used
//! when no restriction holds.
//!
//! Phrases match whole tokens, as in PETRARCH2: a trailing `_` (TABARI's
//! "the phrase ends here") changes nothing, and a phrase without it is not a
//! stem.
//!
//! Tolerated (skipped with a warning, as PETRARCH2 does not stop on them):
//! an invalid date (the restriction is dropped), a second default code, text
//! after the codes, a `+` line with no phrase. Blanks inside a restriction
//! (`[EGYGOV 120630- 140608]`) are ignored. Errors: a code line before any
//! phrase, an unclosed `[`, an empty `[]`.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::date::{parse_restriction, DateRestriction};
use crate::error::{DictError, DictWarning, Warnings};
use crate::index::PhraseIndex;
use crate::lines::{content_lines, phrase_tokens, split_brackets};

/// One parsed actor file.
#[derive(Debug, Clone)]
pub struct ActorDictionary {
    /// File name used in messages.
    pub name: String,
    pub entries: Vec<ActorEntry>,
    pub warnings: Vec<DictWarning>,
}

/// One actor record: phrases that share the same codes.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorEntry {
    /// File the record came from.
    pub file: Arc<str>,
    /// Line of the primary phrase (1-based).
    pub line: usize,
    /// The primary phrase first, then the `+` synonyms.
    pub phrases: Vec<ActorPhrase>,
    /// Code used when no date restriction holds (`None`: PETRARCH's null code).
    pub default_code: Option<String>,
    /// Date-restricted codes in file order; the first that holds wins.
    pub dated_codes: Vec<DatedCode>,
}

/// One phrase of an actor record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorPhrase {
    /// Upper-case tokens, see [`crate::phrase_tokens`].
    pub tokens: Vec<String>,
    /// The phrase as written (without `+` and codes).
    pub text: String,
    pub line: usize,
    /// `true` for a `+` synonym line.
    pub synonym: bool,
}

/// A code with a date restriction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    pub code: String,
    pub restriction: DateRestriction,
    pub line: usize,
}

/// Why a code was chosen for an actor record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeBasis {
    /// A date restriction holds on the given date.
    Restriction(DateRestriction),
    /// No restriction holds (or none exists): the default code.
    Default,
    /// No date was given and the record has no default code: the
    /// restriction that lasts longest (open-ended ones first) is used.
    LatestRestriction(DateRestriction),
}

/// A code chosen for an actor record on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolvedCode<'a> {
    pub code: &'a str,
    pub basis: CodeBasis,
    /// Line of the code in the dictionary file.
    pub line: usize,
}

impl ActorEntry {
    /// The code of this actor on `date`: the first date restriction that holds,
    /// else the default code. Without a date: the default code, else the
    /// restriction that lasts longest. `None` if the record has no code at all
    /// (or none applies and there is no default).
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<ResolvedCode<'_>> {
        if let Some(date) = date {
            if let Some(dated) = self
                .dated_codes
                .iter()
                .find(|d| d.restriction.contains(date))
            {
                return Some(ResolvedCode {
                    code: &dated.code,
                    basis: CodeBasis::Restriction(dated.restriction),
                    line: dated.line,
                });
            }
        }
        if let Some(code) = &self.default_code {
            return Some(ResolvedCode {
                code,
                basis: CodeBasis::Default,
                line: self.line,
            });
        }
        if date.is_some() {
            return None;
        }
        // Latest: open-ended first, then the latest end date; ties keep file order.
        let latest = self.dated_codes.iter().reduce(|best, d| {
            match (best.restriction.last_day(), d.restriction.last_day()) {
                (None, _) => best,
                (Some(_), None) => d,
                (Some(a), Some(b)) if b > a => d,
                _ => best,
            }
        })?;
        Some(ResolvedCode {
            code: &latest.code,
            basis: CodeBasis::LatestRestriction(latest.restriction),
            line: latest.line,
        })
    }
}

/// Parse an actor dictionary. `name` is used in errors and warnings.
pub fn parse_actors_str(name: &str, content: &str) -> Result<ActorDictionary, DictError> {
    let file: Arc<str> = name.into();
    let mut warnings = Warnings::default();
    let mut entries: Vec<ActorEntry> = Vec::new();
    for line in content_lines(name, content) {
        let line = line?;
        let number = line.number;
        let text = line.text.trim();
        let (head, groups, junk) =
            split_brackets(text).map_err(|reason| DictError::syntax(name, number, reason))?;
        if !junk.is_empty() {
            warnings.push(
                name,
                number,
                format!("text {junk:?} after the codes ignored"),
            );
        }
        let head = head.trim();
        let entry = if head.is_empty() {
            // A code line (normally tab-indented) of the current record.
            entries.last_mut().ok_or_else(|| {
                DictError::syntax(name, number, "code line before any actor phrase")
            })?
        } else {
            let (synonym, phrase_text) = match head.strip_prefix('+') {
                Some(rest) => (true, rest.trim()),
                None => (false, head),
            };
            let tokens = phrase_tokens(phrase_text);
            if synonym && entries.is_empty() {
                return Err(DictError::syntax(
                    name,
                    number,
                    "synonym line '+' before any actor phrase",
                ));
            }
            // PETRARCH: consecutive primary phrases before any code share
            // the record (Phoenix's "US_SECRETARY_OF_STATE_" /
            // "THE_US_SECRETARY_OF_STATE_" / "+…" / "[USAGOV]" block).
            let uncoded_open = entries
                .last()
                .is_some_and(|e| e.default_code.is_none() && e.dated_codes.is_empty());
            if !synonym && !uncoded_open {
                entries.push(ActorEntry {
                    file: file.clone(),
                    line: number,
                    phrases: Vec::new(),
                    default_code: None,
                    dated_codes: Vec::new(),
                });
            }
            let entry = entries.last_mut().expect("pushed or checked above");
            if tokens.is_empty() {
                warnings.push(name, number, "actor line without a phrase skipped");
            } else {
                entry.phrases.push(ActorPhrase {
                    tokens,
                    text: phrase_text.to_string(),
                    line: number,
                    synonym,
                });
            }
            entry
        };
        for group in groups {
            add_code(name, number, group, entry, &mut warnings)?;
        }
    }
    Ok(ActorDictionary {
        name: name.to_string(),
        entries,
        warnings: warnings.list,
    })
}

/// Phoenix codes the US Congress and its members `USAGOVLEG`, every other
/// parliament through the agent `LEG` (`GBRLEG`). dyad writes the
/// legislature as `LEG` everywhere, so that "Congress vs the White House"
/// is `USALEG`–`USAGOV` like "Parliament vs Downing Street".
fn normalise_code(code: &str) -> String {
    match code.find("GOVLEG") {
        Some(i) if i % 3 == 0 => format!("{}{}", &code[..i], &code[i + 3..]),
        _ => code.to_string(),
    }
}

/// Add the code of one `[...]` group to `entry`.
fn add_code(
    name: &str,
    number: usize,
    group: &str,
    entry: &mut ActorEntry,
    warnings: &mut Warnings,
) -> Result<(), DictError> {
    let mut parts = group.split_whitespace();
    let code = parts
        .next()
        .ok_or_else(|| DictError::syntax(name, number, "empty code []"))?;
    let code = normalise_code(code);
    let code = code.as_str();
    // The rest is the restriction; blanks inside it (`120630- 140608`) are
    // typing slips, so the parts are joined.
    let rest: String = parts.collect();
    let restriction = (!rest.is_empty()).then_some(rest.as_str());
    match restriction {
        None => {
            if let Some(existing) = &entry.default_code {
                warnings.push(
                    name,
                    number,
                    format!("second default code {code} ignored (keeps {existing})"),
                );
            } else {
                entry.default_code = Some(code.to_string());
            }
        }
        Some(restriction) => match parse_restriction(restriction) {
            Ok(restriction) => entry.dated_codes.push(DatedCode {
                code: code.to_string(),
                restriction,
                line: number,
            }),
            Err(reason) => warnings.push(
                name,
                number,
                format!("restriction of {code} dropped: {reason}"),
            ),
        },
    }
    Ok(())
}

/// All actor phrases of a set of actor files, indexed for longest match.
#[derive(Debug, Clone, Default)]
pub struct ActorIndex {
    entries: Vec<ActorEntry>,
    /// `(entry, phrase)` for each inserted phrase, addressed by the index target.
    phrase_refs: Vec<(u32, u32)>,
    index: PhraseIndex,
    synonyms: usize,
}

/// An actor phrase found in a token sequence.
#[derive(Debug, Clone, Copy)]
pub struct ActorMatch<'a> {
    /// First token of the match.
    pub start: usize,
    /// Number of tokens matched.
    pub len: usize,
    /// The record and the phrase that matched.
    pub entry: &'a ActorEntry,
    pub phrase: &'a ActorPhrase,
    /// The code on the requested date and why; `None` = null code.
    pub code: Option<ResolvedCode<'a>>,
}

impl ActorIndex {
    /// Index the records of `dictionaries`, in order. A phrase defined again
    /// later (in the same or a later file) replaces the earlier definition, as
    /// in PETRARCH2.
    pub fn build(dictionaries: impl IntoIterator<Item = ActorDictionary>) -> Self {
        let mut out = ActorIndex::default();
        for dict in dictionaries {
            for entry in dict.entries {
                let entry_id = out.entries.len() as u32;
                for (phrase_id, phrase) in entry.phrases.iter().enumerate() {
                    out.synonyms += usize::from(phrase.synonym);
                    let target = out.phrase_refs.len() as u32;
                    out.phrase_refs.push((entry_id, phrase_id as u32));
                    out.index.insert(&phrase.tokens, target);
                    // "KIM_JONG-UN": the segmenter splits a hyphen between
                    // letters off as a token of its own ("Jong - un"), so
                    // the phrase is also indexed that way.
                    if let Some(split) = crate::lines::hyphens_split(&phrase.tokens) {
                        out.index.insert(&split, target);
                    }
                }
                out.entries.push(entry);
            }
        }
        out.index.finish();
        out
    }

    /// The longest actor phrase starting at `upper_tokens[start]`, with its
    /// code resolved for `date`. Tokens must be upper case and split the way
    /// [`crate::phrase_tokens`] splits (possessive `'S` separate).
    pub fn longest_match<S: AsRef<str>>(
        &self,
        upper_tokens: &[S],
        start: usize,
        date: Option<NaiveDate>,
    ) -> Option<ActorMatch<'_>> {
        let (len, target) = self.index.longest_match(upper_tokens, start)?;
        let (entry_id, phrase_id) = self.phrase_refs[target as usize];
        let entry = &self.entries[entry_id as usize];
        Some(ActorMatch {
            start,
            len,
            entry,
            phrase: &entry.phrases[phrase_id as usize],
            code: entry.code_on(date),
        })
    }

    /// All records, in load order.
    pub fn entries(&self) -> &[ActorEntry] {
        &self.entries
    }

    /// Number of distinct indexed phrases.
    pub fn phrase_count(&self) -> usize {
        self.index.len()
    }

    /// Number of `+` synonym phrases read.
    pub fn synonym_count(&self) -> usize {
        self.synonyms
    }

    /// Number of date-restricted codes.
    pub fn dated_code_count(&self) -> usize {
        self.entries.iter().map(|e| e.dated_codes.len()).sum()
    }

    /// Phrases replaced by a later definition of the same phrase.
    pub fn redefined_phrase_count(&self) -> usize {
        self.index.replaced()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const UKRAINE: &str = "UKRAINE_\n+KYIV_ \n\t[USRUKR <910824]\n\t[UKRUNR 910824-911221]\n\t[UKR >911221]\nLEONID_KRAVCHUK_  # CountryInfo.txt\n\t[UKRELI 520101-911205]\n\t[UKRGOV 911205-940719]\n\t[UKRELI]\n";

    #[test]
    fn dated_codes_resolve_by_date() {
        let dict = parse_actors_str("t.actors", UKRAINE).unwrap();
        assert!(dict.warnings.is_empty(), "{:?}", dict.warnings);
        let index = ActorIndex::build([dict]);
        let kyiv = ["KYIV"];
        let code = |date| {
            index
                .longest_match(&kyiv, 0, date)
                .unwrap()
                .code
                .unwrap()
                .code
        };
        assert_eq!(code(Some(d(1990, 1, 1))), "USRUKR");
        assert_eq!(code(Some(d(1991, 8, 24))), "USRUKR");
        assert_eq!(code(Some(d(1991, 10, 1))), "UKRUNR");
        assert_eq!(code(Some(d(2018, 6, 20))), "UKR");
        assert_eq!(code(None), "UKR");
        let kravchuk = ["LEONID", "KRAVCHUK"];
        let m = index
            .longest_match(&kravchuk, 0, Some(d(1993, 1, 1)))
            .unwrap();
        assert_eq!(m.len, 2);
        assert_eq!(m.code.unwrap().code, "UKRGOV");
        assert_eq!(m.code.unwrap().line, 8);
        let later = index
            .longest_match(&kravchuk, 0, Some(d(2000, 1, 1)))
            .unwrap();
        assert_eq!(later.code.unwrap().code, "UKRELI");
        assert_eq!(later.code.unwrap().basis, CodeBasis::Default);
    }

    #[test]
    fn primary_line_may_hold_several_codes_and_bad_dates_warn() {
        let text = "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]\nX_ [A 2004017-20061201]\n";
        let dict = parse_actors_str("t.actors", text).unwrap();
        assert_eq!(dict.entries[0].default_code.as_deref(), Some("ELI"));
        assert_eq!(dict.entries[0].dated_codes.len(), 1);
        assert_eq!(dict.warnings.len(), 1);
        assert_eq!(dict.warnings[0].line, 2);
    }

    #[test]
    fn primary_phrases_before_the_first_code_share_the_record() {
        let text = "US_SECRETARY_OF_STATE_\nTHE_US_SECRETARY_OF_STATE_\n+SECRETARY_OF_STATE_\n\t[USAGOV]\nDEAN_ACHESON_ [USAELI]\n";
        let dict = parse_actors_str("t.actors", text).unwrap();
        assert_eq!(dict.entries.len(), 2);
        assert_eq!(dict.entries[0].phrases.len(), 3);
        assert_eq!(dict.entries[0].default_code.as_deref(), Some("USAGOV"));
        assert_eq!(dict.entries[1].default_code.as_deref(), Some("USAELI"));
    }

    #[test]
    fn government_legislature_is_written_as_legislature() {
        let d = parse_actors_str(
            "a",
            "US_CONGRESS_ [USAGOVLEG]\nSENATOR_X_ [USAGOVLEG 20010101-20090101]\nODD_ [AGOVLEG]\n",
        )
        .unwrap();
        assert_eq!(d.entries[0].default_code.as_deref(), Some("USALEG"));
        assert_eq!(d.entries[1].dated_codes[0].code, "USALEG");
        // Only at a code boundary.
        assert_eq!(d.entries[2].default_code.as_deref(), Some("AGOVLEG"));
    }

    #[test]
    fn malformed_lines_are_errors_with_line_numbers() {
        let err = parse_actors_str("bad.actors", "# c\n\t[ABC]\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad.actors:2: code line before any actor phrase"
        );
        let err = parse_actors_str("bad.actors", "A_ [ABC\n").unwrap_err();
        assert!(err
            .to_string()
            .starts_with("bad.actors:1: '[' without closing"));
        let err = parse_actors_str("bad.actors", "A\nB [ ]\n").unwrap_err();
        assert_eq!(err.to_string(), "bad.actors:2: empty code []");
        let err = parse_actors_str("bad.actors", "+A\n").unwrap_err();
        assert!(err.to_string().starts_with("bad.actors:1: synonym"));
    }
}
