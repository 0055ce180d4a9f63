//! Keymap tests: key parsing, user patches, the generated help and README table.

use super::*;
use crossterm::event::{KeyEvent, KeyEventKind, KeyEventState};

fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent { code, modifiers: mods, kind: KeyEventKind::Press, state: KeyEventState::NONE }
}

#[test]
fn defaults_map_the_documented_keys() {
    let (map, problems) = Keymap::load(None);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(map.action(Mode::Browse, key(KeyCode::Char('j'), KeyModifiers::NONE)), Some(Action::Down));
    assert_eq!(map.action(Mode::Browse, key(KeyCode::Char('G'), KeyModifiers::SHIFT)), Some(Action::Last));
    assert_eq!(map.action(Mode::Browse, key(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Action::Quit));
    assert_eq!(map.action(Mode::Browse, key(KeyCode::Char('3'), KeyModifiers::NONE)), Some(Action::GoDay(3)));
    assert_eq!(map.action(Mode::Filters, key(KeyCode::BackTab, KeyModifiers::SHIFT)), Some(Action::PrevFacet));
    // In search mode letters type, even those bound elsewhere.
    assert_eq!(map.action(Mode::Search, key(KeyCode::Char('q'), KeyModifiers::NONE)), Some(Action::Input('q')));
    assert_eq!(map.action(Mode::Search, key(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Action::Quit));
    assert_eq!(map.action(Mode::Browse, key(KeyCode::F(5), KeyModifiers::NONE)), None);
}

#[test]
fn a_user_file_rebinds_unbinds_and_reports_mistakes() {
    let user =
        "[browse]\n\"ctrl-n\" = \"down\"\n\"j\" = \"none\"\n\"Q\" = \"launch\"\n\"hyper-x\" = \"quit\"\n[nowhere]\n";
    let (map, problems) = Keymap::load(Some((user, "keys.toml")));
    assert_eq!(map.action(Mode::Browse, key(KeyCode::Char('n'), KeyModifiers::CONTROL)), Some(Action::Down));
    assert_eq!(map.action(Mode::Browse, key(KeyCode::Char('j'), KeyModifiers::NONE)), None);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("unknown action `launch`")));
    assert!(problems.iter().any(|p| p.contains("unknown key `hyper-x`")));
    assert!(problems.iter().any(|p| p.contains("unknown mode [nowhere]")));
    let (_, broken) = Keymap::load(Some(("[browse", "keys.toml")));
    assert!(broken[0].starts_with("keys.toml:"));
}

#[test]
fn help_lists_every_bound_action_once_per_mode() {
    let (map, _) = Keymap::load(None);
    let table = map.table();
    let browse = &table[0].2;
    assert!(browse.iter().any(|(a, keys)| *a == Action::NextDay && keys == &["→", "l", "]"]));
    assert!(browse.iter().any(|(a, keys)| *a == Action::GoDay(1) && keys.len() == 9));
    assert_eq!(map.keys_for(Mode::Browse, Action::Quit), vec!["q", "Ctrl-c"]);
}

#[test]
fn readme_key_table_matches_the_keymap() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let (open, close) = ("<!-- keys:start -->", "<!-- keys:end -->");
    let start = readme.find(open).expect("README has a keys:start marker") + open.len();
    let end = readme.find(close).expect("README has a keys:end marker");
    let expected = Keymap::load(None).0.markdown();
    if std::env::var_os("WHRCF_BLESS_README").is_some() {
        let updated = format!("{}\n{}{}", &readme[..start], expected, &readme[end..]);
        std::fs::write(path, updated).unwrap();
        return;
    }
    let table = readme[start..end].trim();
    assert_eq!(
        table,
        expected.trim(),
        "README key table drifted from the keymap: run WHRCF_BLESS_README=1 cargo test readme_key"
    );
}

#[test]
fn typed_text_goes_to_the_modes_that_take_it_and_old_backspace_names_still_bind() {
    let user = "[search]\n\"ctrl-h\" = \"search-backspace\"\n[note]\n\"ctrl-h\" = \"note-backspace\"\n";
    let (map, problems) = Keymap::load(Some((user, "keys.toml")));
    assert!(problems.is_empty(), "{problems:?}");
    for mode in [Mode::Search, Mode::Note] {
        assert_eq!(map.action(mode, key(KeyCode::Char('h'), KeyModifiers::CONTROL)), Some(Action::DeleteChar));
    }
    for (mode, _) in Mode::ALL {
        let typed = map.action(mode, key(KeyCode::Char('é'), KeyModifiers::NONE));
        assert_eq!(typed == Some(Action::Input('é')), mode.takes_text(), "{mode:?}");
        assert_eq!(map.action(mode, key(KeyCode::Backspace, KeyModifiers::NONE)).is_some(), mode.takes_text());
    }
}

#[test]
fn keys_are_read_as_the_help_writes_them_and_mistakes_name_what_is_expected() {
    let user = "[agenda]\n\"Space\" = \"cycle-status\"\n\"Ctrl-e\" = \"edit-note\"\n\"→\" = \"last\"\n\"S\" = \"status\"\n\"hyper-x\" = \"quit\"\n";
    let (map, problems) = Keymap::load(Some((user, "keys.toml")));
    assert_eq!(map.action(Mode::Agenda, key(KeyCode::Char(' '), KeyModifiers::NONE)), Some(Action::CycleStatus));
    assert_eq!(map.action(Mode::Agenda, key(KeyCode::Char('e'), KeyModifiers::CONTROL)), Some(Action::EditNote));
    assert_eq!(map.action(Mode::Agenda, key(KeyCode::Right, KeyModifiers::NONE)), Some(Action::Last));
    assert_eq!(problems.len(), 2, "{problems:?}");
    let unknown_action = problems.iter().find(|p| p.contains("unknown action `status`")).expect("reported");
    assert!(unknown_action.contains("cycle-status") && unknown_action.contains("toggle-mark"), "{unknown_action}");
    let unknown_key = problems.iter().find(|p| p.contains("unknown key `hyper-x`")).expect("reported");
    assert!(unknown_key.contains("space, backspace, f1 to f12, with ctrl-"), "{unknown_key}");
}

#[test]
fn a_rebound_action_keeps_its_place_in_the_help() {
    let user = "[agenda]\n\"s\" = \"none\"\n\"S\" = \"cycle-status\"\n";
    let actions = |map: &Keymap| -> Vec<Action> {
        map.table().into_iter().find(|(m, _, _)| *m == Mode::Agenda).unwrap().2.into_iter().map(|(a, _)| a).collect()
    };
    let (defaults, _) = Keymap::load(None);
    let (rebound, problems) = Keymap::load(Some((user, "keys.toml")));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(actions(&rebound), actions(&defaults));
    let agenda = rebound.table().into_iter().find(|(m, _, _)| *m == Mode::Agenda).unwrap().2;
    assert!(agenda.iter().any(|(a, keys)| *a == Action::CycleStatus && keys == &["S"]), "{agenda:?}");
}

#[test]
fn every_mistake_in_keys_toml_is_reported_with_the_name_meant() {
    let user = "[brwose]\n\"j\" = \"down\"\n[browse]\n\"j\" = \"dwon\"\n\"pgdwn\" = \"down\"\n\"ctrl-hom\" = \"first\"\n\
                \"k\" = 5\n[agenda]\n\"s\" = \"cycle-statsu\"\n[grid]\nbroken = 1\n";
    let (_, problems) = Keymap::load(Some((user, "keys.toml")));
    let said = |text: &str| problems.iter().any(|p| p.contains(text));
    assert!(said("unknown mode [brwose] (did you mean [browse]?)"), "{problems:?}");
    assert!(said("unknown action `dwon` (did you mean `down`?)"), "{problems:?}");
    assert!(said("unknown action `cycle-statsu` (did you mean `cycle-status`?)"), "{problems:?}");
    assert!(said("unknown key `pgdwn` (did you mean `pgdn`?)"), "{problems:?}");
    assert!(said("unknown key `ctrl-hom` (did you mean `ctrl-home`?)"), "{problems:?}");
    assert!(said("[browse] `k`: the action must be a name in quotes"), "{problems:?}");
    assert!(said("[grid] `broken`: the action must be a name in quotes"), "{problems:?}");
    assert_eq!(problems.len(), 7, "{problems:?}");
}

#[test]
fn mistakes_in_keys_toml_are_explained_in_korean() {
    use crate::wording::language::{Clock, Language, speaking};
    let user = "[brwose]\n\"j\" = \"down\"\n[browse]\n\"j\" = \"dwon\"\n\"pgdwn\" = \"down\"\n\"k\" = 5\n";
    let (_, problems) = speaking(Language::Korean, Clock::TwentyFourHour, || Keymap::load(Some((user, "keys.toml"))));
    let said = |text: &str| problems.iter().any(|p| p.contains(text));
    assert!(said("모르는 모드 [brwose] ([browse]을(를) 뜻했나요?)"), "{problems:?}");
    assert!(said("모르는 동작 `dwon` (`down`을(를) 뜻했나요?)"), "{problems:?}");
    assert!(said("모르는 키 `pgdwn` (`pgdn`을(를) 뜻했나요?) (키: 글자 하나,"), "{problems:?}");
    assert!(said("[browse] `k`: 동작은 따옴표 안의 이름이어야 함"), "{problems:?}");
    let english = ["unknown", "did you mean", "expected", "must be"];
    assert!(!problems.iter().any(|p| english.iter().any(|e| p.contains(e))), "{problems:?}");
}

#[test]
fn an_unknown_action_lists_only_the_actions_of_its_mode() {
    let (_, problems) = Keymap::load(Some(("[browse]\n\"J\" = \"dwon\"\n", "keys.toml")));
    let said = &problems[0];
    assert!(said.contains("unknown action `dwon` (did you mean `down`?)"), "{said}");
    assert!(said.contains("toggle-mark") && said.contains("day-9"), "browse's own actions: {said}");
    for elsewhere in ["cycle-status", "note-accept", "search-accept", "people-scope"] {
        assert!(!said.contains(elsewhere), "`{elsewhere}` does nothing in browse: {said}");
    }
}

#[test]
fn a_keys_toml_that_is_no_toml_is_located_and_says_the_defaults_are_used() {
    let (map, problems) = Keymap::load(Some(("[browse]\n\"j\" = \"down\"\n\"k\" \"up\"\n", "keys.toml")));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("keys.toml:3:5: "), "{problems:?}");
    assert!(problems[0].ends_with("the default keys are used"), "{problems:?}");
    assert_eq!(map.action(Mode::Browse, key(KeyCode::Char('k'), KeyModifiers::NONE)), Some(Action::Up));
}
