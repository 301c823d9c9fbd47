//! Agent dictionaries (`Phoenix.agents.txt`): roles such as `PRESIDENT [~GOV]`.
//!
//! A line is `PHRASE {optional plural} [~CODE]` (code appended to the actor
//! code) or `[CODE~]` (prepended). Without `{...}` the regular plural is
//! generated; `{}` means no plural. `!NAME! = A, B, C` defines a substitution
//! set; `CONGRESS!PERSON! [~LEG]` then expands to one entry per member, with
//! no plurals.
//!
//! Tolerated with a warning, as in PETRARCH2: a line without a code, an
//! undefined or malformed substitution marker, a `{` without `}`, a code
//! closed by `}` instead of `]`, a code without `~`.

use std::collections::HashMap;
use std::sync::Arc;

use crate::error::{DictError, DictWarning, Warnings};
use crate::index::PhraseIndex;
use crate::lines::{content_lines, phrase_tokens, regular_plural};

/// Where an agent code goes relative to the actor code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgentPlacement {
    /// `~GOV`: appended after the actor code (`SYR` → `SYRGOV`).
    Suffix,
    /// `NGO~`: put before the actor code (`USA` → `NGOUSA`).
    Prefix,
}

/// An agent code such as `~GOV` or `NGO~`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AgentCode {
    /// The code without `~`, e.g. `GOV`.
    pub code: String,
    pub placement: AgentPlacement,
}

impl AgentCode {
    /// Parse `~GOV` or `NGO~`.
    pub fn parse(text: &str) -> Option<AgentCode> {
        let text = text.trim();
        let (code, placement) = if let Some(code) = text.strip_prefix('~') {
            (code, AgentPlacement::Suffix)
        } else if let Some(code) = text.strip_suffix('~') {
            (code, AgentPlacement::Prefix)
        } else {
            return None;
        };
        if code.is_empty() || code.contains(|c: char| c.is_whitespace() || c == '~') {
            return None;
        }
        Some(AgentCode {
            code: code.to_string(),
            placement,
        })
    }

    /// The code as written in the dictionary (`~GOV`, `NGO~`).
    pub fn as_written(&self) -> String {
        match self.placement {
            AgentPlacement::Suffix => format!("~{}", self.code),
            AgentPlacement::Prefix => format!("{}~", self.code),
        }
    }

    /// Combine with an actor code: `SYR` + `~GOV` → `SYRGOV`, `USA` + `NGO~` →
    /// `NGOUSA`. A suffix the actor code already ends with is not repeated.
    pub fn apply_to(&self, actor_code: &str) -> String {
        match self.placement {
            AgentPlacement::Suffix if actor_code.ends_with(&self.code) && actor_code.len() > 3 => {
                actor_code.to_string()
            }
            AgentPlacement::Suffix => format!("{actor_code}{}", self.code),
            AgentPlacement::Prefix => format!("{}{actor_code}", self.code),
        }
    }
}

impl std::fmt::Display for AgentCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.as_written())
    }
}

/// How an agent phrase was produced from its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentForm {
    Singular,
    /// Generated regular plural or the `{...}` plural.
    Plural,
    /// One member of a `!MARKER!` substitution set.
    Substituted,
}

/// One agent phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    pub file: Arc<str>,
    pub line: usize,
    /// Upper-case tokens, see [`crate::phrase_tokens`].
    pub tokens: Vec<String>,
    pub code: AgentCode,
    pub form: AgentForm,
}

/// One parsed agent file.
#[derive(Debug, Clone)]
pub struct AgentDictionary {
    pub name: String,
    pub entries: Vec<AgentEntry>,
    /// Number of dictionary lines that produced entries.
    pub source_lines: usize,
    pub warnings: Vec<DictWarning>,
}

/// Parse an agent dictionary. `name` is used in errors and warnings.
pub fn parse_agents_str(name: &str, content: &str) -> Result<AgentDictionary, DictError> {
    let file: Arc<str> = name.into();
    let mut warnings = Warnings::default();
    let mut substitutions: HashMap<String, Vec<String>> = HashMap::new();
    let mut entries = Vec::new();
    let mut source_lines = 0;
    for line in content_lines(name, content) {
        let line = line?;
        let number = line.number;
        let text = line.text.trim();
        if text.contains('!') && text.contains('=') {
            define_substitution(name, number, text, &mut substitutions)?;
            continue;
        }
        let Some(open) = text.find('[') else {
            warnings.push(name, number, "agent line without a [code] skipped");
            continue;
        };
        let phrase_part = text[..open].trim();
        let after = &text[open + 1..];
        let code_text = match after.find(']') {
            Some(close) => &after[..close],
            None => match after.find('}') {
                Some(close) => {
                    warnings.push(name, number, "agent code closed by '}' instead of ']'");
                    &after[..close]
                }
                None => {
                    return Err(DictError::syntax(
                        name,
                        number,
                        format!("'[' without closing ']' in {text:?}"),
                    ))
                }
            },
        };
        let Some(code) = AgentCode::parse(code_text) else {
            warnings.push(
                name,
                number,
                format!("agent code {code_text:?} has no leading or trailing '~'; line skipped"),
            );
            continue;
        };
        let mut push = |tokens: Vec<String>, form| {
            if !tokens.is_empty() {
                entries.push(AgentEntry {
                    file: file.clone(),
                    line: number,
                    tokens,
                    code: code.clone(),
                    form,
                });
            }
        };
        if phrase_part.is_empty() {
            warnings.push(name, number, "agent line without a phrase skipped");
            continue;
        }
        source_lines += 1;
        if let Some(start) = phrase_part.find('!') {
            let rest = &phrase_part[start + 1..];
            let Some(end) = rest.find('!') else {
                warnings.push(
                    name,
                    number,
                    "substitution marker without closing '!'; line skipped",
                );
                continue;
            };
            let marker = &rest[..end];
            let Some(members) = substitutions.get(marker) else {
                warnings.push(
                    name,
                    number,
                    format!("substitution marker !{marker}! not defined; line skipped"),
                );
                continue;
            };
            for member in members {
                let phrase = format!("{}{}{}", &phrase_part[..start], member, &rest[end + 1..]);
                push(phrase_tokens(&phrase), AgentForm::Substituted);
            }
        } else if let Some(brace) = phrase_part.find('{') {
            let Some(close) = phrase_part[brace..].find('}') else {
                warnings.push(name, number, "'{' without '}'; line skipped");
                continue;
            };
            push(phrase_tokens(&phrase_part[..brace]), AgentForm::Singular);
            let plural = &phrase_part[brace + 1..brace + close];
            push(phrase_tokens(plural), AgentForm::Plural);
        } else if let Some(stem) = truncated_stem(phrase_part) {
            // "DEFENCE_MINIST": Phoenix writes the office and the ministry
            // as one TABARI stem; the index matches whole words, so the
            // stem stands for the words news writes.
            for (ending, form) in STEM_ENDINGS.iter().zip(STEM_FORMS) {
                let mut tokens = phrase_tokens(stem);
                if let Some(last) = tokens.last_mut() {
                    last.push_str(ending);
                }
                push(tokens, form);
            }
        } else {
            let singular = phrase_tokens(phrase_part);
            let mut plural = singular.clone();
            if let Some(last) = plural.last_mut() {
                *last = regular_plural(last);
            }
            push(singular, AgentForm::Singular);
            push(plural, AgentForm::Plural);
        }
    }
    Ok(AgentDictionary {
        name: name.to_string(),
        entries,
        source_lines,
        warnings: warnings.list,
    })
}

/// The TABARI stem Phoenix's agents end in (`FINANCE_MINIST`, 29 lines):
/// the phrase without its last word's missing ending, when it has one.
fn truncated_stem(phrase: &str) -> Option<&str> {
    let stem = phrase.strip_suffix("MINIST")?;
    (stem.is_empty() || stem.ends_with('_') || stem.ends_with(' ')).then_some(phrase)
}

/// The words a `…MINIST` stem stands for, and how each was produced.
const STEM_ENDINGS: [&str; 4] = ["ER", "RY", "ERS", "RIES"];
const STEM_FORMS: [AgentForm; 4] = [
    AgentForm::Singular,
    AgentForm::Singular,
    AgentForm::Plural,
    AgentForm::Plural,
];

fn define_substitution(
    name: &str,
    number: usize,
    text: &str,
    substitutions: &mut HashMap<String, Vec<String>>,
) -> Result<(), DictError> {
    let malformed = || {
        DictError::syntax(
            name,
            number,
            format!("substitution set {text:?} is not of the form !NAME! = A, B, ..."),
        )
    };
    let rest = text.strip_prefix('!').ok_or_else(malformed)?;
    let (marker, rest) = rest.split_once('!').ok_or_else(malformed)?;
    let members = rest.trim_start().strip_prefix('=').ok_or_else(malformed)?;
    let members: Vec<String> = members
        .split(',')
        .map(|m| m.trim().to_uppercase())
        .filter(|m| !m.is_empty())
        .collect();
    if marker.is_empty() || members.is_empty() {
        return Err(malformed());
    }
    substitutions.insert(marker.to_string(), members);
    Ok(())
}

/// All agent phrases of a set of agent files, indexed for longest match.
#[derive(Debug, Clone, Default)]
pub struct AgentIndex {
    entries: Vec<AgentEntry>,
    index: PhraseIndex,
    source_lines: usize,
}

/// An agent phrase found in a token sequence.
#[derive(Debug, Clone, Copy)]
pub struct AgentMatch<'a> {
    pub start: usize,
    pub len: usize,
    pub entry: &'a AgentEntry,
    /// Same as `entry.code`.
    pub code: &'a AgentCode,
}

impl AgentIndex {
    /// Index the entries of `dictionaries` in order (a later definition of the
    /// same phrase wins).
    pub fn build(dictionaries: impl IntoIterator<Item = AgentDictionary>) -> Self {
        let mut out = AgentIndex::default();
        out.extend(dictionaries);
        out
    }

    /// Index the entries of further `dictionaries` after the ones already
    /// indexed, so that a phrase they define again replaces the earlier
    /// definition (dyad's `dyad.additions.agents.txt` after Phoenix's).
    pub fn extend(&mut self, dictionaries: impl IntoIterator<Item = AgentDictionary>) {
        for dict in dictionaries {
            self.source_lines += dict.source_lines;
            for entry in dict.entries {
                // Also indexed as the segmenter splits hyphens
                // ("VICE - PRESIDENT"): see `PhraseIndex::insert`.
                self.index.insert(&entry.tokens, self.entries.len() as u32);
                self.entries.push(entry);
            }
        }
        self.index.finish();
    }

    /// The longest agent phrase starting at `upper_tokens[start]`.
    pub fn longest_match<S: AsRef<str>>(
        &self,
        upper_tokens: &[S],
        start: usize,
    ) -> Option<AgentMatch<'_>> {
        let (len, target) = self.index.longest_match(upper_tokens, start)?;
        let entry = &self.entries[target as usize];
        Some(AgentMatch {
            start,
            len,
            entry,
            code: &entry.code,
        })
    }

    /// All agent phrases (singulars, plurals, substitutions) in load order.
    pub fn entries(&self) -> &[AgentEntry] {
        &self.entries
    }

    /// Number of distinct indexed phrases.
    pub fn phrase_count(&self) -> usize {
        self.index.len()
    }

    /// Number of dictionary lines that defined agents.
    pub fn source_line_count(&self) -> usize {
        self.source_lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_substitutions_and_codes() {
        let text = "!PERSON! = MAN, MEN\nPOLICY {} [~GOV]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nAMBASSADOR [~GOV]\nCONGRESS!PERSON! [~LEG]\nHUMAN_RIGHTS_BODY  [NGO~]\nDEPARMENT_OF_ENVIRONMENT [~ENV}\nISLAMIC_EXTREMIST\n";
        let dict = parse_agents_str("t.agents", text).unwrap();
        let phrases: Vec<String> = dict.entries.iter().map(|e| e.tokens.join(" ")).collect();
        assert_eq!(
            phrases,
            vec![
                "POLICY",
                "ATTORNEY GENERAL",
                "ATTORNEYS GENERAL",
                "AMBASSADOR",
                "AMBASSADORS",
                "CONGRESSMAN",
                "CONGRESSMEN",
                "HUMAN RIGHTS BODY",
                "HUMAN RIGHTS BODIES",
                "DEPARMENT OF ENVIRONMENT",
                "DEPARMENT OF ENVIRONMENTS"
            ]
        );
        assert_eq!(dict.warnings.len(), 2);
        assert_eq!(dict.warnings[1].line, 8);
        let index = AgentIndex::build([dict]);
        let m = index
            .longest_match(&["HUMAN", "RIGHTS", "BODIES"], 0)
            .unwrap();
        assert_eq!(m.len, 3);
        assert_eq!(m.code.apply_to("USA"), "NGOUSA");
        let m = index.longest_match(&["AMBASSADORS"], 0).unwrap();
        assert_eq!(m.code.apply_to("SYR"), "SYRGOV");
        assert_eq!(m.code.as_written(), "~GOV");
    }

    #[test]
    fn minist_stems_name_the_minister_and_the_ministry() {
        let dict =
            parse_agents_str("t.agents", "DEFENCE_MINIST [~GOVMIL]\nMINISTRY_ [~GOV]\n").unwrap();
        let index = AgentIndex::build([dict]);
        for phrase in [
            &["DEFENCE", "MINISTER"][..],
            &["DEFENCE", "MINISTRY"],
            &["DEFENCE", "MINISTERS"],
        ] {
            let m = index.longest_match(phrase, 0).unwrap();
            assert_eq!(m.len, 2, "{phrase:?}");
            assert_eq!(m.code.apply_to("TUR"), "TURGOVMIL");
        }
        assert!(index.longest_match(&["DEFENCE", "MINIST"], 0).is_none());
        assert_eq!(index.longest_match(&["MINISTRY"], 0).unwrap().len, 1);
    }

    #[test]
    fn a_later_agent_file_adds_phrases_and_redefines_earlier_ones() {
        let upstream = parse_agents_str("up.agents", "AUTHORITY [~GOV]\nDEPUTY [~COP]\n").unwrap();
        let mut index = AgentIndex::build([upstream]);
        assert!(index.longest_match(&["OFFICIALS"], 0).is_none());
        let additions = parse_agents_str("add.agents", "OFFICIAL [~GOV]\nDEPUTY [~LEG]\n").unwrap();
        index.extend([additions]);
        let m = index.longest_match(&["OFFICIALS"], 0).unwrap();
        assert_eq!(
            (m.code.apply_to("IRN"), &*m.entry.file),
            ("IRNGOV".into(), "add.agents")
        );
        let m = index.longest_match(&["DEPUTIES"], 0).unwrap();
        assert_eq!(m.code.apply_to("UKR"), "UKRLEG");
        assert_eq!(
            index.longest_match(&["AUTHORITIES"], 0).unwrap().code.code,
            "GOV"
        );
        assert_eq!(index.source_line_count(), 4);
    }

    #[test]
    fn malformed_substitution_set_is_an_error() {
        let err = parse_agents_str("t.agents", "A [~GOV]\n!PERSON MAN = X\n").unwrap_err();
        assert!(err.to_string().starts_with("t.agents:2: substitution set"));
    }
}
