//! The shipped model: loads, parses sanely, never panics.
use std::sync::OnceLock;

use dyad_conllu::Sentence;
use dyad_nlp::Pipeline;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::load_embedded().expect("embedded model loads"))
}

fn assert_tree(s: &Sentence, n: usize) {
    assert_eq!(s.words.len(), n);
    let roots: Vec<_> = s.words.iter().filter(|w| w.head == 0).collect();
    if n > 0 {
        assert_eq!(roots.len(), 1, "exactly one root");
        assert_eq!(roots[0].deprel, "root");
    }
    for w in &s.words {
        assert!(w.head <= n, "head in range");
        assert_ne!(w.head, w.id, "no self loops");
        assert!(!w.upos.is_empty() && !w.xpos.is_empty() && !w.deprel.is_empty());
        // Following heads must reach the root without cycles.
        let mut h = w.head;
        let mut steps = 0;
        while h != 0 {
            h = s.words[h - 1].head;
            steps += 1;
            assert!(steps <= n, "cycle through word {}", w.id);
        }
    }
}

fn parse(text: &str) -> Sentence {
    let forms: Vec<&str> = text.split_whitespace().collect();
    let s = pipeline().parse_tokens(&forms);
    assert_tree(&s, forms.len());
    s
}

fn word<'a>(s: &'a Sentence, form: &str) -> &'a dyad_conllu::Word {
    s.words
        .iter()
        .find(|w| w.form == form)
        .expect("word present")
}

#[test]
fn subject_of_active_sentence() {
    let s = parse("Syria recognised Abkhazia .");
    let syria = word(&s, "Syria");
    let verb = word(&s, "recognised");
    assert_eq!(syria.deprel, "nsubj");
    assert_eq!(syria.head, verb.id);
    assert_eq!(verb.head, 0);
    assert_eq!(word(&s, "Abkhazia").deprel, "obj");
    assert_eq!(verb.lemma, "recognise");
}

#[test]
fn passive_gets_vbn() {
    let s = parse("Abkhazia was recognised by Syria in 2018 .");
    let verb = word(&s, "recognised");
    assert_eq!(verb.xpos, "VBN");
    assert_eq!(verb.head, 0);
    assert_eq!(word(&s, "Abkhazia").deprel, "nsubj:pass");
    assert_eq!(word(&s, "was").deprel, "aux:pass");
    assert_eq!(word(&s, "was").lemma, "be");
}

#[test]
fn ud_style_tokens() {
    let s = parse("Russia 's troops do n't leave .");
    assert_eq!(word(&s, "'s").upos, "PART");
    assert_eq!(word(&s, "n't").lemma, "not");
}

#[test]
fn never_panics_on_odd_input() {
    assert_tree(&pipeline().parse_tokens(&[]), 0);
    assert_tree(&pipeline().parse_tokens(&["Hello"]), 1);
    let long: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
    let refs: Vec<&str> = long.iter().map(|s| s.as_str()).collect();
    assert_tree(&pipeline().parse_tokens(&refs), 500);
    let weird = [
        "",
        " ",
        "\u{0}",
        "🙂",
        "e\u{301}",
        "ÅNGSTRÖM",
        "Straße",
        "\u{202e}abc",
        "ﬁ",
        "İ",
        "日本語",
        "١٢٣",
        "--",
        "http://x.y/z?q=1",
        "\t",
    ];
    assert_tree(&pipeline().parse_tokens(&weird), weird.len());
    let same = ["the"; 64];
    assert_tree(&pipeline().parse_tokens(&same), 64);
}

#[test]
fn pipeline_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Pipeline>();
    let handles: Vec<_> = (0..2)
        .map(|_| {
            std::thread::spawn(|| {
                let s = pipeline().parse_tokens(&["They", "left", "."]);
                s.words.len()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 3);
    }
}

#[test]
fn save_and_load_round_trip() {
    let bytes = pipeline().to_bytes();
    let again = Pipeline::from_bytes(&bytes).unwrap();
    let forms = ["The", "talks", "were", "held", "in", "Geneva", "."];
    assert_eq!(again.parse_tokens(&forms), pipeline().parse_tokens(&forms));
    assert!(Pipeline::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    assert!(Pipeline::from_bytes(b"garbage").is_err());
}

#[test]
fn corrupt_models_are_errors_not_panics() {
    let bytes = pipeline().to_bytes();
    let mut raw = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::DeflateDecoder::new(&bytes[..]), &mut raw)
        .unwrap();
    // Flip bytes at many positions of the inflated model, re-compress, load.
    for k in 0..12 {
        let mut bad = raw.clone();
        let pos = 8 + (k * 7919) % 64 + (k * 104_729) % (raw.len() - 8);
        bad[pos] ^= 0xff;
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::none());
        std::io::Write::write_all(&mut enc, &bad).unwrap();
        // Either an error, or a model that still parses without panicking.
        if let Ok(p) = Pipeline::from_bytes(&enc.finish().unwrap()) {
            let s = p.parse_tokens(&["They", "met", "in", "Paris", "."]);
            assert_eq!(s.words.len(), 5);
        }
    }
    // Truncations.
    for cut in [8, 9, 100, raw.len() / 3, raw.len() - 1] {
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::none());
        std::io::Write::write_all(&mut enc, &raw[..cut]).unwrap();
        assert!(Pipeline::from_bytes(&enc.finish().unwrap()).is_err());
    }
}
