//! Role nouns whose owner is no country (news mode): "Western governments",
//! "foreign forces", "the international community", "coalition troops",
//! "club officials", "football authorities".
//!
//! An agent named without a country (`---GOV`) takes the country of its
//! sentence or of the article (`countries.rs`), which is right for "officials
//! said" in a story about one country but wrong when a word before the role
//! says whose it is and that owner is no country: a group of countries
//! ("Western", "foreign", "Arab"), which the annotation guidelines leave
//! unannotated ("foreign powers"), or a club, company or league, whose
//! officials are not a government. Such an agent phrase is dropped from the
//! sentence's dictionary hits, so the phrase names no actor at all and
//! makes no event (and no antecedent for a later "they").
//!
//! Also where such an agent acts at home: police, courts and authorities
//! named without a country that coerce or use force at a named place
//! ("federal agents arrested a cartel leader in Texas", "police fired on
//! protesters in Khartoum") are that place's country's, before the
//! article's most frequent country (which in a story about migrants or a
//! foreign suspect is often theirs).

use dyad_conllu::Word;

use crate::Tree;
use dyad_dict::PhraseHit;

use crate::countries::NON_POLITICAL_ROLES;

/// Words before a role that make its owner a group of countries or the
/// world, not one country ("Western diplomats", "foreign fighters", "the
/// international community", "world leaders", "allied troops").
const GROUP_OWNERS: &[&str] = &[
    "WESTERN",
    "FOREIGN",
    "INTERNATIONAL",
    "WORLD",
    "GLOBAL",
    "ALLIED",
    "MULTINATIONAL",
    "OVERSEAS",
    "EUROPEAN",
    "ARAB",
    "AFRICAN",
    "ASIAN",
    "GULF",
];

/// Words before a government role ("officials", "authorities") that make it
/// the staff of a club, company, league or event, not of a state ("club
/// officials", "match officials", "football authorities", "airline
/// officials").
const NON_STATE_OWNERS: &[&str] = &[
    "CLUB",
    "TEAM",
    "LEAGUE",
    "MATCH",
    "GAME",
    "TOURNAMENT",
    "RACE",
    "SPORT",
    "SPORTS",
    "SPORTING",
    "FOOTBALL",
    "SOCCER",
    "CRICKET",
    "RUGBY",
    "TENNIS",
    "OLYMPIC",
    "COMPANY",
    "CORPORATE",
    "FIRM",
    "AIRLINE",
    "BANK",
    "MUSEUM",
    "FESTIVAL",
    "CONTEST",
    "COMPETITION",
    "CHURCH",
    "UNION",
    "CAMPAIGN",
];

/// "Kurdish forces", "Tigrayan troops", "Peshmerga soldiers": a capitalised
/// word the dictionaries do not know, right before a state's armed forces
/// (`MIL`), names an ethnic, regional or armed group, not a country whose
/// military could be meant; the sentence's or the article's country would
/// make it that country's army. (A known nationality is an actor hit and
/// never reaches here.)
fn unnamed_group(word: &Word, index: usize) -> bool {
    word.form.starts_with(char::is_uppercase)
        && (index > 0 || matches!(word.upos.as_str(), "ADJ" | "PROPN"))
}

/// Non-political roles that are a people, not an organisation with staff.
const PEOPLE: &[&str] = &["CVL", "PPL", "REF", "AGR", "ENV"];

/// Drop the agent hits whose owner [`GROUP_OWNERS`] or (for government
/// roles) [`NON_STATE_OWNERS`] names, with the run of agent hits after them
/// ("foreign | military | forces"). The owner word must be the word right
/// before the role and covered by no other hit ("Foreign Minister" is one
/// agent phrase, "the African Union" an actor). "Coalition" is a group of
/// countries only for armed forces ("coalition troops"): "coalition
/// lawmakers" are a government's own.
pub(crate) fn drop_unowned_agents(hits: &mut Vec<PhraseHit<'_>>, words: &[Word], upper: &[String]) {
    let mut drop = vec![false; hits.len()];
    for i in 0..hits.len() {
        let PhraseHit::Agent(m) = &hits[i] else {
            continue;
        };
        let start = hits[i].start();
        let Some(before) = start.checked_sub(1).and_then(|b| upper.get(b)) else {
            continue;
        };
        let code = m.code.code.as_str();
        let previous = i.checked_sub(1).map(|p| &hits[p]);
        let covered = previous.is_some_and(|p| p.start() + p.len() > start - 1);
        // "company officials", "airline officials", "school officials": a
        // government role after a non-political body's own agent phrase is
        // that body's staff, which the body's role already names.
        if let Some(PhraseHit::Agent(p)) = previous.filter(|_| covered) {
            // An organisation's role, not a people's: "village mayors",
            // "women representatives" are officials of the state.
            let body = &p.code.code;
            let non_political = body.len() % 3 == 0
                && body.as_bytes().chunks(3).all(|r| {
                    NON_POLITICAL_ROLES.iter().any(|n| n.as_bytes() == r)
                        && !PEOPLE.iter().any(|n| n.as_bytes() == r)
                });
            if code == "GOV" && non_political {
                drop[i] = true;
            }
            continue;
        }
        if covered {
            continue;
        }
        let owner = GROUP_OWNERS.contains(&before.as_str())
            || before == "COALITION" && code.starts_with("MIL")
            || NON_STATE_OWNERS.contains(&before.as_str()) && code.starts_with("GOV")
            || code == "MIL"
                && words
                    .get(start - 1)
                    .is_some_and(|w| unnamed_group(w, start - 1));
        if !owner {
            continue;
        }
        // The run of agent hits that follow without a gap.
        let mut k = i;
        loop {
            drop[k] = true;
            let end = hits[k].start() + hits[k].len();
            match hits.get(k + 1) {
                Some(next @ PhraseHit::Agent(_)) if next.start() == end => k += 1,
                _ => break,
            }
        }
    }
    let mut keep = drop.iter().map(|d| !d);
    hits.retain(|_| keep.next().unwrap_or(true));
}

/// Roles that act only where they govern: police, courts and prosecutors,
/// and the government's own officials and authorities.
const HOME_ROLES: &[&str] = &["COP", "JUD", "GOV"];

/// Is `code` an agent without a country (`---COP`, `---GOV`) of a role in
/// [`HOME_ROLES`] only, doing an act of coercion or force (CAMEO 17–20)?
/// Such an actor takes the country of the act's place when the sentence
/// names one ("arrested … in Texas"). Not for meetings, statements or
/// armed forces, which act abroad as often as at home ("officials met in
/// Geneva", "troops fought in Syria").
pub(crate) fn acts_where_it_governs(code: &str, event: Option<&str>) -> bool {
    let Some(roles) = code.strip_prefix("---") else {
        return false;
    };
    let coercion = event.is_some_and(|e| matches!(e.get(..2), Some("17" | "18" | "19" | "20")));
    coercion
        && !roles.is_empty()
        && roles.len() % 3 == 0
        && roles
            .as_bytes()
            .chunks(3)
            .all(|r| HOME_ROLES.iter().any(|h| h.as_bytes() == r))
}

/// Is the phrase at `node` part of the clause of the verb `v` itself: does
/// the way up from it reach `v` through noun phrases only, not through a
/// relative or other clause ("arrested a man who fought in Syria")?
pub(crate) fn in_clause_of(tree: &Tree<'_>, node: usize, v: usize) -> bool {
    let mut cur = node;
    for _ in 0..8 {
        if cur == v {
            return true;
        }
        if !matches!(
            tree.base_rel(cur),
            "obl" | "nmod" | "obj" | "iobj" | "nsubj" | "compound" | "flat" | "appos"
        ) {
            return false;
        }
        match tree.heads[cur] {
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// Is the hit an agent of dyad's own agent file
/// (`dyad.additions.agents.txt`: OFFICIAL, FORCES, …)? A country named with
/// such a role ("Togolese officials") is counted once for the article's
/// dominant country, as before those nouns had a code: counting the phrase
/// too shifted short articles to the country whose officials were met.
pub(crate) fn is_added_role(hit: &PhraseHit<'_>) -> bool {
    matches!(hit, PhraseHit::Agent(m)
        if m.entry.file.ends_with(dyad_dict::phoenix_files::AGENT_ADDITIONS))
}
