//! A person introduced with an apposition before the verb: "The Chilean
//! president, Mateo Fuentes, criticised Bolivia", "Zorbu Quanteel,
//! Malawi's new defence minister, accused Mozambique …", "Ana Vela, who
//! became foreign minister in March, met Bolivian officials". The parser
//! often makes the noun phrase the root and hangs the verb after the
//! closing comma on the apposition (as a reduced relative, `acl`) or on
//! the relative clause (`parataxis`), so the sentence has no subject.

use super::{children, is_nominal, is_punct, is_verb, rel_of, Word};

/// Relations that lead from an apposition, a relative clause or a
/// misattached name up to the noun phrase it describes.
fn inside_description(rel: &str) -> bool {
    matches!(
        rel,
        "appos" | "acl:relcl" | "nsubj" | "flat" | "punct" | "conj" | "dep" | "list"
    )
}

/// The repair: a nominal root with no subject or copula, and a finite or
/// past verb right after a comma whose head lies in the root's
/// description (at most three steps below the root through appositions,
/// relative clauses or a name hung on a comma), with an object or a
/// clause of its own and no subject: the verb is the root and the noun
/// phrase its subject; a name the parser hung on punctuation becomes the
/// root's apposition. Returns whether the tree changed.
pub(super) fn verb_after_apposition(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let Some(root) = heads.iter().position(Option::is_none) else {
        return false;
    };
    if !is_nominal(&words[root]) || words[root].upos == "PRON" {
        return false;
    }
    let root_children: Vec<usize> = children(heads, root).collect();
    if root_children.iter().any(|&c| {
        let r = rel_of(words, rels, c);
        r == "cop" || r.starts_with("nsubj")
    }) {
        return false;
    }
    // The chain from `v`'s head up to the root: at most three steps, each
    // through a description's relation.
    let path_to_root = |v: usize| -> Option<Vec<usize>> {
        let mut path = Vec::new();
        let mut cur = heads[v]?;
        for _ in 0..3 {
            if cur == root {
                return Some(path);
            }
            if !inside_description(rel_of(words, rels, cur)) {
                return None;
            }
            path.push(cur);
            cur = heads[cur]?;
        }
        (cur == root).then_some(path)
    };
    let Some((verb, path)) = (root + 2..words.len()).find_map(|v| {
        let w = &words[v];
        let finite = is_verb(w) && matches!(w.xpos.as_str(), "VBD" | "VBN" | "VBZ" | "VBP");
        if !finite
            || !matches!(
                rel_of(words, rels, v),
                "acl" | "parataxis" | "conj" | "advcl"
            )
            || !is_punct(&words[v - 1])
            || words[v - 1].form != ","
        {
            return None;
        }
        let own: Vec<usize> = children(heads, v).collect();
        let complement = own
            .iter()
            .any(|&d| matches!(rel_of(words, rels, d), "obj" | "ccomp" | "xcomp"));
        let subject = own.iter().any(|&d| {
            let r = rel_of(words, rels, d);
            r.starts_with("nsubj") || matches!(r, "mark" | "aux" | "aux:pass" | "cc")
        });
        if !complement || subject {
            return None;
        }
        let path = path_to_root(v)?;
        // The description sits between the root and the verb: a name, a
        // title or a relative clause set off by commas.
        path.iter()
            .any(|&p| words[p].upos == "PROPN" || is_nominal(&words[p]) || is_verb(&words[p]))
            .then_some((v, path))
    }) else {
        return false;
    };
    heads[verb] = None;
    rels[verb] = Some("root");
    heads[root] = Some(verb);
    rels[root] = Some("nsubj");
    // "Bola Tinubaro" hung on the comma as a subject: the root's
    // apposition.
    for &p in &path {
        if is_nominal(&words[p]) && heads[p] != Some(root) {
            let head = heads[p].expect("on the path");
            if is_punct(&words[head]) {
                heads[p] = Some(root);
                rels[p] = Some("appos");
            }
        } else if is_nominal(&words[p]) && rel_of(words, rels, p).starts_with("nsubj") {
            rels[p] = Some("appos");
        }
    }
    // The sentence's final punctuation and the adjuncts after the verb
    // belong to the verb.
    for c in root_children {
        if c > verb {
            heads[c] = Some(verb);
        }
    }
    true
}

/// "Acting President Ismail Farouk met …", "Sudan's acting president
/// Ismail Farouk met …": the tagger reads *acting* before a title as the
/// gerund of *act*, with the name as its object and the gerund as the
/// sentence's clausal subject (or a modifier of the possessor), so the
/// sentence has no nominal subject. *Acting* right before a noun, with a
/// name after it as its object, modifies the title: the name takes the
/// gerund's place (a clausal subject becomes a subject; a possessor the
/// gerund modified becomes the name's possessor). Returns whether the
/// tree changed.
pub(super) fn acting_title_read_as_verb(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for a in 0..words.len().saturating_sub(2) {
        if !words[a].form.eq_ignore_ascii_case("acting")
            || !(is_verb(&words[a]) || words[a].xpos == "VBG")
            || !is_nominal(&words[a + 1])
        {
            continue;
        }
        let Some(name) = (a + 2..words.len()).find(|&n| {
            heads[n] == Some(a) && rel_of(words, rels, n) == "obj" && words[n].upos == "PROPN"
        }) else {
            continue;
        };
        let rel = rel_of(words, rels, a);
        let possessive =
            |h: usize| (0..words.len()).any(|c| heads[c] == Some(h) && words[c].xpos == "POS");
        // "Acting President X met …" with *acting* the root and *met* its
        // complement: the complement is the root, the name its subject.
        let clause = (heads[a].is_none())
            .then(|| {
                (name + 1..words.len()).find(|&v| {
                    heads[v] == Some(a)
                        && is_verb(&words[v])
                        && matches!(
                            rel_of(words, rels, v),
                            "xcomp" | "ccomp" | "conj" | "parataxis"
                        )
                })
            })
            .flatten();
        if let Some(v) = clause {
            heads[v] = None;
            rels[v] = Some("root");
            heads[name] = Some(v);
            rels[name] = Some("nsubj");
            super::rehang(heads, a, v, |c| c > v);
            heads[a] = Some(a + 1);
            rels[a] = Some("amod");
            super::rehang(heads, a, name, |c| c != name);
            changed = true;
            continue;
        }
        let Some(head) = heads[a] else { continue };
        if rel == "csubj" {
            heads[name] = Some(head);
            rels[name] = Some("nsubj");
        } else if rel == "acl" && possessive(head) && head < a {
            // "Sudan's acting president X": the name stands where the
            // possessor stood, the possessor becomes its own.
            let Some(up) = heads[head] else { continue };
            let up_rel = super::static_rel(rel_of(words, rels, head));
            heads[name] = Some(up);
            rels[name] = Some(up_rel);
            heads[head] = Some(name);
            rels[head] = Some("nmod:poss");
        } else {
            continue;
        }
        heads[a] = Some(a + 1);
        rels[a] = Some("amod");
        // The title hung on the name stays there; other words the gerund
        // governed move to the name.
        super::rehang(heads, a, name, |c| c != name);
        changed = true;
    }
    changed
}
