//! Training end to end on a tiny inline treebank: deterministic, both tagger variants.
use dyad_nlp::train::{train, TrainConfig};
use dyad_nlp::Pipeline;

const TREEBANK: &str = "\
1\tSyria\tSyria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
2\trecognized\trecognize\tVERB\tVBD\t_\t0\troot\t_\t_
3\tAbkhazia\tAbkhazia\tPROPN\tNNP\t_\t2\tobj\t_\t_
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tAbkhazia\tAbkhazia\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_
2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_
3\trecognized\trecognize\tVERB\tVBN\t_\t0\troot\t_\t_
4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_
5\tSyria\tSyria\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\ttalks\ttalk\tNOUN\tNNS\t_\t3\tnsubj\t_\t_
3\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_
4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_
5\tGeneva\tGeneva\tPROPN\tNNP\t_\t3\tobl\t_\t_
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

";

fn small_config(two_pass: bool) -> TrainConfig {
    TrainConfig {
        tagger_epochs: 3,
        parser_epochs: 3,
        jackknife_folds: 2,
        two_pass,
        tagger_prune: 0,
        parser_prune: 0,
        ..TrainConfig::default()
    }
}

fn train_bytes(two_pass: bool) -> Vec<u8> {
    let mut text = String::new();
    for _ in 0..4 {
        text.push_str(TREEBANK);
    }
    let sents = dyad_conllu::read_str(&text).unwrap();
    let mut calls = 0;
    let p = train(&sents, &small_config(two_pass), &mut |_, done, total| {
        assert!(done <= total);
        calls += 1;
    })
    .unwrap();
    assert!(calls > 0);
    p.to_bytes()
}

#[test]
fn training_is_deterministic_and_round_trips() {
    for two_pass in [false, true] {
        let a = train_bytes(two_pass);
        assert_eq!(a, train_bytes(two_pass), "same seed, same bytes");
        let p = Pipeline::from_bytes(&a).unwrap();
        let s = p.parse_tokens(&["Syria", "recognized", "Abkhazia", "."]);
        assert_eq!(s.words.len(), 4);
        assert_eq!(s.words.iter().filter(|w| w.head == 0).count(), 1);
        assert_eq!(s.words[0].upos, "PROPN");
        assert_eq!(s.words[1].lemma, "recognize");
    }
}

#[test]
fn empty_treebank_is_an_error() {
    assert!(train(&[], &small_config(false), &mut |_, _, _| {}).is_err());
}
