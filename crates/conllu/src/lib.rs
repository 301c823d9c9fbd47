//! CoNLL-U reader and writer.
//!
//! Reads the Universal Dependencies CoNLL-U format (10 tab-separated columns per
//! word, `#` comment lines, blank line between sentences) into [`Sentence`]s and
//! writes them back. Multiword tokens (ids like `3-4`) are kept separately from
//! the syntactic words; empty nodes (ids like `8.1`) are skipped. Malformed input
//! never panics: it yields an [`Error`] naming the line and the reason.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

/// One syntactic word (a line whose id is a plain integer).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    /// 1-based index of the word in its sentence.
    pub id: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// Id of the head word; 0 for the root. `_` in the file reads as 0.
    pub head: usize,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

impl Word {
    /// A word with the given id and form and every other column empty (`_`).
    pub fn new(id: usize, form: &str) -> Word {
        Word {
            id,
            form: form.to_string(),
            lemma: "_".into(),
            upos: "_".into(),
            xpos: "_".into(),
            feats: "_".into(),
            head: 0,
            deprel: "_".into(),
            deps: "_".into(),
            misc: "_".into(),
        }
    }
}

/// A surface token spanning several syntactic words (a line with id `first-last`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MultiwordToken {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

/// One sentence: its comments, words and multiword tokens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Comment lines without the leading `#` and one following space.
    pub comments: Vec<String>,
    pub words: Vec<Word>,
    pub multiword: Vec<MultiwordToken>,
}

impl Sentence {
    fn comment_value(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let rest = c.strip_prefix(key)?.trim_start();
            let rest = rest.strip_prefix('=')?;
            Some(rest.strip_prefix(' ').unwrap_or(rest))
        })
    }

    /// The sentence text from `# text = ...`.
    pub fn text(&self) -> Option<&str> {
        self.comment_value("text")
    }

    /// The sentence id from `# sent_id = ...`.
    pub fn sent_id(&self) -> Option<&str> {
        self.comment_value("sent_id")
    }

    /// The document id from `# newdoc id = ...`; `Some("")` for a bare `# newdoc`.
    pub fn newdoc_id(&self) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let rest = c.strip_prefix("newdoc")?;
            if rest.trim().is_empty() {
                return Some("");
            }
            let rest = rest.trim_start().strip_prefix("id")?.trim_start();
            let rest = rest.strip_prefix('=')?;
            Some(rest.trim())
        })
    }

    /// True when the sentence starts a paragraph (`# newpar` or `# newpar id = ...`).
    pub fn starts_paragraph(&self) -> bool {
        self.comments
            .iter()
            .any(|c| c == "newpar" || c.starts_with("newpar ") || c.starts_with("newpar\t"))
    }

    /// The surface token forms in order: a multiword token once, its words skipped.
    pub fn surface_tokens(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.words.len());
        let mut mwt = self.multiword.iter().peekable();
        let mut skip_until = 0usize;
        for w in &self.words {
            if w.id <= skip_until {
                continue;
            }
            while let Some(m) = mwt.peek() {
                if m.last < w.id {
                    mwt.next();
                } else {
                    break;
                }
            }
            if let Some(m) = mwt.peek() {
                if m.first == w.id {
                    out.push(m.form.as_str());
                    skip_until = m.last;
                    mwt.next();
                    continue;
                }
            }
            out.push(w.form.as_str());
        }
        out
    }
}

/// A parse error: the 1-based line number and what is wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for Error {}

/// An error reading a CoNLL-U file: I/O or format, with the file name.
#[derive(Debug)]
pub struct FileError {
    pub path: std::path::PathBuf,
    pub kind: FileErrorKind,
}

#[derive(Debug)]
pub enum FileErrorKind {
    Io(io::Error),
    Format(Error),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            FileErrorKind::Io(e) => write!(f, "{}: {}", self.path.display(), e),
            FileErrorKind::Format(e) => write!(f, "{}: {}", self.path.display(), e),
        }
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            FileErrorKind::Io(e) => Some(e),
            FileErrorKind::Format(e) => Some(e),
        }
    }
}

/// Streaming reader: yields one sentence at a time.
pub struct Reader<R: BufRead> {
    input: R,
    line_no: usize,
    buf: String,
    done: bool,
}

impl<R: BufRead> Reader<R> {
    pub fn new(input: R) -> Reader<R> {
        Reader {
            input,
            line_no: 0,
            buf: String::new(),
            done: false,
        }
    }

    fn read_sentence(&mut self) -> Result<Option<Sentence>, Error> {
        let mut sent = Sentence::default();
        let mut started = false;
        loop {
            self.buf.clear();
            let n = self.input.read_line(&mut self.buf).map_err(|e| Error {
                line: self.line_no + 1,
                reason: format!("read error: {e}"),
            })?;
            if n == 0 {
                self.done = true;
                break;
            }
            self.line_no += 1;
            let line = self.buf.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                if started {
                    break;
                }
                continue;
            }
            started = true;
            if let Some(c) = line.strip_prefix('#') {
                sent.comments
                    .push(c.strip_prefix(' ').unwrap_or(c).to_string());
                continue;
            }
            parse_word_line(line, self.line_no, &mut sent)?;
        }
        if !started {
            return Ok(None);
        }
        if sent.words.is_empty() {
            return Err(Error {
                line: self.line_no,
                reason: "sentence has comments but no words".into(),
            });
        }
        for w in &sent.words {
            if w.head > sent.words.len() {
                return Err(Error {
                    line: self.line_no,
                    reason: format!(
                        "word {} has head {} but the sentence has only {} words",
                        w.id,
                        w.head,
                        sent.words.len()
                    ),
                });
            }
        }
        Ok(Some(sent))
    }
}

fn parse_word_line(line: &str, line_no: usize, sent: &mut Sentence) -> Result<(), Error> {
    let err = |reason: String| Error {
        line: line_no,
        reason,
    };
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(err(format!(
            "expected 10 tab-separated columns, found {}",
            cols.len()
        )));
    }
    let id = cols[0];
    if id.contains('.') {
        // Empty node of the enhanced graph: not a syntactic word.
        return Ok(());
    }
    if let Some((a, b)) = id.split_once('-') {
        let first: usize = a
            .parse()
            .map_err(|_| err(format!("bad multiword token id {id:?}")))?;
        let last: usize = b
            .parse()
            .map_err(|_| err(format!("bad multiword token id {id:?}")))?;
        if first == 0 || last < first {
            return Err(err(format!("bad multiword token range {id:?}")));
        }
        sent.multiword.push(MultiwordToken {
            first,
            last,
            form: cols[1].to_string(),
            misc: cols[9].to_string(),
        });
        return Ok(());
    }
    let id: usize = id
        .parse()
        .map_err(|_| err(format!("word id {id:?} is not a number")))?;
    if id != sent.words.len() + 1 {
        return Err(err(format!(
            "word id {id} out of sequence (expected {})",
            sent.words.len() + 1
        )));
    }
    let head = match cols[6] {
        "_" => 0,
        h => h
            .parse()
            .map_err(|_| err(format!("head {h:?} is not a number")))?,
    };
    sent.words.push(Word {
        id,
        form: cols[1].to_string(),
        lemma: cols[2].to_string(),
        upos: cols[3].to_string(),
        xpos: cols[4].to_string(),
        feats: cols[5].to_string(),
        head,
        deprel: cols[7].to_string(),
        deps: cols[8].to_string(),
        misc: cols[9].to_string(),
    });
    Ok(())
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Sentence, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.read_sentence() {
            Ok(Some(s)) => Some(Ok(s)),
            Ok(None) => None,
            Err(e) => {
                // Skip to the end of the broken sentence so the next call resumes cleanly.
                self.skip_rest_of_sentence();
                Some(Err(e))
            }
        }
    }
}

impl<R: BufRead> Reader<R> {
    fn skip_rest_of_sentence(&mut self) {
        if self.done || self.buf.trim().is_empty() {
            return;
        }
        loop {
            self.buf.clear();
            match self.input.read_line(&mut self.buf) {
                Ok(0) | Err(_) => {
                    self.done = true;
                    return;
                }
                Ok(_) => {
                    self.line_no += 1;
                    if self.buf.trim().is_empty() {
                        return;
                    }
                }
            }
        }
    }
}

/// Reads all sentences of a CoNLL-U string.
pub fn read_str(s: &str) -> Result<Vec<Sentence>, Error> {
    Reader::new(s.as_bytes()).collect()
}

/// Reads all sentences of a CoNLL-U file; errors name the file.
pub fn read_path(p: &Path) -> Result<Vec<Sentence>, FileError> {
    let file = File::open(p).map_err(|e| FileError {
        path: p.to_path_buf(),
        kind: FileErrorKind::Io(e),
    })?;
    Reader::new(BufReader::new(file))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| FileError {
            path: p.to_path_buf(),
            kind: FileErrorKind::Format(e),
        })
}

fn col(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

/// Writes one sentence (comments, multiword tokens, words) followed by a blank line.
pub fn write_sentence(w: &mut impl Write, s: &Sentence) -> io::Result<()> {
    for c in &s.comments {
        writeln!(w, "# {c}")?;
    }
    let mut mwt = s.multiword.iter().peekable();
    for word in &s.words {
        while let Some(m) = mwt.peek() {
            if m.first <= word.id {
                writeln!(
                    w,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    m.first,
                    m.last,
                    m.form,
                    col(&m.misc)
                )?;
                mwt.next();
            } else {
                break;
            }
        }
        writeln!(
            w,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            word.id,
            col(&word.form),
            col(&word.lemma),
            col(&word.upos),
            col(&word.xpos),
            col(&word.feats),
            word.head,
            col(&word.deprel),
            col(&word.deps),
            col(&word.misc)
        )?;
    }
    writeln!(w)
}
