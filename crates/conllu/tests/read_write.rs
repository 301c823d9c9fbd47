use dyad_conllu::{read_path, read_str, write_sentence, Reader};

const GOOD: &str = "# newdoc id = doc1
# newpar
# sent_id = s1
# text = I don't know.
1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No
4.1\tknows\t_\t_\t_\t_\t_\t_\t_\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

# sent_id = s2
# text = Hi
1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_
";

#[test]
fn reads_comments_words_and_multiword_tokens() {
    let sents = read_str(GOOD).unwrap();
    assert_eq!(sents.len(), 2);
    let s = &sents[0];
    assert_eq!(s.text(), Some("I don't know."));
    assert_eq!(s.sent_id(), Some("s1"));
    assert_eq!(s.newdoc_id(), Some("doc1"));
    assert!(s.starts_paragraph());
    assert_eq!(s.words.len(), 5, "empty node 4.1 must be skipped");
    assert_eq!(s.words[3].form, "know");
    assert_eq!(s.words[3].head, 0);
    assert_eq!(s.words[0].head, 4);
    assert_eq!(s.words[2].lemma, "not");
    assert_eq!(s.multiword.len(), 1);
    assert_eq!(s.surface_tokens(), vec!["I", "don't", "know", "."]);
    let t = &sents[1];
    assert_eq!(t.newdoc_id(), None);
    assert!(!t.starts_paragraph());
    assert_eq!(t.surface_tokens(), vec!["Hi"]);
}

#[test]
fn bare_newdoc_gives_empty_id() {
    let s = read_str("# newdoc\n1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n").unwrap();
    assert_eq!(s[0].newdoc_id(), Some(""));
}

#[test]
fn write_then_read_round_trips() {
    let sents = read_str(GOOD).unwrap();
    let mut out = Vec::new();
    for s in &sents {
        write_sentence(&mut out, s).unwrap();
    }
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("2-3\tdon't\t"));
    let again = read_str(&text).unwrap();
    assert_eq!(again, sents);
}

#[test]
fn bad_column_count_names_line() {
    let bad = "# text = a\n1\ta\ta\tX\n";
    let e = read_str(bad).unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.to_string().starts_with("line 2: "), "{e}");
}

#[test]
fn non_numeric_id_and_head_are_errors() {
    let e = read_str("x\ta\ta\tX\tX\t_\t0\troot\t_\t_\n").unwrap_err();
    assert_eq!(e.line, 1);
    let e = read_str("1\ta\ta\tX\tX\t_\tzz\troot\t_\t_\n").unwrap_err();
    assert_eq!(e.line, 1);
    assert!(e.reason.contains("head"));
    let e = read_str("1\ta\ta\tX\tX\t_\t7\troot\t_\t_\n").unwrap_err();
    assert!(e.reason.contains("head 7"));
    let e = read_str("1-x\ta\t_\t_\t_\t_\t_\t_\t_\t_\n").unwrap_err();
    assert_eq!(e.line, 1);
}

#[test]
fn reader_continues_after_a_bad_sentence() {
    let input = "1\ta\ta\tX\n2\tb\n\n1\tok\tok\tX\tX\t_\t0\troot\t_\t_\n";
    let results: Vec<_> = Reader::new(input.as_bytes()).collect();
    assert_eq!(results.len(), 2);
    assert!(results[0].is_err());
    assert_eq!(results[1].as_ref().unwrap().words[0].form, "ok");
}

#[test]
fn missing_file_error_names_the_file() {
    let e = read_path(std::path::Path::new("/nonexistent/x.conllu")).unwrap_err();
    assert!(e.to_string().contains("/nonexistent/x.conllu"));
}

#[test]
fn reads_ewt_dev_when_present() {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/ud/EWT/en_ewt-ud-dev.conllu");
    if !p.exists() {
        println!("skipping: {} not found", p.display());
        return;
    }
    let sents = read_path(&p).unwrap();
    assert!(sents.len() > 1000);
    assert!(sents.iter().all(|s| s.text().is_some()));
}
