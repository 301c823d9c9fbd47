//! News: participants an act implies when the sentence leaves them out.
//!
//! * An agentless passive of an act only one kind of actor performs has
//!   that actor as its source: people "were arrested" or "taken into
//!   custody" by the police, a president "was impeached" by the
//!   legislature, suspects "were charged", "jailed" or "put on trial" by
//!   the courts — of the country where it happened ("arrested in Cairo"),
//!   else of the person acted on, else of the article ("More than 1000
//!   people have been arrested since the protests began" in a Hong Kong
//!   report → `HKGCOP`). People "deported", "expelled" or "extradited" are
//!   sent away by the government of the country they leave ("expelled from
//!   the Netherlands"), never by their own.
//! * An act of force (CAMEO 18–20) with a source and no target, in an
//!   article about another country, is against that country ("Turkey began a
//!   military offensive" in a report on Syria → `TUR` → `SYR`).
//!
//! Both mark the actor's `country_from` (`implied`, `article`), which the
//! event's `rule` shows.

use crate::countries::roles_of;
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
    ("prosecute", "JUD"),
    // "was jailed for ten years", "have been imprisoned since January": a
    // prison term, which a court imposes.
    ("jail", "JUD"),
    ("imprison", "JUD"),
    // "Four drug traffickers were executed in Indonesia": the state that
    // carries out the death sentence.
    ("execute", "GOV"),
    ("deport", "GOV"),
    ("expel", "GOV"),
    ("extradite", "GOV"),
];

/// Verbs whose agentless passive implies the government only when what was
/// acted on is an organisation: "the party was banned", "the newspaper was
/// outlawed" — athletes are banned from games by sports bodies, smokers
/// from bars by no one in particular.
const ORGANISATION_BANS: &[&str] = &["ban", "outlaw", "proscribe"];

/// Role codes of organisations a state bans: parties, opposition groups,
/// media, NGOs, armed groups.
const ORGANISATION_ROLES: &[&str] = &["PTY", "OPP", "MED", "NGO", "REB", "INS", "UAF"];

/// Verbs that put a restrictive measure in force, and the measures: "a
/// curfew was imposed in Negombo", "martial law was extended", "a state of
/// emergency was declared". Only a government does that to a place.
const MEASURE_VERBS: &[&str] = &["impose", "declare", "extend", "enforce", "introduce"];
const MEASURES: &[&str] = &["curfew", "lockdown", "emergency", "martial"];

/// Verb + preposition + noun phrases for the same acts: "was taken into
/// custody", "were placed under house arrest", "was put on trial", "are
/// held in detention".
const IMPLIED_PHRASES: &[(&str, &str, &str, &str)] = &[
    ("take", "INTO", "custody", "COP"),
    ("take", "INTO", "detention", "COP"),
    ("place", "UNDER", "arrest", "COP"),
    ("put", "UNDER", "arrest", "COP"),
    ("hold", "IN", "custody", "COP"),
    ("hold", "IN", "detention", "COP"),
    ("put", "ON", "trial", "JUD"),
    ("place", "ON", "trial", "JUD"),
    ("bring", "TO", "trial", "JUD"),
];

/// Whose country an implied agent belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seat {
    /// Arrests, charges, trials, prison: the authorities where it happens,
    /// else those of the person's own country.
    Jurisdiction,
    /// Deportation, extradition: the country the person is sent away from
    /// — never the person's own ("Afghan migrants were deported from Iran"
    /// is Iran's act).
    Removal,
    /// Expulsion: as a removal, but people are expelled from parties and
    /// schools too, so only from a country or, as diplomats, from the
    /// article's.
    Expulsion,
}

/// The role the agentless passive at `v` implies for its missing agent, and
/// where that agent sits; `None` when the verb implies none or the sentence
/// names its agent.
pub(crate) fn implied_role(
    tree: &Tree<'_>,
    v: usize,
    roles: &Roles,
) -> Option<(&'static str, Seat)> {
    if !roles.sources.is_empty() {
        return None;
    }
    let subject = tree.child_with(v, |r| r == "nsubj:pass")?;
    let lemma = tree.lemma_lower(v);
    if is_measure(tree, &lemma, subject) && no_agent(tree, v) {
        return Some(("GOV", Seat::Jurisdiction));
    }
    // "he was jailed for contempt of parliament": the person acted on is
    // the passive's subject; an actor only a phrase names ("of
    // parliament", "under the government") is not who was jailed.
    // The parser may split a titled name into two passive subjects
    // ("Former Prime Minister Nawaz Sharif was convicted": *Former* and
    // *Nawaz*); the person acted on spans them all.
    let words: Vec<usize> = tree.children[v]
        .iter()
        .filter(|&&c| tree.rel(c) == "nsubj:pass")
        .flat_map(|&c| tree.subtree(c, &|_| false))
        .chain(std::iter::once(subject))
        .collect();
    let (lo, hi) = (words.iter().min()?, words.iter().max()?);
    // "protesters who were arrested": a relative clause's subject stands
    // for the noun the clause modifies.
    let relative_head = tree.heads[v].filter(|_| tree.rel(v) == "acl:relcl");
    let acted_on = |t: &Actor| {
        (t.first >= *lo && t.last <= *hi)
            || relative_head.is_some_and(|h| t.first <= h && h <= t.last)
    };
    if !roles.targets.iter().any(acted_on) || !no_agent(tree, v) {
        return None;
    }
    // "The PKK is banned in Turkey": a standing ban (a present passive) is
    // a state of affairs, not an act.
    let standing = tree.children[v].iter().any(|&c| {
        tree.rel(c) == "aux:pass" && matches!(tree.words[c].xpos.as_str(), "VBZ" | "VBP")
    });
    if ORGANISATION_BANS.contains(&lemma.as_str()) && standing {
        return None;
    }
    if ORGANISATION_BANS.contains(&lemma.as_str()) {
        let organisation = roles
            .targets
            .iter()
            .filter(|t| acted_on(t))
            .any(|t| roles_of(&t.code).any(|r| ORGANISATION_ROLES.contains(&r)));
        return organisation.then_some(("GOV", Seat::Jurisdiction));
    }
    // "were found guilty of …": a verdict, which only a court gives.
    let verdict = lemma == "find"
        && tree.children[v]
            .iter()
            .any(|&c| tree.lemma_lower(c) == "guilty");
    let phrase = || {
        IMPLIED_PHRASES
            .iter()
            .find_map(|&(verb, case, noun, role)| {
                let found = verb == lemma
                    && tree.children[v].iter().any(|&c| {
                        tree.base_rel(c) == "obl"
                            && tree.lemma_lower(c) == noun
                            && tree.case_of(c) == Some(case)
                    });
                found.then_some(role)
            })
    };
    let role = IMPLIED_AGENTS
        .iter()
        .find(|(l, _)| *l == lemma.as_str())
        .map(|(_, r)| *r)
        .or(verdict.then_some("JUD"))
        .or_else(phrase)?;
    let seat = match lemma.as_str() {
        "deport" | "extradite" => Seat::Removal,
        "expel" => Seat::Expulsion,
        _ => Seat::Jurisdiction,
    };
    Some((role, seat))
}

/// The passive at `v` names no agent ("by the police").
fn no_agent(tree: &Tree<'_>, v: usize) -> bool {
    !tree.children[v]
        .iter()
        .any(|&c| tree.rel(c) == "obl:agent" || tree.case_of(c) == Some("BY"))
}

/// Is `subject` of the verb `lemma` a restrictive measure put in force
/// ("a nationwide curfew", "a state of emergency", "martial law")?
fn is_measure(tree: &Tree<'_>, lemma: &str, subject: usize) -> bool {
    if !MEASURE_VERBS.contains(&lemma) {
        return false;
    }
    let named = |n: usize| MEASURES.contains(&tree.lemma_lower(n).as_str());
    // "state of emergency": the measure is the head's nominal modifier;
    // "martial law": its adjective.
    named(subject)
        || tree.children[subject]
            .iter()
            .any(|&c| matches!(tree.base_rel(c), "nmod" | "amod") && named(c))
}

/// The target of a state's coercion (CAMEO 17) that names none but a place
/// of its own country: the country ("authorities imposed a curfew in
/// Negombo" → `LKAGOV` → `LKA`), as analysts code a state's coercion of its
/// own people. A curfew or state of emergency without a place is on the
/// state's own country.
pub(crate) fn coercion_place_target<'a>(
    code: &str,
    v: usize,
    roles: &Roles,
    place_country: impl FnOnce() -> Option<&'a str>,
) -> Option<Actor> {
    if !code.starts_with("17") || !roles.targets.is_empty() || roles.sources.is_empty() {
        return None;
    }
    // A curfew, a state of emergency or martial law (1723, 1724) is put on
    // the state's own country when no place is named ("the army declared
    // martial law"); so is a restriction of speech with no other target
    // ("the government shut down the internet", 1721).
    let measure = matches!(code, "1721" | "1723" | "1724");
    let own = || {
        let first = roles.sources.first()?;
        is_country_code(&first.code).then(|| root_of(&first.code))
    };
    // A bare country ("Ethiopia shut down the internet in Tigray") acts
    // through its state ([`bare_state_at_home`]).
    let state = roles.sources.iter().all(|s| {
        is_country_code(&s.code)
            && (s.code.len() == 3 || roles_of(&s.code).any(|r| STATE_ROLES.contains(&r)))
    });
    if !state {
        return None;
    }
    // (The place is a gazetteer search: asked for only past the checks.)
    let country = place_country().or_else(|| own().filter(|_| measure))?;
    let own_country = roles.sources.iter().all(|s| root_of(&s.code) == country);
    own_country.then(|| Actor::inferred(country.to_string(), v, v, Some("place")))
}

/// "Ethiopia shut down the internet in Tigray", "Ethiopia imposed a curfew
/// in Mekelle": a bare country's coercion (17) whose only target is that
/// same country (a place of its own) is its government's act on the
/// country; as one code on both sides it was dropped as acting on itself.
pub(crate) fn bare_state_at_home(code: &str, roles: &mut Roles) {
    let Some([target]) = (code.starts_with("17")).then_some(roles.targets.as_slice()) else {
        return;
    };
    let at_home = !roles.sources.is_empty()
        && roles
            .sources
            .iter()
            .all(|s| s.code.len() == 3 && is_country_code(&s.code) && s.code == target.code);
    if at_home {
        for s in roles.sources.iter_mut() {
            s.code.push_str("GOV");
        }
    }
}

/// Is `code` a curfew, a state of emergency or martial law, imposed (1723,
/// 1724) or lifted (0813, 0814)?
pub(crate) fn is_emergency_measure(code: &str) -> bool {
    matches!(code, "1723" | "1724" | "0813" | "0814")
}

/// Words of natural disasters: an article with them reports emergency
/// measures as relief ("DeSantis declared a state of emergency in
/// anticipation of Dorian").
const DISASTER_WORDS: &[&str] = &[
    "hurricane",
    "typhoon",
    "cyclone",
    "tropical storm",
    "flood",
    "wildfire",
    "bushfire",
    "forest fire",
    "earthquake",
    "tsunami",
    "drought",
    "volcan",
    "eruption",
    "landslide",
    "tornado",
    "blizzard",
    "heatwave",
    "heat wave",
];

/// Does the article `text` report a natural disaster (a disaster word at
/// least twice: a single mention is often a comparison or background)?
pub(crate) fn reports_disaster(text: &str) -> bool {
    let lower = text.to_lowercase();
    DISASTER_WORDS
        .iter()
        .map(|w| lower.matches(w).count())
        .sum::<usize>()
        >= 2
}

/// Roles that act for a state.
const STATE_ROLES: &[&str] = &["GOV", "COP", "MIL", "JUD", "SPY"];

/// The countries that can place an implied agent: the country of the
/// event's place ("arrested in Cairo"), of a *from* phrase ("expelled from
/// the Netherlands") and of the article.
#[derive(Debug, Default)]
pub(crate) struct Seats<'a> {
    pub at: Option<String>,
    /// The *from* phrase's country; `Some(None)` for a *from* phrase that
    /// names none ("expelled from the party").
    pub from: Option<Option<String>>,
    pub article: Option<&'a str>,
}

/// The implied source of the agentless passive at `v`: `role` of the
/// country `seat` and `seats` fix. A removal from a person's own country
/// (or from nowhere the sentence says, in an article about that country)
/// has no knowable doer: none is invented.
pub(crate) fn implied_agent(
    v: usize,
    role: &str,
    seat: Seat,
    roles: &Roles,
    seats: &Seats<'_>,
) -> Option<Actor> {
    let target_country = roles
        .targets
        .iter()
        .find(|t| is_country_code(&t.code))
        .map(|t| root_of(&t.code));
    let country = match seat {
        // "A British tourist was arrested in Dubai": the police of the
        // place; else the person's country's ("Turkish journalists were
        // detained"), else the article's.
        Seat::Jurisdiction => seats.at.as_deref().or(target_country).or(seats.article)?,
        // "expelled from the party", "from the university": not a
        // country's act.
        Seat::Removal | Seat::Expulsion if seats.from == Some(None) => return None,
        Seat::Removal | Seat::Expulsion => {
            let expel = seat == Seat::Expulsion;
            // Only states deport or extradite; people are expelled from
            // many things, so an expulsion the sentence does not place is
            // the article's country's only for diplomats and officials
            // ("two Iranian diplomats were expelled").
            let official = roles
                .targets
                .iter()
                .any(|t| t.code.get(3..6) == Some("GOV"));
            let article = seats.article.filter(|_| !expel || official);
            seats
                .from
                .as_ref()
                .and_then(|f| f.as_deref())
                .or(seats.at.as_deref())
                .or(article)
                .filter(|c| Some(*c) != target_country)?
        }
    };
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

/// "Lam was interrupted by protesting legislators": the participle at `v`
/// modifying the agent of a passive. The agent does what the participle
/// says, to the passive's subject. Returns the agent noun and the passive
/// verb.
pub(crate) fn participle_of_agent(tree: &Tree<'_>, v: usize) -> Option<(usize, usize)> {
    if tree.words[v].xpos != "VBG" || tree.base_rel(v) != "amod" {
        return None;
    }
    let noun = tree.heads[v]?;
    let passive = tree.heads[noun]?;
    let agent = tree.rel(noun) == "obl:agent"
        || (tree.base_rel(noun) == "obl" && tree.case_of(noun) == Some("BY"));
    (agent && tree.child_with(passive, |r| r == "nsubj:pass").is_some()).then_some((noun, passive))
}

/// Nouns of protest whose occasion makes the people arrested protesters.
const PROTEST_NOUNS: &[&str] = &[
    "protest",
    "demonstration",
    "rally",
    "riot",
    "march",
    "unrest",
];

/// "40 people were detained during the demonstrations", "1000 people have
/// been arrested since the protests began": the clause of the arrest at `v`
/// names protests as its occasion.
pub(crate) fn at_protest(tree: &Tree<'_>, v: usize) -> bool {
    let protest = |n: usize| PROTEST_NOUNS.contains(&tree.lemma_lower(n).as_str());
    tree.children[v].iter().any(|&c| match tree.base_rel(c) {
        "obl" => {
            matches!(
                tree.case_of(c),
                Some("DURING" | "AT" | "IN" | "AFTER" | "SINCE" | "AMID")
            ) && protest(c)
        }
        "advcl" => tree.child_with(c, |r| r == "nsubj").is_some_and(protest),
        _ => false,
    })
}
