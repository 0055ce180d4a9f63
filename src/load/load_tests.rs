//! Tests of the one door to a programme: what is no programme in any format, and what a TOML
//! file (by its first line or its name) is read as.

use super::*;

#[test]
fn prose_is_no_programme_in_any_format_but_broken_toml_stays_a_toml_error() {
    let markdown = "# DemoCon 2026\n\nThe schedule will be published soon.\n\n- Day 1: talks\n";
    let err = from_bytes(markdown.as_bytes(), "notes.md", Options::default()).unwrap_err();
    assert!(matches!(err, LoadError::NoFormat { .. }), "{err:?}");
    assert!(err.to_string().starts_with("notes.md: not a programme in any format whrcf reads: expected"), "{err}");
    for toml in ["id = \"x\"\ntitle = [\n", "# c\n[[sessions]]\nid = \n", "\"quoted key\" = 1\n[x"] {
        let err = from_bytes(toml.as_bytes(), "p.toml", Options::default()).unwrap_err();
        assert!(matches!(err, LoadError::Invalid { .. }), "{toml:?}: {err:?}");
    }
}

#[test]
fn a_toml_table_header_or_a_toml_name_is_read_as_toml_not_as_a_json_array() {
    // Begun by a table header, under any name: TOML (its error is TOML's, not "a JSON array").
    for toml in ["[[sessions]]\nid = \n", "[programme]\ntitle = \n", "[ \"quoted\" . key ]\nx = \n"] {
        let err = from_bytes(toml.as_bytes(), "bad3.txt", Options::default()).unwrap_err();
        assert!(matches!(err, LoadError::Invalid { .. }), "{toml:?}: {err:?}");
    }
    // Named `.toml`: TOML even when its first line is no table header.
    let err = from_bytes(b"[1, 2]\n", "bad.toml", Options::default()).unwrap_err();
    assert!(matches!(err, LoadError::Invalid { .. }), "{err:?}");
    // A JSON array under another name is still said to be one.
    let err = from_bytes(b"[{\"id\": 1}]\n", "bad.json", Options::default()).unwrap_err();
    assert!(matches!(err, LoadError::NotSchedule(ref m) if m.contains("JSON, but an array")), "{err:?}");
}
