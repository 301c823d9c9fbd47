//! Dates of events beyond the sentence's own date expression: the
//! narrative date carried through a paragraph, present perfects counted
//! from "since", acts dated by a later restatement ("the attack on
//! Monday"), and the report's date for what was told in the past.

use super::*;

/// The middle day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period.
pub(crate) fn period_middle(date: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = date.split('-').collect();
    let y: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => NaiveDate::from_ymd_opt(y, 7, 1),
        2 => NaiveDate::from_ymd_opt(y, parts[1].parse().ok()?, 15),
        _ => NaiveDate::from_ymd_opt(y, parts[1].parse().ok()?, parts[2].parse().ok()?),
    }
}

/// "North Korea fired shells yesterday. The South retaliated by firing
/// …": a past event the text does not date happened when the previous
/// sentence of the paragraph says things happened, not on the day of the
/// report. Only events dated by the publication date and told in the past
/// tense ([`told_in_past`]; a plan reported in the past, "said it would
/// move", counts) take that date.
///
/// Across a paragraph break the story may have moved on: the date carries
/// only to an event one of whose actors (country or role root) took part
/// in the events of the dated sentence ("North Korea fired at a loudspeaker
/// in South Korea yesterday. ¶ … The South retaliated …").
pub(crate) fn carry_date(
    events: &mut [Event],
    parsed: &Parsed,
    spans: &[(usize, usize)],
    narrative: &Narrative,
    ctx: &CarryContext<'_>,
) {
    let (mention, from) = (&narrative.mention, narrative.sentence);
    for e in events.iter_mut() {
        if e.date_basis.as_deref() != Some("publication date") {
            continue;
        }
        let Some(verb) = action_word(e, spans) else {
            continue;
        };
        if !told_in_past(parsed, verb) {
            continue;
        }
        let takes_part = [&e.source, &e.target]
            .iter()
            .filter_map(|a| a.as_ref()?.code.as_deref())
            .any(|c| narrative.actors.iter().any(|r| r == root_of(c)));
        if !ctx.same_paragraph && !takes_part {
            continue;
        }
        // A reaction or a sequel to an act the sentence names came after
        // it, on a day the text does not give ([`sequel`]).
        if sequel::follows_another_act(parsed, verb, e.root.as_deref()) {
            continue;
        }
        // An answer to an ask of a background narrative ("In April, the
        // committee authorised subpoenas. Barr and Ross refused …") came
        // after that month, before the report.
        if answers_earlier_ask(e, ctx.asks, from) {
            let after = ctx
                .publication
                .and_then(|p| sequel::date_after(mention.date, p));
            if let Some(date) = after {
                e.date = Some(date.to_string());
                e.date_basis = Some(format!(
                    "after {} (sentence {from}), no day given",
                    mention.basis
                ));
                continue;
            }
        }
        // "Pelosi had previously opposed impeachment", "Nigeria previously
        // announced": a past perfect, or an act said to come before,
        // happened before the narrative's day, not on it; its month (or
        // coarser) is what the text supports.
        let before = perfect(parsed, verb) == Some(Perfect::Past) || said_before(parsed, verb);
        let date = match mention.date {
            EventDate::Day(d) if before => EventDate::Month(d.year(), d.month()),
            date => date,
        };
        e.date = Some(date.to_string());
        e.date_basis = Some(format!("{} (sentence {from}, carried over)", mention.basis));
    }
}

/// What [`carry_date`] needs besides the narrative: whether the sentence is
/// in the narrative's paragraph, the publication date, and the asks made so
/// far in the article.
pub(crate) struct CarryContext<'a> {
    pub(crate) same_paragraph: bool,
    pub(crate) publication: Option<NaiveDate>,
    pub(crate) asks: &'a [Ask],
}

/// The date a paragraph's story has reached: the expression, the sentence
/// and paragraph that gave it, and the actor roots of that sentence's events.
pub(crate) struct Narrative {
    pub(crate) mention: dyad_dates::DateMention,
    pub(crate) sentence: usize,
    pub(crate) paragraph: usize,
    pub(crate) actors: Vec<String>,
    /// Lemmas of the nouns and verbs of the dated sentence: the acts a
    /// later "two days after the attack" may count from.
    pub(crate) lemmas: Vec<String>,
}

/// "On June 3, the army attacked protesters. Egypt condemned Sudan two days
/// after the attack": a shift counted from an act is dated from the
/// narrative when the act it names (the first noun or verb after
/// *after*/*before*) is one its dated sentence told. Another act ("two
/// days after the election") has a date the article may not give.
pub(crate) fn shift_from_narrative_act(
    parsed: &Parsed,
    forms: &[&str],
    narrative: &Narrative,
) -> Option<dyad_dates::DateMention> {
    let words = &parsed.words;
    dyad_dates::find_shifts_from_acts(forms)
        .into_iter()
        .find_map(|s| {
            let act = (s.anchor..(s.anchor + 4).min(words.len()))
                .find(|&k| matches!(words[k].upos.as_str(), "NOUN" | "VERB"))?;
            let lemma = words[act].lemma.to_lowercase();
            narrative
                .lemmas
                .contains(&lemma)
                .then(|| dyad_dates::DateMention {
                    words: s.words,
                    basis: format!("{} (from sentence {})", s.basis, narrative.sentence),
                    date: s.shift.apply(narrative.mention.date),
                })
        })
}

/// "since early this June", "ever since 2014": the start of a stretch that
/// lasts until now dates its own sentence's event (when it began) but tells
/// nothing of when the following sentences happen.
pub(crate) fn since_date(forms: &[&str], m: &dyad_dates::DateMention) -> bool {
    let start = m.words.0;
    (start.saturating_sub(3)..start).any(|p| forms[p].eq_ignore_ascii_case("since"))
}

/// Does a date expression tell the day the story has reached? Not when it
/// lies after the report or bounds a stretch ("by October 31st", "until
/// Thursday", "for parts of September"), when it is vague ("recently"), or
/// when its clause is a plan or a supposition ("The Senate was set to meet
/// on Wednesday").
pub(crate) fn sets_narrative(
    parsed: &Parsed,
    forms: &[&str],
    m: &dyad_dates::DateMention,
    publication: NaiveDate,
) -> bool {
    if m.date.first_day().is_none_or(|d| d > publication)
        || dyad_dates::bounds_a_stretch(forms, m)
        || m.basis.eq_ignore_ascii_case("recently")
        || m.words
            .0
            .checked_sub(1)
            .is_some_and(|p| forms[p].eq_ignore_ascii_case("by"))
        || since_date(forms, m)
    {
        return false;
    }
    // The clause of the date: its nearest verb ancestor.
    let tree = dyad_context::Tree::new(parsed);
    // "France condemned Saturday's attack": the day of the attack, not of
    // what the sentence tells.
    if dyad_context::dates_another_act(&tree, m) {
        return false;
    }
    // "Turkey, which joined NATO in 1952, criticised Greece": a relative
    // clause describes a participant with its past; the story does not
    // move there, and the next sentences are not dated by it. (Not a
    // reduced relative: "…, police revealed on Saturday" is often parsed
    // as one.)
    let describes = (m.words.0..m.words.1).any(|k| {
        tree.ancestors(k)
            .into_iter()
            .chain([k])
            .any(|a| parsed.words[a].deprel == "acl:relcl")
    });
    if describes {
        return false;
    }
    let clause = (m.words.0..m.words.1).find_map(|k| {
        tree.ancestors(k)
            .into_iter()
            .find(|&a| parsed.words[a].upos == "VERB")
    });
    match clause {
        Some(verb) => matches!(
            dyad_context::factuality(&tree, verb),
            Factuality::Asserted | Factuality::Reported
        ),
        None => true,
    }
}

/// Is a date expression said of the sentence's main verb (its nearest
/// verb ancestor is the root)?
pub(crate) fn in_main_clause(parsed: &Parsed, m: &dyad_dates::DateMention) -> bool {
    let tree = dyad_context::Tree::new(parsed);
    (m.words.0..m.words.1).any(|k| {
        tree.ancestors(k)
            .into_iter()
            .find(|&a| parsed.words[a].upos == "VERB")
            .is_some_and(|v| parsed.words[v].head == 0)
    })
}

/// "Nigeria previously announced …": an adverb that places the act before
/// the story's day.
pub(crate) fn said_before(parsed: &Parsed, verb: usize) -> bool {
    parsed.words.iter().any(|w| {
        w.head == verb + 1
            && w.deprel == "advmod"
            && matches!(
                w.lemma.to_lowercase().as_str(),
                "previously" | "earlier" | "already" | "formerly" | "before"
            )
    })
}

/// "A few days later the administration said …": events the sentence does
/// not date otherwise take the date its relative expression reaches from the
/// narrative date.
pub(crate) fn date_relative(events: &mut [Event], mention: &dyad_dates::DateMention) {
    for e in events.iter_mut() {
        let undated = e
            .date_basis
            .as_deref()
            .is_some_and(|b| b == "publication date" || b.ends_with("(date of the report)"));
        if undated {
            e.date = Some(mention.date.to_string());
            e.date_basis = Some(mention.basis.clone());
        }
    }
}

/// The perfect of a clause: "has alleged", "have been protesting" (present),
/// "had given" (past).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Perfect {
    Present,
    Past,
}

/// The perfect aspect of `verb`'s clause, if it has one: an auxiliary
/// *have* (not after a modal: "might have encouraged" is a supposition).
pub(crate) fn perfect(parsed: &Parsed, verb: usize) -> Option<Perfect> {
    let aux: Vec<&Word> = parsed
        .words
        .iter()
        .filter(|w| w.head == verb + 1 && w.deprel.starts_with("aux"))
        .collect();
    if aux.iter().any(|w| w.xpos == "MD") {
        return None;
    }
    let have = aux.iter().find(|w| w.lemma.eq_ignore_ascii_case("have"))?;
    match have.xpos.as_str() {
        "VBD" => Some(Perfect::Past),
        "VBZ" | "VBP" => Some(Perfect::Present),
        _ => None,
    }
}

/// "Student groups had given the government until Thursday": a past
/// perfect the text does not date happened before the events the article
/// reports, on a day it does not give. The publication month is as fine as
/// the text supports, not the publication day. (A present perfect, "has
/// accused", is news of the day and keeps the publication date.)
pub(crate) fn date_perfect(
    events: &mut [Event],
    parsed: &Parsed,
    spans: &[(usize, usize)],
    publication: NaiveDate,
) {
    for e in events.iter_mut() {
        if e.date_basis.as_deref() != Some("publication date") {
            continue;
        }
        let Some(verb) = action_word(e, spans) else {
            continue;
        };
        if perfect(parsed, verb) == Some(Perfect::Past) {
            let month = EventDate::Month(publication.year(), publication.month());
            e.date = Some(month.to_string());
            e.date_basis = Some("publication month (past perfect, no day given)".to_string());
        }
    }
}

/// Is the clause of `verb` told in the simple past ("retaliated", "was
/// hit", "had defeated")? A present or present perfect ("has accused")
/// speaks from the day of the report; a modal ("would move") takes the
/// tense of the clause that reports it ("the statement said Turkey would
/// move").
pub(crate) fn told_in_past(parsed: &Parsed, verb: usize) -> bool {
    let words = &parsed.words;
    let mut v = verb;
    for _ in 0..4 {
        let aux: Vec<&Word> = words
            .iter()
            .filter(|w| w.head == v + 1 && w.deprel.starts_with("aux"))
            .collect();
        if aux.iter().any(|w| matches!(w.xpos.as_str(), "VBZ" | "VBP")) {
            return false;
        }
        if aux.iter().any(|w| w.xpos == "VBD") {
            return true;
        }
        // "Turkey would also take over guarding the prisoners", going on
        // from "the statement said …": *would* heading the sentence is the
        // future of a past report, told in the past.
        if words[v].head == 0
            && aux.iter().any(|w| w.xpos == "MD")
            && aux
                .iter()
                .filter(|w| w.xpos == "MD")
                .all(|w| matches!(w.form.to_lowercase().as_str(), "would" | "'d"))
        {
            return true;
        }
        if !aux.iter().any(|w| w.xpos == "MD") {
            // A participle with no auxiliary but a subject of its own is a
            // simple past the tagger took for a participle ("Korea
            // attacked").
            let own_subject = words.iter().any(|w| w.head == v + 1 && w.deprel == "nsubj");
            return match words[v].xpos.as_str() {
                "VBD" => true,
                "VBN" if aux.is_empty() && own_subject => true,
                "VBZ" | "VBP" => false,
                // A participle or infinitive: the tense of its clause.
                _ => match words[v].head {
                    0 => false,
                    h => {
                        v = h - 1;
                        continue;
                    }
                },
            };
        }
        match words[v].head {
            0 => return false,
            h => v = h - 1,
        }
    }
    false
}

/// A later sentence that dates an act named by a noun and its actor:
/// "Khajimba's message was timed for Monday's holiday".
pub(crate) struct Restatement {
    /// The actor's country (code root) and the noun's lemma.
    pub(crate) actor_root: String,
    pub(crate) noun: String,
    pub(crate) mention: dyad_dates::DateMention,
    pub(crate) sentence: usize,
}

/// Nouns for acts a later sentence may date.
pub(crate) const RESTATED_NOUNS: &[&str] = &[
    "message",
    "letter",
    "visit",
    "meeting",
    "call",
    "statement",
    "speech",
    "talks",
    "trip",
    "invitation",
];

/// The restatement a sentence makes, if any: a subject noun of
/// [`RESTATED_NOUNS`] whose possessor is an actor, and a date expression.
pub(crate) fn dated_restatement(
    parsed: &Parsed,
    hits: &[PhraseHit<'_>],
    first_date: Option<dyad_dates::DateMention>,
    sentence: usize,
) -> Option<Restatement> {
    let words = &parsed.words;
    let n = words.iter().position(|w| {
        w.deprel.starts_with("nsubj") && RESTATED_NOUNS.contains(&w.lemma.to_lowercase().as_str())
    })?;
    let possessor = words
        .iter()
        .position(|w| w.head == n + 1 && w.deprel == "nmod:poss")?;
    let actor_root = hits.iter().find_map(|h| match h {
        PhraseHit::Actor(m) if m.start <= possessor && possessor < m.start + m.len => {
            m.code.map(|c| root_of(c.code).to_string())
        }
        _ => None,
    })?;
    let mention = first_date?;
    Some(Restatement {
        actor_root,
        noun: words[n].lemma.to_lowercase(),
        mention,
        sentence,
    })
}

/// The lemma of the object of an event's verb ("sent a message" →
/// `message`).
pub(crate) fn object_lemma(e: &Event, parsed: &Parsed, spans: &[(usize, usize)]) -> Option<String> {
    let verb = action_word(e, spans)?;
    let words = &parsed.words;
    // "a message … thanking him": the noun the verb describes.
    if words[verb].deprel == "acl" {
        let head = words[verb].head.checked_sub(1)?;
        return Some(words[head].lemma.to_lowercase());
    }
    words
        .iter()
        .find(|w| w.head == verb + 1 && w.deprel == "obj")
        .map(|o| o.lemma.to_lowercase())
}

/// Date earlier events by their restatements: an event of the same actor
/// whose object is the restated noun, dated only by the report or the
/// publication, takes the restatement's date.
pub(crate) fn date_by_restatement(
    events: &mut [Event],
    restatements: &[Restatement],
    objects: &[(String, Option<String>)],
) {
    for r in restatements {
        for e in events.iter_mut().filter(|e| e.sentence_index < r.sentence) {
            let same_actor = e
                .source
                .as_ref()
                .and_then(|a| a.code.as_deref())
                .is_some_and(|c| root_of(c) == r.actor_root);
            let object = objects
                .iter()
                .find(|(id, _)| *id == e.event_id)
                .and_then(|(_, o)| o.as_deref());
            let undated = e.date_basis.as_deref().is_some_and(|b| {
                b == "publication date"
                    || b.ends_with("(date of the report)")
                    || b.starts_with("publication month")
            });
            if same_actor && object == Some(r.noun.as_str()) && undated {
                e.date = Some(r.mention.date.to_string());
                e.date_basis = Some(format!(
                    "{} (sentence {}, restated)",
                    r.mention.basis, r.sentence
                ));
            }
        }
    }
}
