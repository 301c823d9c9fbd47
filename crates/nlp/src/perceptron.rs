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
        self.update_classes(feats, [(gold, 1), (guess, -1)]);
    }

    /// Adds `delta` to the weight of `class` on every feature (structured updates).
    pub fn add(&mut self, feats: &[u64], class: usize, delta: i32) {
        self.update_classes(feats, [(class, delta)]);
    }

    fn update_classes<const N: usize>(&mut self, feats: &[u64], deltas: [(usize, i32); N]) {
        let step = self.step;
        for &f in feats {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(f).or_insert(next);
            if r == next {
                self.rows.push(Vec::with_capacity(2));
            }
            let row = &mut self.rows[r as usize];
            for (class, delta) in deltas {
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
/// Length code of a dense row (one weight for every class).
const DENSE: u64 = 0x7f;
/// Rows with at least this many non-zero weights are stored dense.
const DENSE_MIN: usize = 16;

/// Frozen, quantized weights: feature hash → sparse (class, i16 weight) list.
pub struct Weights {
    n_classes: usize,
    mask: usize,
    /// fingerprint (high 32 bits, never 0) | start << 7 | len (low 32 bits).
    slots: HugeVec<u64>,
    classes: HugeVec<u8>,
    values: HugeVec<i16>,
}

#[inline]
fn fingerprint(h: u64) -> u32 {
    ((h >> 32) as u32) | 1
}

/// Home slot of a fingerprint. Derived from the fingerprint alone (not the
/// full key) so that a loaded table can be rebuilt, e.g. when pruning.
#[inline]
fn home(fp: u32, mask: usize) -> usize {
    ((fp as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
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
            let len = if row.len() >= DENSE_MIN {
                // Dense row: one weight per class, summed with SIMD.
                let base = values.len();
                classes.extend(0..n_classes as u8);
                values.resize(base + n_classes, 0);
                for &(c, w) in row {
                    values[base + c as usize] = w;
                }
                DENSE
            } else {
                for &(c, w) in row {
                    classes.push(c);
                    values.push(w);
                }
                row.len() as u64
            };
            let mut i = home(fingerprint(*key), mask);
            while slots[i] != EMPTY {
                i = (i + 1) & mask;
            }
            slots[i] = ((fingerprint(*key) as u64) << 32) | (start << 7) | len;
        }
        Weights {
            n_classes,
            mask,
            slots: HugeVec::from_slice(&slots),
            classes: HugeVec::from_slice(&classes),
            values: HugeVec::from_slice(&values),
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Drops weights smaller than `min_abs` (and features left with none).
    pub fn prune(&self, min_abs: i16) -> Weights {
        let mut features = Vec::new();
        let (classes, values) = (self.classes.as_slice(), self.values.as_slice());
        for &s in self.slots.as_slice() {
            if s == EMPTY {
                continue;
            }
            let start = ((s as u32) >> 7) as usize;
            let len = (s & 0x7f) as usize;
            let len = if len as u64 == DENSE {
                self.n_classes
            } else {
                len
            };
            let row: Vec<(u8, i16)> = (start..start + len)
                .map(|i| (classes[i], values[i]))
                .filter(|&(_, v)| v.unsigned_abs() >= min_abs.unsigned_abs().max(1))
                .collect();
            if !row.is_empty() {
                // A key with the same fingerprint (hence the same home slot).
                features.push((s & 0xffff_ffff_0000_0000, row));
            }
        }
        Weights::build(self.n_classes, &features)
    }

    /// Number of stored features and of non-zero weights.
    pub fn size(&self) -> (usize, usize) {
        (
            self.slots
                .as_slice()
                .iter()
                .filter(|&&s| s != EMPTY)
                .count(),
            self.values.as_slice().iter().filter(|&&v| v != 0).count(),
        )
    }

    /// Sets `scores` to the sum of the weights of `feats`.
    ///
    /// The table is far larger than the CPU caches, so almost every lookup is a
    /// cache miss: all slots are prefetched first, then all weight runs, so the
    /// misses overlap instead of queueing one after another.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        let slots = self.slots.as_slice();
        let classes = self.classes.as_slice();
        let values = self.values.as_slice();
        scores.iter_mut().for_each(|s| *s = 0);
        for &f in feats {
            prefetch(&slots[home(fingerprint(f), self.mask)]);
        }
        let mut runs = [0u32; 256];
        let mut n_runs = 0;
        for &f in feats {
            let fp = fingerprint(f);
            let mut i = home(fp, self.mask);
            loop {
                let s = slots[i];
                if s == EMPTY {
                    break;
                }
                if (s >> 32) as u32 == fp {
                    if n_runs < runs.len() {
                        let start = ((s as u32) >> 7) as usize;
                        prefetch(&values[start]);
                        prefetch(&classes[start]);
                        runs[n_runs] = s as u32;
                        n_runs += 1;
                    }
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
        let n = self.n_classes;
        let scores = &mut scores[..n];
        for &r in &runs[..n_runs] {
            let start = (r >> 7) as usize;
            let len = (r & 0x7f) as usize;
            if len as u64 == DENSE {
                add_dense(scores, &values[start..start + n]);
                continue;
            }
            let cs = &classes[start..start + len];
            let vs = &values[start..start + len];
            for (&c, &v) in cs.iter().zip(vs) {
                if let Some(x) = scores.get_mut(c as usize) {
                    *x += v as i32;
                }
            }
        }
    }

    /// Serializes the table sparsely: an occupancy bitmap, then the occupied
    /// slots in order (half the slots are empty; skipping them halves the
    /// bytes to inflate at load time).
    pub fn write(&self, w: &mut ByteWriter) {
        let slots = self.slots.as_slice();
        w.u32(self.n_classes as u32);
        w.u32(slots.len() as u32);
        for chunk in slots.chunks(64) {
            let mut bits = 0u64;
            for (k, &s) in chunk.iter().enumerate() {
                if s != EMPTY {
                    bits |= 1 << k;
                }
            }
            w.u64(bits);
        }
        for &s in slots {
            if s != EMPTY {
                w.u64(s);
            }
        }
        w.u32(self.classes.as_slice().len() as u32);
        w.bytes(self.classes.as_slice());
        for &v in self.values.as_slice() {
            w.i16(v);
        }
    }

    pub fn read(r: &mut ByteReader) -> Result<Weights, Error> {
        let n_classes = r.u32()? as usize;
        if n_classes == 0 || n_classes > 127 {
            return Err(r.error("bad class count"));
        }
        let n_slots = r.u32()? as usize;
        if !n_slots.is_power_of_two() {
            return Err(r.error("slot count is not a power of two"));
        }
        let bitmap = r.bytes(n_slots.div_ceil(64) * 8)?;
        let occupied: usize = bitmap
            .chunks_exact(8)
            .map(|b| le_u64(b).count_ones() as usize)
            .sum();
        let packed = r.bytes(occupied * 8)?;
        let mut slots = HugeVec::zeroed(n_slots);
        {
            let out = slots.as_mut_slice();
            let mut values = packed.chunks_exact(8).map(le_u64);
            for (word, bits) in bitmap.chunks_exact(8).map(le_u64).enumerate() {
                let mut bits = bits;
                while bits != 0 {
                    let k = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let i = word * 64 + k;
                    match (out.get_mut(i), values.next()) {
                        (Some(slot), Some(v)) if v != EMPTY => *slot = v,
                        _ => return Err(r.error("bad weight table")),
                    }
                }
            }
        }
        let n = r.u32()? as usize;
        let classes = HugeVec::from_slice(r.bytes(n)?);
        let raw = r.bytes(n * 2)?;
        let mut values = HugeVec::zeroed(n);
        for (v, b) in values.as_mut_slice().iter_mut().zip(raw.chunks_exact(2)) {
            *v = i16::from_le_bytes([b[0], b[1]]);
        }
        for &s in slots.as_slice() {
            if s != EMPTY {
                let start = ((s as u32) >> 7) as usize;
                let mut len = (s & 0x7f) as usize;
                if len as u64 == DENSE {
                    len = n_classes;
                }
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

fn le_u64(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(b);
    u64::from_le_bytes(a)
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

/// scores[k] += row[k]; with AVX2 when the CPU has it.
#[inline]
fn add_dense(scores: &mut [i32], row: &[i16]) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2 (checked just above).
            unsafe { add_dense_avx2(scores, row) };
            return;
        }
    }
    for (x, &v) in scores.iter_mut().zip(row) {
        *x += v as i32;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_dense_avx2(scores: &mut [i32], row: &[i16]) {
    for (x, &v) in scores.iter_mut().zip(row) {
        *x += v as i32;
    }
}

const HUGE_PAGE: usize = 2 << 20;

/// A read-only array placed on 2 MiB-aligned memory that the kernel is asked
/// to back with transparent huge pages: the weight tables are looked up at
/// random, and with 4 KiB pages nearly every lookup also misses the TLB.
struct HugeVec<T> {
    buf: Vec<T>,
    offset: usize,
    len: usize,
}

impl<T: Copy + Default> HugeVec<T> {
    /// `len` default values, on huge pages when large.
    fn zeroed(len: usize) -> HugeVec<T> {
        let size = std::mem::size_of::<T>().max(1);
        let bytes = len * size;
        if bytes < HUGE_PAGE {
            return HugeVec {
                buf: vec![T::default(); len],
                offset: 0,
                len,
            };
        }
        let slack = HUGE_PAGE / size;
        let mut buf: Vec<T> = Vec::with_capacity(len + slack);
        let addr = buf.as_ptr() as usize;
        let offset = ((HUGE_PAGE - addr % HUGE_PAGE) % HUGE_PAGE) / size;
        // Advise before the first write so the pages are faulted in as huge pages.
        advise_huge(addr + offset * size, bytes);
        buf.resize(offset + len, T::default());
        HugeVec { buf, offset, len }
    }

    fn from_slice(data: &[T]) -> HugeVec<T> {
        let mut v = HugeVec::zeroed(data.len());
        v.as_mut_slice().copy_from_slice(data);
        v
    }
}

impl<T> HugeVec<T> {
    #[inline]
    fn as_slice(&self) -> &[T] {
        &self.buf[self.offset..self.offset + self.len]
    }

    fn as_mut_slice(&mut self) -> &mut [T] {
        &mut self.buf[self.offset..self.offset + self.len]
    }
}

#[cfg(target_os = "linux")]
fn advise_huge(addr: usize, bytes: usize) {
    let start = addr - addr % HUGE_PAGE;
    let len = (addr + bytes - start).div_ceil(HUGE_PAGE) * HUGE_PAGE;
    // SAFETY: madvise only changes how the kernel backs pages of our own
    // allocation; MADV_HUGEPAGE never changes their contents. Failure is harmless.
    unsafe {
        libc::madvise(start as *mut libc::c_void, len, libc::MADV_HUGEPAGE);
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge(_addr: usize, _bytes: usize) {}
