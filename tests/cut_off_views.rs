//! A value the stored copy cut off is shown as cut off in every view (the app's list row and
//! details, `whrcf show`, `whrcf list`, JSON), and the mark is never part of the value itself.

#[path = "common/cli.rs"]
mod cli;

use cli::whrcf;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use serde_json::Value;
use whrcf::load;
use whrcf::time::{Clock, ZoneChoice, parse_instant};
use whrcf::tui::action::Action;
use whrcf::tui::data::Data;
use whrcf::tui::keymap::Keymap;
use whrcf::tui::state::State;

const TRAINING: &str = "Global Human Rights Training Program for Asian Government O";

fn stdout(args: &[&str]) -> String {
    let out = whrcf().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn show_says_which_values_are_cut_off_and_keeps_only_what_was_found() {
    let text = stdout(&["--edition", "2019", "show", "2019-training-asian-officials"]);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(TRAINING));
    assert_eq!(lines.next(), Some("(title cut off in the stored copy)"));
    assert!(!text.contains("O[fficials") && !text.contains("truncated"), "no guessed text, no marker:\n{text}");
    let text = stdout(&["--edition", "2021", "show", "2021-ombudsman-workshop"]);
    assert!(text.contains("Gwangju International Cen\n"), "{text}");
    assert!(text.contains("(organizer 'Gwangju International Cen' cut off in the stored copy)"), "{text}");
    let text = stdout(&["--edition", "2021", "show", "2021-paper-presentation"]);
    let person = text.find("Lynnet Phiri — Legal Projects Associate of").expect("the person, as found");
    assert!(text[person..].lines().nth(1).unwrap().trim() == "(affiliation cut off in the stored copy)", "{text}");
}

#[test]
fn json_lists_the_cut_off_values_beside_every_existing_key() {
    let one: Value =
        serde_json::from_str(&stdout(&["--edition", "2021", "show", "2021-paper-presentation", "--format", "json"]))
            .unwrap();
    assert_eq!(one["cut_off"], serde_json::json!(["people.20.affiliation"]));
    assert_eq!(one["people"][20]["affiliation"], "Legal Projects Associate of");
    let all: Vec<Value> = serde_json::from_str(&stdout(&["--edition", "2019", "list", "--format", "json"])).unwrap();
    let training = all.iter().find(|s| s["id"] == "2019-training-asian-officials").unwrap();
    assert_eq!(training["title"], TRAINING);
    assert_eq!(training["cut_off"], serde_json::json!(["title"]));
    for s in &all {
        assert!(s["cut_off"].is_array() && s["sources"].is_array() && s.get("time_conflict").is_some(), "{s}");
    }
}

#[test]
fn list_marks_cut_off_titles_and_says_what_the_mark_means() {
    let text = stdout(&["--edition", "2019", "list", "--day", "undated"]);
    let row = |id: &str| text.lines().find(|l| l.ends_with(id)).unwrap().to_owned();
    assert!(row("2019-training-asian-officials").contains(" […]"), "{text}");
    assert!(row("2019-hr-policy-session").contains(" […]"), "{text}");
    assert!(!row("2019-elderly").contains('['), "{text}");
    assert!(text.ends_with("\n[…] title cut off in the stored copy\n"), "{text}");
    let archive = stdout(&["--edition", "all", "list", "--search", "global youth session"]);
    assert!(archive.contains("S3: Global Youth Session on the Right to H […]"), "{archive}");
    let whole = stdout(&["--edition", "2019", "list", "--day", "1"]);
    assert!(!whole.contains("[…]"), "no legend without a cut-off title:\n{whole}");
}

/// The app at 80x24 on edition `year` after `actions`.
fn app(year: i32, actions: &[Action]) -> Buffer {
    let data = Data::new(load::bundled(year).unwrap().programme, Keymap::load(None).0);
    let clock = Clock::Fixed(parse_instant("2019-10-01T10:00:00+09:00").unwrap());
    let mut state = State::new(&data, ZoneChoice::Forum, clock, (80, 24));
    for action in actions {
        whrcf::tui::update::update(&mut state, &data, *action);
    }
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| whrcf::tui::view::draw(f, &state, &data)).unwrap();
    terminal.backend().buffer().clone()
}

/// Whether a cell is drawn in the app's dim style (a colour, or the dim modifier without colours).
fn dim(cell: &ratatui::buffer::Cell) -> bool {
    let dim = whrcf::tui::theme::Theme::from_env().dim();
    dim.fg.is_none_or(|c| cell.fg == c) && cell.modifier.contains(dim.add_modifier)
}

/// Row `y` of the screen as text.
fn row(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect()
}

/// Where `needle` starts on the screen (column in characters, row).
fn find(buffer: &Buffer, needle: &str) -> (u16, u16) {
    let y = (0..buffer.area.height).find(|&y| row(buffer, y).contains(needle)).expect(needle);
    let line = row(buffer, y);
    (u16::try_from(line[..line.find(needle).unwrap()].chars().count()).unwrap(), y)
}

#[test]
fn the_app_marks_a_cut_off_title_with_a_dim_mark_in_the_row_and_the_details() {
    let search: Vec<Action> =
        std::iter::once(Action::StartSearch).chain("asian government".chars().map(Action::Input)).collect();
    let list = app(2019, &search);
    let (x, y) = find(&list, "Global Human Rights Training");
    let line = row(&list, y);
    assert!(line.contains(" […]"), "{line}");
    let mark = find(&list, "[…]");
    assert_eq!(mark.1, y);
    assert!(dim(&list[mark]) && !dim(&list[(x, y)]), "the mark is dim, the title is not");
    let detail = app(2019, &[search, vec![Action::Open]].concat());
    let (x, y) = find(&detail, TRAINING);
    assert!(row(&detail, y).contains(&format!("{TRAINING} […]")));
    assert!(!row(&detail, y).contains("fficials"));
    let after = u16::try_from(TRAINING.chars().count()).unwrap() + 1;
    assert!(dim(&detail[(x + after, y)]) && !dim(&detail[(x, y)]), "the mark is dim, the title is not");
    find(&detail, "[…] cut off in the stored copy");
}

#[test]
fn the_app_marks_a_cut_off_organizer_where_it_stands() {
    let open: Vec<Action> = std::iter::once(Action::StartSearch)
        .chain("ombudsman workshop".chars().map(Action::Input))
        .chain([Action::Open])
        .collect();
    let detail = app(2021, &open);
    let (_, y) = find(&detail, "Organizers");
    let organizers = [row(&detail, y), row(&detail, y + 1)].concat();
    assert!(organizers.contains("Gwangju International Cen […]"), "{organizers}");
}
