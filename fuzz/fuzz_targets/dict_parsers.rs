#![no_main]
//! Any text through every dictionary parser: a value or an error naming the
//! line, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = dyad_dict::parse_actors_str("fuzz.actors.txt", text);
    let _ = dyad_dict::parse_agents_str("fuzz.agents.txt", text);
    let _ = dyad_dict::parse_verbs_str("fuzz.verbs.txt", text);
    let _ = dyad_dict::parse_discards_str("fuzz.discards.txt", text);
    let _ = dyad_dict::parse_issues_str("fuzz.issues.txt", text);
    let _ = dyad_dict::parse_prepositions_str("fuzz.prepositions.txt", text);
});
