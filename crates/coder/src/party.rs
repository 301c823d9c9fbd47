//! Political parties as actors (`data/dictionaries/dyad.additions.actors.txt`,
//! convention in `docs/actors-2026.md`): a party name is coded `PTY`
//! (`GOVPTY` in government, `OPPPTY` out of it), but a party name that only
//! labels a person or an office-holder does not replace what the person or
//! the title says.

use dyad_dict::PhraseHit;

/// Does `code` name a party (`USAGOVPTY`, `GBROPPPTY`, `---PTY`)?
pub(crate) fn is_party_code(code: &str) -> bool {
    code.ends_with("PTY")
}

/// The code of a noun phrase whose words include a party name (`used` are
/// the phrase's dictionary hits, `code` their combined code), or `None` when
/// no party label is involved:
/// * "Democrat Chuck Schumer", "Republican President Donald Trump": a person
///   or institution the dictionaries know keeps its own code (`USALEG`,
///   `USAGOV`), the party is only a label;
/// * "Republican lawmakers", "Tory MPs", "the Conservative government",
///   "Democratic governor": the title's role replaces the party's
///   (`USALEG`, `GBRLEG`, `GBRGOV`), so a member of a governing party is
///   not `GOVPTYLEG`. A title that is itself a party role ("party leader",
///   `~PTY`) keeps the party's code.
pub(crate) fn party_member_code(used: &[PhraseHit<'_>]) -> Option<String> {
    let actor_codes: Vec<&str> = used
        .iter()
        .filter_map(|h| match h {
            PhraseHit::Actor(m) => m.code.map(|c| c.code),
            PhraseHit::Agent(_) => None,
        })
        .collect();
    let party = actor_codes.iter().find(|c| is_party_code(c))?;
    let root = party.get(..3)?;
    // A person or institution of the party's country (or any country, for
    // a party coded `---`) named beside the party label.
    if let Some(other) = actor_codes
        .iter()
        .find(|c| !is_party_code(c) && c.len() > 3 && (root == "---" || c.starts_with(root)))
    {
        return Some((*other).to_string());
    }
    let titles: Vec<_> = used
        .iter()
        .filter_map(|h| match h {
            PhraseHit::Agent(m) if !m.code.code.contains("PTY") => Some(m.code),
            _ => None,
        })
        .collect();
    if titles.is_empty() {
        return None;
    }
    Some(
        titles
            .iter()
            .fold(root.to_string(), |code, t| t.apply_to(&code)),
    )
}
