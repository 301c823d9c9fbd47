//! News: what a court finds (CAMEO 116, find guilty or liable legally).
//!
//! A court states its finding with a verb of judging whose complement is
//! the finding: "the European Court of Human Rights ruled that Russia had
//! violated the rights of the opposition leader", "the court found that the
//! government had broken the law", "judges concluded that police had
//! tortured the detainees". The verb ("ruled", "found") has no code of its
//! own (a ruling is coded from its content), and the complement's act is
//! only the court's finding, not an act of the day; but the finding is the
//! court's act against the doer: 116, court → doer, dated and asserted as
//! the ruling. The content must be a wrongful act as `accusation.rs` reads
//! one (force, coercion, threats, defiance of the law: roots 13, 15, 17–20,
//! code 128), asserted (not negated, modal or conditional) and of a party
//! other than the court. A verb of judging whose subject is no court
//! ("the inquiry found", "analysts concluded") stays a plain statement.
//! Findings that an act is unlawful are the verb patterns' (`RULE * UNLAWFUL`
//! in `dyad.additions.verbs.txt`); the act's owner is their target. When
//! the sentence names no owner, [`Coder::court_act_owner`] finds it: a
//! possessive pronoun's antecedent ("ruled against its attempt"), else, for
//! an act only a state performs ("found the prorogation to be unlawful",
//! "struck down the decree"), the government of the court's country.

use std::sync::OnceLock;

use dyad_dict::{PhraseHit, VerbCode};

use crate::statement::Evaluation;
use crate::{is_country_code, roles_of, root_of};
use crate::{Actor, Antecedent, Coder, Predicate, Roles, SentenceContext, Tree};

/// Verbs by which a court states what it found, by lemma.
/// Upper case, as `Tree::upper_lemma` (no allocation per verb).
const FINDING_VERBS: &[&str] = &["RULE", "FIND", "CONCLUDE", "HOLD", "DETERMINE", "JUDGE"];

/// The start of the `rule` of a [`Coder::finding_predicate`].
const FINDING_RULE: &str = "court finding";

/// Acts that only a state (its government) performs, which courts rule on:
/// with no owner named, a court's finding against one is against the
/// government of the court's country.
const STATE_ACTS: &[&str] = &[
    "prorogation",
    "suspension",
    "decree",
    "order",
    "ban",
    "deportation",
    "expulsion",
    "extradition",
    "closure",
    "shutdown",
    "curfew",
    "lockdown",
    "regulation",
    "directive",
    "policy",
    "annexation",
    "blockade",
];

/// Verbs by which a court undoes another party's act, by upper-case lemma.
const COURT_REVERSALS: &[&str] = &[
    "ANNUL",
    "QUASH",
    "NULLIFY",
    "INVALIDATE",
    "OVERTURN",
    "OVERRULE",
    "SUSPEND",
    "BLOCK",
    "HALT",
    "FREEZE",
];

/// Acts a party issues that a court can undo: a court undoing one rules
/// against its owner. (Not the court's own acts, such as a conviction or a
/// sentence, whose undoing favours the person convicted.)
const ISSUED_ACTS: &[&str] = &[
    "decision",
    "decree",
    "order",
    "ban",
    "policy",
    "plan",
    "law",
    "rule",
    "regulation",
    "measure",
    "declaration",
    "appointment",
    "dismissal",
    "suspension",
    "prorogation",
    "directive",
    "reform",
    "move",
    "attempt",
];

/// Is the object of `v` an act a party issued, owned by a possessive ("the
/// government's ban", "Bolsonaro's decree")?
fn undoes_owned_act(tree: &Tree<'_>, v: usize) -> bool {
    tree.child_with(v, |r| r == "obj" || r == "nsubj:pass")
        .is_some_and(|o| {
            ISSUED_ACTS.contains(&tree.lemma_lower(o).as_str())
                && tree.child_with(o, |r| r == "nmod:poss").is_some()
        })
}

/// What a party appeals against in court: rulings and their penalties.
const APPEALED: &[&str] = &[
    "ruling",
    "decision",
    "verdict",
    "judgment",
    "judgement",
    "conviction",
    "sentence",
];

/// "The government said it would appeal", "vowed to appeal against the
/// verdict": *appeal* with neither an addressee nor a request ("appealed to
/// the UN", "appealed for calm", "appealed to voters to stay calm") nor an
/// object is an appeal in court (the object form, "appealed the ruling", is
/// the verb patterns').
fn is_legal_appeal(tree: &Tree<'_>, v: usize) -> bool {
    if tree.upper_lemma[v] != "APPEAL" || !tree.is_verb(v) {
        return false;
    }
    tree.children[v].iter().all(|&c| match tree.base_rel(c) {
        "obj" | "iobj" | "ccomp" | "xcomp" => false,
        "obl" => {
            tree.case_of(c) == Some("AGAINST") && APPEALED.contains(&tree.lemma_lower(c).as_str())
        }
        _ => true,
    })
}

/// Is `pred` a verb of judging read by [`Coder::finding_predicate`]?
pub(crate) fn is_finding(pred: &Predicate<'_>) -> bool {
    pred.rule.starts_with(FINDING_RULE)
}

/// The clausal complements of the verb at `v` that are verbs: the findings.
fn findings(tree: &Tree<'_>, v: usize) -> Vec<usize> {
    tree.children[v]
        .iter()
        .copied()
        .filter(|&c| tree.base_rel(c) == "ccomp" && tree.is_verb(c))
        .collect()
}

impl<'d> Coder<'d> {
    /// News: a verb of judging without a code of its own, whose complement
    /// is a clause ("ruled that Russia had violated …"), read as a plain
    /// statement so that [`Coder::court_finding`] can code what a court
    /// finds; a cheap word check first, since most verbs are no such verb.
    pub(crate) fn finding_predicate(&self, tree: &Tree<'_>, v: usize) -> Option<Predicate<'d>> {
        static STATEMENT: OnceLock<VerbCode> = OnceLock::new();
        if !self.options.news {
            return None;
        }
        let lemma = &tree.upper_lemma[v];
        if !FINDING_VERBS.contains(&lemma.as_str()) || findings(tree, v).is_empty() {
            return None;
        }
        Some(Predicate {
            code: STATEMENT.get_or_init(|| VerbCode::parse(crate::PLAIN_STATEMENT)),
            rule: format!("{FINDING_RULE} {lemma}"),
            pattern_matched: false,
            preps: Vec::new(),
            bindings: Vec::new(),
            event_noun: None,
            attributed: false,
            reported: false,
        })
    }

    /// The finding of the court that is the only source of the verb of
    /// judging at `v`: 116 against the doer of the wrongful act its
    /// complement reports, or `None` (see the module documentation).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn court_finding(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        phrases: &[(usize, usize)],
        v: usize,
        roles: &Roles,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Option<Evaluation> {
        let [court] = &roles.sources[..] else {
            return None;
        };
        if !roles_of(&court.code).any(|r| r == "JUD") {
            return None;
        }
        self.accusation_by(
            tree,
            hits,
            phrases,
            court,
            findings(tree, v),
            v,
            ctx,
            countries,
            true,
        )
    }

    /// The owner of the act a court's finding (116) at `v` is against, when
    /// the sentence names none (see the module documentation): the
    /// antecedent of the act's possessive pronoun, else the government of
    /// the court's country for an act only a state performs.
    pub(crate) fn court_act_owner(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        roles: &Roles,
        code: &str,
        antecedents: &[Antecedent],
    ) -> Option<Actor> {
        if !self.options.news || code != "116" || !roles.targets.is_empty() {
            return None;
        }
        let [court] = &roles.sources[..] else {
            return None;
        };
        if !roles_of(&court.code).any(|r| r == "JUD") {
            return None;
        }
        // The act: the verb's object ("struck down the decree"), what it
        // rules against ("ruled against its attempt"), or the subject of
        // its complement ("ruled the prorogation was unlawful").
        let mut acts: Vec<usize> = tree.children[v]
            .iter()
            .copied()
            .filter(|&c| {
                matches!(tree.rel(c), "obj" | "nsubj:pass")
                    || tree.base_rel(c) == "obl" && tree.case_of(c) == Some("AGAINST")
            })
            .collect();
        for &c in &tree.children[v] {
            if matches!(tree.base_rel(c), "ccomp" | "xcomp") {
                acts.extend(tree.child_with(c, |r| r == "nsubj" || r == "nsubj:pass"));
            }
        }
        let act = *acts.first()?;
        if let Some(p) = tree.child_with(act, |r| r == "nmod:poss") {
            if tree.words[p].xpos != "PRP$" {
                return None;
            }
            let owners = self.actors_in_context(tree, hits, p, antecedents);
            return match &owners[..] {
                [owner] if owner.code != court.code => Some(owner.clone()),
                _ => None,
            };
        }
        // An act with a word of its own beyond determiners and adjectives
        // ("the prorogation of parliament by the Queen", "the 2005 law") is
        // left to the roles the sentence gives.
        let owned = tree.children[act].iter().any(|&c| {
            matches!(tree.base_rel(c), "compound" | "nmod" | "nummod" | "acl")
                && tree.case_of(c) != Some("OF")
        });
        if owned || !STATE_ACTS.contains(&tree.lemma_lower(act).as_str()) {
            return None;
        }
        let base = court.code.strip_suffix("JUD")?;
        if !is_country_code(root_of(base)) {
            return None;
        }
        let government = if base.ends_with("GOV") {
            base.to_string()
        } else {
            format!("{base}GOV")
        };
        Some(Actor::inferred(government, act, act, Some("court")))
    }

    /// The codebook's code for legal process the verb dictionary codes as
    /// something else (news only): a charge or indictment brought by a
    /// prosecutor or court — named, or implied by an agentless passive — is
    /// a charge with legal action (173), not an accusation (upstream CHARGE
    /// is in the BLAME block, 112, and "charged 16 journalists with
    /// terrorism" matches its 1124); a conviction finds guilty (116), where
    /// upstream CONVICT says 173 (arrest, detain or charge). A court that
    /// annuls, suspends or blocks another party's act ("blocked President
    /// Bolsonaro's decree", "suspended the government's ban") rules against
    /// it, as one that strikes it down (116), whatever the verb's own code
    /// (SUSPEND 160, BLOCK 170, OVERTURN 120 are a government's acts).
    pub(crate) fn legal_process_code(
        &self,
        tree: &Tree<'_>,
        v: usize,
        source: Option<&Actor>,
        code: &str,
    ) -> Option<&'static str> {
        if !self.options.news {
            return None;
        }
        let lemma = &tree.upper_lemma[v];
        let by_court = source.is_some_and(|s| roles_of(&s.code).any(|r| r == "JUD"));
        if by_court && COURT_REVERSALS.contains(&lemma.as_str()) && undoes_owned_act(tree, v) {
            return Some("116");
        }
        match lemma.as_str() {
            "APPEAL" if code.starts_with("02") && is_legal_appeal(tree, v) => Some("120"),
            "CONVICT" if code.starts_with("17") => Some("116"),
            "CHARGE" | "INDICT" if code.starts_with("11") && by_court => Some("173"),
            _ => None,
        }
    }

    /// The court an appeal in court (see [`is_legal_appeal`]) is against:
    /// the court of the article's latest ruling, sentence or other act of a
    /// court against someone (roots 11, 12, 17), other than the appellant.
    pub(crate) fn appealed_court(
        &self,
        tree: &Tree<'_>,
        v: usize,
        roles: &Roles,
        recent_events: &[crate::RecentEvent],
    ) -> Option<Actor> {
        if !self.options.news || !roles.targets.is_empty() || !is_legal_appeal(tree, v) {
            return None;
        }
        let (court, _, _) = recent_events.iter().rev().find(|(source, cameo, _)| {
            roles_of(source).any(|r| r == "JUD")
                && matches!(cameo.get(..2), Some("11" | "12" | "17"))
                && !roles.sources.iter().any(|s| s.code == *source)
        })?;
        Some(Actor::inferred(court.clone(), v, v, Some("event")))
    }
}
