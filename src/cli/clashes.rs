//! `whrcf clashes`: rooms and people booked twice, organizer overlaps, sessions outside the days
//! or without a proper length, tight room changes; text grouped by day and time, or JSON.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::process::ExitCode;

use clap::Args;
use serde_json::json;
use whrcf::clash::{self, Checks, Clash};
use whrcf::diagnostic::{Location, Problem};
use whrcf::model::Programme;
use whrcf::text;
use whrcf::wording;

use super::{Context, EXIT_PROBLEMS, TextFormat};

#[derive(Debug, Clone, Args)]
pub struct ClashArgs {
    /// Only these checks: room, person, organizer, dates (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "KINDS", value_parser = ["room", "person", "organizer", "dates"])]
    pub only: Vec<String>,
    /// Also report people with less than MIN minutes between sessions in different rooms.
    #[arg(long, value_name = "MIN")]
    pub buffer: Option<u32>,
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

pub fn run(ctx: &Context, args: &ClashArgs) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let only: BTreeSet<&str> = args.only.iter().map(String::as_str).collect();
    let on = |k: &str| only.is_empty() || only.contains(k);
    let checks = Checks {
        rooms: on("room"),
        people: on("person"),
        organizers: on("organizer"),
        dates: on("dates"),
        buffer: args.buffer.map(|m| chrono::Duration::minutes(i64::from(m))),
    };
    let found = clash::find(p, &checks);
    // A start without an end is a warning, reported apart and never counted as a clash.
    let (warnings, found): (Vec<Clash>, Vec<Clash>) = found.into_iter().partition(Clash::is_warning);
    match args.format {
        TextFormat::Json => {
            let items: Vec<_> = found.iter().map(|c| to_json(p, c, ctx.zone)).collect();
            outln!("{}", whrcf::safe_json::to_string_pretty(&items).map_err(|e| e.to_string())?);
            for w in &warnings {
                errln!("{}", problem(p, w));
            }
        }
        TextFormat::Text => out!("{}", text(p, &found, &warnings, ctx.zone, super::output_width())),
    }
    Ok(if found.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_PROBLEMS) })
}

/// A warning (a session without an end) as the loader's warnings are printed.
fn problem(p: &Programme, w: &Clash) -> Problem {
    let at = Location { path: p.label().to_owned(), line: None, column: None };
    let session = w.sessions.first().map(|&i| p.sessions[i].id.as_str());
    Problem::warning(at, session, wording::programme::clash(p, w))
}

fn to_json(p: &Programme, c: &Clash, zone: chrono_tz::Tz) -> serde_json::Value {
    json!({
        "kind": c.kind.as_str(),
        "resource": c.resource,
        "sessions": c.sessions.iter().map(|&i| p.sessions[i].id.as_str()).collect::<Vec<_>>(),
        "start": c.start.map(|t| t.with_timezone(&zone).to_rfc3339()),
        "end": c.end.map(|t| t.with_timezone(&zone).to_rfc3339()),
        "detail": wording::programme::clash(p, c),
    })
}

/// Clashes as text, grouped by day and time, then the warnings (sessions without an end), apart;
/// each sentence wrapped by words to `width` columns under its own column.
pub fn text(p: &Programme, found: &[Clash], warnings: &[Clash], zone: chrono_tz::Tz, width: usize) -> String {
    let clashes = wording::programme::clashes_found(found.len());
    let found_in = wording::FOUND_IN.say(&[("programme", &p.label()), ("what", &clashes)]);
    let mut out = super::catalog::hanging("", &found_in, width);
    // One time column and one kind column across both lists, as wide as their widest value.
    let all = || found.iter().chain(warnings);
    let when_w = all().map(|c| text::width(&when(p, c, zone).1)).max().unwrap_or(0).max(11);
    let columns = (when_w, all().map(|c| text::width(&kind(c))).max().unwrap_or(0));
    list(p, found, zone, width, columns, &mut out);
    if !warnings.is_empty() {
        let sessions = wording::NO_END.of(warnings.len());
        let not_checked = wording::CLASHES_NOT_CHECKED.say(&[("sessions", &sessions)]);
        let _ = write!(out, "\n{}", super::catalog::hanging("", &not_checked, width));
        list(p, warnings, zone, width, columns, &mut out);
    }
    out
}

/// How far the sentence is indented when it goes under the time and kind.
const UNDER_LEAD: usize = 4;

/// A clash's kind, as its column says it.
fn kind(c: &Clash) -> String {
    wording::CLASH_KIND_NAME.say(&[("kind", &c.kind.as_str())])
}

/// A clash's day (`None` without a start) and its time range as the time column says it.
fn when(p: &Programme, c: &Clash, zone: chrono_tz::Tz) -> (Option<Option<chrono::NaiveDate>>, String) {
    // Under the conference day of its sessions: a clash at 00:50 after Friday's programme
    // is Friday's, marked (+1d), as the list shows it.
    let conference_day = c.sessions.first().and_then(|&i| p.day_of(&p.sessions[i]));
    let day = c.start.map(|t| conference_day.unwrap_or_else(|| t.with_timezone(&zone).date_naive()));
    let when = match c.start {
        Some(a) => {
            let b = c.end.map(|b| b.with_timezone(&zone));
            let range = whrcf::time::Range::of_instants(&a.with_timezone(&zone), b.as_ref(), day);
            wording::when::range_wide(range)
        }
        None => "--:--".to_owned(),
    };
    (Some(day), when)
}

/// `found` as lines under a heading for each day, in time and kind columns `(when_w, kind_w)`
/// wide, the sentence and the session ids wrapped to `width` under their column.
fn list(
    p: &Programme,
    found: &[Clash],
    zone: chrono_tz::Tz,
    width: usize,
    (when_w, kind_w): (usize, usize),
    out: &mut String,
) {
    let mut shown_day = None;
    for c in found {
        let (day, when) = &when(p, c, zone);
        if shown_day != *day {
            shown_day = *day;
            let label = day.flatten().map_or(wording::CLASHES_UNTIMED.text().to_owned(), wording::when::short);
            let _ = writeln!(out, "\n{label}");
        }
        let ids: Vec<&str> = c.sessions.iter().map(|&i| p.sessions[i].id.as_str()).collect();
        let mut lead = format!("  {} {} ", text::fit(when, when_w), text::fit(&kind(c), kind_w));
        let mut indent = " ".repeat(text::width(&lead));
        // A terminal too narrow to leave the sentence 30 columns beside the time and kind has it
        // under them, a little indented.
        if width < text::width(&lead) + 30 {
            let _ = writeln!(out, "{}", lead.trim_end());
            (lead, indent) = (" ".repeat(UNDER_LEAD), " ".repeat(UNDER_LEAD));
        }
        for (first, to_wrap) in
            [(lead.as_str(), wording::programme::clash(p, c)), (&indent, format!("({})", ids.join(", ")))]
        {
            let options = textwrap::Options::new(width)
                .initial_indent(first)
                .subsequent_indent(&indent)
                .word_separator(textwrap::WordSeparator::AsciiSpace)
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            let _ = writeln!(out, "{}", textwrap::fill(&to_wrap, options));
        }
    }
}
