//! Print load time, counts and warnings of the embedded dictionary sets.
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
}
