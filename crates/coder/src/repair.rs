//! Repairs of frequent, recognisable attachment errors of a statistical
//! parser before coding.
//!
//! Each repair looks for a configuration that English grammar rules out
//! and rebuilds the tree the sentence must have had. A repair that would
//! leave a cycle or a second root is abandoned, so a repaired parse is
//! always a tree. Gold (treebank) parses do not show these configurations
//! and are left as they are.

use dyad_conllu::{Sentence as Parsed, Word};

mod apposed;
mod arguments;
mod mistagged;
mod speakers;

/// Verbs that attribute a sentence to a speaker: "…, the ministry said".
const REPORTING_LEMMAS: &[&str] = &[
    "say", "report", "announce", "add", "state", "claim", "confirm", "declare", "write",
];

/// Verbs of happening without a passive ("erupted", "flared"): after a noun
/// they are its verb, never a reduced relative.
const INTRANSITIVE: &[&str] = &["erupt", "flare", "happen", "occur", "rage", "escalate"];

/// Verbs whose participle takes a predicate noun ("a lawyer named
/// minister", "the general declared president").
const NAMING_VERBS: &[&str] = &[
    "name", "elect", "appoint", "call", "declare", "make", "crown", "dub", "vote", "title",
];

/// The parse with its repairs applied, or `None` when nothing needed
/// repairing (the common case; no copy is made).
pub(crate) fn repair(parsed: &Parsed) -> Option<Parsed> {
    let mut heads: Vec<Option<usize>> = heads_of(&parsed.words);
    let mut rels: Vec<Option<&'static str>> = vec![None; parsed.words.len()];
    let words = &parsed.words;
    let mut changed = false;
    changed |= agent_without_by(words, &heads, &mut rels);
    changed |= agent_list_continued_on_verb(words, &mut heads, &rels);
    // Before the repairs that look for a verb's object: "tear" of "tear
    // gas" read as a preposition hides it.
    changed |= mistagged::tear_gas(words, &heads, &mut rels);
    changed |= apposed::acting_title_read_as_verb(words, &mut heads, &mut rels);
    changed |= verb_as_noun_modifier(words, &mut heads, &mut rels);
    changed |= apposed::verb_after_apposition(words, &mut heads, &mut rels);
    changed |= final_attribution(words, &mut heads, &mut rels);
    changed |= split_subject_appositions(words, &heads, &mut rels);
    changed |= split_subject_conjuncts(words, &mut heads, &mut rels);
    changed |= modifiers_of_time_words(words, &mut heads, &mut rels);
    changed |= coordinated_names(words, &mut heads, &mut rels);
    changed |= verb_read_as_adjective(words, &mut heads, &mut rels);
    changed |= verb_read_as_adjective_after_subject(words, &mut heads, &mut rels);
    changed |= participle_after_subject(words, &mut heads, &mut rels);
    changed |= subject_pronoun_read_as_object(words, &mut heads, &mut rels);
    changed |= subject_noun_before_finite_xcomp(words, &mut heads, &mut rels);
    changed |= fronted_apposition_of_subject(words, &mut heads, &mut rels);
    changed |= nationality_before_name(words, &mut heads, &mut rels);
    changed |= clause_read_as_prepositional_phrase(words, &mut heads, &mut rels);
    changed |= clause_read_as_modified_noun(words, &mut heads, &mut rels);
    changed |= name_read_as_gerund(words, &heads, &mut rels);
    changed |= gerund_name_read_as_root(words, &mut heads, &mut rels);
    changed |= object_read_as_subject_of_conjunct(words, &mut heads, &mut rels);
    changed |= name_read_as_gerund_with_object(words, &mut heads, &mut rels);
    changed |= object_of_gerund_name_read_as_xcomp(words, &heads, &mut rels);
    changed |= noun_read_as_passive_auxiliary(words, &mut heads, &mut rels);
    changed |= subject_read_as_noun_conjunct(words, &mut heads, &mut rels);
    changed |= speakers::relative_clause_before_speech_verb(words, &mut heads, &mut rels);
    changed |= speakers::article_read_as_second_object(words, &mut heads, &mut rels);
    changed |= speakers::second_object_read_as_object_of_first(words, &mut heads, &mut rels);
    changed |= agent_participle_read_as_gerund(words, &mut heads, &mut rels);
    changed |= addressee_read_as_infinitive_subject(words, &mut heads, &mut rels);
    changed |= reported_clause_read_as_object(words, &mut heads, &mut rels);
    changed |= compound_split_at_object_of_noun(words, &mut heads, &mut rels);
    changed |= arguments::second_subject_after_verb(words, &heads, &mut rels);
    changed |= arguments::object_read_as_predicate_noun(words, &heads, &mut rels);
    changed |= arguments::participle_aside_read_as_main_verb(words, &mut heads, &mut rels);
    // Verbs the parser tagged as another part of speech (a copula's AUX).
    let mut retagged = verb_read_as_copula(words, &mut heads, &mut rels);
    retagged.extend(mistagged::noun_read_as_verb_before_object(
        words, &mut heads, &mut rels,
    ));
    retagged.extend(mistagged::subjunctive_read_as_noun(
        words, &mut heads, &mut rels,
    ));
    // Nouns the parser tagged a verb ("deported three suspects").
    let nouns: Vec<usize> = mistagged::plural_noun_read_as_verb(words, &mut heads, &mut rels)
        .into_iter()
        .collect();
    changed |= !nouns.is_empty();
    let mut singular_nouns = Vec::new();
    if retagged.is_empty() && !changed {
        retagged.extend(mistagged::past_form_between_noun_phrases(
            words, &mut heads, &mut rels,
        ));
    }
    if retagged.is_empty() && !changed {
        if let Some((noun, verb)) =
            mistagged::possessed_noun_read_as_adjective(words, &mut heads, &mut rels)
        {
            singular_nouns.push(noun);
            retagged.push(verb);
        }
    }
    if retagged.is_empty() && !changed {
        retagged.extend(mistagged::verb_after_apposition_read_as_participle(
            words, &mut heads, &mut rels,
        ));
    }
    if retagged.is_empty() && !changed {
        retagged.extend(mistagged::collective_action_read_as_participle(
            words, &mut heads, &mut rels,
        ));
    }
    // Participles the tagger read as verbs before their noun ("faces
    // sweeping sanctions").
    let adjectives = mistagged::participle_read_as_verb_before_noun(words, &mut heads, &mut rels);
    changed |= !adjectives.is_empty();
    changed |= !retagged.is_empty();
    if !changed || !is_tree(&heads) {
        return None;
    }
    let mut out = parsed.clone();
    for (i, w) in out.words.iter_mut().enumerate() {
        w.head = heads[i].map_or(0, |h| h + 1);
        if let Some(r) = rels[i] {
            w.deprel = r.to_string();
        }
        if retagged.contains(&i) {
            w.upos = "VERB".to_string();
        }
        if nouns.contains(&i) {
            w.upos = "NOUN".to_string();
            w.xpos = "NNS".to_string();
        }
        if adjectives.contains(&i) {
            w.upos = "ADJ".to_string();
            w.xpos = "JJ".to_string();
        }
        if singular_nouns.contains(&i) {
            w.upos = "NOUN".to_string();
            w.xpos = "NN".to_string();
        }
    }
    Some(out)
}

fn heads_of(words: &[Word]) -> Vec<Option<usize>> {
    let n = words.len();
    words
        .iter()
        .enumerate()
        .map(|(i, w)| (w.head >= 1 && w.head <= n && w.head != i + 1).then(|| w.head - 1))
        .collect()
}

/// Exactly one root and every word reaches it.
fn is_tree(heads: &[Option<usize>]) -> bool {
    if heads.iter().filter(|h| h.is_none()).count() != 1 {
        return false;
    }
    (0..heads.len()).all(|i| {
        let mut cur = i;
        for _ in 0..=heads.len() {
            match heads[cur] {
                None => return true,
                Some(h) => cur = h,
            }
        }
        false
    })
}

fn rel_of<'a>(words: &'a [Word], rels: &[Option<&'static str>], i: usize) -> &'a str {
    rels[i].unwrap_or(words[i].deprel.as_str())
}

fn is_verb(w: &Word) -> bool {
    w.upos == "VERB" || (w.upos == "_" || w.upos.is_empty()) && w.xpos.starts_with("VB")
}

fn is_nominal(w: &Word) -> bool {
    matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON")
        || w.xpos.starts_with("NN")
        || w.xpos == "PRP"
}

fn is_punct(w: &Word) -> bool {
    w.upos == "PUNCT" || (w.upos == "_" && matches!(w.xpos.as_str(), "." | "," | ":"))
}

fn lemma_is(w: &Word, lemmas: &[&str]) -> bool {
    let lemma = if w.lemma.is_empty() || w.lemma == "_" {
        &w.form
    } else {
        &w.lemma
    };
    lemmas.iter().any(|l| lemma.eq_ignore_ascii_case(l))
}

/// "Russian police arrested Russian students" parsed as a noun phrase whose
/// head (*police*) is modified by a reduced relative (*arrested students*):
/// a participle in a reduced relative is passive and takes no direct
/// object, so a root nominal whose `acl` verb has an `obj` and no subject of
/// its own is the verb's subject.
fn verb_as_noun_modifier(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let Some(root) = root_word(heads) else {
        return false;
    };
    if !is_nominal(&words[root]) || words[root].upos == "PRON" {
        return false;
    }
    let root_children: Vec<usize> = children(heads, root).collect();
    if root_children
        .iter()
        .any(|&c| matches!(rel_of(words, rels, c), "cop" | "nsubj" | "nsubj:pass"))
    {
        return false;
    }
    // "Police fired on protesters": in a sentence with no other verb, a
    // participle right after the root noun, with a prepositional
    // complement, is the main verb too (the sentence needs one). "The
    // minister met with Assad to discuss …": verbs of the participle's own
    // clause leave the sentence without a main verb just the same.
    let within = |v: usize, top: usize| {
        let mut cur = Some(v);
        for _ in 0..words.len() {
            match cur {
                Some(n) if n == top => return true,
                Some(n) => cur = heads[n],
                None => return false,
            }
        }
        false
    };
    let nominal_xcomp = |v: usize, heads: &[Option<usize>]| {
        (!lemma_is(&words[v], NAMING_VERBS))
            .then(|| {
                (v + 1..words.len()).find(|&d| {
                    heads[d] == Some(v)
                        && rel_of(words, rels, d) == "xcomp"
                        && is_nominal(&words[d])
                        && !(0..words.len())
                            .any(|e| heads[e] == Some(d) && rel_of(words, rels, e) == "case")
                })
            })
            .flatten()
    };
    // "Israeli troops arrested 15 Palestinians": the object read as a bare
    // oblique (no preposition). Only nouns of time ("Monday", "last week")
    // stand bare beside a verb without being its object.
    let bare_object = |v: usize, heads: &[Option<usize>]| {
        (v + 1..words.len()).find(|&d| {
            heads[d] == Some(v)
                && rel_of(words, rels, d).split(':').next() == Some("obl")
                && is_nominal(&words[d])
                && words[d].upos != "PRON"
                && !is_time_word(&words[d])
                && !(0..words.len())
                    .any(|e| heads[e] == Some(d) && rel_of(words, rels, e) == "case")
        })
    };
    // "Police in Bangladesh arrested …": the participle right after the
    // root's own phrase.
    let follows_root =
        |c: usize| c > root && (root + 1..c).all(|i| within(i, root) && !within(i, c));
    let only_verb_of = |c: usize| {
        (0..words.len())
            .filter(|&w| is_verb(&words[w]))
            .all(|w| within(w, c))
    };
    let Some(verb) = root_children.iter().copied().find(|&c| {
        let only_verb = only_verb_of(c);
        c > root && rel_of(words, rels, c) == "acl" && is_verb(&words[c]) && {
            let vc: Vec<usize> = children(heads, c).collect();
            let complement = vc.iter().any(|&d| rel_of(words, rels, d) == "obj")
                || only_verb
                    && c == root + 1
                    && vc.iter().any(|&d| {
                        rel_of(words, rels, d) == "obl" && directed_case(words, heads, d)
                    })
                // "Demonstrations erupted in Minsk": a verb that has no
                // passive cannot head a reduced relative.
                || only_verb && c == root + 1 && lemma_is(&words[c], INTRANSITIVE)
                // "Russian military forces attacked Ukraine" with *Ukraine*
                // read as a predicate (`xcomp`), which only a naming verb
                // takes ("a lawyer named minister").
                || only_verb && c == root + 1 && nominal_xcomp(c, heads).is_some()
                || only_verb && follows_root(c) && bare_object(c, heads).is_some()
                // "Turkish forces shelled and captured the town": the
                // participle shares its conjunct's object (`src/shared.rs`).
                || only_verb
                    && c == root + 1
                    && vc.iter().any(|&d| {
                        rel_of(words, rels, d) == "conj"
                            && is_verb(&words[d])
                            && children(heads, d).any(|e| rel_of(words, rels, e) == "obj")
                    });
            complement
                && !vc.iter().any(|&d| {
                    matches!(
                        rel_of(words, rels, d),
                        "nsubj" | "nsubj:pass" | "mark" | "aux" | "aux:pass"
                    )
                })
        }
    }) else {
        return false;
    };
    if let Some(x) = nominal_xcomp(verb, heads).or_else(|| bare_object(verb, heads)) {
        rels[x] = Some("obj");
    }
    heads[verb] = None;
    rels[verb] = Some("root");
    heads[root] = Some(verb);
    rels[root] = Some("nsubj");
    // The sentence's punctuation and the clause's adjuncts after the verb
    // belong to the verb.
    for c in root_children {
        if c > verb {
            heads[c] = Some(verb);
        }
    }
    true
}

/// Does the phrase at `n` have a preposition that points the act at
/// someone ("fired on", "clashed with", "marched against"), unlike the
/// place of a reduced relative ("students arrested in Moscow")?
fn directed_case(words: &[Word], heads: &[Option<usize>], n: usize) -> bool {
    (0..n).any(|c| {
        heads_phrase(heads, c, n)
            && words[c].upos == "ADP"
            && matches!(
                words[c].form.to_lowercase().as_str(),
                "on" | "against" | "with" | "into" | "upon" | "toward" | "towards"
            )
    })
}

/// "…, the official news agency WFNA said on Thursday." A sentence-final
/// attribution is the sentence's main clause: its verb is the root, the
/// noun phrase after the comma its subject and the clause before the comma
/// its complement. Parsers often hang the speaker on the last noun of the
/// reported clause (an apposition) and the verb on the speaker (a relative
/// clause) or on the reported verb (`advcl`, `parataxis`).
fn final_attribution(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let n = words.len();
    let mut end = n;
    while end > 0 && is_punct(&words[end - 1]) {
        end -= 1;
    }
    let Some(comma) = (0..end).rev().find(|&i| words[i].form == ",") else {
        return false;
    };
    // The attribution: one reporting verb after a speaker noun phrase.
    // Participles modifying the speaker ("a clearly inebriated official")
    // are adjectives.
    let verbs: Vec<usize> = (comma + 1..end)
        .filter(|&i| is_verb(&words[i]) && !matches!(words[i].deprel.as_str(), "amod" | "compound"))
        .collect();
    let [verb] = verbs[..] else {
        return false;
    };
    // "…,\" Amnesty International's director Heba Morayef said": the
    // closing quotation mark after the comma is no part of the speaker.
    let mut start = comma + 1;
    while start < verb && matches!(words[start].form.as_str(), "\"" | "”" | "''" | "’") {
        start += 1;
    }
    if !lemma_is(&words[verb], REPORTING_LEMMAS) || verb == start {
        return false;
    }
    let speaker = start..verb;
    // (A hyphen inside a name, "Man-kei Tam", is no boundary.)
    if speaker
        .clone()
        .any(|i| is_punct(&words[i]) && words[i].form != "-" || words[i].upos == "SCONJ")
    {
        return false;
    }
    // Its head: the last nominal before any preposition ("a spokesman for
    // the ministry").
    let before_prep = speaker
        .clone()
        .find(|&i| words[i].upos == "ADP")
        .unwrap_or(verb);
    let Some(subject) = (comma + 1..before_prep)
        .rev()
        .find(|&i| is_nominal(&words[i]))
    else {
        return false;
    };
    // The reported clause must have a verb of its own.
    if !(0..comma).any(|i| is_verb(&words[i])) {
        return false;
    }
    // The main verb of the reported clause.
    let root = root_word(heads);
    let inside = |i: usize| (comma..end).contains(&i);
    let main = match root {
        Some(r) if r < comma => Some(r),
        Some(r) if r == verb => None,
        _ => {
            let tops: Vec<usize> = (0..comma)
                .filter(|&i| is_verb(&words[i]) && heads[i].is_none_or(inside))
                .collect();
            match tops[..] {
                [m] => Some(m),
                _ => return false,
            }
        }
    };
    if main.is_none()
        && heads[subject].is_some_and(|h| h == verb)
        && rel_of(words, rels, subject) == "nsubj"
    {
        // Already the sentence's main clause with this subject.
        return false;
    }
    heads[verb] = None;
    rels[verb] = Some("root");
    if let Some(m) = main {
        heads[m] = Some(verb);
        rels[m] = Some("ccomp");
    }
    heads[subject] = Some(verb);
    rels[subject] = Some("nsubj");
    heads[comma] = Some(verb);
    rels[comma] = Some("punct");
    for i in speaker {
        if i == subject {
            continue;
        }
        let outside = heads[i].is_none_or(|h| !(comma + 1..verb).contains(&h));
        if outside {
            heads[i] = Some(subject);
            if rel_of(words, rels, i).starts_with("nsubj")
                || matches!(rel_of(words, rels, i), "appos" | "root")
            {
                rels[i] = Some(if i < subject { "compound" } else { "nmod" });
            }
        }
    }
    for head in heads.iter_mut().skip(verb + 1) {
        if head.is_none_or(|h| !inside(h)) {
            *head = Some(verb);
        }
    }
    // Words of the reported clause hung on the attribution.
    if let Some(m) = main {
        for (i, head) in heads.iter_mut().enumerate().take(comma) {
            if i != m && head.is_none_or(inside) {
                *head = Some(m);
            }
        }
    }
    true
}

/// "Evil Mordor, the awful Fornost, and good Gondor welcomed…" parsed with
/// two subjects, the second name an apposition of the first: between two
/// subjects of one verb, an apposition is a member of the list.
fn split_subject_appositions(
    words: &[Word],
    heads: &[Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for v in 0..words.len() {
        let subjects: Vec<usize> = (0..words.len())
            .filter(|&c| heads[c] == Some(v) && rel_of(words, rels, c) == "nsubj")
            .collect();
        if subjects.len() < 2 {
            continue;
        }
        let last = subjects[subjects.len() - 1];
        for &s in &subjects[..subjects.len() - 1] {
            for a in s + 1..last {
                if heads[a] == Some(s) && rel_of(words, rels, a) == "appos" {
                    rels[a] = Some("conj");
                    changed = true;
                }
            }
        }
    }
    changed
}

/// "Ithilen and the government of Gondor warned…" parsed with two subjects
/// of one verb: a later subject introduced by a coordinating conjunction is
/// a conjunct of the first.
fn split_subject_conjuncts(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for v in 0..words.len() {
        let subjects: Vec<usize> = (0..words.len())
            .filter(|&c| heads[c] == Some(v) && rel_of(words, rels, c) == "nsubj")
            .collect();
        let Some((&first, later)) = subjects.split_first() else {
            continue;
        };
        for &s in later {
            let coordinated = (first + 1..s).any(|c| {
                heads[c] == Some(s)
                    && rel_of(words, rels, c) == "cc"
                    && !(first + 1..c).any(|k| is_verb(&words[k]))
            });
            if coordinated && s < v {
                heads[s] = Some(first);
                rels[s] = Some("conj");
                changed = true;
            }
        }
    }
    changed
}

/// "met on Monday with Khalilzad" parsed with *with Khalilzad* modifying
/// *Monday*: a weekday, a month or "yesterday" takes no prepositional
/// modifier of its own ("on Monday of last week" aside, whose *of* stays),
/// so the phrase modifies the verb the time word modifies.
fn modifiers_of_time_words(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for m in 0..words.len() {
        let Some(t) = heads[m] else { continue };
        let Some(v) = heads[t] else { continue };
        let time_word = dyad_dates::is_calendar_word(&words[t].form)
            || matches!(
                words[t].form.to_ascii_lowercase().as_str(),
                "yesterday" | "today"
            );
        let has_case = |c: &str| {
            (0..words.len()).any(|k| {
                heads[k] == Some(m)
                    && rel_of(words, rels, k) == "case"
                    && !words[k].form.eq_ignore_ascii_case(c)
            })
        };
        if time_word
            && rel_of(words, rels, m) == "nmod"
            && rel_of(words, rels, t).starts_with("obl")
            && is_verb(&words[v])
            && has_case("of")
            && is_nominal(&words[m])
        {
            heads[m] = Some(v);
            rels[m] = Some("obl");
            changed = true;
        }
    }
    changed
}

/// "Abkhazia and South Ossetia" parsed as one name (*South Ossetia* a
/// `flat` or `compound` part of *Abkhazia*, or the other way round): two
/// proper names joined by *and*/*or* and linked only by name-internal
/// relations are two conjuncts. Each name keeps its last word as head;
/// the first name takes the place of the whole.
fn coordinated_names(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let proper = |i: usize| words[i].upos == "PROPN";
    let mut changed = false;
    for c in 1..words.len().saturating_sub(1) {
        let coordinator = matches!(words[c].form.to_ascii_lowercase().as_str(), "and" | "or");
        if !coordinator || !proper(c - 1) || !proper(c + 1) {
            continue;
        }
        let mut left_start = c - 1;
        while left_start > 0 && proper(left_start - 1) && c - left_start < 4 {
            left_start -= 1;
        }
        let mut right_end = c + 1;
        while right_end + 1 < words.len() && proper(right_end + 1) && right_end - c < 4 {
            right_end += 1;
        }
        let span = left_start..=right_end;
        let inside = |i: usize| span.contains(&i);
        // The whole must hang from one place, through name-internal links.
        let tops: Vec<usize> = span
            .clone()
            .filter(|&i| !heads[i].is_some_and(inside))
            .collect();
        let internal = span.clone().filter(|&i| i != c).all(|i| {
            !heads[i].is_some_and(inside)
                || matches!(
                    rel_of(words, rels, i),
                    "flat" | "compound" | "nmod:desc" | "conj"
                )
        });
        // A name-internal link across the coordinator is the error.
        let crossing = span.clone().filter(|&i| i != c).any(|i| {
            heads[i].is_some_and(|h| inside(h) && (h < c) != (i < c))
                && matches!(rel_of(words, rels, i), "flat" | "compound" | "nmod:desc")
        });
        if tops.len() != 1 || !internal || !crossing {
            continue;
        }
        let top = tops[0];
        let (outer_head, outer_rel) = (heads[top], rel_of(words, rels, top).to_string());
        let left_head = c - 1;
        let right_head = right_end;
        for i in left_start..left_head {
            heads[i] = Some(left_head);
            rels[i] = Some("compound");
        }
        for i in c + 1..right_head {
            heads[i] = Some(right_head);
            rels[i] = Some("compound");
        }
        heads[left_head] = outer_head;
        rels[left_head] = Some(static_rel(&outer_rel));
        heads[right_head] = Some(left_head);
        rels[right_head] = Some("conj");
        heads[c] = Some(right_head);
        rels[c] = Some("cc");
        changed = true;
    }
    changed
}

/// "South Korea fired artillery at North Korea" tagged and parsed as one
/// noun phrase (*fired* an adjective of *artillery*, the sentence rootless
/// of any verb): a past-tense form right after a proper name, modifying the
/// noun after it, in a sentence whose root is not a verb, is the verb — the
/// name its subject, the noun its object, the noun's prepositional phrases
/// its obliques.
fn verb_read_as_adjective(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let Some(root) = root_word(heads) else {
        return false;
    };
    if is_verb(&words[root]) || words[root].xpos.starts_with("VB") {
        return false;
    }
    let Some(w) = (1..words.len()).find(|&w| {
        matches!(words[w].xpos.as_str(), "VBN" | "VBD")
            && rel_of(words, rels, w) == "amod"
            && heads[w].is_some_and(|h| h > w && is_nominal(&words[h]))
            && words[w - 1].upos == "PROPN"
    }) else {
        return false;
    };
    let Some(object) = heads[w] else { return false };
    let subject = w - 1;
    // The name must belong to the object's phrase (the misparse), not be
    // a subject of its own.
    let mut cur = subject;
    let mut steps = 0;
    while cur != object && steps < words.len() {
        if !matches!(rel_of(words, rels, cur), "compound" | "flat" | "nmod:poss") {
            return false;
        }
        let Some(h) = heads[cur] else { return false };
        cur = h;
        steps += 1;
    }
    if cur != object {
        return false;
    }
    // The new clause: w the root, the name its subject, the noun its object.
    heads[w] = None;
    rels[w] = Some("root");
    heads[subject] = Some(w);
    rels[subject] = Some("nsubj");
    if object != root {
        // The old root ("Yesterday, …") modifies the verb.
        heads[root] = Some(w);
        rels[root] = Some("obl");
    }
    heads[object] = Some(w);
    rels[object] = Some("obj");
    object_phrases_to_verb(words, heads, rels, object, w);
    true
}

/// "Ukrainian forces shelled Russian positions near Bakhmut" tagged and
/// parsed as two coordinated noun phrases (*shelled* an adjective of
/// *positions*, which is a conjunct of the root *forces*): a past-tense form
/// right after a bare noun root (no copula, subject, preposition or marker
/// of its own), modifying a later noun that hangs from that root, is the
/// verb — the root its subject, the later noun its object. A reduced
/// relative with a by-agent ("troops trained by Russia") is left alone.
fn verb_read_as_adjective_after_subject(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let Some(root) = root_word(heads) else {
        return false;
    };
    let w = root + 1;
    if w >= words.len()
        || !is_nominal(&words[root])
        || !matches!(words[w].xpos.as_str(), "VBN" | "VBD")
        || rel_of(words, rels, w) != "amod"
    {
        return false;
    }
    let Some(mut object) = heads[w].filter(|&h| h > w && is_nominal(&words[h])) else {
        return false;
    };
    // "A Russian court sentenced opposition leader Alexei Navalny": the
    // adjective hangs on the title, which describes the name hung on the
    // root; the object is the whole name phrase.
    while heads[object] != Some(root) {
        match heads[object] {
            Some(h)
                if h > object
                    && is_nominal(&words[h])
                    && matches!(rel_of(words, rels, object), "nmod:desc" | "compound") =>
            {
                object = h
            }
            _ => return false,
        }
    }
    let bare = !(0..words.len()).any(|c| {
        heads[c] == Some(root)
            && matches!(
                rel_of(words, rels, c).split(':').next(),
                Some("cop" | "nsubj" | "case" | "mark" | "aux")
            )
    });
    // Everything before the verb is the subject's phrase.
    let subject_phrase = (0..root).all(|i| {
        let mut cur = i;
        for _ in 0..words.len() {
            match heads[cur] {
                Some(h) if h == root => return true,
                Some(h) if h != w => cur = h,
                _ => return false,
            }
        }
        false
    });
    let by_agent = (w + 1..object).any(|c| lemma_is(&words[c], &["by"]));
    if !bare || !subject_phrase || by_agent {
        return false;
    }
    heads[w] = None;
    rels[w] = Some("root");
    heads[root] = Some(w);
    rels[root] = Some("nsubj");
    heads[object] = Some(w);
    rels[object] = Some("obj");
    // What followed the subject now follows the verb.
    for i in w + 1..words.len() {
        if heads[i] == Some(root) {
            heads[i] = Some(w);
            if rel_of(words, rels, i) == "nmod" {
                rels[i] = Some("obl");
            }
        }
    }
    true
}

/// "Israeli jets struck targets in Syria", "Russian police arrested
/// hundreds of protesters", "The United States threatened sanctions against
/// Turkey": a plural or collective subject before a past-tense verb is read
/// as a list of noun phrases, the verb a participle modifying the noun after
/// it (*struck targets*), and the sentence is left without a verb. A
/// sentence needs one: when no word is tagged a verb but that participle,
/// right after the subject's last noun, it is the main verb — the phrase
/// before it its subject, the noun it modifies its object. Beside
/// [`verb_read_as_adjective_after_subject`] (a bare root noun right before
/// the verb), this takes subjects of several words and the shape where the
/// subject hangs on the object, which the parser made the root.
fn participle_after_subject(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let Some(root) = root_word(heads) else {
        return false;
    };
    if !is_nominal(&words[root]) || words[root].upos == "PRON" {
        return false;
    }
    let participles: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].xpos.starts_with("VB") || words[i].upos == "VERB")
        .collect();
    let [w] = participles[..] else {
        return false;
    };
    if w == 0
        || !matches!(words[w].xpos.as_str(), "VBN" | "VBD")
        || rel_of(words, rels, w) != "amod"
        || !is_nominal(&words[w - 1])
        || words[w - 1].upos == "PRON"
        || (0..words.len()).any(|c| heads[c] == Some(root) && rel_of(words, rels, c) == "cop")
    {
        return false;
    }
    let Some(object) = heads[w].filter(|&h| h > w && is_nominal(&words[h])) else {
        return false;
    };
    // "Soldiers trained by Russian units": a by-agent makes it a reduced
    // relative.
    if (w + 1..object).any(|c| lemma_is(&words[c], &["by"])) {
        return false;
    }
    // The subject: the top of the phrase that ends right before the verb.
    let mut subject = w - 1;
    let mut steps = 0;
    while let Some(h) = heads[subject].filter(|&h| h < w) {
        subject = h;
        steps += 1;
        if steps > words.len() {
            return false;
        }
    }
    let shape_ok = if subject == root {
        // "jets | struck targets": the object hangs on the root noun.
        heads[object] == Some(root)
    } else {
        // "The United States | threatened sanctions": the subject hangs on
        // the object, the root.
        object == root && heads[subject] == Some(root)
    };
    if !shape_ok {
        return false;
    }
    let old_children: Vec<usize> = (0..words.len())
        .filter(|&c| heads[c] == Some(root) && c > w)
        .collect();
    heads[w] = None;
    rels[w] = Some("root");
    heads[subject] = Some(w);
    rels[subject] = Some("nsubj");
    heads[object] = Some(w);
    rels[object] = Some("obj");
    // The rest of the old root's dependents after the verb (its final
    // punctuation, a phrase of the verb hung on the root) belong to the
    // verb; the object's prepositional phrases are the verb's obliques
    // (`object_phrases_to_verb`).
    object_phrases_to_verb(words, heads, rels, object, w);
    for c in old_children {
        if c != object && c != w && root != object {
            heads[c] = Some(w);
        }
    }
    true
}

/// "Nigeria announced it planned to join": the parser makes *it* the
/// object of the reporting verb and leaves the reported clause without a
/// subject. A subject pronoun right before a finite verb that is the
/// reporting verb's complement and has no subject of its own is that
/// clause's subject.
fn subject_pronoun_read_as_object(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    object_as_subject_of_next_clause(words, heads, rels, &["ccomp", "xcomp"], |p, v, h| {
        matches!(
            words[p].form.to_lowercase().as_str(),
            "it" | "he" | "she" | "they" | "we" | "i"
        ) && lemma_is(&words[h], REPORTING_LEMMAS)
            && !matches!(words[v].xpos.as_str(), "VB" | "VBG" | "VBN")
    })
}

/// The shared move of [`subject_pronoun_read_as_object`] and
/// [`subject_noun_before_finite_xcomp`]: an object `p` of a verb `h`, right
/// before a verb `v = p + 1` that is `h`'s complement (one of
/// `complement_rels`) with no subject of its own, becomes `v`'s subject and
/// `v` a reported clause (`ccomp`) — when `fits(p, v, h)`.
fn object_as_subject_of_next_clause(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
    complement_rels: &[&str],
    fits: impl Fn(usize, usize, usize) -> bool,
) -> bool {
    let mut changed = false;
    for p in 0..words.len().saturating_sub(1) {
        let v = p + 1;
        let Some(h) = heads[p] else { continue };
        if rel_of(words, rels, p) != "obj"
            || !is_verb(&words[v])
            || heads[v] != Some(h)
            || !complement_rels.contains(&rel_of(words, rels, v))
            || (0..words.len())
                .any(|c| heads[c] == Some(v) && rel_of(words, rels, c).starts_with("nsubj"))
            || !fits(p, v, h)
        {
            continue;
        }
        heads[p] = Some(v);
        rels[p] = Some("nsubj");
        rels[v] = Some("ccomp");
        changed = true;
    }
    changed
}

/// "Russia urged the United States to withdraw its troops": the parser may
/// make the addressee the subject of the infinitive, leaving the verb of
/// asking without an object. A *to*-infinitive has no subject in English,
/// so a nominal subject standing between a verb of asking (with no object
/// of its own) and its infinitive complement is that verb's object. Without
/// the repair the appeal had no target and the requested act was coded as
/// done ("the United States withdrew from Syria").
fn addressee_read_as_infinitive_subject(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for s in 0..words.len() {
        let Some(v) = heads[s] else { continue };
        let Some(h) = heads[v] else { continue };
        let infinitive = words[v].xpos == "VB"
            && matches!(rel_of(words, rels, v), "xcomp" | "advcl" | "ccomp")
            && (0..v).any(|m| {
                heads[m] == Some(v)
                    && rel_of(words, rels, m) == "mark"
                    && words[m].form.eq_ignore_ascii_case("to")
            });
        let addressee = rel_of(words, rels, s) == "nsubj"
            && is_nominal(&words[s])
            && h < s
            && s < v
            && infinitive
            && lemma_is(&words[h], crate::REQUEST_VERBS);
        if !addressee
            || (0..words.len())
                .any(|c| heads[c] == Some(h) && matches!(rel_of(words, rels, c), "obj" | "iobj"))
        {
            continue;
        }
        heads[s] = Some(h);
        rels[s] = Some("obj");
        rels[v] = Some("xcomp");
        changed = true;
    }
    changed
}

/// "met with Syrian President Bashar Assad": the parser sometimes reads a
/// participle-like past tense as a passive and calls its *with* phrase an
/// agent. An agent is introduced by *by* and nothing else; a phrase with
/// another preposition is an ordinary oblique.
fn agent_without_by(
    words: &[Word],
    heads: &[Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for n in 0..words.len() {
        if rel_of(words, rels, n) != "obl:agent" {
            continue;
        }
        let case = (0..n).find(|&c| heads_phrase(heads, c, n) && rel_of(words, rels, c) == "case");
        // "Police in Bangladesh arrested two opposition leaders" with the
        // object read as an agent: no preposition at all makes it a bare
        // oblique (which `verb_as_noun_modifier` may take as the object).
        let by_before = heads[n]
            .is_some_and(|v| (v.min(n)..n).any(|c| words[c].form.eq_ignore_ascii_case("by")));
        let wrong_case = case.is_some_and(|c| !words[c].form.eq_ignore_ascii_case("by"));
        if wrong_case || case.is_none() && !by_before {
            rels[n] = Some("obl");
            changed = true;
        }
    }
    changed
}

/// "a coalition which was joined by Australia, Bahrain, Saudi Arabia, the
/// United Kingdom and the United Arab Emirates": the parser may hang the
/// last names of a long list of agents on the verb as its conjuncts. A
/// proper name coordinated with a verb, after an agent that already heads
/// a list, continues that list.
fn agent_list_continued_on_verb(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &[Option<&'static str>],
) -> bool {
    let mut changed = false;
    for w in 0..words.len() {
        let Some(v) = heads[w] else { continue };
        if rel_of(words, rels, w) != "conj"
            || !is_verb(&words[v])
            || !words[w].xpos.starts_with("NNP")
        {
            continue;
        }
        let agent = (v..w).find(|&a| {
            heads[a] == Some(v)
                && rel_of(words, rels, a) == "obl:agent"
                && (a..w).any(|c| heads[c] == Some(a) && rel_of(words, rels, c) == "conj")
        });
        if let Some(a) = agent {
            heads[w] = Some(a);
            changed = true;
        }
    }
    changed
}

/// "A UN report concluded evidence supported his murder": the parser makes
/// *evidence* the object of *concluded* and *supported* an open complement
/// (xcomp) controlled by it. An xcomp is never finite, so a past tense or
/// third-person present verb right after the object, with no subject of its
/// own, is a reported clause (ccomp) and the object is its subject (VBP is
/// left alone: "helping the girls enter" is often tagged so). Without the
/// repair the clause borrowed the main clause's subject (the UN) as the
/// source of *supported*.
fn subject_noun_before_finite_xcomp(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    object_as_subject_of_next_clause(words, heads, rels, &["xcomp"], |p, v, _| {
        is_nominal(&words[p]) && matches!(words[v].xpos.as_str(), "VBD" | "VBZ")
    })
}

/// "The attack was claimed by the Houthi movement in Yemen, but both Saudi
/// Arabia and the United States have alleged Iranian involvement" parsed
/// with *Saudi Arabia* and *the United States* as conjuncts of *Yemen* and
/// *alleged* a subjectless conjunct of *claimed*: nouns are not coordinated
/// with *but* (or *while*, *whereas*, *yet*), and a finite verb right after
/// such a conjunct, without a subject of its own, is its clause. The
/// conjunct (with the conjuncts after it) becomes the verb's subject, and
/// the *but* the verb's.
fn subject_read_as_noun_conjunct(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let n = words.len();
    let mut changed = false;
    for v in 0..n {
        if !is_verb(&words[v]) || rel_of(words, rels, v) != "conj" {
            continue;
        }
        let children: Vec<usize> = (0..n).filter(|&c| heads[c] == Some(v)).collect();
        let has_subject = children.iter().any(|&c| {
            let r = rel_of(words, rels, c);
            r.starts_with("nsubj") || r == "expl" || r == "csubj"
        });
        let aux = children
            .iter()
            .any(|&c| rel_of(words, rels, c).starts_with("aux"));
        let finite = matches!(words[v].xpos.as_str(), "VBD" | "VBZ" | "VBP");
        if has_subject || !(aux || finite) {
            continue;
        }
        // The word right before the verb's own left dependents.
        let lo = children
            .iter()
            .copied()
            .filter(|&c| c < v)
            .min()
            .unwrap_or(v);
        let Some(last) = lo.checked_sub(1) else {
            continue;
        };
        if !is_nominal(&words[last]) {
            continue;
        }
        let contrast = |heads: &[Option<usize>], rels: &[Option<&'static str>], c: usize| {
            heads[c].is_some()
                && rel_of(words, rels, c) == "cc"
                && lemma_is(&words[c], &["but", "while", "whereas", "yet"])
        };
        // The coordination `last` ends, back through its conjuncts; its
        // member introduced by a contrasting *but* is where the clause
        // starts, hung as a conjunct on a word before it.
        let mut chain = vec![last];
        let mut cur = last;
        while let Some(h) = heads[cur]
            .filter(|&h| h < cur && rel_of(words, rels, cur) == "conj" && is_nominal(&words[h]))
        {
            chain.push(h);
            cur = h;
        }
        let Some(first) = (0..=last).find(|&m| {
            let member = chain.contains(&m) || heads[m].is_some_and(|h| chain.contains(&h));
            member
                && rel_of(words, rels, m) == "conj"
                && (0..m).any(|c| heads[c] == Some(m) && contrast(heads, rels, c))
        }) else {
            continue;
        };
        let Some(g) = heads[first] else {
            continue;
        };
        if (first..v).any(|k| is_verb(&words[k])) {
            continue;
        }
        heads[first] = Some(v);
        rels[first] = Some("nsubj");
        let members: Vec<usize> = (first + 1..=last)
            .filter(|&m| {
                heads[m].is_some_and(|h| h == g || chain.contains(&h))
                    && rel_of(words, rels, m) == "conj"
            })
            .collect();
        for m in members {
            heads[m] = Some(first);
        }
        // *but* and its comma introduce the clause.
        let introducing: Vec<usize> = (0..first)
            .filter(|&c| {
                heads[c] == Some(first) && (contrast(heads, rels, c) || is_punct(&words[c]))
            })
            .collect();
        for c in introducing {
            heads[c] = Some(v);
        }
        changed = true;
    }
    changed
}

/// Does word `c`, before `n`, attach to `n` or to a word of `n`'s phrase
/// before it? The parser may hang a preposition on the title before a name
/// ("with [Syrian President] Bashar al-Assad").
fn heads_phrase(heads: &[Option<usize>], c: usize, n: usize) -> bool {
    match heads[c] {
        Some(h) if h == n => true,
        Some(h) => h < n && h > c && heads[h] == Some(n),
        None => false,
    }
}

/// "Police shot dead a gunman", "Soldiers beat unconscious a protester":
/// the parser reads the verb before a resultative adjective as its copula,
/// the adjective as the predicate taking subject and object. Only *be* is
/// a copula: a past-tense verb of another lemma hung as `cop` on the
/// adjective right after it is the clause's head, the adjective its
/// resultative complement (`xcomp`), and the adjective's dependents the
/// verb's. Only at the root: the sentence's main clause.
fn verb_read_as_copula(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Vec<usize> {
    let mut verbs = Vec::new();
    for v in 0..words.len().saturating_sub(1) {
        let adjective = v + 1;
        if rel_of(words, rels, v) != "cop"
            || heads[v] != Some(adjective)
            || !matches!(words[v].xpos.as_str(), "VBD" | "VBN")
            || lemma_is(&words[v], &["be"])
            || words[adjective].upos != "ADJ"
            || heads[adjective].is_some()
        {
            continue;
        }
        heads[v] = None;
        rels[v] = Some("root");
        heads[adjective] = Some(v);
        rels[adjective] = Some("xcomp");
        for (c, head) in heads.iter_mut().enumerate() {
            if c != v && *head == Some(adjective) {
                *head = Some(v);
            }
        }
        verbs.push(v);
    }
    verbs
}

/// A word of time that can stand bare as an adverbial: "Monday", "June",
/// "yesterday", "last week".
fn is_time_word(w: &Word) -> bool {
    dyad_dates::is_calendar_word(&w.form)
        || TIME_NOUNS.contains(&w.form.to_lowercase().as_str())
        || lemma_is(w, &["yesterday", "today", "tonight", "tomorrow"])
}

/// Nouns of time that open a sentence as a bare adverbial ("The next day,
/// police said"), lower case.
const TIME_NOUNS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "night",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "time",
    "moment",
    "hour",
    "hours",
    "decade",
    "era",
];

/// "The militant organisation, the Islamic State, claimed responsibility":
/// the parser reads the opening description as a bare adverbial
/// (`obl:unmarked`) of the verb, and the coder took it for a second
/// participant. A sentence-initial phrase with a determiner, not of time,
/// set off by a comma right before the verb's subject, describes that
/// subject: it becomes the subject's apposition.
fn fronted_apposition_of_subject(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    // First and last words of the phrase under `n`, punctuation aside.
    let span = |heads: &[Option<usize>], n: usize| -> (usize, usize) {
        let (mut lo, mut hi) = (n, n);
        for k in (0..words.len()).filter(|&k| !is_punct(&words[k])) {
            let mut a = Some(k);
            let mut steps = 0;
            while let Some(x) = a {
                if x == n {
                    lo = lo.min(k);
                    hi = hi.max(k);
                    break;
                }
                a = heads[x];
                steps += 1;
                if steps > words.len() {
                    break;
                }
            }
        }
        (lo, hi)
    };
    let mut changed = false;
    for p in 0..words.len() {
        let Some(h) = heads[p] else { continue };
        if rel_of(words, rels, p) != "obl:unmarked"
            || !is_nominal(&words[p])
            || words[p].upos == "PRON"
            || TIME_NOUNS.contains(&words[p].form.to_lowercase().as_str())
            || dyad_dates::is_calendar_word(&words[p].form)
            || !(0..words.len()).any(|c| {
                heads[c] == Some(p)
                    && rel_of(words, rels, c) == "det"
                    && matches!(words[c].form.to_lowercase().as_str(), "the" | "a" | "an")
            })
        {
            continue;
        }
        let (lo, hi) = span(heads, p);
        if lo != 0 || hi + 2 >= words.len() || words[hi + 1].form != "," {
            continue;
        }
        let Some(subject) = (hi + 2..words.len())
            .find(|&k| heads[k] == Some(h) && rel_of(words, rels, k).starts_with("nsubj"))
        else {
            continue;
        };
        if span(heads, subject).0 != hi + 2 {
            continue;
        }
        heads[p] = Some(subject);
        rels[p] = Some("appos");
        changed = true;
    }
    changed
}

/// Words that open a clause as well as a noun phrase ("after the war",
/// "after the EU sanctioned Iran").
const CLAUSE_PREPOSITIONS: &[&str] = &["after", "before", "since", "until", "till"];

/// "The move comes after the European Union sanctioned Iran": the parser
/// reads *after the European Union* as a prepositional phrase and hangs
/// *sanctioned* on the main verb as a subjectless conjunct. A finite
/// past or present verb that directly follows the noun phrase of such a
/// preposition, hangs on the same head (as a conjunct, adverbial clause or
/// parataxis) and has no subject, conjunction or marker of its own, is the
/// verb of the preposition's clause: the noun its subject, the preposition
/// its marker.
fn clause_read_as_prepositional_phrase(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for p in 0..words.len() {
        if rel_of(words, rels, p) != "case"
            || !CLAUSE_PREPOSITIONS.contains(&words[p].form.to_lowercase().as_str())
        {
            continue;
        }
        let Some(n) = heads[p] else { continue };
        if !is_nominal(&words[n]) || words[n].upos == "PRON" || n < p {
            continue;
        }
        let Some(h) = heads[n] else { continue };
        if !matches!(rel_of(words, rels, n), "obl" | "nmod") {
            continue;
        }
        // The noun phrase ends at its head or at the last word hung on it.
        let end = (n..words.len())
            .take_while(|&k| k == n || heads[k] == Some(n) && !is_punct(&words[k]))
            .last()
            .unwrap_or(n);
        let v = end + 1;
        if v >= words.len()
            || !matches!(words[v].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || !matches!(rel_of(words, rels, v), "conj" | "advcl" | "parataxis")
            || heads[v] != Some(h)
            || (0..words.len()).any(|c| {
                heads[c] == Some(v)
                    && (rel_of(words, rels, c).starts_with("nsubj")
                        || matches!(rel_of(words, rels, c), "cc" | "mark"))
            })
        {
            continue;
        }
        heads[v] = Some(h);
        rels[v] = Some("advcl");
        heads[n] = Some(v);
        rels[n] = Some("nsubj");
        heads[p] = Some(v);
        rels[p] = Some("mark");
        changed = true;
    }
    changed
}

/// "Israel struck Gaza after Hamas fired rockets at Jerusalem": the parser
/// reads *after Hamas fired rockets* as a prepositional phrase on *rockets*,
/// *fired* an adjective with *Hamas* under it. A past-tense form between
/// such a preposition and the noun it modifies, with one noun phrase of its
/// own before it, is the verb of the preposition's clause: that noun phrase
/// its subject, the modified noun its object, the preposition its marker.
fn clause_read_as_modified_noun(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for p in 0..words.len() {
        if rel_of(words, rels, p) != "case"
            || !CLAUSE_PREPOSITIONS.contains(&words[p].form.to_lowercase().as_str())
        {
            continue;
        }
        let Some(n) = heads[p] else { continue };
        let Some(h) = heads[n] else { continue };
        if !is_nominal(&words[n]) || !matches!(rel_of(words, rels, n), "obl" | "nmod") {
            continue;
        }
        let Some(v) = (p + 2..n).find(|&k| {
            matches!(words[k].xpos.as_str(), "VBD" | "VBN")
                && rel_of(words, rels, k) == "amod"
                && heads[k] == Some(n)
        }) else {
            continue;
        };
        // The words between the preposition and the verb are one noun
        // phrase hung on the verb.
        let span = p + 1..v;
        let tops: Vec<usize> = span.clone().filter(|&k| heads[k] == Some(v)).collect();
        let closed = span
            .clone()
            .all(|k| heads[k].is_some_and(|x| x == v || span.contains(&x)));
        let [subject] = tops[..] else { continue };
        if !closed || !is_nominal(&words[subject]) || words[subject].upos == "PRON" {
            continue;
        }
        heads[v] = Some(h);
        rels[v] = Some("advcl");
        heads[subject] = Some(v);
        rels[subject] = Some("nsubj");
        heads[n] = Some(v);
        rels[n] = Some("obj");
        heads[p] = Some(v);
        rels[p] = Some("mark");
        for k in n + 1..words.len() {
            if heads[k] == Some(n) && rel_of(words, rels, k) == "nmod" {
                heads[k] = Some(v);
                rels[k] = Some("obl");
            }
        }
        changed = true;
    }
    changed
}

/// Does the word's form begin with a capital letter?
fn is_capitalised(w: &Word) -> bool {
    w.form.chars().next().is_some_and(char::is_uppercase)
}

/// A capitalised word tagged as a gerund: a name ending in *-ing*
/// ("Beijing", "Downing Street") or a sentence's first word.
fn is_gerund_name(w: &Word) -> bool {
    w.xpos == "VBG" && is_capitalised(w)
}

/// "Beijing accused Washington of …": a capitalised name ending in *-ing*
/// tagged as a gerund and hung on the verb as its auxiliary. Only forms of
/// *be*, *have* and *get* are auxiliaries; a capitalised *-ing* word in that
/// place, on a verb with no subject, is the verb's subject.
fn name_read_as_gerund(
    words: &[Word],
    heads: &[Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for w in 0..words.len() {
        let Some(h) = heads[w] else { continue };
        if !is_gerund_name(&words[w])
            || !matches!(rel_of(words, rels, w), "aux" | "aux:pass")
            || lemma_is(&words[w], &["be", "have", "get"])
            || (0..words.len())
                .any(|c| heads[c] == Some(h) && rel_of(words, rels, c).starts_with("nsubj"))
        {
            continue;
        }
        rels[w] = Some("nsubj");
        changed = true;
    }
    changed
}

/// "Venezuela's president slammed the United States and called the
/// sanctions economic terrorism": the parser makes *the United States* the
/// subject of the second verb, though it stands before the *and* that
/// opens it. A conjunct's subject comes after its conjunction; a noun
/// phrase right after the first verb, which has no object, and before the
/// conjunction is that verb's object.
fn object_read_as_subject_of_conjunct(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for s in 1..words.len() {
        let Some(v2) = heads[s] else { continue };
        if rel_of(words, rels, s) != "nsubj" || !is_nominal(&words[s]) || s > v2 {
            continue;
        }
        let Some(v1) = heads[v2] else { continue };
        if rel_of(words, rels, v2) != "conj" || !is_verb(&words[v1]) || v1 >= s {
            continue;
        }
        let dependents = |h: usize, rels: &[Option<&'static str>]| {
            (0..words.len())
                .filter(|&c| heads[c] == Some(h))
                .map(|c| (c, rel_of(words, rels, c).to_string()))
                .collect::<Vec<_>>()
        };
        // The first verb has a subject of its own and no object or clause.
        let first = dependents(v1, rels);
        if !first.iter().any(|(c, r)| *c < v1 && r.starts_with("nsubj"))
            || first
                .iter()
                .any(|(_, r)| matches!(r.as_str(), "obj" | "ccomp" | "xcomp"))
        {
            continue;
        }
        // The noun phrase starts right after the first verb and the
        // conjunction of the second comes after it.
        let hangs_on_s = |i: usize| {
            let mut cur = i;
            for _ in 0..words.len() {
                if cur == s {
                    return true;
                }
                match heads[cur] {
                    Some(h) => cur = h,
                    None => return false,
                }
            }
            false
        };
        let start = (0..=s).find(|&i| hangs_on_s(i)).unwrap_or(s);
        let conjunction = dependents(v2, rels)
            .into_iter()
            .find(|(_, r)| r == "cc")
            .map(|(c, _)| c);
        if start != v1 + 1 || !conjunction.is_some_and(|c| c > s && c < v2) {
            continue;
        }
        heads[s] = Some(v1);
        rels[s] = Some("obj");
        changed = true;
    }
    changed
}

/// "Beijing hit out at Canberra's call for an inquiry": a capitalised
/// *-ing* name (tagged a gerund) made the sentence's root, with the real
/// verb right after it as its clausal complement. A finite verb right after
/// the name, with no subject of its own, is the root and the name its
/// subject; the name's other dependents after it go to the verb.
fn gerund_name_read_as_root(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let Some(w) = heads.iter().position(Option::is_none) else {
        return false;
    };
    let next = w + 1;
    if next >= words.len()
        || !is_gerund_name(&words[w])
        || heads[next] != Some(w)
        || !matches!(rel_of(words, rels, next), "ccomp" | "parataxis" | "xcomp")
        || !matches!(words[next].xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || (0..words.len())
            .any(|c| heads[c] == Some(next) && rel_of(words, rels, c).starts_with("nsubj"))
    {
        return false;
    }
    for h in heads.iter_mut().skip(next + 1) {
        if *h == Some(w) {
            *h = Some(next);
        }
    }
    heads[next] = None;
    rels[next] = Some("root");
    heads[w] = Some(next);
    rels[w] = Some("nsubj");
    true
}

/// "Downing Street rejected the proposal": the first word of a name ending
/// in *-ing* tagged as a gerund that heads a clausal subject, the rest of
/// the name its object. A capitalised gerund whose object is the very next
/// word, itself a proper noun, is the first word of that name: the name
/// is the verb's subject and the *-ing* word a compound of it.
fn name_read_as_gerund_with_object(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for w in 0..words.len().saturating_sub(1) {
        let next = w + 1;
        if !is_gerund_name(&words[w])
            || !matches!(rel_of(words, rels, w), "csubj" | "nsubj")
            || heads[next] != Some(w)
            || rel_of(words, rels, next) != "obj"
            || words[next].xpos != "NNP"
            || !is_capitalised(&words[next])
        {
            continue;
        }
        heads[next] = heads[w];
        rels[next] = Some("nsubj");
        heads[w] = Some(next);
        rels[w] = Some("compound");
        changed = true;
    }
    changed
}

/// "Beijing accused Washington of …" with *Beijing* tagged a gerund: the
/// parser, seeing no noun subject, hangs the proper noun after the verb as
/// its predicative complement (`xcomp`). When the subject is a capitalised
/// *-ing* name, a proper noun right after a verb without an object is that
/// verb's object.
fn object_of_gerund_name_read_as_xcomp(
    words: &[Word],
    heads: &[Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for x in 1..words.len() {
        let Some(v) = heads[x] else { continue };
        if v + 1 != x
            || rel_of(words, rels, x) != "xcomp"
            || words[x].xpos != "NNP"
            || !is_verb(&words[v])
        {
            continue;
        }
        let mut gerund_name = false;
        let mut has_object = false;
        for c in (0..words.len()).filter(|&c| heads[c] == Some(v)) {
            match rel_of(words, rels, c) {
                "nsubj" => gerund_name |= is_gerund_name(&words[c]),
                "obj" => has_object = true,
                _ => {}
            }
        }
        if !gerund_name || has_object {
            continue;
        }
        rels[x] = Some("obj");
        changed = true;
    }
    changed
}

/// "The Israeli attorney general charged the prime minister": the second
/// word of a title (*general*) tagged as a verb and hung on the main verb
/// as its passive auxiliary, which turns the subject into the one charged.
/// Only forms of *be* and *get* are passive auxiliaries: a lower-case word
/// of another lemma right after the passive subject's head is part of the
/// subject's phrase, and the verb, with no auxiliary left, is active.
fn noun_read_as_passive_auxiliary(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for w in 1..words.len() {
        let Some(v) = heads[w] else { continue };
        let subject = w - 1;
        // Parses converted from treebanks may have no lemmas: the forms too.
        const PASSIVE_AUXILIARIES: &[&str] = &[
            "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "get", "gets",
            "got", "gotten", "getting",
        ];
        if rel_of(words, rels, w) != "aux:pass"
            || lemma_is(&words[w], &["be", "get"])
            || PASSIVE_AUXILIARIES.contains(&words[w].form.to_lowercase().as_str())
            || !words[w].form.chars().next().is_some_and(char::is_lowercase)
            || heads[subject] != Some(v)
            || rel_of(words, rels, subject) != "nsubj:pass"
            || !is_nominal(&words[subject])
            || words[subject].upos == "PRON"
            || (0..words.len())
                .any(|c| c != w && heads[c] == Some(v) && rel_of(words, rels, c).starts_with("aux"))
        {
            continue;
        }
        heads[w] = Some(subject);
        rels[w] = Some("amod");
        rels[subject] = Some("nsubj");
        changed = true;
    }
    changed
}

/// The relations a repair may give a word, as static strings.
fn static_rel(rel: &str) -> &'static str {
    const RELS: &[&str] = &[
        "nsubj",
        "nsubj:pass",
        "obj",
        "iobj",
        "obl",
        "obl:agent",
        "obl:tmod",
        "nmod",
        "nmod:poss",
        "appos",
        "conj",
        "root",
        "compound",
        "flat",
        "ccomp",
        "xcomp",
        "advcl",
        "acl",
        "acl:relcl",
        "parataxis",
        "dep",
    ];
    RELS.iter().copied().find(|r| *r == rel).unwrap_or("dep")
}

/// Participles of collective action that news puts before the people who
/// act: "protesting legislators", "rioting prisoners", "striking workers".
const GROUP_PARTICIPLES: &[&str] = &["protest", "riot", "demonstrate", "strike", "march", "chant"];

/// "Lam was interrupted by protesting legislators", "police were attacked
/// by rioting students": after a passive, *by* + a participle of collective
/// action + a bare noun is the agent modified by the participle, which the
/// parser reads as a gerund with an object ("by protesting [against]
/// legislators"). The noun becomes the passive's agent, the participle its
/// modifier; the participle's other phrases ("in Athens") go to the verb.
fn agent_participle_read_as_gerund(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for g in 1..words.len().saturating_sub(1) {
        let Some(passive) = heads[g] else { continue };
        let is_passive = (0..words.len()).any(|c| {
            heads[c] == Some(passive) && matches!(rel_of(words, rels, c), "aux:pass" | "nsubj:pass")
        });
        let gerund = words[g].xpos == "VBG"
            && rel_of(words, rels, g) == "advcl"
            && lemma_is(&words[g], GROUP_PARTICIPLES)
            && words[g - 1].form.eq_ignore_ascii_case("by")
            && heads[g - 1] == Some(g);
        if !is_passive || !gerund {
            continue;
        }
        // The object: the bare noun phrase right after the participle
        // ("legislators", "opposition lawmakers"), no determiner.
        let Some(noun) =
            (g + 1..words.len()).find(|&c| heads[c] == Some(g) && rel_of(words, rels, c) == "obj")
        else {
            continue;
        };
        let bare = (g + 1..noun)
            .all(|c| heads[c] == Some(noun) && rel_of(words, rels, c) == "compound")
            && !(0..words.len()).any(|c| heads[c] == Some(noun) && rel_of(words, rels, c) == "det");
        if !bare || !is_nominal(&words[noun]) {
            continue;
        }
        for (c, head) in heads.iter_mut().enumerate() {
            if *head == Some(g) && c != g - 1 && c != noun {
                *head = Some(passive);
            }
        }
        heads[noun] = Some(passive);
        rels[noun] = Some("obl:agent");
        heads[g] = Some(noun);
        rels[g] = Some("amod");
        heads[g - 1] = Some(noun);
        rels[g - 1] = Some("case");
        changed = true;
    }
    changed
}

/// "Russian President Vladimir Putin met …", "… to meet Russian Foreign
/// Minister Sergei Lavrov": news names its people with a nationality
/// adjective, a title and a name, a sequence rare in the parser's training
/// text, which it reads as an adjectival predicate: the adjective becomes the
/// root (the verb its `advcl`), an `xcomp` of the verb with the name as its
/// object or conjunct, or an `advmod`. A capitalised adjective right before
/// two or more proper nouns modifies the first of them; the name takes the
/// place the adjective had (subject before the verb, object after it) and a
/// root adjective hands the root to its verb.
fn nationality_before_name(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let n = words.len();
    let mut changed = false;
    for i in 0..n {
        let w = &words[i];
        if w.upos != "ADJ" || !w.form.starts_with(char::is_uppercase) {
            continue;
        }
        // The name: proper nouns, titles tagged NNP included ("Foreign").
        let end = (i + 1..n)
            .find(|&k| words[k].upos != "PROPN" && !words[k].xpos.starts_with("NNP"))
            .unwrap_or(n);
        if end - (i + 1) < 2 {
            continue;
        }
        let in_name = |k: usize| (i + 1..end).contains(&k);
        if heads[i].is_some_and(in_name) {
            continue; // already a modifier inside the name
        }
        let outer: Vec<usize> = (i + 1..end)
            .filter(|&k| !heads[k].is_some_and(in_name))
            .collect();
        let &[name] = outer.as_slice() else { continue };
        let adjective_head = heads[i];
        let adjective_rel = rel_of(words, rels, i);
        let governs_name = heads[name] == Some(i);
        if !governs_name
            && !matches!(
                adjective_rel,
                "root" | "xcomp" | "advmod" | "ccomp" | "parataxis" | "advcl"
            )
        {
            continue;
        }
        let (saved_heads, saved_rels) = (heads.to_vec(), rels.to_vec());
        // The clause the adjective stood for: its head, or, for a root
        // adjective, its verb.
        let clause_head = match adjective_head {
            Some(h) => h,
            None => {
                // "Chinese President Xi Jinping hosted Russian President
                // Vladimir Putin": with a second nationality and title after
                // it, the verb is read as a participle on the first name
                // (`acl`) rather than on the adjective.
                let verb_on_name = |k: usize| {
                    k == end
                        && heads[k] == Some(name)
                        && rel_of(words, rels, k) == "acl"
                        && matches!(words[k].xpos.as_str(), "VBD" | "VBN")
                };
                let Some(v) = (0..n)
                    .find(|&k| heads[k] == Some(i) && is_verb(&words[k]))
                    .or_else(|| (end < n && verb_on_name(end)).then_some(end))
                else {
                    continue;
                };
                heads[v] = None;
                rels[v] = Some("root");
                rehang(heads, i, v, |k| !in_name(k));
                v
            }
        };
        if heads[name] == Some(i) || heads[name].is_none() {
            heads[name] = Some(clause_head);
            rels[name] = Some(
                if matches!(adjective_rel, "nsubj" | "obj" | "obl" | "iobj") {
                    static_rel(adjective_rel)
                } else if name < clause_head {
                    "nsubj"
                } else {
                    "obj"
                },
            );
        }
        // Anything else hanging from the adjective belongs to the name.
        rehang(heads, i, name, |k| !in_name(k));
        heads[i] = Some(i + 1);
        rels[i] = Some("amod");
        if is_tree(heads) {
            changed = true;
        } else {
            heads.copy_from_slice(&saved_heads);
            rels.copy_from_slice(&saved_rels);
        }
    }
    changed
}

/// A noun made the object of verb `verb`: its prepositional phrases after
/// it become the verb's obliques and its punctuation the verb's ("fired
/// artillery at North Korea .").
fn object_phrases_to_verb(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
    object: usize,
    verb: usize,
) {
    for i in object + 1..words.len() {
        if heads[i] != Some(object) {
            continue;
        }
        if rel_of(words, rels, i) == "nmod" {
            heads[i] = Some(verb);
            rels[i] = Some("obl");
        } else if is_punct(&words[i]) {
            heads[i] = Some(verb);
        }
    }
}

/// Verbs of saying whose bare complement clause (no *that*) the parser
/// takes for an object noun phrase.
const SAYING_LEMMAS: &[&str] = &["say", "claim", "allege", "insist", "add", "state", "charge"];

/// "The ministry said Ukrainian forces shelled residential areas", "Israel's
/// army said Hamas militants fired rockets into southern Israel": without
/// *that*, the parser reads the reported clause's subject as the object of
/// *said* and its verb as an adjective of the clause's object (*shelled
/// areas*), hung on the subject as a conjunct or object. A verb of saying
/// takes no such object: a past-tense form right after the object noun,
/// modifying a later noun of the object's phrase, is the reported clause's
/// verb — the object its subject, the later noun its object. A by-agent
/// ("said troops trained by Russia …") keeps the participle reading.
fn reported_clause_read_as_object(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for w in 1..words.len() {
        if !matches!(words[w].xpos.as_str(), "VBN" | "VBD") {
            continue;
        }
        // "said opposition supporters attacked a military base" with
        // *attacked* a reduced relative of *supporters*: a reduced relative
        // is passive and takes no object, so one with an object is the
        // reported clause's verb.
        if rel_of(words, rels, w) == "acl" {
            let subject = w - 1;
            let Some(say) = heads[subject].filter(|_| heads[w] == Some(subject)) else {
                continue;
            };
            let object = (w + 1..words.len())
                .find(|&c| heads[c] == Some(w) && rel_of(words, rels, c) == "obj");
            let own_subject = (0..words.len())
                .any(|c| heads[c] == Some(w) && rel_of(words, rels, c).starts_with("nsubj"));
            let saying = is_verb(&words[say])
                && lemma_is(&words[say], SAYING_LEMMAS)
                && rel_of(words, rels, subject) == "obj"
                && is_nominal(&words[subject])
                && words[subject].upos != "PRON";
            if object.is_none() || own_subject || !saying {
                continue;
            }
            heads[w] = Some(say);
            rels[w] = Some("ccomp");
            heads[subject] = Some(w);
            rels[subject] = Some("nsubj");
            changed = true;
            continue;
        }
        if rel_of(words, rels, w) != "amod" {
            continue;
        }
        let subject = w - 1;
        let Some(say) = heads[subject] else { continue };
        let saying = is_verb(&words[say])
            && lemma_is(&words[say], SAYING_LEMMAS)
            && rel_of(words, rels, subject) == "obj"
            && is_nominal(&words[subject])
            && words[subject].upos != "PRON";
        if !saying {
            continue;
        }
        let Some(object) = heads[w].filter(|&h| h > w && is_nominal(&words[h])) else {
            continue;
        };
        // The later noun belongs to the object's phrase (a conjunct,
        // object or modifier of it), as the misparse has it.
        if heads[object] != Some(subject)
            || !matches!(
                rel_of(words, rels, object),
                "conj" | "obj" | "nmod" | "appos"
            )
            || (w + 1..object).any(|c| lemma_is(&words[c], &["by"]) || is_punct(&words[c]))
            || (0..words.len()).any(|c| {
                heads[c] == Some(object) && matches!(rel_of(words, rels, c), "cc" | "case")
            })
        {
            continue;
        }
        let later: Vec<usize> = (w + 1..words.len())
            .filter(|&c| heads[c] == Some(subject) && c != object)
            .collect();
        heads[w] = Some(say);
        rels[w] = Some("ccomp");
        heads[subject] = Some(w);
        rels[subject] = Some("nsubj");
        heads[object] = Some(w);
        rels[object] = Some("obj");
        object_phrases_to_verb(words, heads, rels, object, w);
        // What followed in the subject's phrase belongs to the clause.
        for c in later {
            heads[c] = Some(w);
            if rel_of(words, rels, c) == "nmod" {
                rels[c] = Some("obl");
            }
        }
        changed = true;
    }
    changed
}

/// The word that hangs on nothing (the first, if the parse has several).
/// "Mahan has been the subject of United States sanctions": the parser
/// hangs the name on the preposition's noun (*subject of United States*)
/// and the noun after it as an object of that noun, which no noun has. A
/// noun object right after a proper-name *nmod* of the same noun is the
/// head of the phrase: it takes the *nmod*'s place (and its preposition),
/// and the name becomes its compound ("United States sanctions").
fn compound_split_at_object_of_noun(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for c in 1..words.len() {
        let name = c - 1;
        let Some(head) = heads[c] else { continue };
        if rel_of(words, rels, c) != "obj"
            || words[c].upos != "NOUN"
            || !matches!(words[head].upos.as_str(), "NOUN" | "PROPN")
            || heads[name] != Some(head)
            || words[name].upos != "PROPN"
            || rel_of(words, rels, name) != "nmod"
        {
            continue;
        }
        let (saved_heads, saved_rels) = (heads.to_vec(), rels.to_vec());
        rels[c] = Some("nmod");
        // The preposition goes with the phrase's new head.
        rehang(heads, name, c, |k| rel_of(words, rels, k) == "case");
        heads[name] = Some(c);
        rels[name] = Some("compound");
        if is_tree(heads) {
            changed = true;
        } else {
            heads.copy_from_slice(&saved_heads);
            rels.copy_from_slice(&saved_rels);
        }
    }
    changed
}

/// The words hanging on `v`.
fn children(heads: &[Option<usize>], v: usize) -> impl Iterator<Item = usize> + '_ {
    (0..heads.len()).filter(move |&c| heads[c] == Some(v))
}

fn root_word(heads: &[Option<usize>]) -> Option<usize> {
    heads.iter().position(Option::is_none)
}

/// Move the dependents of `from` that `moves` accepts to `to`.
fn rehang(heads: &mut [Option<usize>], from: usize, to: usize, moves: impl Fn(usize) -> bool) {
    for (k, h) in heads.iter_mut().enumerate() {
        if *h == Some(from) && moves(k) {
            *h = Some(to);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence from `form/UPOS/head/deprel[/lemma]` items (heads 1-based,
    /// 0 = root; the lemma defaults to the lower-cased form).
    fn sentence(spec: &str) -> Parsed {
        let words = spec
            .split_whitespace()
            .enumerate()
            .map(|(i, item)| {
                let parts: Vec<&str> = item.split('/').collect();
                let mut w = Word::new(i + 1, parts[0]);
                w.lemma = parts
                    .get(4)
                    .map_or_else(|| parts[0].to_lowercase(), |l| l.to_string());
                w.upos = parts[1].to_string();
                w.head = parts[2].parse().expect("test head");
                w.deprel = parts[3].to_string();
                w
            })
            .collect();
        Parsed {
            words,
            ..Parsed::default()
        }
    }

    fn arcs(p: &Parsed) -> Vec<(usize, &str)> {
        p.words
            .iter()
            .map(|w| (w.head, w.deprel.as_str()))
            .collect()
    }

    #[test]
    fn a_noun_root_with_a_transitive_participle_becomes_its_subject() {
        let s = sentence(
            "Russian/ADJ/2/amod police/NOUN/0/root arrested/VERB/2/acl students/NOUN/3/obj ./PUNCT/2/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(
            arcs(&r),
            vec![
                (2, "amod"),
                (3, "nsubj"),
                (0, "root"),
                (3, "obj"),
                (3, "punct")
            ]
        );
    }

    #[test]
    fn a_verb_hung_on_the_subjects_apposition_heads_the_sentence() {
        // "The Chilean president, Tomas Valdivieso, criticised Bolivia."
        // with the name hung on the comma and the verb on the name.
        let mut s = sentence(
            "The/DET/3/det Chilean/ADJ/3/amod president/NOUN/0/root ,/PUNCT/3/punct \
             Tomas/PROPN/4/nsubj Valdivieso/PROPN/5/flat ,/PUNCT/8/punct \
             criticised/VERB/5/acl Bolivia/PROPN/8/obj ./PUNCT/3/punct",
        );
        s.words[7].xpos = "VBD".to_string();
        let r = repair(&s).expect("repaired");
        assert_eq!((r.words[7].head, r.words[7].deprel.as_str()), (0, "root"));
        assert_eq!((r.words[2].head, r.words[2].deprel.as_str()), (8, "nsubj"));
        assert_eq!((r.words[4].head, r.words[4].deprel.as_str()), (3, "appos"));
        assert_eq!(r.words[9].head, 8);
        // A gerund is no clause of its own: "the president, Tomas
        // Valdivieso, visiting Bolivia" stays a noun phrase.
        s.words[7].xpos = "VBG".to_string();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn acting_before_a_title_modifies_it() {
        // "Acting President Omar Haddadi met officials." read with
        // *Acting* as a clausal subject and the name its object.
        let mut s = sentence(
            "Acting/VERB/5/csubj/act President/PROPN/3/nmod:desc Omar/PROPN/1/obj \
             Haddadi/PROPN/3/flat met/VERB/0/root/meet officials/NOUN/5/obj ./PUNCT/5/punct",
        );
        s.words[0].xpos = "VBG".to_string();
        let r = repair(&s).expect("repaired");
        assert_eq!((r.words[2].head, r.words[2].deprel.as_str()), (5, "nsubj"));
        assert_eq!((r.words[0].head, r.words[0].deprel.as_str()), (2, "amod"));
        assert_eq!(r.words[1].head, 3);
    }

    #[test]
    fn a_noun_root_with_an_object_is_the_verb() {
        // "Kenyan police shot dead two men." with *shot* tagged a noun.
        let s = sentence(
            "Kenyan/PROPN/3/compound police/NOUN/3/compound shot/NOUN/0/root dead/ADJ/6/amod \
             two/NUM/6/nummod men/NOUN/3/obj ./PUNCT/3/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(r.words[2].upos, "VERB");
        assert_eq!((r.words[1].head, r.words[1].deprel.as_str()), (3, "nsubj"));
        assert_eq!(r.words[0].head, 2);
        assert_eq!((r.words[5].head, r.words[5].deprel.as_str()), (3, "obj"));
    }

    #[test]
    fn a_noun_root_with_a_determiner_stays_a_noun() {
        // "A shot across the bow" misparsed with an object on *shot*: a
        // determined noun is no verb (and has no subject before it).
        let s = sentence("A/DET/2/det shot/NOUN/0/root two/NUM/4/nummod men/NOUN/2/obj");
        assert!(repair(&s).is_none());
    }

    #[test]
    fn tear_of_tear_gas_is_a_noun_and_gas_the_object() {
        // "Police fired tear gas at students." with *tear* a preposition.
        let s = sentence(
            "Police/NOUN/0/root fired/VERB/1/acl tear/ADP/4/case gas/NOUN/2/obl \
             at/ADP/6/case students/NOUN/2/obl ./PUNCT/1/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(r.words[2].deprel, "compound");
        assert_eq!((r.words[1].head, r.words[1].deprel.as_str()), (0, "root"));
        assert_eq!((r.words[0].head, r.words[0].deprel.as_str()), (2, "nsubj"));
        assert_eq!((r.words[3].head, r.words[3].deprel.as_str()), (2, "obj"));
    }

    #[test]
    fn beat_read_as_a_preposition_is_the_verb() {
        // "Riot police beat Tamil protesters in Colombo."
        let s = sentence(
            "Riot/NOUN/2/compound police/NOUN/0/root beat/ADP/5/case Tamil/PROPN/5/compound \
             protesters/NOUN/2/nmod in/ADP/7/case Colombo/PROPN/5/nmod ./PUNCT/2/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(r.words[2].upos, "VERB");
        assert_eq!((r.words[2].head, r.words[2].deprel.as_str()), (0, "root"));
        assert_eq!((r.words[1].head, r.words[1].deprel.as_str()), (3, "nsubj"));
        assert_eq!((r.words[4].head, r.words[4].deprel.as_str()), (3, "obj"));
        assert_eq!(r.words[3].head, 5);
        assert_eq!(r.words[7].head, 3);
    }

    #[test]
    fn a_verb_form_after_a_count_is_a_plural_noun() {
        // "Thailand expelled four activists to Laos." with *activists* read
        // as a verb whose subject is *four*.
        let mut s = sentence(
            "Thailand/PROPN/2/nsubj expelled/VERB/0/root four/NUM/4/nsubj \
             activists/VERB/2/ccomp to/ADP/6/case Laos/PROPN/4/obl ./PUNCT/2/punct",
        );
        s.words[3].xpos = "VBZ".to_string();
        let r = repair(&s).expect("repaired");
        assert_eq!(r.words[3].upos, "NOUN");
        assert_eq!((r.words[3].head, r.words[3].deprel.as_str()), (2, "obj"));
        assert_eq!((r.words[2].head, r.words[2].deprel.as_str()), (4, "nummod"));
        assert_eq!((r.words[5].head, r.words[5].deprel.as_str()), (2, "obl"));
    }

    #[test]
    fn a_year_before_a_verb_is_its_subject() {
        // "Officials said 2019 marks a turning point."
        let mut s = sentence(
            "Officials/NOUN/2/nsubj said/VERB/0/root 2019/NUM/4/nsubj marks/VERB/2/ccomp \
             a/DET/7/det turning/NOUN/7/compound point/NOUN/4/obj",
        );
        s.words[3].xpos = "VBZ".to_string();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_bare_verb_after_a_demand_and_its_subject_is_the_clause_verb() {
        // "Greece demanded that Turkey return the migrants." with *return*
        // read as a noun under *that*.
        let mut s = sentence(
            "Greece/PROPN/2/nsubj demanded/VERB/0/root/demand that/SCONJ/2/obj Turkey/PROPN/5/compound \
             return/NOUN/3/xcomp the/DET/7/det migrants/NOUN/5/obj ./PUNCT/2/punct",
        );
        s.words[4].xpos = "NN".to_string();
        let r = repair(&s).expect("repaired");
        assert_eq!(r.words[4].upos, "VERB");
        assert_eq!((r.words[4].head, r.words[4].deprel.as_str()), (2, "ccomp"));
        assert_eq!((r.words[2].head, r.words[2].deprel.as_str()), (5, "mark"));
        assert_eq!((r.words[3].head, r.words[3].deprel.as_str()), (5, "nsubj"));
        assert_eq!((r.words[6].head, r.words[6].deprel.as_str()), (5, "obj"));
    }

    #[test]
    fn a_noun_after_a_statement_that_is_no_subjunctive() {
        // "Greece said that Turkey talks were useful": *said* takes no
        // subjunctive, and the clause has its verb.
        let mut s = sentence(
            "Greece/PROPN/2/nsubj said/VERB/0/root that/SCONJ/7/mark Turkey/PROPN/5/compound \
             talks/NOUN/7/nsubj were/AUX/7/cop useful/ADJ/2/ccomp",
        );
        s.words[4].xpos = "NN".to_string();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_sentence_with_a_verb_keeps_beat_a_noun() {
        // "The police beat officer resigned."
        let s = sentence(
            "The/DET/4/det police/NOUN/3/compound beat/NOUN/4/compound officer/NOUN/5/nsubj \
             resigned/VERB/0/root ./PUNCT/5/punct",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_prepositional_phrase_under_a_weekday_modifies_the_verb() {
        // "Gondor met on Monday with Arnor."
        let s = sentence(
            "Gondor/PROPN/2/nsubj met/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl \
             with/ADP/6/case Arnor/PROPN/4/nmod ./PUNCT/2/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(r.words[5].head, 2);
        assert_eq!(r.words[5].deprel, "obl");
        // "on Monday of last week" keeps its *of*.
        let s = sentence(
            "Gondor/PROPN/2/nsubj met/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl \
             of/ADP/7/case last/ADJ/7/amod week/NOUN/4/nmod ./PUNCT/2/punct",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_pronoun_before_a_subjectless_reported_clause_is_its_subject() {
        // "Nigeria announced it planned to join."
        let s = sentence(
            "Nigeria/PROPN/2/nsubj announced/VERB/0/root/announce it/PRON/2/obj planned/VERB/2/xcomp \
             to/PART/6/mark join/VERB/4/xcomp ./PUNCT/2/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!((r.words[2].head, r.words[2].deprel.as_str()), (4, "nsubj"));
        assert_eq!((r.words[3].head, r.words[3].deprel.as_str()), (2, "ccomp"));
        // "They urged it to leave": not a reporting verb, nothing to repair.
        let s = sentence(
            "They/PRON/2/nsubj urged/VERB/0/root/urge it/PRON/2/obj to/PART/5/mark leave/VERB/2/xcomp \
             ./PUNCT/2/punct",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn the_subject_of_an_asked_for_infinitive_is_the_addressee() {
        // "Russia urged the United States to withdraw."
        let mut s = sentence(
            "Russia/PROPN/2/nsubj urged/VERB/0/root/urge the/DET/5/det United/PROPN/5/amod \
             States/PROPN/7/nsubj to/PART/7/mark withdraw/VERB/2/xcomp ./PUNCT/2/punct",
        );
        s.words[6].xpos = "VB".to_string();
        let r = repair(&s).expect("repaired");
        assert_eq!((r.words[4].head, r.words[4].deprel.as_str()), (2, "obj"));
        // "Russia said the United States to …" is no verb of asking; and a
        // verb of asking with an object of its own keeps the parse.
        let mut s = sentence(
            "Russia/PROPN/2/nsubj urged/VERB/0/root/urge Kyiv/PROPN/2/obj and/CCONJ/5/cc \
             Minsk/PROPN/7/nsubj to/PART/7/mark talk/VERB/2/xcomp ./PUNCT/2/punct",
        );
        s.words[6].xpos = "VB".to_string();
        assert!(repair(&s).is_none());
        let mut s = sentence(
            "Russia/PROPN/2/nsubj said/VERB/0/root/say Kyiv/PROPN/5/nsubj to/PART/5/mark \
             talk/VERB/2/xcomp ./PUNCT/2/punct",
        );
        s.words[4].xpos = "VB".to_string();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn an_object_before_a_finite_open_complement_is_its_subject() {
        // "The report concluded evidence supported the claim."
        let mut s = sentence(
            "The/DET/2/det report/NOUN/3/nsubj concluded/VERB/0/root/conclude \
             evidence/NOUN/3/obj supported/VERB/3/xcomp/support the/DET/7/det \
             claim/NOUN/5/obj ./PUNCT/3/punct",
        );
        s.words[4].xpos = "VBD".to_string();
        let r = repair(&s).expect("repaired");
        assert_eq!((r.words[3].head, r.words[3].deprel.as_str()), (5, "nsubj"));
        assert_eq!((r.words[4].head, r.words[4].deprel.as_str()), (3, "ccomp"));
        // "They made the troops leave": a bare infinitive is a true xcomp.
        let mut s = sentence(
            "They/PRON/2/nsubj made/VERB/0/root/make the/DET/4/det troops/NOUN/2/obj \
             leave/VERB/2/xcomp ./PUNCT/2/punct",
        );
        s.words[4].xpos = "VB".to_string();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_fronted_description_of_the_subject_is_its_apposition() {
        // "The rebel group, the Front, claimed the attack."
        let s = sentence(
            "The/DET/3/det rebel/NOUN/3/compound group/NOUN/8/obl:unmarked ,/PUNCT/3/punct \
             the/DET/6/det Front/PROPN/8/nsubj ,/PUNCT/8/punct claimed/VERB/0/root/claim \
             the/DET/10/det attack/NOUN/8/obj ./PUNCT/8/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!((r.words[2].head, r.words[2].deprel.as_str()), (6, "appos"));
        // "The next day, police arrested him": time, left alone.
        let s = sentence(
            "The/DET/3/det next/ADJ/3/amod day/NOUN/6/obl:unmarked ,/PUNCT/3/punct \
             police/NOUN/6/nsubj arrested/VERB/0/root/arrest him/PRON/6/obj ./PUNCT/6/punct",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn the_only_verb_after_a_root_noun_is_the_main_verb() {
        // "Police fired on protesters."
        let s = sentence(
            "Police/NOUN/0/root fired/VERB/1/acl on/ADP/4/case protesters/NOUN/2/obl \
             ./PUNCT/1/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(
            arcs(&r),
            vec![
                (2, "nsubj"),
                (0, "root"),
                (4, "case"),
                (2, "obl"),
                (2, "punct")
            ]
        );
        // With another verb the noun phrase stays: "Troops deployed in
        // Syria returned."
        let s = sentence(
            "Troops/NOUN/5/nsubj deployed/VERB/1/acl in/ADP/4/case Syria/PROPN/2/obl \
             returned/VERB/0/root ./PUNCT/5/punct",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_verb_without_a_passive_after_a_root_noun_is_its_verb() {
        // "Demonstrations erupted in Minsk."
        let s = sentence(
            "Demonstrations/NOUN/0/root erupted/VERB/1/acl/erupt in/ADP/4/case \
             Minsk/PROPN/2/obl ./PUNCT/1/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!((r.words[0].head, r.words[0].deprel.as_str()), (2, "nsubj"));
        assert_eq!(r.words[1].deprel, "root");
    }

    #[test]
    fn two_names_joined_by_and_are_conjuncts() {
        // "Syria recognised Abkhazia and South Ossetia." with the second
        // name as a flat part of the first.
        let s = sentence(
            "Syria/PROPN/2/nsubj recognised/VERB/0/root Abkhazia/PROPN/2/obj and/CCONJ/5/cc \
             South/PROPN/6/compound Ossetia/PROPN/3/flat ./PUNCT/2/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(
            arcs(&r),
            vec![
                (2, "nsubj"),
                (0, "root"),
                (2, "obj"),
                (6, "cc"),
                (6, "compound"),
                (3, "conj"),
                (2, "punct")
            ]
        );
        // "Abkhazia and South Ossetia" with *South* a conjunct and
        // *Ossetia* a flat part of *Abkhazia*.
        let s = sentence(
            "Syria/PROPN/2/nsubj recognised/VERB/0/root Abkhazia/PROPN/2/obj and/CCONJ/5/cc \
             South/PROPN/3/conj Ossetia/PROPN/3/flat ./PUNCT/2/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(r.words[5].head, 3);
        assert_eq!(r.words[5].deprel, "conj");
        assert_eq!(r.words[4].head, 6);
        // Already coordinated: left alone.
        let s = sentence(
            "Syria/PROPN/2/nsubj recognised/VERB/0/root Abkhazia/PROPN/2/obj and/CCONJ/6/cc \
             South/PROPN/6/compound Ossetia/PROPN/3/conj ./PUNCT/2/punct",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_verb_read_as_an_adjective_becomes_the_verb() {
        // "South Korea fired artillery at North Korea."
        let mut s = sentence(
            "South/PROPN/2/compound Korea/PROPN/4/compound fired/VERB/4/amod \
             artillery/NOUN/0/root at/ADP/7/case North/PROPN/7/compound \
             Korea/PROPN/4/nmod ./PUNCT/4/punct",
        );
        s.words[2].xpos = "VBN".into();
        let r = repair(&s).expect("repaired");
        assert_eq!(
            arcs(&r),
            vec![
                (2, "compound"),
                (3, "nsubj"),
                (0, "root"),
                (3, "obj"),
                (7, "case"),
                (7, "compound"),
                (3, "obl"),
                (3, "punct")
            ]
        );
    }

    #[test]
    fn a_reported_clause_read_as_the_object_of_said_becomes_a_clause() {
        // "The army said Hamas militants fired rockets into southern Israel."
        let spec = "The/DET/2/det army/NOUN/3/nsubj said/VERB/0/root/say \
                    Hamas/PROPN/5/compound militants/NOUN/3/obj fired/VERB/7/amod \
                    rockets/NOUN/5/obj into/ADP/10/case southern/ADJ/10/amod \
                    Israel/PROPN/5/nmod ./PUNCT/3/punct";
        let mut s = sentence(spec);
        s.words[2].xpos = "VBD".into();
        s.words[5].xpos = "VBD".into();
        let r = repair(&s).expect("repaired");
        assert_eq!(
            arcs(&r),
            vec![
                (2, "det"),
                (3, "nsubj"),
                (0, "root"),
                (5, "compound"),
                (6, "nsubj"),
                (3, "ccomp"),
                (6, "obj"),
                (10, "case"),
                (10, "amod"),
                (6, "obl"),
                (3, "punct")
            ]
        );
        // Not after a verb that is not one of saying ("visited Hamas
        // militants …" stays as parsed).
        let mut s = sentence(&spec.replace("said/VERB/0/root/say", "saw/VERB/0/root/see"));
        s.words[2].xpos = "VBD".into();
        s.words[5].xpos = "VBD".into();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_reported_verb_read_as_a_reduced_relative_with_an_object_becomes_a_clause() {
        // "The government said supporters attacked a base."
        let mut s = sentence(
            "The/DET/2/det government/NOUN/3/nsubj said/VERB/0/root/say \
             supporters/NOUN/3/obj attacked/VERB/4/acl a/DET/7/det base/NOUN/5/obj \
             ./PUNCT/3/punct",
        );
        s.words[4].xpos = "VBD".into();
        let r = repair(&s).expect("repaired");
        assert_eq!(arcs(&r)[3..6], [(5, "nsubj"), (3, "ccomp"), (7, "det")]);
        // A reduced relative without an object is one ("said supporters
        // arrested in May …").
        let mut s = sentence(
            "The/DET/2/det government/NOUN/3/nsubj said/VERB/0/root/say \
             supporters/NOUN/3/obj arrested/VERB/4/acl in/ADP/7/case May/PROPN/5/obl \
             ./PUNCT/3/punct",
        );
        s.words[4].xpos = "VBN".into();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_verb_read_as_an_adjective_after_a_noun_subject_becomes_the_verb() {
        // "Ukrainian forces shelled Russian positions near Bakhmut."
        let mut s = sentence(
            "Ukrainian/ADJ/2/amod forces/NOUN/0/root shelled/VERB/5/amod Russian/ADJ/5/amod \
             positions/NOUN/2/conj near/ADP/7/case Bakhmut/PROPN/5/nmod ./PUNCT/2/punct",
        );
        s.words[2].xpos = "VBN".into();
        let r = repair(&s).expect("repaired");
        assert_eq!(
            arcs(&r),
            vec![
                (2, "amod"),
                (3, "nsubj"),
                (0, "root"),
                (5, "amod"),
                (3, "obj"),
                (7, "case"),
                (5, "nmod"),
                (3, "punct")
            ]
        );
        // "Soldiers trained by Russia units …": a by-agent makes it a
        // reduced relative.
        let mut s = sentence(
            "Soldiers/NOUN/0/root trained/VERB/5/amod by/ADP/4/case Russian/ADJ/5/amod \
             units/NOUN/1/conj ./PUNCT/1/punct",
        );
        s.words[1].xpos = "VBN".into();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_participle_with_a_predicate_noun_is_the_verb_unless_it_names() {
        // "Russian military forces attacked Ukraine."
        let s = sentence(
            "Russian/ADJ/3/amod military/ADJ/3/amod forces/NOUN/0/root attacked/VERB/3/acl \
             Ukraine/PROPN/4/xcomp ./PUNCT/3/punct",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(
            arcs(&r),
            vec![
                (3, "amod"),
                (3, "amod"),
                (4, "nsubj"),
                (0, "root"),
                (4, "obj"),
                (4, "punct")
            ]
        );
        // "A lawyer named minister." stays a noun phrase.
        let s = sentence(
            "A/DET/2/det lawyer/NOUN/0/root named/VERB/2/acl/name minister/NOUN/3/xcomp ./PUNCT/2/punct",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_clause_read_as_a_modified_noun_becomes_a_clause() {
        // "Israel struck Gaza after Hamas fired rockets at Jerusalem."
        let mut s = sentence(
            "Israel/PROPN/2/nsubj struck/VERB/0/root Gaza/PROPN/2/obj after/ADP/7/case \
             Hamas/PROPN/6/compound fired/VERB/7/amod rockets/NOUN/2/obl at/ADP/9/case \
             Jerusalem/PROPN/7/nmod ./PUNCT/2/punct",
        );
        s.words[5].xpos = "VBD".into();
        let r = repair(&s).expect("repaired");
        assert_eq!(
            arcs(&r),
            vec![
                (2, "nsubj"),
                (0, "root"),
                (2, "obj"),
                (6, "mark"),
                (6, "nsubj"),
                (2, "advcl"),
                (6, "obj"),
                (9, "case"),
                (6, "obl"),
                (2, "punct")
            ]
        );
        // "after the captured rockets": no noun phrase before the participle.
        let mut s = sentence(
            "Israel/PROPN/2/nsubj struck/VERB/0/root after/ADP/6/case the/DET/6/det \
             captured/VERB/6/amod rockets/NOUN/2/obl ./PUNCT/2/punct",
        );
        s.words[4].xpos = "VBN".into();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_name_read_as_a_gerund_auxiliary_is_the_subject() {
        // "Beijing accused Washington of bullying."
        let mut s = sentence(
            "Beijing/VERB/2/aux:pass accused/VERB/0/root Washington/PROPN/2/obj \
             of/ADP/5/case bullying/NOUN/2/obl ./PUNCT/2/punct",
        );
        s.words[0].xpos = "VBG".into();
        let r = repair(&s).expect("repaired");
        assert_eq!(r.words[0].deprel, "nsubj");
        // "Being accused of bullying, …": a form of *be* is an auxiliary.
        let mut s = sentence(
            "Being/AUX/2/aux:pass/be accused/VERB/0/root of/ADP/4/case bullying/NOUN/2/obl \
             ./PUNCT/2/punct",
        );
        s.words[0].xpos = "VBG".into();
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_passive_reduced_relative_is_left_alone() {
        // "Students arrested in Moscow." has no object: a real reduced relative.
        let s = sentence(
            "Students/NOUN/0/root arrested/VERB/1/acl in/ADP/4/case Moscow/PROPN/2/obl ./PUNCT/1/punct",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn a_final_attribution_becomes_the_main_clause() {
        // "Gondor welcomed ties after a rift, the agency WFNA said."
        let s = sentence(
            "Gondor/PROPN/2/nsubj welcomed/VERB/0/root ties/NOUN/2/obj after/ADP/6/case \
             a/DET/6/det rift/NOUN/2/obl ,/PUNCT/9/punct the/DET/9/det agency/NOUN/6/appos \
             WFNA/PROPN/11/nsubj said/VERB/9/acl:relcl/say ./PUNCT/2/punct",
        );
        let r = repair(&s).expect("repaired");
        let a = arcs(&r);
        assert_eq!(a[10], (0, "root"), "said is the root");
        assert_eq!(a[1], (11, "ccomp"), "welcomed is its complement");
        assert_eq!(a[9], (11, "nsubj"), "WFNA is the speaker");
        assert_eq!(a[8], (10, "compound"), "agency modifies WFNA");
        assert_eq!(a[7], (9, "det"));
    }

    #[test]
    fn an_attribution_already_in_place_is_left_alone() {
        let s = sentence(
            "Gondor/PROPN/2/nsubj left/VERB/6/ccomp ,/PUNCT/6/punct the/DET/5/det \
             officials/NOUN/6/nsubj said/VERB/0/root/say ./PUNCT/6/punct",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn an_apposition_between_two_subjects_is_a_list_member() {
        // "Mordor, the Fornost, and Gondor welcomed ties."
        let s = sentence(
            "Mordor/PROPN/8/nsubj ,/PUNCT/4/punct the/DET/4/det Fornost/PROPN/1/appos \
             ,/PUNCT/8/punct and/CCONJ/7/cc Gondor/PROPN/8/nsubj welcomed/VERB/0/root \
             ties/NOUN/8/obj",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(arcs(&r)[3], (1, "conj"));
    }

    #[test]
    fn a_coordinated_second_subject_is_a_conjunct_of_the_first() {
        // "Ithilen and the government warned Gondor."
        let s = sentence(
            "Ithilen/PROPN/5/nsubj and/CCONJ/4/cc the/DET/4/det government/NOUN/5/nsubj \
             warned/VERB/0/root Gondor/PROPN/5/obj",
        );
        let r = repair(&s).expect("repaired");
        assert_eq!(arcs(&r)[3], (1, "conj"));
        // Two subjects without a conjunction between them are left alone.
        let s = sentence(
            "Ithilen/PROPN/3/nsubj government/NOUN/3/nsubj warned/VERB/0/root Gondor/PROPN/3/obj",
        );
        assert!(repair(&s).is_none());
    }

    #[test]
    fn only_trees_are_accepted() {
        assert!(is_tree(&[Some(1), None, Some(1)]));
        assert!(!is_tree(&[None, None]), "two roots");
        assert!(!is_tree(&[Some(1), Some(0), None]), "a cycle");
    }
}
