//! Appeals and demands across sentences: the ledger of what each actor
//! asked of whom, so that a later yield or refusal ("the embassy declined
//! the request") is addressed to whoever asked, and the target of an
//! appeal named only by its content.

use super::*;

/// "In April, the committee demanded the documents. Barr and Ross refused
/// to hand them over": a yield (08) or refusal (12) addressed to the author
/// of an ask that an earlier sentence of the narrative (from sentence
/// `since` on) reported answers that ask, after it.
pub(crate) fn answers_earlier_ask(e: &Event, asks: &[Ask], since: usize) -> bool {
    let root = e.root.as_deref();
    let target = e.target.as_ref().and_then(|t| t.code.as_deref());
    matches!(root, Some("08" | "12"))
        && target.is_some_and(|t| {
            asks.iter().any(|a| {
                (since..e.sentence_index).contains(&a.sentence) && same_party(&a.source, t)
            })
        })
}

/// The actor of the earlier act a *for* phrase names, for appeals and
/// demands: "called for an investigation into the shooting" (the
/// shooting's actor), "called for the bill to be dropped".
pub(crate) fn appeal_target(
    tree: &Tree<'_>,
    v: usize,
    roles: &Roles,
    recent_events: &[crate::RecentEvent],
) -> Option<Actor> {
    let phrase = tree.children[v]
        .iter()
        .copied()
        .find(|&c| tree.base_rel(c) == "obl" && tree.case_of(c) == Some("FOR"))?;
    // The phrase's head and the nouns it governs, nearest first.
    let mut nodes = vec![phrase];
    let mut i = 0;
    while i < nodes.len() && nodes.len() < 8 {
        let n = nodes[i];
        nodes.extend(
            tree.children[n]
                .iter()
                .copied()
                .filter(|&c| tree.base_rel(c) == "nmod"),
        );
        i += 1;
    }
    // Only nouns of a definite kind of act: "the bill" or "the decision"
    // could be anyone's latest act.
    nodes
        .into_iter()
        .filter(|&n| event_noun_kind(&tree.lemma_lower(n)).is_some_and(|k| !k.is_empty()))
        .find_map(|n| event_noun_actor(tree, n, roles, recent_events))
}

/// The CAMEO root (8 yield, 12 reject) of a code that answers a request.
/// Defiance of norms or laws (128) answers no one in particular.
pub(crate) fn yield_or_reject_root(code: &str) -> Option<u32> {
    match root_of(code).get(..3)? {
        "128" => None,
        r if r.starts_with("08") => Some(8),
        r if r.starts_with("12") => Some(12),
        _ => None,
    }
}

/// The verb whose complement the verb at `v` is: "refused to hand over",
/// "urged Iran to release" (also parsed as a clause of the object).
pub(crate) fn complement_governor(tree: &Tree<'_>, v: usize) -> Option<usize> {
    let head = tree.heads[v]?;
    match tree.base_rel(v) {
        "xcomp" | "ccomp" => Some(head),
        "acl" if matches!(tree.base_rel(head), "obj" | "iobj") => tree.heads[head],
        _ => None,
    }
}

/// An appeal (02), proposal (03), demand (10) or protest (14) made earlier
/// in an article: what a later yield or rejection answers.
#[derive(Debug, Clone)]
pub(crate) struct Ask {
    pub(crate) source: String,
    pub(crate) root: u32,
    /// Whom it was addressed to, when the sentence says.
    pub(crate) targets: Vec<String>,
    pub(crate) sentence: usize,
    /// Lemmas of what was asked for ([`content_lemmas`]).
    pub(crate) content: Vec<String>,
}

/// The asks of an article coded so far, and the yields and refusals that
/// none of them answers yet (news: the ask is often reported after the
/// answer — "The governor announced his resignation. … Protesters had
/// called for his resignation").
#[derive(Debug, Default)]
pub(crate) struct AskLedger {
    pub(crate) made: Vec<Ask>,
    pub(crate) unanswered: Vec<Unanswered>,
    /// Attacks named by a noun awaiting the doer the article names
    /// (`src/claimed.rs`).
    pub(crate) attacks: Vec<claimed::Unclaimed>,
    /// Code a yield or refusal without a target as an event awaiting its
    /// asker (article coding only: a lone sentence has no later asks).
    pub(crate) keep_unanswered: bool,
}

/// An ask a copular sentence states ([`Coder::stated_ask`]).
pub(crate) struct StatedAsk {
    pub(crate) ask: Ask,
    /// Its author, as named in the sentence.
    pub(crate) source: Actor,
    /// The request noun.
    pub(crate) request: usize,
    /// Whom it was made of, when the sentence points back ("This was …")
    /// to an unanswered yield or refusal: the yielder.
    pub(crate) addressee: Option<String>,
    /// Stated as a list with a verb ("their demands include …").
    pub(crate) listed: bool,
}

/// "Protesters' demands include the release of those arrested": a list of
/// demands by a group of a country that no yield points back to is made of
/// that country's government (`HKGOPP` → `HKGGOV`), the authority that can
/// grant them. A government's own demands, or a group without a country,
/// name no addressee.
pub(crate) fn listed_demands_addressee(stated: &StatedAsk) -> Option<Actor> {
    let source = &stated.source.code;
    if !is_country_code(source) || !non_state_group(source) {
        return None;
    }
    let code = format!("{}GOV", root_of(source));
    Some(Actor::inferred(
        code,
        stated.request,
        stated.request,
        Some("addressee of listed demands"),
    ))
}

/// Is `code` a country's group outside the state (`HKGOPP`, `IRQEDU`), not
/// the country itself or one of its state bodies (`GOV`, `MIL`, `COP`,
/// `JUD`, `LEG`, `SPY`)?
pub(crate) fn non_state_group(code: &str) -> bool {
    const STATE_ROLES: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];
    let roles = code.get(3..).unwrap_or("");
    !roles.is_empty()
        && roles.len() % 3 == 0
        && !roles
            .as_bytes()
            .chunks(3)
            .any(|r| STATE_ROLES.iter().any(|s| s.as_bytes() == r))
}

/// A yield (08) or refusal (12) coded without a target: what a later ask
/// must be about to be the one it answers.
#[derive(Debug, Clone)]
pub(crate) struct Unanswered {
    pub(crate) sentence: usize,
    /// The act's span: which event of the sentence it is.
    pub(crate) action: Option<[usize; 2]>,
    pub(crate) root: u32,
    /// The yielders' codes.
    pub(crate) sources: Vec<String>,
    /// Lemmas of what was yielded or refused ([`yielded_content`]).
    pub(crate) content: Vec<String>,
}

/// What a yield or refusal at `v` gives up or turns down: its content lemmas
/// without the verb itself when it has any object ("announced his
/// resignation" → resignation; "withdrew the bill" → bill; "resigned" →
/// resign).
pub(crate) fn yielded_content(tree: &Tree<'_>, v: usize) -> Vec<String> {
    let verb = tree.lemma_lower(v);
    // Names and dates ("on Wednesday") say where and when, not what.
    let proper: Vec<String> = (0..tree.words.len())
        .filter(|&i| tree.words[i].xpos.starts_with("NNP"))
        .map(|i| tree.lemma_lower(i))
        .collect();
    let all: Vec<String> = content_lemmas(tree, v)
        .into_iter()
        .filter(|l| !proper.contains(l))
        .collect();
    if all.iter().any(|l| *l != verb) {
        all.into_iter().filter(|l| *l != verb).collect()
    } else {
        all
    }
}

/// The asker of a later ask for what an unanswered yield or refusal gave:
/// the nearest ask of the article (after the yield first) of a kind the act
/// answers, by someone other than the yielder, addressed to the yielder or
/// to no one named, whose content names what was yielded ("called for his
/// resignation" ↔ "announced his resignation"). No content, no asker: an
/// ask reported later is tied only by what it asks for.
pub(crate) fn later_asker<'a>(pending: &Unanswered, asks: &'a [Ask]) -> Option<&'a Ask> {
    let kinds: &[u32] = if pending.root == 12 {
        &[2, 3, 10, 14]
    } else {
        &[2, 10, 14]
    };
    asks.iter()
        .filter(|a| kinds.contains(&a.root))
        .filter(|a| !pending.sources.contains(&a.source))
        .filter(|a| {
            a.targets.is_empty()
                || a.targets
                    .iter()
                    .any(|t| pending.sources.iter().any(|s| same_party(t, s)))
        })
        .filter(|a| {
            a.content
                .iter()
                .any(|x| pending.content.iter().any(|y| same_content(x, y)))
        })
        .min_by_key(|a| {
            (
                a.sentence < pending.sentence,
                a.sentence.abs_diff(pending.sentence),
            )
        })
}

/// Is the addressee `t` of an ask the actor `s`, or one of its parts or
/// its whole (`USA` ↔ `USAGOV`)? An addressee whose country the sentence
/// left open (`---GOV`, "demanded that the government withdraw") is any
/// country's actor of that role.
pub(crate) fn same_party(t: &str, s: &str) -> bool {
    match t.strip_prefix("---") {
        Some(role) => !role.is_empty() && s.len() > 3 && s.get(3..) == Some(role),
        None => s.starts_with(t) || t.starts_with(s),
    }
}

/// Nouns naming a request, whose author a yield or rejection answers.
pub(crate) const REQUEST_NOUNS: &[&str] = &[
    "demand",
    "request",
    "call",
    "appeal",
    "plea",
    "proposal",
    "offer",
    "plan",
    "ultimatum",
    "invitation",
    "petition",
    "bid",
    "order",
    "motion",
];

/// Nouns naming pressure a yield gives in to ("after weeks of protests").
pub(crate) const PRESSURE_NOUNS: &[&str] = &[
    "protest",
    "demonstration",
    "rally",
    "march",
    "pressure",
    "demand",
    "call",
    "appeal",
    "outcry",
    "criticism",
    "request",
    "petition",
    "ultimatum",
    "strike",
];

/// Nouns too general to tell one demand from another.
pub(crate) const GENERIC_CONTENT: &[&str] = &[
    "government",
    "people",
    "country",
    "state",
    "year",
    "day",
    "time",
    "official",
    "week",
    "month",
    "thing",
    "way",
    "issue",
    "matter",
    "part",
];

/// The lemmas of the content words of an act at verb `v`: the verb, its
/// objects, obliques and complement clauses and the nouns they govern
/// ("called for the withdrawal of the bill" → call, withdrawal, bill), not
/// its subjects (the actors).
pub(crate) fn content_lemmas(tree: &Tree<'_>, v: usize) -> Vec<String> {
    let mut nodes = vec![v];
    let mut i = 0;
    while i < nodes.len() && nodes.len() < 16 {
        let n = nodes[i];
        nodes.extend(tree.children[n].iter().copied().filter(|&c| {
            matches!(
                tree.base_rel(c),
                "obj" | "obl" | "xcomp" | "ccomp" | "nmod" | "compound" | "acl"
            ) && tree.rel(c) != "nmod:poss"
        }));
        i += 1;
    }
    let mut lemmas: Vec<String> = nodes
        .into_iter()
        .filter(|&n| {
            let x = &tree.words[n].xpos;
            x.starts_with("NN") || x.starts_with("VB")
        })
        .map(|n| tree.lemma_lower(n))
        .filter(|l| !GENERIC_CONTENT.contains(&l.as_str()))
        .collect();
    lemmas.sort();
    lemmas.dedup();
    lemmas
}

/// Do two content lemmas name the same thing: equal, or one word's forms
/// ("resign", "resignation"; "withdraw", "withdrawal")?
pub(crate) fn same_content(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    a == b || common >= 6
}

/// The actor a yield or a rejection at `v` answers: among the earlier asks
/// (appeals, demands, protests; for a rejection also proposals) whose
/// source is not the yielder's, addressed to the yielder or to no one named, the latest one asking for what was yielded
/// ("called for his resignation" ↔ "announced his resignation"), else the
/// latest appeal, demand or protest of the last `reach` sentences.
pub(crate) fn asker_target(
    tree: &Tree<'_>,
    root: u32,
    v: usize,
    roles: &Roles,
    asks: &[Ask],
    sentence: usize,
    reach: usize,
) -> Option<Actor> {
    let kinds: &[u32] = if root == 12 {
        &[2, 3, 10, 14]
    } else {
        &[2, 10, 14]
    };
    let content = content_lemmas(tree, v);
    let candidates = || {
        asks.iter()
            .rev()
            .filter(|a| kinds.contains(&a.root))
            .filter(|a| !roles.sources.iter().any(|s| s.code == a.source))
            // "Police urged the protesters to withdraw": an ask addressed
            // to someone else is not what the yielder answers.
            .filter(|a| {
                a.targets.is_empty()
                    || a.targets
                        .iter()
                        .any(|t| roles.sources.iter().any(|s| same_party(t, &s.code)))
            })
    };
    let ask = candidates()
        .find(|a| {
            a.content
                .iter()
                .any(|x| content.iter().any(|y| same_content(x, y)))
        })
        // Intents (03) are too many to answer when nothing ties them.
        .or_else(|| {
            candidates().find(|a| a.root != 3 && a.sentence.saturating_add(reach) >= sentence)
        })?;
    Some(Actor::inferred(ask.source.clone(), v, v, Some("asker")))
}
