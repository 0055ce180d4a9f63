//! Tests of the printable programme: its parts, and the escaping of the HTML and Markdown forms.

use super::*;
use crate::model::Person;
use crate::sample;

fn sample_printable() -> Printable {
    printable(&sample::programme(), ZoneChoice::Forum)
}

/// The sample programme with hostile text in every kind of field the page shows.
fn hostile() -> Programme {
    let mut p = sample::programme();
    p.title = "<script>alert('title')</script> & \u{1b}]0;PWNED\u{7}Forum".into();
    p.venue = Some("\"><img src=x onerror=alert(1)>".into());
    let s = &mut p.sessions[0];
    s.title =
        "\"><img src=x onerror=alert(1)><script>alert(2)</script>\u{202e}**bold** [x](javascript:alert(3))".into();
    s.subtitle = Some("line one\nline two\r\u{0}</p><p>".into());
    s.room = Some("<iframe src=javascript:alert(4)>".into());
    s.people.push(Person {
        name: "<b onmouseover=alert(5)>Eve</b>".into(),
        role: Some("<style>*{display:none}</style>".into()),
        affiliation: None,
        country: None,
        topic: None,
    });
    s.organizers = vec!["Ben & Jerry's \"Org\" <org>".into()];
    s.sources = vec!["javascript:alert(6)".into(), "data:text/html,<script>alert(7)</script>".into()];
    p.sessions[1].sources = vec!["https://example.org/a?b=\"><script>alert(8)</script>".into()];
    p
}

#[test]
fn days_in_order_with_their_sessions_in_time_order_and_their_facts() {
    let printed = sample_printable();
    let headings: Vec<&str> = printed.days.iter().map(|d| d.heading.as_str()).collect();
    assert_eq!(headings, ["Monday 06 May 2030", "Tuesday 07 May 2030", "Wednesday 08 May 2030"]);
    let titles: Vec<Vec<&str>> =
        printed.days.iter().map(|d| d.sessions.iter().map(|s| s.title.as_str()).collect()).collect();
    assert_eq!(titles[0], ["Opening Plenary", "Housing as a Human Right", "Climate Justice in Cities"]);
    // The session without a time comes after the day's timed ones, saying so.
    assert_eq!(titles[1], ["Youth Forum: 청년 인권", "Film Screening: Café des droits"]);
    assert_eq!(printed.days[1].sessions[1].time, "time not published");
    assert_eq!(printed.zone, "Times: forum time: KST (Asia/Seoul)");
    assert_eq!(printed.when_and_where(), "06 May – 08 May 2030 · Sample City Hall");
    let climate = &printed.days[0].sessions[2];
    assert_eq!(climate.time, "11:00–12:30 KST");
    assert_eq!(climate.other_titles, ["도시의 기후 정의"]);
    let facts: Vec<(&str, &str)> = climate.facts.iter().map(|(l, v)| (l.as_str(), v.as_str())).collect();
    assert_eq!(
        facts,
        [
            ("Room", "Room 201"),
            ("panelist", "KIM Minji (Seoul Metropolitan Government)"),
            ("speaker", "Ana García (Ayuntamiento de Barcelona)"),
            ("Organizers", "Sample City"),
            ("Themes", "Climate Justice, Human Rights Cities · 인권도시"),
        ]
    );
    assert_eq!(printed.days[0].anchor(), "day-2030-05-06");
}

#[test]
fn times_in_the_zone_asked_for() {
    let printed = printable(&sample::programme(), ZoneChoice::Utc);
    assert_eq!(printed.days[0].sessions[0].time, "00:00–01:00 UTC");
    assert_eq!(printed.zone, "Times: UTC");
}

#[test]
fn sessions_without_a_date_come_last_under_their_own_heading() {
    let mut p = sample::programme();
    p.sessions[5].date = None;
    let printed = printable(&p, ZoneChoice::Forum);
    let last = printed.days.last().unwrap();
    assert_eq!((last.heading.as_str(), last.anchor().as_str()), ("Date not published", "day-undated"));
    assert_eq!(last.sessions[0].title, "Closing Ceremony");
    // Its day is still printed, with no sessions.
    assert!(printed.days[2].sessions.is_empty());
    assert!(html(&printed).contains("<p class=\"empty\">no sessions this day</p>"));
}

#[test]
fn the_page_has_its_language_contents_and_sections() {
    let page = html(&sample_printable());
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("<li><a href=\"#day-2030-05-07\">Tuesday 07 May 2030</a> <span class=\"count\">2 sessions"));
    assert!(page.contains("<section class=\"day\" id=\"day-2030-05-07\" aria-labelledby=\"day-2030-05-07-heading\">"));
    assert!(page.contains("<p class=\"other-title\" lang=\"ko\">개막 총회</p>"));
    assert!(page.contains("<dt>panelist</dt><dd>KIM Minji (Seoul Metropolitan Government)</dd>"));
    assert!(page.contains("@media print"), "a print style");
    // Nothing is loaded from anywhere, and nothing runs.
    for absent in ["<script", "<link", "src=", "url(", "@import"] {
        assert!(!page.contains(absent), "{absent}");
    }
    assert!(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"));
    assert!(page.contains("<p class=\"organizers\">Organizers: Sample City, Gwangju Human Rights Office</p>"));
}

#[test]
fn no_text_from_the_file_becomes_markup() {
    let page = html(&printable(&hostile(), ZoneChoice::Forum));
    for markup in ["<script", "<img", "<iframe", "<b ", "<style>*", "</p><p>", "href=\"javascript", "href=\"data"] {
        assert!(!page.contains(markup), "{markup} in the page");
    }
    assert!(page.contains("<title>&lt;script&gt;alert('title')&lt;/script&gt; &amp; Forum</title>"), "{page}");
    assert!(page.contains("<span class=\"title\">\"&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;"));
    assert!(page.contains("<dd>Ben &amp; Jerry's \"Org\" &lt;org&gt;</dd>"));
    // The address keeps its quote escaped inside the attribute; only http and https are linked.
    assert!(page.contains("<a href=\"https://example.org/a?b=&quot;&gt;&lt;script&gt;alert(8)&lt;/script&gt;\">"));
    assert_eq!(page.matches("<a href=\"http").count(), 1);
    // Controls are gone: no escape, bidi override or NUL, and each field is one line.
    for c in ['\u{1b}', '\u{7}', '\u{202e}', '\u{0}', '\r'] {
        assert!(!page.contains(c), "{c:?}");
    }
    assert!(page.contains("<p class=\"subtitle\">line one line two &lt;/p&gt;&lt;p&gt;</p>"), "{page}");
}

#[test]
fn markdown_shows_the_files_text_as_written() {
    let md = markdown(&printable(&hostile(), ZoneChoice::Forum));
    assert!(md.starts_with("# \\<script\\>alert('title')\\</script\\> \\& Forum\n"), "{md}");
    assert!(md.contains("· \"\\>\\<img src=x onerror=alert(1)\\>\\<script\\>alert(2)\\</script\\>\\*\\*bold\\*\\* \\[x\\](javascript:alert(3))\n"), "{md}");
    assert!(
        md.contains("- \\<style\\>\\*{display:none}\\</style\\>: \\<b onmouseover=alert(5)\\>Eve\\</b\\>\n"),
        "{md}"
    );
    assert!(md.contains("- <https://example.org/a?b=\"%3E%3Cscript%3Ealert(8)%3C/script%3E>\n"), "{md}");
    assert!(!md.contains("<javascript") && !md.contains("<data:"));
    assert!(!md.contains('\u{1b}') && !md.contains('\u{202e}'));
}

#[test]
fn markdown_has_the_contents_days_and_sessions() {
    let md = markdown(&sample_printable());
    assert!(md.contains("## Days\n\n- [Monday 06 May 2030](#monday-06-may-2030) · 3 sessions\n"), "{md}");
    assert!(
        md.contains("\n## Tuesday 07 May 2030\n\n### 14:00–15:30 KST · Youth Forum: 청년 인권\n\n- Room: Online\n"),
        "{md}"
    );
    assert!(md.contains("### 11:00–12:30 KST · Climate Justice in Cities\n\n*도시의 기후 정의*\n\n- Room: Room 201\n"));
    assert!(md.contains("- Themes: Climate Justice, Human Rights Cities · 인권도시\n"));
}

#[test]
fn korean_text_is_told_from_text_with_a_korean_word() {
    assert!(mostly_korean("개막 총회"));
    assert!(mostly_korean("2025 세계인권도시포럼 (WHRCF)"));
    assert!(!mostly_korean("Youth Forum: 청년 인권"));
    assert!(!mostly_korean("Opening"));
    assert!(!mostly_korean("2025"));
}

#[test]
fn korean_names_in_the_header_are_marked_and_an_unpublished_time_is_set_off_from_the_title() {
    let mut p = crate::sample::programme();
    p.venue = Some("김대중컨벤션센터".into());
    p.organizers = vec!["광주광역시".into(), "UCLG".into()];
    let s = &mut p.sessions[0];
    (s.start, s.end) = (None, None);
    let page = html(&printable(&p, ZoneChoice::Forum));
    assert!(page.contains(" · <span lang=\"ko\">김대중컨벤션센터</span></p>"), "{page}");
    assert!(
        page.contains("<p class=\"organizers\">Organizers: <span lang=\"ko\">광주광역시</span>, UCLG</p>"),
        "{page}"
    );
    let untimed = format!("time not published</span> · <span class=\"title\">{}", p.sessions[0].title);
    assert!(page.contains(&untimed), "{page}");
}

#[test]
fn the_12_hour_clock_reaches_the_printed_times_and_not_the_json() {
    use crate::wording::language::{Clock, Language, speaking};
    let p = sample::programme();
    let (printed, json) = speaking(Language::English, Clock::TwelveHour, || {
        (printable(&p, ZoneChoice::Forum), crate::export::session_json(&p, &p.sessions[2], p.timezone))
    });
    assert_eq!(printed.days[0].sessions[2].time, "11:00 AM–12:30 PM KST");
    assert_eq!(json["start"], "2030-05-06T11:00:00+09:00", "machine output stays on the 24-hour clock");
}
