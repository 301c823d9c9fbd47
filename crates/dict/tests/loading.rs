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
