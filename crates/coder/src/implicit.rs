//! News: participants an act implies when the sentence leaves them out.
//!
//! * An agentless passive of an act only one kind of actor performs has
//!   that actor as its source: people "were arrested" by the police,
//!   a president "was impeached" by the legislature, suspects "were
//!   charged" by prosecutors — of the country of the person acted on, else
//!   of the article ("More than 1000 people have been arrested since the
//!   protests began" in a Hong Kong report → `HKGCOP`).
//! * An act of force (CAMEO 18–20) with a source and no target, in an
//!   article about another country, is against that country ("Turkey began a
//!   military offensive" in a report on Syria → `TUR` → `SYR`).
//!
//! Both mark the actor's `country_from` (`implied`, `article`), which the
//! event's `rule` shows.

use crate::{is_country_code, root_of, Actor, Roles, Tree};

/// Verb lemmas whose agent, when a passive leaves it out, can only be one
/// kind of actor, and that actor's role code.
const IMPLIED_AGENTS: &[(&str, &str)] = &[
    ("arrest", "COP"),
    ("detain", "COP"),
    ("apprehend", "COP"),
    ("impeach", "LEG"),
    ("indict", "JUD"),
    ("convict", "JUD"),
    ("sentence", "JUD"),
    ("acquit", "JUD"),
    ("charge", "JUD"),
    ("deport", "GOV"),
    ("extradite", "GOV"),
];

/// The implied source of the agentless passive at `v`, if its verb has one.
pub(crate) fn implied_agent(
    tree: &Tree<'_>,
    v: usize,
    roles: &Roles,
    article_country: Option<&str>,
) -> Option<Actor> {
    if !roles.sources.is_empty() {
        return None;
    }
    tree.child_with(v, |r| r == "nsubj:pass")?;
    let by_agent = tree.children[v]
        .iter()
        .any(|&c| tree.rel(c) == "obl:agent" || tree.case_of(c) == Some("BY"));
    if by_agent {
        return None;
    }
    let lemma = tree.lemma_lower(v);
    // "were found guilty of …": a verdict, which only a court gives.
    let verdict = lemma == "find"
        && tree.children[v]
            .iter()
            .any(|&c| tree.lemma_lower(c) == "guilty");
    let role = IMPLIED_AGENTS
        .iter()
        .find(|(l, _)| *l == lemma.as_str())
        .map(|(_, r)| *r)
        .or(verdict.then_some("JUD"))?;
    let country = roles
        .targets
        .iter()
        .find(|t| is_country_code(&t.code))
        .map(|t| root_of(&t.code))
        .or(article_country)?;
    Some(Actor::inferred(
        format!("{country}{role}"),
        v,
        v,
        Some("implied"),
    ))
}

/// The target of an act of force that names none: the article's country,
/// when the sources are of another country.
pub(crate) fn force_target(
    code: &str,
    v: usize,
    roles: &Roles,
    article_country: Option<&str>,
) -> Option<Actor> {
    let force = matches!(code.get(..2), Some("18" | "19" | "20"));
    if !force || !roles.targets.is_empty() || roles.sources.is_empty() {
        return None;
    }
    let country = article_country?;
    let foreign = roles
        .sources
        .iter()
        .all(|s| is_country_code(&s.code) && root_of(&s.code) != country);
    foreign.then(|| Actor::inferred(country.to_string(), v, v, Some("article")))
}
