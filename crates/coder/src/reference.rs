//! What pronouns and relative words refer to within a sentence and its
//! neighbours: he/she/they/it, I/we in reported speech (the speaker),
//! "which"/"who", and the generic persons and office titles that can be
//! antecedents.

use super::*;

/// A personal pronoun subject ("Ethiopia indicated it would act") stands for
/// the subject of the nearest governing clause that names one; other
/// nodes, and pronouns with nothing to stand for, are returned unchanged.
pub(crate) fn resolve_pronoun(tree: &Tree<'_>, n: usize) -> usize {
    if !is_personal_pronoun(tree, n) {
        return n;
    }
    let mut cur = n;
    for _ in 0..12 {
        let Some(head) = tree.heads[cur] else {
            return n;
        };
        if head != n && tree.heads[n] != Some(head) {
            if let Some(s) = tree.child_with(head, |r| r == "nsubj" || r == "nsubj:pass") {
                if !is_personal_pronoun(tree, s)
                    && tree.words[s].upos != "PRON"
                    && !singular_for_plural(tree, n, s)
                {
                    return s;
                }
            }
        }
        cur = head;
    }
    n
}

/// "Officials said it killed nine people", "officials said he was
/// arrested": a singular pronoun does not stand for a plural common noun
/// (the officials are not what killed, nor who was arrested). Plural
/// names ("the United States said it would", "the Syrian Democratic Forces
/// announced it had", which the tagger may read as a common plural) are
/// one actor: a capitalised plural is a name unless it opens the sentence.
fn singular_for_plural(tree: &Tree<'_>, pronoun: usize, subject: usize) -> bool {
    let singular = matches!(
        tree.words[pronoun].form.to_lowercase().as_str(),
        "he" | "she" | "it" | "him" | "her" | "its" | "his"
    );
    let word = &tree.words[subject];
    let common = subject == 0 || !word.form.starts_with(char::is_uppercase);
    singular && word.xpos == "NNS" && common
}

/// "'We warn the Saudis', Saree said": I, we, me and us in what a
/// reporting verb reports stand for the verb's subject, the speaker.
/// Other nodes are returned unchanged.
pub(crate) fn resolve_first_person(tree: &Tree<'_>, n: usize) -> usize {
    if !matches!(
        tree.words[n].form.to_lowercase().as_str(),
        "i" | "we" | "me" | "us"
    ) {
        return n;
    }
    let mut cur = n;
    let mut reported = false;
    for _ in 0..12 {
        if let Some(s) = attributing_speaker(tree, cur, n) {
            return s;
        }
        let Some(head) = tree.heads[cur] else {
            return n;
        };
        reported |= matches!(tree.base_rel(cur), "ccomp" | "parataxis");
        if reported && is_speech_lemma(&tree.lemma_lower(head)) {
            return match tree.child_with(head, |r| r == "nsubj") {
                Some(s) if s != n && tree.words[s].upos != "PRON" => s,
                _ => n,
            };
        }
        cur = head;
    }
    n
}

/// Verbs that report what someone said: the reporting verbs, and "speak"
/// and "add" ("spoke to the press: 'I urge …'", "added, 'we …'").
pub(crate) fn is_speech_lemma(lemma: &str) -> bool {
    dyad_context::is_reporting_lemma(lemma) || matches!(lemma, "speak" | "add")
}

/// "Stoltenberg wrote, 'I count on Turkey …'" parsed with the reporting
/// verb hanging off the quotation (`wrote` a `ccomp` or `parataxis` of
/// `count`): the subject of a bare reporting verb (one with no clause of
/// its own) attached to `clause`, the quotation holding the first-person
/// pronoun `n`. A pronoun subject gives nothing.
pub(crate) fn attributing_speaker(tree: &Tree<'_>, clause: usize, n: usize) -> Option<usize> {
    tree.children[clause].iter().copied().find_map(|r| {
        let attached = matches!(tree.base_rel(r), "ccomp" | "parataxis");
        let bare = !tree.children[r]
            .iter()
            .any(|&c| matches!(tree.base_rel(c), "ccomp" | "xcomp" | "parataxis"));
        if !attached || !bare || !is_speech_lemma(&tree.lemma_lower(r)) {
            return None;
        }
        if tree.ancestors_until(n, usize::MAX).any(|a| a == r) {
            return None;
        }
        tree.child_with(r, |rel| rel == "nsubj")
            .filter(|&s| s != n && tree.words[s].upos != "PRON")
    })
}

/// Is the mention at node `n` (a coordination's first conjunct) a subject,
/// object or agent of its clause, directly or as an appositive or
/// modifier of one ("the Greek government", "its ally, Greece")?
pub(crate) fn is_argument_mention(tree: &Tree<'_>, n: usize) -> bool {
    let mut cur = n;
    for _ in 0..4 {
        match tree.rel(cur) {
            "nsubj" | "nsubj:pass" | "obj" | "iobj" | "obl:agent" | "csubj" => return true,
            "appos" | "compound" | "amod" | "flat" | "nmod:poss" => match tree.heads[cur] {
                Some(h) => cur = h,
                None => return false,
            },
            _ => return false,
        }
    }
    false
}

/// "It" as a placeholder subject, standing for no one: an expletive, the
/// subject of a copular predicate with a clause ("it is possible that",
/// "it is important to", "it is time to"), of a passive with a clause ("it
/// was reported that", "it was agreed to") unless the passive raises its
/// subject ("it is expected to impose …": "it" does the imposing), or of
/// weather.
pub(crate) fn is_placeholder_it(tree: &Tree<'_>, n: usize) -> bool {
    if tree.base_rel(n) == "expl" {
        return true;
    }
    if !matches!(tree.rel(n), "nsubj" | "nsubj:pass") {
        return false;
    }
    let Some(h) = tree.heads[n] else {
        return false;
    };
    let has = |rels: &[&str]| {
        tree.children[h]
            .iter()
            .any(|&c| rels.contains(&tree.base_rel(c)))
    };
    let lemma = tree.lemma_lower(h);
    let copula = has(&["cop"]);
    let passive = tree.rel(n) == "nsubj:pass";
    let raising = matches!(
        lemma.as_str(),
        "expect" | "say" | "believe" | "report" | "think" | "know" | "set" | "schedule" | "due"
    );
    let weather = matches!(lemma.as_str(), "rain" | "snow" | "hail" | "pour");
    (copula && has(&["ccomp", "csubj", "xcomp"]))
        || (copula && lemma == "time" && has(&["acl"]))
        || (passive && has(&["ccomp", "csubj"]))
        || (passive && !raising && has(&["xcomp"]))
        || weather
}

/// "The company apologised for its website": a target read from the
/// source's own possession (its/their + noun). With several sources
/// ("both countries put their militaries on alert") each may own what the
/// other's possessive names, so only a single source counts.
/// Titles of one office-holder ("the foreign minister", "the country's
/// ambassador"): a later *he* or *she* can stand for them.
/// Nouns naming one person the dictionaries code only by a generic agent
/// (`MAN` → `~PPL`, `GUNMAN` → `~UAF`): antecedents of "he"/"him" (see
/// `Coder::mentions_scanned`).
pub(crate) const GENERIC_PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "gunman",
    "attacker",
    "assailant",
    "shooter",
    "bomber",
    "teenager",
    "civilian",
    "resident",
];

pub(crate) const PERSON_TITLES: &[&str] = &[
    "minister",
    "secretary",
    "president",
    "premier",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "leader",
    "king",
    "queen",
    "prince",
    "governor",
    "mayor",
    "senator",
    "general",
    "commander",
    "chief",
    "emir",
    "sultan",
];

/// he, she, it, they (and their object and possessive forms).
pub(crate) fn is_personal_pronoun(tree: &Tree<'_>, n: usize) -> bool {
    matches!(
        tree.words[n].form.to_lowercase().as_str(),
        "he" | "she" | "it" | "they" | "him" | "her" | "them" | "its" | "their" | "his"
    )
}

/// A relative pronoun subject of a relative clause stands for the modified
/// noun; other pronouns stay (and give no actor).
pub(crate) fn resolve_relative(tree: &Tree<'_>, v: usize, subj: usize) -> Option<usize> {
    let w = &tree.words[subj];
    let relative = matches!(w.xpos.as_str(), "WDT" | "WP")
        || matches!(tree.lemma_lower(subj).as_str(), "who" | "which" | "that");
    if relative && tree.rel(v).starts_with("acl") {
        return tree.heads[v];
    }
    Some(subj)
}

/// "Armenia and Azerbaijan accused each other", "blamed one another for
/// the attack": does verb `v` take a reciprocal pronoun as its object or
/// oblique? Its coordinated subjects then act on each other, whatever the
/// verb ("accuse" alone is not mutual by nature).
pub(crate) fn has_reciprocal_object(tree: &Tree<'_>, v: usize) -> bool {
    tree.children[v].iter().any(|&c| {
        matches!(tree.base_rel(c), "obj" | "obl" | "iobj")
            && matches!(tree.lemma_lower(c).as_str(), "each" | "one" | "other")
            && tree.children[c].iter().any(|&k| {
                matches!(
                    tree.lemma_lower(k).as_str(),
                    "other" | "another" | "each" | "one"
                ) && k != c
            })
    })
}
