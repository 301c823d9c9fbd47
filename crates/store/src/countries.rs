//! The three-letter CAMEO country codes (ISO-3166 alpha-3 plus CAMEO's own
//! additions such as `KSV`), used to tell a country root of an actor code
//! from an organisation, ethnic, religious or sector root when filling the
//! GDELT `Actor*CountryCode` columns.
//!
//! The list is the sorted set of three-letter codes in `countrynames.txt` of
//! openeventdata/text_to_CAMEO (commit 6d7b3abe), used under the MIT licence:
//!
//! > The MIT License (MIT)
//! > Copyright (c) 2014 Philip Schrodt
//! >
//! > Permission is hereby granted, free of charge, to any person obtaining a
//! > copy of this software and associated documentation files (the
//! > "Software"), to deal in the Software without restriction, including
//! > without limitation the rights to use, copy, modify, merge, publish,
//! > distribute, sublicense, and/or sell copies of the Software, and to permit
//! > persons to whom the Software is furnished to do so, subject to the
//! > following conditions: The above copyright notice and this permission
//! > notice shall be included in all copies or substantial portions of the
//! > Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.

/// Sorted, so that membership is a binary search.
pub(crate) const CAMEO_COUNTRY_CODES: &[&str] = &[
    "ABW", "AFG", "AGO", "AIA", "ALB", "AND", "ANT", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT",
    "AZE", "BDI", "BEL", "BEN", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BMU",
    "BOL", "BRA", "BRB", "BRN", "BTN", "BWA", "CAF", "CAN", "CCK", "CHE", "CHL", "CHN", "CIV",
    "CMR", "COD", "COG", "COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP",
    "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA", "ECU", "EGY", "ERI", "ESH", "ESP", "EST",
    "ETH", "FIN", "FJI", "FRA", "FSM", "GAB", "GBR", "GEO", "GGY", "GHA", "GIN", "GMB", "GNB",
    "GNQ", "GRC", "GRD", "GTM", "GUY", "HKG", "HND", "HRV", "HTI", "HUN", "IDN", "IND", "IOT",
    "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM",
    "KIR", "KNA", "KOR", "KSV", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO",
    "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL", "MKD",
    "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MTQ", "MUS", "MWI", "MYS", "NAM",
    "NER", "NGA", "NIC", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PER", "PHL",
    "PLW", "PNG", "POL", "PRK", "PRT", "PRY", "PSE", "QAT", "ROU", "RUS", "RWA", "SAU", "SDN",
    "SEN", "SGP", "SLB", "SLE", "SLV", "SMR", "SOM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN",
    "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKM", "TMP", "TON",
    "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "URY", "USA", "UZB", "VAT", "VCT",
    "VEN", "VNM", "VUT", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
];

/// Whether `code` is a CAMEO country code.
pub(crate) fn is_country(code: &str) -> bool {
    CAMEO_COUNTRY_CODES.binary_search(&code).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_for_binary_search() {
        assert!(CAMEO_COUNTRY_CODES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn tells_countries_from_other_roots() {
        assert!(is_country("SYR"));
        assert!(is_country("USA"));
        assert!(!is_country("IGO"));
        assert!(!is_country("GOV"));
        assert!(!is_country("MOS"));
    }
}
