//! PETRARCH XML: `<Sentences><Sentence date id ...><Text>..</Text>
//! [<Parse>..</Parse>]</Sentence>…`, and the `<Validation>` unit-test file with
//! its `<Environment>`, `<Config>` options and `<EventCoding>` expectations.
//!
//! The file is first cut into top-level items (a sentence record, a config
//! option, the environment) by a small streaming scanner, and each item is then
//! parsed as XML on its own. That way a malformed record is one error and the
//! records after it are still read, which a single streaming XML parse could
//! not do: XML parsers cannot resynchronise after an error.

use std::io::BufRead;

use chrono::NaiveDate;
use quick_xml::events::{BytesStart, Event};

use crate::{parse_date, Article, RecordError};

/// Largest single item (a sentence record with its parse) accepted.
const MAX_ITEM_BYTES: usize = 64 << 20;

/// One expected coding of a validation record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventCoding {
    /// `<EventCoding sourcecode=".." targetcode=".." eventcode=".."/>`
    Event {
        source: String,
        target: String,
        code: String,
    },
    /// `<EventCoding noevents="True"/>`: the record must produce no event.
    NoEvents,
    /// `<EventCoding error="dateline"/>`: the coder is expected to reject the record.
    Error(String),
}

/// A `<Config option=".." value=".."/>` line; it applies from where it appears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub option: String,
    pub value: String,
    pub line: usize,
}

/// The `<Environment>` block of a validation file: which dictionaries to use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    pub verbfile: Option<String>,
    pub actorfiles: Vec<String>,
    pub agentfile: Option<String>,
    pub discardfile: Option<String>,
    pub issuefile: Option<String>,
    pub errorfile: Option<String>,
    pub include: Vec<String>,
    pub pause: Option<String>,
    pub configs: Vec<Config>,
}

/// One `<Sentence>` record.
#[derive(Debug, Clone, PartialEq)]
pub struct PetrarchRecord {
    pub id: String,
    pub date: NaiveDate,
    pub category: Option<String>,
    pub source: Option<String>,
    /// `sentence="false"`: the record is not a complete sentence.
    pub is_sentence: bool,
    /// The text with line wrapping collapsed to single spaces.
    pub text: String,
    /// The Penn Treebank parse, when the record has one.
    pub parse: Option<String>,
    pub codings: Vec<EventCoding>,
    /// Line of the `<Sentence` tag.
    pub line: usize,
}

impl PetrarchRecord {
    pub fn into_article(self) -> Article {
        let mut article = Article::new(self.id, Some(self.date), self.text);
        article.source = self.source;
        article
    }
}

/// What a PETRARCH file yields, in file order.
#[derive(Debug, Clone, PartialEq)]
pub enum PetrarchItem {
    Environment(Environment),
    Config(Config),
    Record(PetrarchRecord),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sentence,
    Config,
    Environment,
}

impl Kind {
    fn end_tag(self) -> &'static [u8] {
        match self {
            Kind::Sentence => b"</Sentence>",
            Kind::Config => b"</Config>",
            Kind::Environment => b"</Environment>",
        }
    }
}

/// A top-level item cut out of the input: its kind, first line and bytes.
type Chunk = (Kind, usize, Vec<u8>);

enum State {
    Outside,
    OutsideComment,
    Inside {
        kind: Kind,
        start_line: usize,
        in_comment: bool,
    },
}

/// Streaming reader of PETRARCH XML files.
pub struct PetrarchReader<R> {
    reader: R,
    file: String,
    line: usize,
    state: State,
    buf: Vec<u8>,
    tag_line: usize,
    done: bool,
}

impl<R: BufRead> PetrarchReader<R> {
    pub fn new(reader: R, file: impl Into<String>) -> Self {
        PetrarchReader {
            reader,
            file: file.into(),
            line: 1,
            state: State::Outside,
            buf: Vec::new(),
            tag_line: 1,
            done: false,
        }
    }

    /// Cut the next complete item out of the input: `(kind, first line, bytes)`.
    fn next_chunk(&mut self) -> Option<Result<Chunk, RecordError>> {
        loop {
            let available = match self.reader.fill_buf() {
                Ok(b) => b.to_vec(),
                Err(e) => {
                    self.done = true;
                    return Some(Err(RecordError::new(
                        &self.file,
                        self.line,
                        format!("read error: {e}"),
                    )));
                }
            };
            if available.is_empty() {
                self.done = true;
                if let State::Inside {
                    kind, start_line, ..
                } = self.state
                {
                    let name =
                        String::from_utf8_lossy(&kind.end_tag()[2..kind.end_tag().len() - 1])
                            .into_owned();
                    return Some(Err(RecordError::new(
                        &self.file,
                        start_line,
                        format!("unterminated <{name}>: the file ends before </{name}>"),
                    )));
                }
                return None;
            }
            let mut used = 0;
            let mut result = None;
            for &byte in &available {
                used += 1;
                if byte == b'\n' {
                    self.line += 1;
                }
                if let Some(r) = self.push(byte) {
                    result = Some(r);
                    break;
                }
            }
            self.reader.consume(used);
            if let Some(r) = result {
                return Some(r);
            }
        }
    }

    /// Feed one byte to the scanner; returns a finished item or an error.
    fn push(&mut self, byte: u8) -> Option<Result<Chunk, RecordError>> {
        match &mut self.state {
            State::Outside => {
                if byte == b'<' {
                    self.buf.clear();
                    self.tag_line = self.line;
                }
                if self.buf.len() < 4096 {
                    self.buf.push(byte);
                }
                if self.buf.starts_with(b"<!--") {
                    if self.buf.len() >= 7 && self.buf.ends_with(b"-->") {
                        self.buf.clear();
                    } else if self.buf.len() >= 4 {
                        self.state = State::OutsideComment;
                        self.buf.clear();
                        self.buf.extend_from_slice(b"<!--");
                    }
                    return None;
                }
                if byte != b'>' || !self.buf.starts_with(b"<") {
                    return None;
                }
                let tag = std::mem::take(&mut self.buf);
                let name = tag_name(&tag);
                let kind = match name {
                    b"Sentence" => Kind::Sentence,
                    b"Config" => Kind::Config,
                    b"Environment" => Kind::Environment,
                    _ => return None,
                };
                if tag.ends_with(b"/>") {
                    return Some(Ok((kind, self.tag_line, tag)));
                }
                self.state = State::Inside {
                    kind,
                    start_line: self.tag_line,
                    in_comment: false,
                };
                self.buf = tag;
                None
            }
            State::OutsideComment => {
                self.buf.push(byte);
                if self.buf.len() > 3 {
                    // Keep only the tail needed to see "-->".
                    let n = self.buf.len();
                    self.buf.drain(..n - 3);
                }
                if self.buf.ends_with(b"-->") {
                    self.buf.clear();
                    self.state = State::Outside;
                }
                None
            }
            State::Inside {
                kind,
                start_line,
                in_comment,
            } => {
                let (kind, start_line) = (*kind, *start_line);
                self.buf.push(byte);
                if *in_comment {
                    if self.buf.ends_with(b"-->") {
                        *in_comment = false;
                    }
                    return None;
                }
                if self.buf.ends_with(b"<!--") {
                    *in_comment = true;
                    return None;
                }
                if self.buf.len() > MAX_ITEM_BYTES {
                    self.state = State::Outside;
                    self.buf.clear();
                    return Some(Err(RecordError::new(
                        &self.file,
                        start_line,
                        format!("record longer than {} MiB", MAX_ITEM_BYTES >> 20),
                    )));
                }
                if byte == b'>' && self.buf.ends_with(kind.end_tag()) {
                    self.state = State::Outside;
                    let chunk = std::mem::take(&mut self.buf);
                    return Some(Ok((kind, start_line, chunk)));
                }
                // A new record starting inside this one: this one was never closed.
                if kind == Kind::Sentence
                    && (byte.is_ascii_whitespace() || byte == b'>')
                    && self.buf[..self.buf.len() - 1].ends_with(b"<Sentence")
                    && self.buf.len() > 10
                {
                    let mut restart = b"<Sentence".to_vec();
                    restart.push(byte);
                    self.buf = restart;
                    self.state = State::Inside {
                        kind,
                        start_line: self.line,
                        in_comment: false,
                    };
                    return Some(Err(RecordError::new(
                        &self.file,
                        start_line,
                        "unterminated <Sentence>: a new <Sentence> starts before </Sentence>",
                    )));
                }
                None
            }
        }
    }

    fn err_at(&self, start_line: usize, chunk: &[u8], pos: u64, reason: String) -> RecordError {
        let upto = (pos as usize).min(chunk.len());
        let line = start_line + chunk[..upto].iter().filter(|&&b| b == b'\n').count();
        RecordError::new(&self.file, line, reason)
    }

    fn parse_chunk(
        &self,
        kind: Kind,
        start_line: usize,
        chunk: &[u8],
    ) -> Result<PetrarchItem, RecordError> {
        let mut xml = quick_xml::Reader::from_reader(chunk);
        xml.config_mut().check_end_names = true;
        let mut buf = Vec::new();
        let mut env = Environment::default();
        let mut record: Option<PartialRecord> = None;
        let mut config: Option<Config> = None;
        let mut open: Vec<Vec<u8>> = Vec::new();
        let mut field_text = String::new();
        loop {
            let pos = xml.buffer_position();
            let event = xml.read_event_into(&mut buf).map_err(|e| {
                self.err_at(
                    start_line,
                    chunk,
                    xml.error_position(),
                    format!("malformed XML: {e}"),
                )
            })?;
            let line_here = start_line
                + chunk[..(pos as usize).min(chunk.len())]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let is_empty = matches!(event, Event::Empty(_));
                    let name = e.name().as_ref().to_vec();
                    match name.as_slice() {
                        b"Sentence" if kind == Kind::Sentence && open.is_empty() => {
                            record = Some(
                                PartialRecord::from_tag(e, line_here)
                                    .map_err(|r| RecordError::new(&self.file, line_here, r))?,
                            );
                        }
                        b"Config" => {
                            let attrs = attributes(e)
                                .map_err(|r| RecordError::new(&self.file, line_here, r))?;
                            let get = |k: &str| {
                                attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
                            };
                            let (Some(option), Some(value)) = (get("option"), get("value")) else {
                                return Err(RecordError::new(
                                    &self.file,
                                    line_here,
                                    "<Config> needs option and value attributes",
                                ));
                            };
                            let c = Config {
                                option,
                                value,
                                line: line_here,
                            };
                            if kind == Kind::Environment {
                                env.configs.push(c);
                            } else {
                                config = Some(c);
                            }
                        }
                        b"EventCoding" => {
                            let attrs = attributes(e)
                                .map_err(|r| RecordError::new(&self.file, line_here, r))?;
                            let coding = EventCoding::from_attributes(&attrs)
                                .map_err(|r| RecordError::new(&self.file, line_here, r))?;
                            if let Some(rec) = record.as_mut() {
                                rec.codings.push(coding);
                            }
                        }
                        _ => {}
                    }
                    if !is_empty {
                        open.push(name);
                        field_text.clear();
                    }
                }
                Event::Text(t) => {
                    let raw = t.into_inner();
                    // News text often carries a bare '&'; keep it rather than reject the record.
                    match quick_xml::escape::unescape(&String::from_utf8_lossy(&raw)) {
                        Ok(s) => field_text.push_str(&s),
                        Err(_) => field_text.push_str(&String::from_utf8_lossy(&raw)),
                    }
                }
                Event::CData(t) => field_text.push_str(&String::from_utf8_lossy(&t.into_inner())),
                Event::End(e) => {
                    let name = e.name().as_ref().to_vec();
                    open.pop();
                    let value = std::mem::take(&mut field_text);
                    let trimmed = value.trim().to_string();
                    match (kind, name.as_slice()) {
                        (Kind::Sentence, b"Text") => {
                            if let Some(r) = record.as_mut() {
                                r.text =
                                    Some(value.split_whitespace().collect::<Vec<_>>().join(" "));
                            }
                        }
                        (Kind::Sentence, b"Parse") => {
                            if let Some(r) = record.as_mut() {
                                r.parse = Some(trimmed);
                            }
                        }
                        (Kind::Environment, b"Verbfile") => env.verbfile = Some(trimmed),
                        (Kind::Environment, b"Actorfile") => env.actorfiles.extend(
                            trimmed
                                .split([',', ' ', '\n', '\t'])
                                .filter(|s| !s.is_empty())
                                .map(str::to_string),
                        ),
                        (Kind::Environment, b"Agentfile") => env.agentfile = Some(trimmed),
                        (Kind::Environment, b"Discardfile") => env.discardfile = Some(trimmed),
                        (Kind::Environment, b"Issuefile") => env.issuefile = Some(trimmed),
                        (Kind::Environment, b"Errorfile") => env.errorfile = Some(trimmed),
                        (Kind::Environment, b"Include") => {
                            env.include = trimmed.split_whitespace().map(str::to_string).collect()
                        }
                        (Kind::Environment, b"Pause") => env.pause = Some(trimmed),
                        _ => {}
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        match kind {
            Kind::Environment => Ok(PetrarchItem::Environment(env)),
            Kind::Config => config
                .map(PetrarchItem::Config)
                .ok_or_else(|| RecordError::new(&self.file, start_line, "empty <Config>")),
            Kind::Sentence => {
                let rec = record.ok_or_else(|| {
                    RecordError::new(&self.file, start_line, "no <Sentence> element")
                })?;
                rec.finish()
                    .map(PetrarchItem::Record)
                    .map_err(|r| RecordError::new(&self.file, start_line, r))
            }
        }
    }
}

impl<R: BufRead> Iterator for PetrarchReader<R> {
    type Item = Result<PetrarchItem, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_chunk()? {
            Ok((kind, start_line, chunk)) => Some(self.parse_chunk(kind, start_line, &chunk)),
            Err(e) => Some(Err(e)),
        }
    }
}

fn tag_name(tag: &[u8]) -> &[u8] {
    let inner = &tag[1..];
    let end = inner
        .iter()
        .position(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
        .unwrap_or(inner.len());
    &inner[..end]
}

fn attributes(e: &BytesStart<'_>) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for attr in e.attributes().with_checks(false) {
        let attr = attr.map_err(|err| format!("malformed attribute: {err}"))?;
        let key = String::from_utf8_lossy(attr.key.as_ref()).into_owned();
        let value = match attr.unescape_value() {
            Ok(v) => v.into_owned(),
            Err(_) => String::from_utf8_lossy(&attr.value).into_owned(),
        };
        out.push((key, value));
    }
    Ok(out)
}

/// PETRARCH writes some codes quoted inside the attribute (`sourcecode='"ARN"'`).
fn clean_code(v: &str) -> String {
    v.trim().trim_matches('"').trim().to_string()
}

impl EventCoding {
    fn from_attributes(attrs: &[(String, String)]) -> Result<Self, String> {
        let get = |k: &str| {
            attrs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.as_str())
        };
        if let Some(err) = get("error") {
            return Ok(EventCoding::Error(err.trim().to_string()));
        }
        if let Some(v) = get("noevents") {
            if v.trim().eq_ignore_ascii_case("true") {
                return Ok(EventCoding::NoEvents);
            }
        }
        match (get("sourcecode"), get("targetcode"), get("eventcode")) {
            (Some(s), Some(t), Some(c)) => Ok(EventCoding::Event {
                source: clean_code(s),
                target: clean_code(t),
                code: clean_code(c),
            }),
            _ => Err(
                "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents / error)"
                    .into(),
            ),
        }
    }
}

struct PartialRecord {
    id: Option<String>,
    date: Option<String>,
    category: Option<String>,
    source: Option<String>,
    is_sentence: bool,
    text: Option<String>,
    parse: Option<String>,
    codings: Vec<EventCoding>,
    line: usize,
}

impl PartialRecord {
    fn from_tag(e: &BytesStart<'_>, line: usize) -> Result<Self, String> {
        let attrs = attributes(e)?;
        let get = |k: &str| {
            attrs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.trim().to_string())
        };
        Ok(PartialRecord {
            id: get("id"),
            date: get("date"),
            category: get("category"),
            source: get("source"),
            is_sentence: !get("sentence").is_some_and(|v| v.eq_ignore_ascii_case("false")),
            text: None,
            parse: None,
            codings: Vec::new(),
            line,
        })
    }

    fn finish(self) -> Result<PetrarchRecord, String> {
        let id = self
            .id
            .filter(|s| !s.is_empty())
            .ok_or("<Sentence> without an id attribute")?;
        let date_text = self
            .date
            .ok_or_else(|| format!("record {id:?}: <Sentence> without a date attribute"))?;
        let date = parse_date(&date_text).ok_or_else(|| {
            format!("record {id:?}: unparseable date {date_text:?} (expected YYYYMMDD)")
        })?;
        let text = self
            .text
            .ok_or_else(|| format!("record {id:?}: missing <Text>"))?;
        Ok(PetrarchRecord {
            id,
            date,
            category: self.category,
            source: self.source,
            is_sentence: self.is_sentence,
            text,
            parse: self.parse,
            codings: self.codings,
            line: self.line,
        })
    }
}
