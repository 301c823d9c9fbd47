//! Lemmatizer: a lemma table learned from the training treebank, and for unseen
//! words suffix-rewrite rules (strip n characters, append a string) learned per
//! XPOS tag from the same data; the longest matching suffix wins.

use std::collections::HashMap;

use crate::hash::{hash_str, mix, IdMap};
use crate::io::{ByteReader, ByteWriter};
use crate::tagger::lowercase_into;
use crate::Error;

const MAX_SUFFIX: usize = 5;

pub struct Lemmatizer {
    lemmas: Vec<String>,
    /// mix(hash(form), hash(xpos)) → lemma index, for exact forms.
    exact: IdMap<u32>,
    /// Same with the lowercased form.
    lower: IdMap<u32>,
    rules: Vec<(u8, String)>,
    /// mix(mix(hash(suffix), k), hash(xpos)) → rule index.
    rule_index: IdMap<u32>,
}

fn rule_key(suffix: &str, k: usize, xpos: &str) -> u64 {
    mix(mix(hash_str(suffix), k as u64), hash_str(xpos))
}

/// The (strip, append) rule turning `form` into `lemma`.
fn rule_for(form: &str, lemma: &str) -> (usize, String) {
    let common = form
        .chars()
        .zip(lemma.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let strip = form.chars().count() - common;
    let append: String = lemma.chars().skip(common).collect();
    (strip, append)
}

fn apply_rule(form: &str, strip: usize, append: &str) -> Option<String> {
    let n = form.chars().count();
    if strip > n || (strip == n && append.is_empty()) {
        return None;
    }
    let keep: String = form.chars().take(n - strip).collect();
    Some(keep + append)
}

fn suffix_start(s: &str, k: usize) -> Option<usize> {
    if k == 0 {
        return Some(s.len());
    }
    s.char_indices().rev().nth(k - 1).map(|(i, _)| i)
}

impl Lemmatizer {
    /// Learns the table and rules from (form, xpos, lemma) triples.
    pub(crate) fn learn<'a>(
        words: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Lemmatizer {
        let mut exact_counts: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
        let mut lower_counts: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
        let mut buf = String::new();
        for (form, xpos, lemma) in words {
            if lemma == "_" || lemma.is_empty() {
                continue;
            }
            *exact_counts
                .entry((form.to_string(), xpos.to_string()))
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
            lowercase_into(form, &mut buf);
            *lower_counts
                .entry((buf.clone(), xpos.to_string()))
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
        }
        let best = |m: &HashMap<String, u32>| -> String {
            let mut v: Vec<(&String, &u32)> = m.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            v[0].0.clone()
        };
        let mut lemmas: Vec<String> = Vec::new();
        let mut lemma_ids: HashMap<String, u32> = HashMap::new();
        let mut intern = |l: String| -> u32 {
            let n = lemma_ids.len() as u32;
            *lemma_ids.entry(l.clone()).or_insert_with(|| {
                lemmas.push(l);
                n
            })
        };
        let mut exact_sorted: Vec<_> = exact_counts.iter().collect();
        exact_sorted.sort_by(|a, b| a.0.cmp(b.0));
        let mut exact = IdMap::default();
        for ((form, xpos), m) in exact_sorted {
            exact.insert(mix(hash_str(form), hash_str(xpos)), intern(best(m)));
        }
        let mut lower_sorted: Vec<_> = lower_counts.iter().collect();
        lower_sorted.sort_by(|a, b| a.0.cmp(b.0));
        let mut lower = IdMap::default();
        // Rule counts by (suffix key) over word types (unseen words behave like rare types).
        let mut rule_counts: HashMap<u64, HashMap<(usize, String), u32>> = HashMap::new();
        for ((form, xpos), m) in lower_sorted {
            let lemma = best(m);
            let mut lemma_lower = String::new();
            lowercase_into(&lemma, &mut lemma_lower);
            let rule = rule_for(form, &lemma_lower);
            for k in 0..=MAX_SUFFIX.min(form.chars().count()) {
                if let Some(start) = suffix_start(form, k) {
                    *rule_counts
                        .entry(rule_key(&form[start..], k, xpos))
                        .or_default()
                        .entry(rule.clone())
                        .or_default() += 1;
                }
            }
            lower.insert(mix(hash_str(form), hash_str(xpos)), intern(lemma));
        }
        let mut rules = Vec::new();
        let mut rule_ids: HashMap<(usize, String), u32> = HashMap::new();
        let mut rule_index = IdMap::default();
        let mut keys: Vec<_> = rule_counts.into_iter().collect();
        keys.sort_by_key(|(k, _)| *k);
        for (key, m) in keys {
            let mut v: Vec<_> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let (rule, count) = v.swap_remove(0);
            if count < 2 || rule.0 > 255 {
                continue;
            }
            let n = rules.len() as u32;
            let id = *rule_ids.entry(rule.clone()).or_insert_with(|| {
                rules.push((rule.0 as u8, rule.1));
                n
            });
            rule_index.insert(key, id);
        }
        Lemmatizer {
            lemmas,
            exact,
            lower,
            rules,
            rule_index,
        }
    }

    /// The lemma of `form` tagged `xpos` (`upos` decides whether case is kept).
    pub fn lemma(&self, form: &str, xpos: &str, upos: &str, buf: &mut String) -> String {
        let xh = hash_str(xpos);
        if let Some(&i) = self.exact.get(&mix(hash_str(form), xh)) {
            return self.lemmas[i as usize].clone();
        }
        lowercase_into(form, buf);
        if let Some(&i) = self.lower.get(&mix(hash_str(buf), xh)) {
            return self.lemmas[i as usize].clone();
        }
        // A past form seen only as a participle (or the other way round) has
        // the same lemma: "ruled" is VBN-only in EWT, and the suffix rules
        // would strip it to "rul" when it is tagged VBD.
        let sibling = match xpos {
            "VBD" => Some("VBN"),
            "VBN" => Some("VBD"),
            _ => None,
        };
        if let Some(other) = sibling {
            if let Some(&i) = self.lower.get(&mix(hash_str(buf), hash_str(other))) {
                return self.lemmas[i as usize].clone();
            }
        }
        let keep_case = upos == "PROPN";
        let base = if keep_case { form } else { buf.as_str() };
        let n = buf.chars().count();
        for k in (0..=MAX_SUFFIX.min(n)).rev() {
            let Some(start) = suffix_start(buf, k) else {
                continue;
            };
            // The longest known ending decides, for a past form the
            // participle's ("-uled" of "scheduled" before the "-led" of
            // "failed": "ruled" → rule).
            let rule = self
                .rule_index
                .get(&rule_key(&buf[start..], k, xpos))
                .or_else(|| {
                    sibling.and_then(|o| self.rule_index.get(&rule_key(&buf[start..], k, o)))
                });
            if let Some(&r) = rule {
                let (strip, append) = &self.rules[r as usize];
                if let Some(l) = apply_rule(base, *strip as usize, append) {
                    return l;
                }
            }
        }
        base.to_string()
    }

    pub(crate) fn write(&self, w: &mut ByteWriter) {
        w.u32(self.lemmas.len() as u32);
        for l in &self.lemmas {
            w.str(l);
        }
        for map in [&self.exact, &self.lower] {
            let mut v: Vec<(u64, u32)> = map.iter().map(|(a, b)| (*a, *b)).collect();
            v.sort_unstable();
            w.u32(v.len() as u32);
            for (k, i) in v {
                w.u64(k);
                w.u32(i);
            }
        }
        w.u32(self.rules.len() as u32);
        for (s, a) in &self.rules {
            w.u8(*s);
            w.str(a);
        }
        let mut v: Vec<(u64, u32)> = self.rule_index.iter().map(|(a, b)| (*a, *b)).collect();
        v.sort_unstable();
        w.u32(v.len() as u32);
        for (k, i) in v {
            w.u64(k);
            w.u32(i);
        }
    }

    pub(crate) fn read(r: &mut ByteReader) -> Result<Lemmatizer, Error> {
        let n = r.u32()? as usize;
        let mut lemmas = Vec::with_capacity(n.min(r.remaining()));
        for _ in 0..n {
            lemmas.push(r.str()?);
        }
        let read_map = |r: &mut ByteReader, limit: usize| -> Result<IdMap<u32>, Error> {
            let n = r.u32()? as usize;
            let mut m = IdMap::default();
            for _ in 0..n {
                let k = r.u64()?;
                let i = r.u32()?;
                if i as usize >= limit {
                    return Err(r.error("lemma index out of range"));
                }
                m.insert(k, i);
            }
            Ok(m)
        };
        let exact = read_map(r, lemmas.len())?;
        let lower = read_map(r, lemmas.len())?;
        let n = r.u32()? as usize;
        let mut rules = Vec::with_capacity(n.min(r.remaining()));
        for _ in 0..n {
            let s = r.u8()?;
            let a = r.str()?;
            rules.push((s, a));
        }
        let rule_index = read_map(r, rules.len())?;
        Ok(Lemmatizer {
            lemmas,
            exact,
            lower,
            rules,
            rule_index,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_tense_borrows_the_participle_lemma() {
        let words = [
            ("ruled", "VBN", "rule"),
            ("hailed", "VBD", "hail"),
            ("failed", "VBD", "fail"),
            ("sailed", "VBD", "sail"),
            ("scheduled", "VBN", "schedule"),
            ("ridiculed", "VBN", "ridicule"),
        ];
        let lem = Lemmatizer::learn(words.iter().copied());
        let mut buf = String::new();
        // Without the sibling lookup the "-ed" rule learnt from the VBD
        // forms gives "rul".
        assert_eq!(lem.lemma("ruled", "VBD", "VERB", &mut buf), "rule");
        assert_eq!(lem.lemma("mailed", "VBD", "VERB", &mut buf), "mail");
        assert_eq!(lem.lemma("Ruled", "VBD", "VERB", &mut buf), "rule");
        // An unseen form: the participles' longer ending "-uled" beats the
        // past forms' "-led".
        assert_eq!(lem.lemma("overruled", "VBD", "VERB", &mut buf), "overrule");
    }
}
