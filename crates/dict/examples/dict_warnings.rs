//! Print load time, counts and warnings of the embedded dictionary sets, and
//! time each parser on the embedded Phoenix files.
use std::time::Instant;

fn main() {
    for (name, dicts) in [
        ("phoenix", dyad_dict::Dictionaries::phoenix()),
        ("validation", dyad_dict::Dictionaries::validation()),
    ] {
        match dicts {
            Ok(d) => {
                println!("{name}: loaded in {:?}\n{:#?}", d.load_time, d.stats());
                for w in &d.warnings {
                    println!("  warning {w}");
                }
            }
            Err(e) => println!("{name}: ERROR {e}"),
        }
    }
    let file = |n| dyad_dict::Dictionaries::embedded_file(n).expect("embedded");
    let t = Instant::now();
    dyad_dict::parse_verbs_str("v", file("CAMEO.2.0.txt")).unwrap();
    println!("verbs parse {:?}", t.elapsed());
    let mut dicts = Vec::new();
    for n in dyad_dict::phoenix_files::ACTORS {
        let t = Instant::now();
        dicts.push(dyad_dict::parse_actors_str(n, file(n)).unwrap());
        println!("{n} parse {:?}", t.elapsed());
    }
    let t = Instant::now();
    dyad_dict::ActorIndex::build(dicts);
    println!("actor index {:?}", t.elapsed());
    let t = Instant::now();
    dyad_dict::parse_agents_str("a", file("Phoenix.agents.txt")).unwrap();
    println!("agents parse {:?}", t.elapsed());
    let t = Instant::now();
    dyad_dict::parse_issues_str("i", file("Phoenix.IssueCoding.txt")).unwrap();
    println!("issues parse {:?}", t.elapsed());
    for _ in 0..5 {
        let t = Instant::now();
        let d = dyad_dict::Dictionaries::phoenix().unwrap();
        println!("full load {:?} (internal {:?})", t.elapsed(), d.load_time);
    }
}
