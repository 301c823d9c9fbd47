//! News: meetings, visits and calls named by a noun inside another clause
//! (CAMEO 04).
//!
//! International news seldom says "Modi visited China"; it says "Modi's
//! visit to China was postponed", "during Putin's visit to Ankara, the two
//! sides signed…", "the meeting between Putin and Erdogan lasted three
//! hours", "talks between Israel and Hamas broke down". The noun is the
//! subject, object or oblique of a clause whose own verb names no meeting,
//! so neither the verb patterns nor the light-verb nouns of
//! `src/nominal.rs` ("held talks with") see it. Here the noun's
//! participants are read from the noun phrase itself:
//!
//! * its possessor ("Modi's visit") is the source, and its complement with
//!   *to* (a visit, a trip) or *with* (a meeting, talks, a call) the target;
//! * "between X and Y" / "of X and Y" names both: X is the source, Y the
//!   target (one event for a mutual meeting, like the HOLD patterns and
//!   `dyad.nominal-events.txt`: the first-named side as source).
//!
//! The event is dated by the clause and takes its factuality ("will begin
//! next month" is planned); a visit that was cancelled did not take place
//! (negated), one postponed or delayed is still planned. Both participants
//! must be actors with a country of their own (no pronouns, no `---`
//! agents: the noun phrase gives no clause subject to resolve them by).
//! A noun that is the object or oblique of a verb that is coded already
//! ("held talks with", "planned a visit to") is that verb's event, not a
//! second one.

use dyad_dict::PhraseHit;
use dyad_event::{Event, Factuality};

use crate::{Actor, Coder, SentenceContext, Tree};

/// Meeting nouns (lemmas), their CAMEO code, and the preposition whose
/// object is the other party.
const MEETING_NOUNS: &[(&str, &str, &str)] = &[
    ("visit", "042", "TO"),
    ("trip", "042", "TO"),
    ("meeting", "040", "WITH"),
    ("talk", "046", "WITH"),
    ("negotiation", "046", "WITH"),
    ("summit", "040", "WITH"),
    ("consultation", "040", "WITH"),
    ("conversation", "040", "WITH"),
    ("call", "041", "WITH"),
];

/// Clause verbs saying a meeting did not take place (negated) or has not
/// taken place yet (planned).
const CALLED_OFF: &[&str] = &["cancel", "scrap", "abandon", "scuttle"];
const PUT_OFF: &[&str] = &[
    "postpone",
    "delay",
    "defer",
    "reschedule",
    "plan",
    "schedule",
];

impl<'d> Coder<'d> {
    /// The meetings named by nouns in clauses of other verbs (module
    /// documentation). `coded` holds the verbs' events so far.
    pub(crate) fn meeting_noun_events(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        ctx: &SentenceContext<'_>,
        context_tree: &dyad_context::Tree<'_>,
        coded: &[(usize, Vec<Event>)],
    ) -> Vec<(usize, Vec<Event>)> {
        let mut out = Vec::new();
        for n in 0..tree.words.len() {
            if tree.words[n].upos != "NOUN" {
                continue;
            }
            let lemma = tree.lemma_lower(n);
            let Some(&(_, code, prep)) = MEETING_NOUNS.iter().find(|m| m.0 == lemma) else {
                continue;
            };
            // "a call": only a telephone call is a meeting ("a call for
            // calm" is an appeal).
            if lemma == "call"
                && !tree.children[n].iter().any(|&c| {
                    matches!(tree.lemma_lower(c).as_str(), "phone" | "telephone")
                        && tree.base_rel(c) == "compound"
                })
            {
                continue;
            }
            // "Talks between Iran and the EU ended…" parsed with the noun
            // as the root: the noun's own words date it.
            let clause = tree.clause_of(n);
            // "held talks with", "planned a visit to", "engaged in talks":
            // the verb codes it. "After Trump's call with Zelensky,
            // Democrats demanded…": a time oblique is only when.
            let temporal = matches!(
                tree.case_of(n),
                Some("AFTER" | "BEFORE" | "DURING" | "FOLLOWING" | "SINCE" | "AMID" | "AHEAD")
            );
            let direct = tree.heads[n] == Some(clause) && tree.base_rel(n) == "obj"
                || tree.rel(n) == "nsubj:pass";
            // "In a phone call, Macron and Merkel discussed…" (the verb's
            // consultation is the call) but "In a phone call, Trump urged
            // Erdogan…" (an appeal made in a call: both are events).
            let place = tree.heads[n] == Some(clause) && tree.base_rel(n) == "obl" && !temporal;
            let clause_events = coded
                .iter()
                .filter(|(v, _)| *v == clause)
                .flat_map(|(_, e)| e);
            if direct && clause_events.clone().next().is_some()
                || place
                    && clause_events.clone().any(|e| {
                        e.cameo.as_deref().is_some_and(|c| {
                            c.starts_with("03") || c.starts_with("04") || c.starts_with("12")
                        })
                    })
            {
                continue;
            }
            let Some((source, target)) = self.meeting_parties(tree, hits, n, prep, clause) else {
                continue;
            };
            let factuality = {
                let verb = tree.lemma_lower(clause);
                if CALLED_OFF.contains(&verb.as_str())
                    || tree.words[clause].form.eq_ignore_ascii_case("called")
                        && tree.children[clause]
                            .iter()
                            .any(|&c| tree.lemma_lower(c) == "off")
                {
                    Factuality::Negated
                } else if PUT_OFF.contains(&verb.as_str())
                    || tree.children[n].iter().any(|&c| {
                        tree.base_rel(c) == "amod"
                            && matches!(
                                tree.lemma_lower(c).as_str(),
                                "planned" | "upcoming" | "proposed" | "scheduled"
                            )
                    })
                {
                    Factuality::Planned
                } else {
                    dyad_context::factuality(context_tree, clause)
                }
            };
            let rule = format!(
                "meeting noun \"{}\" in the clause of {} (src/meeting_nouns.rs)",
                tree.words[n].form, tree.words[clause].form
            );
            if self.options.explain {
                eprintln!("  {} -> {} {code}: {rule}", source.code, target.code);
            }
            let event = self.event(
                ctx,
                context_tree,
                tree,
                Some(&source),
                Some(&target),
                code,
                clause,
                &rule,
                Some(factuality),
                0.5,
                None,
            );
            out.push((n, vec![event]));
        }
        out
    }

    /// Source and target of meeting noun `n`: possessor and `prep`
    /// complement, or both sides of "between/of X and Y".
    fn meeting_parties(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
        prep: &str,
        clause: usize,
    ) -> Option<(Actor, Actor)> {
        let own = |a: &Actor| !a.code.starts_with("---") && a.has_country;
        let child =
            |pred: &dyn Fn(usize) -> bool| tree.children[n].iter().copied().find(|&c| pred(c));
        // "Modi's visit", "a visit of the Indian prime minister", "a
        // visit by Chinese Premier Li Keqiang".
        let possessor = child(&|c| tree.rel(c) == "nmod:poss").or_else(|| {
            child(&|c| tree.base_rel(c) == "nmod" && matches!(tree.case_of(c), Some("OF" | "BY")))
        });
        let with_prep = |c: usize| tree.base_rel(c) == "nmod" && tree.case_of(c) == Some(prep);
        // "A visit by Premier Li to Germany": the parser often hangs the
        // destination on the visitor. Not after "of": "a visit of the
        // ambassador to Russia" names his post.
        let complement = child(&with_prep).or_else(|| {
            possessor
                .filter(|&p| tree.case_of(p) == Some("BY"))
                .and_then(|p| tree.children[p].iter().copied().find(|&c| with_prep(c)))
        });
        if let (Some(p), Some(c)) = (possessor, complement) {
            let source = self.actors_with_conj(tree, hits, p).into_iter().find(own)?;
            let target = self
                .actors_with_conj(tree, hits, c)
                .into_iter()
                .find(|t| own(t) && t.code != source.code)?;
            return Some((source, target));
        }
        // "During a visit to Moscow, Erdogan praised…", "In a phone call
        // on Monday, Trump urged Erdogan…", "…, Macron and Merkel
        // discussed…": a meeting the clause's subject took part in, named
        // by an oblique of its verb; the other side is the complement, else
        // the verb's object or the subject's second conjunct.
        let subject = tree.child_with(clause, |r| r == "nsubj");
        let oblique = tree.heads[n] == Some(clause)
            && tree.base_rel(n) == "obl"
            && matches!(
                tree.case_of(n),
                Some("IN" | "DURING" | "AFTER" | "FOLLOWING" | "BEFORE" | "AT")
            )
            // "Putin flew to Ankara for talks with Erdogan"; not "thanked
            // Oman for the talks" (a reason, with no other side named).
            || tree.heads[n] == Some(clause)
                && tree.base_rel(n) == "obl"
                && tree.case_of(n) == Some("FOR")
                && complement.is_some();
        if let (Some(subject), true, None) = (subject, oblique, possessor) {
            // The subject itself must be the actor: "the US National
            // Medal of Science … received during a visit" names a thing.
            let heads: Vec<usize> = std::iter::once(subject)
                .chain(
                    tree.children[subject]
                        .iter()
                        .copied()
                        .filter(|&c| tree.base_rel(c) == "conj"),
                )
                .collect();
            let sides: Vec<Actor> = self
                .actors_with_conj(tree, hits, subject)
                .into_iter()
                .filter(|a| own(a) && heads.iter().any(|&h| a.first <= h && h <= a.last))
                .collect();
            let source = sides.first()?.clone();
            let other = match complement {
                Some(c) => self.actors_with_conj(tree, hits, c),
                None => match tree.child_with(clause, |r| r == "obj") {
                    Some(o) => self.actors_with_conj(tree, hits, o),
                    None => sides.clone(),
                },
            };
            let target = other
                .into_iter()
                .find(|t| own(t) && t.code != source.code)?;
            return Some((source, target));
        }
        // "talks between Israel and Hamas", "the meeting of Kim and Moon".
        let both = child(&|c| {
            tree.base_rel(c) == "nmod" && matches!(tree.case_of(c), Some("BETWEEN" | "OF"))
        })?;
        let sides: Vec<Actor> = self
            .actors_with_conj(tree, hits, both)
            .into_iter()
            .filter(own)
            .collect();
        let source = sides.first()?.clone();
        let target = sides.iter().find(|t| t.code != source.code)?.clone();
        Some((source, target))
    }
}
