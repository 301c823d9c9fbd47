//! Accusations carried by reported speech (news mode): "North Korea said
//! South Korean troops had fired across the border", "The opposition said
//! the government was breaking the law", "Iran said Israeli jets bombed its
//! positions".
//!
//! News reports a party's accusation as a plain statement whose content is
//! the other party's wrongful act. The statement verb ("said", "added",
//! "insisted") is no event in news mode (010 is dropped), and the act it
//! reports is coded as `reported`; but the speaker's act — accusing the
//! doer — is a fact of the day, and the commonest disapproval (CAMEO 11) in
//! news. So a plain statement whose complement clause reports, of a doer
//! on another side than the speaker's,
//! * an act of force, coercion, threat or show of force (roots 13, 15,
//!   17–20) is an accusation (112; 1123, of aggression, for force);
//! * defiance of the law or norms (128: "was breaking the law") is an
//!   accusation (112);
//! * a figure of force on something abstract ("trying to destroy
//!   democracy", "killing the economy": [`figurative_force`]) is
//!   criticism (111),
//!
//! coded speaker → doer, dated and asserted as the statement is. The other
//! side is another country, or, within one country, the government (or its
//! forces) against the opposition, legislature, courts or rebels: a
//! speaker reporting its own side's act ("Israel's army said its jets
//! struck …", "the ministry said police arrested …") accuses no one. The
//! media reporting an act accuse no one either. A negated, modal or
//! conditional report ("said Russia had not attacked", "could attack", "if
//! Iran attacked"), or history ("attacked the Soviet Union in 1941"), is no
//! accusation. A clause attributed with *according to* is its source's
//! report too (`attributed_statement` in `statement.rs`).
//!
//! A figure of force is also no material event of its own, reported or not
//! ("Johnson was trying to destroy democracy" is not an assault), and a
//! reported act of force that names no target is aimed at the accuser's
//! country rather than the article's ([`Coder::accuser_country`]).

use chrono::Datelike;
use dyad_dict::PhraseHit;

use crate::statement::Evaluation;
use crate::{has_known_root, is_country_code, resolve_country, resolve_pronoun, roles_of, root_of};
use crate::{Actor, Coder, Roles, SentenceContext, Tree};

/// Abstract things that news says are "destroyed", "attacked" or "killed"
/// in a figure of speech: no one is assaulted. (A concrete object, a
/// place or an actor keeps the material reading, so words that also name
/// one are left out: "positions", "office", "system", "market",
/// "authority", "opposition".)
const ABSTRACT_OBJECTS: &[&str] = &[
    "democracy",
    "constitution",
    "economy",
    "law",
    "rule",
    "right",
    "freedom",
    "liberty",
    "institution",
    "sovereignty",
    "independence",
    "unity",
    "process",
    "talks",
    "deal",
    "agreement",
    "accord",
    "relations",
    "relationship",
    "reputation",
    "credibility",
    "trust",
    "confidence",
    "hope",
    "future",
    "job",
    "value",
    "idea",
    "principle",
    "order",
    "peace",
    "chance",
    "prospect",
    "dream",
    "legacy",
    "career",
    "image",
    "morale",
    "standard",
    "health",
    "healthcare",
    "education",
    "industry",
    "budget",
    "policy",
    "plan",
    "proposal",
    "reform",
    "power",
];

/// Things broken or shattered in a figure of liberation or achievement:
/// "broke the shackles of slavery", "broke the deadlock", "shattered the
/// record". No event, and, said of another, no criticism either.
const LIBERATING_OBJECTS: &[&str] = &[
    "shackle",
    "chain",
    "barrier",
    "taboo",
    "deadlock",
    "stalemate",
    "impasse",
    "silence",
    "record",
    "ceiling",
    "myth",
    "stereotype",
];

/// Is the act of force at `v` a figure of liberation ([`LIBERATING_OBJECTS`])?
pub(crate) fn liberating_figure(tree: &Tree<'_>, v: usize) -> bool {
    tree.children[v].iter().any(|&c| {
        tree.base_rel(c) == "obj" && LIBERATING_OBJECTS.contains(&tree.lemma_lower(c).as_str())
    })
}

/// Modifiers that make a "system" abstract ("the political system", "the
/// arms control system"; not "the air defence system").
const ABSTRACT_MODIFIERS: &[&str] = &[
    "political",
    "legal",
    "justice",
    "judicial",
    "control",
    "democratic",
    "economic",
    "financial",
    "constitutional",
    "electoral",
    "multilateral",
    "international",
    "global",
    "trading",
    "health",
    "education",
    "welfare",
];

/// Verbs that report what someone said or claimed, whose complement can
/// carry an accusation.
const REPORTING: &[&str] = &[
    "say", "add", "insist", "state", "claim", "allege", "charge", "tell", "write", "argue",
    "maintain", "assert", "declare", "stress", "note", "report", "announce", "confirm", "tweet",
    "complain",
];

/// Roles of a country's government side.
const GOVERNMENT_SIDE: &[&str] = &["GOV", "MIL", "COP", "SPY"];

/// Roles that stand against the government side within one country.
const OTHER_SIDE: &[&str] = &["OPP", "LEG", "JUD", "REB", "INS", "PTY", "UAF"];

/// Modal and future auxiliaries: what the doer might or will do is no
/// accusation of an act (a threat of the speaker's own is `statement.rs`'s).
const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "should", "must", "shall",
];

/// "destroy democracy", "attacking workers' rights", "killing the economy":
/// an act of force (`code` of roots 18–20) at `v` whose object is an
/// abstract thing. It assaults no one.
pub(crate) fn figurative_force(tree: &Tree<'_>, v: usize, code: &str) -> bool {
    if !matches!(code.get(..2), Some("18" | "19" | "20")) {
        return false;
    }
    tree.children[v].iter().any(|&c| {
        if tree.base_rel(c) != "obj" {
            return false;
        }
        let lemma = tree.lemma_lower(c);
        ABSTRACT_OBJECTS.contains(&lemma.as_str())
            || LIBERATING_OBJECTS.contains(&lemma.as_str())
            || lemma == "system"
                && tree.children[c].iter().any(|&m| {
                    matches!(tree.base_rel(m), "amod" | "compound")
                        && ABSTRACT_MODIFIERS.contains(&tree.lemma_lower(m).as_str())
                })
    })
}

/// The role of a code after its country (`GBRGOV` → `GOV`), if any.
fn role(code: &str) -> &str {
    code.get(3..6).unwrap_or("")
}

/// Are `speaker` and `doer` on different sides: different countries (or a
/// country and an organisation), or, within one country, the government
/// side and its opponents?
pub(crate) fn other_side(speaker: &str, doer: &str) -> bool {
    if root_of(speaker) != root_of(doer) {
        return true;
    }
    if !is_country_code(speaker) {
        return false;
    }
    // Any of a code's roles: "Islamic State fighters" are `IRQMUSUAF`.
    let of = |code: &str, side: &[&str]| roles_of(code).any(|r| side.contains(&r));
    let gov = |code: &str| of(code, GOVERNMENT_SIDE) && !of(code, OTHER_SIDE);
    let other = |code: &str| of(code, OTHER_SIDE) && !of(code, GOVERNMENT_SIDE);
    (gov(speaker) && other(doer)) || (other(speaker) && gov(doer))
}

/// Is the reported clause at `c` negated, modal or conditional?
fn unasserted(tree: &Tree<'_>, c: usize) -> bool {
    tree.children[c].iter().any(|&d| {
        let lemma = tree.lemma_lower(d);
        match tree.base_rel(d) {
            "advmod" => matches!(lemma.as_str(), "not" | "never" | "n't"),
            "aux" => MODALS.contains(&lemma.as_str()) || tree.words[d].form == "'d",
            "mark" => matches!(lemma.as_str(), "if" | "whether" | "unless"),
            _ => false,
        }
    })
}

/// "Putin said Nazi Germany attacked the Soviet Union in 1941": a reported
/// act dated to a year well before the report is history told, not an
/// accusation made today.
fn history(tree: &Tree<'_>, c: usize, ctx: &SentenceContext<'_>) -> bool {
    let Some(now) = ctx.date.map(|d| d.year()) else {
        return false;
    };
    tree.children[c].iter().any(|&d| {
        let words = tree.subtree(d, &|_| false);
        matches!(tree.base_rel(d), "obl" | "nmod")
            && words.iter().any(|&w| {
                tree.words[w].upos == "NUM"
                    && tree.words[w].form.len() == 4
                    && tree.words[w]
                        .form
                        .parse::<i32>()
                        .is_ok_and(|y| (1000..now - 1).contains(&y))
            })
    })
}

/// The kind of accusation an act's code makes: `(code, what)`.
fn accusation_code(code: &str) -> Option<(&'static str, &'static str)> {
    match code.get(..2)? {
        "18" | "19" | "20" => Some(("1123", "force")),
        "13" | "15" | "17" => Some(("112", "coercion")),
        "12" if code == "128" => Some(("112", "defying the law")),
        _ => None,
    }
}

impl<'d> Coder<'d> {
    /// A plain statement at `v` whose complement reports another side's
    /// wrongful act (see the module documentation): the accusation, with
    /// the doers as its targets, or `None`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn reported_accusation(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        phrases: &[(usize, usize)],
        v: usize,
        roles: &Roles,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Option<Evaluation> {
        let [speaker] = &roles.sources[..] else {
            return None;
        };
        if !REPORTING.contains(&tree.lemma_lower(v).as_str()) || unasserted(tree, v) {
            return None;
        }
        // The reported clauses: the complements of the verb of saying.
        let mut clauses: Vec<usize> = tree.children[v]
            .iter()
            .copied()
            .filter(|&c| matches!(tree.base_rel(c), "ccomp" | "parataxis") && tree.is_verb(c))
            .collect();
        // "'Israeli jets bombed our positions,' the military said": the
        // reporting verb hangs off the quotation.
        if tree.base_rel(v) == "parataxis" {
            clauses.extend(tree.heads[v].filter(|&h| tree.is_verb(h)));
        }
        self.accusation_in(tree, hits, phrases, speaker, clauses, v, ctx, countries)
    }

    /// The accusation that `speaker` makes by reporting the clauses headed
    /// by `clauses` (the statement's verb or attribution at `stop`), if one.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn accusation_in(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        phrases: &[(usize, usize)],
        speaker: &Actor,
        clauses: Vec<usize>,
        stop: usize,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Option<Evaluation> {
        self.accusation_by(
            tree, hits, phrases, speaker, clauses, stop, ctx, countries, false,
        )
    }

    /// [`Coder::accusation_in`], or with `court` a court's finding
    /// (`legal.rs`): the doer of the wrongful act is found liable (116)
    /// whatever side it is on, as long as it is not the court itself.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn accusation_by(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        phrases: &[(usize, usize)],
        speaker: &Actor,
        mut clauses: Vec<usize>,
        stop: usize,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
        court: bool,
    ) -> Option<Evaluation> {
        // A speaker without a country of its own takes the article's, not
        // the nearest of the sentence: in "Russian forces destroyed a
        // Ukrainian depot, the ministry said" it may be either side's. (A
        // court rules on the country where it sits, which the sentence
        // names: "the court found that the Polish government …".)
        if !has_known_root(&speaker.code)
            || role(&speaker.code) == "MED"
            || !court && speaker.country_from == Some("sentence")
        {
            return None;
        }
        // Their coordinated clauses, and what a verb of trying or
        // continuing completes ("was trying to destroy").
        let mut k = 0;
        while k < clauses.len() && clauses.len() < 8 {
            let c = clauses[k];
            clauses.extend(
                tree.children[c]
                    .iter()
                    .copied()
                    .filter(|&d| matches!(tree.base_rel(d), "conj" | "xcomp") && tree.is_verb(d)),
            );
            k += 1;
        }
        for c in clauses {
            // The clause and the verbs it completes must be asserted.
            let mut chain = vec![c];
            let mut cur = c;
            while let Some(h) = tree.heads[cur].filter(|&h| h != stop && chain.len() < 4) {
                chain.push(h);
                cur = h;
            }
            if chain.iter().any(|&n| unasserted(tree, n)) || history(tree, c, ctx) {
                continue;
            }
            let verb = self.predicate(tree, hits, phrases, c);
            let Some(pred) = self.nominal_predicate(tree, hits, c, verb) else {
                continue;
            };
            let Some(code) = pred.code.event.as_deref() else {
                continue;
            };
            if liberating_figure(tree, c) {
                continue;
            }
            let (accusation, what) = if figurative_force(tree, c, code) {
                // "found that the government had broken the law".
                if court {
                    ("116", "a figure of force")
                } else {
                    ("111", "a figure of force")
                }
            } else {
                match accusation_code(code) {
                    Some((_, what)) if court => ("116", what),
                    Some(found) => found,
                    None => continue,
                }
            };
            // The doer: the clause's subject, or that of the verb it
            // completes ("Johnson was trying to destroy").
            // A passive's doer is its agent ("villages were shelled by
            // Turkish forces").
            let subject = chain.iter().find_map(|&n| {
                tree.child_with(n, |r| r == "obl:agent")
                    .or_else(|| tree.child_with(n, |r| r == "nsubj"))
            });
            let Some(subject) = subject else { continue };
            if matches!(
                tree.words[subject].form.to_lowercase().as_str(),
                "i" | "we" | "you" | "us"
            ) {
                continue;
            }
            // "The military said it had killed 30 fighters": *it* is the
            // speaker, not the country of the sentence before.
            let subject = resolve_pronoun(tree, subject);
            let mut doers = self.actors_in_context(tree, hits, subject, ctx.antecedents);
            for a in doers.iter_mut() {
                resolve_country(a, countries, ctx.article_country);
            }
            let [doer] = &doers[..] else { continue };
            // A doer named without a country ("opposition supporters",
            // "the government") is taken to be of the speaker's: a dispute
            // within one country. (The nearest country of the sentence is
            // too often the victim's: "Pakistan said militants attacked
            // Indian troops".)
            let known = has_known_root(&doer.code)
                && (doer.country_from.is_none() || root_of(&doer.code) == root_of(&speaker.code));
            // A court's warrants, sentences and convictions are legal
            // process: reporting them ("a court has issued arrest warrants,
            // a police officer said") accuses no one.
            let by_court = roles_of(&doer.code).any(|r| r == "JUD");
            if !known || role(&doer.code) == "MED" || by_court {
                continue;
            }
            // A court finds against any party but itself.
            let against = if court {
                doer.code != speaker.code
            } else {
                other_side(&speaker.code, &doer.code)
            };
            if !against {
                continue;
            }
            let note = if court {
                format!("; court finding as 116: finds {what} ({code}), target its doer")
            } else {
                format!(
                    "; statement as {accusation}: reports {what} ({code}) by another side, target its doer"
                )
            };
            return Some(Evaluation {
                targets: vec![doer.clone()],
                code: accusation,
                note,
            });
        }
        None
    }

    /// The country of whoever reports the act at `v` (the subject of the
    /// verb of saying whose complement holds it), if one.
    pub(crate) fn accuser_country(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Option<String> {
        let mut cur = v;
        for _ in 0..4 {
            let h = tree.heads[cur]?;
            match tree.base_rel(cur) {
                "ccomp" | "parataxis" if REPORTING.contains(&tree.lemma_lower(h).as_str()) => {
                    let subject = tree.child_with(h, |r| r == "nsubj")?;
                    let mut found = self.actors_in_context(tree, hits, subject, ctx.antecedents);
                    for a in found.iter_mut() {
                        resolve_country(a, countries, ctx.article_country);
                    }
                    let [a] = &found[..] else { return None };
                    return (is_country_code(&a.code) && role(&a.code) != "MED")
                        .then(|| root_of(&a.code).to_string());
                }
                "conj" | "xcomp" => cur = h,
                _ => return None,
            }
        }
        None
    }
}

/// The target of a reported act of force that names none: the accuser's
/// country when it is not the doers' own ("North Korea said South Korean
/// troops fired across the border": at North Korea), unless the sentence
/// names the article's country beside them (a third country where it
/// happened).
pub(crate) fn accused_force_target(
    doers: &[Actor],
    accuser: &str,
    article: Option<&str>,
    countries: &[(usize, usize, String)],
) -> Option<String> {
    let foreign = !doers.is_empty()
        && doers
            .iter()
            .all(|d| is_country_code(&d.code) && root_of(&d.code) != accuser);
    if !foreign {
        return None;
    }
    let third = article.filter(|a| {
        *a != accuser
            && doers.iter().all(|d| root_of(&d.code) != *a)
            && countries.iter().any(|c| c.2 == *a)
    });
    Some(third.unwrap_or(accuser).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides() {
        assert!(other_side("PRK", "KORMIL"));
        assert!(other_side("GBROPP", "GBRGOV"));
        assert!(other_side("USAGOV", "USALEG"));
        assert!(!other_side("ISRMIL", "ISRGOV"));
        assert!(!other_side("RUSGOVMIL", "RUSCOP"));
        assert!(!other_side("GBR", "GBRGOV"));
        assert!(other_side("IGOUNO", "RUSMIL"));
        assert!(other_side("IRQGOV", "IRQMUSUAF"));
        assert!(other_side("SYRGOVMED", "SYRREB"));
        assert!(!other_side("GBRELI", "GBRELI"));
    }

    #[test]
    fn accusation_codes() {
        assert_eq!(accusation_code("190"), Some(("1123", "force")));
        assert_eq!(accusation_code("173"), Some(("112", "coercion")));
        assert_eq!(accusation_code("128"), Some(("112", "defying the law")));
        assert_eq!(accusation_code("120"), None);
        assert_eq!(accusation_code("040"), None);
    }
}
