//! `whrcf editions`, `whrcf themes`, `whrcf organizers`: what a programme holds, with counts.

use std::collections::BTreeMap;
use std::process::ExitCode;

use whrcf::load::{self, BUNDLED};
use whrcf::text;

use super::Context;

pub fn editions() -> Result<ExitCode, String> {
    outln!("{:<8} {:<24} {:>8} {:>6} {:>5}  title", "edition", "days", "sessions", "dated", "timed");
    for b in BUNDLED {
        let p = load::bundled(b.edition).map_err(|e| e.to_string())?.programme;
        let dated = p.sessions.iter().filter(|s| s.date.is_some()).count();
        let timed = p.sessions.iter().filter(|s| s.start.is_some()).count();
        let default = if b.edition == BUNDLED[0].edition { " (default)" } else { "" };
        outln!(
            "{:<8} {:<24} {:>8} {:>6} {:>5}  {}{default}",
            b.edition,
            format!("{} to {}", p.first_day, p.last_day),
            p.sessions.len(),
            dated,
            timed,
            p.title
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn themes(ctx: &Context) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let id_w = p.themes.iter().map(|t| text::width(&t.id)).max().unwrap_or(2);
    for t in &p.themes {
        let n = p.sessions.iter().filter(|s| s.themes.contains(&t.id)).count();
        outln!("{}  {n:>3}  {}", text::fit(&t.id, id_w), t.name);
    }
    let none = p.sessions.iter().filter(|s| s.themes.is_empty()).count();
    if none > 0 {
        outln!("{}  {none:>3}  (no theme)", text::fit("-", id_w));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn organizers(ctx: &Context) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for o in p.sessions.iter().flat_map(|s| &s.organizers) {
        *counts.entry(o.as_str()).or_default() += 1;
    }
    let mut rows: Vec<(&str, usize)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (name, n) in rows {
        outln!("{n:>3}  {name}");
    }
    Ok(ExitCode::SUCCESS)
}
