//! Feature hashing: features are 64-bit keys mixed from a template id and values.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes a string (token form, tag name) to 64 bits.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(s.as_bytes())
}

/// Mixes a value into a running feature key.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    let x = (h ^ v.wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .rotate_left(27)
        .wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^ (x >> 31)
}

#[inline]
pub fn f1(t: u64, a: u64) -> u64 {
    mix(mix(t, a), 0x51)
}
#[inline]
pub fn f2(t: u64, a: u64, b: u64) -> u64 {
    mix(mix(mix(t, a), b), 0x52)
}
#[inline]
pub fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(mix(mix(mix(t, a), b), c), 0x53)
}
#[inline]
pub fn f4(t: u64, a: u64, b: u64, c: u64, d: u64) -> u64 {
    mix(mix(mix(mix(mix(t, a), b), c), d), 0x54)
}

/// Hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }
}

pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;
