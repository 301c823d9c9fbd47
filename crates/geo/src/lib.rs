//! An embedded gazetteer (Natural Earth populated places and countries,
//! public domain, plus the GeoNames cities of 15,000 people or more that
//! Natural Earth lacks, CC BY 4.0; vendored in `data/geo/`) for placing events.
//!
//! Place names are ambiguous (several Londons); [`Gazetteer::lookup`] prefers
//! capitals, then administrative capitals, then the most populous place, and
//! can be restricted to a country when the context names one.

use std::collections::HashMap;
use std::sync::OnceLock;

const PLACES_TSV: &str = include_str!("../../../data/geo/populated_places.tsv");
const COUNTRIES_TSV: &str = include_str!("../../../data/geo/countries.tsv");
/// GeoNames cities (≥ 15,000 people) not in Natural Earth: the towns of
/// recent wars (Bakhmut, Avdiivka, Sderot, Afrin) that Natural Earth's 7,343
/// places miss. Primary and ASCII names only: GeoNames' alternate names
/// include common words in many languages.
const GEONAMES_TSV: &str = include_str!("../../../data/geo/geonames_cities.tsv");

/// What kind of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Feature {
    /// A national capital.
    Capital,
    /// A provincial or dependency capital.
    AdminCapital,
    City,
    /// A whole country (its representative point).
    Country,
}

/// A gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: String,
    /// ISO 3166-1 alpha-3, which is also the CAMEO country code.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    pub feature: Feature,
}

/// Name → places index over the embedded data.
pub struct Gazetteer {
    places: Vec<Place>,
    by_name: HashMap<String, Vec<usize>>,
    /// Country code → its capital's index in `places` (from `countries.tsv`).
    capitals: HashMap<String, usize>,
    /// Country code → the country's own entry in `places`.
    countries: HashMap<String, usize>,
}

fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

impl Gazetteer {
    /// The embedded gazetteer, parsed once per process.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let mut g = Gazetteer::parse(PLACES_TSV, COUNTRIES_TSV);
            g.add_cities(GEONAMES_TSV);
            g
        })
    }

    /// Parse the two TSV files (header row first). Malformed rows are skipped:
    /// the data is vendored and checked by the tests.
    pub fn parse(places_tsv: &str, countries_tsv: &str) -> Gazetteer {
        let mut g = Gazetteer {
            places: Vec::new(),
            by_name: HashMap::new(),
            capitals: HashMap::new(),
            countries: HashMap::new(),
        };
        for line in places_tsv.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 9 {
                continue;
            }
            // name ascii alternates country admin1 lat lon population feature
            let mut names = vec![f[0], f[1]];
            names.extend(f[2].split(',').filter(|s| !s.is_empty()));
            g.add_place(&names, f[3], (f[5], f[6]), f[7], f[8]);
        }
        for line in countries_tsv.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 12 || f[0].is_empty() {
                continue;
            }
            let (Ok(lat), Ok(lon)) = (f[4].parse::<f64>(), f[5].parse::<f64>()) else {
                continue;
            };
            let idx = g.places.len();
            g.places.push(Place {
                name: f[2].to_string(),
                country: f[0].to_string(),
                lat,
                lon,
                population: f.get(18).and_then(|p| p.parse().ok()).unwrap_or(0),
                feature: Feature::Country,
            });
            g.add_names(idx, &[f[2], f[11], f[12]]);
            g.countries.insert(f[0].to_string(), idx);
            if let Some(i) = g.best(f[3], Some(f[0])) {
                if g.places[i].feature != Feature::Country {
                    g.capitals.insert(f[0].to_string(), i);
                }
            }
        }
        g
    }

    /// Add cities from a TSV with the columns `name ascii_name country_iso3
    /// latitude longitude population feature` (header row first), as
    /// `data/geo/geonames_cities.tsv`. Malformed rows are skipped.
    pub fn add_cities(&mut self, tsv: &str) {
        for line in tsv.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 7 {
                continue;
            }
            // name ascii country lat lon population feature
            self.add_place(&[f[0], f[1]], f[2], (f[3], f[4]), f[5], f[6]);
        }
    }

    /// Add one city row; rows with unreadable coordinates are skipped.
    fn add_place(
        &mut self,
        names: &[&str],
        country: &str,
        (lat, lon): (&str, &str),
        population: &str,
        feature: &str,
    ) {
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
            return;
        };
        let feature = match feature {
            "capital" => Feature::Capital,
            "admin capital" => Feature::AdminCapital,
            _ => Feature::City,
        };
        let idx = self.places.len();
        self.places.push(Place {
            name: names[0].to_string(),
            country: country.to_string(),
            lat,
            lon,
            population: population.parse().unwrap_or(0),
            feature,
        });
        self.add_names(idx, names);
    }

    /// A country as a place (its representative point), by ISO 3166-1
    /// alpha-3 code.
    pub fn country(&self, code: &str) -> Option<&Place> {
        self.countries.get(code).map(|&i| &self.places[i])
    }

    /// The capital of a country (ISO 3166-1 alpha-3), as `countries.tsv`
    /// names it: "the Syrian capital" is Damascus.
    pub fn capital(&self, country: &str) -> Option<&Place> {
        self.capitals.get(country).map(|&i| &self.places[i])
    }

    fn add_names(&mut self, idx: usize, names: &[&str]) {
        let mut seen = Vec::new();
        for n in names {
            let k = key(n);
            if k.is_empty() || seen.contains(&k) {
                continue;
            }
            seen.push(k.clone());
            self.by_name.entry(k).or_default().push(idx);
        }
    }

    /// The best place of that name, optionally within a country.
    pub fn lookup(&self, name: &str, country: Option<&str>) -> Option<&Place> {
        self.best(name, country).map(|i| &self.places[i])
    }

    /// Index of [`Gazetteer::lookup`]'s answer.
    fn best(&self, name: &str, country: Option<&str>) -> Option<usize> {
        let candidates = self.by_name.get(&key(name))?;
        let allowed = |&i: &usize| country.is_none_or(|c| self.places[i].country == c);
        // A country's own name means the country: towns named "Lebanon"
        // (Pennsylvania), "Jordan" or "Mali", and Antarctic stations listing
        // "Russia" among their names, are not what "in Lebanon" or
        // "arrested in Russia" say (a city-state's capital is the same
        // country).
        if let Some(c) = candidates
            .iter()
            .copied()
            .filter(allowed)
            .find(|&i| self.places[i].feature == Feature::Country)
        {
            return Some(c);
        }
        candidates.iter().copied().filter(allowed).min_by(|&a, &b| {
            let (a, b) = (&self.places[a], &self.places[b]);
            a.feature
                .cmp(&b.feature)
                .then(b.population.cmp(&a.population))
        })
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_and_alternate_names() {
        let g = Gazetteer::embedded();
        assert!(g.len() > 7000);
        let moscow = g.lookup("Moscow", None).unwrap();
        assert_eq!(moscow.country, "RUS");
        assert_eq!(moscow.feature, Feature::Capital);
        assert!((moscow.lat - 55.75).abs() < 0.5);
        assert_eq!(g.lookup("Kyiv", None).unwrap().country, "UKR");
        assert_eq!(g.lookup("damascus", None).unwrap().country, "SYR");
        assert_eq!(
            g.lookup("Sukhumi", None).map(|p| p.country.as_str()),
            Some("GEO")
        );
    }

    #[test]
    fn ambiguity_prefers_capitals_and_country_filter() {
        let g = Gazetteer::embedded();
        assert_eq!(g.lookup("London", None).unwrap().country, "GBR");
        assert_eq!(g.lookup("London", Some("CAN")).unwrap().country, "CAN");
        assert!(g.lookup("Nowhereville", None).is_none());
    }

    #[test]
    fn capitals_by_country_and_geonames_towns() {
        let g = Gazetteer::embedded();
        assert_eq!(g.capital("SYR").unwrap().name, "Damascus");
        assert_eq!(g.capital("RUS").unwrap().name, "Moscow");
        assert!(g.capital("XXX").is_none());
        // Towns only GeoNames has.
        assert_eq!(g.lookup("Bakhmut", None).unwrap().country, "UKR");
        assert_eq!(g.lookup("Sderot", None).unwrap().country, "ISR");
        // Natural Earth's capitals still win over same-named GeoNames towns.
        assert_eq!(g.lookup("Damascus", None).unwrap().country, "SYR");
    }

    #[test]
    fn a_country_name_means_the_country() {
        let g = Gazetteer::embedded();
        for (name, code) in [
            ("Russia", "RUS"),
            ("Lebanon", "LBN"),
            ("Jordan", "JOR"),
            ("Mali", "MLI"),
            ("Armenia", "ARM"),
            ("Colombia", "COL"),
        ] {
            let place = g.lookup(name, None).unwrap();
            assert_eq!(place.country, code, "{name}");
            assert_eq!(place.feature, Feature::Country, "{name}");
        }
        // Within a named country the town is still found.
        assert_eq!(
            g.lookup("Lebanon", Some("USA")).map(|p| p.country.as_str()),
            Some("USA")
        );
    }

    #[test]
    fn countries_are_places_too() {
        let g = Gazetteer::embedded();
        let syria = g.lookup("Syria", None).unwrap();
        assert_eq!(syria.country, "SYR");
        assert_eq!(syria.feature, Feature::Country);
        assert_eq!(g.country("SYR").unwrap().name, "Syria");
        assert!(g.country("IGO").is_none());
    }
}
