//! The clash checks over a whole programme: rooms and organizers on one thread, people on another.

use rustc_hash::FxHashMap as HashMap;

use super::group::words_key;
use super::{Checks, Clash, Detail, Groups, Kind, Span, at, group_by, loose_char, pairs, place_key, spans_of};
use crate::model::Programme;

fn people_of<'a>(
    p: &'a Programme,
    spans: &'a [Option<Span>],
) -> impl Iterator<Item = (&'a str, Span, Option<&'a str>)> {
    spans.iter().flatten().flat_map(move |span| {
        p.sessions[span.session].people.iter().map(move |x| (x.name.as_str(), *span, x.role.as_deref()))
    })
}

fn clash(p: &Programme, kind: Kind, resource: String, a: &Span, b: &Span, detail: Detail) -> Clash {
    Clash {
        kind,
        resource,
        sessions: vec![a.session, b.session],
        start: at(p, a.start.max(b.start)),
        end: at(p, a.end.min(b.end)),
        detail,
    }
}

/// Every clash of `p` the checks ask for, in order of start, then end, then kind.
pub fn find(p: &Programme, checks: &Checks) -> Vec<Clash> {
    let spans = spans_of(p);
    let spans = &spans;
    let (mut out, people_found) = std::thread::scope(|scope| {
        let people_found =
            (checks.people || checks.buffer.is_some()).then(|| scope.spawn(move || people(p, spans, checks)));
        (rooms_and_organizers(p, spans, checks), people_found.map(|h| h.join().unwrap_or_default()))
    });
    out.extend(people_found.into_iter().flatten());
    if checks.dates {
        dates_and_lengths(p, &mut out);
    }
    out.sort_by(|a, b| (a.start, a.end, a.kind, &a.sessions).cmp(&(b.start, b.end, b.kind, &b.sessions)));
    out
}

fn rooms_and_organizers(p: &Programme, spans: &[Option<Span>], checks: &Checks) -> Vec<Clash> {
    let mut out = Vec::new();
    if checks.rooms {
        let items = spans.iter().flatten().filter_map(|s| p.sessions[s.session].place().map(|r| (r, *s, None)));
        for (room, members) in group_by(items, spans.len(), place_key).iter() {
            pairs(members, |a, b| {
                out.push(clash(p, Kind::Room, room.to_owned(), &a.span, &b.span, Detail::SameRoom));
            });
        }
    }
    if checks.organizers {
        let items = spans
            .iter()
            .flatten()
            .flat_map(|s| p.sessions[s.session].organizers.iter().map(move |o| (o.as_str(), *s, None)));
        let expected = p.sessions.iter().map(|s| s.organizers.len()).sum();
        for (org, members) in group_by(items, expected, place_key).iter() {
            pairs(members, |a, b| {
                out.push(clash(p, Kind::Organizer, org.to_owned(), &a.span, &b.span, Detail::SameOrganizer));
            });
        }
    }
    out
}

fn people(p: &Programme, spans: &[Option<Span>], checks: &Checks) -> Vec<Clash> {
    let mut out = Vec::new();
    let expected = p.sessions.iter().map(|s| s.people.len()).sum();
    let groups = group_by(people_of(p, spans), expected, |n| words_key(n, Some));
    if checks.people {
        for (name, members) in groups.iter() {
            pairs(members, |a, b| {
                let roles = [a.tag.map(str::to_owned), b.tag.map(str::to_owned)];
                out.push(clash(p, Kind::Person, name.to_owned(), &a.span, &b.span, Detail::SamePerson { roles }));
            });
        }
        possibly_same(p, &groups, &mut out);
    }
    if let Some(buffer) = checks.buffer {
        buffers(p, &groups, buffer, &mut out);
    }
    out
}

/// Names whose strict keys differ but whose loose keys (accents, hyphens, punctuation) agree.
fn possibly_same(p: &Programme, groups: &Groups<'_>, out: &mut Vec<Clash>) {
    let mut loose: HashMap<u64, Vec<u32>> = HashMap::default();
    for (g, (label, &strict)) in groups.labels.iter().zip(&groups.keys).enumerate() {
        // Plain ASCII without the punctuation `loose_char` drops: the loose key is the strict one.
        let plain = label.bytes().all(|b| b.is_ascii() && !matches!(b, b'-' | b'.' | b'\'' | b','));
        let key = if plain { strict } else { words_key(label, loose_char) };
        loose.entry(key).or_default().push(u32::try_from(g).unwrap_or(u32::MAX));
    }
    for ids in loose.into_values().filter(|ids| ids.len() > 1) {
        let mut members: Vec<_> = groups.members.iter().filter(|m| ids.contains(&m.group)).copied().collect();
        members.sort_unstable_by_key(|m| (m.span.start, m.span.end, m.span.session));
        pairs(&members, |a, b| {
            if a.group != b.group {
                let (na, nb) = (groups.labels[a.group as usize], groups.labels[b.group as usize]);
                let detail = Detail::MaybeSamePerson { names: [na.to_owned(), nb.to_owned()] };
                out.push(clash(p, Kind::PossiblePerson, format!("{na} / {nb}"), &a.span, &b.span, detail));
            }
        });
    }
}

fn buffers(p: &Programme, groups: &Groups<'_>, buffer: chrono::Duration, out: &mut Vec<Clash>) {
    for (name, members) in groups.iter() {
        for pair in members.windows(2) {
            let (a, b) = (pair[0].span, pair[1].span);
            let gap = b.start - a.end;
            let (ra, rb) = (p.sessions[a.session].place(), p.sessions[b.session].place());
            if let (Some(ra), Some(rb)) = (ra, rb)
                && gap >= 0
                && gap < buffer.num_seconds()
                && ra != rb
                && a.session != b.session
            {
                let detail = Detail::NoTimeToChange { minutes: gap / 60 };
                out.push(Clash {
                    kind: Kind::Buffer,
                    resource: name.to_owned(),
                    sessions: vec![a.session, b.session],
                    start: at(p, a.end),
                    end: at(p, b.start),
                    detail,
                });
            }
        }
    }
}

fn dates_and_lengths(p: &Programme, out: &mut Vec<Clash>) {
    let tz = p.timezone;
    for (i, s) in p.sessions.iter().enumerate() {
        let start = s.start_at(tz);
        let end = s.end_at(tz);
        let mut push = |kind, detail: Detail| {
            out.push(Clash { kind, resource: s.title.clone(), sessions: vec![i], start, end, detail });
        };
        if let Some(date) = s.date.filter(|_| p.day_of(s).is_some_and(|d| d < p.first_day || d > p.last_day)) {
            push(Kind::Dates, Detail::OutsideDays { date });
        }
        match (start, end) {
            (Some(a), Some(b)) if b <= a => {
                push(Kind::Length, Detail::EndsBeforeStart { start: a.time(), end: b.time() })
            }
            (Some(_), None) => push(Kind::Length, Detail::NoEnd),
            _ => {}
        }
    }
}
