//! PETRARCH2 / Phoenix dictionaries and CAMEO tables for the dyad event coder.
//!
//! This crate reads the flat-text dictionary formats of PETRARCH2 (described
//! in its `docs/dictionaries.rst`, derived from the TABARI manual) and
//! compiles them for coding:
//!
//! * [`VerbDictionary`] — the verb dictionary (`CAMEO.2.0.txt`): synsets,
//!   verb blocks with their verb forms and parsed patterns, transformations.
//!   [`VerbDictionary::lookup`] maps a verb word (`SAID`) to its blocks.
//! * [`ActorIndex`] — actor phrases (`Phoenix.*.actors.txt`) with
//!   date-restricted codes; [`ActorIndex::longest_match`] finds the longest
//!   phrase at a token position and resolves its code for a date.
//! * [`AgentIndex`] — agent phrases (`Phoenix.agents.txt`, e.g.
//!   `AMBASSADOR [~GOV]`); [`AgentCode::apply_to`] combines with an actor code.
//! * [`Discards`] — sentence/story discard phrases; [`Issues`] — issue tags.
//! * [`CameoTables`] — CAMEO labels, quad class, Goldstein and PLOVER.
//!
//! Every parser has a pure entry point `parse_*_str(name, content)` that never
//! panics: a malformed line is a [`DictError::Syntax`] naming the file, the
//! line and the reason. Lines that PETRARCH2 itself tolerates are skipped and
//! reported as [`DictWarning`]s; the format modules ([`verbs`], [`actors`],
//! [`agents`], [`discards`], [`issues`]) document which.
//!
//! # Using the dictionaries in a coder
//!
//! * Actors and agents: [`Dictionaries::scan`] walks upper-case tokens and
//!   returns the longest actor or agent phrase at each position
//!   ([`PhraseHit`]); [`Dictionaries::code_phrases`] groups adjacent hits
//!   into noun phrases (`NORTH KOREA 'S ENVOY`) and [`combine_codes`] gives
//!   the combined code (`PRKGOV`). Actor codes are resolved for the date
//!   passed in ([`ActorEntry::code_on`]): the first date restriction that
//!   holds, else the default code; with no date, the default code, else the
//!   longest-lasting restriction. A phrase defined again in a later file
//!   (e.g. `dyad.additions.actors.txt`) replaces the earlier definition.
//! * Verbs: [`VerbDictionary::lookup`] gives the [`VerbRef`]s of a verb word
//!   (compound forms such as `CORDONED OFF` first); [`VerbDictionary::resolve`]
//!   gives its [`VerbBlock`] (patterns, block code) and [`VerbEntry`];
//!   [`VerbBlock::isolated_code`] is the code when no pattern matches. Pattern
//!   terms are words or synsets: test them with
//!   [`VerbDictionary::term_matches`]. [`VerbDictionary::petrarch2_ignores_patterns`]
//!   tells whether PETRARCH2 would have used the patterns of the file at all
//!   (not for `PETR.Validate.verbs.txt`).
//! * Discards: [`Discards::find`] on the sentence text; issues:
//!   [`Issues::code_sentence`] on its tokens.
//! * Event codes: [`CameoTables::describe`].
//!
//! The default (Phoenix) set and the PETRARCH validation set are embedded in
//! the binary from `data/dictionaries/`, so [`Dictionaries::phoenix`] needs no
//! files; [`Dictionaries::from_dir`] and [`Dictionaries::from_files`] load
//! other copies.
//!
//! Matching is on upper-case tokens split like Penn Treebank text: the
//! possessive `'S` is a token of its own (see [`phrase_tokens`] and
//! [`tokenize_upper`]).
//!
//! ```
//! let dicts = dyad_dict::Dictionaries::phoenix().unwrap();
//! let tokens = dyad_dict::tokenize_upper("Syrian ambassador");
//! let date = chrono::NaiveDate::from_ymd_opt(2018, 6, 20);
//! let actor = dicts.actors.longest_match(&tokens, 0, date).unwrap();
//! assert_eq!(actor.code.unwrap().code, "SYR");
//! let agent = dicts.agents.longest_match(&tokens, 1).unwrap();
//! assert_eq!(agent.code.apply_to("SYR"), "SYRGOV");
//! ```

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

pub mod actors;
pub mod agents;
pub mod cameo;
pub mod date;
pub mod discards;
mod error;
mod index;
pub mod issues;
mod lines;
pub mod verbs;

pub use actors::{
    parse_actors_str, ActorDictionary, ActorEntry, ActorIndex, ActorMatch, ActorPhrase, CodeBasis,
    DatedCode, ResolvedCode,
};
pub use agents::{
    parse_agents_str, AgentCode, AgentDictionary, AgentEntry, AgentForm, AgentIndex, AgentMatch,
    AgentPlacement,
};
pub use cameo::{quad_class, CameoInfo, CameoTables, GoldsteinSource};
pub use date::{parse_petrarch_date, parse_restriction, DateRestriction};
pub use discards::{parse_discards_str, DiscardEntry, DiscardList, Discards};
pub use error::{DictError, DictWarning};
pub use issues::{parse_issues_str, IssueEntry, IssueHits, IssueKind, IssueList, Issues};
pub use lines::phrase_tokens;
pub use verbs::{
    parse_verbs_str, Marker, NounPhrase, Pattern, PatternSide, PatternTerm, PrepPhrase, Synset,
    SynsetId, TransformNode, TransformTarget, Transformation, VerbBlock, VerbCode, VerbDictionary,
    VerbEntry, VerbForm, VerbRef,
};

/// File names of the Phoenix set, as in PETRARCH2's `PETR_config.ini`.
pub mod phoenix_files {
    pub const VERBS: &str = "CAMEO.2.0.txt";
    /// dyad's verb blocks for verbs news uses that CAMEO.2.0 lacks (URGE),
    /// loaded after [`VERBS`] so their patterns can use its synsets
    /// (optional in a directory).
    pub const VERB_ADDITIONS: &str = "dyad.additions.verbs.txt";
    /// Loaded in this order; [`ADDITIONS`] comes after them.
    pub const ACTORS: [&str; 3] = [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ];
    /// dyad's own actor files, loaded after the Phoenix ones so that their
    /// phrases replace upstream definitions (optional in a directory): the
    /// time-bounded actors of 2014–2026 (`docs/actors-2026.md`), then local
    /// additions and fixes.
    pub const ADDITIONS: [&str; 2] = ["dyad.actors-2014-2026.txt", "dyad.additions.actors.txt"];
    pub const AGENTS: &str = "Phoenix.agents.txt";
    /// dyad's agents (role and group nouns news uses that Phoenix lacks,
    /// such as OFFICIAL), loaded after [`AGENTS`] so that a phrase defined
    /// again there wins (optional in a directory).
    pub const AGENT_ADDITIONS: &str = "dyad.additions.agents.txt";
    pub const DISCARDS: &str = "Phoenix.discards.txt";
    pub const ISSUES: &str = "Phoenix.IssueCoding.txt";
    pub const PREPOSITIONS: &str = "Phoenix.prepositions.txt";
}

/// File names of the PETRARCH validation set.
pub mod validation_files {
    pub const VERBS: &str = "PETR.Validate.verbs.txt";
    pub const ACTORS: &str = "PETR.Validate.actors.txt";
    pub const AGENTS: &str = "PETR.Validate.agents.txt";
    pub const DISCARDS: &str = "PETR.Validate.discards.txt";
}

macro_rules! embedded {
    ($file:literal) => {
        (
            $file,
            include_str!(concat!("../../../data/dictionaries/", $file)),
        )
    };
}

/// `(file name, content)` of the embedded Phoenix set.
mod embedded_phoenix {
    pub const VERBS: (&str, &str) = embedded!("CAMEO.2.0.txt");
    pub const VERB_ADDITIONS: (&str, &str) = embedded!("dyad.additions.verbs.txt");
    pub const ACTORS: [(&str, &str); 5] = [
        embedded!("Phoenix.Countries.actors.txt"),
        embedded!("Phoenix.International.actors.txt"),
        embedded!("Phoenix.MilNonState.actors.txt"),
        embedded!("dyad.actors-2014-2026.txt"),
        embedded!("dyad.additions.actors.txt"),
    ];
    pub const AGENTS: (&str, &str) = embedded!("Phoenix.agents.txt");
    pub const AGENT_ADDITIONS: (&str, &str) = embedded!("dyad.additions.agents.txt");
    pub const DISCARDS: (&str, &str) = embedded!("Phoenix.discards.txt");
    pub const ISSUES: (&str, &str) = embedded!("Phoenix.IssueCoding.txt");
    pub const PREPOSITIONS: (&str, &str) = embedded!("Phoenix.prepositions.txt");
}

mod embedded_validation {
    pub const VERBS: (&str, &str) = embedded!("PETR.Validate.verbs.txt");
    pub const ACTORS: (&str, &str) = embedded!("PETR.Validate.actors.txt");
    pub const AGENTS: (&str, &str) = embedded!("PETR.Validate.agents.txt");
    pub const DISCARDS: (&str, &str) = embedded!("PETR.Validate.discards.txt");
}

/// An explicit set of dictionary files (e.g. the ones a PETRARCH unit-test
/// file names in its `<Environment>`).
#[derive(Debug, Clone, Default)]
pub struct DictFiles {
    pub verbs: PathBuf,
    /// Loaded in order; a phrase defined again later wins.
    pub actors: Vec<PathBuf>,
    pub agents: Option<PathBuf>,
    pub discards: Option<PathBuf>,
    pub issues: Option<PathBuf>,
    pub prepositions: Option<PathBuf>,
}

/// Dictionary texts in memory: `(name used in messages, content)`.
#[derive(Debug, Clone, Default)]
pub struct DictTexts<'a> {
    pub verbs: (&'a str, &'a str),
    pub actors: Vec<(&'a str, &'a str)>,
    pub agents: Option<(&'a str, &'a str)>,
    pub discards: Option<(&'a str, &'a str)>,
    pub issues: Option<(&'a str, &'a str)>,
    pub prepositions: Option<(&'a str, &'a str)>,
}

/// A complete, compiled dictionary set.
#[derive(Debug, Clone)]
pub struct Dictionaries {
    pub verbs: VerbDictionary,
    pub actors: ActorIndex,
    pub agents: AgentIndex,
    pub discards: Discards,
    pub issues: Issues,
    /// Upper-case prepositions (`Phoenix.prepositions.txt`), if loaded.
    pub prepositions: Vec<String>,
    /// Lines skipped while loading (see the parser modules).
    pub warnings: Vec<DictWarning>,
    /// Names of the files loaded, in order.
    pub sources: Vec<String>,
    /// Wall time spent parsing and indexing.
    pub load_time: Duration,
}

/// Counts shown by `dyad dict stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub synsets: usize,
    pub verb_blocks: usize,
    pub verbs: usize,
    pub verb_words: usize,
    pub patterns: usize,
    pub transformations: usize,
    pub actor_entries: usize,
    pub actor_phrases: usize,
    pub actor_synonyms: usize,
    pub actor_dated_codes: usize,
    pub actor_redefined_phrases: usize,
    pub agent_lines: usize,
    pub agent_phrases: usize,
    pub discards: usize,
    pub discards_story: usize,
    pub issue_lines: usize,
    pub issue_phrases: usize,
    pub prepositions: usize,
    pub warnings: usize,
}

impl Dictionaries {
    /// The vendored Phoenix set embedded in the binary: `CAMEO.2.0.txt`, the
    /// three Phoenix actor files plus dyad's own actor files
    /// ([`phoenix_files::ADDITIONS`]), agents,
    /// discards, issues and prepositions.
    pub fn phoenix() -> Result<Self, DictError> {
        Self::phoenix_with_actors(&[])
    }

    /// The embedded Phoenix set plus user actor files (Phoenix actor format,
    /// e.g. written by `dyad actors unknown --write`), loaded last so that
    /// their phrases win: `(name used in messages, content)`.
    pub fn phoenix_with_actors(user_actors: &[(&str, &str)]) -> Result<Self, DictError> {
        use embedded_phoenix as e;
        let mut actors = e::ACTORS.to_vec();
        actors.extend_from_slice(user_actors);
        let mut dicts = Self::from_texts(&DictTexts {
            verbs: e::VERBS,
            actors,
            agents: Some(e::AGENTS),
            discards: Some(e::DISCARDS),
            issues: Some(e::ISSUES),
            prepositions: Some(e::PREPOSITIONS),
        })?;
        dicts.add_verbs(e::VERB_ADDITIONS.0, e::VERB_ADDITIONS.1)?;
        dicts.add_agents(e::AGENT_ADDITIONS.0, e::AGENT_ADDITIONS.1)?;
        Ok(dicts)
    }

    /// Parse a further verb file into [`Dictionaries::verbs`] (see
    /// [`VerbDictionary::extend_from_str`]), e.g. dyad's
    /// [`phoenix_files::VERB_ADDITIONS`] when loading a directory with
    /// [`Dictionaries::from_files`]. Its warnings and name are added to
    /// [`Dictionaries::warnings`] and [`Dictionaries::sources`].
    pub fn add_verbs(&mut self, name: &str, content: &str) -> Result<(), DictError> {
        let started = Instant::now();
        let before = self.verbs.warnings.len();
        self.verbs.extend_from_str(name, content)?;
        self.warnings
            .extend(self.verbs.warnings.drain(before..).collect::<Vec<_>>());
        self.sources.push(name.to_string());
        self.load_time += started.elapsed();
        Ok(())
    }

    /// Parse a further agent file into [`Dictionaries::agents`] (see
    /// [`AgentIndex::extend`]), e.g. dyad's [`phoenix_files::AGENT_ADDITIONS`]:
    /// its phrases replace earlier definitions of the same phrase. Its
    /// warnings and name are added to [`Dictionaries::warnings`] and
    /// [`Dictionaries::sources`].
    pub fn add_agents(&mut self, name: &str, content: &str) -> Result<(), DictError> {
        let started = Instant::now();
        let mut dict = parse_agents_str(name, content)?;
        self.warnings.append(&mut dict.warnings);
        self.agents.extend([dict]);
        self.sources.push(name.to_string());
        self.load_time += started.elapsed();
        Ok(())
    }

    /// The embedded PETRARCH validation set (`PETR.Validate.*.txt`), used with
    /// PETRARCH's unit-test records. It has no issues or prepositions.
    pub fn validation() -> Result<Self, DictError> {
        use embedded_validation as e;
        Self::from_texts(&DictTexts {
            verbs: e::VERBS,
            actors: vec![e::ACTORS],
            agents: Some(e::AGENTS),
            discards: Some(e::DISCARDS),
            issues: None,
            prepositions: None,
        })
    }

    /// The content of an embedded dictionary file by name (Phoenix and
    /// validation sets), e.g. for a unit-test file that names its dictionaries.
    pub fn embedded_file(name: &str) -> Option<&'static str> {
        use embedded_phoenix as p;
        use embedded_validation as v;
        let all = [
            p::VERBS,
            p::VERB_ADDITIONS,
            p::AGENTS,
            p::AGENT_ADDITIONS,
            p::DISCARDS,
            p::ISSUES,
            p::PREPOSITIONS,
            v::VERBS,
            v::ACTORS,
            v::AGENTS,
            v::DISCARDS,
        ];
        all.into_iter()
            .chain(p::ACTORS)
            .find(|(n, _)| *n == name)
            .map(|(_, content)| content)
    }

    /// A directory holding the Phoenix file names ([`phoenix_files`]).
    /// Verbs, actors, agents and discards are required; issues,
    /// prepositions and dyad's own verb, actor and agent files are optional.
    pub fn from_dir(dir: &Path) -> Result<Self, DictError> {
        Self::from_dir_with_actors(dir, &[])
    }

    /// [`Dictionaries::from_dir`] plus user actor files (e.g. written by
    /// `dyad actors unknown --write`), loaded last so that their phrases win.
    pub fn from_dir_with_actors(dir: &Path, user_actors: &[PathBuf]) -> Result<Self, DictError> {
        use phoenix_files as f;
        let missing: Vec<&str> = [f::VERBS, f::AGENTS, f::DISCARDS]
            .into_iter()
            .chain(f::ACTORS)
            .filter(|name| !dir.join(name).is_file())
            .collect();
        if !missing.is_empty() {
            return Err(DictError::Missing(format!(
                "{}: required dictionary files missing: {}",
                dir.display(),
                missing.join(", ")
            )));
        }
        let optional = |name: &str| Some(dir.join(name)).filter(|p| p.is_file());
        let mut actors: Vec<PathBuf> = f::ACTORS.iter().map(|name| dir.join(name)).collect();
        actors.extend(f::ADDITIONS.iter().filter_map(|name| optional(name)));
        actors.extend(user_actors.iter().cloned());
        let mut dicts = Self::from_files(&DictFiles {
            verbs: dir.join(f::VERBS),
            actors,
            agents: Some(dir.join(f::AGENTS)),
            discards: Some(dir.join(f::DISCARDS)),
            issues: optional(f::ISSUES),
            prepositions: optional(f::PREPOSITIONS),
        })?;
        if let Some(path) = optional(f::VERB_ADDITIONS) {
            dicts.add_verb_file(&path)?;
        }
        if let Some(path) = optional(f::AGENT_ADDITIONS) {
            let content = std::fs::read_to_string(&path).map_err(|source| DictError::Io {
                path: path.clone(),
                source,
            })?;
            dicts.add_agents(&path.display().to_string(), &content)?;
        }
        Ok(dicts)
    }

    /// [`Dictionaries::add_verbs`] with the content of a file.
    pub fn add_verb_file(&mut self, path: &Path) -> Result<(), DictError> {
        let content = std::fs::read_to_string(path).map_err(|source| DictError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        self.add_verbs(&path.display().to_string(), &content)
    }

    /// Load an explicit set of files.
    pub fn from_files(files: &DictFiles) -> Result<Self, DictError> {
        let read = |path: &Path| -> Result<(String, String), DictError> {
            let content = std::fs::read_to_string(path).map_err(|source| DictError::Io {
                path: path.to_path_buf(),
                source,
            })?;
            Ok((path.display().to_string(), content))
        };
        let read_opt = |path: &Option<PathBuf>| path.as_deref().map(read).transpose();
        let verbs = read(&files.verbs)?;
        let actors = files
            .actors
            .iter()
            .map(|p| read(p))
            .collect::<Result<Vec<_>, _>>()?;
        let agents = read_opt(&files.agents)?;
        let discards = read_opt(&files.discards)?;
        let issues = read_opt(&files.issues)?;
        let prepositions = read_opt(&files.prepositions)?;
        fn pair(p: &(String, String)) -> (&str, &str) {
            (p.0.as_str(), p.1.as_str())
        }
        Self::from_texts(&DictTexts {
            verbs: pair(&verbs),
            actors: actors.iter().map(pair).collect(),
            agents: agents.as_ref().map(pair),
            discards: discards.as_ref().map(pair),
            issues: issues.as_ref().map(pair),
            prepositions: prepositions.as_ref().map(pair),
        })
    }

    /// Parse and index dictionary texts held in memory.
    ///
    /// The actor files (the bulk of the work) are parsed and indexed on a
    /// second thread while the other files are parsed. Errors are reported in
    /// file order: verbs, actors, agents, discards, issues, prepositions.
    pub fn from_texts(texts: &DictTexts<'_>) -> Result<Self, DictError> {
        let started = Instant::now();
        let (verbs, actors, others) = std::thread::scope(|scope| {
            let actor_thread = scope.spawn(|| load_actors(&texts.actors));
            let verbs = parse_verbs_str(texts.verbs.0, texts.verbs.1);
            let others = load_others(texts);
            let actors = actor_thread
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (verbs, actors, others)
        });
        let mut verbs = verbs?;
        let (actors, actor_warnings) = actors?;
        let others = others?;
        let mut warnings = std::mem::take(&mut verbs.warnings);
        warnings.extend(actor_warnings);
        warnings.extend(others.warnings);
        let mut sources = vec![texts.verbs.0.to_string()];
        sources.extend(texts.actors.iter().map(|(name, _)| name.to_string()));
        sources.extend(
            [
                texts.agents,
                texts.discards,
                texts.issues,
                texts.prepositions,
            ]
            .into_iter()
            .flatten()
            .map(|(name, _)| name.to_string()),
        );
        Ok(Dictionaries {
            verbs,
            actors,
            agents: others.agents,
            discards: others.discards,
            issues: others.issues,
            prepositions: others.prepositions,
            warnings,
            sources,
            load_time: started.elapsed(),
        })
    }

    /// Counts of what was loaded.
    pub fn stats(&self) -> Stats {
        Stats {
            synsets: self.verbs.synsets.len(),
            verb_blocks: self.verbs.blocks.len(),
            verbs: self.verbs.verb_count(),
            verb_words: self.verbs.form_word_count(),
            patterns: self.verbs.pattern_count(),
            transformations: self.verbs.transformations.len(),
            actor_entries: self.actors.entries().len(),
            actor_phrases: self.actors.phrase_count(),
            actor_synonyms: self.actors.synonym_count(),
            actor_dated_codes: self.actors.dated_code_count(),
            actor_redefined_phrases: self.actors.redefined_phrase_count(),
            agent_lines: self.agents.source_line_count(),
            agent_phrases: self.agents.phrase_count(),
            discards: self.discards.entries().len(),
            discards_story: self
                .discards
                .entries()
                .iter()
                .filter(|d| d.whole_story)
                .count(),
            issue_lines: self.issues.source_line_count(),
            issue_phrases: self.issues.entries().len(),
            prepositions: self.prepositions.len(),
            warnings: self.warnings.len(),
        }
    }

    /// Scan upper-case tokens left to right for actor and agent phrases: at
    /// each position the longer of the actor and agent matches is taken (the
    /// actor on a tie) and the scan continues after it.
    pub fn scan<S: AsRef<str>>(
        &self,
        upper_tokens: &[S],
        date: Option<NaiveDate>,
    ) -> Vec<PhraseHit<'_>> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < upper_tokens.len() {
            let actor = self.actors.longest_match(upper_tokens, i, date);
            let agent = self.agents.longest_match(upper_tokens, i);
            let hit = match (actor, agent) {
                (Some(a), Some(g)) if g.len > a.len => PhraseHit::Agent(g),
                (Some(a), _) => PhraseHit::Actor(a),
                (None, Some(g)) => PhraseHit::Agent(g),
                (None, None) => {
                    i += 1;
                    continue;
                }
            };
            // "the United States Department of Transportation": a phrase
            // that begins with an article ("THE_UNITED_STATES") yields to a
            // longer phrase that begins after the article and ends later.
            let article = matches!(upper_tokens[i].as_ref(), "THE" | "A" | "AN");
            if article && hit.len() > 1 {
                if let Some(longer) = self
                    .actors
                    .longest_match(upper_tokens, i + 1, date)
                    .filter(|a| 1 + a.len > hit.len())
                {
                    i += 1 + longer.len;
                    hits.push(PhraseHit::Actor(longer));
                    continue;
                }
            }
            i += hit.len();
            hits.push(hit);
        }
        hits
    }
}

fn load_actors(texts: &[(&str, &str)]) -> Result<(ActorIndex, Vec<DictWarning>), DictError> {
    let mut warnings = Vec::new();
    let mut dicts = Vec::with_capacity(texts.len());
    for &(name, content) in texts {
        let mut dict = parse_actors_str(name, content)?;
        warnings.append(&mut dict.warnings);
        dicts.push(dict);
    }
    Ok((ActorIndex::build(dicts), warnings))
}

/// Agents, discards, issues and prepositions of a set.
struct OtherDictionaries {
    agents: AgentIndex,
    discards: Discards,
    issues: Issues,
    prepositions: Vec<String>,
    warnings: Vec<DictWarning>,
}

fn load_others(texts: &DictTexts<'_>) -> Result<OtherDictionaries, DictError> {
    let mut warnings = Vec::new();
    let agents = match texts.agents {
        Some((name, content)) => {
            let mut dict = parse_agents_str(name, content)?;
            warnings.append(&mut dict.warnings);
            AgentIndex::build([dict])
        }
        None => AgentIndex::default(),
    };
    let discards = match texts.discards {
        Some((name, content)) => {
            let mut list = parse_discards_str(name, content)?;
            warnings.append(&mut list.warnings);
            Discards::build([list])
        }
        None => Discards::default(),
    };
    let issues = match texts.issues {
        Some((name, content)) => {
            let mut list = parse_issues_str(name, content)?;
            warnings.append(&mut list.warnings);
            Issues::build([list])
        }
        None => Issues::default(),
    };
    let prepositions = match texts.prepositions {
        Some((name, content)) => parse_prepositions_str(name, content)?,
        None => Vec::new(),
    };
    Ok(OtherDictionaries {
        agents,
        discards,
        issues,
        prepositions,
        warnings,
    })
}

/// A run of adjacent actor/agent hits read as one noun phrase, with its
/// combined code (see [`Dictionaries::code_phrases`]).
#[derive(Debug, Clone)]
pub struct CodedPhrase<'a> {
    /// First token and end (exclusive) of the run.
    pub start: usize,
    pub end: usize,
    pub hits: Vec<PhraseHit<'a>>,
    /// [`combine_codes`] of the hits.
    pub code: Option<String>,
}

impl Dictionaries {
    /// [`Dictionaries::scan`], then group hits into noun phrases: a hit joins
    /// the previous group when only a possessive (`'S`, `'`) or nothing lies
    /// between them, unless both groups would have an actor
    /// (`NORTH KOREA 'S ENVOY` is one phrase, `SYRIA IRAN` two).
    pub fn code_phrases<S: AsRef<str>>(
        &self,
        upper_tokens: &[S],
        date: Option<NaiveDate>,
    ) -> Vec<CodedPhrase<'_>> {
        let mut groups: Vec<CodedPhrase<'_>> = Vec::new();
        for hit in self.scan(upper_tokens, date) {
            let is_actor = matches!(hit, PhraseHit::Actor(_));
            let joins = groups.last().is_some_and(|g| {
                let between = &upper_tokens[g.end..hit.start()];
                let only_possessive = between.iter().all(|t| matches!(t.as_ref(), "'S" | "'"));
                let has_actor = g.hits.iter().any(|h| matches!(h, PhraseHit::Actor(_)));
                between.len() <= 1 && only_possessive && !(is_actor && has_actor)
            });
            if joins {
                let group = groups.last_mut().expect("checked");
                group.end = hit.start() + hit.len();
                group.hits.push(hit);
            } else {
                groups.push(CodedPhrase {
                    start: hit.start(),
                    end: hit.start() + hit.len(),
                    hits: vec![hit],
                    code: None,
                });
            }
        }
        for group in &mut groups {
            group.code = combine_codes(&group.hits);
        }
        groups
    }
}

/// An actor or agent phrase found by [`Dictionaries::scan`].
#[derive(Debug, Clone, Copy)]
pub enum PhraseHit<'a> {
    Actor(ActorMatch<'a>),
    Agent(AgentMatch<'a>),
}

impl PhraseHit<'_> {
    pub fn start(&self) -> usize {
        match self {
            PhraseHit::Actor(m) => m.start,
            PhraseHit::Agent(m) => m.start,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            PhraseHit::Actor(m) => m.len,
            PhraseHit::Agent(m) => m.len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A short description for traces: `actor:SYR`, `agent:~GOV`.
    pub fn describe(&self) -> String {
        match self {
            PhraseHit::Actor(m) => {
                format!("actor:{}", m.code.as_ref().map_or("(null)", |c| c.code))
            }
            PhraseHit::Agent(m) => format!("agent:{}", m.code.code),
        }
    }
}

/// PETRARCH's null actor code, used as the actor part of a phrase that has
/// agents but no actor (`---GOV`, as in PETRARCH's unit tests).
pub const NULL_ACTOR_CODE: &str = "---";

/// The code of a noun phrase from its hits, PETRARCH-style: the first actor
/// code (or [`NULL_ACTOR_CODE`] when no actor has a code), with every agent
/// code applied to it in order (`SYR` + `~GOV` → `SYRGOV`, no actor +
/// `~GOV` → `---GOV`). `None` only when `hits` is empty.
pub fn combine_codes(hits: &[PhraseHit<'_>]) -> Option<String> {
    if hits.is_empty() {
        return None;
    }
    let mut code = hits
        .iter()
        .find_map(|h| match h {
            PhraseHit::Actor(m) => m.code.map(|c| c.code.to_string()),
            PhraseHit::Agent(_) => None,
        })
        .unwrap_or_else(|| NULL_ACTOR_CODE.to_string());
    for hit in hits {
        if let PhraseHit::Agent(m) = hit {
            code = m.code.apply_to(&code);
        }
    }
    Some(code)
}

/// One upper-case preposition per content line.
pub fn parse_prepositions_str(name: &str, content: &str) -> Result<Vec<String>, DictError> {
    let mut out = Vec::new();
    for line in lines::content_lines(name, content) {
        let line = line?;
        let words: Vec<&str> = line.text.split_whitespace().collect();
        if words.len() != 1 {
            return Err(DictError::syntax(
                name,
                line.number,
                "expected one preposition per line",
            ));
        }
        out.push(words[0].to_uppercase());
    }
    Ok(out)
}

/// Simple tokeniser for dictionary lookups: split on whitespace, split off
/// leading and trailing punctuation (keeping the inner and final dots of
/// abbreviations such as `U.N.`), split the possessive `'s`, and upper-case.
pub fn tokenize_upper(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    for raw in text.split_whitespace() {
        let mut word = raw;
        let mut trailing = Vec::new();
        let leading: Vec<char> = word.chars().take_while(|c| is_edge_punct(*c)).collect();
        word = &word[leading.iter().map(|c| c.len_utf8()).sum::<usize>()..];
        while let Some(c) = word.chars().last() {
            let abbreviation_dot = c == '.' && word[..word.len() - 1].contains('.');
            if (is_edge_punct(c) || c == '.') && !abbreviation_dot {
                trailing.push(c);
                word = &word[..word.len() - c.len_utf8()];
            } else {
                break;
            }
        }
        for c in leading {
            tokens.push(c.to_string());
        }
        if !word.is_empty() {
            lines::push_word_tokens(&word.to_uppercase(), &mut tokens);
        }
        for c in trailing.into_iter().rev() {
            tokens.push(c.to_string());
        }
    }
    tokens
}

fn is_edge_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '!'
            | '?'
            | '"'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '\u{201c}'
            | '\u{201d}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_splits_punctuation_and_possessives() {
        assert_eq!(
            tokenize_upper("The U.N. Security Council's \"envoy\", in Damascus."),
            vec![
                "THE", "U.N.", "SECURITY", "COUNCIL", "'S", "\"", "ENVOY", "\"", ",", "IN",
                "DAMASCUS", "."
            ]
        );
    }

    #[test]
    fn article_phrase_yields_to_a_longer_phrase_after_it() {
        let dicts = Dictionaries::from_texts(&DictTexts {
            actors: vec![(
                "a",
                "THE_UNITED_STATES_ [USA]\nUNITED_STATES_DEPARTMENT_OF_TRANSPORTATION_ [USAGOV]\n",
            )],
            verbs: ("v", ""),
            agents: None,
            discards: None,
            issues: None,
            prepositions: None,
        })
        .unwrap();
        let tokens =
            tokenize_upper("the United States Department of Transportation banned flights");
        let hits = dicts.scan(&tokens, None);
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].start(), hits[0].len()), (1, 5));
        assert_eq!(combine_codes(&hits).as_deref(), Some("USAGOV"));
        // Without a longer phrase, the article's phrase stands.
        let tokens = tokenize_upper("the United States banned flights");
        let hits = dicts.scan(&tokens, None);
        assert_eq!((hits[0].start(), hits[0].len()), (0, 3));
    }

    #[test]
    fn prepositions_one_per_line() {
        assert_eq!(
            parse_prepositions_str("p", "about\n# c\nabove\n").unwrap(),
            ["ABOUT", "ABOVE"]
        );
        let err = parse_prepositions_str("p", "about\nin front\n").unwrap_err();
        assert_eq!(err.to_string(), "p:2: expected one preposition per line");
    }
}
