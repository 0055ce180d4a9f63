//! The known name nearest to a mistyped one, for the "did you mean" of a message about a
//! settings or key bindings file (`travel_buffer_minute`, `[brwose]`, `agneda`).

/// The name of `known` closest to `typed` when it is close enough to be the one meant: a
/// letter or two off, or the same but for case.
pub fn nearest<'k>(typed: &str, known: impl IntoIterator<Item = &'k str>) -> Option<&'k str> {
    let typed_lower = typed.to_lowercase();
    let allowed = (typed.chars().count() / 3).clamp(1, 3);
    known
        .into_iter()
        .map(|name| (strsim::damerau_levenshtein(&typed_lower, &name.to_lowercase()), name))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn a_near_name_is_found_and_a_far_one_is_not() {
        let modes = ["browse", "detail", "agenda"];
        assert_eq!(nearest("brwose", modes), Some("browse"));
        assert_eq!(nearest("Agenda", modes), Some("agenda"));
        assert_eq!(nearest("travel_buffer_minute", ["travel_buffer_minutes"]), Some("travel_buffer_minutes"));
        assert_eq!(nearest("calendar", modes), None);
    }
}
