//! Good and bad input for every reader: clear errors, no panic, and the good
//! records around a bad one are still read.

use std::io::Write;
use std::path::{Path, PathBuf};

use dyad_article::{
    read_articles, Article, EventCoding, InputFormat, JsonlReader, PetrarchItem, PetrarchReader,
    ReadOptions, RecordError,
};

fn split(
    items: impl Iterator<Item = Result<Article, RecordError>>,
) -> (Vec<Article>, Vec<RecordError>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for item in items {
        match item {
            Ok(a) => ok.push(a),
            Err(e) => bad.push(e),
        }
    }
    (ok, bad)
}

fn jsonl(bytes: &[u8]) -> (Vec<Article>, Vec<RecordError>) {
    split(JsonlReader::new(bytes, "in.jsonl"))
}

#[test]
fn jsonl_good_records() {
    let input = br#"{"id": "a1", "date": "2018-06-20", "text": "Syria recognised Abkhazia.", "title": "T", "url": "http://x"}

{"id": 7, "date": "2018-06-20T08:30:00+03:00", "text": "Second.", "language": "en"}
"#;
    let (ok, bad) = jsonl(input);
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].id, "a1");
    assert_eq!(ok[0].title.as_deref(), Some("T"));
    assert_eq!(ok[1].id, "7");
    assert_eq!(ok[1].date.unwrap().to_string(), "2018-06-20");
}

#[test]
fn jsonl_bad_records_are_reported_with_line_and_reason() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"ok1\",\"date\":\"2019-01-01\",\"text\":\"fine\"}\n");
    input.extend_from_slice(
        b"{\"id\":\"x\",\"date\":\"2019-01-01\",\"text\":\"bad \xff\xfe utf8\"}\n",
    );
    input.extend_from_slice(b"{\"id\":\"y\",\"date\":\"2019-01-01\",\"text\":\"trunc\n");
    input.extend_from_slice(b"{\"date\":\"2019-01-01\",\"text\":\"no id\"}\n");
    input.extend_from_slice(b"{\"id\":\"z\",\"text\":\"no date\"}\n");
    input.extend_from_slice(b"{\"id\":\"w\",\"date\":\"2019-01-01\"}\n");
    input.extend_from_slice(b"{\"id\":\"v\",\"date\":\"last tuesday\",\"text\":\"t\"}\n");
    input.extend_from_slice(b"\x00\x01\x02binary junk\x7f\n");
    input.extend_from_slice(b"{\"id\":\"ok2\",\"date\":\"2019-01-02\",\"text\":\"also fine\"}");
    let (ok, bad) = jsonl(&input);
    assert_eq!(
        ok.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["ok1", "ok2"]
    );
    let lines: Vec<usize> = bad.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 3, 4, 5, 6, 7, 8]);
    assert!(bad[0].reason.contains("invalid UTF-8"), "{}", bad[0]);
    assert!(bad[1].reason.contains("JSON"), "{}", bad[1]);
    assert!(bad[2].reason.contains("missing field `id`"), "{}", bad[2]);
    assert!(bad[3].reason.contains("`date`"), "{}", bad[3]);
    assert!(bad[4].reason.contains("`text`"), "{}", bad[4]);
    assert!(bad[5].reason.contains("unparseable date"), "{}", bad[5]);
    assert!(bad[6].reason.contains("invalid JSON"), "{}", bad[6]);
    assert_eq!(bad[0].to_string().split(':').next(), Some("in.jsonl"));
}

#[test]
fn jsonl_empty_input_yields_nothing() {
    let (ok, bad) = jsonl(b"");
    assert!(ok.is_empty() && bad.is_empty());
    let (ok, bad) = jsonl(b"\n\n   \n");
    assert!(ok.is_empty() && bad.is_empty());
}

#[test]
fn jsonl_large_article_is_read_whole() {
    let body = "Syria recognised the independence of Abkhazia. ".repeat(50 * 1024 * 1024 / 48);
    let line = format!("{{\"id\":\"big\",\"date\":\"2018-06-20\",\"text\":\"{body}\"}}\n");
    let mut input = line.into_bytes();
    input.extend_from_slice(b"{\"id\":\"next\",\"date\":\"2018-06-20\",\"text\":\"x\"}\n");
    let (ok, bad) = jsonl(&input);
    assert!(bad.is_empty());
    assert_eq!(ok.len(), 2);
    assert!(ok[0].text.len() >= 50_000_000 - 100);
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn gzip_is_detected_by_content_and_directories_are_recursive() {
    let dir = tempfile::tempdir().unwrap();
    let line = b"{\"id\":\"g1\",\"date\":\"2019-01-01\",\"text\":\"gz text\"}\n";
    write(dir.path(), "a/articles.jsonl.gz", &gzip(line));
    write(
        dir.path(),
        "a/b/2018-06-20-note.txt",
        "Plain text article.\n".as_bytes(),
    );
    write(dir.path(), "a/b/nodate.txt", b"Another one.");
    write(dir.path(), "a/b/empty.txt", b"");
    write(dir.path(), "a/b/bad.txt", b"ok line\nbad \xff byte");
    write(dir.path(), "a/.hidden.txt", b"skipped");
    let date = chrono::NaiveDate::from_ymd_opt(2020, 1, 1);
    let (ok, bad) = split(read_articles(
        &[dir.path().join("a")],
        ReadOptions {
            format: InputFormat::Auto,
            default_date: date,
        },
    ));
    let ids: Vec<_> = ok.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["g1", "2018-06-20-note.txt", "nodate.txt"]);
    assert_eq!(ok[1].date.unwrap().to_string(), "2018-06-20");
    assert_eq!(ok[2].date, date);
    assert_eq!(bad.len(), 2);
    assert!(bad
        .iter()
        .any(|e| e.reason == "invalid UTF-8" && e.line == 2));
    assert!(bad.iter().any(|e| e.reason == "empty article"));
}

#[test]
fn missing_file_is_an_error_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "x.jsonl",
        b"{\"id\":\"1\",\"date\":\"2019-01-01\",\"text\":\"t\"}\n",
    );
    let (ok, bad) = split(read_articles(
        &[dir.path().join("nope.jsonl"), good],
        ReadOptions::default(),
    ));
    assert_eq!(ok.len(), 1);
    assert_eq!(bad.len(), 1);
    assert!(bad[0].reason.starts_with("cannot open"), "{}", bad[0]);
}

const PETRARCH: &str = r#"<Validation>
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Actorfile>PETR.Validate.actors.txt</Actorfile>
    <Include>valid DEMO</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<!--Stop></Stop-->
<!-- a <Sentence> inside a comment is not a record -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- Simple coding -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"ARN"' targetcode="GON" eventcode="064"/>
<Text>
Arnor is about to restore full diplomatic ties
with Gondor &amp; Osgiliath.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "1995x102" id ="BAD-DATE" category="DEMO" sentence="true">
<Text>x</Text>
</Sentence>
<Sentence date="19950103" id="BAD-XML" sentence="true">
<Text>x</Parse>
</Sentence>
<Sentence date="19950104" id="NOEV" category="DEMO" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<EventCoding error="dateline"></EventCoding>
<Text>
AT&T said so.
</Text>
</Sentence>
<Sentence date="19950105" id="UNTERMINATED">
<Text>never closed</Text>
<Sentence date="19950106" id="AFTER">
<Text>After.</Text>
</Sentence>
</Sentences>
</Validation>
"#;

#[test]
fn petrarch_validation_file() {
    let items: Vec<_> = PetrarchReader::new(PETRARCH.as_bytes(), "v.xml").collect();
    let mut records = Vec::new();
    let mut errors = Vec::new();
    let mut env = None;
    let mut configs = Vec::new();
    for item in items {
        match item {
            Ok(PetrarchItem::Environment(e)) => env = Some(e),
            Ok(PetrarchItem::Config(c)) => configs.push(c),
            Ok(PetrarchItem::Record(r)) => records.push(r),
            Err(e) => errors.push(e),
        }
    }
    let env = env.expect("environment");
    assert_eq!(env.verbfile.as_deref(), Some("PETR.Validate.verbs.txt"));
    assert_eq!(env.actorfiles, ["PETR.Validate.actors.txt"]);
    assert_eq!(env.include, ["valid", "DEMO"]);
    assert_eq!(env.configs[0].option, "stop_on_error");
    assert_eq!(configs.len(), 1);
    assert_eq!(
        (configs[0].option.as_str(), configs[0].value.as_str()),
        ("require_dyad", "false")
    );
    assert_eq!(configs[0].line, 21);

    let ids: Vec<_> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["DEMO-00", "NOEV", "AFTER"]);
    let demo = &records[0];
    assert_eq!(
        demo.text,
        "Arnor is about to restore full diplomatic ties with Gondor & Osgiliath."
    );
    assert_eq!(demo.line, 11);
    assert_eq!(demo.date.to_string(), "1995-01-01");
    assert_eq!(demo.codings.len(), 2);
    assert_eq!(demo.codings[0], demo.codings[1]);
    assert_eq!(
        demo.codings[0],
        EventCoding::Event {
            source: "ARN".into(),
            target: "GON".into(),
            code: "064".into()
        }
    );
    assert!(demo.parse.as_deref().unwrap().starts_with("(ROOT"));
    let noev = &records[1];
    assert!(!noev.is_sentence);
    assert_eq!(noev.text, "AT&T said so.");
    assert_eq!(
        noev.codings,
        [EventCoding::NoEvents, EventCoding::Error("dateline".into())]
    );

    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors[0].reason.contains("unparseable date") || errors[0].reason.contains("date"),
        "{}",
        errors[0]
    );
    assert!(errors[1].reason.contains("malformed XML"), "{}", errors[1]);
    assert_eq!(errors[1].line, 26);
    assert!(errors[2].reason.contains("unterminated"), "{}", errors[2]);
}

#[test]
fn petrarch_truncated_and_junk_inputs_do_not_panic() {
    for cut in (0..PETRARCH.len()).step_by(7) {
        if !PETRARCH.is_char_boundary(cut) {
            continue;
        }
        let _ = PetrarchReader::new(&PETRARCH.as_bytes()[..cut], "t.xml").count();
    }
    let junk: Vec<u8> = (0..5000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let _ = PetrarchReader::new(&junk[..], "j.xml").count();
    assert_eq!(PetrarchReader::new(&b""[..], "e.xml").count(), 0);
}

#[test]
fn petrarch_unit_test_file_from_shared_data() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/petrarch2/text/PETR.UnitTest.records.xml");
    if !path.exists() {
        eprintln!("skipped: {} not present", path.display());
        return;
    }
    let file = std::fs::File::open(&path).unwrap();
    let mut records = 0;
    let mut configs = 0;
    let mut codings = 0;
    for item in PetrarchReader::new(std::io::BufReader::new(file), path.display().to_string()) {
        match item.unwrap_or_else(|e| panic!("{e}")) {
            PetrarchItem::Record(r) => {
                records += 1;
                codings += r.codings.len();
            }
            PetrarchItem::Config(_) => configs += 1,
            PetrarchItem::Environment(_) => {}
        }
    }
    assert_eq!(records, 284);
    assert!(configs >= 6);
    assert!(codings >= 380);
}
