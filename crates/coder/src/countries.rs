//! Whose actor a code names: country roots, political and non-political
//! roles, the country of an actor named without one (the sentence's nearest
//! country, else the article's dominant country) and the article's
//! dominant country itself.

use super::*;

/// CAMEO roots that are not countries: international, non-state and
/// multinational roots, the unknown actor, and the role (agent) codes an
/// actor phrase may carry alone (`REUTERS [MED]`).
pub(crate) const NON_COUNTRY_ROOTS: &[&str] = &[
    "---", "IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT", "SET", "GOV", "MIL", "REB", "OPP",
    "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF",
    "ELI", "AGR", "DEV", "ENV", "HRI", "UAF", "SEP", "INS", "MOD", "RAD", "REL", "AMN", "IRC",
    "GRP", "UNO", "PKO",
];

pub(crate) fn root_of(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

/// News: "Conservative MP Philip Hammond", "Labour MP Yvette Cooper",
/// "Senator X": a person the dictionaries know as a party figure or one of
/// the elites (`ELI`, `OPP`, `PTY`) who is named with a legislator's title
/// acts as a member of the legislature (`GBRLEG`, not `GBRELILEG`): the
/// title says which body they speak for now (the annotation guidelines: an
/// MP is the legislature). Other roles (`GOV`, `MIL`, `JUD` …) keep the
/// combined code.
pub(crate) fn legislator_code(used: &[PhraseHit<'_>], code: String) -> String {
    const PERSON_ROLES: &[&str] = &["ELI", "OPP", "PTY", "LEG"];
    let titled = used
        .iter()
        .any(|h| matches!(h, PhraseHit::Agent(m) if m.code.code == "LEG"));
    if !titled || !is_country_code(&code) || code.len() <= 6 {
        return code;
    }
    let roles = code.get(3..).unwrap_or("");
    let person_only = roles.len() % 3 == 0
        && roles
            .as_bytes()
            .chunks(3)
            .all(|r| PERSON_ROLES.iter().any(|p| p.as_bytes() == r));
    if person_only {
        format!("{}LEG", &code[..3])
    } else {
        code
    }
}

/// Is the code's root a country (`SYRGOV`, `USA`), not a role or
/// organisation root (`MED`, `IGOUNO`) or the unknown actor (`---GOV`)?
pub(crate) fn is_country_code(code: &str) -> bool {
    let root = root_of(code);
    root.len() == 3
        && root.bytes().all(|b| b.is_ascii_uppercase())
        && !NON_COUNTRY_ROOTS.contains(&root)
}

/// Roles of a country's people that are not political actors by
/// themselves: the public, civilians, business, media, health, education,
/// religion, labour, refugees, farmers (CAMEO actor codebook).
pub(crate) const NON_POLITICAL_ROLES: &[&str] = &[
    "PPL", "CVL", "BUS", "MED", "HLH", "EDU", "REL", "CHR", "MUS", "JEW", "BUD", "HIN", "LAB",
    "REF", "AGR", "ENV", "SPO", "MNC", "DEV", "CTH", "SUN", "SHI",
];

/// Is a country-rooted code a political actor: the country itself, or any
/// role outside [`NON_POLITICAL_ROLES`] (`GOV`, `MIL`, `COP`, `JUD`, `LEG`,
/// `OPP`, `REB`, `PTY`, `ELI`, …; `USAGOVHLH` is the government)?
pub(crate) fn is_political(code: &str) -> bool {
    let mut roles = roles_of(code).peekable();
    roles.peek().is_none() || roles.any(|r| !NON_POLITICAL_ROLES.contains(&r))
}

/// The three-letter roles after a code's root: `IRQMUSUAF` → `MUS`, `UAF`.
pub(crate) fn roles_of(code: &str) -> impl Iterator<Item = &str> {
    let roles = code.get(3..).unwrap_or("");
    (0..roles.len() / 3).filter_map(move |i| roles.get(3 * i..3 * i + 3))
}

/// Does the code name whose actor it is (a country or an international or
/// non-state root), rather than only a role (`---GOV`, `MED`)?
pub(crate) fn has_known_root(code: &str) -> bool {
    let root = root_of(code);
    is_country_code(code) || matches!(root, "IGO" | "NGO" | "IMG" | "MNC" | "NGM" | "UIS")
}

/// Give an actor named without a country (`---GOV`) the country of the
/// nearest country actor of its sentence (`(first, last, root)` spans),
/// else the article's dominant country.
pub(crate) fn resolve_country(
    actor: &mut Actor,
    countries: &[(usize, usize, String)],
    article: Option<&str>,
) {
    if !actor.code.starts_with("---") {
        return;
    }
    let distance = |&(first, last, _): &(usize, usize, String)| {
        if last < actor.first {
            actor.first - last
        } else {
            first.saturating_sub(actor.last)
        }
    };
    let nearest = countries.iter().min_by_key(|c| distance(c));
    let (root, from) = match (nearest, article) {
        (Some(c), _) => (c.2.as_str(), "sentence"),
        (None, Some(a)) => (a, "article"),
        (None, None) => return,
    };
    actor.code = format!("{root}{}", &actor.code[3..]);
    actor.country_from = Some(from);
}

/// A legislature or judiciary code without a country (`---LEG`, `---JUD`):
/// an institution every country has, named by a bare noun.
pub(crate) fn is_domestic_institution(code: &str) -> bool {
    matches!(code.strip_prefix("---"), Some("LEG" | "JUD"))
}

/// Countries whose legislature has a chamber English-language news calls
/// "the House" (of Representatives, of Commons, of Councillors).
pub(crate) const HOUSE_COUNTRIES: [&str; 11] = [
    "USA", "GBR", "CAN", "AUS", "NZL", "PHL", "NGA", "PRI", "JPN", "LBR", "JAM",
];

/// Countries whose legislature has a chamber called "the Senate".
pub(crate) const SENATE_COUNTRIES: [&str; 30] = [
    "USA", "AUS", "CAN", "PHL", "NGA", "PRI", "ITA", "FRA", "ESP", "BRA", "MEX", "ARG", "CHL",
    "COL", "PER", "BOL", "PRY", "URY", "DOM", "HTI", "POL", "CZE", "ROU", "BEL", "NLD", "IRL",
    "KEN", "LBR", "PAK", "THA",
];

/// The legislature a capitalised bare "the House" or "the Senate" at `n`
/// names: the article country's, when that country has a chamber so named
/// (`article` is the article's country); `None` otherwise, and for a
/// chamber named with more words ("Opera House", "State Senate").
pub(crate) fn named_legislature(tree: &Tree<'_>, n: usize, article: &str) -> Option<String> {
    let countries: &[&str] = match tree.words[n].form.as_str() {
        "House" => &HOUSE_COUNTRIES,
        "Senate" => &SENATE_COUNTRIES,
        _ => return None,
    };
    let mut definite = false;
    for &c in &tree.children[n] {
        match tree.base_rel(c) {
            "det" if tree.lemma_lower(c) == "the" => definite = true,
            "case" | "punct" => {}
            "compound" | "amod" | "flat" | "nmod" | "det" => return None,
            _ => {}
        }
    }
    (definite && countries.contains(&article)).then(|| format!("{article}LEG"))
}

/// The dominant country of an article: the most frequent country root
/// among the actors it names (ties: the first named).
pub fn dominant_country(mentions: &[Antecedent]) -> Option<String> {
    dominant_root(mentions.iter().map(|m| m.code.as_str()))
}

/// [`dominant_country`] over actor codes in article order: the most
/// frequent country root, the first named on a tie.
pub(crate) fn dominant_root<'a>(codes: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for code in codes.into_iter().filter(|c| is_country_code(c)) {
        let root = root_of(code);
        match counts.iter_mut().find(|c| c.0 == root) {
            Some(c) => c.1 += 1,
            None => counts.push((root, 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts.iter().find(|c| c.1 == best).map(|c| c.0.to_string())
}
