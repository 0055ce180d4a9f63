//! `whrcf agenda import FILE`: an agenda file (agenda.toml) or a JSON export, checked to be this
//! programme's agenda before anything is merged. Another programme's agenda is refused with the
//! programme it belongs to, and a file with nothing marked is said to be empty, not "merged".

use std::collections::BTreeSet;
use std::path::Path;

use chrono::Utc;
use whrcf::agenda::{Agenda, Item, Seen, Status};
use whrcf::model::Programme;
use whrcf::sanitize::line;
use whrcf::store;
use whrcf::time;
use whrcf::wording;

/// What a file holds for this programme, and the agendas of other programmes it leaves out
/// (their ids, with how many sessions each marks).
pub struct Incoming {
    pub agenda: Agenda,
    pub elsewhere: Vec<(String, usize)>,
}

/// How to open another programme's agenda: the bundled edition its id names, else its file.
pub fn hint(programme_id: &str) -> String {
    match programme_id.strip_prefix("whrcf-").filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())) {
        Some(year) => wording::IMPORT_HINT_EDITION.say(&[("year", &year)]),
        None => wording::IMPORT_HINT_PROGRAMME.text().to_owned(),
    }
}

/// The agenda in `path` for `programme`: refused when it is another programme's or empty.
pub fn read(path: &Path, programme: &Programme) -> Result<Incoming, String> {
    let bytes = whrcf::untrusted_file::read(path, whrcf::untrusted_file::MAX_SMALL_FILE_BYTES)
        .map_err(|e| wording::CANNOT_READ.say(&[("path", &path.display()), ("reason", &wording::io_reason(&e))]))?;
    let incoming = match store::parse(&bytes) {
        Ok(file) => from_agenda_file(path, programme, file.programmes)?,
        Err(toml) if !looks_like_json(&bytes) => return Err(not_an_agenda(path, toml.at, &toml.problem)),
        Err(_) => Incoming { agenda: from_json(path, programme, &bytes)?, elsewhere: Vec::new() },
    };
    if incoming.agenda.is_empty() {
        return Err(wording::IMPORT_NOTHING_MARKED.say(&[("path", &path.display())]));
    }
    Ok(incoming)
}

/// This programme's section of an agenda file; the others are left out (each programme's
/// agenda is imported with that programme open).
fn from_agenda_file(
    path: &Path,
    programme: &Programme,
    mut programmes: std::collections::BTreeMap<String, Agenda>,
) -> Result<Incoming, String> {
    let agenda = programmes.remove(&programme.id).unwrap_or_default();
    let elsewhere: Vec<(String, usize)> =
        programmes.into_iter().filter(|(_, a)| !a.is_empty()).map(|(id, a)| (id, a.len())).collect();
    if agenda.is_empty()
        && let [(id, _), ..] = elsewhere.as_slice()
    {
        let others: Vec<String> = elsewhere.iter().map(|(id, _)| line(id)).collect();
        let marked = wording::MARKED_SESSIONS.of(elsewhere.iter().map(|(_, n)| n).sum());
        return Err(wording::IMPORT_OTHER_PROGRAMMES.say(&[
            ("path", &path.display()),
            ("programme", &programme.label()),
            ("marked", &marked),
            ("others", &others.join(", ")),
            ("hint", &hint(id)),
        ]));
    }
    Ok(Incoming { agenda, elsewhere })
}

/// A JSON export is an array of objects; anything else is read as an agenda file (TOML).
fn looks_like_json(bytes: &[u8]) -> bool {
    let mut rest = bytes.iter().copied().filter(|b| !b.is_ascii_whitespace());
    rest.next() == Some(b'[') && matches!(rest.next(), Some(b'{' | b']'))
}

/// Neither an agenda file nor a JSON export: where the file went wrong (`path:line:col`), what
/// the parser expected there, and what the file should be.
fn not_an_agenda(path: &Path, at: Option<(usize, usize)>, problem: &str) -> String {
    let place = at.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default();
    let at = format!("{}{place}", path.display());
    wording::IMPORT_NOT_AN_AGENDA.say(&[("at", &at), ("problem", &line(problem))])
}

/// The items of a JSON export. Each names its programme (`programme`); an older export does not,
/// and one whose sessions are none of this programme's is taken to be another's.
fn from_json(path: &Path, programme: &Programme, bytes: &[u8]) -> Result<Agenda, String> {
    let items: Vec<serde_json::Value> = serde_json::from_slice(bytes).map_err(|e| {
        let at = (e.line() > 0).then(|| (e.line(), e.column()));
        // serde_json ends its message with its own "at line L column C": the place is said once.
        let problem = e.to_string();
        let problem = problem.split(" at line ").next().unwrap_or_default();
        not_an_agenda(path, at, problem)
    })?;
    let mut agenda = Agenda::default();
    let mut foreign = BTreeSet::new();
    let now = Utc::now();
    for (i, v) in items.iter().enumerate() {
        let path = path.display();
        let item = serde_json::from_value::<JsonItem>(v.clone())
            .map_err(|e| wording::IMPORT_ITEM.say(&[("path", &path), ("i", &i), ("problem", &e)]))?;
        let status = Status::parse(&item.status).ok_or_else(|| {
            wording::IMPORT_UNKNOWN_STATUS.say(&[("path", &path), ("i", &i), ("status", &line(&item.status))])
        })?;
        if let Some(other) = item.programme.filter(|id| *id != programme.id) {
            foreign.insert(other);
        }
        agenda.items.insert(
            item.id,
            Item { status, note: item.note, updated: now, removed: false, seen: item.seen.into(), exported: None },
        );
    }
    if let Some(first) = foreign.first() {
        let ids: Vec<String> = foreign.iter().map(|id| line(id)).collect();
        return Err(wording::IMPORT_AGENDA_OF_OTHER.say(&[
            ("path", &path.display()),
            ("ids", &ids.join(", ")),
            ("programme", &programme.label()),
            ("hint", &hint(first)),
        ]));
    }
    if !agenda.items.is_empty() && agenda.items.keys().all(|id| programme.session(id).is_none()) {
        let years: BTreeSet<&str> = agenda
            .items
            .keys()
            .filter_map(|id| id.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())))
            .collect();
        let hint = match years.iter().collect::<Vec<_>>().as_slice() {
            [year] => wording::IMPORT_IDS_LOOK_LIKE.say(&[("year", year)]),
            _ => wording::IMPORT_GIVE_PROGRAMME.text().to_owned(),
        };
        let sessions = wording::SESSIONS.of(agenda.items.len());
        return Err(wording::IMPORT_NONE_IN_PROGRAMME.say(&[
            ("path", &path.display()),
            ("sessions", &sessions),
            ("programme", &programme.label()),
            ("hint", &hint),
        ]));
    }
    Ok(agenda)
}

#[derive(serde::Deserialize)]
struct JsonItem {
    id: String,
    /// The programme id (exports since this field was added).
    #[serde(default)]
    programme: Option<String>,
    status: String,
    note: Option<String>,
    seen: JsonSeen,
}

#[derive(serde::Deserialize)]
struct JsonSeen {
    title: String,
    day: Option<chrono::NaiveDate>,
    start: Option<String>,
    end: Option<String>,
    room: Option<String>,
}

impl From<JsonSeen> for Seen {
    fn from(s: JsonSeen) -> Self {
        let t = |v: Option<String>| v.and_then(|v| time::parse_time(&v).ok());
        Seen { title: s.title, day: s.day, start: t(s.start), end: t(s.end), room: s.room }
    }
}
