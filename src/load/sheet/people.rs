//! The people and organizers of a spreadsheet cell: `좌장: 홍길동 / 발표: 김철수 (광주대), 이영희`,
//! `Chair: Jane Doe; Speakers: A, B`, `주최: 광주광역시, 주관: 사무국`. A role before a colon may start
//! any item (after `,` `;` `/` or a new line) and applies to it and to the unlabelled names after it
//! in the same cell; known roles are given the words the rest of the programme uses
//! (moderator, speaker, discussant), others are kept as written.

use crate::model::Person;

/// Where one group of names ends (a new role may start after it).
const GROUPS: [char; 5] = ['\n', ';', '/', '|', '；'];
/// Where one name ends.
const NAMES: [char; 4] = [',', '，', '、', '·'];

/// The role a published role word stands for, when it is one of the common ones.
fn role_word(written: &str) -> Option<&'static str> {
    let folded: String = written.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    Some(match folded.as_str() {
        "좌장" | "사회" | "사회자" | "진행" | "chair" | "chairs" | "chairperson" | "moderator" | "moderators" => {
            "moderator"
        }
        "발표" | "발표자" | "연사" | "speaker" | "speakers" | "presenter" | "presenters" => "speaker",
        "토론" | "토론자" | "패널" | "discussant" | "discussants" | "panelist" | "panelists" | "panel" => {
            "discussant"
        }
        "기조연설" | "기조발제" | "keynote" | "keynotespeaker" => "keynote speaker",
        _ => return None,
    })
}

/// A role written before a colon (`좌장:`), and what follows it.
fn split_role(group: &str) -> (Option<&str>, &str) {
    match group.split_once([':', '：']) {
        Some((role, rest))
            if !role.trim().is_empty() && role.chars().count() <= 20 && !role.contains(char::is_numeric) =>
        {
            (Some(role.trim()), rest)
        }
        _ => (None, group),
    }
}

/// The people a cell names; `default_role` for names before any role is written.
pub fn people(cell: &str, default_role: &str) -> Vec<Person> {
    let mut out = Vec::new();
    let mut role = default_role.to_owned();
    for item in cell.split(GROUPS).flat_map(|group| group.split(NAMES)) {
        let (written_role, name) = split_role(item);
        if let Some(r) = written_role {
            role = role_word(r).map_or_else(|| r.to_owned(), str::to_owned);
        }
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        let (name, affiliation) = match name.split_once(['(', '（']) {
            Some((n, rest)) if !n.trim().is_empty() => {
                let a = rest.trim_end().trim_end_matches([')', '）']).trim();
                (n.trim(), Some(a.to_owned()).filter(|a| !a.is_empty()))
            }
            _ => (name, None),
        };
        out.push(Person { name: name.to_owned(), role: Some(role.clone()), affiliation, country: None, topic: None });
    }
    out
}

/// The organizers a cell names, without the `주최:`/`Host:` they may be written after.
pub fn organizers(cell: &str) -> Vec<String> {
    cell.split(GROUPS)
        .flat_map(|g| g.split([',', '，', '、']))
        .map(|part| split_role(part).1.trim())
        .filter(|o| !o.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(people: &[Person]) -> Vec<String> {
        people
            .iter()
            .map(|p| {
                format!(
                    "{} [{}]{}",
                    p.name,
                    p.role.as_deref().unwrap_or("-"),
                    p.affiliation.as_deref().map(|a| format!(" ({a})")).unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn roles_apply_to_the_names_after_them() {
        let got = people("좌장: 홍길동 / 발표: 김철수 (광주대), 이영희\n토론: 박민수", "speaker");
        assert_eq!(
            shown(&got),
            ["홍길동 [moderator]", "김철수 [speaker] (광주대)", "이영희 [speaker]", "박민수 [discussant]"]
        );
        let got = people("Chair: Jane Doe; Speakers: Ana Lima, Tom Ek", "speaker");
        assert_eq!(shown(&got), ["Jane Doe [moderator]", "Ana Lima [speaker]", "Tom Ek [speaker]"]);
        assert_eq!(shown(&people("Rapporteur: Kim", "speaker")), ["Kim [Rapporteur]"], "an unknown role is kept");
    }

    #[test]
    fn a_role_may_start_any_item_and_carries_to_unlabelled_names() {
        assert_eq!(shown(&people("발표: 나, 패널: 다", "speaker")), ["나 [speaker]", "다 [discussant]"]);
        assert_eq!(
            shown(&people("좌장: 가 / 발표: 나 (광주대), 다 / 토론: 라; 마", "speaker")),
            ["가 [moderator]", "나 [speaker] (광주대)", "다 [speaker]", "라 [discussant]", "마 [discussant]"]
        );
        assert_eq!(
            shown(&people("연사: Jane Doe (UN), 패널: 김철수", "moderator")),
            ["Jane Doe [speaker] (UN)", "김철수 [discussant]"]
        );
    }

    #[test]
    fn organizers_without_their_labels() {
        assert_eq!(
            organizers("주최: 광주광역시 / 주관: 세계인권도시포럼 사무국"),
            ["광주광역시", "세계인권도시포럼 사무국"]
        );
        assert_eq!(organizers("UCLG, Gwangju"), ["UCLG", "Gwangju"]);
    }
}
