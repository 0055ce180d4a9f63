//! `whrcf next`: one line naming the agenda session on now or next, for a status line.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Duration, Utc};
use whrcf::agenda::Status;
use whrcf::plan;
use whrcf::wording;

use super::{read, store};
use crate::cli::Context;

/// Options of `whrcf next` (one line about the agenda session on now or next).
#[derive(Debug, Clone, clap::Args)]
pub struct NextArgs {
    /// Cut the line to N columns (ending in "…" when cut), for a status bar of fixed width
    #[arg(long, value_name = "N")]
    pub max_width: Option<usize>,
    /// Also print the warnings about the programme file (a guessed time zone, …); without it,
    /// only its errors (sessions left out), so a status bar stays quiet. `whrcf validate FILE`
    /// lists them all.
    #[arg(long, short)]
    pub verbose: bool,
}

pub fn next(ctx: &Context, agenda_path: Option<&PathBuf>, args: &NextArgs) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let file = read(&store(agenda_path)?)?;
    let Some(agenda) = file.programmes.get(&p.id) else { return Ok(ExitCode::SUCCESS) };
    let now = ctx.clock.now();
    let plan = plan::plan(p, agenda, Duration::zero(), ctx.zone);
    let live = plan.timed.iter().filter(|r| r.entry.item.status != Status::Skipped);
    // A session without a published end is on from its start until the next one of the agenda
    // starts or its day is over, whichever comes first: it does not vanish as it begins.
    let ends = |r: &plan::Row<'_>| {
        r.end.map(|e| e.with_timezone(&Utc)).or_else(|| {
            let midnight = r.start.date_naive().succ_opt()?.and_hms_opt(0, 0, 0)?;
            let day_over =
                chrono::TimeZone::from_local_datetime(&r.start.timezone(), &midnight).earliest()?.with_timezone(&Utc);
            let next = live.clone().map(|n| n.start.with_timezone(&Utc)).filter(|s| *s > r.start).min();
            Some(next.map_or(day_over, |n| n.min(day_over)))
        })
    };
    let pick = live
        .clone()
        .find(|r| r.start <= now && ends(r).is_some_and(|e| e > now))
        .map(|r| (r, true))
        .or_else(|| live.clone().find(|r| r.start > now).map(|r| (r, false)));
    if let Some((row, on_now)) = pick {
        let s = whrcf::sanitize::line(row.entry.session.map_or(row.entry.id, |s| s.title.as_str()));
        let place = row
            .entry
            .session
            .and_then(|s| s.place())
            .map(|r| wording::NEXT_PLACE.say(&[("room", &whrcf::sanitize::line(r))]))
            .unwrap_or_default();
        let line = if on_now {
            match row.end {
                Some(end) => {
                    let end = wording::when::time_of_day(end.time());
                    wording::NEXT_NOW_UNTIL.say(&[("title", &s), ("end", &end), ("place", &place)])
                }
                None => wording::NEXT_NOW.say(&[("title", &s), ("place", &place)]),
            }
        } else {
            let wait = wording::agenda::duration(row.start.with_timezone(&Utc) - now);
            let when = wording::when::weekday_time(&row.start);
            wording::NEXT_LATER.say(&[("wait", &wait), ("title", &s), ("when", &when), ("place", &place)])
        };
        // A status bar gives a fixed width: the line is cut to it, and says so with "…".
        let line = match args.max_width {
            Some(width) => whrcf::text::truncate(&line, width),
            None => line,
        };
        outln!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
