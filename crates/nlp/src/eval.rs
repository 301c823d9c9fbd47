//! Scoring predicted sentences against a gold treebank.
//!
//! With gold tokenization, words correspond one to one. For raw text, system
//! and gold words are aligned as in the CoNLL 2018 shared task: by their spans
//! over the non-whitespace characters of the text; scores are F1.

use dyad_conllu::Sentence;

/// Correct counts and totals.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub gold_words: usize,
    pub system_words: usize,
    /// Words aligned between system and gold (equal to both counts with gold tokenization).
    pub aligned: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
    pub uas: usize,
    /// Head and universal relation (subtype after `:` ignored), as in CoNLL 2018.
    pub las: usize,
    /// Head and full relation including the subtype (`nsubj:pass`).
    pub las_full: usize,
}

fn pct(correct: usize, gold: usize, system: usize) -> f64 {
    // F1 of precision correct/system and recall correct/gold.
    if gold + system == 0 {
        0.0
    } else {
        200.0 * correct as f64 / (gold + system) as f64
    }
}

impl Scores {
    pub fn upos(&self) -> f64 {
        pct(self.upos, self.gold_words, self.system_words)
    }
    pub fn xpos(&self) -> f64 {
        pct(self.xpos, self.gold_words, self.system_words)
    }
    pub fn lemma(&self) -> f64 {
        pct(self.lemma, self.gold_words, self.system_words)
    }
    pub fn uas(&self) -> f64 {
        pct(self.uas, self.gold_words, self.system_words)
    }
    pub fn las(&self) -> f64 {
        pct(self.las, self.gold_words, self.system_words)
    }
    pub fn las_full(&self) -> f64 {
        pct(self.las_full, self.gold_words, self.system_words)
    }
    pub fn words(&self) -> f64 {
        pct(self.aligned, self.gold_words, self.system_words)
    }

    fn add_head_match(&mut self, gold: &str, system: &str) {
        self.uas += 1;
        self.las += (gold.split(':').next() == system.split(':').next()) as usize;
        self.las_full += (gold == system) as usize;
    }

    /// Adds a sentence pair with identical tokenization.
    pub fn add_same_tokens(&mut self, gold: &Sentence, system: &Sentence) {
        self.gold_words += gold.words.len();
        self.system_words += system.words.len();
        for (g, s) in gold.words.iter().zip(&system.words) {
            self.aligned += 1;
            self.upos += (g.upos == s.upos) as usize;
            self.xpos += (g.xpos == s.xpos) as usize;
            self.lemma += (g.lemma == s.lemma) as usize;
            if g.head == s.head {
                self.add_head_match(&g.deprel, &s.deprel);
            }
        }
    }

    /// Adds aligned words: `pairs` are (gold index, system index) into the flat
    /// word lists; heads are mapped through the alignment.
    pub fn add_aligned(
        &mut self,
        gold: &[AlignedWord],
        system: &[AlignedWord],
        pairs: &[(usize, usize)],
    ) {
        self.gold_words += gold.len();
        self.system_words += system.len();
        let mut gold_to_sys = vec![usize::MAX; gold.len()];
        for &(g, s) in pairs {
            gold_to_sys[g] = s;
        }
        for &(gi, si) in pairs {
            let (g, s) = (&gold[gi], &system[si]);
            self.aligned += 1;
            self.upos += (g.upos == s.upos) as usize;
            self.xpos += (g.xpos == s.xpos) as usize;
            self.lemma += (g.lemma == s.lemma) as usize;
            let head_ok = match (g.head, s.head) {
                (None, None) => true,
                (Some(gh), Some(sh)) => gold_to_sys[gh] == sh,
                _ => false,
            };
            if head_ok {
                self.add_head_match(&g.deprel, &s.deprel);
            }
        }
    }
}

/// A word of a whole document with its span over non-whitespace characters.
#[derive(Clone, Debug)]
pub struct AlignedWord {
    pub start: usize,
    pub end: usize,
    pub upos: String,
    pub xpos: String,
    pub lemma: String,
    /// Index of the head in the document's word list; None for the root.
    pub head: Option<usize>,
    pub deprel: String,
}

/// Flattens sentences into document words with character spans, given each
/// sentence's words' spans (in non-whitespace characters from the document start).
pub fn flatten(sentences: &[(Sentence, Vec<(usize, usize)>)]) -> Vec<AlignedWord> {
    let mut out = Vec::new();
    for (s, spans) in sentences {
        let base = out.len();
        for (w, &(start, end)) in s.words.iter().zip(spans) {
            out.push(AlignedWord {
                start,
                end,
                upos: w.upos.clone(),
                xpos: w.xpos.clone(),
                lemma: w.lemma.clone(),
                head: if w.head == 0 {
                    None
                } else {
                    Some(base + w.head - 1)
                },
                deprel: w.deprel.clone(),
            });
        }
    }
    out
}

/// Pairs of words with identical spans (both lists sorted by span).
pub fn align(gold: &[AlignedWord], system: &[AlignedWord]) -> Vec<(usize, usize)> {
    let (mut i, mut j) = (0, 0);
    let mut pairs = Vec::new();
    while i < gold.len() && j < system.len() {
        let (g, s) = (&gold[i], &system[j]);
        if (g.start, g.end) == (s.start, s.end) {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if (g.start, g.end) < (s.start, s.end) {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// Spans of gold words over the non-whitespace characters, starting at `offset`.
/// Words of a multiword token share its span unless they spell it exactly.
pub fn gold_spans(s: &Sentence, offset: usize) -> (Vec<(usize, usize)>, usize) {
    let nonspace = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    let mut spans = Vec::with_capacity(s.words.len());
    let mut pos = offset;
    let mut i = 0;
    while i < s.words.len() {
        let id = s.words[i].id;
        if let Some(m) = s.multiword.iter().find(|m| m.first == id) {
            let len = nonspace(&m.form);
            let members: Vec<&str> = s.words[i..]
                .iter()
                .take(m.last + 1 - m.first)
                .map(|w| w.form.as_str())
                .collect();
            let spelled = members.concat() == m.form;
            let mut p = pos;
            for f in &members {
                if spelled {
                    let l = nonspace(f);
                    spans.push((p, p + l));
                    p += l;
                } else {
                    spans.push((pos, pos + len));
                }
            }
            pos += len;
            i += members.len().max(1);
        } else {
            let l = nonspace(&s.words[i].form);
            spans.push((pos, pos + l));
            pos += l;
            i += 1;
        }
    }
    (spans, pos)
}

/// CPU time consumed by the calling thread, in seconds (Linux; None elsewhere).
/// Throughput on a shared machine is measured in CPU time: wall time also
/// counts the time other processes hold the core.
pub fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}
