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
/// Feature set 1: 23 more templates, the rest of Zhang & Nivre's (2011)
/// word-level ones (word alone, word pairs with distance, valency and label
/// sets, more children's words). About +0.4 LAS, about 20 % slower.
pub const EXTENDED_FEATURES: u8 = 1;
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

    /// Makes `self` a copy of `other`, reusing `self`'s buffers (beam search
    /// copies states at every step; a plain `clone` would allocate each time).
    pub fn copy_from(&mut self, other: &State) {
        self.n = other.n;
        self.b0 = other.b0;
        self.stack.clone_from(&other.stack);
        self.heads.clone_from(&other.heads);
        self.labels.clone_from(&other.labels);
        self.left1.clone_from(&other.left1);
        self.left2.clone_from(&other.left2);
        self.right1.clone_from(&other.right1);
        self.right2.clone_from(&other.right2);
        self.n_left.clone_from(&other.n_left);
        self.n_right.clone_from(&other.n_right);
        self.left_set.clone_from(&other.left_set);
        self.right_set.clone_from(&other.right_set);
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

    /// Fills the feature keys of the current configuration: 65 templates, or
    /// 88 with [`EXTENDED_FEATURES`].
    pub(crate) fn features(
        &self,
        words: &[u64],
        tags: &[u64],
        feature_set: u8,
        out: &mut Vec<u64>,
    ) {
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
        if feature_set == EXTENDED_FEATURES {
            let s1l1w = w(s1l1);
            out.extend_from_slice(&[
                f1(201, s0w),
                f1(202, b0w),
                f1(203, b1w),
                f3(204, s0w, s0p, b0w),
                f3(205, s0w, b0w, b0p),
                f2(206, s0w, d),
                f2(207, b0w, d),
                f2(208, s0w, s0vr),
                f2(209, s0w, s0vl),
                f2(210, b0w, b0vl),
                f1(211, w(s0l2)),
                f1(212, w(s0r2)),
                f1(213, w(b0l2)),
                f2(214, s0w, set(&self.right_set, s0)),
                f2(215, s0w, set(&self.left_set, s0)),
                f2(216, b0w, set(&self.left_set, b0)),
                f1(217, w(s1r1)),
                f1(218, s1l1w),
                f3(219, s1w, s0p, b0p),
                f3(220, s1p, s0w, b0p),
                f2(221, s1w, d01),
                f3(222, s0w, b0p, b1p),
                f3(223, s0p, b0w, b1p),
            ]);
        }
    }
}

/// The trained parser.
pub struct Parser {
    pub labels: Vec<String>,
    pub(crate) root_label: u16,
    pub(crate) weights: Weights,
    /// Beam width used at parse time: 1 is greedy decoding; wider beams are
    /// for weights trained with beam search (see [`crate::train::TrainConfig::parser_beam`]).
    pub(crate) beam: usize,
    /// Feature set: 0, or [`EXTENDED_FEATURES`] (format 3 only).
    pub(crate) feature_set: u8,
}

/// Scratch buffers for parsing, reused across transitions.
pub(crate) struct ParseScratch {
    pub state: State,
    pub feats: Vec<u64>,
    pub scores: Vec<i32>,
    pub beam: Beam,
}

impl Default for ParseScratch {
    fn default() -> Self {
        ParseScratch {
            state: State::new(0),
            feats: Vec::new(),
            scores: Vec::new(),
            beam: Beam::default(),
        }
    }
}

/// A candidate successor in beam search: total score, index of the parent
/// item in the current beam, and the move applied to it.
#[derive(Clone, Copy)]
pub(crate) struct Candidate {
    pub score: i64,
    pub parent: usize,
    pub m: Move,
}

/// Beam-search buffers: the current items and their successors (states are
/// recycled between steps, never freed).
#[derive(Default)]
pub(crate) struct Beam {
    pub items: Vec<State>,
    pub scores: Vec<i64>,
    pub next: Vec<State>,
    pub candidates: Vec<Candidate>,
}

impl Beam {
    /// Starts a search over `n` words with one item, the initial state.
    pub fn start(&mut self, n: usize) {
        if self.items.is_empty() {
            self.items.push(State::new(n));
        }
        self.items.truncate(1);
        self.items[0].reset(n);
        self.scores.clear();
        self.scores.push(0);
    }

    /// Offers the legal moves of item `parent` (move scores `scores`) to the
    /// `width` best candidates kept sorted by descending score; ties keep the
    /// earlier candidate, so the search is deterministic.
    pub fn offer(
        &mut self,
        parent: usize,
        scores: &[i32],
        n_labels: usize,
        root: u16,
        width: usize,
    ) {
        let base = self.scores[parent];
        let state = &self.items[parent];
        let candidates = &mut self.candidates;
        for_each_legal(state, n_labels, root, |m| {
            let score = base + scores[m.class(n_labels)] as i64;
            if candidates.len() == width {
                match candidates.last() {
                    Some(worst) if score > worst.score => {
                        candidates.pop();
                    }
                    _ => return,
                }
            }
            let at = candidates.partition_point(|c| c.score >= score);
            candidates.insert(at, Candidate { score, parent, m });
        });
    }

    /// Replaces the items with the candidates (best first).
    pub fn advance(&mut self) {
        while self.next.len() < self.candidates.len() {
            self.next.push(State::new(0));
        }
        for (slot, c) in self.next.iter_mut().zip(&self.candidates) {
            slot.copy_from(&self.items[c.parent]);
            slot.apply(c.m);
        }
        let k = self.candidates.len();
        std::mem::swap(&mut self.items, &mut self.next);
        // Keep every allocated state, in either list, for reuse.
        if self.items.len() > k {
            let extra: Vec<State> = self.items.drain(k..).collect();
            self.next.extend(extra);
        }
        self.scores.clear();
        self.scores.extend(self.candidates.iter().map(|c| c.score));
        self.candidates.clear();
    }
}

/// Calls `f` for every legal labeled move (SHIFT first, then LEFT and RIGHT by label).
pub(crate) fn for_each_legal(state: &State, n_labels: usize, root: u16, mut f: impl FnMut(Move)) {
    let (sh, l, r) = state.legal();
    if sh {
        f(Move::Shift);
    }
    if l {
        for lab in 0..n_labels as u16 {
            if lab != root {
                f(Move::Left(lab));
            }
        }
    }
    if r {
        if state.s(1) == 0 {
            f(Move::Right(root));
        } else {
            for lab in 0..n_labels as u16 {
                if lab != root {
                    f(Move::Right(lab));
                }
            }
        }
    }
}

/// The only legal move, when there is just one: SHIFT with only the root on
/// the stack, RIGHT(root) with the root and one word on it and an empty buffer.
pub(crate) fn forced_move(state: &State, root: u16) -> Option<Move> {
    match (state.stack.len(), state.buffer_empty()) {
        (1, false) => Some(Move::Shift),
        (2, true) => Some(Move::Right(root)),
        _ => None,
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
        scratch.scores.resize(self.weights.n_classes(), 0);
        if self.beam > 1 {
            return self.parse_beam(words, tags, scratch);
        }
        scratch.state.reset(n);
        let mut guard = 0;
        while !scratch.state.is_final() && guard <= 2 * n + 2 {
            guard += 1;
            // A forced move (only the root on the stack: SHIFT; the root and
            // one word with an empty buffer: RIGHT(root)) needs no scoring.
            let m = match forced_move(&scratch.state, self.root_label) {
                Some(m) => m,
                None => {
                    scratch
                        .state
                        .features(words, tags, self.feature_set, &mut scratch.feats);
                    self.weights.score(&scratch.feats, &mut scratch.scores);
                    best_legal(&scratch.state, &scratch.scores, n_labels, self.root_label)
                }
            };
            scratch.state.apply(m);
        }
    }

    /// Beam search: every parse of n words takes exactly 2n moves, so all
    /// items finish together; the best final item wins.
    fn parse_beam(&self, words: &[u64], tags: &[u64], scratch: &mut ParseScratch) {
        let n = words.len() - 1;
        let n_labels = self.labels.len();
        let ParseScratch {
            state,
            feats,
            scores,
            beam,
        } = scratch;
        beam.start(n);
        for _ in 0..2 * n {
            for i in 0..beam.items.len() {
                beam.items[i].features(words, tags, self.feature_set, feats);
                self.weights.score(feats, scores);
                beam.offer(i, scores, n_labels, self.root_label, self.beam);
            }
            if beam.candidates.is_empty() {
                break;
            }
            beam.advance();
        }
        state.copy_from(&beam.items[0]);
    }

    /// Number of stored features and of non-zero weights.
    pub fn weight_count(&self) -> (usize, usize) {
        self.weights.size()
    }

    /// Beam width used when parsing (1 = greedy).
    pub fn beam(&self) -> usize {
        self.beam
    }

    pub(crate) fn write(&self, w: &mut ByteWriter, format: u8) {
        w.u32(self.labels.len() as u32);
        for l in &self.labels {
            w.str(l);
        }
        w.u32(self.root_label as u32);
        self.weights.write(w);
        if format >= 3 {
            w.u8(self.beam.min(255) as u8);
            w.u8(self.feature_set);
        }
    }

    /// Reads a parser; the beam width follows in format 3 (see `MAGIC`).
    pub(crate) fn read(r: &mut ByteReader, format: u8) -> Result<Parser, Error> {
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
        let (beam, feature_set) = if format >= 3 {
            (r.u8()? as usize, r.u8()?)
        } else {
            (1, 0)
        };
        if beam == 0 || feature_set > EXTENDED_FEATURES {
            return Err(r.error("bad parser beam width or feature set"));
        }
        Ok(Parser {
            labels,
            root_label: root_label as u16,
            weights,
            beam,
            feature_set,
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
