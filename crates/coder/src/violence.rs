//! News: who an act of force hits, and whether it is an assault or a fight.
//!
//! Wire reports of attacks name the attacked by the place or the people
//! hit, with common nouns the actor dictionaries do not code: "gunmen
//! attacked a police station in northern Nigeria", "militants stormed an
//! army base", "shelled rebel positions near Aleppo", "a bomb went off in a
//! crowded market", "abducted 30 schoolgirls". Analysts code the attacked
//! as the owner of the place — the police of the country it stands in, its
//! military, the group whose positions they are — or as the country's
//! civilians for markets, mosques, schools and the people in them. Without
//! this the object has no actor and the country of its locative phrase ("in
//! northern Nigeria") became the target, and the event was dropped as a
//! country acting on its own institution.
//!
//! The CAMEO codebook separates unconventional violence (18: bombings,
//! abductions, assaults by irregulars on people who are no combatants) from
//! conventional military force (19: fighting between armed forces). The
//! verb dictionary gives most attack verbs the generic 190; when the doer
//! is an irregular armed group (rebels, insurgents, gunmen: `REB`, `INS`,
//! `UAF`) and the attacked are civilians (a non-political role other than
//! business), the act is an assault (180). Attacks on the police, the
//! government, the army or infrastructure stay 190, as analysts code
//! insurgencies.
//!
//! An attack is often named by a noun in the clause of another verb: "the
//! UN condemned Friday's attack by Boko Haram on a village", "Kenya closed
//! its border after an al-Shabaab attack on a hotel in Nairobi". When the
//! noun phrase names both its author (a *by* phrase, a possessor, a
//! modifier: "the Taliban attack") and whom it hit (its complement, or an
//! attacked place it names), the attack is an event of its own besides the
//! clause's (`Coder::attack_noun_events`).

use dyad_dict::PhraseHit;
use dyad_event::{Event, Factuality};

use crate::countries::roles_of;
use crate::{Actor, Coder, SentenceContext, Tree};

/// Places and things an armed force holds: attacking them is attacking
/// that force. The force is the noun's modifier when it names one ("police
/// station", "rebel positions", "Taliban hideout"), else [`MILITARY_PLACES`]
/// default to the military.
const HELD_PLACES: &[&str] = &[
    "station",
    "headquarters",
    "post",
    "outpost",
    "base",
    "barracks",
    "camp",
    "checkpoint",
    "convoy",
    "patrol",
    "position",
    "stronghold",
    "hideout",
    "compound",
    "garrison",
    "academy",
    "vehicle",
    "office",
];

/// Held places that belong to the military when nothing says whose they
/// are ("an army base" and "a base" alike).
const MILITARY_PLACES: &[&str] = &[
    "base", "barracks", "outpost", "garrison", "convoy", "patrol",
];

/// Modifiers naming the force that holds a place, when the dictionaries
/// do not ("police" and "army" as modifiers of a place name no actor in
/// news mode).
const HOLDERS: &[(&str, &str)] = &[
    ("police", "COP"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("navy", "MIL"),
    ("naval", "MIL"),
    ("troop", "MIL"),
    ("security", "COP"),
    ("government", "GOV"),
];

/// Public places and people named by what they are doing there: an attack
/// on them is an attack on the country's civilians.
const CIVILIAN_PLACES: &[&str] = &[
    "market",
    "marketplace",
    "bazaar",
    "mosque",
    "church",
    "temple",
    "synagogue",
    "shrine",
    "school",
    "hotel",
    "restaurant",
    "cafe",
    "mall",
    "bus",
    "train",
    "wedding",
    "funeral",
    "village",
    "hospital",
    "nightclub",
    "crowd",
    "schoolgirl",
    "schoolboy",
    "schoolchild",
    "schoolchildren",
    "pupil",
    "shopper",
    "pilgrim",
    "bystander",
    "passerby",
    "resident",
];

/// Buildings named by what they are, not whose they are ("an apartment
/// building", "a shopping centre", "a residential block"): in 2020s war
/// reports the usual objects of missile and drone strikes on cities. An
/// attack on one hits the force a modifier names ("a police building",
/// "a military complex"), else the country's civilians.
const BUILDINGS: &[&str] = &[
    "building",
    "apartment",
    "centre",
    "center",
    "block",
    "tower",
    "complex",
    "home",
    "shelter",
    "supermarket",
    "kindergarten",
    "playground",
    "theatre",
    "theater",
    "neighbourhood",
    "neighborhood",
];

/// Roles of armed groups outside a state's forces.
const IRREGULAR: &[&str] = &["REB", "INS", "UAF"];

/// Roles of people who are no party to a fight: an irregular group's
/// attack on them is an assault. The country's own institutions (police,
/// government) and armed groups are fought (19), as analysts code
/// "policemen were killed in a Taliban ambush" and rebels fighting the
/// government; so are businesses, whose plants and oil facilities are
/// struck as infrastructure (the Houthi strikes on Saudi Aramco).
fn unarmed(role: &str) -> bool {
    role != "BUS" && crate::countries::NON_POLITICAL_ROLES.contains(&role)
}

/// Roles whose "attack" on someone is usually verbal.
const CIVILIAN_AUTHORS: &[&str] = &[
    "GOV", "LEG", "PTY", "OPP", "JUD", "MED", "ELI", "EDU", "BUS", "CVL", "PPL", "LAB", "NGO",
    "HRI",
];

/// The generic code of the verb dictionary's attack verbs.
const GENERIC_FORCE: &str = "190";
const ASSAULT: &str = "180";

/// The role an attack on the noun at `n` hits, with the word that named
/// the holder (for the holder's own code), or `None` when the noun names
/// no attacked place or people.
fn attacked_role(tree: &Tree<'_>, n: usize) -> Option<(Option<&'static str>, Option<usize>)> {
    let lemma = tree.lemma_lower(n);
    let form = tree.words[n].form.to_lowercase();
    let is = |list: &[&str]| list.contains(&lemma.as_str()) || list.contains(&form.as_str());
    if is(HELD_PLACES) {
        let modifier = tree.children[n]
            .iter()
            .copied()
            .rfind(|&c| c < n && matches!(tree.base_rel(c), "compound" | "amod"));
        if let Some(m) = modifier {
            let word = tree.lemma_lower(m);
            if let Some((_, role)) = HOLDERS.iter().find(|(w, _)| *w == word) {
                return Some((Some(role), None));
            }
            return Some((None, Some(m)));
        }
        return is(MILITARY_PLACES).then_some((Some("MIL"), None));
    }
    if is(BUILDINGS) {
        let holder = tree.children[n].iter().find_map(|&c| {
            let word = tree.lemma_lower(c);
            (c < n && matches!(tree.base_rel(c), "compound" | "amod"))
                .then(|| HOLDERS.iter().find(|(w, _)| *w == word))
                .flatten()
        });
        return Some((Some(holder.map_or("CVL", |(_, role)| role)), None));
    }
    is(CIVILIAN_PLACES).then_some((Some("CVL"), None))
}

/// Does the noun at `n` name a place or people an attack hits (a police
/// station, a market, worshippers)?
pub(crate) fn is_attacked_place(tree: &Tree<'_>, n: usize) -> bool {
    attacked_role(tree, n).is_some()
}

impl Coder<'_> {
    /// News: the actors of the direct object of the verb at `v` when the
    /// word `bound` lies in the verb's *for* phrase after it: "blamed Iran
    /// for the attack on Saudi facilities" is about Iran, not the
    /// facilities. `None` when the object names no actor with a country.
    pub(crate) fn blamed_object(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        bound: usize,
    ) -> Option<Vec<Actor>> {
        let object = tree.child_with(v, |r| r == "obj")?;
        let reason = tree.children[v]
            .iter()
            .copied()
            .find(|&c| tree.base_rel(c) == "obl" && tree.case_of(c) == Some("FOR") && c > object)?;
        if !tree.subtree(reason, &|_| false).contains(&bound) {
            return None;
        }
        let actors = self.actors_with_conj(tree, hits, object);
        actors.iter().any(|a| a.has_country).then_some(actors)
    }

    /// News: the actor an act of force on the object noun `n` hits, when
    /// the noun names an attacked place or people without naming an actor
    /// itself (see the module documentation): the holder its modifier
    /// names ("rebel positions", "Taliban hideouts"), else the role the
    /// noun implies, in the country of its locative phrase ("in northern
    /// Nigeria") or, without one, the country news mode gives a
    /// country-less actor.
    pub(crate) fn attacked_target(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
    ) -> Option<Actor> {
        let (role, holder) = attacked_role(tree, n)?;
        let place = self.actors_below(tree, hits, n);
        let country = place
            .iter()
            .find(|a| a.has_country)
            .map(|a| a.code.get(..3).unwrap_or("---").to_string());
        let role = match (role, holder) {
            (Some(r), _) => r.to_string(),
            (None, Some(m)) => {
                let actor = self.actor_from_words(tree, hits, &[m])?;
                if actor.has_country {
                    return Some(Actor {
                        first: m,
                        last: n,
                        ..actor
                    });
                }
                actor.code.get(3..)?.to_string()
            }
            (None, None) => return None,
        };
        // Without a country of its own phrase the place is still the
        // target, before a country another phrase names ("ambushed a
        // convoy in the Central African Republic"): that country is where
        // it stood, and news mode gives it to the `---` role (so the actor
        // counts as named here).
        let code = match country {
            Some(c) => format!("{c}{role}"),
            None => format!("---{role}"),
        };
        Some(Actor {
            code,
            first: n,
            last: n,
            has_country: true,
            country_from: None,
            provisional: None,
        })
    }
}

impl Coder<'_> {
    /// News: attacks named by a noun of force (an entry of roots 18–20 in
    /// `dyad.nominal-events.txt`) in the clause of another verb, with
    /// their author and target named in the noun phrase (module
    /// documentation). `coded` holds the verbs' events so far: a clause
    /// that codes force already ("the attack by Houthi rebels injured 26
    /// civilians") is that attack.
    pub(crate) fn attack_noun_events(
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
            let Some((code, complement, line)) = self.force_entry(tree, n) else {
                continue;
            };
            let Some(code) = code
                .event
                .as_deref()
                .filter(|c| crate::claimed::is_force(c))
            else {
                continue;
            };
            let clause = tree.clause_of(n);
            let force_coded = coded.iter().filter(|(v, _)| *v == clause).any(|(_, e)| {
                e.iter()
                    .any(|e| e.cameo.as_deref().is_some_and(crate::claimed::is_force))
            });
            if force_coded {
                continue;
            }
            let own = |a: &Actor| !a.code.starts_with("---") && a.has_country;
            let author = tree.children[n].iter().copied().find_map(|c| {
                let by = tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("BY");
                let named = tree.rel(c) == "nmod:poss"
                    || c < n && matches!(tree.base_rel(c), "compound" | "amod");
                if !(by || named) {
                    return None;
                }
                self.actors_with_conj(tree, hits, c).into_iter().find(own)
            });
            let Some(source) = author else { continue };
            // "Trump's attack on the media", "the senator's attack on the
            // party": a generic attack by a politician or a civilian body
            // is usually words, not force.
            if code == GENERIC_FORCE
                && roles_of(&source.code).any(|r| CIVILIAN_AUTHORS.contains(&r))
            {
                continue;
            }
            // "condemned the attack on a village" with *on a village*
            // hung on the verb by the parser.
            let hung = || {
                tree.children[clause].iter().copied().find(|&c| {
                    c > n
                        && tree.base_rel(c) == "obl"
                        && matches!(tree.case_of(c), Some("ON" | "AGAINST"))
                })
            };
            let place = complement.or_else(hung).or_else(|| {
                tree.children[n].iter().copied().find(|&c| {
                    tree.base_rel(c) == "nmod"
                        && matches!(tree.case_of(c), Some("IN" | "AT" | "NEAR"))
                        && is_attacked_place(tree, c)
                })
            });
            let Some(place) = place else { continue };
            let mut found = self.actors_with_conj(tree, hits, place);
            if found.is_empty() {
                found.extend(self.attacked_target(tree, hits, place));
            }
            let Some(mut target) = found.into_iter().find(|t| t.code != source.code) else {
                continue;
            };
            if target.code.starts_with("---") {
                // The attacked place's country: the attacker's when the
                // sentence names no other ("an al-Shabaab attack on a hotel
                // in Nairobi" names Kenya, resolved with the place).
                let Some(country) = ctx.article_country else {
                    continue;
                };
                target.code = format!("{country}{}", &target.code[3..]);
            }
            let code = assault_code(code.to_string(), Some(&source), Some(&target));
            // "refused to call Russia's attack on Ukraine an invasion",
            // "could respond to Israel's strikes": an attack named with its
            // author's possessive is presupposed; the clause's negation,
            // plan or condition is about something else.
            let possessed = tree.children[n].iter().any(|&c| tree.rel(c) == "nmod:poss");
            let factuality = match dyad_context::factuality(context_tree, clause) {
                Factuality::Negated | Factuality::Planned | Factuality::Hypothetical
                    if possessed =>
                {
                    Factuality::Asserted
                }
                f => f,
            };
            let rule = format!(
                "attack noun \"{}\" in the clause of {} (src/violence.rs; {} line {line})",
                tree.words[n].form,
                tree.words[clause].form,
                self.nominal.file()
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
                &code,
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

/// News: the generic attack code (190) of an irregular armed group on
/// someone who is no armed force is an assault (180) by the CAMEO codebook;
/// other codes are kept.
pub(crate) fn assault_code(code: String, source: Option<&Actor>, target: Option<&Actor>) -> String {
    let (Some(s), Some(t)) = (source, target) else {
        return code;
    };
    let irregular = s.code.starts_with("IMG") || roles_of(&s.code).any(|r| IRREGULAR.contains(&r));
    // Roles after a country's root only: an international body's code
    // (`IGOUNO`) names no role.
    if !crate::countries::is_country_code(&t.code) {
        return code;
    }
    let mut target_roles = roles_of(&t.code).peekable();
    let civilian = target_roles.peek().is_some() && target_roles.all(unarmed);
    if code == GENERIC_FORCE && irregular && civilian {
        ASSAULT.to_string()
    } else {
        code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(code: &str) -> Actor {
        Actor {
            code: code.to_string(),
            first: 0,
            last: 0,
            has_country: true,
            country_from: None,
            provisional: None,
        }
    }

    #[test]
    fn irregulars_on_unarmed_targets_assault() {
        let code = |s: &str, t: &str| {
            assault_code(GENERIC_FORCE.to_string(), Some(&actor(s)), Some(&actor(t)))
        };
        assert_eq!(code("NGAUAF", "NGACVL"), "180");
        assert_eq!(code("NGAUAF", "NGAREL"), "180");
        assert_eq!(code("NGAUAF", "NGACOP"), "190");
        assert_eq!(code("COLREB", "COLGOV"), "190");
        assert_eq!(code("AFGREB", "AFGCVL"), "180");
        // Rebels fighting the army, an army attacking anyone, an attack on
        // a country: kept.
        assert_eq!(code("UKRREB", "UKRMIL"), "190");
        assert_eq!(code("SYRMIL", "SYRCVL"), "190");
        assert_eq!(code("AFGREB", "AFG"), "190");
        assert_eq!(code("MLIREB", "IGOUNO"), "190");
        assert_eq!(code("YEMREB", "SAUBUS"), "190");
        assert_eq!(
            assault_code("193".into(), Some(&actor("PAKUAF")), Some(&actor("PAKCOP"))),
            "193"
        );
    }
}
