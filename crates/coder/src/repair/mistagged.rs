//! Verbs the tagger read as another part of speech right after their
//! subject, leaving the sentence without a verb: "Kenyan police shot dead
//! two men" (*shot* a noun, the root of a compound *Kenyan police shot*),
//! "Web developers face big problems" (*face* a noun), the noun *tear*
//! of "tear gas" read as a preposition ("police fired tear gas at …"), and
//! *military* read as an adjective ("Myanmar's military detained …").

use super::{is_nominal, is_punct, is_verb, lemma_is, rel_of, Word};

/// "Kenyan police shot dead two protesters": the tagger makes *shot* a noun
/// and the root, *Kenyan police* its compound modifiers and *protesters* its
/// object. A noun takes no direct object, so a noun root with an `obj`
/// after it, in a sentence with no verb at all, is the verb; the noun right
/// before it (its compound) is the subject, and the words that modified the
/// root before it modify the subject. Returns the retagged word.
pub(super) fn noun_read_as_verb_before_object(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Option<usize> {
    let root = heads.iter().position(Option::is_none)?;
    if root == 0
        || words[root].upos != "NOUN"
        || words
            .iter()
            .any(|w| is_verb(w) || w.upos == "AUX" || w.xpos.starts_with("VB"))
    {
        return None;
    }
    let children: Vec<usize> = (0..words.len())
        .filter(|&c| heads[c] == Some(root))
        .collect();
    // A copula, a preposition or a determiner of the root's own makes it a
    // real noun ("the shot at goal"); its object then is a misattachment.
    if children.iter().any(|&c| {
        matches!(rel_of(words, rels, c), "cop" | "case" | "det" | "nmod:poss")
            || rel_of(words, rels, c).starts_with("nsubj")
    }) {
        return None;
    }
    if !children
        .iter()
        .any(|&c| c > root && rel_of(words, rels, c) == "obj" && is_nominal(&words[c]))
    {
        return None;
    }
    // The subject: a common or proper noun right before, hung on the root
    // as its compound; every word before it belongs to the root's phrase.
    let subject = root - 1;
    if heads[subject] != Some(root)
        || rel_of(words, rels, subject) != "compound"
        || !matches!(words[subject].upos.as_str(), "NOUN" | "PROPN")
        || !(0..subject).all(|i| within(heads, i, root))
    {
        return None;
    }
    heads[subject] = Some(root);
    rels[subject] = Some("nsubj");
    for &c in &children {
        if c < subject {
            heads[c] = Some(subject);
        }
    }
    Some(root)
}

/// "Police fired tear gas at protesters": the tagger reads *tear* as a
/// preposition (`case`) of *gas*, so the verb seems to have no object. Before
/// *gas* it is the noun of the compound "tear gas".
pub(super) fn tear_gas(
    words: &[Word],
    heads: &[Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for t in 0..words.len().saturating_sub(1) {
        let gas = t + 1;
        if words[t].form.eq_ignore_ascii_case("tear")
            && words[gas].form.to_lowercase().starts_with("gas")
            && heads[t] == Some(gas)
            && rel_of(words, rels, t) == "case"
        {
            rels[t] = Some("compound");
            changed = true;
        }
    }
    changed
}

/// Past-tense forms the tagger reads as nouns or prepositions after a
/// subject noun ("police beat protesters" a compound, "police beat
/// Tibetan protesters" *beat* a preposition): forms that are nouns too, or
/// identical to their base form.
const AMBIGUOUS_PAST: &[&str] = &[
    "beat",
    "hit",
    "shot",
    "struck",
    "shelled",
    "stormed",
    "raided",
    "attacked",
    "fired",
    // Forms of force and coercion the tagger also reads as prepositions,
    // nouns or adjectives in wire sentences ("Islamist militants ambushed
    // Malian soldiers", "Ukraine cut off diplomatic relations with Russia",
    // "the Nicaraguan government expelled 222 political prisoners").
    "ambushed",
    "bombed",
    "bombarded",
    "abducted",
    "kidnapped",
    "cut",
    "shut",
    "expelled",
    "deported",
    "detained",
    "arrested",
    "seized",
    "captured",
    "besieged",
    "blockaded",
];

/// Particles of the phrasal verbs above ("cut off", "shut down"): they
/// stand between the verb and its object.
const PARTICLES: &[&str] = &["off", "down"];

/// "Ugandan police beat opposition supporters in Kampala" parsed as one
/// noun phrase (*beat* a compound noun, or a preposition before the object),
/// so the sentence has no verb. When no word heads a clause and one of the
/// ambiguous past forms stands between a noun and a noun phrase, it is the
/// verb: the words before it are its subject (headed by the noun right
/// before it), the noun phrase after it its object. Returns the retagged
/// word.
pub(super) fn past_form_between_noun_phrases(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Option<usize> {
    if (0..words.len()).any(|i| heads_a_clause(words, rels, i)) {
        return None;
    }
    let w = (1..words.len()).find(|&w| {
        AMBIGUOUS_PAST.contains(&words[w].form.to_lowercase().as_str())
            && matches!(words[w - 1].upos.as_str(), "NOUN" | "PROPN")
    })?;
    verb_between_noun_phrases(words, heads, rels, w)
}

/// Does word `i` head a clause: a verb form not attached as a modifier
/// (a participle as `amod`, a verb read as a compound or preposition)?
fn heads_a_clause(words: &[Word], rels: &[Option<&'static str>], i: usize) -> bool {
    (is_verb(&words[i]) || words[i].upos == "AUX" || words[i].xpos.starts_with("VB"))
        && !matches!(
            rel_of(words, rels, i).split(':').next(),
            Some("amod" | "acl" | "compound" | "case" | "advmod")
        )
}

/// Nouns that are adjectives too, which the tagger reads as adjectives
/// after a possessive when a verb follows.
const ADJECTIVE_LIKE_NOUNS: &[&str] = &["military"];

/// "Myanmar's military detained Aung San Suu Kyi", "Sudan's military
/// arrested the prime minister": the tagger reads *military* as an
/// adjective and the verb as a participle modifying the noun after it (or
/// as a root with *military* its modifier). After a possessive and before a
/// past form, with no other verb heading a clause, *military* is the
/// subject noun and the past form the verb. Returns the noun and the verb.
pub(super) fn possessed_noun_read_as_adjective(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Option<(usize, usize)> {
    let noun = (1..words.len().saturating_sub(1)).find(|&m| {
        let possessor = &words[m - 1];
        ADJECTIVE_LIKE_NOUNS.contains(&words[m].form.to_lowercase().as_str())
            && words[m].upos == "ADJ"
            && (possessor.xpos == "POS"
                || matches!(possessor.form.to_lowercase().as_str(), "its" | "their"))
            && matches!(words[m + 1].xpos.as_str(), "VBD" | "VBN")
    })?;
    let w = noun + 1;
    // "… seized power and detained Aung San Suu Kyi": a second verb the
    // parser conjoined to the object is the verb's conjunct.
    let conjunct_of_object = |i: usize| {
        rel_of(words, rels, i) == "conj" && heads[i].is_some_and(|h| h > w) && is_verb(&words[i])
    };
    let conjuncts: Vec<usize> = (0..words.len())
        .filter(|&i| i != w && heads_a_clause(words, rels, i))
        .collect();
    if !conjuncts.iter().all(|&i| conjunct_of_object(i)) {
        return None;
    }
    let v = verb_between_noun_phrases(words, heads, rels, w)?;
    for c in conjuncts {
        heads[c] = Some(v);
    }
    Some((noun, v))
}

/// The word `w` between a subject noun phrase (ending right before it) and
/// an object noun phrase is the verb of the sentence: the words before it
/// hang on its subject, the run of noun-phrase words after it on its
/// object, and what hung on the old root outside both on the verb.
fn verb_between_noun_phrases(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
    w: usize,
) -> Option<usize> {
    let subject = w - 1;
    let particle = (w + 1 < words.len()
        && PARTICLES.contains(&words[w + 1].form.to_lowercase().as_str()))
    .then_some(w + 1);
    let start = particle.map_or(w + 1, |p| p + 1);
    // The object: the run of noun-phrase words after the verb (and its
    // particle), headed by its last noun.
    let end = (start..words.len())
        .find(|&i| {
            !matches!(
                words[i].upos.as_str(),
                "DET" | "NUM" | "ADJ" | "NOUN" | "PROPN"
            )
        })
        .unwrap_or(words.len());
    if end == start || !matches!(words[end - 1].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let object = end - 1;
    // The old root must lie in the subject or the object; a sentence with
    // a root elsewhere is some other construction.
    let root = heads.iter().position(Option::is_none)?;
    if !(root < w || (w..end).contains(&root)) {
        return None;
    }
    let inside = |h: Option<usize>, lo: usize, hi: usize| h.is_some_and(|h| (lo..hi).contains(&h));
    for i in 0..subject {
        if !inside(heads[i], 0, subject + 1) {
            heads[i] = Some(subject);
            if heads[i].is_none() || rel_of(words, rels, i) == "root" {
                rels[i] = Some("compound");
            }
        }
    }
    for i in start..object {
        if !inside(heads[i], start, end) {
            heads[i] = Some(object);
            if rel_of(words, rels, i) == "root" {
                rels[i] = Some("compound");
            }
        }
    }
    // What hung on the old root outside both phrases (the final full
    // stop, a place) belongs to the verb.
    if root != object {
        for h in heads.iter_mut().skip(end) {
            if *h == Some(root) {
                *h = Some(w);
            }
        }
    }
    if let Some(p) = particle {
        heads[p] = Some(w);
        rels[p] = Some("compound:prt");
    }
    heads[subject] = Some(w);
    rels[subject] = Some("nsubj");
    heads[object] = Some(w);
    rels[object] = Some("obj");
    heads[w] = None;
    rels[w] = Some("root");
    Some(w)
}

/// "The government deported three suspects to China": the tagger reads
/// *suspects* as a verb (`VBZ`) whose subject is *three*, a clause under
/// *deported*. A number above one cannot agree with a third-person singular
/// verb, so such a form right after its numeral subject, in a clause hung
/// on an earlier verb without an object, is a plural noun: that verb's
/// object, the numeral its count, its obliques the verb's. Returns the
/// retagged word.
pub(super) fn plural_noun_read_as_verb(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Option<usize> {
    let v = (1..words.len()).find(|&v| {
        let number = v - 1;
        let count = words[number].form.to_lowercase();
        let counted = words[number].upos == "NUM"
            && !matches!(count.as_str(), "one" | "1")
            // "2019 continues": a year is a name, not a count.
            && !(count.len() == 4 && count.chars().all(|c| c.is_ascii_digit()));
        words[v].xpos == "VBZ"
            && (counted || bare_noun_under_nominal_verb(words, heads, number, v))
            && heads[number] == Some(v)
            && rel_of(words, rels, number).starts_with("nsubj")
            && matches!(
                rel_of(words, rels, v),
                "ccomp" | "xcomp" | "conj" | "parataxis"
            )
            && heads[v].is_some_and(|h| h < number && is_verb(&words[h]))
    })?;
    let verb = heads[v]?;
    if (0..words.len()).any(|c| heads[c] == Some(verb) && rel_of(words, rels, c) == "obj")
        || (0..words.len()).any(|c| {
            heads[c] == Some(v) && matches!(rel_of(words, rels, c), "obj" | "aux" | "mark")
        })
    {
        return None;
    }
    rels[v] = Some("obj");
    rels[v - 1] = Some(if words[v - 1].upos == "NUM" {
        "nummod"
    } else {
        "compound"
    });
    for (c, h) in heads.iter_mut().enumerate().skip(v + 1) {
        if *h == Some(v) && rel_of(words, rels, c).starts_with("obl") {
            *h = Some(verb);
        }
    }
    Some(v)
}

/// Verbs that take a noun phrase and never a finite clause: after them a
/// bare noun and a form in -s ("halted gas deliveries", "suspended arms
/// shipments") are a compound noun, not a clause.
const NOUN_OBJECT_VERBS: &[&str] = &[
    "halt", "suspend", "stop", "resume", "cut", "ban", "block", "restrict", "freeze", "reduce",
    "increase", "end", "impose", "lift", "ease", "expand", "disrupt", "cancel", "curb",
];

/// "Russia halted gas deliveries to Poland": the tagger reads *deliveries*
/// as a verb (`VBZ`) with *gas* its subject, a clause under *halted*. A
/// bare singular noun (no determiner or modifier of its own) right before
/// the form, under a verb that takes no clause, is the form's compound.
fn bare_noun_under_nominal_verb(
    words: &[Word],
    heads: &[Option<usize>],
    noun: usize,
    v: usize,
) -> bool {
    words[noun].xpos == "NN"
        && !heads.contains(&Some(noun))
        && heads[v].is_some_and(|h| lemma_is(&words[h], NOUN_OBJECT_VERBS))
}

/// Verbs that take a clause in the subjunctive ("urged that Ankara
/// release him"), whose bare verb the tagger reads as a noun.
const MANDATIVE: &[&str] = &[
    "urge",
    "demand",
    "ask",
    "insist",
    "recommend",
    "request",
    "propose",
    "require",
    "order",
];

/// "Turkey urged that Washington extradite Gulen": after a verb of demand,
/// *that*, a subject and a bare verb (*extradite*, read as a noun of a
/// compound or the head of the clause's noun phrase). When the clause has
/// no verb, the singular noun right after its subject, in its base form,
/// is the clause's verb: the subject before it, the noun phrase after it
/// its object. Returns the retagged word.
pub(super) fn subjunctive_read_as_noun(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Option<usize> {
    let that = (1..words.len()).find(|&t| {
        words[t].form.eq_ignore_ascii_case("that")
            && is_verb(&words[t - 1])
            && lemma_is(&words[t - 1], MANDATIVE)
    })?;
    let governor = that - 1;
    // The clause: to the next punctuation or the end.
    let end = (that + 1..words.len())
        .find(|&i| is_punct(&words[i]))
        .unwrap_or(words.len());
    // Participles that modify a noun ("the captured sailors") are no verb
    // of the clause.
    let clause_verb = |i: usize| {
        (is_verb(&words[i]) || words[i].upos == "AUX" || words[i].xpos.starts_with("VB"))
            && rel_of(words, rels, i) != "amod"
    };
    if (that + 1..end).any(clause_verb) {
        return None;
    }
    // The subject: an optional determiner and adjectives, then names or a
    // single common noun.
    let mut i = that + 1;
    while i < end && matches!(words[i].upos.as_str(), "DET" | "ADJ") {
        i += 1;
    }
    let start_names = i;
    while i < end && words[i].upos == "PROPN" {
        i += 1;
    }
    if i == start_names {
        if i < end && words[i].upos == "NOUN" {
            i += 1;
        } else {
            return None;
        }
    }
    let subject = i - 1;
    let w = i;
    if w >= end
        || words[w].upos != "NOUN"
        || words[w].xpos != "NN"
        || !words[w].form.eq_ignore_ascii_case(&words[w].lemma)
    {
        return None;
    }
    // The object: the noun-phrase words after the verb, headed by the last.
    let mut o_end = w + 1;
    let in_object = |i: usize| {
        matches!(
            words[i].upos.as_str(),
            "DET" | "NUM" | "ADJ" | "NOUN" | "PROPN"
        ) || rel_of(words, rels, i) == "amod"
            || words[i].xpos == "PRP$"
    };
    while o_end < end && in_object(o_end) {
        o_end += 1;
    }
    let object = (o_end > w + 1 && is_nominal(&words[o_end - 1])).then_some(o_end - 1);
    // Everything in the clause is rebuilt; words after it that hung inside
    // it follow the verb.
    let clause = that..end;
    for (k, h) in heads.iter_mut().enumerate() {
        if !clause.contains(&k) && h.is_some_and(|h| clause.contains(&h)) {
            *h = Some(w);
        }
    }
    heads[w] = Some(governor);
    rels[w] = Some("ccomp");
    heads[that] = Some(w);
    rels[that] = Some("mark");
    heads[subject] = Some(w);
    rels[subject] = Some("nsubj");
    for k in that + 1..subject {
        heads[k] = Some(subject);
        if words[k].upos == "PROPN" {
            rels[k] = Some("compound");
        }
    }
    if let Some(object) = object {
        heads[object] = Some(w);
        rels[object] = Some("obj");
        for k in w + 1..object {
            heads[k] = Some(object);
            if matches!(words[k].upos.as_str(), "NOUN" | "PROPN") {
                rels[k] = Some("compound");
            }
        }
    }
    // The rest of the clause (its prepositional phrases) keeps its heads
    // inside the clause, or follows the verb.
    for k in o_end..end {
        if heads[k].is_some_and(|h| !(o_end..end).contains(&h)) {
            heads[k] = Some(w);
            if rel_of(words, rels, k) == "nmod" {
                rels[k] = Some("obl");
            }
        }
    }
    Some(w)
}

/// Does `i` hang, directly or not, on `top`?
fn within(heads: &[Option<usize>], i: usize, top: usize) -> bool {
    let mut cur = i;
    for _ in 0..heads.len() {
        match heads[cur] {
            Some(h) if h == top => return true,
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// Participles news uses as adjectives before a noun: "sweeping sanctions",
/// "the ruling party", "crippling sanctions", "the warring sides".
const ADJECTIVAL_PARTICIPLES: &[&str] = &[
    "sweeping",
    "crippling",
    "punishing",
    "devastating",
    "damaging",
    "ongoing",
    "growing",
    "mounting",
    "rising",
    "escalating",
    "deepening",
    "worsening",
    "ruling",
    "governing",
    "opposing",
    "leading",
    "neighbouring",
    "neighboring",
    "remaining",
    "existing",
    "outgoing",
    "incoming",
    "upcoming",
    "sitting",
    "warring",
    "competing",
    "lasting",
];

/// Verbs a participle right after them continues as their complement
/// ("stopped opposing sanctions", "kept growing rice").
const CATENATIVE_VERBS: &[&str] = &[
    "keep",
    "stop",
    "start",
    "begin",
    "continue",
    "avoid",
    "consider",
    "finish",
    "risk",
    "quit",
    "resume",
    "deny",
    "admit",
    "recommend",
    "suggest",
    "mind",
    "enjoy",
    "like",
    "love",
    "hate",
    "prefer",
    "try",
    "see",
    "hear",
    "go",
    "come",
    "spend",
    "be",
    "get",
];

/// "Russia faces sweeping Western sanctions": the tagger reads an
/// adjectival participle before a noun phrase as a verb governing it
/// (*sweeping* an xcomp with *sanctions* its object), and the coder then
/// codes *sweep*. A participle of [`ADJECTIVAL_PARTICIPLES`] with no
/// subject or auxiliary of its own, right before adjectives and nouns that
/// end in its dependent, after anything but a verb that takes a participle
/// ([`CATENATIVE_VERBS`]: "stopped opposing sanctions"), modifies that
/// noun: the noun takes the participle's place in the clause. Returns the
/// retagged participles (now adjectives).
pub(super) fn participle_read_as_verb_before_noun(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Vec<usize> {
    let mut out = Vec::new();
    for i in 0..words.len() {
        let w = &words[i];
        if w.xpos != "VBG" || !ADJECTIVAL_PARTICIPLES.contains(&w.form.to_lowercase().as_str()) {
            continue;
        }
        // The noun phrase after it: adjectives and nouns, ending in a noun
        // that hangs on the participle.
        let end = (i + 1..words.len())
            .find(|&k| !matches!(words[k].upos.as_str(), "ADJ" | "NOUN" | "PROPN"))
            .unwrap_or(words.len());
        if end == i + 1 {
            continue;
        }
        let noun = end - 1;
        if heads[noun] != Some(i) || !matches!(words[noun].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let own_clause = (0..words.len()).any(|k| {
            heads[k] == Some(i)
                && matches!(
                    rel_of(words, rels, k),
                    "nsubj" | "nsubj:pass" | "aux" | "aux:pass" | "mark"
                )
        });
        let after_catenative = i > 0
            && (words[i - 1].upos == "AUX"
                || (is_verb(&words[i - 1]) && lemma_is(&words[i - 1], CATENATIVE_VERBS)));
        if own_clause || after_catenative {
            continue;
        }
        let rel = match rel_of(words, rels, i) {
            "xcomp" | "ccomp" | "advcl" | "dep" => "obj",
            "acl" | "acl:relcl" => "nmod",
            r => super::static_rel(r),
        };
        // Everything else on the participle (a determiner before it, a
        // phrase after the noun) belongs to the noun.
        for (k, h) in heads.iter_mut().enumerate() {
            if *h == Some(i) && k != noun {
                *h = Some(noun);
            }
        }
        heads[noun] = heads[i];
        rels[noun] = Some(rel);
        heads[i] = Some(noun);
        rels[i] = Some("amod");
        out.push(i);
    }
    out
}

/// Verbs of collective action whose past form the tagger reads as a
/// participle after a plural subject ("Thousands of Israelis protested
/// against …"). Intransitive in news, so the past form is no passive.
const COLLECTIVE_ACTION_VERBS: &[&str] = &[
    "protest",
    "rally",
    "march",
    "demonstrate",
    "riot",
    "gather",
    "chant",
];

/// "Thousands of Israelis protested against the judicial overhaul": the
/// tagger reads the verb as a participle modifying the noun before it
/// (*Israelis protested*, `acl`) and the sentence is left a noun phrase
/// with no verb. A past form of a verb of collective action
/// ([`COLLECTIVE_ACTION_VERBS`]) right after the last word of the root's
/// phrase, with no auxiliary, subject or *by* phrase of its own, in a
/// sentence where nothing else heads a clause, is the main verb, the
/// phrase before it its subject. Returns the verb.
pub(super) fn collective_action_read_as_participle(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Option<usize> {
    if (0..words.len()).any(|i| heads_a_clause(words, rels, i)) {
        return None;
    }
    let root = heads.iter().position(Option::is_none)?;
    if !is_nominal(&words[root]) {
        return None;
    }
    let w = (1..words.len()).find(|&w| {
        matches!(words[w].xpos.as_str(), "VBD" | "VBN")
            && rel_of(words, rels, w) == "acl"
            && heads[w] == Some(w - 1)
            && lemma_is(&words[w], COLLECTIVE_ACTION_VERBS)
    })?;
    if has_subject_or_agent(words, heads, rels, w) {
        return None;
    }
    // The subject: the top of the phrase that ends right before the verb,
    // which must be the root ("Thousands | of Israelis").
    let mut subject = w - 1;
    for _ in 0..words.len() {
        match heads[subject] {
            Some(h) if h < w => subject = h,
            _ => break,
        }
    }
    if subject != root {
        return None;
    }
    root_noun_as_subject(heads, rels, root, w);
    Some(w)
}

/// "France, the former colonial power, suspended all aid to Niger": the
/// tagger reads the past form after an apposition set off by commas as a
/// participle modifying the apposition (*power, suspended all aid*), and
/// the sentence is left a noun phrase with no verb. When nothing else
/// heads a clause, a past form right after the apposition's closing comma,
/// with no subject, auxiliary or *by* phrase of its own, is the main verb
/// and the name the apposition describes its subject. Returns the verb.
pub(super) fn verb_after_apposition_read_as_participle(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Option<usize> {
    if (0..words.len()).any(|i| heads_a_clause(words, rels, i)) {
        return None;
    }
    let root = heads.iter().position(Option::is_none)?;
    if !matches!(words[root].upos.as_str(), "PROPN" | "NOUN") {
        return None;
    }
    let appos = (root + 1..words.len())
        .find(|&a| heads[a] == Some(root) && rel_of(words, rels, a) == "appos")?;
    let w = (appos + 1..words.len()).find(|&w| {
        matches!(words[w].xpos.as_str(), "VBD" | "VBN")
            && rel_of(words, rels, w) == "acl"
            && matches!(heads[w], Some(h) if h == appos || h == root)
            && words[w - 1].form == ","
    })?;
    // The apposition ends at the comma before the verb: nothing between
    // hangs outside it.
    if !(appos + 1..w - 1).all(|k| within(heads, k, appos)) {
        return None;
    }
    if has_subject_or_agent(words, heads, rels, w) {
        return None;
    }
    // The closing comma is the verb's.
    heads[w - 1] = Some(w);
    root_noun_as_subject(heads, rels, root, w);
    Some(w)
}

/// Has the past form at `w` an auxiliary, a subject or a *by* phrase of its
/// own (then it heads a clause or a reduced passive, and is no main verb
/// the tagger missed)?
fn has_subject_or_agent(
    words: &[Word],
    heads: &[Option<usize>],
    rels: &[Option<&'static str>],
    w: usize,
) -> bool {
    (0..words.len()).any(|c| {
        heads[c] == Some(w)
            && (matches!(
                rel_of(words, rels, c),
                "aux" | "aux:pass" | "nsubj" | "nsubj:pass" | "obl:agent"
            ) || lemma_is(&words[c], &["by"]))
    })
}

/// Make `w` the root with the old root noun its subject; what hung on the
/// root after `w` (the final stop) is the verb's.
fn root_noun_as_subject(
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
    root: usize,
    w: usize,
) {
    for h in heads.iter_mut().skip(w + 1) {
        if *h == Some(root) {
            *h = Some(w);
        }
    }
    heads[w] = None;
    rels[w] = Some("root");
    heads[root] = Some(w);
    rels[root] = Some("nsubj");
}
