//! whrcf: browse conference programmes, starting with the World Human Rights Cities Forum.
//!
//! Everything but `tui` is terminal-free: model, loading and validation, filters, search, time
//! zones and text safety, usable and tested without a terminal. `tui` is the terminal app, a thin
//! layer over them; the binary adds the command line (`src/cli.rs`).

pub mod agenda;
pub mod archive;
pub mod clash;
pub mod config;
pub mod diagnostic;
pub mod diff;
pub mod export;
pub mod filter;
pub mod library;
pub mod load;
pub mod model;
pub mod moves;
pub mod people;
pub mod plan;
pub mod reminder;
pub mod safe_json;
pub mod sample;
pub mod sanitize;
pub mod search;
pub mod seen;
pub mod spelling;
pub mod store;
pub mod synthetic;
pub mod text;
pub mod time;
pub mod tui;
pub mod untrusted_file;
pub mod validate;
pub mod web;
pub mod web_address;
pub mod wording;
