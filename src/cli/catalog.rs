//! `whrcf editions`, `whrcf themes`, `whrcf organizers`: what a programme holds, with counts.

use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;

use serde_json::json;
use whrcf::archive::Completeness;
use whrcf::load::{self, BUNDLED, WITHOUT_PROGRAMME};
use whrcf::model::{Programme, Session};
use whrcf::sanitize::line;
use whrcf::text;

use super::{Context, TableFormat, output_width};

/// `whrcf editions`: every bundled edition (newest first, the default first) with its theme,
/// days and how complete its record is, then the editions whose programme was not found.
pub fn editions(format: TableFormat) -> Result<ExitCode, String> {
    let mut rows = Vec::new();
    for &b in &BUNDLED {
        rows.push((b, load::bundled(b.edition).map_err(|e| e.to_string())?.programme));
    }
    match format {
        TableFormat::Json => {
            let mut items: Vec<_> =
                rows.iter().map(|(b, p)| edition_json(p, b.edition == BUNDLED[0].edition)).collect();
            items.extend(WITHOUT_PROGRAMME.iter().map(|u| {
                json!({"edition": u.edition, "ordinal": u.ordinal, "id": null, "title": null, "theme": null,
                       "first_day": null, "last_day": null, "default": false, "programme_found": false,
                       "sessions": 0, "stated_total": null, "stated": null, "dated": 0, "timed": 0})
            }));
            outln!("{}", whrcf::safe_json::to_string_pretty(&items).map_err(|e| e.to_string())?);
        }
        TableFormat::Table => out!("{}", editions_table(&rows, output_width())),
    }
    Ok(ExitCode::SUCCESS)
}

fn edition_json(p: &Programme, default: bool) -> serde_json::Value {
    let c = Completeness::of(p);
    json!({
        "edition": p.edition, "ordinal": p.ordinal, "id": p.id, "title": p.title, "theme": p.theme,
        "first_day": p.first_day.to_string(), "last_day": p.last_day.to_string(), "default": default,
        "programme_found": true, "sessions": c.found, "stated_total": c.stated,
        "stated": p.stated_session_count, "dated": c.dated, "timed": c.timed,
    })
}

fn editions_table(rows: &[(load::Bundled, Programme)], width: usize) -> String {
    let newest = &BUNDLED[0];
    let editions = whrcf::wording::EDITIONS.of(rows.len());
    let ordinal = whrcf::wording::ordinal(newest.ordinal);
    let intro = whrcf::wording::EDITIONS_INTRO.say(&[
        ("editions", &editions),
        ("year", &newest.edition),
        ("ordinal", &ordinal),
    ]);
    let mut out = hanging("", &intro, width) + &hanging("", whrcf::wording::EDITIONS_FOUND_LEGEND.text(), width) + "\n";
    // Padded by display width: the Korean headings and ordinals are wide.
    let left = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(text::width(s))));
    let right = |s: &str, w: usize| format!("{}{s}", " ".repeat(w.saturating_sub(text::width(s))));
    let counts: Vec<Completeness> = rows.iter().map(|(_, p)| Completeness::of(p)).collect();
    let stated = |c: &Completeness| c.stated.map_or("-".to_owned(), |n| n.to_string());
    // `N of M` lined up on its `of`: the counts right-aligned before it, the totals left after it.
    let found_w = counts.iter().map(|c| c.found.to_string().len()).max().unwrap_or(0);
    let stated_w = counts.iter().map(|c| stated(c).len()).max().unwrap_or(0);
    let cells: Vec<[String; 7]> = rows
        .iter()
        .zip(counts)
        .map(|((b, p), c)| {
            let found = whrcf::wording::EDITIONS_FOUND_OF
                .say(&[("found", &right(&c.found.to_string(), found_w)), ("stated", &left(&stated(&c), stated_w))]);
            let (first, last) = (p.first_day, p.last_day);
            let (first, last) = (whrcf::wording::when::date(first), whrcf::wording::when::date_after(first, last));
            let days = whrcf::wording::EDITIONS_DAYS.say(&[("first", &first), ("last", &last)]);
            let theme = p.theme.as_deref().unwrap_or(whrcf::wording::THEME_NOT_PUBLISHED.text()).to_owned();
            let no = whrcf::wording::ordinal(b.ordinal);
            [b.edition.to_string(), no, days, found, c.dated.to_string(), c.timed.to_string(), theme]
        })
        .collect();
    let headings = whrcf::wording::EDITIONS_HEADINGS.text().split('|').map(str::to_owned).collect::<Vec<_>>();
    let heading = |i: usize| headings.get(i).cloned().unwrap_or_default();
    let head: [String; 7] = std::array::from_fn(heading);
    let widths: Vec<usize> =
        (0..6).map(|i| std::iter::once(&head).chain(&cells).map(|r| text::width(&r[i])).max().unwrap_or(0)).collect();
    if width < widths.iter().sum::<usize>() + 12 + THEME_MIN {
        return out + &editions_blocks(&head, &cells, width);
    }
    let theme_w = width.saturating_sub(widths.iter().sum::<usize>() + 12).max(THEME_MIN);
    let row = |r: &[String; 7]| {
        let (w, theme) = (&widths, text::truncate(&r[6], theme_w));
        let (year, no, days) = (left(&r[0], w[0]), left(&r[1], w[1]), left(&r[2], w[2]));
        let (found, dated, timed) = (right(&r[3], w[3]), right(&r[4], w[4]), right(&r[5], w[5]));
        format!("{year}  {no}  {days}  {found}  {dated}  {timed}  {theme}").trim_end().to_owned() + "\n"
    };
    out.push_str(&row(&head));
    for r in &cells {
        out.push_str(&row(r));
    }
    for u in WITHOUT_PROGRAMME {
        out.push_str(&format!(
            "{}  {}  {}\n",
            u.edition,
            left(&whrcf::wording::ordinal(u.ordinal), widths[1]),
            whrcf::wording::EDITIONS_NO_PROGRAMME.text()
        ));
    }
    out
}

/// The narrowest the theme column of the editions table becomes; a terminal narrower than that
/// leaves has each edition as a block ([`editions_blocks`]).
const THEME_MIN: usize = 12;

/// The editions for a narrow terminal: each edition's year, ordinal and days on a line, its
/// counts named by their headings on the next, then its theme folded.
fn editions_blocks(head: &[String; 7], cells: &[[String; 7]], width: usize) -> String {
    let mut out = String::new();
    for r in cells {
        out.push_str(&hanging("", &format!("{}  {}  {}", r[0], r[1], r[2]), width));
        let counts = format!("{} {} · {} {} · {} {}", head[3], r[3].trim(), head[4], r[4], head[5], r[5]);
        out.push_str(&hanging(&" ".repeat(UNDER_LEAD), &counts, width));
        out.push_str(&hanging(&" ".repeat(UNDER_LEAD), &r[6], width));
    }
    for u in WITHOUT_PROGRAMME {
        let no_programme = whrcf::wording::EDITIONS_NO_PROGRAMME.text();
        let row = format!("{}  {}  {no_programme}", u.edition, whrcf::wording::ordinal(u.ordinal));
        out.push_str(&hanging("", &row, width));
    }
    out
}

/// `whrcf themes`: each theme with its number of sessions (and, across every edition, the
/// editions it occurs in), then the sessions without a theme.
pub fn themes(ctx: &Context, format: TableFormat) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let count = |has: &dyn Fn(&Session) -> bool| {
        let (mut n, mut editions) = (0, BTreeSet::new());
        for (i, _) in p.sessions.iter().enumerate().filter(|(_, s)| has(s)) {
            n += 1;
            editions.extend(edition_of(ctx, i));
        }
        (n, editions)
    };
    let mut rows: Vec<_> = p.themes.iter().map(|t| (Some(t), count(&|s| s.themes.contains(&t.id)))).collect();
    let without = count(&|s| s.themes.is_empty());
    if without.0 > 0 {
        rows.push((None, without));
    }
    if format == TableFormat::Json {
        let items: Vec<_> = rows
            .iter()
            .map(|(t, (n, editions))| {
                json!({"id": t.map(|t| &t.id), "name": t.map(|t| &t.name), "description": t.and_then(|t| t.description.as_ref()),
                       "sessions": n, "editions": newest_first(editions)})
            })
            .collect();
        outln!("{}", whrcf::safe_json::to_string_pretty(&items).map_err(|e| e.to_string())?);
        return Ok(ExitCode::SUCCESS);
    }
    let id_w = p.themes.iter().map(|t| text::width(&line(&t.id))).max().unwrap_or(2);
    let width = output_width();
    for (t, (n, editions)) in &rows {
        let years = across(ctx, editions);
        let (id, name) = t.map_or(("-".to_owned(), "(no theme)".to_owned()), |t| (line(&t.id), line(&t.name)));
        out!("{}", hanging(&format!("{}  {n:>3}  ", text::fit(&id, id_w)), &format!("{name}{years}"), width));
    }
    Ok(ExitCode::SUCCESS)
}

/// The edition session `i` belongs to: its member's with `--edition all`, else the programme's.
fn edition_of(ctx: &Context, i: usize) -> Option<i32> {
    ctx.member_of(i).map_or(ctx.loaded.programme.edition, |m| m.edition)
}

fn newest_first(editions: &BTreeSet<i32>) -> Vec<i32> {
    editions.iter().rev().copied().collect()
}

/// The editions of a row in a table: only across every edition (one programme's is its own).
fn across(ctx: &Context, editions: &BTreeSet<i32>) -> String {
    if ctx.archive.is_some() { years(editions) } else { String::new() }
}

/// `  (2025, 2023)`: the editions, newest first; nothing for a single programme.
fn years(editions: &BTreeSet<i32>) -> String {
    if editions.is_empty() {
        return String::new();
    }
    let years: Vec<String> = editions.iter().rev().map(ToString::to_string).collect();
    format!("  ({})", years.join(", "))
}

/// `whrcf organizers`: each organizer with its number of sessions (and, across every edition,
/// the editions it organised in).
pub fn organizers(ctx: &Context, format: TableFormat) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let mut counts: BTreeMap<&str, (usize, BTreeSet<i32>)> = BTreeMap::new();
    for (i, s) in p.sessions.iter().enumerate() {
        for o in &s.organizers {
            let entry = counts.entry(o.as_str()).or_default();
            entry.0 += 1;
            entry.1.extend(edition_of(ctx, i));
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    if format == TableFormat::Json {
        let items: Vec<_> = rows
            .iter()
            .map(|(name, (n, editions))| json!({"name": name, "sessions": n, "editions": newest_first(editions)}))
            .collect();
        outln!("{}", whrcf::safe_json::to_string_pretty(&items).map_err(|e| e.to_string())?);
        return Ok(ExitCode::SUCCESS);
    }
    let width = output_width();
    for (name, (n, editions)) in rows {
        out!("{}", hanging(&format!("{n:>3}  "), &format!("{}{}", line(name), across(ctx, &editions)), width));
    }
    Ok(ExitCode::SUCCESS)
}

/// The fewest columns a row's text is folded into beside its lead; with less, it goes under it.
const TEXT_MIN: usize = 16;
/// How far text is indented under a lead too wide to leave it [`TEXT_MIN`] columns.
const UNDER_LEAD: usize = 4;

/// A row of a listing in lines of at most `width` columns: `lead` (an id, a count), then `text`
/// folded at its spaces, each line after the first beginning where the text began (Korean is
/// measured at its double width); a word longer than a line is cut with `…`. When the lead
/// leaves too little room, the text starts on the next line, a little indented.
pub(super) fn hanging(lead: &str, text: &str, width: usize) -> String {
    let lead_w = text::width(lead);
    let indent = if width.saturating_sub(lead_w) >= TEXT_MIN { lead_w } else { UNDER_LEAD };
    let room = width.saturating_sub(indent).max(1);
    // Words are folded at spaces only: an id's hyphens (`2021-paper-presentation`) keep it whole.
    let options = textwrap::Options::new(room)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    let mut out = String::new();
    if indent != lead_w {
        out.push_str(&format!("{}\n", lead.trim_end()));
    }
    for (k, folded) in textwrap::wrap(text, options).iter().enumerate() {
        let start = if k == 0 && indent == lead_w { lead.to_owned() } else { " ".repeat(indent) };
        out.push_str(&format!("{start}{}\n", text::truncate(folded, room)));
    }
    out
}
