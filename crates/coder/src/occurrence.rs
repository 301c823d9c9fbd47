//! News: protests named as the subject of a verb of occurrence.
//!
//! Reports often say that protests happened without a verb of protesting:
//! "anti-government protests continue in Baghdad", "demonstrations erupted
//! in Minsk after the election", "rallies were held across the country".
//! Such a sentence is a demonstration (CAMEO 141; a riot 145) by the
//! protesters (`OPP`) of the country where it happens — the place phrase,
//! else a country named in the noun phrase, else the article's — against
//! that country's government, or against the actor of an "against X"
//! phrase ("protests against Israel").

use crate::{is_country_code, root_of, Actor, Coder, PhraseHit, SentenceContext, Tree};
use dyad_event::Event;

/// Verbs that say an event happened, by lemma. `break` needs its particle
/// *out*, `take` its object *place*.
const OCCURRENCE_VERBS: &[&str] = &[
    "continue",
    "erupt",
    "break",
    "take",
    "spread",
    "grow",
    "resume",
    "intensify",
    "escalate",
    "hold",
    "occur",
    "happen",
    "begin",
    "start",
    "flare",
    "rage",
    "sweep",
    "enter",
];

/// Nouns naming a protest, by lemma, and their CAMEO code.
const PROTEST_NOUNS: &[(&str, &str)] = &[
    ("protest", "141"),
    ("demonstration", "141"),
    ("rally", "141"),
    ("march", "141"),
    ("sit-in", "141"),
    ("riot", "145"),
];

impl Coder<'_> {
    /// The protest events of a sentence whose protest nouns are subjects of
    /// verbs of occurrence, with the verb's index.
    pub(crate) fn occurring_protests(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        ctx: &SentenceContext<'_>,
        context_tree: &dyad_context::Tree<'_>,
    ) -> Vec<(usize, Vec<Event>)> {
        let mut out = Vec::new();
        for v in 0..tree.words.len() {
            if !tree.is_verb(v) {
                continue;
            }
            let lemma = tree.lemma_lower(v);
            if !OCCURRENCE_VERBS.contains(&lemma.as_str()) {
                continue;
            }
            let with_child = |rel: &str, word: &str| {
                tree.children[v]
                    .iter()
                    .any(|&c| tree.base_rel(c) == rel && tree.lemma_lower(c) == word)
            };
            if lemma == "break" && !with_child("compound", "out") {
                continue;
            }
            if lemma == "take" && !with_child("obj", "place") {
                continue;
            }
            let Some(n) = tree.child_with(v, |r| r == "nsubj" || r == "nsubj:pass") else {
                continue;
            };
            let noun = tree.lemma_lower(n);
            let Some(&(_, code)) = PROTEST_NOUNS.iter().find(|(p, _)| *p == noun) else {
                continue;
            };
            // "no protests took place".
            if tree.children[n]
                .iter()
                .any(|&c| tree.base_rel(c) == "det" && tree.lemma_lower(c) == "no")
            {
                continue;
            }
            let against = tree.children[n]
                .iter()
                .chain(tree.children[v].iter())
                .copied()
                .find(|&c| tree.case_of(c) == Some("AGAINST"));
            let country_in = |node: usize| {
                self.actors_with_conj(tree, hits, node)
                    .into_iter()
                    .find(|a| is_country_code(&a.code))
                    .map(|a| root_of(&a.code).to_string())
            };
            // Where: the verb's or the noun's place phrase, then the noun's
            // own words ("Iraqi protests"), then the article.
            let place = tree.children[v]
                .iter()
                .chain(tree.children[n].iter())
                .copied()
                .filter(|&c| {
                    matches!(
                        tree.case_of(c),
                        Some("IN" | "ACROSS" | "THROUGHOUT" | "AROUND")
                    )
                })
                .find_map(country_in);
            let own = tree.children[n]
                .iter()
                .copied()
                .filter(|&c| matches!(tree.base_rel(c), "amod" | "compound" | "nmod"))
                .filter(|&c| Some(c) != against)
                .find_map(country_in);
            let Some(country) = place.or(own).or(ctx.article_country.map(str::to_string)) else {
                continue;
            };
            let source = Actor::inferred(format!("{country}OPP"), n, n, Some("protest"));
            let target = against
                .map(|a| self.actors_with_conj(tree, hits, a))
                .and_then(|t| t.into_iter().find(|a| a.has_country))
                .filter(|t| t.code != source.code)
                .unwrap_or_else(|| Actor::inferred(format!("{country}GOV"), n, n, Some("protest")));
            if self.options.explain {
                eprintln!(
                    "  protest noun {} as subject of {}: {} -> {} {code}",
                    tree.words[n].form, tree.words[v].form, source.code, target.code
                );
            }
            let factuality = Some(dyad_context::factuality(context_tree, v));
            let event = self.event(
                ctx,
                context_tree,
                tree,
                Some(&source),
                Some(&target),
                code,
                v,
                &format!("protest noun as the subject of '{lemma}' (src/occurrence.rs)"),
                factuality,
                0.5,
                None,
            );
            out.push((v, vec![event]));
        }
        out
    }
}
