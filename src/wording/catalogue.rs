//! The catalogue of user-facing text: every message with its key and English text, every count
//! with its singular and plural. One entry per message, arguments by name (`{room}`), so that a
//! translation (a Fluent file keyed the same way) can replace this table without touching code.

use super::{Count, Message};

macro_rules! messages {
    ($list:ident: $($name:ident = $key:literal => $english:literal;)*) => {
        $(pub const $name: Message = Message { key: $key, english: $english };)*
        /// Every message of this part of the catalogue.
        pub const $list: &[Message] = &[$($name),*];
    };
}

macro_rules! counts {
    ($($name:ident = $key:literal => $one:literal / $other:literal;)*) => {
        $(pub const $name: Count = Count { key: $key, one: $one, other: $other };)*
        /// Every count, for checks over the whole catalogue.
        pub const COUNTS: &[Count] = &[$($name),*];
    };
}

counts! {
    SESSIONS = "count-sessions" => "{n} session" / "{n} sessions";
    MARKED_SESSIONS = "count-marked-sessions" => "{n} marked session" / "{n} marked sessions";
    EVENTS = "count-events" => "{n} event" / "{n} events";
    PROBLEMS = "count-problems" => "{n} problem" / "{n} problems";
    THEMES = "count-themes" => "{n} theme" / "{n} themes";
    EDITIONS = "count-editions" => "{n} edition" / "{n} editions";
    ORGANIZERS = "count-organizers" => "{n} organizer" / "{n} organizers";
    PEOPLE = "count-people" => "{n} person" / "{n} people";
    CLASHES = "count-clashes" => "{n} clash" / "{n} clashes";
    NO_END = "count-no-end" => "{n} session without an end" / "{n} sessions without an end";
    CHANGES = "count-changes" => "{n} change" / "{n} changes";
    MORE_PROBLEMS = "count-more-problems" => "{n} more problem" / "{n} more problems";
    ERRORS = "count-errors" => "{n} error" / "{n} errors";
    WARNINGS = "count-warnings" => "{n} warning" / "{n} warnings";
    NOTICES = "count-notices" => "{n} notice" / "{n} notices";
    MATCHES_BEST_FIRST = "count-matches-best-first" => "{n} match, best first" / "{n} matches, best first";
    MATCHES_THIS_DAY = "count-matches-this-day" => "{n} match this day" / "{n} matches this day";
    MORE_LOAD_WARNINGS = "count-more-load-warnings"
        => "… and {n} more warning: whrcf validate {file} lists them all"
        / "… and {n} more warnings: whrcf validate {file} lists them all";
    AGENDA_IMPORT_LEFT_OUT = "agenda-import-left-out"
        => "left out its {n} marked session of {programme} ({hint} to import it)"
        / "left out its {n} marked sessions of {programme} ({hint} to import them)";
    ROOMS = "count-rooms" => "{n} room" / "{n} rooms";
    DAY_TABS = "count-day-tabs" => "{n} day tab" / "{n} day tabs";
    KINDS = "count-kinds" => "{n} kind" / "{n} kinds";
    UNTIMED_NOT_SHOWN = "count-untimed-not-shown" => "{n} without a time not shown" / "{n} without a time not shown";
}

// Declared after the macros, which they use.
mod app;
mod sheet;

pub use app::*;
pub use sheet::*;

/// Every message, for checks over the whole catalogue.
pub const MESSAGES: &[Message] =
    &joined::<{ SHARED_MESSAGES.len() + APP_AND_SHEET.len() }>(SHARED_MESSAGES, &APP_AND_SHEET);

/// The app's messages, then spreadsheet import's.
const APP_AND_SHEET: [Message; APP_MESSAGES.len() + SHEET_MESSAGES.len()] = joined(APP_MESSAGES, SHEET_MESSAGES);

/// The messages of `first` then those of `second`, as one array of their `N` messages.
const fn joined<const N: usize>(first: &[Message], second: &[Message]) -> [Message; N] {
    let mut all = [Message { key: "", english: "" }; N];
    let mut i = 0;
    while i < N {
        all[i] = if i < first.len() { first[i] } else { second[i - first.len()] };
        i += 1;
    }
    all
}

messages! {
    SHARED_MESSAGES:
    // A programme followed on the web (`wording::web`).
    WEB_FAILED = "web-failed" => "{address}: {what}";
    WEB_BAD_ADDRESS = "web-bad-address" => "not a web address whrcf can fetch (only http:// and https:// addresses with a host)";
    WEB_HOST_NOT_FOUND = "web-host-not-found" => "the host name was not found (offline, or no such host)";
    WEB_REFUSED = "web-refused" => "the connection was refused (the server is down, or the address is wrong)";
    WEB_CONNECTION_FAILED = "web-connection-failed" => "could not connect: {why}";
    WEB_TIMED_OUT = "web-timed-out" => "the server did not answer in time";
    WEB_STATUS = "web-status" => "the server answered {status}";
    WEB_PAGE = "web-page" => "the server sent a web page (a login or error page?), not a schedule";
    WEB_TRUNCATED = "web-truncated" => "the download broke off after {received}";
    WEB_TOO_LARGE = "web-too-large" => "the schedule is larger than {max}, the most whrcf fetches";
    WEB_CERTIFICATE = "web-certificate" => "the server's certificate is not valid: {why}";
    WEB_CERT_UNKNOWN_ISSUER = "web-cert-unknown-issuer" => "no authority whrcf trusts signed it";
    WEB_CERT_EXPIRED = "web-cert-expired" => "it has expired";
    WEB_CERT_NOT_VALID_YET = "web-cert-not-valid-yet" => "it is not valid yet (or this computer's clock is wrong)";
    WEB_CERT_OTHER_HOST = "web-cert-other-host" => "it is for another host";
    WEB_CERT_REVOKED = "web-cert-revoked" => "it was revoked";
    WEB_TLS = "web-tls" => "the secure connection failed ({why})";
    WEB_TOO_MANY_REDIRECTS = "web-too-many-redirects" => "more than {max} redirects";
    WEB_INSECURE_REDIRECT = "web-insecure-redirect" => "refused a redirect from https to plain http";
    WEB_BAD_REDIRECT = "web-bad-redirect" => "the server redirected to something that is not an http or https address";
    WEB_NOT_PROGRAMME = "web-not-programme" => "what the server sent is not a programme: {problem}";
    WEB_CANNOT_KEEP = "web-cannot-keep" => "the offline copy could not be written: {why}";
    WEB_PROTOCOL = "web-protocol" => "the server's answer could not be read: {why}";
    WEB_COPY_KEPT = "web-copy-kept" => "{failure}; the offline copy of {fetched_at} is kept";
    WEB_FETCHING = "web-fetching" => "fetching {address}: {received} at {rate}/s";
    WEB_FETCHED = "web-fetched" => "fetched {address}: {received} at {rate}/s";
    WEB_NOT_MODIFIED = "web-not-modified" => "{address}: not modified (offline copy of {fetched_at})";
    WEB_UPDATED = "web-updated" => "{address}: updated ({sessions}, {size})";
    WEB_REFRESH_NEEDS_ADDRESS = "web-refresh-needs-address" => "refresh follows a programme on the web: give its address (whrcf refresh https://…/schedule.xml, or --programme URL)";
    WEB_OPENED_COPY = "web-opened-copy" => "{address}: showing the offline copy fetched {fetched_at} (whrcf refresh fetches a newer one)";
    WEB_FIRST_FETCH = "web-first-fetch" => "{address}: fetched and kept offline ({sessions}, {size})";
    // The detail of one session (the app's detail pane and `whrcf show`).
    LABEL_DAY = "detail-day" => "Day";
    LABEL_TIME = "detail-time" => "Time";
    LABEL_KIND = "detail-kind" => "Kind";
    LABEL_FORMAT = "detail-format" => "Format";
    LABEL_ROOM = "detail-room" => "Room";
    LABEL_LANGUAGES = "detail-languages" => "Languages";
    LABEL_INTERPRETATION = "detail-interpretation" => "Interpret.";
    LABEL_THEMES = "detail-themes" => "Themes";
    LABEL_ORGANIZERS = "detail-organizers" => "Organizers";
    LABEL_PEOPLE = "detail-people" => "People";
    LABEL_NOTES = "detail-notes" => "Notes";
    LABEL_SOURCES = "detail-sources" => "Sources";
    LABEL_ID = "detail-id" => "Id";
    LABEL_EDITION = "detail-edition" => "Edition";
    NOT_PUBLISHED = "detail-not-published" => "not published";
    DATE_NOT_PUBLISHED = "date-not-published" => "date not published";
    TIME_NOT_PUBLISHED = "time-not-published" => "time not published";
    TIME_DISPUTED = "time-disputed" => "time not published: sources disagree";
    NOT_PUBLISHED_DISPUTED = "detail-not-published-disputed" => "not published: sources disagree";
    END_NOT_PUBLISHED = "detail-end-not-published" => "end not published";
    ROLE_NOT_PUBLISHED = "role-not-published" => "role not published";
    ROLE_ORGANIZER = "role-organizer" => "organizer";
    AS_STATED = "detail-as-stated" => "{value} (\"{stated}\")";
    IN_ZONE = "detail-in-zone" => "{range} ({zone})";
    CUT_OFF_LEGEND = "detail-cut-off-legend" => "[…] cut off in the stored copy: the text stops there.";
    CUT_OFF_VALUE = "detail-cut-off-value" => "({what} cut off in the stored copy)";
    CUT_OFF_ORGANIZER = "detail-cut-off-organizer" => "organizer '{name}'";
    INCOMPLETE = "detail-incomplete" => "The record of this session is incomplete.";
    EDITION_ORDINAL = "detail-edition-ordinal" => "{label} ({ordinal} forum)";
    PROBLEMS_NOT_LISTED = "problems-not-listed" => "… and {more}, not listed (the first {listed} are)";
    // The agenda plan.
    DURATION_MINUTES = "duration-minutes" => "{minutes} min";
    DURATION_HOURS = "duration-hours" => "{hours} h";
    DURATION_HOURS_MINUTES = "duration-hours-minutes" => "{hours} h {minutes} min";
    DURATION_DAYS = "duration-days" => "{days} d {hours} h";
    NO_DATE = "plan-no-date" => "no date";
    NO_TIME = "plan-no-time" => "no time";
    NO_ROOM = "plan-no-room" => "no room";
    CHANGE_DAY = "change-day" => "day was {was}, now {now}";
    CHANGE_TIME = "change-time" => "was {was}, now {now}";
    CHANGE_ROOM = "change-room" => "room was {was}, now {now}";
    CHANGE_TITLE = "change-title" => "title was \"{was}\"";
    OVERLAP = "plan-overlap" => "{title}, {range}";
    TIGHT = "plan-tight" => "{gap} from {from} to {to}";
    PLAN_FREE = "plan-free" => "free {time}";
    PLAN_OVERLAPS = "plan-overlaps" => "overlaps: {what}";
    PLAN_TIGHT_CHANGE = "plan-tight-change" => "tight change: {what}";
    PLAN_CHANGED = "plan-changed" => "changed: {what}";
    PLAN_NOTE = "plan-note" => "note: {note}";
    PLAN_REMOVED = "plan-removed" => "removed";
    SECTION_UNTIMED = "plan-section-untimed" => "Day and time not published";
    SECTION_GONE = "plan-section-gone" => "No longer in the programme";
    // The agenda from the command line.
    AGENDA_HEADING = "agenda-heading" => "My agenda · {programme} · {marked} marked";
    AGENDA_EMPTY_HINT = "agenda-empty-hint" => "Nothing marked yet: `whrcf agenda add ID` or Space in the app.";
    AGENDA_ADDED = "agenda-added" => "added {id}: {title}";
    AGENDA_ALREADY_MARKED = "agenda-already-marked" => "already marked: {id}";
    AGENDA_REMOVED = "agenda-removed" => "removed {id}: {title}";
    AGENDA_CLEARED = "agenda-cleared" => "removed {sessions} from the agenda of {programme}";
    AGENDA_NOTE_SAVED = "agenda-note-saved" => "note saved on {id}";
    ICS_VERSIONS_NOT_SAVED = "ics-versions-not-saved" => "the agenda could not be saved ({reason}): a calendar may not move an event whose session moves before the next export";
    AGENDA_MERGED = "agenda-merged" => "merged {sessions} of {programme} from {file}";
    AGENDA_UNKNOWN = "agenda-unknown" => "not in {programme} or not marked: {ids} (see `whrcf list` and `whrcf agenda list`)";
    NEXT_NOW = "next-now" => "now: {title}{place}";
    NEXT_NOW_UNTIL = "next-now-until" => "now: {title} until {end}{place}";
    NEXT_PLACE = "next-place" => ", {room}";
    NEXT_LATER = "next-later" => "in {wait}: {title} ({when}{place})";
    // Checks from the command line.
    FOUND_IN = "found-in" => "{programme}: {what} found";
    CLASHES_UNTIMED = "clashes-untimed" => "No time";
    NO_CLASHES = "no-clashes" => "no clashes";
    CLASHES_NOT_CHECKED = "clashes-not-checked" => "Not checked for clashes: {sessions}";
    VALIDATE_OK = "validate-ok" => "{file}: ok ({sessions})";
    VALIDATE_SKIPPED = "validate-skipped" => "{file}: {problems} found ({sessions} loaded)";
    // Exports of the agenda.
    MY_AGENDA = "my-agenda" => "My agenda: {programme}";
    MARKDOWN_LEGEND = "markdown-legend" => "Times in {zone} · exported {exported} · [ ] planned, [x] attended, [-] skipped";
    NOTHING_MARKED = "nothing-marked" => "Nothing marked yet.";
    ICS_END_NOT_PUBLISHED = "ics-end-not-published" => "End not published.";
    ICS_SKIPPED = "ics-skipped" => "Skipped: marked as skipped in my agenda (the session itself takes place).";
    ICS_LISTED = "ics-listed" => "{label}: {names}";
    ICS_MY_NOTE = "ics-my-note" => "My note: {note}";
    ICS_SOURCE = "ics-source" => "Source: {source}";
    LEFT_OUT_GONE = "left-out-gone" => "left out `{id}`: no longer in the programme";
    LEFT_OUT_UNTIMED = "left-out-untimed" => "left out `{id}` ({title}): {why}";
    // A programme's header.
    FOUND_OF_TOTAL = "found-of-total" => "{found} of {total} sessions found";
    FOUND_NO_TOTAL = "found-no-total" => "{sessions} found, no total stated";
    COMPLETENESS = "completeness" => "{found}, {dated} dated, {timed} timed";
    FILTER_THEME = "filter-theme" => "theme: {values}";
    FILTER_ORGANIZER = "filter-organizer" => "organizer: {values}";
    FILTER_KIND = "filter-kind" => "kind: {values}";
    FILTER_FORMAT = "filter-format" => "format: {values}";
    FILTER_ROOM = "filter-room" => "room: {values}";
    // Programme versions compared (`whrcf diff`).
    DIFF_WHEN = "diff-when" => "{day} {time}";
    DIFF_AT = "diff-at" => "{when} in {place}";
    DIFF_ID = "diff-id" => "id was `{was}` (agendas keyed by the old id will show it as removed)";
    DIFF_PEOPLE_GONE = "diff-people-gone" => "no longer: {people}";
    DIFF_PEOPLE_NEW = "diff-people-new" => "new: {people}";
    PERSON_WITH_ROLE = "person-with-role" => "{name} ({role})";
    NO_ROLE = "no-role" => "no role";
    // The agenda file.
    AGENDA_UNREADABLE = "agenda-unreadable" => "cannot read {path}: {reason}";
    AGENDA_SET_ASIDE = "agenda-set-aside" => "The agenda file was corrupt: kept as {aside}, a new agenda was started ({problem})";
    AGENDA_NOT_SET_ASIDE = "agenda-not-set-aside" => "The agenda file {path} is corrupt ({problem}) and could not be moved aside: {reason}";
    // Clashes of a programme.
    CLASH_ROOM = "clash-room" => "\"{a}\"{which_a} and \"{b}\"{which_b} are both in {room}";
    CLASH_PERSON = "clash-person" => "{name} is in \"{a}\"{which_a}{role_a} and in \"{b}\"{which_b}{role_b}";
    CLASH_ROLE = "clash-role" => " ({role})";
    CLASH_MAYBE_PERSON = "clash-maybe-person" => "\"{name_a}\" in \"{a}\"{which_a} may be \"{name_b}\" in \"{b}\"{which_b}";
    // Said after each of two equal titles in a clash, to tell the sessions apart.
    CLASH_WHICH = "clash-which" => " ({which})";
    CLASH_ORGANIZER = "clash-organizer" => "{organizer} organizes both \"{a}\"{which_a} and \"{b}\"{which_b}";
    CLASH_OUTSIDE_DAYS = "clash-outside-days" => "\"{title}\" is on {date}, outside the programme's days {first} to {last}";
    CLASH_ENDS_BEFORE_START = "clash-ends-before-start" => "\"{title}\" ends at {end} but starts at {start}";
    CLASH_NO_END = "clash-no-end" => "\"{title}\" has a start but no end";
    CLASH_BUFFER = "clash-buffer" => "{name} has {minutes} min to get from {from} (\"{a}\") to {to} (\"{b}\")";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_used_once() {
        let mut keys: Vec<&str> = MESSAGES.iter().map(|m| m.key).chain(COUNTS.iter().map(|c| c.key)).collect();
        let all = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all, "a key names two entries");
    }

    /// A Fluent identifier: a letter, then letters, digits, `-` or `_`.
    fn fluent_identifier(s: &str) -> bool {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }

    #[test]
    fn every_entry_maps_to_a_fluent_message_with_named_arguments() {
        for m in MESSAGES {
            assert!(fluent_identifier(m.key), "key {}", m.key);
            assert!(m.key.chars().all(|c| !c.is_ascii_uppercase()), "keys are lower case: {}", m.key);
            for name in super::super::arguments(m.english) {
                assert!(fluent_identifier(name), "{}: argument {{{name}}} must be named", m.key);
            }
        }
        for c in COUNTS {
            assert!(fluent_identifier(c.key), "key {}", c.key);
        }
    }

    #[test]
    fn counts_ask_for_their_number_and_both_forms_for_the_same_arguments() {
        for c in COUNTS {
            let one = super::super::arguments(c.one);
            assert_eq!(one.first(), Some(&"n"), "{}", c.key);
            assert_eq!(one, super::super::arguments(c.other), "{}", c.key);
        }
    }
}
