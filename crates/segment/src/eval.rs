//! Segmentation scored against Universal Dependencies, the way the CoNLL 2018
//! shared task scores it: the raw text of each document is rebuilt from the
//! `# text` comments, segmented, and tokens and sentences are matched by their
//! character spans (whitespace excluded). Scores are F1 percentages.

use dyad_conllu::Sentence as UdSentence;

/// A `[start, end)` byte span.
type Span = (usize, usize);

/// Counts for one evaluation.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    pub correct: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.correct += o.correct;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Token and sentence scores.
#[derive(Debug, Default, Clone, Copy)]
pub struct SegmentScores {
    pub tokens: Counts,
    pub sentences: Counts,
    pub documents: usize,
}

/// A document rebuilt from UD sentences: its text and gold spans.
struct Document {
    text: String,
    tokens: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
}

/// Group UD sentences into documents (by `# newdoc`), optionally keeping only
/// documents whose id starts with `doc_prefix`.
fn documents(sentences: &[UdSentence], doc_prefix: Option<&str>) -> Vec<Document> {
    let mut docs: Vec<(Option<String>, Vec<&UdSentence>)> = Vec::new();
    for s in sentences {
        if s.newdoc_id().is_some() || docs.is_empty() {
            docs.push((s.newdoc_id().map(str::to_string), Vec::new()));
        }
        docs.last_mut().expect("pushed above").1.push(s);
    }
    docs.into_iter()
        .filter(|(id, _)| match doc_prefix {
            Some(p) => id.as_deref().is_some_and(|id| id.starts_with(p)),
            None => true,
        })
        .map(|(_, sents)| build_document(&sents))
        .collect()
}

fn build_document(sentences: &[&UdSentence]) -> Document {
    let mut doc = Document {
        text: String::new(),
        tokens: Vec::new(),
        sentences: Vec::new(),
    };
    for (n, s) in sentences.iter().enumerate() {
        let Some(sent_text) = s.text() else { continue };
        if n > 0 {
            doc.text
                .push_str(if s.starts_paragraph() { "\n\n" } else { " " });
        }
        let base = doc.text.len();
        doc.text.push_str(sent_text);
        // Locate each gold surface token in the sentence text.
        let mut pos = 0;
        let mut first = None;
        let mut last = 0;
        for form in s.surface_tokens() {
            let Some(found) = sent_text[pos..].find(form) else {
                continue;
            };
            let start = pos + found;
            let end = start + form.len();
            doc.tokens.push((base + start, base + end));
            first.get_or_insert(base + start);
            last = base + end;
            pos = end;
        }
        if let Some(first) = first {
            doc.sentences.push((first, last));
        }
    }
    doc
}

/// Surface tokens of dyad's segmentation: words joined into one token merge.
fn system_spans(text: &str) -> (Vec<Span>, Vec<Span>) {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    for s in crate::segment(text) {
        let mut open: Option<usize> = None;
        for t in &s.tokens {
            let start = open.unwrap_or(t.start);
            if t.joined_to_next {
                open = Some(start);
            } else {
                tokens.push((start, t.end));
                open = None;
            }
        }
        if let (Some(start), Some(last)) = (open, s.tokens.last()) {
            tokens.push((start, last.end));
        }
        sentences.push((s.start, s.end));
    }
    (tokens, sentences)
}

/// Matches spans exactly, ignoring whitespace inside spans (as CoNLL 2018 does
/// by comparing non-whitespace character offsets).
fn score(text: &str, gold: &[(usize, usize)], system: &[(usize, usize)]) -> Counts {
    let key = |&(s, e): &(usize, usize)| (nonspace_index(text, s), nonspace_index(text, e));
    let gold_keys: std::collections::HashSet<_> = gold.iter().map(key).collect();
    let correct = system
        .iter()
        .map(key)
        .filter(|k| gold_keys.contains(k))
        .count();
    Counts {
        gold: gold.len(),
        system: system.len(),
        correct,
    }
}

fn nonspace_index(text: &str, byte: usize) -> usize {
    text[..byte].chars().filter(|c| !c.is_whitespace()).count()
}

/// Score dyad's segmenter on UD sentences.
pub fn evaluate(sentences: &[UdSentence], doc_prefix: Option<&str>) -> SegmentScores {
    let mut scores = SegmentScores::default();
    for doc in documents(sentences, doc_prefix) {
        let (sys_tokens, sys_sentences) = system_spans(&doc.text);
        scores
            .tokens
            .add(score(&doc.text, &doc.tokens, &sys_tokens));
        scores
            .sentences
            .add(score(&doc.text, &doc.sentences, &sys_sentences));
        scores.documents += 1;
    }
    scores
}
