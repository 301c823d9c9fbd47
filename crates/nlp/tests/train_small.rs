//! Training end to end on a tiny inline treebank: deterministic, for the
//! tagger and parser variants (one or two tagging passes, tag dictionary,
//! greedy or beam-search parser).
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

/// The variants: (two tagging passes, tag dictionary threshold, parser beam).
const VARIANTS: [(bool, u32, usize); 4] =
    [(false, 0, 1), (true, 0, 1), (true, 2, 1), (false, 2, 3)];

fn variant_config((two_pass, dict_min, beam): (bool, u32, usize)) -> TrainConfig {
    let mut c = small_config(two_pass);
    c.tag_dict.min_count = dict_min;
    c.tag_dict.min_share = 0.99;
    c.parser_beam = beam;
    c
}

fn train_bytes(variant: (bool, u32, usize)) -> Vec<u8> {
    let mut text = String::new();
    for _ in 0..4 {
        text.push_str(TREEBANK);
    }
    let sents = dyad_conllu::read_str(&text).unwrap();
    let mut calls = 0;
    let p = train(&sents, &variant_config(variant), &mut |_, done, total| {
        assert!(done <= total);
        calls += 1;
    })
    .unwrap();
    assert!(calls > 0);
    p.to_bytes()
}

#[test]
fn training_is_deterministic_and_round_trips() {
    for variant in VARIANTS {
        let a = train_bytes(variant);
        assert_eq!(
            a,
            train_bytes(variant),
            "same seed, same bytes: {variant:?}"
        );
        let p = Pipeline::from_bytes(&a).unwrap();
        assert_eq!(p.parser.beam(), variant.2);
        assert_eq!(p.to_bytes(), a, "save/load round trip: {variant:?}");
        let s = p.parse_tokens(&["Syria", "recognized", "Abkhazia", "."]);
        assert_eq!(s.words.len(), 4);
        assert_eq!(s.words.iter().filter(|w| w.head == 0).count(), 1);
        assert_eq!(s.words[0].upos, "PROPN");
        assert_eq!(s.words[1].lemma, "recognize");
        // Any length parses to one rooted tree, greedy or beam.
        for n in [0usize, 1, 2, 7, 150] {
            let forms: Vec<String> = (0..n).map(|i| format!("w{}", i % 5)).collect();
            let forms: Vec<&str> = forms.iter().map(|f| f.as_str()).collect();
            let s = p.parse_tokens(&forms);
            assert_eq!(s.words.len(), n);
            let roots = s.words.iter().filter(|w| w.head == 0).count();
            assert_eq!(roots, (n > 0) as usize, "{variant:?}, {n} tokens");
            assert!(s.words.iter().all(|w| w.head <= n && w.head != w.id));
        }
    }
}

#[test]
fn empty_treebank_is_an_error() {
    assert!(train(&[], &small_config(false), &mut |_, _, _| {}).is_err());
}
