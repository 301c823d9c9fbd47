//! One module per command group.

pub mod actors;
pub mod bench;
pub mod code;
pub mod dict;
pub mod eval;
pub mod input;
pub mod nlp;
pub mod segment;
pub mod store;
