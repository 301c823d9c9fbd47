//! Resolution checks against the embedded (vendored) Phoenix dictionaries.

use chrono::NaiveDate;
use dyad_dict::{combine_codes, tokenize_upper, CodeBasis, Dictionaries, PhraseHit};
use std::sync::OnceLock;

fn phoenix() -> &'static Dictionaries {
    static DICTS: OnceLock<Dictionaries> = OnceLock::new();
    DICTS.get_or_init(|| Dictionaries::phoenix().expect("embedded Phoenix set loads"))
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The combined code of a whole phrase, and the number of tokens covered.
fn code_of(text: &str, on: Option<NaiveDate>) -> (Option<String>, usize) {
    let tokens = tokenize_upper(text);
    let hits = phoenix().scan(&tokens, on);
    let covered = hits.iter().map(PhraseHit::len).sum();
    (combine_codes(&hits), covered)
}

#[test]
fn country_and_capital_names_resolve() {
    let on = date(2018, 6, 20);
    assert_eq!(code_of("North Korea", on), (Some("PRK".into()), 2));
    assert_eq!(code_of("Damascus", on), (Some("SYR".into()), 1));
    assert_eq!(code_of("Kyiv", on), (Some("UKR".into()), 1));
}

#[test]
fn longest_match_prefers_security_council() {
    let tokens = tokenize_upper("the U.N. Security Council said");
    let m = phoenix()
        .actors
        .longest_match(&tokens, 1, date(2018, 6, 20))
        .expect("match");
    assert_eq!(m.len, 3);
    assert_eq!(m.code.unwrap().code, "IGOUNO");
    assert!(m.entry.file.contains("International"));
}

#[test]
fn actor_plus_agent_combines() {
    let (code, covered) = code_of("Syrian ambassador", date(2018, 6, 20));
    assert_eq!(code.as_deref(), Some("SYRGOV"));
    assert_eq!(covered, 2);
    let (code, _) = code_of("Syrian ambassadors", date(2018, 6, 20));
    assert_eq!(code.as_deref(), Some("SYRGOV"));
}

#[test]
fn ukraine_codes_depend_on_the_date() {
    let tokens = ["UKRAINE"];
    let at = |on| {
        phoenix()
            .actors
            .longest_match(&tokens, 0, on)
            .and_then(|m| m.code)
            .map(|c| (c.code.to_string(), c.basis))
    };
    let (code, basis) = at(date(1990, 1, 1)).unwrap();
    assert_eq!(code, "USRUKR");
    assert!(matches!(basis, CodeBasis::Restriction(_)));
    assert_eq!(at(date(1991, 10, 1)).unwrap().0, "UKRUNR");
    assert_eq!(at(date(2018, 6, 20)).unwrap().0, "UKR");
}

#[test]
fn leaders_change_role_with_the_date() {
    // LEONID_KUCHMA_: UKRGOV 940719-050123, UKRELI otherwise.
    let tokens = tokenize_upper("Leonid Kuchma");
    let at = |on| {
        phoenix()
            .actors
            .longest_match(&tokens, 0, on)
            .unwrap()
            .code
            .unwrap()
            .code
            .to_string()
    };
    assert_eq!(at(date(2000, 1, 1)), "UKRGOV");
    assert_eq!(at(date(2010, 1, 1)), "UKRELI");
}

#[test]
fn verbs_and_synsets_are_indexed() {
    let verbs = &phoenix().verbs;
    let refs = verbs.lookup("SAID");
    assert!(!refs.is_empty());
    let (block, _, form) = verbs.resolve(refs[refs.len() - 1]);
    assert_eq!(form.words, ["SAID"]);
    assert!(!block.patterns.is_empty() || !block.code.is_null());
    assert!(verbs.synset("&CURRENCY").unwrap().contains(&["DOLLARS"]));
    assert_eq!(verbs.transformations.len(), 8);
}

#[test]
fn discards_and_issues_work_on_real_lists() {
    let d = phoenix();
    assert!(d
        .discards
        .find("He scored in the World Cup final")
        .is_some());
    assert!(d.discards.find("Ministers met in Geneva").is_none());
    let hits = d
        .issues
        .code_sentence(&tokenize_upper("They discussed war crimes and genocide"));
    assert!(!hits.codes.is_empty());
}

#[test]
fn validation_set_loads() {
    let v = Dictionaries::validation().expect("validation set loads");
    assert!(v.verbs.petrarch2_ignores_patterns);
    assert!(!v.verbs.lookup("ABANDON").is_empty());
    assert!(v.actors.phrase_count() > 100);
}

#[test]
fn phrases_group_actor_possessive_agent() {
    let tokens = tokenize_upper("North Korea's envoy met Syria Iran ministers in Damascus");
    let phrases = phoenix().code_phrases(&tokens, date(2018, 6, 20));
    let codes: Vec<(usize, usize, Option<String>)> = phrases
        .iter()
        .map(|p| (p.start, p.end, p.code.clone()))
        .collect();
    assert_eq!(
        codes,
        vec![
            (0, 4, Some("PRKGOV".into())),
            (5, 6, Some("SYR".into())),
            (6, 8, Some("IRNGOV".into())),
            (9, 10, Some("SYR".into())),
        ]
    );
}

#[test]
fn agent_without_actor_gets_the_null_actor_code() {
    assert_eq!(code_of("the ambassador", None).0.as_deref(), Some("---GOV"));
    assert_eq!(code_of("nothing here", None).0, None);
}

#[test]
fn actors_current_to_2026_are_loaded_and_time_bounded() {
    assert_eq!(
        code_of("Volodymyr Zelensky", date(2018, 6, 1)).0.as_deref(),
        Some("UKRELI")
    );
    assert_eq!(
        code_of("Volodymyr Zelensky", date(2022, 3, 1)).0.as_deref(),
        Some("UKRGOV")
    );
    assert_eq!(
        code_of("Taliban", date(2020, 1, 1)).0.as_deref(),
        Some("AFGREB")
    );
    assert_eq!(
        code_of("Taliban", date(2022, 1, 1)).0.as_deref(),
        Some("AFGGOV")
    );
    // Contested entities keep codes distinct from the parent state.
    assert_eq!(
        code_of("Abkhazia", date(2018, 6, 20)).0.as_deref(),
        Some("ABH")
    );
    assert_eq!(
        code_of("Transnistria", date(2018, 6, 20)).0.as_deref(),
        Some("TRN")
    );
    assert_eq!(
        code_of("Donetsk", date(2018, 6, 20)).0.as_deref(),
        Some("UKR")
    );
    // State media are media of their state.
    assert_eq!(
        code_of("Xinhua", date(2018, 6, 20)).0.as_deref(),
        Some("CHNMED")
    );
}

#[test]
fn user_actor_files_load_last_and_win() {
    let user = "ZORBU_QUANTEEL_ [SYRGOV]  # provisional: ambassador\nDAMASCUS_ [XYZ]\n";
    let dicts = Dictionaries::phoenix_with_actors(&[("user.txt", user)]).unwrap();
    let code = |text: &str| {
        let tokens = tokenize_upper(text);
        combine_codes(&dicts.scan(&tokens, date(2018, 6, 20)))
    };
    assert_eq!(code("Zorbu Quanteel").as_deref(), Some("SYRGOV"));
    assert_eq!(code("Damascus").as_deref(), Some("XYZ"));
    assert!(Dictionaries::phoenix_with_actors(&[("bad.txt", "[BROKEN\n")]).is_err());
}
