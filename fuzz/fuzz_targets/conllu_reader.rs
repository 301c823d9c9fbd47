#![no_main]
//! Any bytes through the CoNLL-U reader: sentences or errors, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for item in dyad_conllu::Reader::new(data) {
        if let Ok(s) = item {
            let _ = s.surface_tokens();
            let mut out = Vec::new();
            let _ = dyad_conllu::write_sentence(&mut out, &s);
        }
    }
});
