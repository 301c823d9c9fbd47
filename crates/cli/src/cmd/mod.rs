//! One module per command group.

pub mod dict;
pub mod nlp;
pub mod segment;
pub mod store;
