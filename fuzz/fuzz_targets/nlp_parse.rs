#![no_main]
//! Random token sequences through the tagger and parser: every token gets a
//! head inside the sentence and exactly one root.
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

static PIPELINE: OnceLock<dyad_nlp::Pipeline> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let pipeline = PIPELINE.get_or_init(|| dyad_nlp::Pipeline::load_embedded().expect("model"));
    let forms: Vec<&str> = text.split([' ', '\n']).filter(|s| !s.is_empty()).take(300).collect();
    let parsed = pipeline.parse_tokens(&forms);
    assert_eq!(parsed.words.len(), forms.len());
    let roots = parsed.words.iter().filter(|w| w.head == 0).count();
    if !forms.is_empty() {
        assert_eq!(roots, 1);
    }
    for w in &parsed.words {
        assert!(w.head <= forms.len());
    }
});
