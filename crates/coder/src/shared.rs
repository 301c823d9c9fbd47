//! News: participants a verb shares with a neighbouring clause.
//!
//! A verb found with the right event code is often dropped because its own
//! clause names no object: the object stands in the clause next to it.
//!
//! * **Right-node raising** — "Britain condemned and sanctioned Iran",
//!   "police arrested, beat and detained students": a bare conjunct before
//!   the last one acts on the object all of them share. Only when nothing
//!   but a conjunction, comma, adverb or auxiliary separates the verbs
//!   (anything else gives the first verb its own clause: "troops arrived in
//!   the town and attacked the police"), and not for verbs of motion or
//!   gathering, which take no object ("arrived and attacked the village").
//! * **A contact continued** — "France summoned the Italian ambassador and
//!   demanded an explanation", "Putin met Erdogan and discussed Syria",
//!   "visited Kyiv to pledge support": what a meeting, visit, call or
//!   summons leads on to (an appeal, intent, consultation, cooperation or
//!   demand, [`continues_contact`]) is addressed to whom was met, when the
//!   second verb shares the first one's subject and names no one itself.
//! * **Pronouns of the object** — "Russia expelled two British diplomats,
//!   accusing them of spying", "police arrested the opposition leader and
//!   charged him with treason": *him*, *her* or *them* as the object of a
//!   participle or conjunct of a verb with a noun object is that object
//!   (number agrees: *them* for a plural or coordinated object).

use dyad_dict::PhraseHit;

use crate::{Actor, Antecedent, Coder, Tree};

/// Verbs of motion, gathering, withdrawal or reaction used without an
/// object: a following conjunct's object is not theirs ("arrived and
/// attacked"), and after a passive they are active ("was attacked by Israel
/// and retaliated").
const NO_OBJECT_VERBS: &[&str] = &[
    "advance",
    "agree",
    "arrive",
    "assemble",
    "clash",
    "collapse",
    "come",
    "crash",
    "demonstrate",
    "die",
    "escape",
    "explode",
    "fail",
    "fight",
    "flee",
    "gather",
    "go",
    "march",
    "move",
    "protest",
    "rally",
    "react",
    "refuse",
    "resign",
    "respond",
    "retaliate",
    "retreat",
    "return",
    "sink",
    "step",
    "surrender",
    "survive",
    "travel",
    "vote",
    "withdraw",
];

/// Dependents that give a verb a clause of its own: with one of them, the
/// verb is no bare conjunct waiting for a shared object.
fn has_own_arguments(tree: &Tree<'_>, v: usize) -> bool {
    tree.children[v].iter().any(|&c| {
        matches!(
            tree.base_rel(c),
            "obj" | "iobj" | "ccomp" | "xcomp" | "csubj" | "expl"
        ) || tree.rel(c) == "nsubj:pass"
            || tree.rel(c) == "aux:pass"
            // "condemned on Monday and sanctioned Iran" is still shared, but
            // "marched to the embassy and attacked guards" is not.
            || (tree.base_rel(c) == "obl" && c > v && !is_time_phrase(tree, c))
    })
}

/// A time phrase ("on Monday", "last week", "yesterday"): no argument.
fn is_time_phrase(tree: &Tree<'_>, n: usize) -> bool {
    const TIME_WORDS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "month",
        "year",
        "day",
        "weekend",
        "morning",
        "evening",
        "night",
        "yesterday",
        "today",
    ];
    tree.rel(n) == "obl:tmod" || TIME_WORDS.contains(&tree.lemma_lower(n).as_str())
}

/// Words that may stand between two verbs sharing a right-hand object:
/// the conjunction, commas, adverbs ("repeatedly"), auxiliaries and
/// negation ("criticised but did not sanction").
fn joins_only(tree: &Tree<'_>, from: usize, to: usize) -> bool {
    (from + 1..to).all(|w| {
        matches!(tree.base_rel(w), "cc" | "punct" | "advmod" | "aux")
            && tree.words[w].form != ";"
            && tree.words[w].form != ":"
    })
}

/// The verbs coordinated with `v` in sentence order (`v` included): the
/// coordination's first verb and its verbal conjuncts.
fn coordinated_verbs(tree: &Tree<'_>, v: usize) -> Vec<usize> {
    let first = match tree.heads[v] {
        Some(h) if tree.base_rel(v) == "conj" && tree.is_verb(h) => h,
        _ => v,
    };
    let mut out: Vec<usize> = std::iter::once(first)
        .chain(
            tree.children[first]
                .iter()
                .copied()
                .filter(|&c| tree.base_rel(c) == "conj" && tree.is_verb(c)),
        )
        .collect();
    out.sort_unstable();
    out
}

/// Right-node raising: the object that the bare verb `v` shares with a
/// later conjunct ("condemned and sanctioned Iran" → *Iran* for
/// *condemned*), if any. The object may also be a phrase with *against*
/// ("condemned and protested against the decision").
pub(crate) fn raised_object(tree: &Tree<'_>, v: usize) -> Option<usize> {
    if !tree.is_verb(v)
        || has_own_arguments(tree, v)
        || NO_OBJECT_VERBS.contains(&tree.lemma_lower(v).as_str())
    {
        return None;
    }
    let verbs = coordinated_verbs(tree, v);
    let at = verbs.iter().position(|&x| x == v)?;
    let mut prev = v;
    for &next in &verbs[at + 1..] {
        if !joins_only(tree, prev, next) {
            return None;
        }
        // A later conjunct with a subject of its own is another clause
        // ("condemned and Iran retaliated").
        if tree
            .child_with(next, |r| r.starts_with("nsubj"))
            .is_some_and(|s| s > v)
        {
            return None;
        }
        let object = tree.children[next].iter().copied().find(|&c| {
            c > next
                && (tree.rel(c) == "obj"
                    || tree.base_rel(c) == "obl" && tree.case_of(c) == Some("AGAINST"))
        });
        if let Some(o) = object {
            return Some(o);
        }
        if has_own_arguments(tree, next) {
            return None;
        }
        prev = next;
    }
    None
}

/// A contact continued: the verb whose object `v`'s act is addressed to
/// ("France summoned the Italian ambassador and demanded an explanation" →
/// *summoned* for *demanded*; "met Erdogan, discussing Syria"; "visited
/// Kyiv to pledge support"). `v` must be a conjunct, a participle or a
/// to-infinitive of that verb sharing its subject, and come after its
/// object. Whether the two acts fit is the caller's ([`continues_contact`]).
pub(crate) fn contact_verb(tree: &Tree<'_>, v: usize) -> Option<usize> {
    let head = tree.heads[v].filter(|&h| tree.is_verb(h))?;
    let infinitive = || {
        tree.child_with(v, |r| r == "mark")
            .is_some_and(|m| tree.lemma_lower(m) == "to")
    };
    let linked = match tree.base_rel(v) {
        "conj" => true,
        "advcl" => {
            tree.words[v].xpos == "VBG" && tree.child_with(v, |r| r == "mark").is_none()
                || infinitive()
        }
        _ => false,
    };
    if !linked || tree.child_with(v, |r| r.starts_with("nsubj")).is_some() {
        return None;
    }
    let object = tree.child_with(head, |r| r == "obj")?;
    (object < v).then_some(head)
}

/// Codes (two-digit roots) of the first act and of the act that continues
/// it: a meeting, visit, call or hosting (04), or an ambassador summoned to
/// hear a protest (114), leading on to an appeal, an intent, a
/// consultation, cooperation, aid or a demand.
pub(crate) fn continues_contact(first: &str, second: &str) -> bool {
    (first.starts_with("04") || first.starts_with("114"))
        && matches!(
            second.get(..2),
            Some("02" | "03" | "04" | "05" | "06" | "10")
        )
}

/// The noun object a pronoun object *him*, *her* or *them* at `n` stands
/// for: the object of the verb whose participle or conjunct holds the
/// pronoun ("expelled two diplomats, accusing them", "arrested the leader
/// and charged him").
pub(crate) fn object_of_linked_clause(tree: &Tree<'_>, n: usize) -> Option<usize> {
    let form = tree.words[n].form.to_lowercase();
    let plural = match form.as_str() {
        "them" => true,
        "him" | "her" => false,
        _ => return None,
    };
    if tree.rel(n) != "obj" {
        return None;
    }
    let verb = tree.heads[n]?;
    if !matches!(tree.base_rel(verb), "conj" | "advcl") {
        return None;
    }
    let head = tree.heads[verb].filter(|&h| tree.is_verb(h))?;
    // The pronoun's own clause must share the head's subject: "arrested the
    // leader and his party thanked him" is someone else's act.
    if tree.child_with(verb, |r| r.starts_with("nsubj")).is_some() {
        return None;
    }
    let object = tree.child_with(head, |r| r == "obj").filter(|&o| o < n)?;
    if !matches!(tree.words[object].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let object_plural = matches!(tree.words[object].xpos.as_str(), "NNS" | "NNPS")
        || tree.children[object]
            .iter()
            .any(|&c| tree.base_rel(c) == "conj");
    (object_plural == plural).then_some(object)
}

impl<'d> Coder<'d> {
    /// News: the targets verb `v` (coded `code`, with `sources`) shares with
    /// a neighbouring clause when its own clause names none, and the note
    /// for the event's rule (module documentation).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn shared_targets(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        phrases: &[(usize, usize)],
        v: usize,
        code: &str,
        sources: &[Actor],
        antecedents: &[Antecedent],
    ) -> Option<(Vec<Actor>, &'static str)> {
        if !self.options.news || sources.is_empty() {
            return None;
        }
        let not_source = |t: &Actor| !sources.iter().any(|s| s.code == t.code);
        if let Some(o) = raised_object(tree, v) {
            let targets: Vec<Actor> = self
                .actors_in_context(tree, hits, o, antecedents)
                .into_iter()
                .filter(not_source)
                .collect();
            if !targets.is_empty() {
                return Some((targets, "; target the object shared with the next conjunct"));
            }
        }
        let head = contact_verb(tree, v)?;
        let first = self
            .predicate(tree, hits, phrases, head)
            .or_else(|| self.hosting_predicate(tree, hits, head))?;
        if !first
            .code
            .event
            .as_deref()
            .is_some_and(|c| continues_contact(c, code))
        {
            return None;
        }
        let object = tree.child_with(head, |r| r == "obj")?;
        let targets: Vec<Actor> = self
            .actors_in_context(tree, hits, object, antecedents)
            .into_iter()
            .filter(not_source)
            .collect();
        (!targets.is_empty())
            .then_some((targets, "; target whom the previous clause met or called"))
    }
}

/// Nouns of a decision or an undertaking: their owner performs the
/// infinitive that completes them ("Iran's decision to seize the tanker",
/// "a bid by Turkey to join the EU", "Japan announced a plan to expel two
/// diplomats"). Nouns of asking are not among them: "a call by Washington
/// to release the Canadians" is addressed to someone else; nor is *threat*,
/// whose act is only threatened (`src/refusal.rs` types threats).
const UNDERTAKING_NOUNS: &[&str] = &[
    "attempt",
    "bid",
    "campaign",
    "commitment",
    "decision",
    "determination",
    "effort",
    "failure",
    "initiative",
    "intention",
    "move",
    "offer",
    "order",
    "plan",
    "pledge",
    "promise",
    "proposal",
    "push",
    "readiness",
    "refusal",
    "resolve",
    "vow",
    "willingness",
];

/// Verbs whose subject makes or states the undertaking named by their
/// object ("announced a plan", "took the decision", "issued an order").
const MAKING_VERBS: &[&str] = &[
    "adopt", "announce", "approve", "begin", "confirm", "give", "issue", "launch", "make",
    "outline", "present", "reach", "renew", "reveal", "sign", "start", "take", "unveil",
];

/// The owner of the undertaking noun `noun` whose to-infinitive a verb
/// completes: its possessor ("Iran's decision"), its *by* or *of* phrase
/// ("an attempt by Venezuelan troops", "the decision of the government"),
/// a national adjective or name before it ("a Russian bid", "the EU
/// plan"), else the subject (or passive agent) of a verb that makes or
/// announces it ("Japan announced a plan to …").
pub(crate) fn undertaking_owner(tree: &Tree<'_>, noun: usize) -> Option<usize> {
    if !UNDERTAKING_NOUNS.contains(&tree.lemma_lower(noun).as_str())
        || !matches!(tree.words[noun].upos.as_str(), "NOUN" | "PROPN")
    {
        return None;
    }
    let own = tree.children[noun].iter().copied().find(|&c| {
        tree.rel(c) == "nmod:poss"
            || tree.base_rel(c) == "nmod" && matches!(tree.case_of(c), Some("BY" | "OF"))
            || c < noun
                && matches!(tree.base_rel(c), "amod" | "compound")
                && matches!(tree.words[c].upos.as_str(), "PROPN" | "ADJ")
                && tree.words[c].form.starts_with(|ch: char| ch.is_uppercase())
    });
    if own.is_some() {
        return own;
    }
    let verb = tree.heads[noun]?;
    if !MAKING_VERBS.contains(&tree.lemma_lower(verb).as_str()) {
        return None;
    }
    match tree.rel(noun) {
        "obj" => tree.child_with(verb, |r| r == "nsubj"),
        "nsubj:pass" => tree.child_with(verb, |r| r == "obl:agent"),
        _ => None,
    }
}

/// An active participle that modifies a noun without a comma ("protesters
/// calling for the resignation of Maduro", "rebels fighting Kurdish
/// forces"): the noun is its subject. A passive participle's noun is its
/// patient instead (`reduced_passive_agent` in `lib.rs`).
///
/// A protest participle without its target ("students protesting in
/// Belgium") is left alone: it describes the crowd, and the country of a
/// crowd named only by a place is not known here.
pub(crate) fn participle_agent(tree: &Tree<'_>, v: usize) -> Option<usize> {
    let noun = tree.heads[v]?;
    let protest = matches!(
        tree.lemma_lower(v).as_str(),
        "protest" | "demonstrate" | "rally" | "march" | "strike" | "riot"
    );
    let aimed = tree.children[v].iter().any(|&c| {
        tree.rel(c) == "obj" || tree.base_rel(c) == "obl" && tree.case_of(c) == Some("AGAINST")
    });
    if protest && !aimed {
        return None;
    }
    // With a subordinator ("a bomber while returning from patrol") the
    // participle is the clause's, misattached.
    (tree.base_rel(v) == "acl"
        && tree.words[v].xpos == "VBG"
        && tree.child_with(v, |r| r == "mark").is_none()
        && matches!(tree.words[noun].upos.as_str(), "NOUN" | "PROPN")
        && noun < v
        && !(noun + 1..v).any(|w| tree.words[w].form == ","))
    .then_some(noun)
}

/// Verbs of reacting to, receiving or quoting a message: their subject is
/// not its author ("Russia vetoed a resolution condemning Syria", "Iran
/// received a letter accusing it …").
const REACTING_VERBS: &[&str] = &[
    "back",
    "block",
    "challenge",
    "cite",
    "condemn",
    "criticise",
    "criticize",
    "defeat",
    "denounce",
    "dismiss",
    "endorse",
    "hail",
    "ignore",
    "obtain",
    "oppose",
    "praise",
    "protest",
    "quote",
    "rebuff",
    "receive",
    "reject",
    "slam",
    "support",
    "veto",
    "welcome",
];

/// The author of the message noun `m` (a statement, letter, resolution)
/// that a participle modifies, when the sentence says who wrote, adopted or
/// issued it: the agent of a passive participle of the same noun ("a
/// resolution condemning Russia, adopted by the General Assembly"). `Err`
/// when the message is the object of a reaction to it: whoever reacts is
/// not its author, and the participle has no known subject.
pub(crate) fn message_author(tree: &Tree<'_>, m: usize) -> Result<Option<usize>, ()> {
    let agent = tree.children[m]
        .iter()
        .copied()
        .filter(|&c| tree.rel(c) == "acl" && tree.words[c].xpos == "VBN")
        .find_map(|c| tree.child_with(c, |r| r == "obl:agent"));
    if agent.is_some() {
        return Ok(agent);
    }
    let reacted = tree.rel(m) == "obj"
        && tree.heads[m].is_some_and(|h| REACTING_VERBS.contains(&tree.lemma_lower(h).as_str()));
    if reacted {
        Err(())
    } else {
        Ok(None)
    }
}

/// Is `v` a passive verb: a past participle with a passive auxiliary or
/// passive subject of its own, or a bare past participle conjoined to such
/// a verb ("were beaten by police and detained")?
fn passive_clause(tree: &Tree<'_>, v: usize) -> bool {
    tree.children[v]
        .iter()
        .any(|&c| matches!(tree.rel(c), "aux:pass" | "nsubj:pass"))
}

/// A bare past participle conjoined to a passive verb ("two journalists
/// were beaten by police and *detained*", "the pilot was captured by
/// Pakistan and *released*"): the passive continues, its subject is the
/// first verb's. `None` when `v` has a subject, object or auxiliary of its
/// own (an active clause: "was attacked and has retaliated").
///
/// The tagger often reads the participle as a past tense ("was captured by
/// Pakistan and released"): a transitive verb left without an object after
/// a passive is read as passive too (not verbs of motion, which take no
/// object). The parser may hang the participle on the agent noun ("were
/// attacked by soldiers and arrested"): it is the agent's verb's conjunct.
pub(crate) fn passive_conjunct_subject(tree: &Tree<'_>, v: usize) -> Option<usize> {
    if tree.base_rel(v) != "conj"
        || !matches!(tree.words[v].xpos.as_str(), "VBN" | "VBD")
        || NO_OBJECT_VERBS.contains(&tree.lemma_lower(v).as_str())
    {
        return None;
    }
    let own = tree.children[v].iter().any(|&c| {
        matches!(
            tree.base_rel(c),
            "nsubj" | "obj" | "csubj" | "expl" | "ccomp" | "xcomp"
        ) || tree.rel(c) == "aux"
    });
    if own {
        return None;
    }
    let mut head = tree.heads[v]?;
    if tree.rel(head) == "obl:agent" {
        head = tree.heads[head]?;
    }
    if !tree.is_verb(head) || !passive_clause(tree, head) {
        return None;
    }
    tree.child_with(head, |r| r == "nsubj:pass")
}

/// The *by* phrase a passive verb without one shares with the passive it is
/// coordinated with: the first verb's agent for a later conjunct ("were
/// beaten by police and detained"), a later bare conjunct's agent for the
/// first verb ("Turkey was criticised and sanctioned by the United
/// States").
pub(crate) fn shared_agent(tree: &Tree<'_>, v: usize) -> Option<usize> {
    let agent_of = |x: usize| {
        tree.children[x].iter().copied().find(|&c| {
            tree.rel(c) == "obl:agent" || tree.base_rel(c) == "obl" && tree.case_of(c) == Some("BY")
        })
    };
    if passive_conjunct_subject(tree, v).is_some() {
        let mut head = tree.heads[v]?;
        if tree.rel(head) == "obl:agent" {
            return Some(head);
        }
        if !tree.is_verb(head) {
            head = tree.heads[head]?;
        }
        return agent_of(head).filter(|&a| a < v);
    }
    if !passive_clause(tree, v) || tree.words[v].xpos != "VBN" {
        return None;
    }
    let verbs = coordinated_verbs(tree, v);
    let at = verbs.iter().position(|&x| x == v)?;
    let mut prev = v;
    for &next in &verbs[at + 1..] {
        if !joins_only(tree, prev, next) || passive_conjunct_subject(tree, next).is_none() {
            return None;
        }
        if let Some(a) = agent_of(next) {
            return Some(a);
        }
        prev = next;
    }
    None
}
