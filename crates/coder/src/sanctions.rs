//! Sanctions named by a noun (news): "New US sanctions on Iran took effect
//! on Tuesday", "the airline has been under US sanctions since 2011",
//! "Russia faces sweeping Western sanctions", "the sanctions imposed by the
//! EU on Belarus target its potash industry".
//!
//! A sanctions regime is what compliance analysts track most, and news
//! names it far more often with a noun than with a verb ("X sanctioned Y").
//! The verb dictionaries code "imposed sanctions on" and "lifted sanctions";
//! this module codes the noun when no verb of its clause speaks of it, as
//! CAMEO 163 (impose embargo, boycott or sanctions) from the country whose
//! sanctions they are to the one they are on. It needs both, read only from
//! the places where English puts them:
//! * the **author**: a possessor or modifier of the noun ("America's",
//!   "US", "Western", "EU"), its *by* or *from* phrase, or the *by* phrase
//!   of a participle on it ("imposed by the EU");
//! * the **sanctioned**: the noun's *on* or *against* phrase, else the one
//!   the clause puts under them: the subject of "is under sanctions", "faces
//!   sanctions", "is the subject/target of sanctions", or the object of
//!   sanctions that "target" or "hit" someone.
//!
//! Sanctions lifted, eased, threatened, called for, opposed or evaded are no
//! imposition: the noun counts only in the clauses above, or as the subject
//! of a verb that says they apply ("took effect", "came into force").

use dyad_dict::PhraseHit;
use dyad_event::Event;

use crate::{Actor, Coder, SentenceContext, Tree};

/// The code: impose embargo, boycott or sanctions.
const SANCTIONS: &str = "163";

/// Verbs whose subject, the sanctions noun, applies to their object
/// ("the sanctions target Russian banks").
const STRIKING_VERBS: &[&str] = &["target", "hit", "cripple", "hurt", "affect", "punish"];

/// Verbs whose subject, the sanctions noun, is in force: "took effect",
/// "came into force", "went into effect", "remain in place".
const IN_FORCE_VERBS: &[&str] = &["take", "come", "go", "enter", "remain", "apply", "kick"];

/// Nouns whose *of* phrase is sanctions applied to the subject of the
/// copula: "Iran is the target of US sanctions".
const SUBJECT_NOUNS: &[&str] = &["subject", "target"];

/// Is the noun at `n` a sanctions noun ("sanctions", "an embargo")? The
/// singular "sanction" also means approval ("without UN sanction").
fn is_sanctions_noun(tree: &Tree<'_>, n: usize) -> bool {
    let w = &tree.words[n];
    w.upos == "NOUN"
        && match tree.lemma_lower(n).as_str() {
            "sanction" => w.xpos == "NNS",
            "embargo" => true,
            _ => false,
        }
}

impl Coder<'_> {
    /// News: sanctions named by a noun with their author and the sanctioned
    /// party (module documentation). `coded` holds the verbs' events so far:
    /// a clause whose verb codes reduced relations already ("imposed
    /// sanctions on Iran") is that event.
    pub(crate) fn sanction_noun_events(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        ctx: &SentenceContext<'_>,
        context_tree: &dyad_context::Tree<'_>,
        coded: &[(usize, Vec<Event>)],
    ) -> Vec<(usize, Vec<Event>)> {
        let mut out = Vec::new();
        for n in 0..tree.words.len() {
            if !is_sanctions_noun(tree, n) {
                continue;
            }
            // The clause the noun belongs to: the nearest verb above it, or
            // the noun itself as a copular predicate ("is under sanctions").
            let mut clause = Some(n);
            while let Some(h) = clause.filter(|&h| !tree.is_verb(h) && !is_predicate(tree, h)) {
                clause = tree.heads[h];
            }
            let clause = clause.unwrap_or(n);
            // Its clause's verb, or a participle on it ("imposed by the
            // EU"), coded the sanctions already.
            let participles: Vec<usize> = tree.children[n]
                .iter()
                .copied()
                .filter(|&c| tree.base_rel(c) == "acl")
                .collect();
            let already = coded
                .iter()
                .filter(|(v, _)| *v == clause || participles.contains(v))
                .any(|(_, e)| {
                    e.iter()
                        .any(|e| e.cameo.as_deref().is_some_and(|c| c.starts_with("16")))
                });
            let setting = setting(tree, n);
            if already || !(imposed_by_participle(tree, n) || setting.is_some()) {
                continue;
            }
            let Some(target_node) = sanctioned_node(tree, n, setting) else {
                continue;
            };
            let own = |a: &Actor| !a.code.starts_with("---") && a.has_country;
            let Some(source) = author_nodes(tree, n)
                .into_iter()
                .find_map(|c| self.actors_with_conj(tree, hits, c).into_iter().find(own))
            else {
                continue;
            };
            let mut found = self.actors_with_conj(tree, hits, target_node);
            if found.is_empty() && tree.words[target_node].upos == "PROPN" {
                // "Mahan has been the subject of US sanctions": a name the
                // dictionaries lack is a body of the article's country
                // (filled in below), as sanctions name foreign entities.
                found.push(Actor::inferred(
                    "---".to_string(),
                    target_node,
                    target_node,
                    Some("article"),
                ));
            }
            let Some(mut target) = found
                .drain(..)
                .find(|t| crate::root_of(&t.code) != crate::root_of(&source.code))
            else {
                continue;
            };
            if target.code.starts_with("---") {
                // "The airline has been under US sanctions": a body named
                // without a country is the article's.
                let Some(country) = ctx.article_country else {
                    continue;
                };
                if country == crate::root_of(&source.code) {
                    continue;
                }
                target.code = format!("{country}{}", &target.code[3..]);
            }
            let factuality = dyad_context::factuality(context_tree, clause);
            let rule = format!(
                "sanctions noun \"{}\" in the clause of {} (src/sanctions.rs)",
                tree.words[n].form, tree.words[clause].form
            );
            if self.options.explain {
                eprintln!("  {} -> {} {SANCTIONS}: {rule}", source.code, target.code);
            }
            let event = self.event(
                ctx,
                context_tree,
                tree,
                Some(&source),
                Some(&target),
                SANCTIONS,
                n,
                &rule,
                Some(factuality),
                0.5,
                None,
            );
            out.push((n, vec![event]));
        }
        out
    }
}

/// Participles that say the sanctions were put in place.
const IMPOSING_PARTICIPLES: &[&str] = &[
    "impose",
    "slap",
    "levy",
    "introduce",
    "announce",
    "adopt",
    "reimpose",
    "extend",
    "tighten",
];

/// Is the sanctions noun at `n` modified by a participle of imposition
/// ("the sanctions imposed by the EU")?
fn imposed_by_participle(tree: &Tree<'_>, n: usize) -> bool {
    tree.children[n].iter().any(|&c| {
        tree.base_rel(c) == "acl"
            && tree.words[c].xpos == "VBN"
            && IMPOSING_PARTICIPLES.contains(&tree.lemma_lower(c).as_str())
    })
}

/// How the clause of a sanctions noun says they are in force (module
/// documentation), with the word that governs the noun where the
/// sanctioned party hangs on it.
#[derive(Clone, Copy)]
enum Setting {
    /// "is under sanctions", "remains under sanctions".
    Under,
    /// "Russia faces sanctions".
    Faced(usize),
    /// "Iran is the target of US sanctions".
    SubjectOf(usize),
    /// "The sanctions target Russian banks".
    Striking(usize),
    /// "The sanctions took effect": only their *on* phrase names whom.
    InForce,
}

/// The clause around the sanctions noun at `n` that says they are in
/// force, if any (lifted, threatened or sought sanctions have none).
fn setting(tree: &Tree<'_>, n: usize) -> Option<Setting> {
    if tree.case_of(n) == Some("UNDER") {
        return Some(Setting::Under);
    }
    let head = tree.heads[n]?;
    let head_lemma = tree.lemma_lower(head);
    match tree.base_rel(n) {
        "obj" if head_lemma == "face" => Some(Setting::Faced(head)),
        "nmod"
            if tree.case_of(n) == Some("OF")
                && SUBJECT_NOUNS.contains(&head_lemma.as_str())
                && is_predicate(tree, head) =>
        {
            Some(Setting::SubjectOf(head))
        }
        "nsubj" if STRIKING_VERBS.contains(&head_lemma.as_str()) => Some(Setting::Striking(head)),
        "nsubj" if IN_FORCE_VERBS.contains(&head_lemma.as_str()) => Some(Setting::InForce),
        _ => None,
    }
}

/// Is `n` a nominal heading a copular clause ("is under sanctions", "is
/// the subject of sanctions")?
fn is_predicate(tree: &Tree<'_>, n: usize) -> bool {
    tree.child_with(n, |r| r == "cop").is_some()
}

/// The words naming who imposes the sanctions at `n`: its possessor and
/// the modifiers before it ("America's", "US", "Western"), its *by* or
/// *from* phrase, and the *by* phrase of a participle on it ("imposed by
/// the EU").
fn author_nodes(tree: &Tree<'_>, n: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for &c in &tree.children[n] {
        let rel = tree.rel(c);
        let base = tree.base_rel(c);
        let named = rel == "nmod:poss" || (c < n && matches!(base, "compound" | "amod"));
        let by = base == "nmod" && matches!(tree.case_of(c), Some("BY" | "FROM"));
        if named || by {
            out.push(c);
        } else if base == "acl" && tree.words[c].xpos == "VBN" {
            out.extend(tree.children[c].iter().copied().filter(|&a| {
                tree.rel(a) == "obl:agent"
                    || tree.base_rel(a) == "obl" && tree.case_of(a) == Some("BY")
            }));
        }
    }
    out
}

/// The word naming who the sanctions at `n` are on (module documentation),
/// given the clause's [`Setting`].
fn sanctioned_node(tree: &Tree<'_>, n: usize, setting: Option<Setting>) -> Option<usize> {
    let on = |x: usize| {
        tree.children[x].iter().copied().find(|&c| {
            matches!(tree.base_rel(c), "nmod" | "obl")
                && matches!(tree.case_of(c), Some("ON" | "AGAINST"))
        })
    };
    // "sanctions on Iran", "sanctions imposed by the EU on Belarus".
    if let Some(c) = on(n) {
        return Some(c);
    }
    for &c in &tree.children[n] {
        if tree.base_rel(c) == "acl" && tree.words[c].xpos == "VBN" {
            if let Some(t) = on(c) {
                return Some(t);
            }
        }
    }
    let subject_of = |h: usize| tree.child_with(h, |r| r == "nsubj" || r == "nsubj:pass");
    match setting? {
        // "The airline has been under US sanctions": the noun heads the
        // copular clause, or hangs on its verb ("remains under sanctions").
        Setting::Under if is_predicate(tree, n) => subject_of(n),
        Setting::Under => tree.heads[n]
            .filter(|&h| tree.base_rel(n) == "obl" && tree.is_verb(h))
            .and_then(subject_of),
        Setting::Faced(head) | Setting::SubjectOf(head) => subject_of(head),
        Setting::Striking(head) => tree.child_with(head, |r| r == "obj"),
        Setting::InForce => None,
    }
}

impl<'d> Coder<'d> {
    /// News: criticism or rejection of sanctions (111, 12x, 14x) is aimed at
    /// whoever imposed them, not at the sanctioned party: "Russia condemned
    /// the sanctions imposed on Iran by the United States" → the United
    /// States. `Some(actors)` when the verb's object is a sanctions noun:
    /// its authors (possibly none, as in "criticised Western sanctions on
    /// Moscow", where no code names "Western"); `None` otherwise.
    pub(crate) fn sanctions_criticised(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        code: &str,
    ) -> Option<Vec<Actor>> {
        if !self.options.news || !matches!(code.get(..2), Some("11" | "12" | "14")) {
            return None;
        }
        let object = tree.child_with(v, |r| r == "obj")?;
        if !is_sanctions_noun(tree, object) {
            return None;
        }
        Some(
            author_nodes(tree, object)
                .into_iter()
                .flat_map(|a| self.actors_with_conj(tree, hits, a))
                .collect(),
        )
    }
}
