//! Names an article introduces once and uses again: a surname after the
//! full name ("Yahya Saree … Saree said") and initials given in brackets
//! ("the Syrian Democratic Forces (SDF) … the SDF").

use super::*;

/// The surnames of the people an article names in full with a dictionary
/// code ("Mike Pompeo" → `POMPEO`), each with the hit that named them; a
/// surname shared by two people with different codes is left out.
pub(crate) fn surname_aliases<'p, 'd: 'p>(
    sentences: impl Iterator<Item = (&'p Parsed, &'p [PhraseHit<'d>])>,
) -> HashMap<String, Option<ActorMatch<'d>>> {
    let mut out: HashMap<String, Option<ActorMatch<'d>>> = HashMap::new();
    for (parsed, hits) in sentences {
        for h in hits {
            let PhraseHit::Actor(m) = h else { continue };
            let Some(code) = m.code else { continue };
            let words = &parsed.words[m.start..(m.start + m.len).min(parsed.words.len())];
            // "Prime Minister Boris Johnson", "President Donald Trump": a
            // capitalised title before the name (tagged as a common noun or
            // adjective) leaves the surname the person's.
            let proper = |w: &Word| {
                w.form == "-"
                    || w.upos == "PROPN" && w.form.chars().next().is_some_and(char::is_uppercase)
            };
            let is_name = words.len() >= 2
                && words[words.len() - 2..].iter().all(proper)
                && words.iter().all(|w| {
                    w.form == "-" || w.form.chars().next().is_some_and(char::is_uppercase)
                });
            if !is_name || code.code.len() <= 3 {
                continue;
            }
            let Some(last) = words.last() else { continue };
            let surname = last.form.to_uppercase();
            if surname.chars().count() < 3 || dyad_dates::is_calendar_word(&surname) {
                continue;
            }
            // "Adel Abdul Mahdi … Abdul Mahdi said", "Andres Manuel Lopez
            // Obrador … Lopez Obrador": a name of three or more words may be
            // used again by its last two, a compound surname.
            let compound = (words.len() >= 3 && words[words.len() - 3..].iter().all(proper))
                .then(|| format!("{} {}", words[words.len() - 2].form.to_uppercase(), surname));
            for key in std::iter::once(surname).chain(compound) {
                let entry = out.entry(key).or_insert(Some(*m));
                if entry.is_some_and(|e| e.code.map(|c| c.code) != Some(code.code)) {
                    *entry = None;
                }
            }
        }
    }
    out
}

/// Initials introduced in brackets right after a coded actor phrase ("the
/// Syrian Democratic Forces (SDF)", "the Houthi movement (Ansar Allah)" is
/// no initialism): upper case, two to six letters, not themselves a
/// dictionary phrase. Initials given for two different codes name neither.
pub(crate) fn acronym_aliases<'p, 'd: 'p>(
    sentences: impl Iterator<Item = (&'p Parsed, &'p [PhraseHit<'d>])>,
) -> HashMap<String, Option<ActorMatch<'d>>> {
    let mut out: HashMap<String, Option<ActorMatch<'d>>> = HashMap::new();
    for (parsed, hits) in sentences {
        let words = &parsed.words;
        for h in hits {
            let PhraseHit::Actor(m) = h else { continue };
            let Some(code) = m.code else { continue };
            let open = m.start + m.len;
            let (Some(o), Some(a), Some(c)) =
                (words.get(open), words.get(open + 1), words.get(open + 2))
            else {
                continue;
            };
            let letters = a.form.chars().filter(char::is_ascii_alphabetic).count();
            let initials = (2..=6).contains(&letters)
                && a.form
                    .chars()
                    .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '-');
            let known = hits
                .iter()
                .any(|k| k.start() <= open + 1 && open + 1 < k.start() + k.len());
            if o.form != "(" || c.form != ")" || !initials || known {
                continue;
            }
            let entry = out.entry(a.form.to_uppercase()).or_insert(Some(*m));
            if entry.is_some_and(|e| e.code.map(|c| c.code) != Some(code.code)) {
                *entry = None;
            }
        }
    }
    out
}

/// A word of a proper name: a proper noun, or the hyphen the segmenter
/// splits off inside one ("Bashar al - Assad", "Kim Jong - un").
pub(crate) fn is_name_word(w: &Word) -> bool {
    w.upos == "PROPN" || w.form == "-"
}

/// The distinct runs of two or more capitalised proper nouns of an
/// article ("USMAN KHAN", "LONDON MAYOR SADIQ KHAN"), upper case.
pub(crate) fn full_name_runs<'p>(sentences: impl Iterator<Item = &'p Parsed>) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for parsed in sentences {
        let words = &parsed.words;
        let proper = |i: usize| {
            words[i].upos == "PROPN" && words[i].form.chars().next().is_some_and(char::is_uppercase)
        };
        let mut i = 0;
        while i < words.len() {
            if !proper(i) {
                i += 1;
                continue;
            }
            let mut first = i;
            while i + 1 < words.len() && proper(i + 1) {
                i += 1;
            }
            // "On Sunday Pierluisi said": the day is no first name.
            while first < i && dyad_dates::is_calendar_word(&words[first].form) {
                first += 1;
            }
            if i > first {
                let run: Vec<String> = words[first..=i]
                    .iter()
                    .map(|w| w.form.to_uppercase())
                    .collect();
                if !out.contains(&run) {
                    out.push(run);
                }
            }
            i += 1;
        }
    }
    out
}

/// Hits for the lone surnames of a sentence not covered by a dictionary
/// phrase.
pub(crate) fn add_surname_hits<'d>(
    parsed: &Parsed,
    hits: &mut Vec<PhraseHit<'d>>,
    aliases: &HashMap<String, Option<ActorMatch<'d>>>,
) {
    let mut added = false;
    for (i, w) in parsed.words.iter().enumerate() {
        if w.upos != "PROPN"
            || hits
                .iter()
                .any(|h| h.start() <= i && i < h.start() + h.len())
        {
            continue;
        }
        // Only a lone name: "Pompeo", not "Pompeo Street"; or a lone pair
        // that is a known compound surname ("Abdul Mahdi").
        let is_name = |k: usize| parsed.words.get(k).is_some_and(|n| n.upos == "PROPN");
        let prev_is_name = i > 0 && is_name(i - 1);
        if !prev_is_name && is_name(i + 1) && !is_name(i + 2) {
            let next = &parsed.words[i + 1];
            let pair = format!("{} {}", w.form.to_uppercase(), next.form.to_uppercase());
            let free = !hits
                .iter()
                .any(|h| h.start() <= i + 1 && i + 1 < h.start() + h.len());
            if let (true, Some(Some(m))) = (free, aliases.get(&pair)) {
                hits.push(PhraseHit::Actor(ActorMatch {
                    start: i,
                    len: 2,
                    ..*m
                }));
                added = true;
            }
            continue;
        }
        if is_name(i + 1) || prev_is_name {
            continue;
        }
        if let Some(Some(m)) = aliases.get(&w.form.to_uppercase()) {
            hits.push(PhraseHit::Actor(ActorMatch {
                start: i,
                len: 1,
                ..*m
            }));
            added = true;
        }
    }
    if added {
        hits.sort_by_key(|h| h.start());
    }
}
