//! The library as `whrcf programmes` prints it: one table of every programme (kind, name, source,
//! when a web programme's offline copy was fetched), its columns aligned by display width; or
//! JSON with the same facts (times in RFC 3339).

use std::process::ExitCode;

use serde_json::json;
use whrcf::library::{Entry, Kind};
use whrcf::load::BUNDLED;
use whrcf::text::width;
use whrcf::wording;

use crate::cli::TableFormat;

/// Print the library.
pub fn list(entries: &[Entry], format: TableFormat) -> Result<ExitCode, String> {
    match format {
        TableFormat::Json => {
            outln!("{}", whrcf::safe_json::to_string_pretty(&as_json(entries)).map_err(|e| e.to_string())?)
        }
        TableFormat::Table => {
            for row in text(entries) {
                outln!("{row}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn as_json(entries: &[Entry]) -> serde_json::Value {
    let (newest, oldest) = (BUNDLED[0].edition, BUNDLED[BUNDLED.len() - 1].edition);
    let of = |kind: Kind| {
        entries
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| {
                let mut item = json!({
                    "name": e.name,
                    "source": e.location,
                    "web": e.is_web(),
                    "fetched_at": e.fetched_at.map(|t| t.to_rfc3339()),
                });
                if kind == Kind::Recent {
                    item["opened_at"] = json!(e.opened_at.map(|t| t.to_rfc3339()));
                }
                item
            })
            .collect::<Vec<_>>()
    };
    json!({
        "bundled": {"first": oldest, "last": newest, "editions": BUNDLED.len()},
        "added": of(Kind::Added),
        "recent": of(Kind::Recent),
    })
}

/// The table's lines: a heading, one row per programme, then how to add and open one.
fn text(entries: &[Entry]) -> Vec<String> {
    let heading = [
        wording::LIBRARY_COLUMN_KIND.text().to_owned(),
        wording::LIBRARY_COLUMN_NAME.text().to_owned(),
        wording::LIBRARY_COLUMN_SOURCE.text().to_owned(),
        wording::LIBRARY_COLUMN_FETCHED.text().to_owned(),
    ];
    let rows: Vec<[String; 4]> = std::iter::once(heading).chain(entries.iter().map(wording::library::cells)).collect();
    let widths: Vec<usize> = (0..3).map(|c| rows.iter().map(|r| width(&r[c])).max().unwrap_or(0)).collect();
    let mut lines: Vec<String> = rows
        .iter()
        .map(|r| {
            let mut out = String::new();
            for (c, cell) in r.iter().enumerate() {
                out.push_str(cell);
                if let Some(&w) = widths.get(c) {
                    out.push_str(&" ".repeat(w - width(cell) + 2));
                }
            }
            out.trim_end().to_owned()
        })
        .collect();
    lines.push(String::new());
    if !entries.iter().any(|e| e.kind == Kind::Added) {
        lines.push(wording::LIBRARY_NONE_ADDED.text().to_owned());
    }
    lines.push(wording::LIBRARY_HOW_TO_OPEN.text().to_owned());
    lines
}
