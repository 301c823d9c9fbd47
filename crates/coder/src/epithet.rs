//! News: a country or an organisation named again by a description ("the
//! country", "the kingdom", "the island nation", "the Gulf state", "the
//! alliance", "the bloc") instead of its name.
//!
//! Wire copy avoids repeating a name in consecutive sentences: "Iran seized
//! a British tanker on Friday. The country accused Britain of piracy." The
//! dictionaries name no actor in "the country", so the accusation had no
//! source. Analysts code the description as the actor it refers back to: the
//! latest actor of the right kind named in the last few sentences, and not
//! one the same sentence names (a writer who means Britain in a sentence
//! that already names Britain does not call it "the country").

use crate::countries::{is_country_code, root_of};
use crate::{Antecedent, Tree};
use dyad_dict::PhraseHit;

/// How many sentences back a description finds the actor it refers to: a
/// little further than a pronoun's reach, since "the country" restates the
/// story's subject well after its name.
const EPITHET_REACH: usize = 3;

/// Kingdoms, which "the kingdom" can refer to (CAMEO roots); emirates and
/// sultanates are named as such.
const KINGDOMS: &[&str] = &[
    "SAU", "JOR", "MAR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "BHR", "BTN",
    "KHM", "SWZ", "LSO", "TON",
];
const EMIRATES: &[&str] = &["KWT", "QAT", "ARE"];
const SULTANATES: &[&str] = &["OMN", "BRN"];

/// What a description can refer back to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Any country ("the country", "the nation").
    Country,
    /// A monarchy of the given kind ("the kingdom", "the emirate").
    Monarchy(&'static [&'static str]),
    /// An international organisation ("the alliance", "the bloc").
    Organisation,
}

/// The kind of actor the head noun `n` describes, if it is a description
/// that stands for an actor named earlier. "state" and "body" need a
/// modifier ("the Gulf state", "the island state", "the world body"): bare
/// "the state" is mostly a US state or the state apparatus, "the body" a
/// corpse.
fn kind_of(tree: &Tree<'_>, n: usize) -> Option<Kind> {
    let modified = tree.children[n]
        .iter()
        .any(|&c| matches!(tree.base_rel(c), "amod" | "compound"));
    // The singular form, not the lemma: the lemmatizer clips some of these
    // nouns ("alliance" → "allianc").
    match tree.words[n].form.to_lowercase().as_str() {
        "country" | "nation" | "republic" => Some(Kind::Country),
        "state" if modified => Some(Kind::Country),
        "kingdom" => Some(Kind::Monarchy(KINGDOMS)),
        "emirate" => Some(Kind::Monarchy(EMIRATES)),
        "sultanate" => Some(Kind::Monarchy(SULTANATES)),
        "alliance" | "bloc" | "organisation" | "organization" => Some(Kind::Organisation),
        "body" if modified => Some(Kind::Organisation),
        _ => None,
    }
}

/// The actor a definite singular description at node `n` ("the country",
/// "the oil-rich kingdom", "the alliance") refers back to, given the actors
/// named in earlier sentences and the dictionary hits of this sentence. The
/// caller has checked that the phrase's own words name no country.
pub(crate) fn epithet_reference(
    tree: &Tree<'_>,
    hits: &[PhraseHit<'_>],
    n: usize,
    antecedents: &[Antecedent],
) -> Option<String> {
    if tree.words[n].xpos != "NN" {
        return None;
    }
    let kind = kind_of(tree, n)?;
    // "the country": the definite article and no possessor, no "of" phrase
    // ("the country's", "its kingdom", "the state of Kerala") and no
    // relative clause or apposition that says which one is meant.
    let mut definite = false;
    for &c in &tree.children[n] {
        match tree.base_rel(c) {
            "det" if tree.lemma_lower(c) == "the" => definite = true,
            "det" | "nmod" | "acl" | "appos" | "nummod" => return None,
            "nmod:poss" => return None,
            _ => {}
        }
    }
    if !definite {
        return None;
    }
    // Roots (countries) and codes (organisations) this sentence names itself.
    let named_here: Vec<&str> = hits
        .iter()
        .filter_map(|h| match h {
            PhraseHit::Actor(m) => m.code.as_ref().map(|c| c.code),
            PhraseHit::Agent(_) => None,
        })
        .collect();
    let sentence = tree.sentence_index;
    antecedents
        .iter()
        .rev()
        .take_while(|a| sentence.is_none_or(|s| a.sentence + EPITHET_REACH >= s))
        .find_map(|a| {
            // A one-word organisation ("NATO") counts as a person for
            // pronouns; a country description needs a country's name.
            if a.person && kind != Kind::Organisation {
                return None;
            }
            let root = root_of(&a.code);
            let fits = match kind {
                Kind::Country => is_country_code(&a.code),
                Kind::Monarchy(roots) => is_country_code(&a.code) && roots.contains(&root),
                Kind::Organisation => root == "IGO",
            };
            if !fits {
                return None;
            }
            let here = named_here.iter().any(|c| match kind {
                Kind::Organisation => *c == a.code,
                _ => is_country_code(c) && root_of(c) == root,
            });
            if here {
                return None;
            }
            Some(match kind {
                Kind::Organisation => a.code.clone(),
                _ => root.to_string(),
            })
        })
}

/// "Germany expelled two Russian diplomats. The government accused Moscow
/// of ordering a murder": a subject named without a country ("the
/// government", "the ministry") that took the article's dominant country
/// (Russia, named most) would be the target's own government, and the
/// accusation was dropped as a country acting on itself. A government does
/// not accuse its own capital: the subject is the country named before it
/// in the last sentences (the previous sentence's Germany), else another
/// country of its own sentence ("… a murder in Berlin"), whichever is not
/// the target's.
pub(crate) fn unclash_article_country(
    tree: &Tree<'_>,
    sources: &mut [crate::Actor],
    targets: &[crate::Actor],
    sentence_countries: &[(usize, usize, String)],
    antecedents: &[Antecedent],
) {
    // Only a target named by a country's or capital's own name ("Moscow",
    // "Britain"): a bare country made of an adjective ("the Afghan forces")
    // or an institution ("the US Senate") may well be the subject's own.
    let target_roots: Vec<&str> = targets
        .iter()
        .filter(|t| {
            t.code.len() == 3
                && is_country_code(&t.code)
                && (t.first..=t.last).all(|i| tree.words[i].upos == "PROPN")
        })
        .map(|t| root_of(&t.code))
        .collect();
    if target_roots.is_empty() {
        return;
    }
    for a in sources.iter_mut() {
        let political = matches!(
            a.code.get(3..),
            Some("GOV" | "MIL" | "COP" | "LEG" | "JUD" | "SPY")
        );
        if !political
            || a.country_from != Some("article")
            || !target_roots.contains(&root_of(&a.code))
        {
            continue;
        }
        let earlier = antecedents
            .iter()
            .rev()
            .map(|p| p.code.as_str())
            .find(|c| is_country_code(c) && !target_roots.contains(&root_of(c)))
            .map(|c| (root_of(c).to_string(), "antecedent"));
        let here = || {
            sentence_countries
                .iter()
                .find(|c| is_country_code(&c.2) && !target_roots.contains(&root_of(&c.2)))
                .map(|c| (root_of(&c.2).to_string(), "sentence"))
        };
        if let Some((root, from)) = earlier.or_else(here) {
            a.code = format!("{root}{}", &a.code[3..]);
            a.country_from = Some(from);
        }
    }
}

/// "Ethiopian troops entered Somalia on Monday. The military said it had
/// killed 30 al-Shabaab fighters": "the military", "the army", "the
/// police" named without a country are the armed force or police the last
/// sentences named (`ETHMIL`), not the country the article is about
/// (Somalia, where the fighting is). `code` is the description's own
/// role-only code (`---MIL`, `---COP`); a government is left alone, since
/// any sentence naming a diplomat or minister names some government.
pub(crate) fn force_of_earlier_country(
    tree: &Tree<'_>,
    code: &str,
    antecedents: &[Antecedent],
) -> Option<String> {
    let role = code.strip_prefix("---")?;
    if !matches!(role, "MIL" | "COP") {
        return None;
    }
    let sentence = tree.sentence_index;
    antecedents
        .iter()
        .rev()
        .take_while(|a| sentence.is_none_or(|s| a.sentence + EPITHET_REACH >= s))
        .find(|a| is_country_code(&a.code) && a.code.get(3..6) == Some(role))
        .map(|a| format!("{}{role}", root_of(&a.code)))
}
