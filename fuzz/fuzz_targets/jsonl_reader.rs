#![no_main]
//! Any bytes through the JSONL reader: records or errors, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for item in dyad_article::JsonlReader::new(data, "fuzz.jsonl") {
        if let Ok(a) = item {
            assert!(!a.id.is_empty());
        }
    }
});
