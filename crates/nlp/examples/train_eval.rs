//! Development driver: train on a treebank and score on another without the CLI.
//! Usage: train_eval TRAIN DEV OUT.bin [tagger_epochs parser_epochs folds]
use std::time::Instant;

use dyad_nlp::eval::Scores;
use dyad_nlp::train::{train, TrainConfig};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut config = TrainConfig::default();
    if args.len() >= 7 {
        config.tagger_epochs = args[4].parse().expect("tagger epochs");
        config.parser_epochs = args[5].parse().expect("parser epochs");
        config.jackknife_folds = args[6].parse().expect("folds");
    }
    if let Ok(p) = std::env::var("TWO_PASS") {
        config.two_pass = p == "1";
    }
    if let Ok(d) = std::env::var("TAG_DICT") {
        let (c, s) = d.split_once(',').expect("TAG_DICT=count,share");
        config.tag_dict.min_count = c.parse().expect("count");
        config.tag_dict.min_share = s.parse().expect("share");
    }
    if let Ok(f) = std::env::var("FEATURES") {
        config.parser_features = f.parse().expect("FEATURES=set");
    }
    if let Ok(b) = std::env::var("BEAM") {
        config.parser_beam = b.parse().expect("BEAM=width");
    }
    let t0 = Instant::now();
    let pipeline = if args[1] == "-" {
        dyad_nlp::Pipeline::load(std::path::Path::new(&args[3])).expect("load")
    } else {
        let sents = dyad_conllu::read_path(args[1].as_ref()).expect("train");
        let mut last = 0;
        let p = train(&sents, &config, &mut |stage, done, total| {
            let pct = done * 100 / total.max(1);
            if pct != last {
                last = pct;
                eprint!("\r{stage} {pct}% {:.0}s   ", t0.elapsed().as_secs_f64());
            }
        })
        .expect("train");
        eprintln!("\ntrained in {:.0}s", t0.elapsed().as_secs_f64());
        p.save(args[3].as_ref()).expect("save");
        p
    };
    eprintln!(
        "model size {} bytes; tagger (features, weights) {:?}; parser {:?}",
        std::fs::metadata(&args[3]).unwrap().len(),
        pipeline.tagger.weight_count(),
        pipeline.parser.weight_count()
    );
    let t = Instant::now();
    let _ = dyad_nlp::Pipeline::load(std::path::Path::new(&args[3])).expect("load");
    eprintln!("load {:.3}s", t.elapsed().as_secs_f64());
    let mut pipeline = pipeline;
    if let Ok(v) = std::env::var("PRUNE") {
        let (t, p) = v.split_once(',').expect("PRUNE=t,p");
        pipeline.prune(t.parse().unwrap(), p.parse().unwrap());
        if let Ok(out) = std::env::var("SAVE_PRUNED") {
            pipeline.save(out.as_ref()).expect("save pruned");
        }
        eprintln!(
            "pruned: tagger {:?} parser {:?}; {} bytes",
            pipeline.tagger.weight_count(),
            pipeline.parser.weight_count(),
            pipeline.to_bytes().len()
        );
    }
    let dev = dyad_conllu::read_path(args[2].as_ref()).expect("dev");

    let mut scores = Scores::default();
    let t = Instant::now();
    let cpu0 = dyad_nlp::eval::thread_cpu_seconds().unwrap_or(0.0);
    let mut n = 0;
    let repeat: usize = std::env::var("REPEAT").map_or(1, |r| r.parse().expect("REPEAT=n"));
    for _ in 1..repeat {
        for g in &dev {
            let forms: Vec<&str> = g.words.iter().map(|w| w.form.as_str()).collect();
            n += forms.len();
            std::hint::black_box(pipeline.parse_tokens(&forms));
        }
    }
    for g in &dev {
        let forms: Vec<&str> = g.words.iter().map(|w| w.form.as_str()).collect();
        n += forms.len();
        let s = pipeline.parse_tokens(&forms);
        scores.add_same_tokens(g, &s);
        if std::env::var("ERRORS").is_ok() {
            for (gw, sw) in g.words.iter().zip(&s.words) {
                if gw.upos != sw.upos {
                    println!("ERR {} {}->{} {}", gw.form, gw.upos, sw.upos, gw.xpos);
                }
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = dyad_nlp::eval::thread_cpu_seconds().unwrap_or(0.0) - cpu0;
    eprintln!(
        "wall {secs:.3}s cpu {cpu:.3}s: {:.0} tokens per CPU second",
        n as f64 / cpu
    );
    println!(
        "LAS_full={:.2} UPOS={:.2} XPOS={:.2} LEMMA={:.2} UAS={:.2} LAS={:.2} tokens_per_s={:.0}",
        scores.las_full(),
        scores.upos(),
        scores.xpos(),
        scores.lemma(),
        scores.uas(),
        scores.las(),
        n as f64 / secs
    );
}
