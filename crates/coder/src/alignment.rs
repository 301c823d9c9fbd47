//! News: the alignment of states — joining an alliance, a coalition or an
//! organisation, and leaving one.
//!
//! * "Finland joined NATO", "Sweden became a member of NATO", "Montenegro
//!   was admitted to NATO": the joiner cooperates with the organisation
//!   (062 for an alliance, whose members cooperate militarily; 057 for other
//!   organisations, joined by an accession treaty).
//! * "Bahrain joined the Saudi-led coalition", "a coalition led by Saudi
//!   Arabia", "the United States announced a coalition which was joined by
//!   Australia and Bahrain": a coalition is no actor of its own; the joiner
//!   cooperates with its leader (062; upstream `JOIN * COALITION` says 050
//!   and has no target).
//! * "Burundi quit the ICC", "Qatar exited OPEC", "withdrew from the UN
//!   Human Rights Council": leaving an organisation reduces relations with
//!   it (160; upstream codes *withdraw from* 080, a concession).
//! * "Trump withdrew the US from the nuclear treaty with Iran", "pulled out
//!   of the deal with Iran": the treaty's other party is the target (161),
//!   not the country withdrawn, which is the actor's own.
//!
//! The verbs are recognised by lemma first (a cheap check), and a rule
//! only codes when the organisation or the coalition's leader is an actor;
//! otherwise the verb dictionary codes the verb as before.

use std::sync::OnceLock;

use dyad_dict::{PhraseHit, VerbCode};

use crate::pattern::{Binding, Marker};
use crate::{Coder, Predicate, Tree};

/// Nouns of a grouping of states that is not an actor of its own: the
/// joiner cooperates with whoever leads it.
const COALITION_NOUNS: &[&str] = &["alliance", "coalition"];

/// Verbs whose subject creates or leads the coalition that is their object
/// ("the United States announced a naval coalition").
const FOUNDING_VERBS: &[&str] = &[
    "announce",
    "assemble",
    "build",
    "create",
    "establish",
    "forge",
    "form",
    "found",
    "launch",
    "lead",
];

/// Nouns of an agreement between parties, whose *with* phrase names the
/// other party ("the nuclear deal with Iran").
const TREATY_NOUNS: &[&str] = &["accord", "agreement", "deal", "pact", "treaty"];

/// Nouns of military action: joining a party *in* one is fighting on its
/// side.
const MILITARY_ACTS: &[&str] = &[
    "airstrike",
    "attack",
    "bombing",
    "campaign",
    "fight",
    "offensive",
    "operation",
    "patrol",
    "raid",
    "strike",
    "war",
];

/// Organisations whose members are bound to defend each other: joining one
/// is military cooperation (062).
const ALLIANCE_CODES: &[&str] = &["IGOWSTNAT"];

/// Is `v` a membership noun the clause turns into an act: "Sweden became a
/// member of NATO", "Montenegro became NATO's 29th member" (a copula
/// *become*, not *be*: "Brazil is not a member of the G7" states a fact)?
pub(crate) fn is_membership_noun(tree: &Tree<'_>, v: usize) -> bool {
    tree.words[v].form.eq_ignore_ascii_case("member")
        && tree.children[v]
            .iter()
            .any(|&c| tree.base_rel(c) == "cop" && tree.lemma_lower(c) == "become")
}

impl<'d> Coder<'d> {
    /// Joining or leaving an organisation or coalition at `v` (module
    /// documentation), or `None` for the verb dictionary to code `v`.
    pub(crate) fn alignment_predicate(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
    ) -> Option<Predicate<'d>> {
        if !self.options.news {
            return None;
        }
        match tree.words[v].lemma.as_str() {
            "join" | "rejoin" => self.joining(tree, hits, v),
            "admit" => self.admission(tree, hits, v),
            "member" if is_membership_noun(tree, v) => self.membership(tree, hits, v, v),
            // "became a member of NATO" read with *member* as the object.
            "become" => {
                let member = tree
                    .child_with(v, |r| matches!(r, "obj" | "xcomp"))
                    .filter(|&m| tree.words[m].form.eq_ignore_ascii_case("member"))?;
                self.membership(tree, hits, v, member)
            }
            "quit" | "exit" | "leave" | "withdraw" | "pull" => self.leaving(tree, hits, v),
            "order" => self
                .ordered_out(tree, hits, v)
                .or_else(|| self.named_withdrawal(tree, hits, v)),
            "announce" | "begin" | "start" | "complete" | "confirm" => {
                self.named_withdrawal(tree, hits, v)
            }
            "form" | "forge" | "create" | "establish" | "build" => self.forming(tree, hits, v),
            _ => None,
        }
    }

    /// The organisation codes at node `n`, when every actor there is one.
    fn organisation_at(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
    ) -> Option<Vec<String>> {
        // "the UN headquarters", "a NATO summit": the noun is a place or a
        // meeting of the organisation, not the organisation.
        // A capitalised name of which the organisation is a part is one of
        // its bodies ("the UN Human Rights Council").
        let in_hit = |m: usize| {
            hits.iter().any(|h| {
                matches!(h, PhraseHit::Actor(_)) && h.start() <= m && m < h.start() + h.len()
            })
        };
        let covered = in_hit(n)
            || tree.words[n].xpos.starts_with("NNP")
                && tree.children[n]
                    .iter()
                    .any(|&c| tree.base_rel(c) == "compound" && in_hit(c));
        if !covered {
            return None;
        }
        let codes: Vec<String> = self
            .actors_with_conj(tree, hits, n)
            .into_iter()
            .map(|a| a.code)
            .collect();
        (!codes.is_empty() && codes.iter().all(|c| c.starts_with("IGO"))).then_some(codes)
    }

    /// "joined NATO", "joined the Saudi-led coalition", "a coalition which
    /// was joined by Australia".
    fn joining(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>], v: usize) -> Option<Predicate<'d>> {
        if let Some(object) = tree.child_with(v, |r| r == "obj") {
            if let Some(codes) = self.organisation_at(tree, hits, object) {
                return Some(alignment(
                    membership_code(&codes),
                    "JOIN an organisation",
                    object,
                    tree,
                    None,
                ));
            }
            if COALITION_NOUNS.contains(&tree.lemma_lower(object).as_str()) {
                let leader = self.coalition_leader(tree, hits, object, true)?;
                return Some(alignment(
                    "062",
                    "JOIN a coalition: its leader",
                    leader,
                    tree,
                    None,
                ));
            }
            // "Five Arab states joined the United States in air strikes
            // against Islamic State": fighting on its side.
            let in_fighting = tree.children[v].iter().any(|&c| {
                tree.base_rel(c) == "obl"
                    && tree.case_of(c) == Some("IN")
                    && MILITARY_ACTS.contains(&tree.lemma_lower(c).as_str())
            });
            if in_fighting && !self.actors_with_conj(tree, hits, object).is_empty() {
                return Some(alignment(
                    "062",
                    "JOIN a party IN fighting",
                    object,
                    tree,
                    None,
                ));
            }
        }
        // "a naval coalition to patrol the Gulf which was joined by …": the
        // parser may hang the relative clause on a noun inside the
        // coalition's own phrase.
        let relative = tree
            .child_with(v, |r| r == "nsubj:pass")
            .is_some_and(|s| matches!(tree.words[s].xpos.as_str(), "WDT" | "WP"))
            && tree.rel(v) == "acl:relcl";
        if !relative {
            return None;
        }
        // The joiners are the passive's agents (bound, since the leader
        // stands before the verb, where a pattern's target would make the
        // subject the source).
        let joiners = tree.children[v].iter().copied().find(|&a| {
            tree.rel(a) == "obl:agent" || tree.base_rel(a) == "obl" && tree.case_of(a) == Some("BY")
        })?;
        let mut noun = tree.heads[v]?;
        for _ in 0..3 {
            if COALITION_NOUNS.contains(&tree.lemma_lower(noun).as_str()) {
                let leader = self.coalition_leader(tree, hits, noun, true)?;
                return Some(alignment(
                    "062",
                    "a coalition JOINED BY: its leader",
                    leader,
                    tree,
                    Some(joiners),
                ));
            }
            if !matches!(tree.base_rel(noun), "obj" | "nmod" | "acl" | "obl") {
                return None;
            }
            noun = tree.heads[noun]?;
        }
        None
    }

    /// Who leads the coalition named at `n`: "the Saudi-led coalition",
    /// "the coalition led by Saudi Arabia", "Saudi Arabia's coalition", "the
    /// United States announced a coalition".
    fn coalition_leader(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
        founder: bool,
    ) -> Option<usize> {
        let has_actor = |m: usize| !self.actors_with_conj(tree, hits, m).is_empty();
        // "Saudi-led", "US-led": the word before the hyphen.
        for &c in &tree.children[n] {
            if c < n && tree.words[c].form.eq_ignore_ascii_case("led") {
                let mut before = c.checked_sub(1)?;
                if tree.words[before].form == "-" {
                    before = before.checked_sub(1)?;
                }
                if has_actor(before) {
                    return Some(before);
                }
            }
            if tree.words[c].form.to_ascii_lowercase().ends_with("-led") {
                return has_actor(c).then_some(c);
            }
        }
        // "the coalition led by Saudi Arabia".
        for &c in &tree.children[n] {
            if tree.base_rel(c) == "acl" && tree.lemma_lower(c) == "lead" {
                if let Some(agent) = tree.children[c].iter().copied().find(|&a| {
                    tree.rel(a) == "obl:agent"
                        || tree.base_rel(a) == "obl" && tree.case_of(a) == Some("BY")
                }) {
                    return has_actor(agent).then_some(agent);
                }
            }
        }
        if let Some(owner) = tree.child_with(n, |r| r == "nmod:poss") {
            return has_actor(owner).then_some(owner);
        }
        // "the United States announced a naval coalition".
        if !founder {
            return None;
        }
        let head = tree.heads[n]?;
        if tree.base_rel(n) == "obj" && FOUNDING_VERBS.contains(&tree.lemma_lower(head).as_str()) {
            let subject = tree.child_with(head, |r| r == "nsubj")?;
            return has_actor(subject).then_some(subject);
        }
        None
    }

    /// News: "the Saudi-led coalition bombed …", "a coalition led by the
    /// United States ousted …": a coalition named by its leader acts as
    /// the leader (no dictionary names a coalition; analysts code its
    /// leader).
    pub(crate) fn coalition_actors(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
    ) -> Option<Vec<crate::Actor>> {
        // (A word check first: this runs for every noun phrase.)
        if !COALITION_NOUNS
            .iter()
            .any(|w| tree.words[n].form.eq_ignore_ascii_case(w))
        {
            return None;
        }
        let leader = self.coalition_leader(tree, hits, n, false)?;
        let found = self.actors_with_conj(tree, hits, leader);
        (!found.is_empty()).then_some(found)
    }

    /// "Turkey formed an alliance with Azerbaijan" (cooperation with the
    /// partner), "Turkey and Azerbaijan formed a military alliance" (each
    /// with the other; upstream `CONSTRUCT * ALLIANCE` says 050 and takes
    /// "military" for a target).
    fn forming(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>], v: usize) -> Option<Predicate<'d>> {
        let object = tree.child_with(v, |r| r == "obj")?;
        if !COALITION_NOUNS.contains(&tree.lemma_lower(object).as_str()) {
            return None;
        }
        let with = |n: usize| {
            tree.children[n].iter().copied().find(|&c| {
                matches!(tree.base_rel(c), "obl" | "nmod") && tree.case_of(c) == Some("WITH")
            })
        };
        if let Some(partner) = with(object).or_else(|| with(v)) {
            if self.actors_with_conj(tree, hits, partner).is_empty() {
                return None;
            }
            return Some(alignment(
                "062",
                "FORM an alliance WITH a partner",
                partner,
                tree,
                None,
            ));
        }
        // A compound subject allies its members with each other: bound as
        // both roles, the members are left with no other target and the
        // mutual act pairs them.
        let subject = tree.child_with(v, |r| r == "nsubj")?;
        if self.actors_with_conj(tree, hits, subject).len() < 2 {
            return None;
        }
        Some(alignment(
            "062",
            "FORM an alliance together",
            subject,
            tree,
            Some(subject),
        ))
    }

    /// "The White House announced the withdrawal of American troops from
    /// northern Syria" (087, target the country left), "announced its
    /// withdrawal from the ICC" (160), "… from the nuclear deal with Iran"
    /// (161, the partner): a withdrawal named by a noun.
    fn named_withdrawal(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
    ) -> Option<Predicate<'d>> {
        let noun = tree.child_with(v, |r| r == "obj").filter(|&o| {
            matches!(
                tree.lemma_lower(o).as_str(),
                "withdrawal" | "pullout" | "pull-out"
            )
        })?;
        let from = |n: usize| {
            tree.children[n].iter().copied().find(|&c| {
                matches!(tree.base_rel(c), "obl" | "nmod") && tree.case_of(c) == Some("FROM")
            })
        };
        // "the withdrawal of the main part of Russian forces from Syria":
        // the *from* phrase may hang on a noun of the *of* phrase.
        let of_nouns = |n: usize| {
            tree.children[n]
                .iter()
                .copied()
                .filter(|&c| tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("OF"))
                .collect::<Vec<_>>()
        };
        let left = from(noun).or_else(|| from(v)).or_else(|| {
            of_nouns(noun)
                .into_iter()
                .find_map(|m| from(m).or_else(|| of_nouns(m).into_iter().find_map(from)))
        })?;
        if TREATY_NOUNS.contains(&tree.lemma_lower(left).as_str()) {
            let partner = tree.children[left]
                .iter()
                .copied()
                .find(|&c| tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("WITH"))?;
            self.actors_with_conj(tree, hits, partner).first()?;
            return Some(alignment(
                "161",
                "a WITHDRAWAL FROM a treaty WITH a party",
                partner,
                tree,
                None,
            ));
        }
        if self.organisation_at(tree, hits, left).is_some() {
            return Some(alignment(
                "160",
                "a WITHDRAWAL FROM an organisation",
                left,
                tree,
                None,
            ));
        }
        self.actors_with_conj(tree, hits, left).first()?;
        Some(alignment(
            "087",
            "a WITHDRAWAL FROM a country",
            left,
            tree,
            None,
        ))
    }

    /// "Montenegro was admitted to NATO", "… into the EU".
    fn admission(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
    ) -> Option<Predicate<'d>> {
        let member = tree.child_with(v, |r| r == "nsubj:pass")?;
        let org = tree.children[v].iter().copied().find(|&c| {
            tree.base_rel(c) == "obl" && matches!(tree.case_of(c), Some("TO" | "INTO"))
        })?;
        let codes = self.organisation_at(tree, hits, org)?;
        Some(alignment(
            membership_code(&codes),
            "ADMITTED TO an organisation",
            org,
            tree,
            Some(member),
        ))
    }

    /// "Sweden became a member of NATO", "became NATO's 29th member".
    fn membership(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        noun: usize,
    ) -> Option<Predicate<'d>> {
        let member = tree.child_with(v, |r| r == "nsubj")?;
        let org = tree.children[noun].iter().copied().find(|&c| {
            tree.rel(c) == "nmod:poss"
                || tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("OF")
        })?;
        let codes = self.organisation_at(tree, hits, org)?;
        Some(alignment(
            membership_code(&codes),
            "BECAME A MEMBER OF an organisation",
            org,
            tree,
            Some(member),
        ))
    }

    /// "quit the ICC", "exited OPEC", "withdrew from the Human Rights
    /// Council", "withdrew the US from the treaty with Iran", "pulled out of
    /// the deal with Iran".
    fn leaving(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>], v: usize) -> Option<Predicate<'d>> {
        let lemma = tree.lemma_lower(v);
        let from = |case: &[&str]| {
            tree.children[v].iter().copied().find(|&c| {
                tree.base_rel(c) == "obl" && tree.case_of(c).is_some_and(|p| case.contains(&p))
            })
        };
        let left = match lemma.as_str() {
            "quit" | "exit" | "leave" => tree
                .child_with(v, |r| r == "obj")
                .or_else(|| from(&["FROM"])),
            // "withdrew the United States from the deal", with the *from*
            // phrase hung on the country withdrawn.
            "withdraw" => from(&["FROM"]).or_else(|| {
                tree.children[v]
                    .iter()
                    .filter(|&&c| matches!(tree.base_rel(c), "obj" | "obl"))
                    .flat_map(|&c| tree.children[c].iter().copied())
                    .find(|&n| tree.base_rel(n) == "nmod" && tree.case_of(n) == Some("FROM"))
            }),
            _ => {
                // *pull out of*: the particle makes it a leaving.
                // (The parser reads "out of" as a particle and a preposition
                // or as one two-word preposition.)
                match tree.child_with(v, |r| r == "compound:prt") {
                    Some(p) if tree.words[p].form.eq_ignore_ascii_case("out") => {
                        from(&["OF", "FROM"])
                    }
                    _ => from(&["OUT"]),
                }
            }
        }?;
        // The treaty's other party: "the treaty with Iran".
        if TREATY_NOUNS.contains(&tree.lemma_lower(left).as_str()) {
            let partner = tree.children[left]
                .iter()
                .copied()
                .find(|&c| tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("WITH"))?;
            if self.actors_with_conj(tree, hits, partner).is_empty() {
                return None;
            }
            return Some(alignment(
                "161",
                "WITHDRAW FROM a treaty WITH a party",
                partner,
                tree,
                None,
            ));
        }
        // Withdrawing something else from an organisation ("withdrew its
        // ambassador from the UN") is the dictionary's to code.
        if lemma == "withdraw" && tree.child_with(v, |r| r == "obj").is_some() {
            return None;
        }
        self.organisation_at(tree, hits, left)?;
        Some(alignment("160", "LEAVE an organisation", left, tree, None))
    }
}

/// Verbs by which a government makes its forces' withdrawal its own act.
const ANNOUNCING_VERBS: &[&str] = &["announce", "confirm", "declare", "decide", "order", "say"];

/// Verbs of a withdrawal whose subject is the forces withdrawn.
const WITHDRAWING_VERBS: &[&str] = &["leave", "pull", "withdraw", "exit", "return"];

/// Nouns naming a country's forces.
const FORCES_NOUNS: &[&str] = &[
    "army", "force", "forces", "military", "soldier", "troop", "troops",
];

/// Is the actor code a military one (`USAMIL`, `RUSMIL`)?
fn is_military(code: &str) -> bool {
    code.get(3..6) == Some("MIL")
}

impl<'d> Coder<'d> {
    /// "President Biden ordered all American troops out of Afghanistan":
    /// the government withdraws its own forces (087, target the country
    /// left); "Mali ordered French troops out of the country": foreign
    /// forces are expelled (166, target the forces).
    fn ordered_out(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
    ) -> Option<Predicate<'d>> {
        let troops = tree.child_with(v, |r| r == "obj")?;
        let place = tree.children[v]
            .iter()
            .copied()
            .find(|&c| tree.base_rel(c) == "obl" && tree.case_of(c) == Some("OUT"))?;
        let forces = self.actors_with_conj(tree, hits, troops);
        if forces.is_empty() || !forces.iter().all(|a| is_military(&a.code)) {
            return None;
        }
        let subject = tree.child_with(v, |r| r == "nsubj")?;
        let orderers = self.actors_with_conj(tree, hits, subject);
        let own = |a: &crate::Actor| {
            !a.has_country || orderers.iter().any(|o| o.code.get(..3) == a.code.get(..3))
        };
        if forces.iter().all(own) {
            self.actors_with_conj(tree, hits, place).first()?;
            return Some(alignment(
                "087",
                "ORDERED its forces OUT OF a country",
                place,
                tree,
                None,
            ));
        }
        Some(alignment(
            "166",
            "ORDERED foreign forces OUT",
            troops,
            tree,
            None,
        ))
    }

    /// "Trump announced US troops would be leaving Syria", "the Kremlin
    /// announced that Russian forces would withdraw from Kherson": the
    /// withdrawal (08) announced or ordered by a government of the forces'
    /// own country is the government's act (PLOVER: an announced retreat is
    /// a concession). Returns the announcer's actors, to be the source.
    pub(crate) fn withdrawal_announcer(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        code: &str,
        sources: &[crate::Actor],
    ) -> Option<Vec<crate::Actor>> {
        if !self.options.news
            || !code.starts_with("08")
            || sources.is_empty()
            || !WITHDRAWING_VERBS.contains(&tree.lemma_lower(v).as_str())
            || tree.base_rel(v) != "ccomp"
        {
            return None;
        }
        // The forces: a military code, or a bare country named by its
        // forces ("Russian forces").
        let forces_noun = tree
            .child_with(v, |r| r == "nsubj")
            .is_some_and(|s| FORCES_NOUNS.contains(&tree.lemma_lower(s).as_str()));
        if !(forces_noun || sources.iter().all(|s| is_military(&s.code))) {
            return None;
        }
        let head = tree.heads[v]?;
        if !ANNOUNCING_VERBS.contains(&tree.lemma_lower(head).as_str()) {
            return None;
        }
        // Only a withdrawal to come is the government's decision: "the
        // ministry said Russian forces withdrew" reports the forces' act.
        let to_come = tree.children[v].iter().any(|&c| {
            tree.base_rel(c) == "aux"
                && matches!(
                    tree.words[c].form.to_ascii_lowercase().as_str(),
                    "will" | "would" | "shall" | "'ll"
                )
        });
        if !to_come {
            return None;
        }
        let subject = tree.child_with(head, |r| r == "nsubj")?;
        let announcers: Vec<crate::Actor> = self
            .actors_with_conj(tree, hits, subject)
            .into_iter()
            .filter(|a| {
                !is_military(&a.code)
                    && a.has_country
                    && sources.iter().all(|s| s.code.get(..3) == a.code.get(..3))
            })
            .collect();
        (!announcers.is_empty()).then_some(announcers)
    }
}

/// 062 for an alliance, 057 for other organisations.
fn membership_code(codes: &[String]) -> &'static str {
    if codes.iter().any(|c| ALLIANCE_CODES.contains(&c.as_str())) {
        "062"
    } else {
        "057"
    }
}

/// The predicate: `code` with the target at `target`'s phrase and, when
/// given, the source at `source`'s.
fn alignment<'d>(
    code: &'static str,
    what: &str,
    target: usize,
    tree: &Tree<'_>,
    source: Option<usize>,
) -> Predicate<'d> {
    static CODES: OnceLock<[VerbCode; 6]> = OnceLock::new();
    let codes =
        CODES.get_or_init(|| ["062", "057", "160", "161", "087", "166"].map(VerbCode::parse));
    let verb_code = codes
        .iter()
        .find(|c| c.event.as_deref() == Some(code))
        .unwrap_or(&codes[0]);
    let span = |n: usize| {
        let words = tree.subtree(n, &|c| {
            matches!(tree.base_rel(c), "acl" | "punct" | "conj" | "cc" | "appos")
                || tree.rel(c) == "acl:relcl"
        });
        let first = words.iter().copied().min().unwrap_or(n);
        let last = words.iter().copied().max().unwrap_or(n);
        (first, last)
    };
    let mut bindings = Vec::new();
    let (first, last) = span(target);
    bindings.push(Binding {
        marker: Marker::Target,
        first,
        last,
    });
    if let Some(s) = source {
        let (first, last) = span(s);
        bindings.push(Binding {
            marker: Marker::Source,
            first,
            last,
        });
    }
    Predicate {
        code: verb_code,
        rule: format!("news: {what} (alignment.rs) [{code}]"),
        pattern_matched: true,
        preps: Vec::new(),
        bindings,
        event_noun: None,
        attributed: false,
        reported: false,
    }
}
