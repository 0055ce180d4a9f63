//! `whrcf list`: sessions grouped by day, as a table that fits the terminal or as JSON. A title
//! the stored copy cut off is followed by `[…]`, explained under the table.

use std::process::ExitCode;

use clap::Args;
use whrcf::filter::{self, Day, Filter};
use whrcf::model::{CUT_OFF_MARK, CutOff, Programme, Session};
use whrcf::search::SearchIndex;
use whrcf::text;
use whrcf::time;

use super::{Context, TableFormat, output_width};
use columns::Column;
use layout::{ID_INDENT, Layout, Widest};

pub(super) mod columns;
mod layout;

#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Only this day: its number (1 = first day), its date (YYYY-MM-DD) or `undated`.
    #[arg(long, value_name = "N|YYYY-MM-DD|undated")]
    pub day: Option<String>,
    /// Only sessions with this theme id (repeat to widen; see `whrcf themes`).
    #[arg(long, value_name = "ID")]
    pub theme: Vec<String>,
    /// Only sessions whose organizers contain this text (repeat to widen).
    #[arg(long, value_name = "TEXT")]
    pub organizer: Vec<String>,
    /// Only sessions of this kind (plenary, thematic, special, ...; repeat to widen).
    #[arg(long, value_name = "KIND")]
    pub kind: Vec<String>,
    /// Only sessions matching this fuzzy search (titles, people, organizers, room, summary).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// The table's columns, in this order: day, time, title, kind, format, room, themes,
    /// organizers, people, id (default: time, title, and the kind, room and id as they fit).
    /// The table only: JSON always has every field.
    #[arg(long, value_name = "COLUMN,...", value_delimiter = ',', value_parser = columns::ColumnParser, hide_possible_values = true)]
    pub columns: Option<Vec<Column>>,
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// Resolve `--day`.
pub fn parse_day(p: &Programme, text: &str) -> Result<Day, String> {
    let days = p.days();
    let range = whrcf::wording::LIST_DAY_RANGE.say(&[
        ("n", &days.len()),
        ("first", &whrcf::wording::when::date(p.first_day)),
        ("last", &whrcf::wording::when::date(p.last_day)),
    ]);
    if text.eq_ignore_ascii_case("undated") {
        return Ok(Day::Undated);
    }
    if let Ok(n) = text.parse::<usize>() {
        return days
            .get(n.wrapping_sub(1))
            .map(|d| Day::Date(*d))
            .ok_or_else(|| whrcf::wording::LIST_NO_DAY_N.say(&[("day", &n), ("range", &range)]));
    }
    let date =
        time::parse_date(text).map_err(|e| whrcf::wording::LIST_BAD_DAY.say(&[("problem", &e), ("range", &range)]))?;
    if days.contains(&date) {
        Ok(Day::Date(date))
    } else {
        Err(whrcf::wording::LIST_NOT_A_DAY.say(&[("date", &date), ("programme", &p.label()), ("range", &range)]))
    }
}

fn build_filter(p: &Programme, args: &ListArgs) -> Result<Filter, String> {
    let mut f = Filter::default();
    for theme in &args.theme {
        if p.theme(theme).is_none() {
            let known: Vec<&str> = p.themes.iter().map(|t| t.id.as_str()).collect();
            return Err(whrcf::wording::LIST_UNKNOWN_THEME.say(&[("theme", theme), ("known", &known.join(", "))]));
        }
        f.themes.insert(theme.clone());
    }
    let kinds: Vec<&str> = p.sessions.iter().filter_map(|s| s.kind.as_deref()).collect();
    for kind in &args.kind {
        if !kinds.contains(&kind.as_str()) {
            let mut known = kinds.clone();
            known.sort_unstable();
            known.dedup();
            return Err(whrcf::wording::LIST_UNKNOWN_KIND.say(&[("kind", kind), ("known", &known.join(", "))]));
        }
        f.kinds.insert(kind.clone());
    }
    f.organizer_text = args.organizer.clone();
    Ok(f)
}

/// Indices of the sessions `args` selects, in time order.
pub fn select(p: &Programme, args: &ListArgs) -> Result<Vec<usize>, String> {
    let filter = build_filter(p, args)?;
    let day = args.day.as_deref().map(|d| parse_day(p, d)).transpose()?;
    let mut selected: Vec<usize> = filter::chronological(p)
        .into_iter()
        .filter(|&i| filter.matches(&p.sessions[i]) && day.is_none_or(|d| d.holds(p, &p.sessions[i])))
        .collect();
    if let Some(query) = &args.search {
        let mut found = vec![false; p.sessions.len()];
        for hit in SearchIndex::new(p).search(query, selected.iter().copied()) {
            found[hit.session] = true;
        }
        selected.retain(|&i| found[i]);
    }
    Ok(selected)
}

pub fn run(ctx: &Context, args: &ListArgs) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    if ctx.archive.is_some() && args.day.as_deref().is_some_and(|d| d.parse::<usize>().is_ok()) {
        return Err("with `--edition all`, give --day as a date (YYYY-MM-DD) or `undated`".into());
    }
    if let Some(twice) = args.columns.as_deref().and_then(columns::repeated) {
        return Err(whrcf::wording::LIST_COLUMN_TWICE.say(&[("column", &twice.name())]));
    }
    let mut selected = select(p, args)?;
    if ctx.archive.is_some() {
        // Newest edition first, in time order within each (the sort is stable).
        selected.sort_by_key(|&i| ctx.member_of(i).map(|m| m.sessions.start));
    }
    match args.format {
        TableFormat::Json => {
            // Streamed a session at a time: a large programme's list is never held whole.
            let items = selected.iter().map(|&i| session_json(ctx, i));
            super::out::written(whrcf::safe_json::write_array(std::io::stdout().lock(), items));
        }
        TableFormat::Table if ctx.archive.is_some() && args.columns.is_none() => {
            out!("{}", archive_table(ctx, &selected, output_width()));
        }
        TableFormat::Table => out!("{}", table(ctx, &selected, args.columns.as_deref(), output_width())),
    }
    Ok(ExitCode::SUCCESS)
}

/// The time of a row: its range, or why there is none (`sources disagree` fits the column).
fn time_cell(p: &Programme, s: &Session, zone: chrono_tz::Tz) -> String {
    if s.start.is_none() && s.extras.time_conflict.is_some() {
        return whrcf::wording::ROW_TIME_DISPUTED.text().to_owned();
    }
    whrcf::wording::when::format_range(p, s, zone)
}

/// The kind column of a row: the kind, or the track ([`Programme::kind_column_shows_tracks`]).
fn kind_cell<'a>(p: &'a Programme, s: &'a Session, tracks: bool) -> Option<&'a str> {
    p.kind_or_track(s, tracks)
}

/// The list as text `width` columns wide: a table per day, with the same columns for every day
/// (those `columns` names, under a row naming them, else as many as fit).
pub fn table(ctx: &Context, selected: &[usize], columns: Option<&[Column]>, width: usize) -> String {
    let p = &ctx.loaded.programme;
    let shown = whrcf::wording::SESSIONS.of(selected.len());
    let heading =
        whrcf::wording::LIST_HEADING.say(&[("title", &p.title), ("shown", &shown), ("total", &p.sessions.len())]);
    let mut out = format!("{}\n", text::truncate(&heading, width));
    if selected.is_empty() {
        out.push_str(&format!("{}\n", whrcf::wording::NO_SESSION_MATCHES.text()));
        return out;
    }
    let rows: Vec<(&Session, String)> =
        selected.iter().map(|&i| (&p.sessions[i], time_cell(p, &p.sessions[i], ctx.zone))).collect();
    let kind_shows_tracks = p.kind_column_shows_tracks();
    // Sized once for the whole listing: each day's columns line up with the others'.
    let chosen = columns.map(|columns| columns::Table::new(p, &rows, columns, width));
    let widest = |cell: &dyn Fn(&(&Session, String)) -> usize| rows.iter().map(cell).max().unwrap_or(0);
    let l = Layout::fit(
        Widest {
            time: widest(&|(_, t)| text::width(t)),
            title: widest(&|(s, _)| text::width(&marked_title(s, usize::MAX))),
            // A column empty on every row is left out.
            kind: widest(&|(s, _)| kind_cell(p, s, kind_shows_tracks).map_or(0, |k| text::width(k).max(1))),
            room: widest(&|(s, _)| text::width(s.place().unwrap_or(""))),
            id: widest(&|(s, _)| text::width(s.id.as_str())),
        },
        width,
    );
    let mut first = 0;
    for day in rows.chunk_by(|(a, _), (b, _)| p.day_of(a) == p.day_of(b)) {
        let conference_day = p.day_of(day[0].0);
        let label = conference_day.map_or(whrcf::wording::PRINT_UNDATED.text().to_owned(), whrcf::wording::when::short);
        out.push_str(&format!("\n{label} · {}\n", whrcf::wording::SESSIONS.of(day.len())));
        let range = first..first + day.len();
        first = range.end;
        if let Some(chosen) = &chosen {
            out.push_str(&chosen.header());
            out.push_str(&chosen.rows(range, day));
            continue;
        }
        for (s, range) in day {
            let mut line =
                format!("  {}  {}  ", text::fit(range, l.time), text::fit(&marked_title(s, l.title), l.title));
            if l.kind > 0 {
                line.push_str(&text::fit(kind_cell(p, s, kind_shows_tracks).unwrap_or("-"), l.kind));
                line.push_str("  ");
            }
            if l.room > 0 {
                // A long room name keeps its end, which tells rooms apart ("…Rooms 209~210").
                line.push_str(&text::fit_tail(s.place().unwrap_or(""), l.room));
                line.push_str("  ");
            }
            // Ids are what other commands take: always whole, on a line of their own if need be.
            if l.id_below {
                out.push_str(line.trim_end());
                line = format!("\n{}", " ".repeat(ID_INDENT.min(width.saturating_sub(text::width(s.id.as_str())))));
            }
            line.push_str(s.id.as_str());
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out.push_str(&cut_off_legend(p, selected));
    out
}

/// The title in at most `width` columns, followed by `[…]` when the stored copy cut it off (the
/// title is shortened to keep the mark).
fn marked_title(s: &Session, width: usize) -> String {
    if !s.is_cut_off(CutOff::Title) {
        return text::truncate(&s.title, width);
    }
    let mark = text::width(CUT_OFF_MARK);
    format!("{}{CUT_OFF_MARK}", text::truncate(&s.title, width.saturating_sub(mark)))
}

/// What `[…]` means, when a title shown carries it.
fn cut_off_legend(p: &Programme, selected: &[usize]) -> String {
    let any = selected.iter().any(|&i| p.sessions[i].is_cut_off(CutOff::Title));
    if !any {
        return String::new();
    }
    format!("\n{}\n", whrcf::wording::LIST_CUT_OFF_LEGEND.say(&[("mark", &CUT_OFF_MARK.trim_start())]))
}

/// Session `i` as the JSON object of `list --format json`; across every edition, with its
/// `edition` (the year) added.
pub fn session_json(ctx: &Context, i: usize) -> serde_json::Value {
    let p = &ctx.loaded.programme;
    let mut v = whrcf::export::session_json(p, &p.sessions[i], ctx.zone);
    if let (Some(member), Some(object)) = (ctx.member_of(i), v.as_object_mut()) {
        object.insert("edition".into(), member.edition.into());
    }
    v
}

/// The sessions of every edition (`selected` newest edition first), under a heading per edition:
/// each session on two lines, its edition, day, time and id, then its title (titles are what a
/// search across years is read for).
fn archive_table(ctx: &Context, selected: &[usize], width: usize) -> String {
    let p = &ctx.loaded.programme;
    let shown = whrcf::wording::SESSIONS.of(selected.len());
    let heading = whrcf::wording::LIST_ARCHIVE_HEADING.say(&[
        ("label", &p.label()),
        ("shown", &shown),
        ("total", &p.sessions.len()),
    ]);
    let mut out = format!("{}\n", text::truncate(&heading, width));
    if selected.is_empty() {
        out.push_str(&format!("{}\n", whrcf::wording::NO_SESSION_MATCHES.text()));
        return out;
    }
    let mut current = None;
    for &i in selected {
        let s = &p.sessions[i];
        let member = ctx.member_of(i);
        if current != member.map(|m| &m.id) {
            current = member.map(|m| &m.id);
            let n = selected.iter().filter(|&&j| ctx.member_of(j).map(|m| &m.id) == current).count();
            let label = member.map_or("", |m| m.label.as_str());
            let label = match member.and_then(|m| m.ordinal) {
                Some(o) => {
                    whrcf::wording::EDITION_ORDINAL.say(&[("label", &label), ("ordinal", &whrcf::wording::ordinal(o))])
                }
                None => label.to_owned(),
            };
            let heading = format!("{label} · {}", whrcf::wording::SESSIONS.of(n));
            out.push_str(&format!("\n{}\n", text::truncate(&heading, width)));
        }
        let year = member.and_then(|m| m.edition).map_or("-".to_owned(), |y| y.to_string());
        let day = s.date.map_or(whrcf::wording::DATE_NOT_PUBLISHED.text().to_owned(), whrcf::wording::when::short);
        let when = format!("  {year}  {day} · {}", whrcf::wording::when::format_range(p, s, ctx.zone));
        let id = format!("  {}", s.id);
        let with_kind = s.kind.as_deref().map(|k| format!("{when} · {k}"));
        let when = with_kind.filter(|w| text::width(w) + text::width(&id) <= width).unwrap_or(when);
        // The id stays whole: the time gives way.
        let when = text::truncate(&when, width.saturating_sub(text::width(&id) + 2));
        let pad = width.saturating_sub(text::width(&when) + text::width(&id)).max(2);
        out.push_str(&format!("{when}{}{id}\n", " ".repeat(pad)));
        out.push_str(&format!("        {}\n", marked_title(s, width.saturating_sub(8))));
    }
    out.push_str(&cut_off_legend(p, selected));
    out
}
