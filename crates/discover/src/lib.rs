//! Unknown-actor discovery.
//!
//! News introduces people with their role: "Abkhazia's leader Raul
//! Khajimba", "Syria's ambassador to Russia Riad Haddad", "Riad Haddad,
//! the Syrian ambassador". When the name is not in the actor dictionaries
//! but the role is an agent (`LEADER` → `~GOV`, `AMBASSADOR` → `~GOV`) and its
//! affiliation is a known actor (`ABKHAZIA` → `ABH`), the name gets a
//! *provisional* code built the way the coder builds one for the role phrase
//! (`ABH` + `~GOV` = `ABHGOV`).
//!
//! [`discover`] finds such names in one parsed sentence; `dyad actors
//! unknown` aggregates them over a store and writes the accepted ones as a
//! user dictionary in the Phoenix actor format ([`phoenix_entry`]).

use chrono::NaiveDate;
use dyad_conllu::Sentence;
use dyad_dict::{Dictionaries, PhraseHit};

/// A name found with a role but missing from the dictionaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownActor {
    /// The name as written ("Raul Khajimba").
    pub name: String,
    /// First and last word of the name (0-based, inclusive).
    pub words: (usize, usize),
    /// The proposed code, e.g. `ABHGOV`; a role without a known affiliation
    /// gives `---GOV`, PETRARCH's code for an unknown country.
    pub proposed_code: String,
    /// The role words ("leader").
    pub role: String,
    /// The affiliation as written ("Abkhazia"), when found.
    pub affiliation: Option<String>,
}

struct Hit {
    start: usize,
    end: usize, // exclusive
    actor_code: Option<String>,
    agent: Option<dyad_dict::AgentCode>,
}

fn hits(dicts: &Dictionaries, upper: &[String], date: Option<NaiveDate>) -> Vec<Hit> {
    dicts
        .scan(upper, date)
        .into_iter()
        .map(|h| match h {
            PhraseHit::Actor(m) => Hit {
                start: m.start,
                end: m.start + m.len,
                actor_code: m.code.map(|c| c.code.to_string()),
                agent: None,
            },
            PhraseHit::Agent(m) => Hit {
                start: m.start,
                end: m.start + m.len,
                actor_code: None,
                agent: Some(m.code.clone()),
            },
        })
        .collect()
}

/// Find role-introduced names missing from the dictionaries in one parsed
/// sentence. `date` resolves date-restricted affiliation codes.
pub fn discover(
    sentence: &Sentence,
    dicts: &Dictionaries,
    date: Option<NaiveDate>,
) -> Vec<UnknownActor> {
    let words = &sentence.words;
    let upper: Vec<String> = words.iter().map(|w| w.form.to_uppercase()).collect();
    let hits = hits(dicts, &upper, date);
    let covered = |i: usize| hits.iter().any(|h| h.start <= i && i < h.end);
    let is_name_word = |i: usize| {
        let w = &words[i];
        w.upos == "PROPN"
            && w.form.chars().next().is_some_and(char::is_uppercase)
            && !dyad_dates::is_calendar_word(&w.form)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_name_word(i) || covered(i) {
            i += 1;
            continue;
        }
        let lo = i;
        let mut hi = i;
        // "Esi Quartey-Mensah": the hyphen the tokenizer splits off inside
        // a double-barrelled surname belongs to the name.
        let joins = |k: usize| {
            words[k].form == "-" && k + 1 < words.len() && is_name_word(k + 1) && !covered(k + 1)
        };
        while hi + 1 < words.len() && (is_name_word(hi + 1) && !covered(hi + 1) || joins(hi + 1)) {
            hi += 1;
        }
        i = hi + 1;
        // One-word names are too ambiguous to propose from a loose role
        // ("the army, Tuesday"), but not when a capitalised title stands
        // right before them ("Governor Pierluisi") or a verb of taking
        // office gives them the role ("Pierluisi was sworn in as governor",
        // "appointed Pierluisi as secretary of state").
        let found = if hi == lo {
            single_word_role(words, &upper, &hits, lo)
        } else {
            role_for(words, &upper, &hits, lo, hi)
        };
        if let Some(found) = found {
            out.push(found);
        }
    }
    out
}

/// Words between a name and the "as" of its role: "Zorbu Quanteel was
/// sworn in as …", "Quanteel, who was appointed as …", "will serve as",
/// "took office as", "took over as", "stepped in as".
const INTRODUCING_WORDS: [&str; 32] = [
    "WAS",
    "IS",
    "HAS",
    "HAD",
    "BEEN",
    "WHO",
    "WILL",
    "BE",
    "SWORN",
    "IN",
    "APPOINTED",
    "ELECTED",
    "RE-ELECTED",
    "RE",
    "-",
    "NAMED",
    "INSTALLED",
    "CONFIRMED",
    "CHOSEN",
    "SERVES",
    "SERVED",
    "SERVING",
    "TOOK",
    "TAKES",
    "OFFICE",
    "OVER",
    "STEPPED",
    "FORMALLY",
    "BECAME",
    "BECOMES",
    "NOMINATED",
    "INAUGURATED",
];

/// Verbs that give the role that follows them without an "as": "Quanteel
/// became president of Malawi", "Quanteel, who was elected president
/// last year", "was named interior minister", "was appointed foreign
/// minister". A copula alone does not ("was president of Malawi" may be
/// a former office).
const TAKING_ROLE: [&str; 11] = [
    "RE-ELECTED",
    "BECAME",
    "BECOMES",
    "ELECTED",
    "NAMED",
    "APPOINTED",
    "NOMINATED",
    "INSTALLED",
    "CONFIRMED",
    "CHOSEN",
    "INAUGURATED",
];

/// Verbs whose object a role right after it describes: "the president
/// appointed Quanteel foreign minister", "parliament elected Quanteel
/// speaker".
const APPOINTING: [&str; 7] = [
    "APPOINTED",
    "NAMED",
    "NOMINATED",
    "ELECTED",
    "INSTALLED",
    "CONFIRMED",
    "MADE",
];

/// Title words that stand for one office-holder ("the Chilean president,
/// Mateo Fuentes,"), not for a body ("the army, Mateo Fuentes said").
const PERSON_TITLES: [&str; 30] = [
    "MINISTER",
    "SECRETARY",
    "PRESIDENT",
    "PREMIER",
    "CHANCELLOR",
    "GOVERNOR",
    "MAYOR",
    "SENATOR",
    "LEADER",
    "KING",
    "QUEEN",
    "PRINCE",
    "EMIR",
    "SULTAN",
    "AMBASSADOR",
    "ENVOY",
    "SPEAKER",
    "CHAIRMAN",
    "CHAIRWOMAN",
    "COMMANDER",
    "GENERAL",
    "CHIEF",
    "JUDGE",
    "JUSTICE",
    "PROSECUTOR",
    "LAWMAKER",
    "CONGRESSMAN",
    "CONGRESSWOMAN",
    "MP",
    "HEAD",
];

/// Words between a title and what it is of: "Mali's interim president",
/// "the now-former governor", "then-Secretary".
fn is_title_modifier(t: &str) -> bool {
    matches!(
        t,
        "NEW" | "INTERIM" | "ACTING" | "FORMER" | "EX" | "NOW" | "THEN" | "-" | "OUTGOING"
    )
}

/// "Former President Quanteel", "the now-former governor Quanteel",
/// "ex-president": a former office-holder is one of the country's elites
/// (`ELI`, as the coder codes "former prime minister John Major"), not
/// the office's holder.
fn is_former(t: &str) -> bool {
    matches!(t, "FORMER" | "EX")
}

fn join(words: &[dyad_conllu::Word], lo: usize, hi: usize) -> String {
    words[lo..=hi]
        .iter()
        .map(|w| w.form.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The role of the name `lo..=hi`: an agent right before it ("leader Raul
/// Khajimba", "ambassador to Russia Riad Haddad") or in an apposition right
/// after it ("Riad Haddad, the Syrian ambassador"); the affiliation is the
/// actor right before the agent ("Abkhazia 's leader", "Syrian ambassador").
fn role_for(
    words: &[dyad_conllu::Word],
    upper: &[String],
    hits: &[Hit],
    lo: usize,
    hi: usize,
) -> Option<UnknownActor> {
    role_of_name(words, upper, hits, lo, hi, false)
}

/// The role of a one-word name: only a capitalised title right before it
/// ("Governor Pierluisi", "Senate President Schatz") or a verb of taking
/// office ("Pierluisi was sworn in as governor").
fn single_word_role(
    words: &[dyad_conllu::Word],
    upper: &[String],
    hits: &[Hit],
    lo: usize,
) -> Option<UnknownActor> {
    role_of_name(words, upper, hits, lo, lo, true)
}

/// The role of the name `lo..=hi` (see [`role_for`]); `single` keeps only
/// the constructions sure enough for a one-word name.
fn role_of_name(
    words: &[dyad_conllu::Word],
    upper: &[String],
    hits: &[Hit],
    lo: usize,
    hi: usize,
    single: bool,
) -> Option<UnknownActor> {
    let is_title = |h: &Hit| {
        upper[h.start..h.end]
            .iter()
            .any(|t| PERSON_TITLES.contains(&t.as_str()))
    };
    let next = |k: usize| upper.get(k).map(String::as_str);
    // Agent before the name, allowing a short "to/of/in X" phrase between,
    // or a comma when the agent is one person's title and the name is its
    // apposition ("Tonga's new prime minister, Siaosi Falevai, said"), not
    // the first of a list ("the president, Mateo Fuentes and …").
    let before = hits
        .iter()
        .filter(|h| h.agent.is_some() && h.end <= lo)
        .max_by_key(|h| h.end)
        .filter(|h| {
            let gap = &upper[h.end..lo];
            if single {
                // "Governor Pierluisi": a capitalised title right before.
                return gap.is_empty()
                    && is_title(h)
                    && words[h.start]
                        .form
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase);
            }
            // The agent phrase may itself end in the preposition ("AMBASSADOR TO").
            let is_prep = |t: &str| matches!(t, "TO" | "OF" | "IN" | "FOR" | "AT");
            // The name must close the apposition: "According to the
            // minister, Zorbu Quanteel was arrested" is another person.
            let apposed = gap.len() == 1
                && gap[0] == ","
                && is_title(h)
                && matches!(next(hi + 1), None | Some("," | "." | ")" | ";"));
            gap.is_empty()
                || apposed
                || (gap.len() <= 4 && (is_prep(&gap[0]) || is_prep(&upper[h.end - 1])))
        });
    // Agent in an apposition after the name: ", the Syrian ambassador".
    let after = || {
        if single {
            return None;
        }
        let mut k = hi + 1;
        if upper.get(k).map(String::as_str) != Some(",") {
            return None;
        }
        k += 1;
        while k < upper.len() && matches!(upper[k].as_str(), "THE" | "A" | "AN" | "FORMER" | "NEW")
        {
            k += 1;
        }
        // Skip an affiliation actor: ", the Syrian ambassador".
        if let Some(h) = hits.iter().find(|h| h.start == k && h.actor_code.is_some()) {
            k = h.end;
            if upper.get(k).map(String::as_str) == Some("'S") {
                k += 1;
            }
        }
        // ", Malawi's newly appointed defence minister", ", the recently
        // elected president".
        while k < upper.len()
            && (is_title_modifier(&upper[k])
                || matches!(upper[k].as_str(), "NEWLY" | "RECENTLY" | "JUST")
                || TAKING_ROLE.contains(&upper[k].as_str()))
        {
            k += 1;
        }
        hits.iter().find(|h| h.agent.is_some() && h.start == k)
    };
    // A role given with "as" after the name: "Pedro Pierluisi was sworn in
    // as Puerto Rico's governor", "appointed Zorbu Quanteel as ambassador",
    // "took office as president", "succeeded Anna Weiss as chancellor";
    // or right after a verb of taking a role: "became president of Malawi",
    // ", who was elected president", "appointed Quanteel foreign minister".
    let as_start = || {
        let mut k = hi + 1;
        // "Zorbu Quanteel, 54, was sworn in as …": the age.
        if next(k) == Some(",")
            && words.get(k + 1).is_some_and(|w| w.upos == "NUM")
            && next(k + 2) == Some(",")
        {
            k += 3;
        }
        if next(k) == Some(",") && next(k + 1) == Some("WHO") {
            k += 1;
        }
        let start = k;
        while k < upper.len() && k <= start + 5 && INTRODUCING_WORDS.contains(&upper[k].as_str()) {
            k += 1;
        }
        // The predecessor's name: "succeeded Anna Weiss as chancellor".
        if k == start && matches!(next(k), Some("SUCCEEDED" | "REPLACED")) {
            k += 1;
            let first = k;
            while k < upper.len() && k < first + 4 && words[k].upos == "PROPN" {
                k += 1;
            }
            if k == first || next(k) != Some("AS") {
                return None;
            }
        }
        let taking = (k > start && TAKING_ROLE.contains(&upper[k - 1].as_str()))
            || (k == hi + 1 && lo > 0 && APPOINTING.contains(&upper[lo - 1].as_str()));
        if next(k) == Some("AS") {
            k += 1;
        } else if !taking {
            return None;
        }
        while k < upper.len()
            && (matches!(upper[k].as_str(), "THE" | "A" | "AN") || is_title_modifier(&upper[k]))
        {
            k += 1;
        }
        Some(k)
    };
    let as_role = || {
        let mut k = as_start()?;
        if let Some(h) = hits.iter().find(|h| h.start == k && h.actor_code.is_some()) {
            k = h.end;
            if upper.get(k).map(String::as_str) == Some("'S") {
                k += 1;
            }
            while k < upper.len() && is_title_modifier(&upper[k]) {
                k += 1;
            }
        }
        // Not a title that owns something: "became the president's adviser".
        hits.iter()
            .find(|h| h.agent.is_some() && h.start == k)
            .filter(|h| next(h.end) != Some("'S"))
    };
    // "Presidents Muhammadu Buhari of Nigeria", "Bill Gerstenmaier of
    // NASA": an "of X" right after the name names whom the person serves.
    let of_after_name = {
        let mut k = hi + 1;
        if upper.get(k).map(String::as_str) == Some("OF") {
            k += 1;
            if upper.get(k).map(String::as_str) == Some("THE")
                && !hits.iter().any(|h| h.start == k && h.actor_code.is_some())
            {
                k += 1;
            }
            hits.iter().find(|h| h.start == k && h.actor_code.is_some())
        } else {
            None
        }
    };
    // "Anna Weiss" in "Brandt succeeded Anna Weiss as chancellor": the
    // predecessor, out of the office now.
    let predecessor = lo > 0
        && matches!(
            upper[lo - 1].as_str(),
            "SUCCEEDED" | "SUCCEEDS" | "REPLACED" | "REPLACES"
        );
    let Some(agent) = before.or_else(after).or_else(as_role) else {
        // "Secretary of State Harold Quince", "confirmed Quince as
        // secretary of state": a title the dictionaries code as an actor
        // of its own (`USAGOV`) right before the name or after its "as".
        let role_start = as_start();
        if let Some(h) = hits.iter().find(|h| {
            (h.end == lo && !single || Some(h.start) == role_start)
                && next(h.end) != Some("'S")
                && is_title(h)
                && h.actor_code
                    .as_deref()
                    .is_some_and(|c| c.len() >= 6 && !is_party_code(c))
        }) {
            let code = h.actor_code.clone()?;
            let floor = if h.end <= lo { 0 } else { hi + 1 };
            let former = predecessor || former_before(upper, hits, h.start, floor);
            return Some(UnknownActor {
                name: join(words, lo, hi),
                words: (lo, hi),
                proposed_code: if former { elite(&code) } else { code },
                role: join(words, h.start, h.end - 1),
                affiliation: None,
            });
        }
        if single {
            return None;
        }
        // No title: "Democrat Chuck Schumer", "Labour leader Jeremy
        // Corbyn", "Republican Cory Gardner": a party name (or a party's
        // leader, chair, member or candidate) right before the name makes
        // the person a figure of that party.
        if let Some(party) = party_before(upper, hits, lo) {
            return Some(UnknownActor {
                name: join(words, lo, hi),
                words: (lo, hi),
                proposed_code: party.actor_code.clone()?,
                role: join(words, party.start, lo - 1),
                affiliation: Some(join(words, party.start, party.end - 1)),
            });
        }
        // A person "of" an organisation (not of a country, which
        // says only where they are from) acts for it.
        let org = of_after_name?;
        let code = org.actor_code.as_deref()?;
        if code.len() <= 3 {
            return None;
        }
        return Some(UnknownActor {
            name: join(words, lo, hi),
            words: (lo, hi),
            proposed_code: code.to_string(),
            role: "of".to_string(),
            affiliation: Some(join(words, org.start, org.end - 1)),
        });
    };
    // Former: before a title ahead of the name ("Former President X", "the
    // now-former governor X") or in the apposition after it; the
    // predecessor of a succession.
    let floor = if agent.end <= lo { 0 } else { hi + 1 };
    let former = predecessor || former_before(upper, hits, agent.start, floor);
    let code = agent.agent.as_ref()?;
    // Affiliation: the actor ending right before the agent (possessive 's allowed).
    let mut end = agent.start;
    // "Puerto Rico's new governor", "Mali's interim president".
    while end > 0 && is_title_modifier(&upper[end - 1]) {
        end -= 1;
    }
    if end > 0 && upper[end - 1] == "'S" {
        end -= 1;
    }
    // Or an "of X" or "for X" right after the role ("the prime minister of
    // Tonga", "a spokesman for the SDF"); not "to X", which names where an
    // envoy is sent, not whom they serve.
    let of = |t: &str| matches!(t, "OF" | "FOR");
    let of_start = if of(&upper[agent.end - 1]) {
        Some(agent.end)
    } else if upper.get(agent.end).is_some_and(|t| of(t)) {
        Some(agent.end + 1)
    } else {
        None
    };
    // "for the SDF": an article before the affiliation.
    let of_start = of_start.map(|k| {
        if upper.get(k).map(String::as_str) == Some("THE")
            && !hits.iter().any(|h| h.start == k && h.actor_code.is_some())
        {
            k + 1
        } else {
            k
        }
    });
    let affiliation = hits
        .iter()
        .find(|h| h.actor_code.is_some() && h.end == end && end > 0)
        .or_else(|| {
            let start = of_start?;
            hits.iter()
                .find(|h| h.actor_code.is_some() && h.start == start)
        })
        .or(of_after_name.filter(|_| agent.end <= lo));
    // The affiliation's whole code, as the coder combines a role phrase
    // ("Houthi military spokesman" = `YEMREB` + `~MIL`); a spokesperson
    // speaks for the affiliation and is that actor (the dictionaries code
    // the bare word as media), and one whose affiliation is unknown is no
    // proposal: `---MED` would take whatever country the article is about.
    let affiliation_code = affiliation.and_then(|h| h.actor_code.as_deref());
    let spokesperson = upper[agent.start..agent.end]
        .iter()
        .any(|t| t.starts_with("SPOKES"))
        && code.code == "MED";
    let proposed_code = match (affiliation_code, spokesperson) {
        (Some(c), true) => c.to_string(),
        (None, true) => return None,
        // "Conservative MP Dominic Grieve", "Democratic Senator X": the
        // title's role replaces the party's (`GBRLEG`, not `GBRPTYLEG`),
        // unless the title is itself a party role ("party leader").
        (Some(c), false) if is_party_code(c) && !code.code.contains("PTY") => {
            code.apply_to(c.get(..3).unwrap_or("---"))
        }
        (Some(c), false) => code.apply_to(c),
        (None, false) => code.apply_to("---"),
    };
    let proposed_code = if former {
        elite(&proposed_code)
    } else {
        proposed_code
    };
    Some(UnknownActor {
        name: join(words, lo, hi),
        words: (lo, hi),
        proposed_code,
        role: join(words, agent.start, agent.end - 1),
        affiliation: affiliation.map(|h| join(words, h.start, h.end - 1)),
    })
}

/// Is a former office-holder's mark ("former", "ex") among the words
/// before the title starting at `start` (down to `floor`): title
/// modifiers, an article, an affiliation and its possessive may stand
/// between ("the former Syrian president", "now-former governor").
fn former_before(upper: &[String], hits: &[Hit], start: usize, floor: usize) -> bool {
    let mut k = start;
    while k > floor {
        let t = upper[k - 1].as_str();
        if is_former(t) {
            return true;
        }
        let affiliation = hits
            .iter()
            .any(|h| h.actor_code.is_some() && h.start < k && k <= h.end);
        if !(is_title_modifier(t) || matches!(t, "THE" | "A" | "'S") || affiliation) {
            return false;
        }
        k -= 1;
    }
    false
}

/// The elite code of an office's country or organisation: `USAGOV` →
/// `USAELI`, `---GOV` → `---ELI`.
fn elite(code: &str) -> String {
    format!("{}ELI", code.get(..3).unwrap_or("---"))
}

/// Does `code` name a political party (`USAGOVPTY`, `GBROPPPTY`,
/// `---PTY`: `data/dictionaries/dyad.additions.actors.txt`)?
fn is_party_code(code: &str) -> bool {
    code.ends_with("PTY")
}

/// Words that say a person holds a place in a party without being a title
/// the dictionaries list as an agent: "Labour leader", "GOP chairman",
/// "Democratic candidate".
const PARTY_ROLE_WORDS: [&str; 8] = [
    "LEADER",
    "CHAIRMAN",
    "CHAIRWOMAN",
    "CHAIR",
    "MEMBER",
    "CANDIDATE",
    "NOMINEE",
    "CHALLENGER",
];

/// The party actor right before the name starting at `lo`, allowing one
/// party-role word between ("Labour leader Jeremy Corbyn").
fn party_before<'h>(upper: &[String], hits: &'h [Hit], lo: usize) -> Option<&'h Hit> {
    let mut end = lo;
    if end > 0 && PARTY_ROLE_WORDS.contains(&upper[end - 1].as_str()) {
        end -= 1;
    }
    hits.iter()
        .find(|h| h.end == end && h.actor_code.as_deref().is_some_and(is_party_code))
}

/// The name as a Phoenix actor-dictionary record: `RAUL_KHAJIMBA_ [ABHGOV]`,
/// with a comment saying where the proposal came from.
pub fn phoenix_entry(name: &str, code: &str, comment: &str) -> String {
    let phrase: Vec<String> = name
        .split_whitespace()
        .map(|w| w.to_uppercase().replace(['[', ']', '#', '_'], ""))
        .filter(|w| !w.is_empty())
        .collect();
    let comment = comment.replace('\n', " ");
    format!("{}_ [{code}]  # provisional: {comment}", phrase.join("_"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn dicts() -> &'static Dictionaries {
        static D: OnceLock<Dictionaries> = OnceLock::new();
        D.get_or_init(|| Dictionaries::phoenix().unwrap())
    }

    /// A sentence with forms and UPOS only (discovery needs no tree).
    fn sentence(tagged: &[(&str, &str)]) -> Sentence {
        let mut s = String::new();
        for (i, (form, upos)) in tagged.iter().enumerate() {
            s.push_str(&format!(
                "{}\t{form}\t_\t{upos}\t_\t_\t0\tdep\t_\t_\n",
                i + 1
            ));
        }
        dyad_conllu::read_str(&s).unwrap().remove(0)
    }

    fn date() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2018, 6, 20)
    }

    #[test]
    fn role_before_the_name() {
        let s = sentence(&[
            ("Syria", "PROPN"),
            ("'s", "PART"),
            ("ambassador", "NOUN"),
            ("to", "ADP"),
            ("Russia", "PROPN"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("spoke", "VERB"),
            (".", "PUNCT"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "Zorbu Quanteel");
        assert_eq!(found[0].proposed_code, "SYRGOV");
        assert_eq!(found[0].affiliation.as_deref(), Some("Syria"));
    }

    #[test]
    fn role_in_apposition_after_the_name() {
        let s = sentence(&[
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            (",", "PUNCT"),
            ("the", "DET"),
            ("Syrian", "ADJ"),
            ("ambassador", "NOUN"),
            (",", "PUNCT"),
            ("said", "VERB"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].proposed_code, "SYRGOV");
    }

    #[test]
    fn affiliation_after_the_role_with_of_but_not_to() {
        let s = sentence(&[
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            (",", "PUNCT"),
            ("the", "DET"),
            ("prime", "ADJ"),
            ("minister", "NOUN"),
            ("of", "ADP"),
            ("Tonga", "PROPN"),
            (",", "PUNCT"),
            ("died", "VERB"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].proposed_code, "TONGOV");
        assert_eq!(found[0].affiliation.as_deref(), Some("Tonga"));
        let s = sentence(&[
            ("the", "DET"),
            ("ambassador", "NOUN"),
            ("to", "ADP"),
            ("Russia", "PROPN"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
        ]);
        assert_eq!(discover(&s, dicts(), date())[0].proposed_code, "---GOV");
    }

    #[test]
    fn known_names_and_roleless_names_are_not_proposed() {
        // A dictionary name is not unknown; a name without a role proposes nothing.
        let s = sentence(&[
            ("Vladimir", "PROPN"),
            ("Putin", "PROPN"),
            ("met", "VERB"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
        ]);
        assert!(discover(&s, dicts(), date()).is_empty());
        // A role without affiliation gives the unknown-country code.
        let s = sentence(&[
            ("the", "DET"),
            ("ambassador", "NOUN"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found[0].proposed_code, "---GOV");
    }

    #[test]
    fn a_role_after_as_introduces_the_name() {
        let s = sentence(&[
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("was", "AUX"),
            ("sworn", "VERB"),
            ("in", "ADP"),
            ("as", "ADP"),
            ("Tonga", "PROPN"),
            ("'s", "PART"),
            ("new", "ADJ"),
            ("prime", "ADJ"),
            ("minister", "NOUN"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].proposed_code, "TONGOV");
    }

    #[test]
    fn a_spokesperson_is_the_body_they_speak_for() {
        // "a spokesman for the Syrian Democratic Forces": the group's code,
        // not the media code the bare word has; the group's whole code.
        let s = sentence(&[
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            (",", "PUNCT"),
            ("a", "DET"),
            ("spokesman", "NOUN"),
            ("for", "ADP"),
            ("the", "DET"),
            ("Syrian", "ADJ"),
            ("Democratic", "PROPN"),
            ("Forces", "PROPN"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].proposed_code, "SYRREB");
        // Without an affiliation a spokesperson is no proposal.
        let s = sentence(&[
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            (",", "PUNCT"),
            ("a", "DET"),
            ("spokesman", "NOUN"),
            (",", "PUNCT"),
        ]);
        assert!(discover(&s, dicts(), date()).is_empty());
    }

    #[test]
    fn an_of_phrase_after_the_name_is_the_affiliation() {
        let s = sentence(&[
            ("President", "PROPN"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("of", "ADP"),
            ("Tonga", "PROPN"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found[0].proposed_code, "TONGOV", "{found:?}");
        // With no title, only an organisation (not a country) is an
        // affiliation.
        let s = sentence(&[
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("of", "ADP"),
            ("Tonga", "PROPN"),
        ]);
        assert!(discover(&s, dicts(), date()).is_empty());
    }

    #[test]
    fn a_verb_of_taking_office_gives_the_role_without_as() {
        // "Zorbu Quanteel became president of Tonga".
        let s = sentence(&[
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("became", "VERB"),
            ("president", "NOUN"),
            ("of", "ADP"),
            ("Tonga", "PROPN"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].proposed_code, "TONGOV");
        // A copula alone gives none: "was president" may be a past office.
        let s = sentence(&[
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("was", "AUX"),
            ("president", "NOUN"),
            ("of", "ADP"),
            ("Tonga", "PROPN"),
        ]);
        assert!(discover(&s, dicts(), date()).is_empty());
        // "appointed Zorbu Quanteel foreign minister".
        let s = sentence(&[
            ("Tonga", "PROPN"),
            ("appointed", "VERB"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("foreign", "ADJ"),
            ("minister", "NOUN"),
        ]);
        assert_eq!(discover(&s, dicts(), date())[0].proposed_code, "---GOV");
    }

    #[test]
    fn a_successor_holds_the_office_and_the_predecessor_held_it() {
        let s = sentence(&[
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("succeeded", "VERB"),
            ("Marek", "PROPN"),
            ("Ostrany", "PROPN"),
            ("as", "ADP"),
            ("prime", "ADJ"),
            ("minister", "NOUN"),
            ("of", "ADP"),
            ("Tonga", "PROPN"),
        ]);
        let found = discover(&s, dicts(), date());
        let code_of = |name: &str| {
            found
                .iter()
                .find(|u| u.name == name)
                .map(|u| u.proposed_code.clone())
        };
        assert_eq!(
            code_of("Zorbu Quanteel").as_deref(),
            Some("TONGOV"),
            "{found:?}"
        );
        assert_eq!(
            code_of("Marek Ostrany").as_deref(),
            Some("TONELI"),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_apposed_before_the_name_is_its_role() {
        // "Tonga's new prime minister, Zorbu Quanteel, said".
        let s = sentence(&[
            ("Tonga", "PROPN"),
            ("'s", "PART"),
            ("new", "ADJ"),
            ("prime", "ADJ"),
            ("minister", "NOUN"),
            (",", "PUNCT"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            (",", "PUNCT"),
            ("said", "VERB"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].proposed_code, "TONGOV");
        // The name of another clause: "According to the minister, Zorbu
        // Quanteel was arrested".
        let s = sentence(&[
            ("According", "VERB"),
            ("to", "ADP"),
            ("the", "DET"),
            ("minister", "NOUN"),
            (",", "PUNCT"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("was", "AUX"),
            ("arrested", "VERB"),
        ]);
        assert!(discover(&s, dicts(), date()).is_empty());
        // A body is no person's title: "the army, Zorbu Quanteel said".
        let s = sentence(&[
            ("the", "DET"),
            ("army", "NOUN"),
            (",", "PUNCT"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
            ("said", "VERB"),
        ]);
        assert!(discover(&s, dicts(), date()).is_empty());
    }

    #[test]
    fn former_office_holders_are_elites() {
        let s = sentence(&[
            ("the", "DET"),
            ("now", "ADV"),
            ("-", "PUNCT"),
            ("former", "ADJ"),
            ("Tongan", "ADJ"),
            ("prime", "ADJ"),
            ("minister", "NOUN"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found[0].proposed_code, "TONELI", "{found:?}");
        // "then-" keeps the office.
        let s = sentence(&[
            ("then", "ADV"),
            ("-", "PUNCT"),
            ("Tongan", "ADJ"),
            ("prime", "ADJ"),
            ("minister", "NOUN"),
            ("Zorbu", "PROPN"),
            ("Quanteel", "PROPN"),
        ]);
        assert_eq!(discover(&s, dicts(), date())[0].proposed_code, "TONGOV");
    }

    #[test]
    fn one_word_names_need_a_title_or_a_verb_of_taking_office() {
        let s = sentence(&[
            ("Quanteel", "PROPN"),
            ("was", "AUX"),
            ("sworn", "VERB"),
            ("in", "ADP"),
            ("as", "ADP"),
            ("Tonga", "PROPN"),
            ("'s", "PART"),
            ("governor", "NOUN"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "Quanteel");
        assert_eq!(found[0].proposed_code, "TONGOV");
        // "Quanteel, 54, was elected governor".
        let s = sentence(&[
            ("Quanteel", "PROPN"),
            (",", "PUNCT"),
            ("54", "NUM"),
            (",", "PUNCT"),
            ("was", "AUX"),
            ("elected", "VERB"),
            ("governor", "NOUN"),
        ]);
        assert_eq!(discover(&s, dicts(), date())[0].proposed_code, "---GOV");
        let s = sentence(&[
            ("Governor", "PROPN"),
            ("Quanteel", "PROPN"),
            ("said", "VERB"),
        ]);
        assert_eq!(discover(&s, dicts(), date())[0].proposed_code, "---GOV");
        // A lower-case role before a one-word name is not enough.
        let s = sentence(&[
            ("the", "DET"),
            ("governor", "NOUN"),
            ("Quanteel", "PROPN"),
            ("said", "VERB"),
        ]);
        assert!(discover(&s, dicts(), date()).is_empty());
    }

    #[test]
    fn a_hyphen_inside_a_surname_is_part_of_the_name() {
        let s = sentence(&[
            ("Ghana", "PROPN"),
            ("'s", "PART"),
            ("president", "NOUN"),
            ("appointed", "VERB"),
            ("Esi", "PROPN"),
            ("Quartey", "PROPN"),
            ("-", "PUNCT"),
            ("Mensah", "PROPN"),
            ("as", "ADP"),
            ("foreign", "ADJ"),
            ("minister", "NOUN"),
        ]);
        let found = discover(&s, dicts(), date());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "Esi Quartey - Mensah");
        assert_eq!(found[0].proposed_code, "---GOV");
    }

    #[test]
    fn phoenix_entries_parse_back() {
        let line = phoenix_entry("Zorbu Quanteel", "SYRGOV", "ambassador (3 mentions)");
        assert_eq!(
            line,
            "ZORBU_QUANTEEL_ [SYRGOV]  # provisional: ambassador (3 mentions)"
        );
        let dict = dyad_dict::parse_actors_str("user.txt", &format!("{line}\n")).unwrap();
        let _ = dict;
    }
}
