#![no_main]
//! Random text through the whole coder (segmentation, tagging, parsing,
//! dictionaries, coding): events or none, never a panic, offsets inside the text.
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

struct World {
    pipeline: dyad_nlp::Pipeline,
    dicts: dyad_dict::Dictionaries,
    tables: dyad_dict::CameoTables,
}

static WORLD: OnceLock<World> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let world = WORLD.get_or_init(|| World {
        pipeline: dyad_nlp::Pipeline::load_embedded().expect("model"),
        dicts: dyad_dict::Dictionaries::phoenix().expect("dictionaries"),
        tables: dyad_dict::CameoTables::embedded(),
    });
    let coder = dyad_coder::Coder::new(&world.dicts, &world.tables, dyad_coder::CoderOptions::default());
    let date = chrono::NaiveDate::from_ymd_opt(2018, 6, 20);
    let (_, events) = coder.code_article(&world.pipeline, "fuzz", date, text);
    let chars = text.chars().count();
    for e in events {
        for span in [e.offsets.source, e.offsets.target, e.offsets.action].into_iter().flatten() {
            assert!(span[0] <= span[1] && span[1] <= chars);
        }
    }
});
