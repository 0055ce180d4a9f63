//! The app's detail view and `whrcf show` print one composition (`wording::detail`): every
//! labelled line the app shows for a session, and each line said under it, `show` prints too,
//! word for word. A field added to one view only, or worded apart, fails here.

#[path = "common/cli.rs"]
mod cli;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use whrcf::load;
use whrcf::time::{Clock, ZoneChoice, parse_instant};
use whrcf::tui::data::Data;
use whrcf::tui::keymap::Keymap;
use whrcf::tui::mode::Mode;
use whrcf::tui::state::State;
use whrcf::wording::{self, detail::LABEL_WIDTH};

const LABELS: [wording::Message; 10] = [
    wording::LABEL_DAY,
    wording::LABEL_TIME,
    wording::LABEL_KIND,
    wording::LABEL_FORMAT,
    wording::LABEL_ROOM,
    wording::LABEL_LANGUAGES,
    wording::LABEL_INTERPRETATION,
    wording::LABEL_THEMES,
    wording::LABEL_ORGANIZERS,
    wording::LABEL_PEOPLE,
];

/// The app's full-screen detail of session `index`, as trimmed lines inside the frame.
fn app_lines(data: &Data, index: usize, zone: ZoneChoice) -> Vec<String> {
    let clock = Clock::Fixed(parse_instant("2022-10-01T10:00:00+09:00").unwrap());
    let mut state = State::new(data, zone, clock, (240, 120));
    state.browse.rows = vec![index];
    state.browse.selected = 0;
    state.mode = Mode::Detail;
    let mut terminal = Terminal::new(TestBackend::new(240, 120)).unwrap();
    terminal.draw(|f| whrcf::tui::view::draw(f, &state, data)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            let (mut line, mut skip) = (String::new(), 0);
            for x in 0..buffer.area.width {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let symbol = buffer[(x, y)].symbol();
                skip = whrcf::text::width(symbol).saturating_sub(1);
                line.push_str(symbol);
            }
            let inside = line.strip_prefix('│').unwrap_or(&line);
            inside.trim_end_matches(['│', ' ']).to_owned()
        })
        .collect()
}

/// The app's lines that a label starts, and the lines said under a labelled line.
fn labelled(lines: &[String], padded: &[String]) -> Vec<String> {
    lines.iter().filter(|l| padded.iter().any(|p| l.starts_with(p.as_str()))).cloned().collect()
}

fn show(year: i32, id: &str, tz: &str) -> String {
    let mut cmd = cli::whrcf();
    cmd.env("COLUMNS", "240");
    let out = cmd.args(["--edition", &year.to_string(), "--tz", tz, "show", id]).output().unwrap();
    assert!(out.status.success(), "{id}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn show_prints_every_labelled_line_the_app_shows() {
    let padded: Vec<String> = LABELS.iter().map(|l| format!("{:<LABEL_WIDTH$}", l.text())).collect();
    let mut seen_labels = std::collections::BTreeSet::new();
    let (mut under, mut persons) = (0, 0);
    let berlin = ZoneChoice::Named(chrono_tz::Europe::Berlin);
    let editions =
        [(2021, berlin, "Europe/Berlin"), (2022, ZoneChoice::Utc, "UTC"), (2025, ZoneChoice::Forum, "Asia/Seoul")];
    for (year, zone, tz) in editions {
        let data = Data::new(load::bundled(year).unwrap().programme, Keymap::load(None).0);
        for (index, s) in data.programme.sessions.iter().enumerate() {
            let app = app_lines(&data, index, zone);
            let shown = show(year, s.id.as_str(), tz);
            let shown: Vec<&str> = shown.lines().map(str::trim_end).collect();
            // The app marks a cut-off value in place; `show` says so on the line below
            // (`tests/cut_off_views.rs`): the values are compared without the mark.
            for line in labelled(&app, &padded).iter().map(|l| l.replace(whrcf::model::CUT_OFF_MARK, "")) {
                seen_labels.extend(padded.iter().filter(|p| line.starts_with(p.as_str())).cloned());
                // A long value wraps in the app: its first part starts the line `show` prints.
                assert!(shown.iter().any(|l| l.starts_with(&line)), "{}: the app shows {line:?}, show does not", s.id);
            }
            // A line under a field (the time in another zone, "end not published", what the
            // sources say) is indented by the label's width in both.
            let fields = app.iter().skip_while(|l| !l.starts_with(&padded[0])).take_while(|l| !l.is_empty());
            let indent = " ".repeat(LABEL_WIDTH);
            // A long value or remark wraps in the app under where its text starts: a continuation
            // is found within the line `show` prints whole.
            let printed = |line: &str| shown.iter().any(|l| l.starts_with(line) || l.contains(line.trim_start()));
            for line in fields.filter(|l| l.starts_with(&indent)) {
                under += 1;
                assert!(printed(line), "{}: {line:?}", s.id);
            }
            // Each role and each person, as the app lists them.
            let people = app.iter().skip_while(|l| *l != wording::LABEL_PEOPLE.text()).skip(1);
            for line in people.take_while(|l| !l.is_empty()).map(|l| l.replace(whrcf::model::CUT_OFF_MARK, "")) {
                persons += 1;
                assert!(printed(&line), "{}: the app lists {line:?}, show does not", s.id);
            }
        }
    }
    assert!(under > 0 && persons > 0, "lines under fields and people were compared: {under}, {persons}");
    // Every field the test meant to compare was met at least once.
    let labels = [wording::LABEL_LANGUAGES, wording::LABEL_INTERPRETATION, wording::LABEL_FORMAT];
    for label in labels {
        assert!(seen_labels.iter().any(|p| p.trim_end() == label.text()), "no session showed {}", label.text());
    }
}
