//! Averaged perceptron: a sparse trainer and a compact, quantized frozen model.
//!
//! Training keeps, per feature, only the classes that were ever updated, so the
//! memory grows with the number of mistakes rather than features × classes.
//! The frozen model stores i16 weights in an open-addressing table keyed by a
//! 32-bit fingerprint of the feature hash.

use crate::hash::IdMap;
use crate::io::{ByteReader, ByteWriter};
use crate::Error;

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    weight: i32,
    stamp: u32,
    total: i64,
}

/// Sparse averaged-perceptron trainer.
pub struct Trainer {
    n_classes: usize,
    index: IdMap<u32>,
    rows: Vec<Vec<Entry>>,
    step: u32,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            index: IdMap::default(),
            rows: Vec::new(),
            step: 0,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Adds the current (non-averaged) weights of `feats` into `scores`.
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for e in &self.rows[r as usize] {
                    scores[e.class as usize] += e.weight;
                }
            }
        }
    }

    /// Counts one training instance (advances the averaging clock).
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Perceptron update: +1 for `gold`, -1 for `guess` on every feature.
    pub fn update(&mut self, feats: &[u64], gold: usize, guess: usize) {
        if gold == guess {
            return;
        }
        let step = self.step;
        for &f in feats {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(f).or_insert(next);
            if r == next {
                self.rows.push(Vec::with_capacity(2));
            }
            let row = &mut self.rows[r as usize];
            for (class, delta) in [(gold, 1), (guess, -1)] {
                let pos = match row.iter().position(|e| e.class as usize == class) {
                    Some(p) => p,
                    None => {
                        row.push(Entry {
                            class: class as u16,
                            weight: 0,
                            stamp: step,
                            total: 0,
                        });
                        row.len() - 1
                    }
                };
                let e = &mut row[pos];
                e.total += (step - e.stamp) as i64 * e.weight as i64;
                e.stamp = step;
                e.weight += delta;
            }
        }
    }

    /// Averages the weights and quantizes them to i16 into a frozen model.
    pub fn freeze(&self) -> Weights {
        let step = self.step.max(1) as f64;
        let mut max_abs = 0f64;
        let mut averaged: Vec<(u64, Vec<(u16, f64)>)> = Vec::with_capacity(self.rows.len());
        let mut keys: Vec<(&u64, &u32)> = self.index.iter().collect();
        keys.sort_unstable();
        for (&key, &r) in keys {
            let mut row = Vec::new();
            for e in &self.rows[r as usize] {
                let total = e.total + (self.step - e.stamp) as i64 * e.weight as i64;
                let avg = total as f64 / step;
                if avg != 0.0 {
                    max_abs = max_abs.max(avg.abs());
                    row.push((e.class, avg));
                }
            }
            if !row.is_empty() {
                averaged.push((key, row));
            }
        }
        let scale = if max_abs > 0.0 {
            32767.0 / max_abs
        } else {
            1.0
        };
        let mut features = Vec::with_capacity(averaged.len());
        for (key, row) in averaged {
            let mut q: Vec<(u8, i16)> = row
                .into_iter()
                .map(|(c, w)| (c as u8, (w * scale).round() as i16))
                .filter(|&(_, w)| w != 0)
                .collect();
            q.sort_unstable();
            if !q.is_empty() {
                features.push((key, q));
            }
        }
        Weights::build(self.n_classes, &features)
    }
}

const EMPTY: u64 = 0;

/// Frozen, quantized weights: feature hash → sparse (class, i16 weight) list.
pub struct Weights {
    n_classes: usize,
    mask: usize,
    /// fingerprint (high 32 bits, never 0) | start << 7 | len (low 32 bits).
    slots: Vec<u64>,
    classes: Vec<u8>,
    values: Vec<i16>,
}

#[inline]
fn fingerprint(h: u64) -> u32 {
    ((h >> 32) as u32) | 1
}

impl Weights {
    fn build(n_classes: usize, features: &[(u64, Vec<(u8, i16)>)]) -> Weights {
        let size = (features.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![EMPTY; size];
        let mut classes = Vec::new();
        let mut values = Vec::new();
        for (key, row) in features {
            let start = classes.len() as u64;
            for &(c, w) in row {
                classes.push(c);
                values.push(w);
            }
            let mut i = (*key as usize) & mask;
            while slots[i] != EMPTY {
                i = (i + 1) & mask;
            }
            slots[i] = ((fingerprint(*key) as u64) << 32) | (start << 7) | row.len() as u64;
        }
        Weights {
            n_classes,
            mask,
            slots,
            classes,
            values,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of stored features and of non-zero weights.
    pub fn size(&self) -> (usize, usize) {
        (
            self.slots.iter().filter(|&&s| s != EMPTY).count(),
            self.values.len(),
        )
    }

    /// Sets `scores` to the sum of the weights of `feats`.
    ///
    /// The table is far larger than the CPU caches, so almost every lookup is a
    /// cache miss: all slots are prefetched first, then all weight runs, so the
    /// misses overlap instead of queueing one after another.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for &f in feats {
            prefetch(&self.slots[(f as usize) & self.mask]);
        }
        let mut runs = [0u32; 256];
        let mut n_runs = 0;
        for &f in feats {
            let fp = fingerprint(f);
            let mut i = (f as usize) & self.mask;
            loop {
                let s = self.slots[i];
                if s == EMPTY {
                    break;
                }
                if (s >> 32) as u32 == fp {
                    if n_runs < runs.len() {
                        let start = ((s as u32) >> 7) as usize;
                        prefetch(&self.values[start]);
                        prefetch(&self.classes[start]);
                        runs[n_runs] = s as u32;
                        n_runs += 1;
                    }
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
        for &r in &runs[..n_runs] {
            let start = (r >> 7) as usize;
            let len = (r & 0x7f) as usize;
            let cs = &self.classes[start..start + len];
            let vs = &self.values[start..start + len];
            for (&c, &v) in cs.iter().zip(vs) {
                if let Some(x) = scores.get_mut(c as usize) {
                    *x += v as i32;
                }
            }
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.u32(self.n_classes as u32);
        w.u32(self.slots.len() as u32);
        for &s in &self.slots {
            w.u64(s);
        }
        w.u32(self.classes.len() as u32);
        w.bytes(&self.classes);
        for &v in &self.values {
            w.i16(v);
        }
    }

    pub fn read(r: &mut ByteReader) -> Result<Weights, Error> {
        let n_classes = r.u32()? as usize;
        if n_classes > 127 {
            return Err(r.error("too many classes"));
        }
        let n_slots = r.u32()? as usize;
        if !n_slots.is_power_of_two() {
            return Err(r.error("slot count is not a power of two"));
        }
        let mut slots = Vec::with_capacity(n_slots);
        for _ in 0..n_slots {
            slots.push(r.u64()?);
        }
        let n = r.u32()? as usize;
        let classes = r.bytes(n)?.to_vec();
        let mut values = Vec::with_capacity(n);
        for _ in 0..n {
            values.push(r.i16()?);
        }
        for &s in &slots {
            if s != EMPTY {
                let start = ((s as u32) >> 7) as usize;
                let len = (s & 0x7f) as usize;
                if start + len > n {
                    return Err(r.error("weight slot points past the weights"));
                }
            }
        }
        Ok(Weights {
            n_classes,
            mask: n_slots - 1,
            slots,
            classes,
            values,
        })
    }
}

#[inline(always)]
fn prefetch<T>(p: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint; it never faults, even on invalid addresses.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const T as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}
