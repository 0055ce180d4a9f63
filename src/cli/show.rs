//! `whrcf show ID`: one session in full, as text or JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use whrcf::model::{Programme, Session};
use whrcf::wording::detail::{self, Field, LABEL_WIDTH, Remark, Value};
use whrcf::wording::{self};

use super::{Context, TextFormat};

pub fn run(ctx: &Context, id: &str, format: TextFormat) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let Some(index) = p.sessions.iter().position(|s| s.id.as_str() == id) else {
        return Err(unknown_id(p, id));
    };
    match format {
        TextFormat::Json => {
            let v = super::list::session_json(ctx, index);
            outln!("{}", whrcf::safe_json::to_string_pretty(&v).map_err(|e| e.to_string())?);
        }
        TextFormat::Text => {
            let edition = ctx.member_of(index).map(|m| match m.ordinal {
                Some(o) => {
                    let ordinal = whrcf::wording::ordinal(o);
                    wording::EDITION_ORDINAL.say(&[("label", &m.label), ("ordinal", &ordinal)])
                }
                None => m.label.clone(),
            });
            out!("{}", detail(p, &p.sessions[index], ctx.zone, edition.as_deref(), super::output_width()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The bundled edition other than `p` whose ids start like `id` (`2019-...`), if any.
fn other_edition(p: &Programme, id: &str) -> Option<i32> {
    let year: i32 = id.get(..4)?.parse().ok()?;
    (whrcf::load::BUNDLED.iter().any(|b| b.edition == year) && p.edition != Some(year) && id[4..].starts_with('-'))
        .then_some(year)
}

fn unknown_id(p: &Programme, id: &str) -> String {
    let needle = id.to_lowercase();
    let near: Vec<&str> = p
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .filter(|s| s.contains(&needle) || needle.contains(*s))
        .take(5)
        .collect();
    let hint = if let Some(year) = other_edition(p, id) {
        whrcf::wording::SHOW_OTHER_EDITION.say(&[("year", &year)])
    } else if near.is_empty() {
        whrcf::wording::SHOW_SEE_LIST.text().to_owned()
    } else {
        whrcf::wording::SHOW_DID_YOU_MEAN.say(&[("ids", &near.join(", "))])
    };
    whrcf::wording::SHOW_UNKNOWN_ID.say(&[("id", &id), ("programme", &p.label()), ("hint", &hint)])
}

/// Said under a value the stored copy cut off: `(title cut off in the stored copy)`.
fn gap(out: &mut String, indent: usize, value: &Value<'_>) {
    if let Some(cut) = value.cut {
        let _ = writeln!(out, "{:indent$}{}", "", detail::cut_off_line(&detail::cut_off_noun(cut, &value.text)));
    }
}

/// `label` padded to the label column by display width (a Korean label is two columns a letter),
/// then `value` folded by words to `width`, its further lines under its first.
fn labelled(out: &mut String, label: &str, value: &str, width: usize) {
    let pad = LABEL_WIDTH.saturating_sub(whrcf::text::width(label));
    let indent = " ".repeat(LABEL_WIDTH);
    let value = folded(value, width.saturating_sub(LABEL_WIDTH).max(1)).replace('\n', &format!("\n{indent}"));
    let _ = writeln!(out, "{label}{:pad$}{value}", "");
}

/// One field of the shared composition as plain lines: values, then a line for each cut-off
/// value, then the remarks under it.
fn field(out: &mut String, f: &Field<'_>, width: usize) {
    let disputed = f.remarks.iter().any(|r| matches!(r, Remark::SourcesDisagree(_)));
    let values: Vec<&str> = f.values.iter().map(|v| v.text.as_ref()).collect();
    let shown = match values.is_empty() {
        true if disputed => wording::NOT_PUBLISHED_DISPUTED.text().to_owned(),
        true => wording::NOT_PUBLISHED.text().to_owned(),
        false => values.join(f.separator),
    };
    labelled(out, f.label.text(), &shown, width);
    f.values.iter().for_each(|v| gap(out, LABEL_WIDTH, v));
    for remark in &f.remarks {
        match remark {
            Remark::SourcesDisagree(what) => labelled(out, "", what, width),
            Remark::InZone(text) => labelled(out, "", text, width),
            Remark::EndNotPublished => labelled(out, "", wording::END_NOT_PUBLISHED.text(), width),
        }
    }
}

/// Prose (a summary, a note) folded by words into lines of at most `width` columns (Korean
/// measured at its double width), each of its own lines apart; a word longer than a line (an
/// address) is left whole.
fn folded(text: &str, width: usize) -> String {
    let options = textwrap::Options::new(width)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    text.lines().map(|line| textwrap::fill(line, &options)).collect::<Vec<_>>().join("\n")
}

/// One line of text folded by words to `width` columns, its first line indented by `first`, the
/// others by `rest`; a word longer than a line (an id, an address) is left whole.
fn indented(text: &str, (first, rest): (&str, &str), width: usize) -> String {
    let options = textwrap::Options::new(width.max(rest.len() + 8))
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false)
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::fill(text, options)
}

/// A session as readable text: the composition the app's detail pane shows, plus its id and
/// edition; its summary and notes folded to `width` columns.
pub fn detail(p: &Programme, s: &Session, zone: chrono_tz::Tz, edition: Option<&str>, width: usize) -> String {
    let d = detail::compose(p, s, zone, p.tracks_completeness());
    let mut out = String::new();
    let _ = writeln!(out, "{}", indented(&d.title.text, ("", ""), width));
    gap(&mut out, 0, &d.title);
    for other in &d.other_titles {
        let _ = writeln!(out, "{}", indented(&other.text, ("  ", "  "), width));
        gap(&mut out, 2, other);
    }
    if let Some(sub) = &d.subtitle {
        let _ = writeln!(out, "{}", indented(&sub.text, ("  ", "  "), width));
        gap(&mut out, 2, sub);
    }
    out.push('\n');
    labelled(&mut out, wording::LABEL_ID.text(), s.id.as_str(), width);
    if let Some(edition) = edition {
        labelled(&mut out, wording::LABEL_EDITION.text(), edition, width);
    }
    d.fields.iter().for_each(|f| field(&mut out, f, width));
    out.push('\n');
    if d.people.is_empty() && d.says_missing {
        labelled(&mut out, wording::LABEL_PEOPLE.text(), wording::NOT_PUBLISHED.text(), width);
    } else if !d.people.is_empty() {
        let _ = writeln!(out, "{}", wording::LABEL_PEOPLE.text());
        for group in &d.people {
            let _ = writeln!(out, "{}", indented(group.role, ("  ", "    "), width));
            for (person, cut) in &group.people {
                let parts = detail::person_parts(person, cut);
                let person = parts.iter().map(|p| p.text.as_ref()).collect::<String>();
                // A long affiliation goes on under the name, two columns further in.
                let _ = writeln!(out, "{}", indented(&person, ("    ", "      "), width));
                if !cut.is_empty() {
                    let _ = writeln!(out, "      {}", detail::cut_off_line(&detail::cut_off_fields(cut)));
                }
            }
        }
    }
    if let Some(summary) = d.summary {
        let _ = writeln!(out, "\n{}", folded(summary, width));
    }
    if d.incomplete {
        let _ = writeln!(out, "\n({})", wording::INCOMPLETE.text());
    }
    if let Some(notes) = d.notes {
        let _ = writeln!(out, "\n{}", folded(&format!("{} {notes}", wording::LABEL_NOTES.text()), width));
    }
    if d.sources.is_empty() && !d.says_missing {
        return out;
    }
    let _ = writeln!(out, "\n{}", wording::LABEL_SOURCES.text());
    for src in d.sources {
        let _ = writeln!(out, "  {src}");
    }
    if d.sources.is_empty() {
        let _ = writeln!(out, "  {}", wording::NOT_PUBLISHED.text());
    }
    out
}
