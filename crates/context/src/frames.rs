//! Which date expressions of a sentence can date its clauses, beyond plain
//! attachment: a possessive date names the time of the act its noun names
//! ("condemned Saturday's attack"), which is the clause's time only when
//! that act frames the clause; and a date the parser hangs inside a
//! parenthetical participle or a means clause belongs to the clause around
//! it ("was convicted of corruption, stemming from his years as mayor, in
//! 2011").

use dyad_dates::DateMention;

use crate::Tree;

/// Verbs whose object is an occasion their subject takes part in: "attended
/// Tuesday's summit", "hosted Monday's talks" happened on that day.
const PARTICIPATION: &[&str] = &[
    "attend", "host", "hold", "chair", "join", "boycott", "address", "skip", "lead", "stage",
    "organize", "organise", "open",
];

/// Prepositions that place an act before or after another: "after Sunday's
/// talks", "following Wednesday's quake", "ahead of Monday's vote".
const ANCHORS: &[&str] = &["after", "following", "before", "ahead", "prior"];

/// The word of the mention whose head lies outside it (its phrase head).
fn phrase_head(tree: &Tree, m: &DateMention) -> Option<usize> {
    let (lo, hi) = m.words;
    (lo..hi.min(tree.words.len())).find(|&k| tree.head(k).is_none_or(|h| h < lo || h >= hi))
}

/// Does a possessive date ("Saturday's", "yesterday's", "last week's") name
/// the time of another act than the clause's? "France condemned Saturday's
/// attack", "Saturday's attack was condemned", "Iran walked out after
/// Sunday's talks": the reaction came later, on a day the text does not
/// give. Not so when the possessed act frames the clause: its subject
/// ("Monday's bid failed"), a phrase of time or place ("during Monday's
/// session", "in Sunday's election"), an occasion the subject takes part in
/// ("attended Tuesday's summit").
pub fn dates_another_act(tree: &Tree, m: &DateMention) -> bool {
    let Some(date) = phrase_head(tree, m) else {
        return false;
    };
    if tree.words[date].deprel != "nmod:poss" {
        return false;
    }
    let Some(noun) = tree.head(date) else {
        return false;
    };
    let deprel = tree.words[noun].deprel.as_str();
    match tree.rel(noun) {
        "obj" | "iobj" => !tree.head(noun).is_some_and(|v| tree.is_in(v, PARTICIPATION)),
        "nsubj" if deprel == "nsubj:pass" => true,
        "obl" | "nmod" => tree
            .children(noun)
            .any(|c| tree.rel(c) == "case" && tree.is_in(c, ANCHORS)),
        _ => false,
    }
}

/// May a date at word `k` hang off node `x` (a clause the parser put
/// between the date and the predicate) and still date the clause above?
/// Yes for a means clause ("retaliated by firing artillery on Thursday":
/// the firing is the retaliation) and for a date set off by a comma after
/// a parenthetical participle ("was convicted of corruption, stemming from
/// his years as mayor, in 2011": the participle is an aside, the date is
/// the main clause's).
pub fn same_time_as_head(tree: &Tree, x: usize, k: usize) -> bool {
    if !matches!(tree.rel(x), "advcl" | "acl") {
        return false;
    }
    let means = tree.words[x].xpos == "VBG"
        && tree
            .children(x)
            .any(|c| tree.rel(c) == "mark" && tree.lemma(c) == "by");
    if means {
        return true;
    }
    // A participle with no subject or auxiliary of its own that opens after
    // a comma, and a comma between its last other word and the date.
    let participle = matches!(tree.words[x].xpos.as_str(), "VBG" | "VBN")
        && !tree
            .children(x)
            .any(|c| matches!(tree.rel(c), "nsubj" | "aux" | "mark"));
    if !participle || x == 0 || tree.words[x - 1].form != "," || k <= x {
        return false;
    }
    // The phrase of the date: the child of `x` whose subtree holds `k`.
    let Some(phrase) = tree
        .children(x)
        .find(|&c| tree.span(c).0 <= k && k <= tree.span(c).1)
    else {
        return false;
    };
    let start = tree.span(phrase).0;
    start > x + 1
        && tree.words[start].form == ","
        && tree
            .children(x)
            .filter(|&c| c != phrase && tree.rel(c) != "punct")
            .all(|c| tree.span(c).1 < start)
}
