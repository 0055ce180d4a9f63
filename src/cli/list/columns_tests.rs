//! The columns of `list --columns`: names parsed, and widths given way in order.

use super::*;

#[test]
fn a_mistyped_column_is_named_with_the_one_meant_and_all_there_are() {
    assert_eq!(parse("Room"), Ok(Column::Room));
    let said = parse("tilte").unwrap_err();
    assert!(said.contains("`tilte`") && said.contains("did you mean `title`?"), "{said}");
    assert!(said.contains("day, time, title, kind, format, room, themes, organizers, people, id"), "{said}");
    assert!(!parse("colour").unwrap_err().contains("did you mean"));
}

#[test]
fn the_title_gives_way_first_then_the_widest_other_column() {
    let columns = [Column::Time, Column::Title, Column::People, Column::Id];
    let mut widths = [15, 60, 30, 20];
    assert!(narrow(&columns, &mut widths, 100));
    assert_eq!(widths, [15, 27, 30, 20]);
    assert!(narrow(&columns, &mut widths, 80));
    assert_eq!(widths, [15, TITLE_MIN, 25, 20]);
    let mut widths = [15, 60, 30, 20];
    assert!(!narrow(&columns, &mut widths, 20), "does not fit");
    assert_eq!(widths, [15, TITLE_MIN, COLUMN_MIN, 20], "the time and the id stay whole");
}

#[test]
fn the_day_is_never_cut_the_title_and_then_the_others_give_way() {
    // 80 columns: a date, a time, a long title, a room not published (`-`), the id.
    let columns = [Column::Day, Column::Time, Column::Title, Column::Room, Column::Organizers, Column::Id];
    let mut widths = [10, 11, 50, 1, 30, 20];
    assert!(narrow(&columns, &mut widths, 80));
    assert_eq!(widths, [10, 11, TITLE_MIN, 1, 14, 20], "the date whole, the organizers narrowed");
    let mut widths = [10, 11, 50, 1, 30, 20];
    assert!(!narrow(&columns, &mut widths, 40));
    assert_eq!(widths[0], 10, "the date whole even when nothing fits");
}
