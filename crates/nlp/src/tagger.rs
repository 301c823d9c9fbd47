//! Part-of-speech tagger: greedy left-to-right averaged perceptron over joint
//! (UPOS, XPOS) tags, so that UPOS and PTB XPOS always agree with each other.

use crate::hash::{f1, f2, f3, hash_str, mix, IdMap};
use crate::io::{ByteReader, ByteWriter};
use crate::perceptron::{Trainer, Weights};
use crate::Error;

/// Per-token hashed attributes, computed once per sentence.
#[derive(Clone, Copy, Default)]
pub(crate) struct TokenKeys {
    pub form: u64,
    pub lower: u64,
    pub prefix: [u64; 3],
    pub suffix: [u64; 4],
    pub shape: u64,
    pub ambiguity: u64,
}

const PAD_BEFORE: u64 = 0x5ee1_0000_0000_0001;
const PAD_AFTER: u64 = 0x5ee1_0000_0000_0002;
const UNKNOWN_AMBIGUITY: u64 = 0x5ee1_0000_0000_0003;
const START_TAG: u64 = 0x5ee1_0000_0000_0004;
const END_TAG: u64 = 0x5ee1_0000_0000_0005;

fn pad(v: u64) -> TokenKeys {
    TokenKeys {
        form: v,
        lower: v,
        prefix: [v; 3],
        suffix: [v; 4],
        shape: v,
        ambiguity: v,
    }
}

/// Word shape with runs collapsed: "McDonald's" → "XxXx'x", "1,000" → "d,d".
fn shape_key(form: &str) -> u64 {
    let mut buf = [0u8; 8];
    let mut n = 0;
    let mut last = 0u8;
    for c in form.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'o'
        };
        if k != last {
            if n == buf.len() {
                break;
            }
            buf[n] = k;
            n += 1;
            last = k;
        }
    }
    xxhash_rust::xxh3::xxh3_64(&buf[..n])
}

/// Lowercases `form` into `buf` (reused to avoid allocation).
pub(crate) fn lowercase_into(form: &str, buf: &mut String) {
    buf.clear();
    if form.is_ascii() {
        buf.push_str(form);
        buf.make_ascii_lowercase();
    } else {
        for c in form.chars() {
            buf.extend(c.to_lowercase());
        }
    }
}

/// British → American spelling endings (EWT is American English; news is often British).
const BRITISH_ENDINGS: [(&str, &str); 12] = [
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("ysing", "yzing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ysed", "yzed"),
    ("yses", "yzes"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("ours", "ors"),
    ("our", "or"),
];

/// For a word without an ambiguity class whose American spelling has one,
/// rewrites `buf` (the lowercased word) to the American spelling.
fn americanize(buf: &mut String, ambiguity: &IdMap<u64>) {
    if ambiguity.contains_key(&hash_str(buf)) {
        return;
    }
    for (gb, us) in BRITISH_ENDINGS {
        if let Some(stem) = buf.strip_suffix(gb) {
            let candidate = format!("{stem}{us}");
            if ambiguity.contains_key(&hash_str(&candidate)) {
                *buf = candidate;
            }
            return;
        }
    }
}

pub(crate) fn token_keys(form: &str, ambiguity: &IdMap<u64>, buf: &mut String) -> TokenKeys {
    lowercase_into(form, buf);
    americanize(buf, ambiguity);
    let lower = buf.as_str();
    let lower_h = hash_str(lower);
    let mut bounds = [0usize; 5];
    let mut nb = 0;
    // Byte offsets where the last 1..=4 characters start.
    for (i, _) in lower.char_indices().rev().take(4) {
        bounds[nb] = i;
        nb += 1;
    }
    let mut suffix = [0u64; 4];
    for (k, s) in suffix.iter_mut().enumerate() {
        let start = if k < nb { bounds[k] } else { 0 };
        *s = mix(hash_str(&lower[start..]), 0x5u64 + k as u64);
    }
    let mut prefix = [0u64; 3];
    let mut ends = lower.char_indices().map(|(i, c)| i + c.len_utf8());
    for (k, p) in prefix.iter_mut().enumerate() {
        let end = ends.next().unwrap_or(lower.len());
        *p = mix(hash_str(&lower[..end]), 0x10u64 + k as u64);
    }
    TokenKeys {
        form: hash_str(form),
        lower: lower_h,
        prefix,
        suffix,
        shape: shape_key(form),
        ambiguity: ambiguity
            .get(&lower_h)
            .copied()
            .unwrap_or(UNKNOWN_AMBIGUITY),
    }
}

/// Feature keys of token `i` given the two previous tags.
pub(crate) fn features(keys: &[TokenKeys], i: usize, t1: u64, t2: u64, out: &mut Vec<u64>) {
    let get = |j: isize| -> TokenKeys {
        if j < 0 {
            pad(PAD_BEFORE)
        } else if j as usize >= keys.len() {
            pad(PAD_AFTER)
        } else {
            keys[j as usize]
        }
    };
    let i = i as isize;
    let w = get(i);
    let (p1, p2, n1, n2) = (get(i - 1), get(i - 2), get(i + 1), get(i + 2));
    out.clear();
    out.push(f1(1, 0));
    out.push(f1(2, w.lower));
    out.push(f1(3, w.form));
    for (k, s) in w.suffix.iter().enumerate() {
        out.push(f1(4 + k as u64, *s));
    }
    for (k, s) in w.prefix.iter().enumerate() {
        out.push(f1(8 + k as u64, *s));
    }
    out.push(f1(11, w.shape));
    out.push(f1(12, t1));
    out.push(f2(13, t2, t1));
    out.push(f2(14, t1, w.lower));
    out.push(f1(15, p1.lower));
    out.push(f1(16, p2.lower));
    out.push(f1(17, n1.lower));
    out.push(f1(18, n2.lower));
    out.push(f1(19, p1.suffix[2]));
    out.push(f1(20, n1.suffix[2]));
    out.push(f2(21, p1.lower, w.lower));
    out.push(f2(22, w.lower, n1.lower));
    out.push(f1(23, w.ambiguity));
    out.push(f1(24, n1.ambiguity));
    out.push(f1(25, n2.ambiguity));
    out.push(f2(26, t1, n1.ambiguity));
    out.push(f2(27, w.ambiguity, n1.ambiguity));
    out.push(f2(28, w.shape, (i == 0) as u64));
    out.push(f2(29, t1, w.suffix[2]));
    out.push(f1(30, n1.shape));
    out.push(f1(31, n1.suffix[0]));
    out.push(f3(32, t1, w.ambiguity, n1.ambiguity));
    out.push(f2(33, p1.ambiguity, w.ambiguity));
}

/// Second-pass features: the first-pass features plus the first pass's tags
/// of the next two words (right context the greedy first pass cannot see).
pub(crate) fn features2(
    keys: &[TokenKeys],
    i: usize,
    t1: u64,
    t2: u64,
    right: &[u64],
    out: &mut Vec<u64>,
) {
    features(keys, i, t1, t2, out);
    let r = |j: usize| right.get(j).copied().unwrap_or(END_TAG);
    let (r1, r2) = (r(i + 1), r(i + 2));
    let w = keys[i];
    let n1 = keys.get(i + 1).map_or(PAD_AFTER, |k| k.lower);
    out.push(f1(50, r1));
    out.push(f2(51, r1, r2));
    out.push(f2(52, r1, w.lower));
    out.push(f2(53, t1, r1));
    out.push(f3(54, t1, r1, w.ambiguity));
    out.push(f2(55, r1, n1));
    out.push(f3(56, r1, r2, w.ambiguity));
    out.push(f2(57, w.suffix[2], r1));
}

/// The trained tagger.
pub struct Tagger {
    /// Tag classes as (UPOS, XPOS).
    pub tags: Vec<(String, String)>,
    pub(crate) tag_keys: Vec<u64>,
    pub(crate) ambiguity: IdMap<u64>,
    pub(crate) weights: Weights,
    /// Optional second pass that also sees the first pass's right-context tags.
    pub(crate) second: Option<Weights>,
    /// Tag dictionary: case-sensitive forms that are frequent and (nearly)
    /// unambiguous in training get their tag without scoring (format 3).
    pub(crate) fixed: IdMap<u8>,
}

/// Which forms go into the tag dictionary: seen at least `min_count` times,
/// with one tag in at least `min_share` of them. `min_count` 0 disables it.
#[derive(Clone, Copy, Debug)]
pub struct TagDictRule {
    pub min_count: u32,
    pub min_share: f64,
}

/// Scratch buffers for tagging, reused across tokens.
#[derive(Default)]
pub(crate) struct TagScratch {
    pub feats: Vec<u64>,
    pub scores: Vec<i32>,
    pub first: Vec<u8>,
    pub right: Vec<u64>,
    /// First-pass score margin (best minus runner-up) per token.
    pub margin: Vec<i32>,
}

/// A first-pass tag whose score beats the runner-up by at least this much
/// (in quantized weight units; the largest single weight is 32767) is kept
/// without running the second pass on that token: on EWT dev this left the
/// UPOS and XPOS scores unchanged and saved a few per cent of the tagging time.
const SURE_MARGIN: i32 = 30_000;

impl Tagger {
    pub(crate) fn keys(&self, forms: &[&str], buf: &mut String) -> Vec<TokenKeys> {
        forms
            .iter()
            .map(|f| token_keys(f, &self.ambiguity, buf))
            .collect()
    }

    /// Tags a sentence; returns one tag class per token.
    pub(crate) fn tag(&self, keys: &[TokenKeys], scratch: &mut TagScratch, out: &mut Vec<u8>) {
        self.tag_forced(keys, &[], scratch, out)
    }

    /// [`Tagger::tag`] with some tags given: `forced[i]`, when present and
    /// `Some`, is word `i`'s tag class, and the words after it are tagged
    /// knowing it (the previous-tag features).
    pub(crate) fn tag_forced(
        &self,
        keys: &[TokenKeys],
        forced: &[Option<u8>],
        scratch: &mut TagScratch,
        out: &mut Vec<u8>,
    ) {
        let Some(second) = &self.second else {
            return self.tag_first(keys, forced, scratch, out);
        };
        let mut first = std::mem::take(&mut scratch.first);
        self.tag_first(keys, forced, scratch, &mut first);
        scratch.right.clear();
        scratch
            .right
            .extend(first.iter().map(|&c| self.tag_keys[c as usize]));
        out.clear();
        let (mut t1, mut t2) = (START_TAG, START_TAG);
        for i in 0..keys.len() {
            let best = match self.fixed.get(&keys[i].form) {
                _ if forced.get(i).is_some_and(Option::is_some) => first[i] as usize,
                Some(&c) => c as usize,
                None if scratch.margin.get(i).is_some_and(|&m| m >= SURE_MARGIN) => {
                    first[i] as usize
                }
                None => {
                    features2(keys, i, t1, t2, &scratch.right, &mut scratch.feats);
                    second.score(&scratch.feats, &mut scratch.scores);
                    argmax(&scratch.scores)
                }
            };
            out.push(best as u8);
            t2 = t1;
            t1 = self.tag_keys[best];
        }
        scratch.first = first;
    }

    /// The first (left-to-right, greedy) pass.
    pub(crate) fn tag_first(
        &self,
        keys: &[TokenKeys],
        forced: &[Option<u8>],
        scratch: &mut TagScratch,
        out: &mut Vec<u8>,
    ) {
        out.clear();
        scratch.margin.clear();
        scratch.scores.resize(self.weights.n_classes(), 0);
        let (mut t1, mut t2) = (START_TAG, START_TAG);
        for i in 0..keys.len() {
            let forced_here = forced.get(i).copied().flatten();
            let best = match forced_here.or_else(|| self.fixed.get(&keys[i].form).copied()) {
                Some(c) => {
                    if self.second.is_some() {
                        scratch.margin.push(i32::MAX);
                    }
                    c as usize
                }
                None => {
                    features(keys, i, t1, t2, &mut scratch.feats);
                    self.weights.score(&scratch.feats, &mut scratch.scores);
                    let best = argmax(&scratch.scores);
                    if self.second.is_some() {
                        let top = scratch.scores[best];
                        let runner_up = scratch
                            .scores
                            .iter()
                            .enumerate()
                            .filter(|&(c, _)| c != best)
                            .map(|(_, &v)| v)
                            .max()
                            .unwrap_or(i32::MIN);
                        scratch.margin.push(top.saturating_sub(runner_up));
                    }
                    best
                }
            };
            out.push(best as u8);
            t2 = t1;
            t1 = self.tag_keys[best];
        }
    }

    /// Number of stored features and of non-zero weights.
    pub fn weight_count(&self) -> (usize, usize) {
        self.weights.size()
    }

    pub(crate) fn write(&self, w: &mut ByteWriter, format: u8) {
        w.u32(self.tags.len() as u32);
        for (u, x) in &self.tags {
            w.str(u);
            w.str(x);
        }
        let mut amb: Vec<(u64, u64)> = self.ambiguity.iter().map(|(a, b)| (*a, *b)).collect();
        amb.sort_unstable();
        w.u32(amb.len() as u32);
        for (a, b) in amb {
            w.u64(a);
            w.u64(b);
        }
        self.weights.write(w);
        // Format 1 (see MAGIC) has no second pass and no flag.
        match &self.second {
            Some(second) => {
                w.u8(1);
                second.write(w);
            }
            None if format >= 2 => w.u8(0),
            None => {}
        }
        if format >= 3 {
            let mut fixed: Vec<(u64, u8)> = self.fixed.iter().map(|(a, b)| (*a, *b)).collect();
            fixed.sort_unstable();
            w.u32(fixed.len() as u32);
            for (form, tag) in fixed {
                w.u64(form);
                w.u8(tag);
            }
        }
    }

    /// Reads a tagger; `format` 1 has no second-pass section, 2 has a flag byte.
    pub(crate) fn read(r: &mut ByteReader, format: u8) -> Result<Tagger, Error> {
        let n = r.u32()? as usize;
        let mut tags = Vec::with_capacity(n.min(r.remaining()));
        for _ in 0..n {
            let u = r.str()?;
            let x = r.str()?;
            tags.push((u, x));
        }
        let n = r.u32()? as usize;
        let mut ambiguity = IdMap::default();
        for _ in 0..n {
            let a = r.u64()?;
            let b = r.u64()?;
            ambiguity.insert(a, b);
        }
        let weights = Weights::read(r)?;
        let second = match if format >= 2 { r.u8()? } else { 0 } {
            0 => None,
            1 => Some(Weights::read(r)?),
            _ => return Err(r.error("bad second-pass flag")),
        };
        let mut fixed = IdMap::default();
        if format >= 3 {
            let n = r.u32()? as usize;
            for _ in 0..n {
                let form = r.u64()?;
                let tag = r.u8()?;
                if tag as usize >= tags.len() {
                    return Err(r.error("tag dictionary entry out of range"));
                }
                fixed.insert(form, tag);
            }
        }
        let classes_ok = |w: &Weights| w.n_classes() == tags.len();
        let second_ok = match &second {
            None => true,
            Some(w) => classes_ok(w),
        };
        if !classes_ok(&weights) || !second_ok || tags.is_empty() {
            return Err(r.error("tagger class count does not match its tag list"));
        }
        Ok(Tagger {
            tag_keys: tag_keys(&tags),
            tags,
            ambiguity,
            weights,
            second,
            fixed,
        })
    }
}

pub(crate) fn tag_keys(tags: &[(String, String)]) -> Vec<u64> {
    tags.iter()
        .map(|(u, x)| mix(hash_str(u), hash_str(x)))
        .collect()
}

pub(crate) fn argmax(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// A training sentence for the tagger: forms and gold tag classes.
pub(crate) struct TagExample {
    pub forms: Vec<String>,
    pub gold: Vec<u8>,
}

/// Builds the ambiguity classes (the set of tags seen with a frequent word).
pub(crate) fn build_ambiguity(examples: &[TagExample], n_tags: usize) -> IdMap<u64> {
    let mut counts: IdMap<Vec<u32>> = IdMap::default();
    let mut buf = String::new();
    for ex in examples {
        for (f, &t) in ex.forms.iter().zip(&ex.gold) {
            lowercase_into(f, &mut buf);
            let c = counts
                .entry(hash_str(&buf))
                .or_insert_with(|| vec![0; n_tags]);
            c[t as usize] += 1;
        }
    }
    let mut out = IdMap::default();
    for (w, c) in counts {
        let total: u32 = c.iter().sum();
        if total < 3 {
            continue;
        }
        let mut key = 0xa11b_u64;
        for (t, &n) in c.iter().enumerate() {
            if n * 20 >= total {
                key = mix(key, t as u64 + 1);
            }
        }
        out.insert(w, key);
    }
    out
}

/// Builds the tag dictionary (case-sensitive form hash → tag) under `rule`.
pub(crate) fn build_fixed(examples: &[TagExample], n_tags: usize, rule: TagDictRule) -> IdMap<u8> {
    let mut out = IdMap::default();
    if rule.min_count == 0 {
        return out;
    }
    let mut counts: IdMap<Vec<u32>> = IdMap::default();
    for ex in examples {
        for (f, &t) in ex.forms.iter().zip(&ex.gold) {
            counts.entry(hash_str(f)).or_insert_with(|| vec![0; n_tags])[t as usize] += 1;
        }
    }
    for (form, c) in counts {
        let total: u32 = c.iter().sum();
        let (best, &top) = c
            .iter()
            .enumerate()
            .max_by_key(|&(t, &n)| (n, std::cmp::Reverse(t)))
            .unwrap_or((0, &0));
        if total >= rule.min_count && top as f64 >= rule.min_share * total as f64 {
            out.insert(form, best as u8);
        }
    }
    out
}

/// Trains a tagger; `progress` is called after each sentence.
pub(crate) fn train(
    examples: &[TagExample],
    tags: &[(String, String)],
    epochs: usize,
    seed: u64,
    dict: TagDictRule,
    progress: &mut dyn FnMut(),
) -> Tagger {
    let ambiguity = build_ambiguity(examples, tags.len());
    let fixed = build_fixed(examples, tags.len(), dict);
    let keys_of_tags = tag_keys(tags);
    let mut trainer = Trainer::new(tags.len());
    let mut rng = crate::train::Rng::new(seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut buf = String::new();
    let all_keys: Vec<Vec<TokenKeys>> = examples
        .iter()
        .map(|ex| {
            ex.forms
                .iter()
                .map(|f| token_keys(f, &ambiguity, &mut buf))
                .collect()
        })
        .collect();
    let mut feats = Vec::new();
    let mut scores = vec![0i32; tags.len()];
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let keys = &all_keys[s];
            let gold = &examples[s].gold;
            let (mut t1, mut t2) = (START_TAG, START_TAG);
            for (i, &g) in gold.iter().enumerate().take(keys.len()) {
                // Dictionary words are never scored, so they are not trained on.
                let guess = match fixed.get(&keys[i].form) {
                    Some(&c) => c as usize,
                    None => {
                        features(keys, i, t1, t2, &mut feats);
                        trainer.score(&feats, &mut scores);
                        let guess = argmax(&scores);
                        trainer.tick();
                        trainer.update(&feats, g as usize, guess);
                        guess
                    }
                };
                t2 = t1;
                // Condition on the predicted history, as at tagging time.
                t1 = keys_of_tags[guess];
            }
            progress();
        }
    }
    Tagger {
        tags: tags.to_vec(),
        tag_keys: keys_of_tags,
        ambiguity,
        weights: trainer.freeze(),
        second: None,
        fixed,
    }
}

/// Trains the second pass, given first-pass tags for the training sentences
/// (jackknifed, so they are as wrong as at tagging time).
pub(crate) fn train_second(
    tagger: &Tagger,
    examples: &[TagExample],
    first: &[Vec<u8>],
    epochs: usize,
    seed: u64,
    progress: &mut dyn FnMut(),
) -> Weights {
    let mut trainer = Trainer::new(tagger.tags.len());
    let mut rng = crate::train::Rng::new(seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut buf = String::new();
    let mut feats = Vec::new();
    let mut scores = vec![0i32; tagger.tags.len()];
    let all: Vec<(Vec<TokenKeys>, Vec<u64>)> = examples
        .iter()
        .zip(first)
        .map(|(ex, f)| {
            let keys = ex
                .forms
                .iter()
                .map(|w| token_keys(w, &tagger.ambiguity, &mut buf))
                .collect();
            let right = f.iter().map(|&c| tagger.tag_keys[c as usize]).collect();
            (keys, right)
        })
        .collect();
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let (keys, right) = &all[s];
            let (mut t1, mut t2) = (START_TAG, START_TAG);
            for (i, &g) in examples[s].gold.iter().enumerate().take(keys.len()) {
                let guess = match tagger.fixed.get(&keys[i].form) {
                    Some(&c) => c as usize,
                    None => {
                        features2(keys, i, t1, t2, right, &mut feats);
                        trainer.score(&feats, &mut scores);
                        let guess = argmax(&scores);
                        trainer.tick();
                        trainer.update(&feats, g as usize, guess);
                        guess
                    }
                };
                t2 = t1;
                t1 = tagger.tag_keys[guess];
            }
            progress();
        }
    }
    trainer.freeze()
}
