#![no_main]
//! Any bytes through the PETRARCH XML reader: items or errors, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for item in dyad_article::PetrarchReader::new(data, "fuzz.xml") {
        let _ = item;
    }
});
