//! Where an event happened: a place the predicate's clause puts it in, looked
//! up in the gazetteer. Not every place named in the sentence, and never a
//! place that only describes a participant's origin ("a doctor from Ohio").
//!
//! The routes, in order (the first that finds a known place wins):
//! 1. an `in`/`at`/`near`/`inside` phrase of the predicate ("met … in Moscow"),
//!    including "the Syrian capital", "Niger's capital", "the capital of Iraq";
//! 2. the place visited ("visited Beijing", "arrived in Kabul");
//! 3. an occasion phrase of the predicate that names its place ("during a
//!    visit to Beijing", "at a summit in Osaka");
//! 4. the journey of a purpose clause ("travelled to Moscow to meet Lavrov":
//!    the meeting is in Moscow);
//! 5. a place phrase of a participant, or of its apposition, when the
//!    predicate has none ("met Syria's ambassador in Moscow" with *in Moscow*
//!    parsed under the object; "met Khalilzad, a US envoy, in Qatar"), or a
//!    place name modifying a participant that is an event ("a Kabul car
//!    bombing killed five").

use dyad_geo::{Gazetteer, Place};

use crate::{phrase, Tree};

/// A place found for an event.
#[derive(Debug, Clone)]
pub struct Located<'g> {
    /// First and last word of the words that name it.
    pub first: usize,
    pub last: usize,
    pub place: &'g Place,
    /// The words that decided it, with their preposition ("in Moscow",
    /// "visited Beijing").
    pub basis: String,
}

/// Prepositions that put an event at a place ("fired shells into South
/// Korea": the shells landed there).
const AT_PLACE: &[&str] = &["in", "at", "near", "inside", "into"];

/// Nouns of events that a place name can modify directly ("a Kabul car
/// bombing", "the Christchurch shootings").
const EVENT_NOUNS: &[&str] = &[
    "attack",
    "bombing",
    "blast",
    "explosion",
    "shooting",
    "raid",
    "strike",
    "airstrike",
    "protest",
    "rally",
    "riot",
    "clash",
    "massacre",
    "summit",
    "talks",
];

/// Verbs whose object or destination is where the subject then is.
const VISIT_VERBS: &[&str] = &["visit", "tour"];

/// Verbs of going somewhere: their destination hosts what a purpose clause
/// says they went to do.
const JOURNEY_VERBS: &[&str] = &[
    "travel", "fly", "go", "come", "arrive", "head", "return", "visit", "tour",
];

/// Occasion nouns whose own place phrase places what happens during them.
const OCCASION_NOUNS: &[&str] = &[
    "visit",
    "trip",
    "tour",
    "summit",
    "meeting",
    "talks",
    "conference",
    "ceremony",
    "forum",
    "session",
    "rally",
    "gathering",
];

/// Occasion nouns that take their place with *to* ("a visit to Beijing").
const JOURNEY_NOUNS: &[&str] = &["visit", "trip", "tour", "journey", "voyage"];

/// Where the event at `verb` happened, with no way to read nationality
/// adjectives ("the Syrian capital" is not resolved).
pub fn location<'g>(tree: &Tree, verb: usize, gazetteer: &'g Gazetteer) -> Option<Located<'g>> {
    location_with(tree, verb, gazetteer, &|_| None)
}

/// Where the event at `verb` happened. `country_of_adjective` maps a
/// nationality adjective ("Syrian") to its country code, for "the Syrian
/// capital".
pub fn location_with<'g>(
    tree: &Tree,
    verb: usize,
    gazetteer: &'g Gazetteer,
    country_of_adjective: &dyn Fn(&str) -> Option<String>,
) -> Option<Located<'g>> {
    let finder = Finder {
        tree,
        gazetteer,
        country_of_adjective,
    };
    finder.locate(verb)
}

struct Finder<'t, 'a, 'g, 'f> {
    tree: &'t Tree<'a>,
    gazetteer: &'g Gazetteer,
    country_of_adjective: &'f dyn Fn(&str) -> Option<String>,
}

impl<'g> Finder<'_, '_, 'g, '_> {
    fn locate(&self, verb: usize) -> Option<Located<'g>> {
        let tree = self.tree;
        if let Some(found) = self.place_among(verb, &["obl", "nmod", "advmod"], AT_PLACE) {
            return Some(found);
        }
        let lemma = tree.lemma(verb);
        if VISIT_VERBS.contains(&lemma.as_str()) {
            if let Some(found) = self.place_among(verb, &["obj", "obl"], &["", "to"]) {
                return Some(found);
            }
        }
        // "during a visit to Beijing, X signed …", "at a summit in Osaka".
        for c in tree.children(verb) {
            if tree.rel(c) != "obl" {
                continue;
            }
            let noun = tree.lemma(c);
            if !OCCASION_NOUNS.contains(&noun.as_str()) {
                continue;
            }
            let preps: &[&str] = if JOURNEY_NOUNS.contains(&noun.as_str()) {
                &["in", "at", "to"]
            } else {
                AT_PLACE
            };
            if let Some(found) = self.place_among(c, &["nmod"], preps) {
                return Some(found);
            }
        }
        // "travelled to Moscow to meet Lavrov".
        if matches!(tree.rel(verb), "advcl" | "xcomp")
            && tree
                .children(verb)
                .any(|m| tree.rel(m) == "mark" && tree.lemma(m) == "to")
        {
            if let Some(journey) = tree.head(verb) {
                if JOURNEY_VERBS.contains(&tree.lemma(journey).as_str()) {
                    if let Some(found) = self.place_among(journey, &["obl"], &["to", "in", "at"]) {
                        return Some(found);
                    }
                }
            }
        }
        // With no place of its own, the event happened where a participant
        // was: "met Syria's ambassador in Moscow" with *in Moscow* parsed as
        // a modifier of the object, or of the object's apposition.
        let participants: Vec<usize> = tree
            .children(verb)
            .filter(|&c| match tree.rel(c) {
                "obj" | "nsubj" | "iobj" => true,
                // A partner ("met with X in Qatar"), not a reason or a topic
                // ("criticised Turkey for its operations in Afrin").
                "obl" => matches!(self.preposition(c).as_str(), "with" | "to"),
                // "met Khalilzad, a US envoy, in Qatar" with the apposition
                // misread as a clause of its own.
                "parataxis" => matches!(tree.words[c].upos.as_str(), "NOUN" | "PROPN"),
                _ => false,
            })
            .collect();
        for &p in &participants {
            if let Some(found) = self.place_among(p, &["nmod"], AT_PLACE) {
                return Some(found);
            }
            if let Some(found) = self.place_modifying_event_noun(p) {
                return Some(found);
            }
            for a in tree.children(p).filter(|&a| tree.rel(a) == "appos") {
                if let Some(found) = self.place_among(a, &["nmod"], AT_PLACE) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// "a Kabul car bombing killed five": a place name (not a country, which
    /// would be a nationality: "a Taliban attack", "the US strike") modifying
    /// an event noun directly, anywhere in its compound chain.
    fn place_modifying_event_noun(&self, noun: usize) -> Option<Located<'g>> {
        let tree = self.tree;
        if !EVENT_NOUNS.contains(&tree.lemma(noun).as_str()) {
            return None;
        }
        let mut stack: Vec<usize> = tree
            .children(noun)
            .filter(|&c| tree.rel(c) == "compound")
            .collect();
        while let Some(c) = stack.pop() {
            if tree.words[c].upos == "PROPN" {
                if let Some(found) = self.place_named(c) {
                    if found.place.feature != dyad_geo::Feature::Country {
                        return Some(found);
                    }
                }
            }
            stack.extend(tree.children(c).filter(|&g| tree.rel(g) == "compound"));
        }
        None
    }

    /// A known place hanging from `node` by one of `rels` with one of the
    /// prepositions `preps` ("" = no preposition, for objects).
    fn place_among(&self, node: usize, rels: &[&str], preps: &[&str]) -> Option<Located<'g>> {
        let tree = self.tree;
        for c in tree.children(node) {
            if !rels.contains(&tree.rel(c)) {
                continue;
            }
            let prep = self.preposition(c);
            if !preps.contains(&prep.as_str()) {
                continue;
            }
            if self.ends_topic_phrase(node, c) {
                continue;
            }
            if let Some(mut found) = self.place_named(c) {
                let lead = if prep.is_empty() {
                    tree.words[node].form.clone()
                } else {
                    prep
                };
                found.basis = format!("{lead} {}", found.basis);
                return Some(found);
            }
        }
        None
    }

    /// Does the place phrase `c` of `node` follow right after a phrase of
    /// reason or topic of the same word ("criticised Turkey for its
    /// operations in Afrin")? Parsers hang such a place on the verb as often
    /// as on the noun before it, and it is the noun's: the place of the
    /// topic, not of the act.
    fn ends_topic_phrase(&self, node: usize, c: usize) -> bool {
        let tree = self.tree;
        let (start, _) = tree.span(c);
        tree.children(node).any(|t| {
            t != c
                && matches!(self.preposition(t).as_str(), "for" | "over" | "about")
                && tree.span(t).1 + 1 == start
        })
    }

    /// The place a noun phrase headed by `c` names, if it names one: a
    /// proper name in the gazetteer, or a country's capital.
    fn place_named(&self, c: usize) -> Option<Located<'g>> {
        let tree = self.tree;
        let w = &tree.words[c];
        if tree.lemma(c) == "capital" && w.form.starts_with(char::is_lowercase) {
            return self.capital_of(c);
        }
        if w.upos != "PROPN" && !w.form.starts_with(char::is_uppercase) {
            return None;
        }
        // Months and weekdays are capitalised but never places ("in June").
        if dyad_dates::is_calendar_word(&w.form) {
            return None;
        }
        let (lo, hi) = self.name_span(c);
        let name = phrase(tree, (lo, hi));
        self.gazetteer.lookup(&name, None).map(|place| Located {
            first: lo,
            last: hi,
            place,
            basis: name,
        })
    }

    /// The lemma of the preposition (`case`) of the phrase headed by `c`,
    /// "" for none.
    fn preposition(&self, c: usize) -> String {
        let tree = self.tree;
        tree.children(c)
            .find(|&g| tree.rel(g) == "case")
            .map(|g| tree.lemma(g))
            .unwrap_or_default()
    }

    /// A name: the head `c` with its compound/flat parts ("South Korea").
    fn name_span(&self, c: usize) -> (usize, usize) {
        let tree = self.tree;
        let part = |i: usize| tree.head(i) == Some(c) && matches!(tree.rel(i), "compound" | "flat");
        let mut lo = c;
        while lo > 0 && part(lo - 1) {
            lo -= 1;
        }
        let mut hi = c;
        while hi + 1 < tree.words.len() && part(hi + 1) {
            hi += 1;
        }
        (lo, hi)
    }

    /// "the capital, Kabul", "the Syrian capital", "Niger's capital", "the
    /// capital of Iraq": the capital named or the capital of the country
    /// given. A bare "the capital" is left unresolved.
    fn capital_of(&self, c: usize) -> Option<Located<'g>> {
        let tree = self.tree;
        for d in tree.children(c) {
            let country = match tree.rel(d) {
                "appos" | "flat" => {
                    if let Some(found) = self.place_named(d) {
                        return Some(found);
                    }
                    continue;
                }
                "amod" | "compound" => {
                    (self.country_of_adjective)(&phrase(tree, self.name_span(d)))
                }
                "nmod" => {
                    let name = phrase(tree, self.name_span(d));
                    if matches!(self.preposition(d).as_str(), "of" | "'s" | "") {
                        self.gazetteer
                            .lookup(&name, None)
                            .filter(|p| p.feature == dyad_geo::Feature::Country)
                            .map(|p| p.country.clone())
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(place) = country.and_then(|code| self.gazetteer.capital(&code)) {
                let (mut lo, hi) = tree.span(c);
                while lo < c && matches!(tree.rel(lo), "case" | "punct") {
                    lo += 1;
                }
                return Some(Located {
                    first: c,
                    last: c,
                    place,
                    basis: phrase(tree, (lo, hi)),
                });
            }
        }
        None
    }
}
