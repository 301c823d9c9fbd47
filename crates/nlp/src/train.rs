//! Training the pipeline from a CoNLL-U treebank (deterministic for a seed).

use std::collections::HashMap;

use dyad_conllu::Sentence;

use crate::lemma::Lemmatizer;
use crate::parser::{self, Move, Parser, State};
use crate::perceptron::Trainer;
use crate::tagger::{self, TagExample, TagScratch};
use crate::{Error, Pipeline};

/// Small deterministic PRNG (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    /// Folds for jackknifed tags for parser training; 0 or 1 trains the parser on gold tags.
    pub jackknife_folds: usize,
    /// Probability of following the model's own (possibly wrong) move after the first epoch.
    pub explore: f64,
    pub seed: u64,
    /// Weights below these (quantized units out of 32767) are dropped after training.
    pub tagger_prune: i16,
    pub parser_prune: i16,
    /// Adds a second tagging pass that sees the first pass's right-context tags
    /// (needs jackknife folds ≥ 2).
    pub two_pass: bool,
    /// Parser beam width: 1 trains a greedy parser with the dynamic oracle;
    /// wider beams train globally (structured perceptron, max-violation
    /// updates) and parse with the same beam.
    pub parser_beam: usize,
    /// Parser feature set: 0 (65 templates) or [`parser::EXTENDED_FEATURES`] (88).
    pub parser_features: u8,
    /// Tag dictionary for frequent unambiguous forms (skips their scoring).
    pub tag_dict: tagger::TagDictRule,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            tagger_epochs: 6,
            parser_epochs: 12,
            jackknife_folds: 4,
            explore: 0.9,
            seed: 20_240_531,
            tagger_prune: 400,
            parser_prune: 400,
            two_pass: false,
            parser_beam: 1,
            parser_features: 0,
            tag_dict: tagger::TagDictRule {
                min_count: 0,
                min_share: 0.99,
            },
        }
    }
}

/// Progress report: stage name, units done, units in total.
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64, u64);

/// Trains tagger, lemmatizer and parser on `train`.
pub fn train(
    train: &[Sentence],
    config: &TrainConfig,
    progress: Progress,
) -> Result<Pipeline, Error> {
    let train: Vec<&Sentence> = train.iter().filter(|s| !s.words.is_empty()).collect();
    if train.is_empty() {
        return Err(Error::Data("training treebank has no sentences".into()));
    }
    // Tag classes: joint (UPOS, XPOS) pairs, most frequent first.
    let mut tag_counts: HashMap<(String, String), u32> = HashMap::new();
    let mut label_counts: HashMap<String, u32> = HashMap::new();
    for s in &train {
        for w in &s.words {
            *tag_counts
                .entry((w.upos.clone(), w.xpos.clone()))
                .or_default() += 1;
            *label_counts.entry(w.deprel.clone()).or_default() += 1;
        }
    }
    let mut tags: Vec<((String, String), u32)> = tag_counts.into_iter().collect();
    tags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let tags: Vec<(String, String)> = tags.into_iter().map(|(t, _)| t).collect();
    let mut labels: Vec<(String, u32)> = label_counts.into_iter().collect();
    labels.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let labels: Vec<String> = labels.into_iter().map(|(l, _)| l).collect();
    if tags.len() > 127 || 2 * labels.len() + 1 > 127 {
        return Err(Error::Data(format!(
            "too many classes: {} tags, {} labels (limit 127 tags, 63 labels)",
            tags.len(),
            labels.len()
        )));
    }
    let root_label = labels
        .iter()
        .position(|l| l == "root")
        .ok_or_else(|| Error::Data("no 'root' relation in the training treebank".into()))?;
    let tag_index: HashMap<&(String, String), u8> =
        tags.iter().enumerate().map(|(i, t)| (t, i as u8)).collect();
    let label_index: HashMap<&String, u16> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l, i as u16))
        .collect();
    let examples: Vec<TagExample> = train
        .iter()
        .map(|s| TagExample {
            forms: s.words.iter().map(|w| w.form.clone()).collect(),
            gold: s
                .words
                .iter()
                .map(|w| tag_index[&(w.upos.clone(), w.xpos.clone())])
                .collect(),
        })
        .collect();

    let n = examples.len() as u64;
    let folds = if config.jackknife_folds >= 2 {
        config.jackknife_folds
    } else {
        0
    };
    let fold_units = n * (config.tagger_epochs as u64) * folds.saturating_sub(1) as u64;
    let two_pass = config.two_pass && folds >= 2;
    let second_units = if two_pass {
        n * config.tagger_epochs as u64
    } else {
        0
    };
    let total = n * config.tagger_epochs as u64
        + fold_units
        + second_units
        + n * config.parser_epochs as u64;
    let mut done = 0u64;

    // 1. Tagger on all of train.
    let tagger = tagger::train(
        &examples,
        &tags,
        config.tagger_epochs,
        config.seed,
        config.tag_dict,
        &mut || {
            done += 1;
            if done & 255 == 0 {
                progress("tagger", done, total);
            }
        },
    );

    // 2. Tags for parser training: jackknifed (each fold tagged by a tagger trained on the others).
    let mut predicted: Vec<Vec<u8>> = examples.iter().map(|e| e.gold.clone()).collect();
    if folds >= 2 {
        for fold in 0..folds {
            let rest: Vec<TagExample> = examples
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds != fold)
                .map(|(_, e)| TagExample {
                    forms: e.forms.clone(),
                    gold: e.gold.clone(),
                })
                .collect();
            let fold_tagger = tagger::train(
                &rest,
                &tags,
                config.tagger_epochs,
                config.seed + 1 + fold as u64,
                config.tag_dict,
                &mut || {
                    done += 1;
                    if done & 255 == 0 {
                        progress("jackknife", done, total);
                    }
                },
            );
            let mut scratch = TagScratch::default();
            let mut buf = String::new();
            for (i, e) in examples.iter().enumerate() {
                if i % folds == fold {
                    let forms: Vec<&str> = e.forms.iter().map(|s| s.as_str()).collect();
                    let keys = fold_tagger.keys(&forms, &mut buf);
                    fold_tagger.tag(&keys, &mut scratch, &mut predicted[i]);
                }
            }
        }
    }

    let mut tagger = tagger;
    if two_pass {
        let second = tagger::train_second(
            &tagger,
            &examples,
            &predicted,
            config.tagger_epochs,
            config.seed + 100,
            &mut || {
                done += 1;
                if done & 255 == 0 {
                    progress("tagger 2", done, total);
                }
            },
        );
        tagger.second = Some(second);
    }

    // 3. Parser.
    let mut parse_examples = Vec::with_capacity(train.len());
    let mut buf = String::new();
    for (s, pred) in train.iter().zip(&predicted) {
        let mut words = vec![0u64];
        let mut tag_keys = vec![0u64];
        let mut heads = vec![0u32];
        let mut labs = vec![0u16];
        for (w, &c) in s.words.iter().zip(pred) {
            tagger::lowercase_into(&w.form, &mut buf);
            words.push(parser::word_key(crate::hash::hash_str(&buf)));
            let (u, x) = &tags[c as usize];
            tag_keys.push(parser::tag_key(u, x));
            heads.push(w.head as u32);
            labs.push(label_index[&w.deprel]);
        }
        parse_examples.push(ParseExample {
            words,
            tags: tag_keys,
            heads,
            labels: labs,
        });
    }
    let mut parser_done = 0u64;
    let base = done;
    let train_fn = if config.parser_beam > 1 {
        train_parser_beam
    } else {
        train_parser
    };
    let weights = train_fn(
        &parse_examples,
        labels.len(),
        root_label as u16,
        config,
        &mut || {
            parser_done += 1;
            if parser_done & 63 == 0 {
                progress("parser", base + parser_done, total);
            }
        },
    );
    progress("done", total, total);

    let lemmatizer = Lemmatizer::learn(
        train
            .iter()
            .flat_map(|s| s.words.iter())
            .map(|w| (w.form.as_str(), w.xpos.as_str(), w.lemma.as_str())),
    );
    let mut pipeline = Pipeline {
        tagger,
        lemmatizer,
        parser: Parser {
            labels,
            root_label: root_label as u16,
            weights,
            beam: config.parser_beam.clamp(1, 255),
            feature_set: config.parser_features,
        },
    };
    if config.tagger_prune > 0 || config.parser_prune > 0 {
        pipeline.prune(config.tagger_prune, config.parser_prune);
    }
    Ok(pipeline)
}

struct ParseExample {
    words: Vec<u64>,
    tags: Vec<u64>,
    heads: Vec<u32>,
    labels: Vec<u16>,
}

/// Calls `f` for every legal labeled move.
fn for_each_legal(state: &State, n_labels: usize, root: u16, mut f: impl FnMut(Move)) {
    let (sh, l, r) = state.legal();
    if sh {
        f(Move::Shift);
    }
    for lab in 0..n_labels as u16 {
        if l && lab != root {
            f(Move::Left(lab));
        }
        if r && state.is_legal(Move::Right(lab), root) {
            f(Move::Right(lab));
        }
    }
}

fn train_parser(
    examples: &[ParseExample],
    n_labels: usize,
    root: u16,
    config: &TrainConfig,
    progress: &mut dyn FnMut(),
) -> crate::perceptron::Weights {
    let n_classes = 2 * n_labels + 1;
    let mut trainer = Trainer::new(n_classes);
    let mut rng = Rng::new(config.seed ^ 0x5eed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = State::new(0);
    let mut feats = Vec::new();
    let mut scores = vec![0i32; n_classes];
    for epoch in 0..config.parser_epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let ex = &examples[i];
            let n = ex.words.len() - 1;
            state.reset(n);
            while !state.is_final() {
                state.features(&ex.words, &ex.tags, config.parser_features, &mut feats);
                trainer.score(&feats, &mut scores);
                let (c_shift, c_left, c_right) = state.costs(&ex.heads);
                let s0 = *state.stack.last().unwrap_or(&0) as usize;
                let s1 = if state.stack.len() >= 2 {
                    state.stack[state.stack.len() - 2]
                } else {
                    parser::NONE
                };
                let cost = |m: Move| -> u32 {
                    match m {
                        Move::Shift => c_shift,
                        Move::Left(l) => {
                            let wrong = ex.heads[s0] == state.b0 as u32 && ex.labels[s0] != l;
                            c_left.saturating_add(wrong as u32)
                        }
                        Move::Right(l) => {
                            let wrong = ex.heads[s0] == s1 && ex.labels[s0] != l;
                            c_right.saturating_add(wrong as u32)
                        }
                    }
                };
                let mut guess: Option<(Move, i32)> = None;
                let mut gold: Option<(Move, i32, u32)> = None;
                for_each_legal(&state, n_labels, root, |m| {
                    let s = scores[m.class(n_labels)];
                    let better_guess = match guess {
                        None => true,
                        Some((_, gs)) => s > gs,
                    };
                    if better_guess {
                        guess = Some((m, s));
                    }
                    let c = cost(m);
                    let better = match gold {
                        None => true,
                        Some((_, gs, gc)) => c < gc || (c == gc && s > gs),
                    };
                    if better {
                        gold = Some((m, s, c));
                    }
                });
                let (Some((guess_move, _)), Some((gold_move, _, min_cost))) = (guess, gold) else {
                    break;
                };
                trainer.tick();
                if cost(guess_move) > min_cost {
                    trainer.update(
                        &feats,
                        gold_move.class(n_labels),
                        guess_move.class(n_labels),
                    );
                }
                let next = if epoch > 0 && rng.unit() < config.explore {
                    guess_move
                } else {
                    gold_move
                };
                state.apply(next);
            }
            progress();
        }
    }
    trainer.freeze()
}

/// The static-oracle move sequence for a training sentence: at every step the
/// cheapest move under the dynamic oracle's costs, preferring LEFT, then
/// RIGHT, then SHIFT (attach as soon as possible). For a non-projective tree
/// this is a best reachable projective tree; arcs take the dependent's gold
/// label (the root label only from the root, never for LEFT).
fn gold_moves(ex: &ParseExample, n_labels: usize, root: u16, state: &mut State) -> Vec<Move> {
    let n = ex.words.len() - 1;
    state.reset(n);
    let mut moves = Vec::with_capacity(2 * n);
    let other = if root == 0 { 1 } else { 0 }.min(n_labels.saturating_sub(1) as u16);
    while !state.is_final() {
        let (c_shift, c_left, c_right) = state.costs(&ex.heads);
        let s0 = *state.stack.last().unwrap_or(&0) as usize;
        let label = ex.labels.get(s0).copied().unwrap_or(other);
        let m = if c_left != u32::MAX && c_left <= c_right && c_left <= c_shift {
            Move::Left(if label == root { other } else { label })
        } else if c_right != u32::MAX && c_right <= c_shift {
            let s1 = state.stack[state.stack.len() - 2];
            Move::Right(match (s1 == 0, label == root) {
                (true, _) => root,
                (false, true) => other,
                (false, false) => label,
            })
        } else {
            Move::Shift
        };
        state.apply(m);
        moves.push(m);
    }
    moves
}

/// Global training with beam search (Zhang & Nivre 2011) and max-violation
/// updates (Huang, Fayong & Guo 2012): the whole beam search runs on every
/// sentence; the update is at the step where the best beam item outscores
/// the gold prefix by the most, after the gold prefix has fallen off the beam.
fn train_parser_beam(
    examples: &[ParseExample],
    n_labels: usize,
    root: u16,
    config: &TrainConfig,
    progress: &mut dyn FnMut(),
) -> crate::perceptron::Weights {
    let n_classes = 2 * n_labels + 1;
    let width = config.parser_beam;
    let mut trainer = Trainer::new(n_classes);
    let mut rng = Rng::new(config.seed ^ 0x5eed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut gold_state = State::new(0);
    let mut pred_state = State::new(0);
    let mut feats = Vec::new();
    let mut scores = vec![0i32; n_classes];
    let mut beam = parser::Beam::default();
    // Move history as a tree: (parent node, move); node u32::MAX is the start.
    let mut history: Vec<(u32, Move)> = Vec::new();
    let mut nodes: Vec<u32> = Vec::new();
    let mut next_nodes: Vec<u32> = Vec::new();
    let mut is_gold: Vec<bool> = Vec::new();
    let mut next_gold: Vec<bool> = Vec::new();
    let gold: Vec<Vec<Move>> = examples
        .iter()
        .map(|ex| gold_moves(ex, n_labels, root, &mut gold_state))
        .collect();
    for _ in 0..config.parser_epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let ex = &examples[i];
            let gold = &gold[i];
            let n = ex.words.len() - 1;
            beam.start(n);
            gold_state.reset(n);
            history.clear();
            nodes.clear();
            nodes.push(u32::MAX);
            is_gold.clear();
            is_gold.push(true);
            let mut gold_score = 0i64;
            // (violation, steps, node of the violating item)
            let mut worst: Option<(i64, usize, u32)> = None;
            for (t, &gm) in gold.iter().enumerate() {
                gold_state.features(&ex.words, &ex.tags, config.parser_features, &mut feats);
                trainer.score(&feats, &mut scores);
                gold_score += scores[gm.class(n_labels)] as i64;
                gold_state.apply(gm);
                for k in 0..beam.items.len() {
                    beam.items[k].features(&ex.words, &ex.tags, config.parser_features, &mut feats);
                    trainer.score(&feats, &mut scores);
                    beam.offer(k, &scores, n_labels, root, width);
                }
                if beam.candidates.is_empty() {
                    break;
                }
                next_nodes.clear();
                next_gold.clear();
                for c in &beam.candidates {
                    history.push((nodes[c.parent], c.m));
                    next_nodes.push(history.len() as u32 - 1);
                    next_gold.push(is_gold[c.parent] && c.m == gm);
                }
                std::mem::swap(&mut nodes, &mut next_nodes);
                std::mem::swap(&mut is_gold, &mut next_gold);
                beam.advance();
                if !is_gold.iter().any(|&g| g) {
                    let violation = beam.scores[0] - gold_score;
                    if worst.is_none_or(|(v, _, _)| violation > v) {
                        worst = Some((violation, t + 1, nodes[0]));
                    }
                }
            }
            trainer.tick();
            if let Some((_, steps, node)) = worst {
                let mut predicted = Vec::with_capacity(steps);
                let mut at = node;
                while at != u32::MAX {
                    let (parent, m) = history[at as usize];
                    predicted.push(m);
                    at = parent;
                }
                predicted.reverse();
                // Identical prefixes give identical features: skip them.
                let same = gold
                    .iter()
                    .zip(&predicted)
                    .take_while(|(a, b)| a == b)
                    .count();
                gold_state.reset(n);
                pred_state.reset(n);
                for t in 0..steps {
                    if t >= same {
                        gold_state.features(
                            &ex.words,
                            &ex.tags,
                            config.parser_features,
                            &mut feats,
                        );
                        trainer.add(&feats, gold[t].class(n_labels), 1);
                        pred_state.features(
                            &ex.words,
                            &ex.tags,
                            config.parser_features,
                            &mut feats,
                        );
                        trainer.add(&feats, predicted[t].class(n_labels), -1);
                    }
                    gold_state.apply(gold[t]);
                    pred_state.apply(predicted[t]);
                }
            }
            progress();
        }
    }
    trainer.freeze()
}
