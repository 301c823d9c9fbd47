//! Loading from a directory and from explicit files, and the order rules.

use std::path::{Path, PathBuf};

use dyad_dict::{parse_actors_str, ActorIndex, DictError, DictFiles, Dictionaries};

fn vendored_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/dictionaries")
}

#[test]
fn directory_load_matches_the_embedded_set() {
    let from_dir = Dictionaries::from_dir(&vendored_dir()).expect("vendored directory loads");
    let embedded = Dictionaries::phoenix().unwrap();
    assert_eq!(from_dir.stats(), embedded.stats());
    assert_eq!(from_dir.sources.len(), embedded.sources.len());
}

#[test]
fn explicit_validation_files_load() {
    let dir = vendored_dir();
    let files = DictFiles {
        verbs: dir.join("PETR.Validate.verbs.txt"),
        actors: vec![dir.join("PETR.Validate.actors.txt")],
        agents: Some(dir.join("PETR.Validate.agents.txt")),
        discards: Some(dir.join("PETR.Validate.discards.txt")),
        issues: None,
        prepositions: None,
    };
    let dicts = Dictionaries::from_files(&files).unwrap();
    assert_eq!(dicts.stats(), Dictionaries::validation().unwrap().stats());
}

#[test]
fn missing_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let err = Dictionaries::from_dir(dir.path()).unwrap_err();
    assert!(matches!(err, DictError::Missing(_)));
    assert!(err.to_string().contains("CAMEO.2.0.txt"), "{err}");
    let files = DictFiles {
        verbs: dir.path().join("nope.verbs"),
        ..DictFiles::default()
    };
    let err = Dictionaries::from_files(&files).unwrap_err();
    assert!(err.to_string().contains("nope.verbs"), "{err}");
}

#[test]
fn malformed_file_in_a_directory_reports_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(vendored_dir()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let additions = dir.path().join("dyad.additions.actors.txt");
    std::fs::write(&additions, "# header\nGOOD_ [AAA]\n\t[BBB 2020\n").unwrap();
    let err = Dictionaries::from_dir(dir.path()).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("dyad.additions.actors.txt:3:"), "{msg}");
}

#[test]
fn later_files_replace_earlier_phrases() {
    let upstream = parse_actors_str("up.actors", "KYIV_ [USR]\nODESA_ [UKR]\n").unwrap();
    let additions = parse_actors_str("add.actors", "KYIV_ [UKR]\n").unwrap();
    let index = ActorIndex::build([upstream, additions]);
    let m = index.longest_match(&["KYIV"], 0, None).unwrap();
    assert_eq!(m.code.unwrap().code, "UKR");
    assert_eq!(&*m.entry.file, "add.actors");
    assert_eq!(index.redefined_phrase_count(), 1);
    assert_eq!(index.phrase_count(), 2);
}

/// The vendored copies are unchanged copies of the reference data, when that
/// is present (it is not in a user's clone).
#[test]
fn vendored_copies_match_reference_data() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !shared.is_dir() {
        eprintln!("skipped: {} not present", shared.display());
        return;
    }
    let pairs = [
        ("petrarch2/dictionaries", "dictionaries", "CAMEO.2.0.txt"),
        (
            "petrarch2/dictionaries",
            "dictionaries",
            "Phoenix.Countries.actors.txt",
        ),
        (
            "petrarch2/dictionaries",
            "dictionaries",
            "Phoenix.agents.txt",
        ),
        (
            "petrarch2/dictionaries",
            "dictionaries",
            "PETR.Validate.verbs.txt",
        ),
        ("cameo/eventcodes", "cameo", "CAMEO_codefile.txt"),
        ("cameo/plover", "cameo", "CAMEO2PLOVER-2021.txt"),
        ("cameo/goldstein/gdelt", "cameo", "CAMEO.goldsteinscale.txt"),
    ];
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    for (from, to, name) in pairs {
        let a = std::fs::read(shared.join(from).join(name)).unwrap();
        let b = std::fs::read(data.join(to).join(name)).unwrap();
        assert!(a == b, "{name} differs from the reference copy");
    }
}

/// dyad's verb additions are loaded after CAMEO.2.0: URGE codes an appeal,
/// its patterns use CAMEO.2.0's synsets and keep the verb named in their
/// comments, and a directory without the file still loads (it is optional).
#[test]
fn verb_additions_extend_cameo() {
    let dicts = Dictionaries::phoenix().unwrap();
    assert!(dicts
        .sources
        .iter()
        .any(|s| s == dyad_dict::phoenix_files::VERB_ADDITIONS));
    let refs = dicts.verbs.lookup("URGED");
    assert!(!refs.is_empty(), "URGED has no verb block");
    let (block, entry, _) = dicts.verbs.resolve(refs[0]);
    assert_eq!(block.name, "URGE");
    assert_eq!(block.file, dyad_dict::phoenix_files::VERB_ADDITIONS);
    assert_eq!(
        block.isolated_code(entry).event.as_deref(),
        Some("020"),
        "URGE is an appeal"
    );
    assert!(!block.patterns.is_empty());
    assert!(block
        .patterns
        .iter()
        .all(|p| p.comment.as_deref() == Some("URGE")));
    // `- * &SECURITY [0212]` resolved the synset of CAMEO.2.0.
    let security = block
        .patterns
        .iter()
        .find(|p| p.code.raw == "0212")
        .expect("a 0212 pattern");
    assert!(dicts
        .verbs
        .term_matches(&security.after.nouns[0].head, &["SECURITY"]));
    assert!(
        !dicts
            .warnings
            .iter()
            .any(|w| w.file.contains("additions.verbs")),
        "{:?}",
        dicts.warnings
    );

    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(vendored_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() != dyad_dict::phoenix_files::VERB_ADDITIONS {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let without = Dictionaries::from_dir(dir.path()).unwrap();
    assert!(without.verbs.lookup("URGED").is_empty());
    let additions =
        std::fs::read_to_string(vendored_dir().join(dyad_dict::phoenix_files::VERB_ADDITIONS))
            .unwrap();
    let added_blocks = additions.lines().filter(|l| l.starts_with("---")).count();
    assert!(added_blocks >= 2, "URGE and SEVER");
    assert_eq!(
        without.stats().verb_blocks + added_blocks,
        dicts.stats().verb_blocks,
        "the additions add their blocks"
    );
}

#[test]
fn a_bad_verb_addition_names_its_file_and_leaves_the_dictionary_unchanged() {
    let mut verbs = dyad_dict::parse_verbs_str(
        "base.verbs",
        "&THING\n+WIDGET\n---  GIVE  [070]  ---\nGIVE\n",
    )
    .unwrap();
    let err = verbs
        .extend_from_str("more.verbs", "---  URGE  [020]  ---\nURGE\n- * &THING\n")
        .unwrap_err();
    assert!(err.to_string().starts_with("more.verbs:3:"), "{err}");
    assert_eq!(verbs.blocks.len(), 1);
    assert!(verbs.lookup("URGED").is_empty());

    verbs
        .extend_from_str(
            "more.verbs",
            "---  URGE  [020]  ---\nURGE\n- * &THING  [0231]  # URGE\n",
        )
        .unwrap();
    let (block, _, _) = verbs.resolve(verbs.lookup("URGING")[0]);
    assert_eq!((block.file.as_str(), block.line), ("more.verbs", 1));
    let pattern = &block.patterns[0];
    assert!(verbs.term_matches(&pattern.after.nouns[0].head, &["WIDGETS"]));
    assert_eq!(pattern.comment.as_deref(), Some("URGE"));
}
