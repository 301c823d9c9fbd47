//! Reported speech that runs on past its sentence: "The statement said US
//! troops would leave Syria. Turkey would also take over guarding captured
//! fighters." The second sentence has no verb of saying, but its *would*
//! is the future seen from the statement, as in the first: a plan the
//! statement announced, not a hypothesis. (Within one sentence
//! `dyad_context::factuality` reads *would* under a past verb of saying
//! the same way.)

use dyad_conllu::Sentence as Parsed;
use dyad_event::{Event, Factuality};

use crate::action_word;

/// Does the sentence report speech in the past ("said", "announced")? The
/// next sentence of the paragraph may go on with what was said.
pub(crate) fn reports_in_past(parsed: &Parsed) -> bool {
    parsed
        .words
        .iter()
        .any(|w| w.xpos == "VBD" && dyad_context::is_reporting_lemma(&w.lemma.to_lowercase()))
}

/// Make the hypothetical *would* of a main clause a plan when the previous
/// sentence of the paragraph reported speech in the past and nothing in
/// this sentence makes it a hypothesis (no "if"/"unless", no other
/// modal).
pub(crate) fn continue_reported_future(
    events: &mut [Event],
    parsed: &Parsed,
    spans: &[(usize, usize)],
    previous_reports: bool,
) {
    if !previous_reports {
        return;
    }
    let words = &parsed.words;
    let conditional = words.iter().any(|w| {
        matches!(
            w.form.to_lowercase().as_str(),
            "if" | "unless" | "otherwise" | "whether"
        )
    });
    // (A verb of saying of this sentence cannot govern the event: the
    // event's verb heads the sentence, below.)
    if conditional {
        return;
    }
    for e in events.iter_mut() {
        if e.factuality != Some(Factuality::Hypothetical) {
            continue;
        }
        let Some(verb) = action_word(e, spans) else {
            continue;
        };
        // The verb heads the sentence (or is a complement or conjunct of
        // the verb that does), and the head's only modal is *would*.
        let mut head = verb;
        for _ in 0..3 {
            if words[head].head == 0 || !matches!(words[head].deprel.as_str(), "xcomp" | "conj") {
                break;
            }
            head = words[head].head - 1;
        }
        if words[head].head != 0 {
            continue;
        }
        let modals: Vec<String> = words
            .iter()
            .filter(|w| w.head == head + 1 && w.xpos == "MD")
            .map(|w| w.form.to_lowercase())
            .collect();
        if modals.len() == 1 && matches!(modals[0].as_str(), "would" | "'d") {
            e.factuality = Some(Factuality::Planned);
        }
    }
}

/// Words that make an "according to" phrase a party to the story (an
/// official side, its statement or its state media) rather than a news
/// organisation reporting it ("according to the Associated Press").
const PARTY_WORDS: &[&str] = &[
    "official",
    "officials",
    "police",
    "ministry",
    "government",
    "military",
    "army",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "authorities",
    "minister",
    "prosecutors",
    "commander",
    "statement",
    "state",
];

/// "According to Syrian state media, government forces began deploying",
/// "according to the police, rebels attacked the convoy": an act told on a
/// party's word is that party's claim (`reported`), unless the party is
/// the actor making its own statement ("…, according to a tweet by
/// Pompeo" of Pompeo's accusation). A news organisation as the source
/// ("according to the Associated Press") leaves the act asserted.
pub(crate) fn according_to_a_party(
    tree: &dyad_context::Tree<'_>,
    verb: usize,
    source: Option<(usize, usize)>,
) -> bool {
    let Some(a) = dyad_context::attribution(tree, verb).filter(|a| a.verb.is_none()) else {
        return false;
    };
    let (lo, hi) = a.words;
    let party = (lo..=hi).any(|k| {
        PARTY_WORDS.contains(&tree.words[k].form.to_lowercase().as_str())
            || PARTY_WORDS.contains(&tree.lemma(k).as_str())
    });
    let own_word = source.is_some_and(|(first, last)| first <= hi && lo <= last);
    party && !own_word
}

/// "'…,' according to a tweet on Monday by Pompeo": a statement known only
/// by its *according to* phrase is dated by that phrase's own date when
/// the clause it attributes has none (the clause would give the
/// publication date).
pub(crate) fn dated_by_attribution(
    mut events: Vec<Event>,
    context_tree: &dyad_context::Tree<'_>,
    according: usize,
    publication: Option<chrono::NaiveDate>,
) -> Vec<Event> {
    let Some(publication) = publication else {
        return events;
    };
    let said = dyad_context::event_date(context_tree, according, publication);
    let Some(date) = said.date else {
        return events;
    };
    for e in events.iter_mut() {
        if e.date_basis.as_deref() == Some("publication date") {
            e.date = Some(date.to_string());
            e.date_basis = Some(said.basis.clone());
        }
    }
    events
}
