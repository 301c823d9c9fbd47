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
        "obj" | "iobj" => !tree
            .head(noun)
            .is_some_and(|v| tree.is_in(v, PARTICIPATION)),
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use dyad_conllu::Sentence;

    use crate::{event_date, Tree};

    use crate::test_support::tagged;

    /// Published on Monday 8 July 2019.
    fn date_of(s: &Sentence, verb: usize) -> String {
        let published = NaiveDate::from_ymd_opt(2019, 7, 8).unwrap();
        let d = event_date(&Tree::new(s), verb, published);
        d.date.map_or("none".into(), |d| d.to_string())
    }

    /// "<subject> <verb> <possessive day>'s <noun>", with the noun as `rel`
    /// and an optional preposition before the day (the verb given by its
    /// lemma, which the rows use as its form).
    fn possessive(verb: &str, prep: Option<&str>, rel: &str) -> Sentence {
        let mut rows = vec![("Iran", "NNP", 2, "nsubj"), (verb, "VBD", 0, "root")];
        let noun = if prep.is_some() { 6 } else { 5 };
        if let Some(p) = prep {
            rows.push((p, "IN", noun, "case"));
        }
        rows.push(("Saturday", "NNP", noun, "nmod:poss"));
        rows.push(("'s", "POS", noun - 2, "case"));
        rows.push(("talks", "NNS", 2, rel));
        tagged(&rows)
    }

    #[test]
    fn a_possessive_date_is_the_clause_date_only_for_its_frame() {
        // "Iran condemned Saturday's talks": the talks' day, not the condemnation's.
        assert_eq!(
            date_of(&possessive("condemn", None, "obj"), 1),
            "2019-07-08"
        );
        // "Iran walked out after Saturday's talks".
        assert_eq!(
            date_of(&possessive("leave", Some("after"), "obl"), 1),
            "2019-07-08"
        );
        // "Iran attended Saturday's talks", "Iran spoke during Saturday's talks".
        assert_eq!(date_of(&possessive("attend", None, "obj"), 1), "2019-07-06");
        assert_eq!(
            date_of(&possessive("speak", Some("during"), "obl"), 1),
            "2019-07-06"
        );
        // "Saturday's talks failed": the possessed act is the clause's subject.
        let s = tagged(&[
            ("Saturday", "NNP", 3, "nmod:poss"),
            ("'s", "POS", 1, "case"),
            ("talks", "NNS", 4, "nsubj"),
            ("failed", "VBD", 0, "root"),
        ]);
        assert_eq!(date_of(&s, 3), "2019-07-06");
    }

    #[test]
    fn a_date_after_a_parenthetical_participle_is_the_main_clause_date() {
        // Chirac was convicted of fraud , stemming from his years as mayor , in 2011 .
        let rows = [
            ("Chirac", "NNP", 3, "nsubj:pass"),
            ("was", "VBD", 3, "aux:pass"),
            ("convicted", "VBN", 0, "root"),
            ("of", "IN", 5, "case"),
            ("fraud", "NN", 3, "obl"),
            (",", ",", 7, "punct"),
            ("stemming", "VBG", 3, "advcl"),
            ("from", "IN", 10, "case"),
            ("his", "PRP$", 10, "nmod:poss"),
            ("years", "NNS", 7, "obl"),
            ("as", "IN", 12, "case"),
            ("mayor", "NN", 10, "nmod"),
            (",", ",", 15, "punct"),
            ("in", "IN", 15, "case"),
            ("2011", "CD", 7, "obl"),
        ];
        assert_eq!(date_of(&tagged(&rows), 2), "2011");
        // Without the comma the date is the participle's own ("stemming from
        // his years as mayor in 2011").
        let mut no_comma = rows.to_vec();
        no_comma[12] = ("and", "CC", 15, "cc");
        assert_eq!(date_of(&tagged(&no_comma), 2), "2019-07-08");
    }

    #[test]
    fn a_means_clause_dates_its_main_clause() {
        // Seoul retaliated by firing shells on Thursday .
        let rows = [
            ("Seoul", "NNP", 2, "nsubj"),
            ("retaliated", "VBD", 0, "root"),
            ("by", "IN", 4, "mark"),
            ("firing", "VBG", 2, "advcl"),
            ("shells", "NNS", 4, "obj"),
            ("on", "IN", 7, "case"),
            ("Thursday", "NNP", 4, "obl"),
        ];
        assert_eq!(date_of(&tagged(&rows), 1), "2019-07-04");
        // "… after firing shells on Thursday": another clause's day.
        let mut after = rows.to_vec();
        after[2] = ("after", "IN", 4, "mark");
        assert_eq!(date_of(&tagged(&after), 1), "2019-07-08");
    }
}
