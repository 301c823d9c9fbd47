//! Transition-based dependency parser: arc-hybrid system with the root at the
//! bottom of the stack, a dynamic oracle for training, an averaged perceptron
//! scoring transitions and labels jointly, and rich Zhang & Nivre (2011)-style
//! features (valency, children, label sets, distance).
//!
//! Transitions: SHIFT moves b0 onto the stack; LEFT(l) makes b0 the head of s0
//! and pops s0; RIGHT(l) makes s1 the head of s0 and pops s0. RIGHT from the
//! root is only allowed when the buffer is empty, so every parse ends with
//! exactly one word attached to the root and every word gets a head.

use crate::hash::{f1, f2, f3, f4, hash_str, mix};
use crate::io::{ByteReader, ByteWriter};
use crate::perceptron::Weights;
use crate::Error;

pub(crate) const NONE: u32 = u32::MAX;
const NONE_KEY: u64 = 0x0e0e_0000_0000_0001;
const ROOT_KEY: u64 = 0x0e0e_0000_0000_0002;
const NO_LABEL: u16 = u16::MAX;

/// A transition: class 0 is SHIFT, 1..=L LEFT(label-1), L+1..=2L RIGHT(label-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Shift,
    Left(u16),
    Right(u16),
}

impl Move {
    pub fn from_class(c: usize, n_labels: usize) -> Move {
        if c == 0 {
            Move::Shift
        } else if c <= n_labels {
            Move::Left((c - 1) as u16)
        } else {
            Move::Right((c - 1 - n_labels) as u16)
        }
    }
    pub fn class(self, n_labels: usize) -> usize {
        match self {
            Move::Shift => 0,
            Move::Left(l) => 1 + l as usize,
            Move::Right(l) => 1 + n_labels + l as usize,
        }
    }
}

/// Parser configuration. Word indices are 1..=n; 0 is the root.
pub struct State {
    pub n: usize,
    pub stack: Vec<u32>,
    /// Index of the first buffer word (n + 1 when the buffer is empty).
    pub b0: usize,
    pub heads: Vec<u32>,
    pub labels: Vec<u16>,
    left1: Vec<u32>,
    left2: Vec<u32>,
    right1: Vec<u32>,
    right2: Vec<u32>,
    n_left: Vec<u8>,
    n_right: Vec<u8>,
    left_set: Vec<u64>,
    right_set: Vec<u64>,
}

impl State {
    pub fn new(n: usize) -> State {
        let mut s = State {
            n: 0,
            stack: Vec::new(),
            b0: 1,
            heads: Vec::new(),
            labels: Vec::new(),
            left1: Vec::new(),
            left2: Vec::new(),
            right1: Vec::new(),
            right2: Vec::new(),
            n_left: Vec::new(),
            n_right: Vec::new(),
            left_set: Vec::new(),
            right_set: Vec::new(),
        };
        s.reset(n);
        s
    }

    pub fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.stack.push(0);
        self.b0 = 1;
        for v in [
            &mut self.heads,
            &mut self.left1,
            &mut self.left2,
            &mut self.right1,
            &mut self.right2,
        ] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        self.labels.clear();
        self.labels.resize(n + 1, NO_LABEL);
        self.n_left.clear();
        self.n_left.resize(n + 1, 0);
        self.n_right.clear();
        self.n_right.resize(n + 1, 0);
        self.left_set.clear();
        self.left_set.resize(n + 1, 0);
        self.right_set.clear();
        self.right_set.resize(n + 1, 0);
    }

    pub fn is_final(&self) -> bool {
        self.b0 > self.n && self.stack.len() == 1
    }

    fn s(&self, k: usize) -> u32 {
        let len = self.stack.len();
        if k < len {
            self.stack[len - 1 - k]
        } else {
            NONE
        }
    }

    fn b(&self, k: usize) -> u32 {
        let i = self.b0 + k;
        if i <= self.n {
            i as u32
        } else {
            NONE
        }
    }

    fn buffer_empty(&self) -> bool {
        self.b0 > self.n
    }

    /// Legality of SHIFT, LEFT and RIGHT; RIGHT from the root must use `root_label`.
    pub fn legal(&self) -> (bool, bool, bool) {
        let shift = !self.buffer_empty();
        let left = !self.buffer_empty() && self.s(0) != 0;
        let right = self.stack.len() >= 2 && (self.s(1) != 0 || self.buffer_empty());
        (shift, left, right)
    }

    pub fn is_legal(&self, m: Move, root_label: u16) -> bool {
        let (sh, l, r) = self.legal();
        match m {
            Move::Shift => sh,
            Move::Left(lab) => l && lab != root_label,
            Move::Right(lab) => r && ((self.s(1) == 0) == (lab == root_label)),
        }
    }

    fn add_arc(&mut self, h: u32, d: u32, label: u16) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = label;
        let bit = 1u64 << (label % 64);
        if d < h {
            if self.left1[hu] == NONE || d < self.left1[hu] {
                self.left2[hu] = self.left1[hu];
                self.left1[hu] = d;
            } else if self.left2[hu] == NONE || d < self.left2[hu] {
                self.left2[hu] = d;
            }
            self.n_left[hu] = self.n_left[hu].saturating_add(1);
            self.left_set[hu] |= bit;
        } else {
            if self.right1[hu] == NONE || d > self.right1[hu] {
                self.right2[hu] = self.right1[hu];
                self.right1[hu] = d;
            } else if self.right2[hu] == NONE || d > self.right2[hu] {
                self.right2[hu] = d;
            }
            self.n_right[hu] = self.n_right[hu].saturating_add(1);
            self.right_set[hu] |= bit;
        }
    }

    /// Applies a move; the caller guarantees it is legal.
    pub fn apply(&mut self, m: Move) {
        match m {
            Move::Shift => {
                self.stack.push(self.b0 as u32);
                self.b0 += 1;
            }
            Move::Left(l) => {
                let s0 = self.stack.pop().unwrap_or(0);
                self.add_arc(self.b0 as u32, s0, l);
            }
            Move::Right(l) => {
                let s0 = self.stack.pop().unwrap_or(0);
                let s1 = self.s(0);
                self.add_arc(s1, s0, l);
            }
        }
    }

    /// Dynamic-oracle costs (Goldberg & Nivre 2013, arc-hybrid) of the three
    /// unlabeled moves against the gold heads (`gold[i]` for word i, `gold[0]` unused).
    pub fn costs(&self, gold: &[u32]) -> (u32, u32, u32) {
        let s0 = self.s(0);
        let s1 = self.s(1);
        let b0 = self.b0;
        let n = self.n;
        let in_buffer = |k: u32| k != NONE && k as usize >= b0 && k as usize <= n;
        let deps_in_buffer = |h: u32| -> u32 { (b0..=n).filter(|&k| gold[k] == h).count() as u32 };
        let mut shift = u32::MAX;
        if !self.buffer_empty() {
            let gh = gold[b0];
            let mut c = 0;
            let len = self.stack.len();
            for &k in &self.stack[..len - 1] {
                if gh == k {
                    c += 1;
                }
                if k != 0 && gold[k as usize] == b0 as u32 {
                    c += 1;
                }
            }
            if s0 != 0 && gold[s0 as usize] == b0 as u32 {
                c += 1;
            }
            shift = c;
        }
        let mut left = u32::MAX;
        if !self.buffer_empty() && s0 != 0 {
            let gh = gold[s0 as usize];
            let mut c = deps_in_buffer(s0);
            if gh != b0 as u32 && ((s1 != NONE && gh == s1) || in_buffer(gh)) {
                c += 1;
            }
            left = c;
        }
        let mut right = u32::MAX;
        if self.stack.len() >= 2 && (s1 != 0 || self.buffer_empty()) {
            let gh = gold[s0 as usize];
            let mut c = deps_in_buffer(s0);
            if gh != s1 && in_buffer(gh) {
                c += 1;
            }
            right = c;
        }
        (shift, left, right)
    }

    /// Fills the feature keys of the current configuration.
    pub(crate) fn features(&self, words: &[u64], tags: &[u64], out: &mut Vec<u64>) {
        let w = |i: u32| -> u64 {
            match i {
                NONE => NONE_KEY,
                0 => ROOT_KEY,
                i => words[i as usize],
            }
        };
        let p = |i: u32| -> u64 {
            match i {
                NONE => NONE_KEY,
                0 => ROOT_KEY,
                i => tags[i as usize],
            }
        };
        let child = |v: &Vec<u32>, i: u32| -> u32 {
            if i == NONE {
                NONE
            } else {
                v[i as usize]
            }
        };
        let lab = |i: u32| -> u64 {
            if i == NONE {
                NONE_KEY
            } else {
                self.labels[i as usize] as u64
            }
        };
        let (s0, s1, s2) = (self.s(0), self.s(1), self.s(2));
        let (b0, b1, b2) = (self.b(0), self.b(1), self.b(2));
        let (s0w, s0p, s1w, s1p, s2p) = (w(s0), p(s0), w(s1), p(s1), p(s2));
        let (b0w, b0p, b1w, b1p, b2w, b2p) = (w(b0), p(b0), w(b1), p(b1), w(b2), p(b2));
        let s0l1 = child(&self.left1, s0);
        let s0l2 = child(&self.left2, s0);
        let s0r1 = child(&self.right1, s0);
        let s0r2 = child(&self.right2, s0);
        let s1l1 = child(&self.left1, s1);
        let s1r1 = child(&self.right1, s1);
        let b0l1 = child(&self.left1, b0);
        let b0l2 = child(&self.left2, b0);
        let dist = |a: u32, b: u32| -> u64 {
            if a == NONE || b == NONE {
                0
            } else {
                let d = (b as i64 - a as i64).unsigned_abs();
                match d {
                    0..=4 => d,
                    5..=6 => 5,
                    7..=9 => 6,
                    _ => 7,
                }
            }
        };
        let d = dist(s0, b0);
        let d01 = dist(s1, s0);
        let val = |v: &Vec<u8>, i: u32| -> u64 {
            if i == NONE {
                99
            } else {
                v[i as usize] as u64
            }
        };
        let set = |v: &Vec<u64>, i: u32| -> u64 {
            if i == NONE {
                NONE_KEY
            } else {
                v[i as usize]
            }
        };
        let s0vl = val(&self.n_left, s0);
        let s0vr = val(&self.n_right, s0);
        let b0vl = val(&self.n_left, b0);
        out.clear();
        out.extend_from_slice(&[
            f2(101, s0w, s0p),
            f1(103, s0p),
            f2(104, b0w, b0p),
            f1(106, b0p),
            f2(107, b1w, b1p),
            f1(109, b1p),
            f2(110, b2w, b2p),
            f1(112, b2p),
            f2(113, s1w, s1p),
            f1(115, s1p),
            f1(116, s2p),
            f4(118, s0w, s0p, b0w, b0p),
            f3(121, s0w, s0p, b0p),
            f3(122, s0p, b0w, b0p),
            f2(123, s0w, b0w),
            f2(124, s0p, b0p),
            f2(125, b0p, b1p),
            f2(126, s1w, s0w),
            f2(127, s1p, s0p),
            f3(129, s1p, s0w, s0p),
            f2(131, s1p, s0w),
            f3(132, b0p, b1p, b2p),
            f3(133, s0p, b0p, b1p),
            f3(134, s1p, s0p, b0p),
            f3(135, s0p, p(s0l1), b0p),
            f3(136, s0p, p(s0r1), b0p),
            f3(137, s0p, b0p, p(b0l1)),
            f3(138, s2p, s1p, s0p),
            f3(139, s1p, p(s1r1), s0p),
            f3(140, s1p, p(s1l1), s0p),
            f2(142, s0p, d),
            f2(144, b0p, d),
            f3(145, s0w, b0w, d),
            f3(146, s0p, b0p, d),
            f3(147, s1p, s0p, d01),
            f2(150, s0p, s0vr),
            f2(152, s0p, s0vl),
            f2(154, b0p, b0vl),
            f1(155, w(s0l1)),
            f1(156, p(s0l1)),
            f1(157, lab(s0l1)),
            f1(158, w(s0r1)),
            f1(159, p(s0r1)),
            f1(160, lab(s0r1)),
            f1(161, w(b0l1)),
            f1(162, p(b0l1)),
            f1(163, lab(b0l1)),
            f2(164, lab(s1r1), s1p),
            f2(165, lab(s1l1), s1p),
            f1(167, p(s0l2)),
            f1(168, lab(s0l2)),
            f1(170, p(s0r2)),
            f1(171, lab(s0r2)),
            f1(173, p(b0l2)),
            f1(174, lab(b0l2)),
            f3(175, s0p, p(s0l1), p(s0l2)),
            f3(176, s0p, p(s0r1), p(s0r2)),
            f3(177, b0p, p(b0l1), p(b0l2)),
            f2(179, s0p, set(&self.right_set, s0)),
            f2(181, s0p, set(&self.left_set, s0)),
            f2(183, b0p, set(&self.left_set, b0)),
            f4(184, s1p, s0p, b0p, d),
            f3(186, s0p, lab(s0l1), b0p),
            f3(187, s0p, lab(s0r1), b0p),
            f4(188, s1p, lab(s1r1), s0p, b0p),
        ]);
    }
}

/// The trained parser.
pub struct Parser {
    pub labels: Vec<String>,
    pub(crate) root_label: u16,
    pub(crate) weights: Weights,
}

/// Scratch buffers for parsing, reused across transitions.
pub(crate) struct ParseScratch {
    pub state: State,
    pub feats: Vec<u64>,
    pub scores: Vec<i32>,
}

impl Default for ParseScratch {
    fn default() -> Self {
        ParseScratch {
            state: State::new(0),
            feats: Vec::new(),
            scores: Vec::new(),
        }
    }
}

/// The best legal move under `scores`.
pub(crate) fn best_legal(state: &State, scores: &[i32], n_labels: usize, root: u16) -> Move {
    let (sh, l, r) = state.legal();
    let mut best = None;
    let mut best_score = i64::MIN;
    let mut consider = |m: Move| {
        let s = scores[m.class(n_labels)] as i64;
        if s > best_score {
            best_score = s;
            best = Some(m);
        }
    };
    if sh {
        consider(Move::Shift);
    }
    if l {
        for lab in 0..n_labels as u16 {
            if lab != root {
                consider(Move::Left(lab));
            }
        }
    }
    if r {
        if state.s(1) == 0 {
            consider(Move::Right(root));
        } else {
            for lab in 0..n_labels as u16 {
                if lab != root {
                    consider(Move::Right(lab));
                }
            }
        }
    }
    // Some move is always legal in a non-final state: SHIFT if the buffer is
    // non-empty, otherwise RIGHT (the stack holds at least two items).
    best.unwrap_or(Move::Shift)
}

impl Parser {
    /// Parses words (hashed forms and tags, index 0 unused); fills `scratch.state`.
    pub(crate) fn parse(&self, words: &[u64], tags: &[u64], scratch: &mut ParseScratch) {
        let n = words.len() - 1;
        let n_labels = self.labels.len();
        scratch.state.reset(n);
        scratch.scores.resize(self.weights.n_classes(), 0);
        let mut guard = 0;
        while !scratch.state.is_final() && guard <= 2 * n + 2 {
            guard += 1;
            scratch.state.features(words, tags, &mut scratch.feats);
            self.weights.score(&scratch.feats, &mut scratch.scores);
            let m = best_legal(&scratch.state, &scratch.scores, n_labels, self.root_label);
            scratch.state.apply(m);
        }
    }

    /// Number of stored features and of non-zero weights.
    pub fn weight_count(&self) -> (usize, usize) {
        self.weights.size()
    }

    pub(crate) fn write(&self, w: &mut ByteWriter) {
        w.u32(self.labels.len() as u32);
        for l in &self.labels {
            w.str(l);
        }
        w.u32(self.root_label as u32);
        self.weights.write(w);
    }

    pub(crate) fn read(r: &mut ByteReader) -> Result<Parser, Error> {
        let n = r.u32()? as usize;
        let mut labels = Vec::with_capacity(n.min(r.remaining()));
        for _ in 0..n {
            labels.push(r.str()?);
        }
        let root_label = r.u32()? as usize;
        if root_label >= n {
            return Err(r.error("root label out of range"));
        }
        let weights = Weights::read(r)?;
        if weights.n_classes() != 2 * n + 1 {
            return Err(r.error("parser class count does not match its labels"));
        }
        Ok(Parser {
            labels,
            root_label: root_label as u16,
            weights,
        })
    }
}

/// Hashes a word form for the parser (lowercased).
pub(crate) fn word_key(lower: u64) -> u64 {
    mix(lower, 0x3a3a)
}

pub(crate) fn tag_key(upos: &str, xpos: &str) -> u64 {
    mix(hash_str(upos), hash_str(xpos))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::train::Rng;

    fn is_projective(heads: &[u32]) -> bool {
        let n = heads.len() - 1;
        for d in 1..=n {
            let h = heads[d] as usize;
            let (lo, hi) = if h < d { (h, d) } else { (d, h) };
            for k in lo + 1..hi {
                // Every word inside an arc must be dominated by its head.
                let mut a = k;
                while a != 0 && a != h {
                    a = heads[a] as usize;
                }
                if a != h {
                    return false;
                }
            }
        }
        true
    }

    /// Random tree over n words with exactly one root child.
    fn random_tree(rng: &mut Rng, n: usize) -> Vec<u32> {
        let mut heads = vec![0u32; n + 1];
        let mut order: Vec<usize> = (1..=n).collect();
        rng.shuffle(&mut order);
        for (k, &w) in order.iter().enumerate().skip(1) {
            heads[w] = order[(rng.next_u64() % k as u64) as usize] as u32;
        }
        heads[order[0]] = 0;
        heads
    }

    /// Follows zero-cost moves only; for projective trees this must rebuild the gold tree.
    #[test]
    fn oracle_reproduces_projective_trees() {
        let mut rng = Rng::new(7);
        let mut tested = 0;
        for _ in 0..3000 {
            let n = 1 + (rng.next_u64() % 12) as usize;
            let gold = random_tree(&mut rng, n);
            if !is_projective(&gold) {
                continue;
            }
            tested += 1;
            let mut st = State::new(n);
            while !st.is_final() {
                let (c_sh, c_l, c_r) = st.costs(&gold);
                // Prefer in a random order among zero-cost moves.
                let mut options = Vec::new();
                if c_sh == 0 {
                    options.push(Move::Shift);
                }
                if c_l == 0 {
                    options.push(Move::Left(1));
                }
                if c_r == 0 {
                    options.push(Move::Right(if st.s(1) == 0 { 0 } else { 1 }));
                }
                assert!(!options.is_empty(), "no zero-cost move for {gold:?}");
                let m = options[(rng.next_u64() % options.len() as u64) as usize];
                assert!(st.is_legal(m, 0));
                st.apply(m);
            }
            assert_eq!(st.heads, gold_with_none_root(&gold), "tree {gold:?}");
        }
        assert!(tested > 500);
    }

    fn gold_with_none_root(gold: &[u32]) -> Vec<u32> {
        let mut g = gold.to_vec();
        g[0] = NONE;
        g
    }

    /// Any sequence of legal moves ends in a tree with exactly one root child.
    #[test]
    fn legal_moves_always_give_one_rooted_tree() {
        let mut rng = Rng::new(11);
        for n in 0..40 {
            let mut st = State::new(n);
            let mut steps = 0;
            while !st.is_final() {
                let scores: Vec<i32> = (0..7).map(|_| (rng.next_u64() % 100) as i32).collect();
                let m = best_legal(&st, &scores, 3, 0);
                assert!(st.is_legal(m, 0));
                st.apply(m);
                steps += 1;
            }
            assert_eq!(steps, 2 * n);
            let roots = (1..=n).filter(|&i| st.heads[i] == 0).count();
            assert_eq!(roots, (n > 0) as usize);
            assert!((1..=n).all(|i| st.heads[i] != NONE));
            for i in 1..=n {
                assert_eq!(
                    st.heads[i] == 0,
                    st.labels[i] == 0,
                    "root label iff root arc"
                );
            }
        }
    }
}
