//! The screens of the app, one file each: its `update` (the keys of its mode), its `render`, and
//! the key hints its footer shows. Their sub-states live in `state`, what they show is derived in
//! `derive`, where things are is in `layout`; `update` and `view` dispatch to them by mode.

pub mod agenda;
pub mod browse;
pub mod changes;
pub mod clashes;
pub mod detail;
pub mod filters;
pub mod grid;
pub mod help;
pub mod note;
pub mod notices;
pub mod people;
pub mod switcher;

use super::action::Action;
use super::mode::Mode;

/// The footer's key hints of a mode: actions with their short labels.
pub fn hints(mode: Mode) -> &'static [(Action, crate::wording::Message)] {
    match mode {
        Mode::Browse => browse::HINTS,
        Mode::Search => browse::SEARCH_HINTS,
        Mode::Detail => detail::HINTS,
        Mode::Filters => filters::HINTS,
        Mode::Help => help::HINTS,
        Mode::Agenda => agenda::HINTS,
        Mode::Note => note::HINTS,
        Mode::Grid => grid::HINTS,
        Mode::Clashes => clashes::HINTS,
        Mode::People => people::HINTS,
        Mode::Notices => notices::HINTS,
        Mode::Changes => changes::HINTS,
        Mode::Switcher => switcher::HINTS,
    }
}
