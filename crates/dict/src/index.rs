//! Token-sequence phrase index: longest match at a token position.

use std::collections::HashMap;

/// Phrases (token sequences) mapped to `u32` targets, bucketed by first token
/// and sorted longest first within a bucket, so the first candidate that
/// matches at a position is the longest one. A phrase inserted twice keeps
/// the later target, as PETRARCH2's dictionary tries do.
#[derive(Debug, Default, Clone)]
pub(crate) struct PhraseIndex {
    by_first: HashMap<Box<str>, Vec<Candidate>>,
    phrases: usize,
    replaced: usize,
}

#[derive(Debug, Clone)]
struct Candidate {
    /// The tokens after the first, joined by blanks (tokens hold no blanks);
    /// one allocation per phrase keeps building fast.
    rest: Box<str>,
    /// Number of tokens in `rest`.
    rest_len: u32,
    target: u32,
    order: u32,
}

impl PhraseIndex {
    /// Add a phrase, and its hyphen-split spelling when it has one. Empty
    /// phrases are ignored.
    ///
    /// The Phoenix dictionaries were written for PTB tokens, which keep
    /// hyphenated words whole (`AL-QAEDA`, `AMIR-ABDOLLAHIAN`); dyad's
    /// tokenizer follows UD and splits them (`Al` `-` `Qaeda`) except after
    /// prefixes such as `anti-`. Indexing both spellings matches either.
    pub(crate) fn insert(&mut self, tokens: &[String], target: u32) {
        let mut spellings: Vec<Vec<String>> = vec![tokens.to_vec()];
        if let Some(split) = hyphen_split(tokens) {
            spellings.push(split);
        }
        // Without diacritics too ("LÓPEZ" → "LOPEZ"), so that the text's
        // spelling matches whichever one the dictionary used.
        for k in 0..spellings.len() {
            if spellings[k].iter().any(|t| fold(t).is_some()) {
                let folded = spellings[k]
                    .iter()
                    .map(|t| fold(t).unwrap_or_else(|| t.clone()))
                    .collect();
                spellings.push(folded);
            }
        }
        // The phrase as written last: of equal phrases, the later one wins.
        for spelling in spellings.iter().rev() {
            self.insert_one(spelling, target);
        }
    }

    fn insert_one(&mut self, tokens: &[String], target: u32) {
        let Some((first, rest)) = tokens.split_first() else {
            return;
        };
        let order = self.phrases as u32;
        self.phrases += 1;
        let candidate = Candidate {
            rest: rest.join(" ").into_boxed_str(),
            rest_len: rest.len() as u32,
            target,
            order,
        };
        match self.by_first.get_mut(first.as_str()) {
            Some(bucket) => bucket.push(candidate),
            None => {
                self.by_first.insert(first.as_str().into(), vec![candidate]);
            }
        }
    }

    /// Sort buckets longest first and drop phrases redefined later.
    pub(crate) fn finish(&mut self) {
        let mut replaced = 0;
        for bucket in self.by_first.values_mut() {
            bucket.sort_by(|a, b| {
                b.rest_len
                    .cmp(&a.rest_len)
                    .then_with(|| a.rest.cmp(&b.rest))
                    .then_with(|| b.order.cmp(&a.order))
            });
            let before = bucket.len();
            bucket.dedup_by(|later, earlier| later.rest == earlier.rest);
            replaced += before - bucket.len();
            bucket.shrink_to_fit();
        }
        self.replaced = replaced;
    }

    /// Number of distinct phrases.
    pub(crate) fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// Phrases dropped because the same phrase was defined again later.
    pub(crate) fn replaced(&self) -> usize {
        self.replaced
    }

    /// Longest phrase starting at `tokens[start]`: `(length in tokens, target)`.
    /// Text tokens with diacritics also match their folded spelling.
    pub(crate) fn longest_match<S: AsRef<str>>(
        &self,
        tokens: &[S],
        start: usize,
    ) -> Option<(usize, u32)> {
        let first = tokens.get(start)?.as_ref();
        let folded = fold(first);
        let following = &tokens[start + 1..];
        let same = |want: &str, have: &str| {
            want == have || (!have.is_ascii() && fold(have).as_deref() == Some(want))
        };
        let in_bucket = |key: &str| {
            self.by_first.get(key)?.iter().find_map(|cand| {
                let n = cand.rest_len as usize;
                (n <= following.len()
                    && (n == 0
                        || cand
                            .rest
                            .split(' ')
                            .zip(following)
                            .all(|(want, have)| same(want, have.as_ref()))))
                .then_some((n + 1, cand.target))
            })
        };
        let exact = in_bucket(first);
        match folded.as_deref().and_then(in_bucket) {
            Some(f) if exact.is_none_or(|e| f.0 > e.0) => Some(f),
            _ => exact,
        }
    }
}

/// `word` without the diacritics of Latin letters (`LÓPEZ` → `LOPEZ`,
/// `ERDOĞAN` → `ERDOGAN`, `PIÑERA` → `PINERA`), for upper-case tokens;
/// `None` when nothing changes.
fn fold(word: &str) -> Option<String> {
    if word.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    let mut changed = false;
    for c in word.chars() {
        let plain = match c {
            'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => "A",
            'Æ' => "AE",
            'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
            'Ď' | 'Đ' | 'Ð' => "D",
            'È'..='Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
            'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
            'Ĥ' | 'Ħ' => "H",
            'Ì'..='Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
            'Ĵ' => "J",
            'Ķ' => "K",
            'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
            'Ñ' | 'Ń' | 'Ņ' | 'Ň' => "N",
            'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => "O",
            'Œ' => "OE",
            'Ŕ' | 'Ŗ' | 'Ř' => "R",
            'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "S",
            'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "T",
            'Ù'..='Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "U",
            'Ŵ' => "W",
            'Ý' | 'Ÿ' | 'Ŷ' => "Y",
            'Ź' | 'Ż' | 'Ž' => "Z",
            'Þ' => "TH",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(plain);
        changed = true;
    }
    changed.then_some(out)
}

/// `tokens` with every word hyphenated between letters (`AL-QAEDA`) split
/// into its parts and the hyphens (`AL` `-` `QAEDA`), as the tokenizer splits
/// it; `None` when no token is such a word. Numbers (`1-2`) and tokens with
/// an empty part (`-`, `ANTI-`) stay whole.
fn hyphen_split(tokens: &[String]) -> Option<Vec<String>> {
    let splits = |t: &str| {
        t.contains('-')
            && t.split('-')
                .all(|p| !p.is_empty() && p.chars().any(char::is_alphabetic))
    };
    if !tokens.iter().any(|t| splits(t)) {
        return None;
    }
    let mut out = Vec::with_capacity(tokens.len() + 2);
    for t in tokens {
        if splits(t) {
            for (k, part) in t.split('-').enumerate() {
                if k > 0 {
                    out.push("-".to_string());
                }
                out.push(part.to_string());
            }
        } else {
            out.push(t.clone());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn longest_match_wins_and_later_definition_replaces() {
        let mut index = PhraseIndex::default();
        index.insert(&toks("U.N."), 1);
        index.insert(&toks("U.N. SECURITY COUNCIL"), 2);
        index.insert(&toks("U.N. SECURITY"), 3);
        index.insert(&toks("U.N."), 4);
        index.finish();
        assert_eq!(index.len(), 3);
        assert_eq!(index.replaced(), 1);
        let text = toks("THE U.N. SECURITY COUNCIL SAID");
        assert_eq!(index.longest_match(&text, 1), Some((3, 2)));
        assert_eq!(index.longest_match(&text[..3], 1), Some((2, 3)));
        assert_eq!(index.longest_match(&text[..2], 1), Some((1, 4)));
        assert_eq!(index.longest_match(&text, 0), None);
        assert_eq!(index.longest_match(&text, 9), None);
    }

    #[test]
    fn hyphenated_phrases_match_whole_or_split() {
        let mut index = PhraseIndex::default();
        index.insert(&toks("AL-QAEDA"), 1);
        index.insert(&toks("HOSSEIN AMIR-ABDOLLAHIAN"), 2);
        index.insert(&toks("ANTI- 1-2"), 3);
        index.finish();
        assert_eq!(
            index.len(),
            5,
            "three phrases, two split spellings: none for ANTI- or 1-2"
        );
        assert_eq!(
            index.longest_match(&toks("AL - QAEDA SAID"), 0),
            Some((3, 1))
        );
        assert_eq!(index.longest_match(&toks("AL-QAEDA SAID"), 0), Some((1, 1)));
        let text = toks("HOSSEIN AMIR - ABDOLLAHIAN SAID");
        assert_eq!(index.longest_match(&text, 0), Some((4, 2)));
        assert_eq!(index.longest_match(&toks("AL - SHABAAB"), 0), None);
    }

    #[test]
    fn diacritics_match_either_spelling() {
        let mut index = PhraseIndex::default();
        index.insert(&toks("ANDRES MANUEL LOPEZ OBRADOR"), 1);
        index.insert(&toks("ERDOĞAN"), 2);
        index.insert(&toks("LOPEZ OBRADOR"), 3);
        index.finish();
        let text = toks("ANDRÉS MANUEL LÓPEZ OBRADOR SAID");
        assert_eq!(index.longest_match(&text, 0), Some((4, 1)));
        assert_eq!(index.longest_match(&text, 2), Some((2, 3)));
        assert_eq!(index.longest_match(&toks("ERDOGAN"), 0), Some((1, 2)));
        assert_eq!(index.longest_match(&toks("ERDOĞAN"), 0), Some((1, 2)));
        assert_eq!(index.longest_match(&toks("LÓPEZ"), 0), None);
        assert_eq!(fold("SÃO"), Some("SAO".to_string()));
        assert_eq!(fold("PARIS"), None);
    }
}
