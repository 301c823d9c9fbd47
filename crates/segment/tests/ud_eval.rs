//! Segmentation accuracy against Universal Dependencies (needs ../shared;
//! skipped with a message when it is absent).

use std::path::{Path, PathBuf};

fn ud(path: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/ud")
        .join(path);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} not present", p.display());
        None
    }
}

#[test]
fn ewt_test_meets_targets() {
    let Some(p) = ud("EWT/en_ewt-ud-test.conllu") else {
        return;
    };
    let sentences = dyad_conllu::read_path(&p).unwrap();
    let s = dyad_segment::eval::evaluate(&sentences, None);
    eprintln!(
        "EWT test: tokens_f1={:.2} sentences_f1={:.2}",
        s.tokens.f1(),
        s.sentences.f1()
    );
    assert!(s.tokens.f1() >= 99.0, "token F1 {:.2}", s.tokens.f1());
    assert!(
        s.sentences.f1() >= 80.0,
        "sentence F1 {:.2}",
        s.sentences.f1()
    );
}

#[test]
fn gum_news_meets_targets() {
    let (Some(dev), Some(test)) = (
        ud("GUM/en_gum-ud-dev.conllu"),
        ud("GUM/en_gum-ud-test.conllu"),
    ) else {
        return;
    };
    let mut sentences = dyad_conllu::read_path(&dev).unwrap();
    sentences.extend(dyad_conllu::read_path(&test).unwrap());
    let s = dyad_segment::eval::evaluate(&sentences, Some("GUM_news_"));
    eprintln!(
        "GUM news: tokens_f1={:.2} sentences_f1={:.2}",
        s.tokens.f1(),
        s.sentences.f1()
    );
    assert!(s.documents >= 4);
    assert!(
        s.sentences.f1() >= 95.0,
        "sentence F1 {:.2}",
        s.sentences.f1()
    );
}
