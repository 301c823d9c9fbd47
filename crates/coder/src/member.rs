//! Officials of an organisation named by the place they cover: "the Hong
//! Kong director of Amnesty International", "the China director of Human
//! Rights Watch", "the UN's Syria envoy" is not (a possessor names the
//! organisation already). The place in the title is the official's brief,
//! not the actor they speak for: "Hong Kong director of Amnesty
//! International Man-kei Tam said …" is Amnesty International speaking
//! (`NGOHRIAMN`), not Hong Kong criticising China.

use dyad_dict::PhraseHit;

use crate::{has_known_root, is_country_code, split_compound_code};
use crate::{Actor, Coder, Tree};

/// Titles of an organisation's officials that a place can qualify.
const TITLES: &[&str] = &[
    "director",
    "researcher",
    "representative",
    "envoy",
    "head",
    "chief",
    "coordinator",
    "campaigner",
    "officer",
    "official",
    "rapporteur",
    "investigator",
    "monitor",
    "expert",
];

impl Coder<'_> {
    /// "the Hong Kong director of Amnesty International": a title noun
    /// `n` whose own words name only a country (or place of one) and whose
    /// *of* or *at* phrase names an organisation without a country (an
    /// IGO, NGO or other transnational actor): that organisation.
    pub(crate) fn member_organisation(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
    ) -> Option<Vec<Actor>> {
        if tree.words[n].upos != "NOUN" || !TITLES.contains(&tree.lemma_lower(n).as_str()) {
            return None;
        }
        let of = tree.children[n].iter().copied().find(|&c| {
            tree.base_rel(c) == "nmod"
                && tree.rel(c) != "nmod:poss"
                && matches!(tree.case_of(c), Some("OF" | "AT"))
        })?;
        let place = self.actor_from_words(tree, hits, &self.core_words(tree, n))?;
        if !is_country_code(&place.code) || place.code.len() != 3 {
            return None;
        }
        // Each name in the phrase by itself: "of Amnesty International
        // Man-kei Tam" runs the organisation into the official's name.
        let words = self.core_words(tree, of);
        let mut found: Vec<Actor> = Vec::new();
        for h in hits.iter().filter(|h| !h.is_empty()) {
            let span: Vec<usize> = (h.start()..h.start() + h.len()).collect();
            if !span.iter().all(|w| words.contains(w)) {
                continue;
            }
            let Some(a) = self.actor_from_words(tree, hits, &span) else {
                continue;
            };
            if has_known_root(&a.code)
                && !is_country_code(&a.code)
                && !found.iter().any(|f| f.code == a.code)
            {
                found.push(a);
            }
        }
        match found.len() {
            1 => found.pop().map(split_compound_code),
            _ => None,
        }
    }
}
