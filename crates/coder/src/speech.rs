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
