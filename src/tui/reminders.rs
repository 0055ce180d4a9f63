//! Reminders in the app: a banner over the header's second line while an agenda session is due
//! ("in 10 min: TITLE · ROOM", until it starts), and, when `[reminders] notify` is on, a terminal
//! notification (OSC 9 and OSC 777) and a bell once per session, written by the event loop after
//! a frame (`SafeBackend::notify`). The text comes from a file: it is neutralised and capped here.

use crate::reminder::{self, Due};
use crate::sanitize;
use crate::tui::data::Data;
use crate::tui::state::State;
use crate::wording;

/// The reminder settings and what was announced in this run. Off until the settings say.
#[derive(Debug, Clone, Default)]
pub struct Reminders {
    /// How many minutes ahead a session is announced; 0 turns reminders off.
    pub lead_minutes: u32,
    /// Whether an announcement is also a terminal notification.
    pub notify: bool,
    pub announced: reminder::Announced,
}

/// The most characters of a notification's text.
const NOTIFICATION_CHARS: usize = 120;

/// The words of a due session: "in 10 min: TITLE · ROOM".
fn words(data: &Data, due: Due) -> String {
    words_within(data, due, usize::MAX)
}

/// The words of a due session in at most `width` columns: the title gives way (cut with `…`),
/// the room stays whole — it is where to go.
fn words_within(data: &Data, due: Due, width: usize) -> String {
    let session = &data.programme.sessions[due.session];
    let (minutes, full_title) = (due.minutes, sanitize::line(&session.title));
    let say = |title: &str| match session.place() {
        Some(room) => wording::REMINDER_IN_ROOM.say(&[("minutes", &minutes), ("title", &title), ("room", &room)]),
        None => wording::REMINDER.say(&[("minutes", &minutes), ("title", &title)]),
    };
    let full = say(&full_title);
    let over = crate::text::width(&full).saturating_sub(width);
    if over == 0 {
        return full;
    }
    let room_for_title = crate::text::width(&full_title).saturating_sub(over).max(8);
    say(&crate::text::truncate(&full_title, room_for_title))
}

/// The banner: the soonest agenda session due, while it is due.
pub fn banner(state: &State, data: &Data, width: usize) -> Option<String> {
    let lead = state.reminders.lead_minutes;
    let due = reminder::due(&data.programme, &state.agenda, state.now, lead);
    let first = *due.first()?;
    // Others due as well are counted, not lost.
    let more = match due.len() - 1 {
        0 => String::new(),
        n => format!(" {}", wording::REMINDER_MORE.say(&[("n", &n)])),
    };
    let width = width.saturating_sub(crate::text::width(&more));
    Some(format!("{}{more}", words_within(data, first, width)))
}

/// The texts of the notifications due now (each session once per run; none when notifications
/// are off, though the sessions still count as announced).
pub fn announce(state: &mut State, data: &Data) -> Vec<String> {
    let due = reminder::due(&data.programme, &state.agenda, state.now, state.reminders.lead_minutes);
    let new = state.reminders.announced.take_new(&data.programme, &due);
    if !state.reminders.notify {
        return Vec::new();
    }
    new.into_iter().map(|d| words(data, d)).collect()
}

/// The escape sequences that ask the terminal to notify `text`: OSC 9, OSC 777 `notify`, then a
/// bell. The text is neutralised (no escape, control or bidi character, and no `;`, which would
/// start another field) and cut to [`NOTIFICATION_CHARS`] characters.
pub fn notification(text: &str) -> String {
    let clean: String = sanitize::line(text)
        .chars()
        .filter(|c| !sanitize::is_unsafe(*c) && !c.is_control())
        .map(|c| if c == ';' { ',' } else { c })
        .collect();
    let mut text: String = clean.chars().take(NOTIFICATION_CHARS).collect();
    if clean.chars().count() > NOTIFICATION_CHARS {
        text.pop();
        text.push('…');
    }
    format!("\u{1b}]9;{text}\u{1b}\\\u{1b}]777;notify;whrcf;{text}\u{1b}\\\u{7}")
}

#[cfg(test)]
#[path = "reminders_tests.rs"]
mod tests;
