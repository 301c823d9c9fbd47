//! The parsers return errors, never panic, on damaged input. Lines of the
//! vendored dictionaries are truncated and have syntax characters inserted;
//! each variant is parsed after a small valid context.

use dyad_dict::{
    parse_actors_str, parse_agents_str, parse_discards_str, parse_issues_str,
    parse_prepositions_str, parse_verbs_str, CameoTables, Dictionaries,
};

const SPECIALS: &[&str] = &[
    "[", "]", "{", "}", "(", ")", "<!--", "-->", "!", "=", "~", "+", "_", "*", "#", "&", "$", ":",
    ";", "-", "\t", "<", ">", "é", "'S",
];

type Parser = fn(&str, &str) -> bool;

fn parsers() -> Vec<(&'static str, &'static str, Parser)> {
    vec![
        (
            "CAMEO.2.0.txt",
            "&SYN\n+A_B\n--- BLOCK [010] ---\nBLOCK\n",
            |n, t| parse_verbs_str(n, t).is_ok(),
        ),
        (
            "PETR.Validate.verbs.txt",
            "--- BLOCK [010] ---\nBLOCK\n",
            |n, t| parse_verbs_str(n, t).is_ok(),
        ),
        ("Phoenix.Countries.actors.txt", "A_ [AAA]\n", |n, t| {
            parse_actors_str(n, t).is_ok()
        }),
        ("Phoenix.International.actors.txt", "A_ [AAA]\n", |n, t| {
            parse_actors_str(n, t).is_ok()
        }),
        ("Phoenix.agents.txt", "!P! = MAN, MEN\n", |n, t| {
            parse_agents_str(n, t).is_ok()
        }),
        ("Phoenix.discards.txt", "", |n, t| {
            parse_discards_str(n, t).is_ok()
        }),
        (
            "Phoenix.IssueCoding.txt",
            "<ISSUE CATEGORY=\"X\">\n",
            |n, t| parse_issues_str(n, t).is_ok(),
        ),
        ("Phoenix.prepositions.txt", "", |n, t| {
            parse_prepositions_str(n, t).is_ok()
        }),
    ]
}

/// Variants of one line: every truncation and a special string inserted at
/// a few positions.
fn variants(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bounds: Vec<usize> = line
        .char_indices()
        .map(|(i, _)| i)
        .chain([line.len()])
        .collect();
    for &b in &bounds {
        out.push(line[..b].to_string());
    }
    let picks = [0, bounds.len() / 3, bounds.len() / 2, bounds.len() - 1];
    for &p in &picks {
        let b = bounds[p];
        for s in SPECIALS {
            out.push(format!("{}{}{}", &line[..b], s, &line[b..]));
        }
    }
    out
}

#[test]
fn damaged_lines_never_panic() {
    let mut parsed = 0usize;
    let mut errors = 0usize;
    for (file, context, parse) in parsers() {
        let content = Dictionaries::embedded_file(file).expect("embedded file");
        let lines: Vec<&str> = content.lines().filter(|l| !l.trim().is_empty()).collect();
        let step = (lines.len() / 150).max(1);
        for line in lines.iter().step_by(step) {
            for variant in variants(line) {
                let text = format!("{context}{variant}\n{line}\n");
                if !parse(file, &text) {
                    errors += 1;
                }
                parsed += 1;
            }
        }
    }
    // Damage must be noticed sometimes, or the test checks nothing.
    assert!(
        errors > 0 && errors < parsed,
        "{errors} errors in {parsed} parses"
    );
}

#[test]
fn truncated_files_never_panic() {
    for (file, _, parse) in parsers() {
        let content = Dictionaries::embedded_file(file).expect("embedded file");
        let len = content.len();
        for k in 1..40 {
            let mut cut = len * k / 40;
            while !content.is_char_boundary(cut) {
                cut -= 1;
            }
            parse(file, &content[..cut]);
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let nested = format!(
        "--- A [010] ---\nA\n~ a {}a b X{} SAY = a b 1\n",
        "(a ".repeat(100_000),
        " X)".repeat(100_000)
    );
    assert!(parse_verbs_str("t", &nested).is_err());
}

#[test]
fn cameo_tables_reject_garbage_without_panicking() {
    for junk in ["", "\t", "x\ty", "LABEL: é= x", "01\t\u{0}"] {
        let _ = CameoTables::parse(junk, junk, junk, junk, junk);
    }
}
