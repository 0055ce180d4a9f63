//! `update`: the one place state changes. Pure: no terminal, no I/O; what must touch the
//! outside world is returned as an [`Effect`]. Actions every screen shares are carried out here;
//! the rest go to the screen of the mode (`screen/`), one arm per mode.

use super::action::Action;
pub use super::action::Effect;
use super::data::Data;
use super::mode::Mode;
use super::screen::{agenda, browse, changes, clashes, detail, filters, grid, help, note, notices, people, switcher};
use super::state::State;
use super::{hiding, links, navigate};
use crate::wording;

/// Apply `action` to `state`.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let effect = apply(state, data, action);
    keep_long_notice(state, data);
    if matches!(state.mode, Mode::Browse | Mode::Search | Mode::Detail) && state.detail.scroll > 0 {
        detail::clamp_scroll(state, data);
    }
    effect
}

/// A notice the footer cannot show whole at the screen's size is kept in the notice log, as
/// information (never counted among the problems the header asks to read), where it is read in
/// full (the footer says so when it cuts one). A notice that fits is only shown.
fn keep_long_notice(state: &mut State, data: &Data) {
    let Some(notice) = &state.notice else {
        return;
    };
    let room = super::layout::footer::notice_room(state, &data.keymap, state.size.0);
    let shown = crate::sanitize::line(notice);
    if crate::text::width(&shown) > room && state.notices.newest_app_notice() != Some(notice.as_str()) {
        let notice = notice.clone();
        state.notices.push(super::notice_log::Level::Info, notice, super::notice_log::Topic::Programme);
    }
}

fn apply(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    if !matches!(action, Action::Tick | Action::Resize(..)) {
        state.notice = None;
    }
    let quit_asked = std::mem::take(&mut state.quit_asked);
    match action {
        // Marks that could not be saved are not dropped without a word: the first quit asks.
        Action::Quit => match &state.agenda_unsaved {
            Some(reason) if !quit_asked => {
                let quit = data.keymap.key_for(state.mode, Action::Quit).unwrap_or_default();
                state.notice = Some(wording::ASK_QUIT_UNSAVED.say(&[("reason", reason), ("key", &quit)]));
                state.quit_asked = true;
            }
            _ => return Some(Effect::Quit),
        },
        Action::Suspend => return Some(Effect::Suspend),
        Action::Tick => state.now = state.clock.now(),
        Action::Resize(w, h) => {
            state.size = (w, h);
            navigate::keep_visible(state);
        }
        Action::Help => {
            if state.mode == Mode::Help {
                state.mode = state.behind_help;
            } else {
                help::open(state, data);
            }
        }
        Action::CycleZone => {
            let in_grid = (state.mode == Mode::Grid).then(|| grid::session_at_cursor(state, data));
            state.zone = state.zone.next(data.programme.timezone);
            if let Some(session) = in_grid {
                grid::keep_on(state, data, session);
            }
            let tz = state.zone.resolve(data.programme.timezone);
            let days = data.programme.first_day.iter_days().take_while(|d| *d <= data.programme.last_day).take(60);
            let zone = crate::wording::when::zone_shown(state.zone, tz, days, data.programme.zone_found);
            state.notice = Some(crate::wording::NOTICE_NOW_SHOWING.say(&[("zone", &zone)]));
        }
        Action::NowNext => now_next(state, data),
        Action::ClearFilters => {
            state.filter = state.filter.cleared();
            state.query.clear();
            if state.mode == Mode::Search {
                state.mode = Mode::Browse;
            }
            state.refresh(data);
            state.notice = Some(crate::wording::NOTICE_FILTERS_CLEARED.text().into());
        }
        Action::OpenAgenda => {
            state.mode = Mode::Agenda;
            state.agenda_view.cursor = 0;
        }
        Action::ToggleMark if matches!(state.mode, Mode::Browse | Mode::Detail) => {
            return agenda::toggle_current(state, data);
        }
        Action::HideSession if matches!(state.mode, Mode::Browse | Mode::Detail) => {
            return hiding::hide_current(state, data);
        }
        Action::ShowHidden => hiding::toggle_shown(state, data),
        Action::OpenLink if matches!(state.mode, Mode::Browse | Mode::Detail) => {
            return links::open_current(state, data);
        }
        Action::Refresh => return Some(Effect::Refresh),
        Action::OpenGrid if state.mode != Mode::Grid => grid::open(state, data),
        Action::OpenClashes if state.mode != Mode::Clashes => {
            // The panel's title says how many clashes there are; the footer keeps its key hints.
            state.mode = Mode::Clashes;
        }
        Action::OpenPeople if state.mode != Mode::People => {
            // A new look-up each time: the last query is not typed onto.
            state.people.query.clear();
            state.mode = Mode::People;
        }
        Action::OpenNotices if state.mode != Mode::Notices => notices::open(state),
        Action::OpenChanges if state.mode != Mode::Changes => changes::open(state),
        Action::OpenSwitcher if state.mode != Mode::Switcher => switcher::open(state),
        _ => {
            return match state.mode {
                Mode::Browse | Mode::Search => browse::update(state, data, action),
                Mode::Detail => detail::update(state, data, action),
                Mode::Filters => filters::update(state, data, action),
                Mode::Agenda => agenda::update(state, data, action),
                Mode::Note => note::update(state, action),
                Mode::Grid => grid::update(state, data, action),
                Mode::Clashes => clashes::update(state, data, action),
                Mode::People => people::update(state, data, action),
                Mode::Notices => notices::update(state, action),
                Mode::Changes => changes::update(state, data, action),
                Mode::Switcher => switcher::update(state, action),
                Mode::Help => help::update(state, data, action),
            };
        }
    }
    None
}

fn now_next(state: &mut State, data: &Data) {
    let p = &data.programme;
    state.now = state.clock.now();
    let now = state.now;
    // What the user hid is not jumped to (unless hidden sessions are shown for a while).
    let shown = |i: &usize| state.show_hidden || !state.hidden.hides(&p.sessions[*i]);
    let on_now = data.chronological.iter().copied().filter(shown).find(|&i| {
        let s = &p.sessions[i];
        match (s.start_at(p.timezone), s.end_at(p.timezone)) {
            (Some(a), Some(b)) => a <= now && now < b,
            _ => false,
        }
    });
    let next = || {
        data.chronological
            .iter()
            .copied()
            .filter(shown)
            .filter(|&i| p.sessions[i].start_at(p.timezone).is_some_and(|a| a > now))
            .min_by_key(|&i| p.sessions[i].start_at(p.timezone))
    };
    // The session is shown where it can be seen: in the list, or in the session view when n was
    // pressed there.
    if state.mode != Mode::Detail {
        state.mode = Mode::Browse;
    }
    match on_now
        .map(|i| (i, crate::wording::NOTICE_ON_NOW))
        .or_else(|| next().map(|i| (i, crate::wording::NOTICE_NEXT)))
    {
        Some((i, label)) => {
            if !state.filter.matches(&p.sessions[i]) || !state.query.is_empty() {
                state.filter = state.filter.cleared();
                state.query.clear();
            }
            navigate::select_session(state, data, i);
            state.notice = Some(label.say(&[("title", &p.sessions[i].title)]));
        }
        None => state.notice = Some(crate::wording::NOTICE_NOTHING_ON.text().into()),
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
