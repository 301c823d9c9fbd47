#![no_main]
//! Any text through the segmenter: spans stay inside the text, in order, on
//! char boundaries, and token texts match their spans except for the
//! documented multiword splits.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut last_end = 0;
    for s in dyad_segment::segment(text) {
        assert!(s.start <= s.end && s.end <= text.len());
        for t in &s.tokens {
            assert!(t.start >= last_end, "tokens out of order");
            assert!(t.start < t.end && t.end <= text.len());
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            last_end = t.end;
        }
    }
});
