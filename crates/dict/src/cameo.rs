//! CAMEO event-code tables: labels, Goldstein scores, quad classes and the
//! CAMEO → PLOVER crosswalk (vendored in `data/cameo/`).

use std::collections::HashMap;

use dyad_event::Plover;

use crate::error::DictError;

const CODEFILE: &str = include_str!("../../../data/cameo/CAMEO_codefile.txt");
const GDELT_CODES: &str = include_str!("../../../data/cameo/CAMEO.eventcodes.txt");
const GOLDSTEIN_PHOENIX: &str =
    include_str!("../../../data/cameo/CAMEO.SCALE.phoenix_pipeline.tsv");
const GOLDSTEIN_GDELT: &str = include_str!("../../../data/cameo/CAMEO.goldsteinscale.txt");
const PLOVER_CROSSWALK: &str = include_str!("../../../data/cameo/CAMEO2PLOVER-2021.txt");

/// Which table a Goldstein value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoldsteinSource {
    /// Schrodt's CAMEO.SCALE as used by the Phoenix pipeline.
    Phoenix,
    /// The GDELT lookup table.
    Gdelt,
}

/// What dyad knows about one CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoInfo {
    pub code: String,
    /// Label from the CAMEO codebook (0.7b5), else GDELT's description.
    pub label: Option<String>,
    /// Two-digit root, e.g. `"05"`.
    pub root: String,
    /// Label of the root category, e.g. `"ENGAGE IN DIPLOMATIC COOPERATION"`.
    pub root_label: Option<String>,
    /// GDELT QuadClass: 01–05 → 1 (verbal cooperation), 06–08 → 2 (material
    /// cooperation), 09–13 → 3 (verbal conflict), 14–20 → 4 (material conflict).
    pub quad_class: u8,
    /// Goldstein score: Phoenix table, else GDELT table, else the parent code's.
    pub goldstein: Option<f64>,
    /// The code whose Goldstein value was used and its table.
    pub goldstein_from: Option<(String, GoldsteinSource)>,
    /// PLOVER event/mode/context from the 2021 crosswalk, else the parent code's.
    pub plover: Option<Plover>,
    /// The code whose PLOVER row was used.
    pub plover_from: Option<String>,
}

/// The CAMEO tables, parsed.
#[derive(Debug, Clone, Default)]
pub struct CameoTables {
    labels: HashMap<String, String>,
    gdelt_labels: HashMap<String, String>,
    goldstein_phoenix: HashMap<String, f64>,
    goldstein_gdelt: HashMap<String, f64>,
    plover: HashMap<String, Plover>,
}

/// GDELT QuadClass of a two-digit root (`None` outside 01–20).
pub fn quad_class(root: &str) -> Option<u8> {
    let n: u8 = root.get(..2)?.parse().ok()?;
    Some(match n {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        14..=20 => 4,
        _ => return None,
    })
}

fn is_code_shape(code: &str) -> bool {
    (2..=4).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_digit())
        && quad_class(code).is_some()
}

impl CameoTables {
    /// The vendored tables, embedded in the binary.
    pub fn embedded() -> Self {
        Self::parse(
            CODEFILE,
            GDELT_CODES,
            GOLDSTEIN_PHOENIX,
            GOLDSTEIN_GDELT,
            PLOVER_CROSSWALK,
        )
        .expect("vendored CAMEO tables parse (checked by tests)")
    }

    /// Parse the five tables (contents of the files named in `data/cameo/`).
    pub fn parse(
        codefile: &str,
        gdelt_codes: &str,
        goldstein_phoenix: &str,
        goldstein_gdelt: &str,
        plover: &str,
    ) -> Result<Self, DictError> {
        Ok(CameoTables {
            labels: parse_codefile("CAMEO_codefile.txt", codefile)?,
            gdelt_labels: parse_tsv("CAMEO.eventcodes.txt", gdelt_codes, |s| Ok(s.to_string()))?,
            goldstein_phoenix: parse_tsv(
                "CAMEO.SCALE.phoenix_pipeline.tsv",
                goldstein_phoenix,
                parse_f64,
            )?,
            goldstein_gdelt: parse_tsv("CAMEO.goldsteinscale.txt", goldstein_gdelt, parse_f64)?,
            plover: parse_plover("CAMEO2PLOVER-2021.txt", plover)?,
        })
    }

    /// Everything known about `code`, or `None` if it is not a CAMEO event
    /// code (2–4 digits, root 01–20) listed in any table.
    pub fn describe(&self, code: &str) -> Option<CameoInfo> {
        let code = code.trim();
        if !is_code_shape(code) {
            return None;
        }
        let known = self.labels.contains_key(code)
            || self.gdelt_labels.contains_key(code)
            || self.goldstein_phoenix.contains_key(code)
            || self.goldstein_gdelt.contains_key(code)
            || self.plover.contains_key(code);
        if !known {
            return None;
        }
        let root = code[..2].to_string();
        let label = self
            .labels
            .get(code)
            .or_else(|| self.gdelt_labels.get(code))
            .cloned();
        let root_label = self
            .labels
            .get(&root)
            .or_else(|| self.gdelt_labels.get(&root))
            .cloned();
        let mut goldstein = None;
        let mut goldstein_from = None;
        let mut plover = None;
        let mut plover_from = None;
        for prefix in (2..=code.len()).rev().map(|n| &code[..n]) {
            if goldstein.is_none() {
                if let Some(&v) = self.goldstein_phoenix.get(prefix) {
                    goldstein = Some(v);
                    goldstein_from = Some((prefix.to_string(), GoldsteinSource::Phoenix));
                } else if let Some(&v) = self.goldstein_gdelt.get(prefix) {
                    goldstein = Some(v);
                    goldstein_from = Some((prefix.to_string(), GoldsteinSource::Gdelt));
                }
            }
            if plover.is_none() {
                if let Some(p) = self.plover.get(prefix) {
                    plover = Some(p.clone());
                    plover_from = Some(prefix.to_string());
                }
            }
        }
        Some(CameoInfo {
            quad_class: quad_class(&root).expect("checked by is_code_shape"),
            code: code.to_string(),
            label,
            root,
            root_label,
            goldstein,
            goldstein_from,
            plover,
            plover_from,
        })
    }

    /// All codes listed in any table, sorted.
    pub fn codes(&self) -> Vec<String> {
        let mut codes: Vec<String> = self
            .labels
            .keys()
            .chain(self.gdelt_labels.keys())
            .chain(self.goldstein_phoenix.keys())
            .chain(self.goldstein_gdelt.keys())
            .chain(self.plover.keys())
            .filter(|c| is_code_shape(c))
            .cloned()
            .collect();
        codes.sort();
        codes.dedup();
        codes
    }
}

fn parse_f64(s: &str) -> Result<f64, String> {
    s.trim()
        .parse::<f64>()
        .map_err(|e| format!("{s:?} is not a number: {e}"))
}

/// `LABEL: 010= Make statement`; `LABELi:` lines and codes written `0811i`
/// (ICEWS wording) are skipped; `//01: MAKE PUBLIC STATEMENT` (or `//05= ...`) gives the root label. A later
/// `LABEL` for the same code replaces the earlier one (the file corrects a
/// typo that way).
fn parse_codefile(name: &str, content: &str) -> Result<HashMap<String, String>, DictError> {
    let mut labels = HashMap::new();
    for (i, line) in content.lines().enumerate() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("//") {
            if let Some((code, label)) = rest.split_once([':', '=']) {
                if is_code_shape(code.trim()) && code.trim().len() == 2 {
                    labels.insert(code.trim().to_string(), label.trim().to_string());
                }
            }
            continue;
        }
        let Some(rest) = line.strip_prefix("LABEL:") else {
            continue;
        };
        let (code, label) = rest.split_once('=').ok_or_else(|| {
            DictError::syntax(name, i + 1, "LABEL line without '=' after the code")
        })?;
        let code = code.trim();
        if code.ends_with('i') {
            // `0811i`: ICEWS wording, like `LABELi:`.
            continue;
        }
        if !is_code_shape(code) {
            return Err(DictError::syntax(
                name,
                i + 1,
                format!("{code:?} is not a CAMEO event code"),
            ));
        }
        labels.insert(code.to_string(), label.trim().to_string());
    }
    Ok(labels)
}

/// Two-column TSV with a header line.
fn parse_tsv<T>(
    name: &str,
    content: &str,
    value: impl Fn(&str) -> Result<T, String>,
) -> Result<HashMap<String, T>, DictError> {
    let mut out = HashMap::new();
    for (i, line) in content.lines().enumerate().skip(1) {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let (code, v) = line
            .split_once('\t')
            .ok_or_else(|| DictError::syntax(name, i + 1, "expected CODE<TAB>VALUE"))?;
        let v = value(v).map_err(|reason| DictError::syntax(name, i + 1, reason))?;
        out.insert(code.trim().to_string(), v);
    }
    Ok(out)
}

/// `030: AGREE,  , diplomatic # description`, `03: AGREE` root headers.
/// The first row of a code is kept.
fn parse_plover(name: &str, content: &str) -> Result<HashMap<String, Plover>, DictError> {
    let mut out = HashMap::new();
    for (i, line) in content.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('~') {
            continue;
        }
        let (code, rest) = line
            .split_once(':')
            .ok_or_else(|| DictError::syntax(name, i + 1, "expected CODE: EVENT, mode, context"))?;
        let code = code.trim();
        if !is_code_shape(code) {
            return Err(DictError::syntax(
                name,
                i + 1,
                format!("{code:?} is not a CAMEO event code"),
            ));
        }
        let mut fields = rest.split(',').map(str::trim);
        let field = |f: Option<&str>| f.filter(|s| !s.is_empty()).map(str::to_string);
        let plover = Plover {
            event_type: field(fields.next()),
            mode: field(fields.next()),
            context: field(fields.next()),
        };
        if plover.event_type.is_none() {
            return Err(DictError::syntax(
                name,
                i + 1,
                "PLOVER row without an event type",
            ));
        }
        out.entry(code.to_string()).or_insert(plover);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_describe_codes() {
        let t = CameoTables::embedded();
        let info = t.describe("054").unwrap();
        assert_eq!(info.root, "05");
        assert_eq!(info.quad_class, 1);
        assert_eq!(info.label.as_deref(), Some("Grant diplomatic recognition"));
        assert!(info.goldstein.is_some());
        assert_eq!(
            info.plover.as_ref().unwrap().event_type.as_deref(),
            Some("SUPPORT")
        );
        // 019 is only in the GDELT Goldstein table.
        let info = t.describe("019").unwrap();
        assert_eq!(info.goldstein_from.unwrap().1, GoldsteinSource::Gdelt);
        // 016 is in both; Phoenix wins (3.4 vs -2.0).
        assert_eq!(t.describe("016").unwrap().goldstein, Some(3.4));
        assert_eq!(t.describe("190").unwrap().quad_class, 4);
        assert_eq!(t.describe("0874").unwrap().quad_class, 2);
        assert!(t.describe("21").is_none());
        assert!(t.describe("abc").is_none());
        assert!(t.codes().len() > 300);
    }

    #[test]
    fn parent_fallbacks() {
        let t = CameoTables::parse(
            "LABEL: 0561= Sub code\n",
            "CAMEOEVENTCODE\tEVENTDESCRIPTION\n",
            "CAMEOEVENTCODE\tGOLDSTEIN\n056\t3.5\n",
            "CAMEOEVENTCODE\tGOLDSTEINSCALE\n05\t3.0\n",
            "05: SUPPORT\n",
        )
        .unwrap();
        let info = t.describe("0561").unwrap();
        assert_eq!(info.goldstein, Some(3.5));
        assert_eq!(
            info.goldstein_from,
            Some(("056".into(), GoldsteinSource::Phoenix))
        );
        assert_eq!(info.plover_from.as_deref(), Some("05"));
    }

    #[test]
    fn malformed_rows_are_errors() {
        let err = CameoTables::parse("", "h\n", "h\n01\tx\n", "h\n", "").unwrap_err();
        assert!(err
            .to_string()
            .starts_with("CAMEO.SCALE.phoenix_pipeline.tsv:2:"));
        let err = CameoTables::parse("", "h\n", "h\n", "h\n", "\n030 AGREE\n").unwrap_err();
        assert!(err.to_string().starts_with("CAMEO2PLOVER-2021.txt:2:"));
    }
}
