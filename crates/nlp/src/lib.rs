//! Pure-Rust English part-of-speech tagger, lemmatizer and dependency parser,
//! trained on the Universal Dependencies English Web Treebank (EWT).
//!
//! * Tagger: greedy averaged perceptron over joint (UPOS, PTB XPOS) tags.
//! * Lemmatizer: lemma table from the treebank plus learned suffix rules.
//! * Parser: arc-hybrid transition system, dynamic oracle, averaged perceptron
//!   with rich features; labels predicted jointly with transitions. Every token
//!   always gets a head and there is exactly one root.
//!
//! The shipped model is embedded in the binary ([`Pipeline::load_embedded`]).
//! Training ([`train::train`]) is deterministic for a given seed.

use std::cell::RefCell;
use std::fmt;
use std::io::Read;
use std::path::Path;

use dyad_conllu::{Sentence, Word};

pub mod eval;
mod hash;
mod io;
pub mod lemma;
pub mod parser;
mod perceptron;
pub mod tagger;
pub mod train;

use io::{ByteReader, ByteWriter};
use lemma::Lemmatizer;
use parser::{ParseScratch, Parser};
use tagger::{TagScratch, Tagger};

/// Errors loading or saving a model.
#[derive(Debug)]
pub enum Error {
    Io(String, std::io::Error),
    Model(String),
    Data(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(what, e) => write!(f, "{what}: {e}"),
            Error::Model(r) => write!(f, "bad model file: {r}"),
            Error::Data(r) => write!(f, "{r}"),
        }
    }
}

impl std::error::Error for Error {}

/// File magic; the byte after it is the format: 1 = one tagging pass, 2 = a
/// flag byte after the tagger weights announces a second pass, 3 = as 2 plus
/// the tag dictionary after the tagger and the parser's beam width after its
/// weights.
const MAGIC: &[u8; 7] = b"DYADNLP";

/// The shipped model (deflate-compressed), trained on UD EWT train (CC BY-SA 4.0).
static EMBEDDED_MODEL: &[u8] = include_bytes!("../model/en_ewt.bin");

/// The UPOS a PTB tag usually goes with (for a forced tag).
fn default_upos(xpos: &str) -> &'static str {
    match xpos {
        "VBD" | "VBN" | "VBZ" | "VBP" | "VB" | "VBG" => "VERB",
        "NN" | "NNS" => "NOUN",
        "NNP" | "NNPS" => "PROPN",
        "JJ" | "JJR" | "JJS" => "ADJ",
        "MD" => "AUX",
        _ => "X",
    }
}

/// Tagger + lemmatizer + parser.
pub struct Pipeline {
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
}

#[derive(Default)]
struct Scratch {
    lower: String,
    tag: TagScratch,
    classes: Vec<u8>,
    words: Vec<u64>,
    tags: Vec<u64>,
    parse: ParseScratch,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Pipeline {
    /// The model embedded in the binary.
    pub fn load_embedded() -> Result<Pipeline, Error> {
        Pipeline::from_bytes(EMBEDDED_MODEL)
    }

    /// Loads a model file written by [`Pipeline::save`].
    pub fn load(path: &Path) -> Result<Pipeline, Error> {
        let data = std::fs::read(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
        Pipeline::from_bytes(&data).map_err(|e| match e {
            Error::Model(r) => Error::Model(format!("{}: {r}", path.display())),
            e => e,
        })
    }

    /// Decodes a compressed model.
    pub fn from_bytes(compressed: &[u8]) -> Result<Pipeline, Error> {
        let mut data = Vec::new();
        flate2::read::DeflateDecoder::new(compressed)
            .read_to_end(&mut data)
            .map_err(|e| Error::Model(format!("cannot decompress: {e}")))?;
        let mut r = ByteReader::new(&data);
        if r.bytes(7)? != MAGIC {
            return Err(Error::Model("not a dyad NLP model (bad magic)".into()));
        }
        let format = match r.u8()? {
            f @ (b'1' | b'2' | b'3') => f - b'0',
            _ => return Err(Error::Model("unknown model format version".into())),
        };
        let tagger = Tagger::read(&mut r, format)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let parser = Parser::read(&mut r, format)?;
        if !r.at_end() {
            return Err(r.error("trailing bytes after the model"));
        }
        Ok(Pipeline {
            tagger,
            lemmatizer,
            parser,
        })
    }

    /// Encodes the model (deflate-compressed).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ByteWriter::default();
        w.bytes(MAGIC);
        // The oldest format that holds the model, so older models keep their bytes.
        let format = if self.parser.beam > 1
            || self.parser.feature_set != 0
            || !self.tagger.fixed.is_empty()
        {
            3
        } else if self.tagger.second.is_some() {
            2
        } else {
            1
        };
        w.u8(b'0' + format);
        self.tagger.write(&mut w, format);
        self.lemmatizer.write(&mut w);
        self.parser.write(&mut w, format);
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut enc, &w.buf).expect("writing to a Vec cannot fail");
        enc.finish().expect("writing to a Vec cannot fail")
    }

    /// Writes the model to `path`.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        std::fs::write(path, self.to_bytes()).map_err(|e| Error::Io(path.display().to_string(), e))
    }

    /// Drops small weights (quantized units, out of 32767) to shrink the model.
    pub fn prune(&mut self, tagger_min: i16, parser_min: i16) {
        self.tagger.weights = self.tagger.weights.prune(tagger_min);
        if let Some(second) = &self.tagger.second {
            self.tagger.second = Some(second.prune(tagger_min));
        }
        self.parser.weights = self.parser.weights.prune(parser_min);
    }

    /// Tags, lemmatizes and parses one sentence of tokens (UD syntactic words).
    pub fn parse_tokens(&self, forms: &[&str]) -> Sentence {
        self.parse_tokens_forced(forms, &[])
    }

    /// [`Pipeline::parse_tokens`] with some words' PTB tags given
    /// (`forced[i]`, e.g. `Some("VBD")`): the tagger takes them as its own
    /// decisions, so the words after them and the parse follow from them.
    /// A caller that knows better than the tagger (a clause that cannot lack
    /// a finite verb) uses this to parse again. A tag the model does not
    /// know is ignored.
    pub fn parse_tokens_forced(&self, forms: &[&str], forced: &[Option<&str>]) -> Sentence {
        let classes: Vec<Option<u8>> = forced
            .iter()
            .map(|x| {
                let x = (*x)?;
                self.tagger
                    .tags
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, xpos))| xpos == x)
                    // Classes are joint (UPOS, XPOS) pairs: VBD is VERB in
                    // most of them and AUX in a few; take the usual one.
                    .min_by_key(|(_, (upos, _))| usize::from(upos.as_str() != default_upos(x)))
                    .and_then(|(c, _)| u8::try_from(c).ok())
            })
            .collect();
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => self.parse_with(forms, &classes, &mut s),
            // Re-entrant call on the same thread: use fresh buffers.
            Err(_) => self.parse_with(forms, &classes, &mut Scratch::default()),
        })
    }

    fn parse_with(&self, forms: &[&str], forced: &[Option<u8>], s: &mut Scratch) -> Sentence {
        let Scratch {
            lower,
            tag,
            classes,
            words,
            tags,
            parse,
        } = s;
        let keys = self.tagger.keys(forms, lower);
        self.tagger.tag_forced(&keys, forced, tag, classes);
        words.clear();
        tags.clear();
        words.push(0);
        tags.push(0);
        for (k, &c) in keys.iter().zip(classes.iter()) {
            words.push(parser::word_key(k.lower));
            let (u, x) = &self.tagger.tags[c as usize];
            tags.push(parser::tag_key(u, x));
        }
        self.parser.parse(words, tags, parse);
        let st = &parse.state;
        let mut out = Sentence {
            comments: Vec::new(),
            words: Vec::with_capacity(forms.len()),
            multiword: Vec::new(),
        };
        for (i, (&form, &c)) in forms.iter().zip(classes.iter()).enumerate() {
            let (upos, xpos) = &self.tagger.tags[c as usize];
            let head = st.heads.get(i + 1).copied().unwrap_or(parser::NONE);
            let label = st.labels.get(i + 1).copied().unwrap_or(u16::MAX);
            let (head, deprel) =
                if head == parser::NONE || label as usize >= self.parser.labels.len() {
                    // Unreachable with a final state; kept so output is always a tree.
                    (0, "dep".to_string())
                } else {
                    (head as usize, self.parser.labels[label as usize].clone())
                };
            out.words.push(Word {
                id: i + 1,
                form: form.to_string(),
                lemma: self.lemmatizer.lemma(form, xpos, upos, lower),
                upos: upos.clone(),
                xpos: xpos.clone(),
                // Empty means unspecified (written as `_`); saves three allocations per word.
                feats: String::new(),
                head,
                deprel,
                deps: String::new(),
                misc: String::new(),
            });
        }
        out
    }
}
