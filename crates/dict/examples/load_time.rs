//! Minimum over 10 runs of each loading stage of the embedded Phoenix set.
use std::time::{Duration, Instant};

fn min_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let out = f();
            let d = t.elapsed();
            drop(out);
            d
        })
        .min()
        .unwrap()
}

fn main() {
    let file = |n| dyad_dict::Dictionaries::embedded_file(n).expect("embedded");
    let actors = || {
        dyad_dict::phoenix_files::ACTORS
            .iter()
            .map(|n| dyad_dict::parse_actors_str(n, file(n)).unwrap())
            .collect::<Vec<_>>()
    };
    println!(
        "verbs parse     {:?}",
        min_of(10, || dyad_dict::parse_verbs_str(
            "v",
            file("CAMEO.2.0.txt")
        )
        .unwrap())
    );
    println!("actors parse    {:?}", min_of(10, actors));
    println!(
        "actor index     {:?}",
        min_of(10, || {
            let a = actors();
            let t = Instant::now();
            let idx = dyad_dict::ActorIndex::build(a);
            (t.elapsed(), idx)
        })
    );
    let mut build_only = Vec::new();
    for _ in 0..10 {
        let a = actors();
        let t = Instant::now();
        let idx = dyad_dict::ActorIndex::build(a);
        build_only.push(t.elapsed());
        drop(idx);
    }
    println!(
        "actor index build only {:?}",
        build_only.iter().min().unwrap()
    );
    println!(
        "full phoenix    {:?}",
        min_of(10, || dyad_dict::Dictionaries::phoenix().unwrap())
    );
}
