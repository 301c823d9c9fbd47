//! Parses written by hand for the unit tests.

use dyad_conllu::Sentence;

/// A sentence of `form/xpos/head/deprel` rows whose lemma is the lower-cased
/// form and whose UPOS follows the XPOS.
pub(crate) fn tagged(rows: &[(&str, &str, usize, &str)]) -> Sentence {
    let mut s = String::new();
    for (i, (form, xpos, head, rel)) in rows.iter().enumerate() {
        let upos = match *xpos {
            x if x.starts_with("VB") => "VERB",
            "NNP" => "PROPN",
            "CD" => "NUM",
            "POS" => "PART",
            "IN" => "ADP",
            "," => "PUNCT",
            _ => "NOUN",
        };
        s.push_str(&format!(
            "{}\t{form}\t{}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t_\n",
            i + 1,
            form.to_lowercase()
        ));
    }
    dyad_conllu::read_str(&s).unwrap().remove(0)
}
