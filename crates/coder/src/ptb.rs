//! Penn Treebank bracketed parses → Universal-Dependencies-style trees.
//!
//! PETRARCH records ship a constituency parse (`(ROOT (S (NP (NNP Arnor))
//! (VP ...)))`). Coding from it instead of dyad's own parse separates coding
//! errors from parsing errors. The conversion is a head-rule one in the
//! spirit of Collins (1999) and the Stanford/UD converters, simplified:
//!
//! * heads are content words (UD): a `VP` with an auxiliary and an inner `VP`
//!   is headed by the inner one; a `PP` by its object (the preposition becomes
//!   `case`); an `SBAR` by its clause (`mark`); an `NP` by its rightmost noun,
//!   or by its first `NP` when it is `NP PP`/`NP SBAR`/`NP , NP`;
//! * coordination (`X CC X`) is headed by the first conjunct, the others are
//!   `conj`, the conjunction `cc`;
//! * labels come from the parent phrase, the dependent's category and its
//!   side of the head: `nsubj`, `obj`, `obl`, `case`, `compound`, `amod`,
//!   `nmod`, `nmod:poss`, `det`, `aux`, `advmod`, `xcomp`, `ccomp`, `advcl`,
//!   `acl`/`acl:relcl`, `appos`, `conj`, `cc`, `mark`, `punct`; a passive
//!   (a form of *be* + `VBN`) turns `nsubj` into `nsubj:pass`, `aux` into
//!   `aux:pass` and a `by` phrase into `obl:agent`.
//!
//! The reader never panics: unbalanced or empty input is a [`PtbError`].

use dyad_conllu::{Sentence, Word};

/// A malformed bracketed parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PtbError {
    /// Byte offset in the input where the problem was noticed.
    pub offset: usize,
    pub reason: String,
}

impl std::fmt::Display for PtbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "bad Penn Treebank parse at byte {}: {}",
            self.offset, self.reason
        )
    }
}

impl std::error::Error for PtbError {}

/// A constituency tree node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tree {
    /// `(TAG word)`.
    Leaf { tag: String, word: String },
    /// `(LABEL children...)`.
    Phrase { label: String, children: Vec<Tree> },
}

/// Maximum nesting accepted (keeps the recursive conversion's stack bounded).
const MAX_DEPTH: usize = 400;

/// Read one bracketed tree.
pub fn read_tree(text: &str) -> Result<Tree, PtbError> {
    let toks = tokenize(text);
    if toks.is_empty() {
        return Err(PtbError {
            offset: 0,
            reason: "empty parse".into(),
        });
    }
    let mut pos = 0;
    let tree = read_node(&toks, &mut pos, 0)?;
    if pos < toks.len() {
        return Err(PtbError {
            offset: toks[pos].0,
            reason: "text after the end of the tree (unbalanced brackets)".into(),
        });
    }
    Ok(tree)
}

fn tokenize(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c == '(' || c == ')' || c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, &text[s..i]));
            }
            if !c.is_whitespace() {
                out.push((i, &text[i..i + 1]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

fn read_node(toks: &[(usize, &str)], pos: &mut usize, depth: usize) -> Result<Tree, PtbError> {
    let err = |offset: usize, reason: &str| PtbError {
        offset,
        reason: reason.to_string(),
    };
    let end_offset = toks.last().map_or(0, |t| t.0 + t.1.len());
    if depth > MAX_DEPTH {
        return Err(err(
            toks.get(*pos).map_or(end_offset, |t| t.0),
            "tree nested too deeply",
        ));
    }
    let &(open_at, open) = toks
        .get(*pos)
        .ok_or_else(|| err(end_offset, "unexpected end of input"))?;
    if open != "(" {
        return Err(err(open_at, "expected '('"));
    }
    *pos += 1;
    // Label (may be absent: "( (S ...) )").
    let label = match toks.get(*pos) {
        Some(&(_, t)) if t != "(" && t != ")" => {
            *pos += 1;
            t.to_string()
        }
        Some(_) => String::new(),
        None => {
            return Err(err(
                end_offset,
                "unexpected end of input (unbalanced brackets)",
            ))
        }
    };
    // Leaf: (TAG word)
    if let (Some(&(_, w)), Some(&(_, close))) = (toks.get(*pos), toks.get(*pos + 1)) {
        if w != "(" && w != ")" && close == ")" {
            *pos += 2;
            return Ok(Tree::Leaf {
                tag: label,
                word: w.to_string(),
            });
        }
    }
    let mut children = Vec::new();
    loop {
        match toks.get(*pos) {
            None => {
                return Err(err(
                    end_offset,
                    "unexpected end of input (unbalanced brackets)",
                ))
            }
            Some(&(_, ")")) => {
                *pos += 1;
                break;
            }
            Some(&(_, "(")) => children.push(read_node(toks, pos, depth + 1)?),
            Some(&(at, _)) => return Err(err(at, "a word outside a (TAG word) leaf")),
        }
    }
    if children.is_empty() {
        return Err(err(open_at, "empty phrase"));
    }
    Ok(Tree::Phrase { label, children })
}

fn upos_of(tag: &str) -> &'static str {
    match tag {
        t if t.starts_with("VB") => "VERB",
        "MD" => "AUX",
        "NN" | "NNS" => "NOUN",
        "NNP" | "NNPS" => "PROPN",
        "PRP" | "WP" | "EX" => "PRON",
        "PRP$" | "WP$" => "PRON",
        t if t.starts_with("JJ") => "ADJ",
        t if t.starts_with("RB") || t == "WRB" => "ADV",
        "IN" => "ADP",
        "DT" | "PDT" | "WDT" => "DET",
        "CD" => "NUM",
        "CC" => "CCONJ",
        "TO" | "RP" | "POS" => "PART",
        "UH" => "INTJ",
        "FW" => "X",
        "SYM" | "$" | "#" => "SYM",
        _ if is_punct_tag(tag) => "PUNCT",
        _ => "X",
    }
}

fn is_punct_tag(tag: &str) -> bool {
    matches!(
        tag,
        "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "HYPH" | "NFP" | "\""
    )
}

fn base_label(label: &str) -> &str {
    // "NP-SBJ-1" → "NP", but keep "-LRB-"-style tags.
    if label.starts_with('-') {
        return label;
    }
    label.split(['-', '=']).next().unwrap_or(label)
}

/// Convert a bracketed parse to a dependency tree (CoNLL-U words with form,
/// lemma = lower-cased form, UPOS/XPOS, head and relation).
pub fn to_dependencies(text: &str) -> Result<Sentence, PtbError> {
    let tree = read_tree(text)?;
    let mut conv = Converter::default();
    let root = conv.convert(&tree).ok_or_else(|| PtbError {
        offset: 0,
        reason: "no words in the parse".into(),
    })?;
    conv.heads[root] = 0;
    conv.rels[root] = "root".into();
    conv.mark_passives();
    let words = conv
        .forms
        .iter()
        .enumerate()
        .map(|(i, form)| {
            let mut w = Word::new(i + 1, form);
            w.lemma = form.to_lowercase();
            w.xpos = conv.tags[i].clone();
            w.upos = upos_of(&conv.tags[i]).to_string();
            w.head = conv.heads[i];
            w.deprel = conv.rels[i].clone();
            w
        })
        .collect();
    Ok(Sentence {
        words,
        ..Default::default()
    })
}

#[derive(Default)]
struct Converter {
    forms: Vec<String>,
    tags: Vec<String>,
    /// 1-based heads (0 = root / not yet attached).
    heads: Vec<usize>,
    rels: Vec<String>,
}

/// A converted child: its category, head word (0-based) and whether it is a
/// clause ending in a possessive.
struct Part {
    cat: String,
    head: usize,
    possessive: bool,
    first_word: String,
    /// Category of the first child (the tag, for a word).
    first_cat: String,
}

impl Converter {
    /// Convert a subtree; returns its head word (0-based), or `None` for an
    /// empty element.
    fn convert(&mut self, tree: &Tree) -> Option<usize> {
        self.convert_part(tree).map(|p| p.head)
    }

    fn convert_part(&mut self, tree: &Tree) -> Option<Part> {
        match tree {
            Tree::Leaf { tag, word } => {
                if tag == "-NONE-" {
                    return None;
                }
                let word = match word.as_str() {
                    "-LRB-" => "(",
                    "-RRB-" => ")",
                    "-LCB-" => "{",
                    "-RCB-" => "}",
                    w => w,
                };
                self.forms.push(word.to_string());
                self.tags.push(tag.clone());
                self.heads.push(0);
                self.rels.push("dep".into());
                let i = self.forms.len() - 1;
                Some(Part {
                    cat: tag.clone(),
                    head: i,
                    possessive: tag == "POS",
                    first_word: word.to_lowercase(),
                    first_cat: tag.clone(),
                })
            }
            Tree::Phrase { label, children } => {
                let parts: Vec<Part> = children
                    .iter()
                    .filter_map(|c| self.convert_part(c))
                    .collect();
                if parts.is_empty() {
                    return None;
                }
                let label = base_label(label).to_string();
                let h = head_child(&label, &parts);
                let has_cc = parts
                    .iter()
                    .skip(1)
                    .any(|p| p.cat == "CC" || p.cat == "CONJP");
                let head_word = parts[h].head;
                // Possessive NPs ("Arnor 's") for the parent's labels.
                let possessive = parts.last().is_some_and(|p| p.cat == "POS");
                let mut seen_obj = false;
                for (k, part) in parts.iter().enumerate() {
                    if k == h {
                        continue;
                    }
                    let rel = if has_cc && k > h && is_conjunct(&part.cat, &parts[h].cat) {
                        "conj".to_string()
                    } else {
                        dep_label(&label, part, k < h, &parts[h], &mut seen_obj, &self.tags)
                    };
                    // A WHNP of a relative clause: subject if the clause has none.
                    let rel = if rel == "whnp" {
                        let has_subj = (0..self.heads.len()).any(|i| {
                            self.heads[i] == head_word + 1 && self.rels[i].starts_with("nsubj")
                        });
                        if has_subj { "obj" } else { "nsubj" }.to_string()
                    } else {
                        rel
                    };
                    self.heads[part.head] = head_word + 1;
                    self.rels[part.head] = rel;
                }
                Some(Part {
                    cat: label,
                    head: head_word,
                    possessive,
                    first_word: parts[0].first_word.clone(),
                    first_cat: parts[0].cat.clone(),
                })
            }
        }
    }

    /// be + VBN: passive subject, auxiliary and agent.
    fn mark_passives(&mut self) {
        let n = self.forms.len();
        for v in 0..n {
            if self.tags[v] != "VBN" {
                continue;
            }
            let kids: Vec<usize> = (0..n).filter(|&i| self.heads[i] == v + 1).collect();
            let be_aux = kids.iter().copied().find(|&i| {
                self.rels[i] == "aux"
                    && matches!(
                        self.forms[i].to_lowercase().as_str(),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "be"
                            | "been"
                            | "being"
                            | "am"
                            | "'s"
                            | "'re"
                            | "get"
                            | "got"
                    )
            });
            let Some(aux) = be_aux else { continue };
            self.rels[aux] = "aux:pass".into();
            for &k in &kids {
                if self.rels[k] == "nsubj" {
                    self.rels[k] = "nsubj:pass".into();
                }
                if self.rels[k] == "obl" {
                    let by = (0..n).any(|i| {
                        self.heads[i] == k + 1
                            && self.rels[i] == "case"
                            && self.forms[i].eq_ignore_ascii_case("by")
                    });
                    if by {
                        self.rels[k] = "obl:agent".into();
                    }
                }
            }
        }
    }
}

fn is_conjunct(cat: &str, head_cat: &str) -> bool {
    if cat == "CC" || cat == "CONJP" || is_punct_tag(cat) {
        return false;
    }
    let nounish =
        |c: &str| c.starts_with("NN") || c == "NP" || c == "NML" || c == "NX" || c == "PRP";
    let verbish = |c: &str| c.starts_with("VB") || c == "VP";
    let clausal = |c: &str| c.starts_with('S');
    cat == head_cat
        || nounish(cat) && nounish(head_cat)
        || verbish(cat) && verbish(head_cat)
        || clausal(cat) && clausal(head_cat)
}

/// Index of the head child of a phrase.
fn head_child(label: &str, parts: &[Part]) -> usize {
    let cats: Vec<&str> = parts.iter().map(|p| p.cat.as_str()).collect();
    let first = |pred: &dyn Fn(&str) -> bool| cats.iter().position(|c| pred(c));
    let last = |pred: &dyn Fn(&str) -> bool| cats.iter().rposition(|c| pred(c));
    let not_punct = |c: &str| !is_punct_tag(c);
    let has_cc = cats.iter().skip(1).any(|c| *c == "CC" || *c == "CONJP");
    let fallback = first(&not_punct).unwrap_or(0);
    match label {
        "S" | "SINV" | "SQ" | "S1" | "SBARQ" => first(&|c| c == "VP")
            .or_else(|| first(&|c| c.starts_with('S') && c != "SYM"))
            .or_else(|| first(&|c| c.starts_with("VB")))
            .or_else(|| first(&|c| c == "ADJP" || c == "NP"))
            .unwrap_or(fallback),
        "VP" => {
            if has_cc {
                return first(&|c| c == "VP" || c.starts_with("VB")).unwrap_or(fallback);
            }
            // UD: the content verb heads; auxiliaries attach to it.
            let aux_then_vp = first(&|c| c.starts_with("VB") || c == "MD" || c == "TO")
                .zip(first(&|c| c == "VP"))
                .is_some_and(|(a, v)| a < v);
            if aux_then_vp {
                return first(&|c| c == "VP").unwrap_or(fallback);
            }
            first(&|c| c.starts_with("VB"))
                .or_else(|| first(&|c| c == "VP"))
                .or_else(|| first(&|c| c == "MD" || c == "TO"))
                .or_else(|| first(&|c| c == "S" || c == "SBAR" || c == "ADJP" || c == "NP"))
                .unwrap_or(fallback)
        }
        "NP" | "NX" | "NML" | "WHNP" | "NAC" => {
            let complex = cats.iter().any(|c| {
                matches!(
                    *c,
                    "PP" | "SBAR" | "VP" | "RRC" | "," | "S" | "PRN" | "CC" | "ADJP"
                )
            });
            if complex || has_cc {
                if let Some(np) = first(&|c| c == "NP" || c == "NML") {
                    // "Arnor 's ambassador": the possessive NP is not the head.
                    if !parts[np].possessive {
                        if has_cc {
                            return np;
                        }
                        let before_modifier = cats[np + 1..].iter().all(|c| !c.starts_with("NN"));
                        if before_modifier {
                            return np;
                        }
                    }
                }
            }
            if has_cc {
                if let Some(n) = first(&|c| c.starts_with("NN") || c == "PRP") {
                    return n;
                }
            }
            let noun =
                |c: &str| c.starts_with("NN") || c == "NX" || c == "NML" || c == "PRP" || c == "WP";
            // Rightmost noun before any post-modifier.
            let cut = first(&|c| matches!(c, "PP" | "SBAR" | "VP" | "RRC" | "," | "S"))
                .unwrap_or(cats.len());
            cats[..cut]
                .iter()
                .rposition(|c| noun(c))
                .or_else(|| last(&|c| c == "NP" || c == "NML"))
                .or_else(|| last(&|c| c == "CD" || c == "QP" || c == "WDT"))
                .or_else(|| last(&|c| c.starts_with("JJ") || c == "ADJP" || c.starts_with("VB")))
                .or_else(|| last(&|c| not_punct(c) && c != "POS"))
                .unwrap_or(fallback)
        }
        "PP" | "WHPP" => {
            first(&|c| c == "NP" || c == "WHNP" || c == "S" || c == "SBAR" || c == "ADJP")
                .or_else(|| first(&|c| c == "IN" || c == "TO"))
                .unwrap_or(fallback)
        }
        "SBAR" => first(&|c| c.starts_with('S') && c != "SYM").unwrap_or(fallback),
        "ADJP" | "WHADJP" => first(&|c| c.starts_with("JJ")).unwrap_or(fallback),
        "ADVP" | "WHADVP" => first(&|c| c.starts_with("RB") || c == "WRB").unwrap_or(fallback),
        "QP" => last(&|c| c == "CD").unwrap_or(fallback),
        "PRT" => first(&|c| c == "RP").unwrap_or(fallback),
        "PRN" | "FRAG" | "UCP" | "X" | "" | "ROOT" | "TOP" => {
            first(&|c| c == "VP" || c.starts_with('S') && c != "SYM")
                .or_else(|| first(&|c| c == "NP"))
                .unwrap_or(fallback)
        }
        _ => fallback,
    }
}

/// Relation of a non-head child.
fn dep_label(
    parent: &str,
    part: &Part,
    before_head: bool,
    head: &Part,
    seen_obj: &mut bool,
    tags: &[String],
) -> String {
    let cat = part.cat.as_str();
    if is_punct_tag(cat) {
        return "punct".into();
    }
    if cat == "CC" || cat == "CONJP" {
        return "cc".into();
    }
    let rel = match parent {
        "S" | "SINV" | "SQ" | "S1" | "SBARQ" => match cat {
            "NP" | "WHNP" if before_head => "nsubj",
            "NP" => "obj",
            "MD" | "TO" => "aux",
            c if c.starts_with("VB") && before_head => "aux",
            "ADVP" | "RB" | "WHADVP" => "advmod",
            "PP" => "obl",
            "SBAR" => "advcl",
            c if c.starts_with('S') => {
                if before_head {
                    "ccomp"
                } else {
                    "parataxis"
                }
            }
            _ => "dep",
        },
        "VP" => match cat {
            "MD" | "TO" => "aux",
            c if c.starts_with("VB") && before_head => "aux",
            "RB" | "ADVP" => "advmod",
            "NP" if !before_head => {
                if *seen_obj {
                    "obj"
                } else {
                    *seen_obj = true;
                    "obj"
                }
            }
            "NP" => "obl",
            "PP" => "obl",
            "PRT" | "RP" => "compound:prt",
            "S" => {
                if part.first_word == "to"
                    || tags.get(part.head).is_some_and(|t| t == "VB" || t == "VBG")
                {
                    "xcomp"
                } else {
                    "ccomp"
                }
            }
            "SBAR" => {
                // "believes (SBAR (S Dagolath can cope))": a clause without
                // a subordinating word is a complement too.
                if matches!(part.first_word.as_str(), "that" | "whether" | "if")
                    || part.first_cat.starts_with('S')
                {
                    "ccomp"
                } else {
                    "advcl"
                }
            }
            "ADJP" => "xcomp",
            "VP" => "conj",
            "IN" => "mark",
            _ => "dep",
        },
        "NP" | "NX" | "NML" | "WHNP" | "NAC" => match cat {
            "DT" | "PDT" | "WDT" => "det",
            "PRP$" | "WP$" => "nmod:poss",
            "POS" => "case",
            _ if part.possessive => "nmod:poss",
            c if c.starts_with("JJ") || c == "ADJP" || c == "VBN" || c == "VBG" => "amod",
            "CD" | "QP" => "nummod",
            c if (c.starts_with("NN") || c == "NP" || c == "NML" || c == "NX" || c == "FW")
                && before_head =>
            {
                "compound"
            }
            "NP" | "NML" => "appos",
            "PP" => "nmod",
            "SBAR" => "acl:relcl",
            "VP" | "RRC" | "S" => "acl",
            "PRN" => "appos",
            "RB" | "ADVP" => "advmod",
            _ => "dep",
        },
        "PP" | "WHPP" => match cat {
            "IN" | "TO" | "RB" if before_head => "case",
            _ => "dep",
        },
        "SBAR" => match cat {
            "IN" | "WHADVP" | "DT" | "RB" => "mark",
            "WHNP" => "whnp",
            _ => "dep",
        },
        "ADJP" | "ADVP" | "WHADJP" | "WHADVP" => match cat {
            "RB" | "ADVP" => "advmod",
            "PP" => "obl",
            _ => "dep",
        },
        "QP" => "dep",
        _ => match cat {
            "NP" if before_head => "nsubj",
            "PP" => "obl",
            _ => "dep",
        },
    };
    let _ = head;
    rel.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rels(s: &Sentence) -> Vec<(String, usize, String)> {
        s.words
            .iter()
            .map(|w| (w.form.clone(), w.head, w.deprel.clone()))
            .collect()
    }

    #[test]
    fn simple_transitive() {
        let s = to_dependencies(
            "(ROOT (S (NP (NNP Syria)) (VP (VBD recognised) (NP (NNP Abkhazia))) (. .)))",
        )
        .unwrap();
        assert_eq!(
            rels(&s),
            vec![
                ("Syria".into(), 2, "nsubj".into()),
                ("recognised".into(), 0, "root".into()),
                ("Abkhazia".into(), 2, "obj".into()),
                (".".into(), 2, "punct".into()),
            ]
        );
    }

    #[test]
    fn malformed_input_is_an_error() {
        for bad in [
            "",
            "(",
            "(S (NP (NNP A))",
            "(S (NP (NNP A))))",
            "()",
            "(S (NP)",
            ")(",
        ] {
            assert!(
                read_tree(bad).is_err() || to_dependencies(bad).is_err(),
                "{bad:?}"
            );
        }
    }
}
