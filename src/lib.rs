//! whrcf: browse conference programmes, starting with the World Human Rights Cities Forum.
//!
//! The library is terminal-free: model, loading and validation, filters, search, time zones
//! and text safety. The binary adds the command line (`cli`) and the terminal app (`tui`).

pub mod config;
pub mod diagnostic;
pub mod filter;
pub mod load;
pub mod model;
pub mod sanitize;
pub mod search;
pub mod text;
pub mod time;
pub mod validate;
