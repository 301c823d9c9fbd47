//! The context of an event predicate in its dependency parse: how sure the
//! text is that it happened ([`Factuality`]), according to whom
//! ([`Attribution`]), when ([`EventDate`]) and where ([`dyad_geo::Place`]).
//!
//! The coder finds *who did what to whom*; this crate reads the words around
//! the predicate. It works on any UD parse (`dyad_conllu::Sentence`) and uses
//! 0-based word indices (`words[i]`, whose CoNLL-U id is `i + 1`).

use chrono::NaiveDate;
use dyad_conllu::{Sentence, Word};
use dyad_dates::{
    bounds_a_stretch, find_dates, find_relative_dates, find_undatable, weekday_ahead, DateMention,
    EventDate,
};
use dyad_event::Factuality;

mod frames;
mod location;
#[cfg(test)]
mod test_support;
pub use frames::dates_another_act;
pub use location::{location, location_with, Located};

/// Verbs that report speech or belief: an event in their complement is what
/// their subject says happened.
const REPORTING: &[&str] = &[
    "say",
    "tell",
    "report",
    "claim",
    "state",
    "announce",
    "allege",
    "assert",
    "add",
    "confirm",
    "insist",
    "note",
    "write",
    "quote",
    "explain",
    "believe",
    "accuse",
    "argue",
    "indicate",
    "reveal",
    "suggest",
    "declare",
    "warn",
    "acknowledge",
    "testify",
    "admit",
    "deny",
];

/// Is `lemma` (lower case) a verb that reports speech ("say", "tell",
/// "announce", "write", "tweet" …)?
pub fn is_reporting_lemma(lemma: &str) -> bool {
    REPORTING.contains(&lemma) || matches!(lemma, "tweet" | "post" | "comment" | "stress")
}

/// Verbs that deny what their complement or their claim-noun object says.
const DENIALS: &[&str] = &["deny", "reject", "dismiss", "refute", "rebuff", "dispute"];

/// Nouns whose clause is somebody's claim ("claims that …", "reports …").
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "report",
    "allegation",
    "accusation",
    "rumour",
    "rumor",
    "assertion",
    "suggestion",
];

/// Verbs whose complement is a plan, not (yet) an event.
const PLANNING: &[&str] = &[
    "plan",
    "consider",
    "intend",
    "expect",
    "prepare",
    "aim",
    "seek",
    "hope",
    "want",
    "propose",
    "mull",
    "weigh",
    "pledge",
    "promise",
    "vow",
    "decide",
    "agree",
    "offer",
    "schedule",
    "try",
    "attempt",
    "wish",
    "set",
    "due",
    "review",
    "discuss",
    "threaten",
    // "committed to sending troops", "is poised to attack", "is ready to
    // meet": a commitment or readiness, not (yet) the act.
    "commit",
    "poised",
    "poise",
    "ready",
    "prepared",
    "willing",
    "eager",
    "determined",
    // "Ukraine applied to join the EU": an application, not (yet) the
    // membership.
    "apply",
];

/// Verbs whose infinitive complement did not happen ("failed to
/// recognise", "refused to extradite", "declined to meet").
const FAILURES: &[&str] = &["fail", "refuse", "decline", "unable"];

/// Nouns of a plan or undertaking still to be carried out, whose
/// to-infinitive is planned ("a plan to expel", "Turkey's bid to join").
const PLAN_NOUNS: &[&str] = &[
    "plan",
    "proposal",
    "offer",
    "promise",
    "pledge",
    "vow",
    "intention",
    "readiness",
    "willingness",
    "commitment",
    "bid",
    "order",
];

/// Nouns of refusal or failure: their to-infinitive did not happen
/// ("Russia's refusal to extradite the suspects").
const REFUSAL_NOUNS: &[&str] = &["refusal", "failure"];

/// Adjectives of likelihood: "Russia is likely to impose sanctions" is a
/// supposition about what may come.
const LIKELIHOOD: &[&str] = &["likely", "unlikely"];

/// Verbs of trying: told in the past, the attempt was made.
const ATTEMPTS: &[&str] = &["try", "attempt"];

/// Adverbs that mark a claim as only reported.
const HEARSAY: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "apparently",
    "supposedly",
];

/// Modal auxiliaries of possibility.
const HYPOTHETICAL_MODALS: &[&str] = &["could", "would", "might", "may", "should", "can", "must"];

/// Modals that, with a perfect ("might have encouraged"), suppose a past
/// event.
const EPISTEMIC_MODALS: &[&str] = &["might", "may", "could", "must"];

/// Negators.
const NEGATORS: &[&str] = &["not", "n't", "never", "no"];

/// A parse with navigation helpers.
pub struct Tree<'a> {
    pub words: &'a [Word],
}

impl<'a> Tree<'a> {
    pub fn new(sentence: &'a Sentence) -> Self {
        Tree {
            words: &sentence.words,
        }
    }

    /// 0-based head index, `None` for the root (or an out-of-range head).
    pub fn head(&self, i: usize) -> Option<usize> {
        let h = self.words.get(i)?.head;
        (h >= 1 && h <= self.words.len() && h - 1 != i).then(|| h - 1)
    }

    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.words.len()).filter(move |&c| self.head(c) == Some(i))
    }

    /// The relation without its subtype (`nsubj:pass` → `nsubj`).
    pub fn rel(&self, i: usize) -> &str {
        let r = self.words[i].deprel.as_str();
        r.split(':').next().unwrap_or(r)
    }

    pub fn lemma(&self, i: usize) -> String {
        let w = &self.words[i];
        if w.lemma.is_empty() || w.lemma == "_" {
            w.form.to_lowercase()
        } else {
            w.lemma.to_lowercase()
        }
    }

    /// First and last word of the subtree of `i` (projective span).
    pub fn span(&self, i: usize) -> (usize, usize) {
        let (mut lo, mut hi) = (i, i);
        let mut stack = vec![i];
        let mut guard = 0;
        while let Some(n) = stack.pop() {
            guard += 1;
            if guard > self.words.len() * 2 {
                break; // a cyclic (malformed) tree: stop rather than loop
            }
            lo = lo.min(n);
            hi = hi.max(n);
            stack.extend(self.children(n));
        }
        (lo, hi)
    }

    /// Ancestors of `i`, nearest first (bounded, so a malformed tree cannot loop).
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = i;
        while let Some(h) = self.head(cur) {
            if out.contains(&h) || out.len() > self.words.len() {
                break;
            }
            out.push(h);
            cur = h;
        }
        out
    }

    fn is_in(&self, i: usize, list: &[&str]) -> bool {
        list.contains(&self.lemma(i).as_str())
            || list.contains(&self.words[i].form.to_lowercase().as_str())
    }
}

/// The clause chain from the predicate up through complements that keep it
/// in the same "reality": xcomp/ccomp/advcl/conj links, nearest first.
fn governing_chain(tree: &Tree, verb: usize) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut cur = verb;
    for _ in 0..tree.words.len() {
        let Some(h) = tree.head(cur) else { break };
        let rel = tree.rel(cur).to_string();
        if !matches!(
            rel.as_str(),
            "xcomp" | "ccomp" | "conj" | "advcl" | "parataxis" | "csubj" | "acl"
        ) {
            break;
        }
        out.push((h, rel));
        cur = h;
    }
    out
}

/// How sure the text is that the event at `verb` happened, following the
/// annotation guidelines: `negated` ("did not accede"), `planned` ("will",
/// "plans to", and *would* in what a past report states: "announced US
/// troops would leave"), `hypothetical` (could, would, if), `reported` (a
/// party's claim, "reportedly", or a supposed past act: "might have
/// encouraged"), else `asserted` (including a party announcing an act of its
/// own that is done: "the SDF announced it had entered into an agreement").
pub fn factuality(tree: &Tree, verb: usize) -> Factuality {
    let negated = |i: usize| {
        tree.children(i).any(|c| {
            (matches!(tree.rel(c), "advmod" | "neg" | "det") && tree.is_in(c, NEGATORS))
                || (tree.rel(c) == "advmod" && tree.lemma(c) == "never")
        })
    };
    if negated(verb) || no_subject(tree, verb) || without(tree, verb) || no_longer(tree, verb) {
        return Factuality::Negated;
    }
    let has_aux = |i: usize, list: &[&str]| {
        tree.children(i)
            .any(|c| tree.rel(c) == "aux" && tree.is_in(c, list))
    };
    let conditional = |i: usize| {
        tree.children(i)
            .any(|c| tree.rel(c) == "mark" && tree.is_in(c, &["if", "unless"]))
    };
    if has_aux(verb, &["will", "shall", "'ll", "wo"]) || be_to(tree, verb) {
        return Factuality::Planned;
    }
    // "The Senate was to meet Monday to discuss the nomination": the
    // purpose of a planned act is planned too.
    let purpose_of_plan = purpose_infinitive(tree, verb)
        && tree
            .head(verb)
            .is_some_and(|h| has_aux(h, &["will", "shall", "'ll", "wo"]) || be_to(tree, h));
    if purpose_of_plan {
        return Factuality::Planned;
    }
    // "The statement said Turkey would move into Syria": *would* in what a
    // past reporting verb reports is the future seen from then, a plan, not
    // a hypothesis (unless a condition goes with it).
    let reported_future = |i: usize| {
        has_aux(i, &["would", "'d"])
            && !conditional(i)
            && !tree
                .children(i)
                .any(|c| tree.rel(c) == "advcl" && conditional(c))
            && governing_chain(tree, i)
                .iter()
                .take_while(|(_, rel)| matches!(rel.as_str(), "ccomp" | "parataxis" | "conj"))
                .find(|(h, _)| tree.is_in(*h, REPORTING))
                .is_some_and(|(h, _)| tree.words[*h].xpos == "VBD")
    };
    if reported_future(verb) {
        return Factuality::Planned;
    }
    // "Trump might have encouraged Zelensky": a modal of possibility with a
    // perfect speaks of a past event the text only supposes happened, a
    // hedged claim, not a hypothesis about what may come.
    if has_aux(verb, EPISTEMIC_MODALS) && has_aux(verb, &["have"]) && !conditional(verb) {
        return Factuality::Reported;
    }
    if has_aux(verb, HYPOTHETICAL_MODALS) || conditional(verb) {
        return Factuality::Hypothetical;
    }
    let hearsay = |i: usize| {
        tree.children(i)
            .any(|c| tree.rel(c) == "advmod" && tree.is_in(c, HEARSAY))
    };
    if hearsay(verb) {
        return Factuality::Reported;
    }
    let chain = governing_chain(tree, verb);
    if let Some(f) = std::iter::once(verb)
        .chain(chain.iter().map(|(h, _)| *h))
        .find_map(|n| content_of_claim(tree, n))
    {
        return f;
    }
    for (k, (h, rel)) in chain.iter().enumerate() {
        let (h, rel) = (*h, rel.as_str());
        // The clause's own verb under `h`.
        let under = if k == 0 { verb } else { chain[k - 1].0 };
        // "denied supplying drones to Russia": a denial's gerund.
        if rel == "xcomp" && tree.is_in(h, DENIALS) {
            return Factuality::Negated;
        }
        // "Serbia failed to recognise Kosovo", "Russia refused to extradite
        // the suspect": the act did not happen (unless the failure is
        // itself denied: "did not fail to condemn").
        if rel == "xcomp" && tree.is_in(h, LIKELIHOOD) {
            return if negated(h) {
                Factuality::Negated
            } else {
                Factuality::Hypothetical
            };
        }
        // "was in no hurry to recognise", "has no plans to visit", "no
        // intention of attending": an act denied by *no* on the noun that
        // governs it.
        if rel == "acl"
            && tree.words[h].upos == "NOUN"
            && tree
                .children(h)
                .any(|c| tree.rel(c) == "det" && tree.lemma(c).eq_ignore_ascii_case("no"))
        {
            return Factuality::Negated;
        }
        // "Japan announced a plan to expel two diplomats", "Russia's
        // refusal to extradite the suspects": the infinitive completing a
        // noun of planning is planned, one of refusal or failure did not
        // happen.
        if rel == "acl"
            && tree.words[h].upos == "NOUN"
            && tree
                .children(under)
                .any(|c| tree.rel(c) == "mark" && tree.lemma(c) == "to")
        {
            if tree.is_in(h, PLAN_NOUNS) {
                return Factuality::Planned;
            }
            if tree.is_in(h, REFUSAL_NOUNS) {
                return Factuality::Negated;
            }
        }
        if rel == "xcomp" && tree.is_in(h, FAILURES) {
            if negated(h) {
                return Factuality::Asserted;
            }
            return Factuality::Negated;
        }
        // "allegations Trump tried to pressure Ukraine": an attempt told in
        // the past was made; it is no plan, and what governs the attempt
        // (a claim, a report) decides.
        if rel == "xcomp"
            && tree.is_in(h, ATTEMPTS)
            && matches!(tree.words[h].xpos.as_str(), "VBD" | "VBN")
            && !tree
                .children(h)
                .any(|c| tree.rel(c) == "aux" && tree.words[c].xpos == "MD")
        {
            continue;
        }
        // "rejected claims that it had supplied drones", "amid reports it
        // supplied drones": the content of a claim is that party's claim,
        // and denied when the claim is rejected.
        if matches!(rel, "acl" | "ccomp")
            && tree.is_in(h, CLAIM_NOUNS)
            && tree
                .children(under)
                .any(|c| tree.rel(c).starts_with("nsubj"))
        {
            let rejected =
                tree.rel(h) == "obj" && tree.head(h).is_some_and(|g| tree.is_in(g, DENIALS));
            return if rejected {
                Factuality::Negated
            } else {
                Factuality::Reported
            };
        }
        // "announced she will comply with the request to suspend
        // Parliament": a clause under a future is part of the plan.
        if rel != "conj" && has_aux(h, &["will", "shall", "'ll", "wo"]) {
            return if negated(h) {
                Factuality::Negated
            } else {
                Factuality::Planned
            };
        }
        if rel == "conj" {
            // A conjoined verb shares its first conjunct's modality only
            // through the conjunct's own auxiliaries: "will meet and sign".
            if has_aux(h, &["will", "shall", "'ll"]) {
                return Factuality::Planned;
            }
            if negated(h) {
                return Factuality::Negated;
            }
            continue;
        }
        if tree.is_in(h, PLANNING) && matches!(rel, "xcomp" | "ccomp" | "advcl") {
            return if negated(h) {
                Factuality::Negated
            } else {
                Factuality::Planned
            };
        }
        if tree.is_in(h, REPORTING) && matches!(rel, "ccomp" | "parataxis") {
            if tree.lemma(h) == "deny" || negated(h) {
                return Factuality::Negated;
            }
            if announces_own_act(tree, h, verb) || performs_own_act(tree, h, verb) {
                return Factuality::Asserted;
            }
            return Factuality::Reported;
        }
        if hearsay(h) {
            return Factuality::Reported;
        }
        // "said he would use an executive order to add …": the plan a past
        // report states covers the clauses under it.
        if reported_future(h) {
            return Factuality::Planned;
        }
        if has_aux(h, HYPOTHETICAL_MODALS) || conditional(h) {
            return Factuality::Hypothetical;
        }
    }
    Factuality::Asserted
}

/// "The charge stemmed from allegations Trump tried to pressure Ukraine":
/// a clause whose subject follows a claim noun (with or without *that*) is
/// that claim's content, whatever head the parser gave the clause. (The
/// noun must not be a subject itself: "the report Iran published" is a
/// report's description, not its content.) A claim rejected ("rejected
/// claims Iran supplied drones") denies it.
fn content_of_claim(tree: &Tree, clause: usize) -> Option<Factuality> {
    // The subject nearest the verb: a misparse may hang two on it.
    let subject = tree
        .children(clause)
        .filter(|&c| tree.rel(c) == "nsubj" && c < clause)
        .max()?;
    let start = tree.span(subject).0;
    let mut p = start.checked_sub(1);
    if let Some(q) = p.filter(|&q| tree.lemma(q) == "that") {
        p = q.checked_sub(1);
    }
    let noun = p.filter(|&q| {
        tree.words[q].upos == "NOUN" && tree.is_in(q, CLAIM_NOUNS) && tree.rel(q) != "nsubj"
    })?;
    let rejected =
        tree.rel(noun) == "obj" && tree.head(noun).is_some_and(|g| tree.is_in(g, DENIALS));
    Some(if rejected {
        Factuality::Negated
    } else {
        Factuality::Reported
    })
}

/// "Kenya deported the activists without consulting Uganda": an act the
/// clause says was left undone.
fn without(tree: &Tree, verb: usize) -> bool {
    tree.children(verb)
        .any(|c| matches!(tree.rel(c), "mark" | "case") && tree.lemma(c) == "without" && c < verb)
}

/// "Russia no longer recognises the government": the act has stopped.
fn no_longer(tree: &Tree, verb: usize) -> bool {
    tree.children(verb).any(|c| {
        tree.rel(c) == "advmod"
            && tree.words[c].form.eq_ignore_ascii_case("longer")
            && tree
                .children(c)
                .any(|d| tree.lemma(d) == "no" && d + 1 == c)
    })
}

/// Is the clause of `verb` told as still to come: a future ("will meet",
/// "is to meet") or the complement of a plan told in the present ("plans to
/// meet", "is expected to meet", "is set to sign")?
fn future_clause(tree: &Tree, verb: usize) -> bool {
    // "is to meet on Monday" lies ahead; "was to meet Monday" was a plan
    // seen from before, whose day may have passed.
    let present_be = |i: usize| {
        tree.children(i).any(|c| {
            matches!(tree.rel(c), "aux" | "cop")
                && tree.lemma(c) == "be"
                && matches!(tree.words[c].xpos.as_str(), "VBZ" | "VBP")
        })
    };
    let future = |i: usize| {
        tree.children(i)
            .any(|c| tree.rel(c) == "aux" && tree.is_in(c, &["will", "shall", "'ll", "wo"]))
            || be_to(tree, i) && present_be(i)
    };
    if future(verb) {
        return true;
    }
    // "was to travel to Beijing on Monday to meet Xi": the purpose of a
    // planned act lies ahead with it.
    if purpose_infinitive(tree, verb) && tree.head(verb).is_some_and(future) {
        return true;
    }
    tree.head(verb).is_some_and(|h| {
        tree.rel(verb) == "xcomp"
            && tree.is_in(h, PLANNING)
            && (future(h)
                || matches!(tree.words[h].xpos.as_str(), "VBZ" | "VBP")
                || tree.children(h).any(|c| {
                    matches!(tree.rel(c), "aux" | "aux:pass" | "cop")
                        && matches!(tree.words[c].xpos.as_str(), "VBZ" | "VBP")
                }))
    })
}

/// "No Chinese official met the envoy", "no country has recognised
/// Kosovo": a subject quantified by *no* denies the act.
fn no_subject(tree: &Tree, verb: usize) -> bool {
    tree.children(verb)
        .filter(|&c| tree.rel(c) == "nsubj")
        .any(|s| {
            tree.children(s)
                .any(|d| tree.rel(d) == "det" && tree.lemma(d) == "no")
        })
}

/// "The new policy, which is to take effect on December 10", "the leaders
/// are to meet next week": *be* + *to* before the verb is a future, as
/// *will* is.
/// Is `verb` a *to*-infinitive completing or adding a purpose to its head
/// ("was to travel … to meet Xi")?
fn purpose_infinitive(tree: &Tree, verb: usize) -> bool {
    matches!(tree.rel(verb), "advcl" | "xcomp")
        && tree
            .children(verb)
            .any(|c| tree.rel(c) == "mark" && tree.is_in(c, &["to"]))
}

fn be_to(tree: &Tree, verb: usize) -> bool {
    let be = tree
        .children(verb)
        .find(|&c| matches!(tree.rel(c), "aux" | "cop") && tree.lemma(c) == "be" && c < verb);
    be.is_some_and(|b| {
        tree.children(verb)
            .any(|c| tree.rel(c) == "mark" && tree.lemma(c) == "to" && b < c && c < verb)
    })
}

/// "The SDF announced it had entered into an agreement with the
/// government": a party announcing an act of its own that is done (past or
/// perfect, with the announcer or a pronoun for it as subject) makes the act
/// public; the act is a fact, not only the party's claim. Other reports
/// ("the ministry said its envoy met …", "the rebels claimed they had shot
/// down …") stay claims.
fn announces_own_act(tree: &Tree, report: usize, verb: usize) -> bool {
    if tree.lemma(report) != "announce" || tree.head(verb) != Some(report) {
        return false;
    }
    let subject = |i: usize| tree.children(i).find(|&c| tree.rel(c) == "nsubj");
    let (Some(announcer), Some(actor)) = (subject(report), subject(verb)) else {
        return false;
    };
    let same = tree.words[actor].upos == "PRON"
        && tree.is_in(actor, &["it", "he", "she", "they", "we"])
        || tree.lemma(actor) == tree.lemma(announcer);
    let done = matches!(tree.words[verb].xpos.as_str(), "VBD" | "VBN")
        && !tree
            .children(verb)
            .any(|c| tree.rel(c) == "aux" && tree.words[c].xpos == "MD");
    same && done
}

/// "'We strongly condemn Russia's attack,' the minister said": a speaker's
/// own act in the first person and the simple present is performed by
/// saying it (a condemnation, an appeal, thanks), not a report of one.
fn performs_own_act(tree: &Tree, report: usize, verb: usize) -> bool {
    if tree.head(verb) != Some(report) || tree.words[verb].xpos != "VBP" {
        return false;
    }
    let first_person = tree
        .children(verb)
        .find(|&c| tree.rel(c) == "nsubj")
        .is_some_and(|s| tree.words[s].upos == "PRON" && tree.is_in(s, &["i", "we"]));
    let auxiliary = tree
        .children(verb)
        .any(|c| matches!(tree.rel(c), "aux" | "aux:pass" | "cop"));
    first_person && !auxiliary
}

/// Who the text says the event comes from: the subject of a governing
/// reporting verb, or the object of "according to".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// First and last word (0-based, inclusive) of the attributed source.
    pub words: (usize, usize),
    /// The reporting verb, when there is one.
    pub verb: Option<usize>,
    pub text: String,
}

/// Drop punctuation at the edges of a span.
fn trim_punct(tree: &Tree, (mut lo, mut hi): (usize, usize)) -> (usize, usize) {
    while lo < hi && tree.words[hi].upos == "PUNCT" {
        hi -= 1;
    }
    while lo < hi && tree.words[lo].upos == "PUNCT" {
        lo += 1;
    }
    (lo, hi)
}

pub(crate) fn phrase(tree: &Tree, (lo, hi): (usize, usize)) -> String {
    tree.words[lo..=hi]
        .iter()
        .map(|w| w.form.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The attribution of the event at `verb`, if the text gives one.
pub fn attribution(tree: &Tree, verb: usize) -> Option<Attribution> {
    // "according to X" anywhere on the chain.
    let mut nodes = vec![verb];
    nodes.extend(governing_chain(tree, verb).into_iter().map(|(h, _)| h));
    for &n in &nodes {
        for c in tree.children(n) {
            let according = tree
                .children(c)
                .any(|g| tree.rel(g) == "case" && tree.lemma(g) == "accord");
            let according = according
                || tree
                    .children(c)
                    .any(|g| tree.words[g].form.eq_ignore_ascii_case("according"));
            if according && matches!(tree.rel(c), "obl" | "nmod" | "advcl") {
                let (lo, hi) = trim_punct(tree, tree.span(c));
                let lo = (lo..=hi)
                    .find(|&k| {
                        !tree.words[k].form.eq_ignore_ascii_case("according")
                            && !tree.words[k].form.eq_ignore_ascii_case("to")
                    })
                    .unwrap_or(lo);
                return Some(Attribution {
                    words: (lo, hi),
                    verb: None,
                    text: phrase(tree, (lo, hi)),
                });
            }
        }
    }
    for (h, rel) in governing_chain(tree, verb) {
        if tree.is_in(h, REPORTING) && matches!(rel.as_str(), "ccomp" | "parataxis") {
            let subject = tree.children(h).find(|&c| tree.rel(c) == "nsubj")?;
            let span = trim_punct(tree, tree.span(subject));
            return Some(Attribution {
                words: span,
                verb: Some(h),
                text: phrase(tree, span),
            });
        }
    }
    None
}

/// Where a sentence-level date came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedDate {
    /// `None` for background over a stretch with no point in it ("in the
    /// last few years").
    pub date: Option<EventDate>,
    /// The expression, or `publication date`.
    pub basis: String,
}

/// "Protesters' demands include investigation of police violence on June
/// 12": a clause in the simple present speaks of the day of the report; a
/// past date in it belongs to an act its words name, not to the clause, and
/// dates no event of the sentence.
fn past_date_of_present(tree: &Tree, m: &DateMention, publication: NaiveDate) -> bool {
    if m.date.first_day().is_none_or(|d| d >= publication) {
        return false;
    }
    let clause = (m.words.0..m.words.1).find_map(|k| {
        tree.ancestors(k)
            .into_iter()
            .find(|&a| tree.words[a].upos == "VERB")
    });
    clause.is_some_and(|v| {
        let form = tree.words[v].form.to_lowercase();
        // "On Monday, they put troops on alert": a past with the present's
        // form, which the tagger may take for a present.
        let past_form = SAME_FORM_PASTS.contains(&form.as_str());
        matches!(tree.words[v].xpos.as_str(), "VBZ" | "VBP")
            && !past_form
            && !tree
                .children(v)
                .any(|c| matches!(tree.rel(c), "aux" | "cop"))
    })
}

/// Verbs whose simple past is their present form.
const SAME_FORM_PASTS: &[&str] = &[
    "put",
    "set",
    "hit",
    "cut",
    "let",
    "quit",
    "spread",
    "cast",
    "cost",
    "shut",
    "read",
    "beat",
    "bid",
    "burst",
    "hurt",
    "split",
    "thrust",
    "upset",
    "broadcast",
    "forecast",
    "bet",
];

/// Straight and curly quotation marks, as tokenized (PTB `` and '' too).
pub fn is_quote_mark(form: &str) -> bool {
    matches!(form, "\"" | "\u{201c}" | "\u{201d}" | "``" | "''")
}

/// The event date: a date expression attached to the predicate (or its
/// clause chain), else one attached to the reporting verb, else any date
/// expression of the sentence that is not inside another clause, else the
/// publication date.
pub fn event_date(tree: &Tree, verb: usize, publication: NaiveDate) -> ResolvedDate {
    let forms: Vec<&str> = tree.words.iter().map(|w| w.form.as_str()).collect();
    let mentions: Vec<DateMention> = find_dates(&forms, publication)
        .into_iter()
        .filter(|m| {
            !bounds_a_stretch(&forms, m)
                && !past_date_of_present(tree, m, publication)
                && !dates_another_act(tree, m)
        })
        .collect();
    // "When announcing the shutdown on Monday, the prime minister called
    // on …": a clause of the same time dates its main clause.
    let same_time_clause = |x: usize| {
        tree.rel(x) == "advcl"
            && tree.children(x).any(|c| {
                matches!(tree.rel(c), "mark" | "advmod") && tree.is_in(c, &["when", "while", "as"])
            })
    };
    // "said, "They need to stand by us", while addressing the press
    // yesterday": words after the closing quote are the reporter's, not the
    // quotation's, even when the parser hangs them inside the quoted clause.
    let quote_marks: Vec<usize> = (0..tree.words.len())
        .filter(|&i| is_quote_mark(&tree.words[i].form))
        .collect();
    let quoted = |i: usize| quote_marks.iter().filter(|&&q| q < i).count() % 2 == 1;
    let outside_quote_of = |x: usize, k: usize| {
        tree.rel(x) == "ccomp" && !quote_marks.is_empty() && quoted(x) && !quoted(k)
    };
    let attached_to = |node: usize, m: &DateMention| {
        (m.words.0..m.words.1).any(|k| {
            let anc = tree.ancestors(k);
            // The date word hangs (directly or through its phrase) off `node`
            // without crossing into another clause.
            anc.first() == Some(&node)
                || anc.iter().position(|&a| a == node).is_some_and(|p| {
                    anc[..p].iter().all(|&x| {
                        !matches!(
                            tree.rel(x),
                            "ccomp" | "advcl" | "acl" | "xcomp" | "parataxis" | "conj"
                        ) || same_time_clause(x)
                            || frames::same_time_as_head(tree, x, k)
                            || outside_quote_of(x, k)
                    })
                })
        })
    };
    let pick = |node: usize| mentions.iter().find(|m| attached_to(node, m));
    if let Some(m) = pick(verb) {
        // "Russia will meet China on Monday": the coming Monday.
        let ahead = future_clause(tree, verb)
            .then(|| weekday_ahead(&forms, m, publication))
            .flatten();
        return ResolvedDate {
            date: Some(ahead.unwrap_or(m.date)),
            basis: m.basis.clone(),
        };
    }
    // "U.S. troops left Iraq in 2011, then returned three years later":
    // a date relative to one the sentence gives.
    let relative = find_relative_dates(&forms).into_iter().find(|r| {
        attached_to(
            verb,
            &DateMention {
                words: r.words,
                basis: String::new(),
                date: EventDate::Year(0),
            },
        )
    });
    if let Some(r) = relative {
        if let Some(anchor) = mentions.iter().find(|m| m.words.1 <= r.words.0) {
            return ResolvedDate {
                date: Some(r.shift.apply(anchor.date)),
                basis: format!("{} (from {})", r.basis, anchor.basis),
            };
        }
    }
    // "Iran has increased cooperation in the last few years with …":
    // undatable background.
    let stretch = find_undatable(&forms).into_iter().find(|&(a, b)| {
        attached_to(
            verb,
            &DateMention {
                words: (a, b),
                basis: String::new(),
                date: EventDate::Year(0),
            },
        )
    });
    if let Some((a, b)) = stretch {
        return ResolvedDate {
            date: None,
            basis: forms[a..b].join(" "),
        };
    }
    // Up the chain: "X said yesterday that Y met Z" dates the meeting no later than the saying;
    // the convention is the reporting-verb date when the text gives none.
    for (h, _) in governing_chain(tree, verb) {
        if let Some(m) = pick(h) {
            // The date of the report, not of what it reports: a later
            // restatement may date the event itself.
            let basis = if tree.is_in(h, REPORTING) {
                format!("{} (date of the report)", m.basis)
            } else {
                m.basis.clone()
            };
            // "was to travel on Monday to meet Xi": a planned act's
            // weekday lies ahead for its purpose too.
            let ahead = future_clause(tree, h)
                .then(|| weekday_ahead(&forms, m, publication))
                .flatten();
            return ResolvedDate {
                date: Some(ahead.unwrap_or(m.date)),
                basis,
            };
        }
    }
    if mentions.len() == 1 {
        let m = &mentions[0];
        let root_clause = |k: usize| {
            tree.ancestors(k)
                .iter()
                .all(|&a| !matches!(tree.rel(a), "ccomp" | "advcl" | "acl" | "relcl"))
        };
        if (m.words.0..m.words.1).any(root_clause) {
            // Said of the sentence's reporting verb ("…, the ministry said
            // yesterday"): the date of the report.
            let of_report = (m.words.0..m.words.1).any(|k| {
                tree.head(k)
                    .is_some_and(|h| tree.rel(h) == "root" && tree.is_in(h, REPORTING))
            });
            let basis = if of_report {
                format!("{} (date of the report)", m.basis)
            } else {
                m.basis.clone()
            };
            return ResolvedDate {
                date: Some(m.date),
                basis,
            };
        }
    }
    ResolvedDate {
        date: Some(EventDate::Day(publication)),
        basis: "publication date".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_geo::Gazetteer;

    /// A sentence from `form/lemma/upos/head/deprel` rows.
    fn parse(rows: &[(&str, &str, &str, usize, &str)]) -> Sentence {
        let mut s = String::new();
        for (i, (form, lemma, upos, head, rel)) in rows.iter().enumerate() {
            s.push_str(&format!(
                "{}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{rel}\t_\t_\n",
                i + 1
            ));
        }
        dyad_conllu::read_str(&s).unwrap().remove(0)
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reported_meeting_with_attribution_date_and_place() {
        // The ministry said its envoy met Syria's ambassador in Moscow on June 5 .
        let s = parse(&[
            ("The", "the", "DET", 2, "det"),
            ("ministry", "ministry", "NOUN", 3, "nsubj"),
            ("said", "say", "VERB", 0, "root"),
            ("its", "its", "PRON", 5, "nmod:poss"),
            ("envoy", "envoy", "NOUN", 6, "nsubj"),
            ("met", "meet", "VERB", 3, "ccomp"),
            ("Syria", "Syria", "PROPN", 9, "nmod:poss"),
            ("'s", "'s", "PART", 7, "case"),
            ("ambassador", "ambassador", "NOUN", 6, "obj"),
            ("in", "in", "ADP", 11, "case"),
            ("Moscow", "Moscow", "PROPN", 6, "obl"),
            ("on", "on", "ADP", 13, "case"),
            ("June", "June", "PROPN", 6, "obl"),
            ("5", "5", "NUM", 13, "nummod"),
            (".", ".", "PUNCT", 3, "punct"),
        ]);
        let t = Tree::new(&s);
        assert_eq!(factuality(&t, 5), Factuality::Reported);
        let a = attribution(&t, 5).unwrap();
        assert_eq!(a.text, "The ministry");
        let date = event_date(&t, 5, d(2018, 6, 20));
        assert_eq!(date.date.unwrap().to_string(), "2018-06-05");
        assert_eq!(date.basis, "on June 5");
        let found = location(&t, 5, Gazetteer::embedded()).unwrap();
        assert_eq!(found.place.country, "RUS");
        assert_eq!(found.basis, "in Moscow");
    }

    #[test]
    fn date_after_the_closing_quote_is_the_reporters() {
        // The minister said , " We need help " , while visiting the border yesterday .
        // (parsed with the while-clause inside the quoted clause)
        let s = parse(&[
            ("The", "the", "DET", 2, "det"),
            ("minister", "minister", "NOUN", 3, "nsubj"),
            ("said", "say", "VERB", 0, "root"),
            (",", ",", "PUNCT", 7, "punct"),
            ("\"", "\"", "PUNCT", 7, "punct"),
            ("We", "we", "PRON", 7, "nsubj"),
            ("need", "need", "VERB", 3, "ccomp"),
            ("help", "help", "NOUN", 7, "obj"),
            ("\"", "\"", "PUNCT", 7, "punct"),
            (",", ",", "PUNCT", 12, "punct"),
            ("while", "while", "SCONJ", 12, "mark"),
            ("visiting", "visit", "VERB", 7, "advcl"),
            ("the", "the", "DET", 14, "det"),
            ("border", "border", "NOUN", 12, "obj"),
            ("yesterday", "yesterday", "NOUN", 12, "obl:tmod"),
            (".", ".", "PUNCT", 3, "punct"),
        ]);
        let t = Tree::new(&s);
        let date = event_date(&t, 2, d(2019, 10, 15));
        assert_eq!(date.date.unwrap().to_string(), "2019-10-14");
        // Inside the quotation the same words belong to the quoted clause:
        // " We need help while visiting the border yesterday , " the minister said .
        let s = parse(&[
            ("\"", "\"", "PUNCT", 3, "punct"),
            ("We", "we", "PRON", 3, "nsubj"),
            ("need", "need", "VERB", 14, "ccomp"),
            ("help", "help", "NOUN", 3, "obj"),
            ("while", "while", "SCONJ", 6, "mark"),
            ("visiting", "visit", "VERB", 3, "advcl"),
            ("the", "the", "DET", 8, "det"),
            ("border", "border", "NOUN", 6, "obj"),
            ("on", "on", "ADP", 10, "case"),
            ("Monday", "Monday", "PROPN", 6, "obl"),
            (",", ",", "PUNCT", 3, "punct"),
            ("\"", "\"", "PUNCT", 3, "punct"),
            ("the", "the", "DET", 14, "det"),
            ("minister", "minister", "NOUN", 15, "nsubj"),
            ("said", "say", "VERB", 0, "root"),
        ]);
        let t = Tree::new(&s);
        let date = event_date(&t, 14, d(2019, 10, 15));
        assert_eq!(date.basis, "publication date");
    }

    use crate::test_support::tagged;

    #[test]
    fn a_past_date_does_not_date_a_present_clause() {
        let published = d(2019, 6, 23);
        // Demands include an inquiry on June 12 (the date hung on the verb).
        let s = tagged(&[
            ("Demands", "NNS", 2, "nsubj"),
            ("include", "VBP", 0, "root"),
            ("inquiries", "NNS", 2, "obj"),
            ("on", "IN", 5, "case"),
            ("June", "NNP", 2, "obl"),
            ("12", "CD", 5, "nummod"),
        ]);
        let date = event_date(&Tree::new(&s), 1, published);
        assert_eq!(date.basis, "publication date");
        // Police attacked protesters on June 12: a past clause keeps it.
        let s = tagged(&[
            ("Police", "NNS", 2, "nsubj"),
            ("attacked", "VBD", 0, "root"),
            ("protesters", "NNS", 2, "obj"),
            ("on", "IN", 5, "case"),
            ("June", "NNP", 2, "obl"),
            ("12", "CD", 5, "nummod"),
        ]);
        let date = event_date(&Tree::new(&s), 1, published);
        assert_eq!(date.date.unwrap().to_string(), "2019-06-12");
        // They put troops on alert on June 12, with "put" taken for a present.
        let s = tagged(&[
            ("They", "PRP", 2, "nsubj"),
            ("put", "VBP", 0, "root"),
            ("troops", "NNS", 2, "obj"),
            ("on", "IN", 5, "case"),
            ("June", "NNP", 2, "obl"),
            ("12", "CD", 5, "nummod"),
        ]);
        let date = event_date(&Tree::new(&s), 1, published);
        assert_eq!(date.date.unwrap().to_string(), "2019-06-12");
    }

    #[test]
    fn planned_negated_hypothetical() {
        // Syria is reportedly considering opening an embassy .
        let s = parse(&[
            ("Syria", "Syria", "PROPN", 4, "nsubj"),
            ("is", "be", "AUX", 4, "aux"),
            ("reportedly", "reportedly", "ADV", 4, "advmod"),
            ("considering", "consider", "VERB", 0, "root"),
            ("opening", "open", "VERB", 4, "xcomp"),
            ("an", "a", "DET", 7, "det"),
            ("embassy", "embassy", "NOUN", 5, "obj"),
        ]);
        let t = Tree::new(&s);
        assert_eq!(factuality(&t, 4), Factuality::Planned);
        // Russia did not recognise Kosovo .
        let s = parse(&[
            ("Russia", "Russia", "PROPN", 4, "nsubj"),
            ("did", "do", "AUX", 4, "aux"),
            ("not", "not", "PART", 4, "advmod"),
            ("recognise", "recognise", "VERB", 0, "root"),
            ("Kosovo", "Kosovo", "PROPN", 4, "obj"),
        ]);
        assert_eq!(factuality(&Tree::new(&s), 3), Factuality::Negated);
        // Iran could close the strait .
        let s = parse(&[
            ("Iran", "Iran", "PROPN", 3, "nsubj"),
            ("could", "could", "AUX", 3, "aux"),
            ("close", "close", "VERB", 0, "root"),
            ("the", "the", "DET", 5, "det"),
            ("strait", "strait", "NOUN", 3, "obj"),
        ]);
        assert_eq!(factuality(&Tree::new(&s), 2), Factuality::Hypothetical);
        // Plain past: asserted, dated by publication.
        let s = parse(&[
            ("Syria", "Syria", "PROPN", 2, "nsubj"),
            ("recognised", "recognise", "VERB", 0, "root"),
            ("Abkhazia", "Abkhazia", "PROPN", 2, "obj"),
        ]);
        let t = Tree::new(&s);
        assert_eq!(factuality(&t, 1), Factuality::Asserted);
        assert!(attribution(&t, 1).is_none());
        let date = event_date(&t, 1, d(2018, 6, 20));
        assert_eq!(
            (date.date.unwrap().to_string().as_str(), date.basis.as_str()),
            ("2018-06-20", "publication date")
        );
        assert!(location(&t, 1, Gazetteer::embedded()).is_none());
    }

    #[test]
    fn a_supposed_past_act_is_reported() {
        // The paper reported Trump might have pressured Ukraine .
        let s = parse(&[
            ("The", "the", "DET", 2, "det"),
            ("paper", "paper", "NOUN", 3, "nsubj"),
            ("reported", "report", "VERB", 0, "root"),
            ("Trump", "Trump", "PROPN", 7, "nsubj"),
            ("might", "might", "AUX", 7, "aux"),
            ("have", "have", "AUX", 7, "aux"),
            ("pressured", "pressure", "VERB", 3, "ccomp"),
            ("Ukraine", "Ukraine", "PROPN", 7, "obj"),
        ]);
        assert_eq!(factuality(&Tree::new(&s), 6), Factuality::Reported);
        // Iran might attack the ships : a possibility, not a claim.
        let s = parse(&[
            ("Iran", "Iran", "PROPN", 3, "nsubj"),
            ("might", "might", "AUX", 3, "aux"),
            ("attack", "attack", "VERB", 0, "root"),
            ("the", "the", "DET", 5, "det"),
            ("ships", "ship", "NOUN", 3, "obj"),
        ]);
        assert_eq!(factuality(&Tree::new(&s), 2), Factuality::Hypothetical);
    }

    /// "`subject` `verb` it would use force to expel the rebels", with the
    /// reporting verb's tag `xpos`.
    fn reported_plan(verb: &str, lemma: &str, xpos: &str) -> Sentence {
        let rows = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("army", "army", "NOUN", "NN", 3, "nsubj"),
            (verb, lemma, "VERB", xpos, 0, "root"),
            ("it", "it", "PRON", "PRP", 6, "nsubj"),
            ("would", "would", "AUX", "MD", 6, "aux"),
            ("use", "use", "VERB", "VB", 3, "ccomp"),
            ("force", "force", "NOUN", "NN", 6, "obj"),
            ("to", "to", "PART", "TO", 9, "mark"),
            ("expel", "expel", "VERB", "VB", 6, "advcl"),
            ("the", "the", "DET", "DT", 11, "det"),
            ("rebels", "rebel", "NOUN", "NNS", 9, "obj"),
        ];
        let mut s = String::new();
        for (i, (form, lemma, upos, xpos, head, rel)) in rows.iter().enumerate() {
            s.push_str(&format!(
                "{}\t{form}\t{lemma}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t_\n",
                i + 1
            ));
        }
        dyad_conllu::read_str(&s).unwrap().remove(0)
    }

    #[test]
    fn a_reported_plan_covers_the_clauses_under_it() {
        // "expel" hangs under "would use", which a past "said" reports.
        let s = reported_plan("said", "say", "VBD");
        assert_eq!(factuality(&Tree::new(&s), 8), Factuality::Planned);
        // "says it would …": a present report keeps *would* a hypothesis.
        let s = reported_plan("says", "say", "VBZ");
        assert_eq!(factuality(&Tree::new(&s), 8), Factuality::Hypothetical);
    }

    #[test]
    fn a_clause_under_will_is_planned() {
        // The Queen will comply with the request to suspend Parliament .
        let s = parse(&[
            ("The", "the", "DET", 2, "det"),
            ("Queen", "Queen", "PROPN", 4, "nsubj"),
            ("will", "will", "AUX", 4, "aux"),
            ("comply", "comply", "VERB", 0, "root"),
            ("with", "with", "ADP", 7, "case"),
            ("the", "the", "DET", 7, "det"),
            ("request", "request", "NOUN", 4, "obl"),
            ("to", "to", "PART", 9, "mark"),
            ("suspend", "suspend", "VERB", 4, "advcl"),
            ("Parliament", "Parliament", "PROPN", 9, "obj"),
        ]);
        assert_eq!(factuality(&Tree::new(&s), 8), Factuality::Planned);
    }

    /// "The rebels `verb` they had signed a deal".
    fn own_act(verb: &str, lemma: &str, subject: &str, upos: &str) -> Sentence {
        let rows = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("rebels", "rebel", "NOUN", "NNS", 3, "nsubj"),
            (verb, lemma, "VERB", "VBD", 0, "root"),
            (subject, subject, upos, "PRP", 6, "nsubj"),
            ("had", "have", "AUX", "VBD", 6, "aux"),
            ("signed", "sign", "VERB", "VBN", 3, "ccomp"),
            ("a", "a", "DET", "DT", 8, "det"),
            ("deal", "deal", "NOUN", "NN", 6, "obj"),
        ];
        let mut s = String::new();
        for (i, (form, lemma, upos, xpos, head, rel)) in rows.iter().enumerate() {
            s.push_str(&format!(
                "{}\t{form}\t{lemma}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t_\n",
                i + 1
            ));
        }
        dyad_conllu::read_str(&s).unwrap().remove(0)
    }

    #[test]
    fn a_party_announcing_its_own_act_asserts_it() {
        let s = own_act("announced", "announce", "they", "PRON");
        assert_eq!(factuality(&Tree::new(&s), 5), Factuality::Asserted);
        // A claim stays a claim; so does an announcement of another's act.
        let s = own_act("claimed", "claim", "they", "PRON");
        assert_eq!(factuality(&Tree::new(&s), 5), Factuality::Reported);
        let s = own_act("announced", "announce", "Iran", "PROPN");
        assert_eq!(factuality(&Tree::new(&s), 5), Factuality::Reported);
    }

    #[test]
    fn durations_are_not_dates_and_when_clauses_are() {
        // Britain suspended Parliament for parts of September .
        let s = parse(&[
            ("Britain", "Britain", "PROPN", 2, "nsubj"),
            ("suspended", "suspend", "VERB", 0, "root"),
            ("Parliament", "Parliament", "PROPN", 2, "obj"),
            ("for", "for", "ADP", 5, "case"),
            ("parts", "part", "NOUN", 2, "obl"),
            ("of", "of", "ADP", 7, "case"),
            ("September", "September", "PROPN", 5, "nmod"),
        ]);
        let date = event_date(&Tree::new(&s), 1, d(2019, 8, 29));
        assert_eq!(date.basis, "publication date");
        // When announcing the ban on Monday , Germany criticised Iran .
        let s = parse(&[
            ("When", "when", "ADV", 2, "advmod"),
            ("announcing", "announce", "VERB", 9, "advcl"),
            ("the", "the", "DET", 4, "det"),
            ("ban", "ban", "NOUN", 2, "obj"),
            ("on", "on", "ADP", 6, "case"),
            ("Monday", "Monday", "PROPN", 2, "obl"),
            (",", ",", "PUNCT", 6, "punct"),
            ("Germany", "Germany", "PROPN", 9, "nsubj"),
            ("criticised", "criticise", "VERB", 0, "root"),
            ("Iran", "Iran", "PROPN", 9, "obj"),
        ]);
        // (Reported on Tuesday 2019-07-09: the Monday before.)
        let date = event_date(&Tree::new(&s), 8, d(2019, 7, 9));
        assert_eq!(date.date.unwrap().to_string(), "2019-07-08");
        // After announcing the ban on Monday , … : a clause of another
        // time does not date the main clause.
        let s = parse(&[
            ("After", "after", "SCONJ", 2, "mark"),
            ("announcing", "announce", "VERB", 9, "advcl"),
            ("the", "the", "DET", 4, "det"),
            ("ban", "ban", "NOUN", 2, "obj"),
            ("on", "on", "ADP", 6, "case"),
            ("Monday", "Monday", "PROPN", 2, "obl"),
            (",", ",", "PUNCT", 6, "punct"),
            ("Germany", "Germany", "PROPN", 9, "nsubj"),
            ("criticised", "criticise", "VERB", 0, "root"),
            ("Iran", "Iran", "PROPN", 9, "obj"),
        ]);
        let date = event_date(&Tree::new(&s), 8, d(2019, 7, 8));
        assert_eq!(date.basis, "publication date");
    }

    #[test]
    fn a_date_relative_to_another_in_the_sentence() {
        // Troops left Iraq in 2011 and returned three years later .
        let s = parse(&[
            ("Troops", "troop", "NOUN", 2, "nsubj"),
            ("left", "leave", "VERB", 0, "root"),
            ("Iraq", "Iraq", "PROPN", 2, "obj"),
            ("in", "in", "ADP", 5, "case"),
            ("2011", "2011", "NUM", 2, "obl"),
            ("and", "and", "CCONJ", 7, "cc"),
            ("returned", "return", "VERB", 2, "conj"),
            ("three", "three", "NUM", 9, "nummod"),
            ("years", "year", "NOUN", 10, "obl:npmod"),
            ("later", "later", "ADV", 7, "advmod"),
        ]);
        let t = Tree::new(&s);
        let left = event_date(&t, 1, d(2019, 11, 10));
        assert_eq!(left.date.unwrap().to_string(), "2011");
        let returned = event_date(&t, 6, d(2019, 11, 10));
        assert_eq!(returned.date.unwrap().to_string(), "2014", "{returned:?}");
    }

    #[test]
    fn background_over_years_has_no_date() {
        // Iran increased cooperation in the last few years with China .
        let s = parse(&[
            ("Iran", "Iran", "PROPN", 2, "nsubj"),
            ("increased", "increase", "VERB", 0, "root"),
            ("cooperation", "cooperation", "NOUN", 2, "obj"),
            ("in", "in", "ADP", 7, "case"),
            ("the", "the", "DET", 7, "det"),
            ("last", "last", "ADJ", 7, "amod"),
            ("few", "few", "ADJ", 7, "amod"),
            ("years", "year", "NOUN", 2, "obl"),
            ("with", "with", "ADP", 10, "case"),
            ("China", "China", "PROPN", 2, "obl"),
        ]);
        let date = event_date(&Tree::new(&s), 1, d(2019, 9, 23));
        assert_eq!(date.date, None, "{date:?}");
        assert_eq!(date.basis, "in the last few years");
    }

    #[test]
    fn according_to_and_malformed_trees() {
        // According to KCNA , the North fired a missile .
        let s = parse(&[
            ("According", "accord", "VERB", 3, "case"),
            ("to", "to", "ADP", 1, "fixed"),
            ("KCNA", "KCNA", "PROPN", 7, "obl"),
            (",", ",", "PUNCT", 3, "punct"),
            ("the", "the", "DET", 6, "det"),
            ("North", "North", "PROPN", 7, "nsubj"),
            ("fired", "fire", "VERB", 0, "root"),
            ("a", "a", "DET", 9, "det"),
            ("missile", "missile", "NOUN", 7, "obj"),
        ]);
        let t = Tree::new(&s);
        assert_eq!(attribution(&t, 6).unwrap().text, "KCNA");
        // A cycle must not hang or panic.
        let s = parse(&[("a", "a", "X", 2, "dep"), ("b", "b", "X", 1, "dep")]);
        let t = Tree::new(&s);
        let _ = factuality(&t, 0);
        let _ = attribution(&t, 0);
        let _ = event_date(&t, 0, d(2018, 1, 1));
        let _ = t.span(0);
    }
}
