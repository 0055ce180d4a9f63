//! The events a schedule reader found, on their way to becoming sessions. Kept in chunks, so
//! building the programme frees each chunk as it goes (the events and the sessions made from them
//! are never all held at once), and an event with neither a title nor a time is skipped as it
//! arrives: a file of empty events (`{}` after `{}`) costs a count, not an event each.

use super::event::RawEvent;
use crate::diagnostic::{Location, Problem};

/// Events per chunk: small enough that a chunk is little memory, large enough to be few.
const CHUNK: usize = 1024;

/// How many skipped empty events are listed one by one; the rest are counted in one problem.
const LISTED_EMPTY: usize = 20;

/// The events read so far, in file order.
#[derive(Debug, Default)]
pub struct EventList {
    chunks: Vec<Vec<RawEvent>>,
    len: usize,
    /// Empty events skipped, and where the first one not listed was.
    empty: usize,
    first_unlisted: Option<Location>,
}

impl EventList {
    /// Keep `event`, or skip it (with a located error while few were) when it has neither a title
    /// nor a time: it says nothing to anyone.
    pub fn push(&mut self, event: RawEvent, warnings: &mut Vec<Problem>) {
        if event.title.trim().is_empty() && event.start.is_none() {
            if self.empty < LISTED_EMPTY {
                warnings.push(Problem::error(event.at, None, crate::wording::LOAD_EVENT_SKIPPED_EMPTY.text()));
            } else if self.first_unlisted.is_none() {
                self.first_unlisted = Some(event.at);
            }
            self.empty += 1;
            return;
        }
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < CHUNK => chunk.push(event),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(event);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }

    /// How many events are kept.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no event is kept.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The kept events, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &RawEvent> {
        self.chunks.iter().flatten()
    }

    /// The one problem that counts the empty events not listed one by one, if there were any.
    pub fn unlisted_empty(&self) -> Option<Problem> {
        let at = self.first_unlisted.clone()?;
        let more = self.empty - LISTED_EMPTY;
        let message = crate::wording::MORE_EMPTY_EVENTS.of(more);
        Some(Problem::error(at, None, message))
    }

    /// The kept events chunk by chunk, each chunk freed once it has been consumed.
    pub fn into_chunks(self) -> impl Iterator<Item = Vec<RawEvent>> {
        self.chunks.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(title: &str) -> RawEvent {
        RawEvent { title: title.into(), ..RawEvent::default() }
    }

    #[test]
    fn keeps_events_in_order_across_chunks() {
        let mut warnings = Vec::new();
        let mut list = EventList::default();
        for n in 0..CHUNK * 2 + 3 {
            list.push(titled(&n.to_string()), &mut warnings);
        }
        assert_eq!(list.len(), CHUNK * 2 + 3);
        let titles: Vec<String> = list.into_chunks().flatten().map(|e| e.title).collect();
        assert_eq!(titles.first().map(String::as_str), Some("0"));
        assert_eq!(titles.last().map(String::as_str), Some((CHUNK * 2 + 2).to_string().as_str()));
        assert!(warnings.is_empty());
    }

    #[test]
    fn empty_events_are_counted_not_kept() {
        let mut warnings = Vec::new();
        let mut list = EventList::default();
        for n in 0..1000 {
            let at = Location { path: "f.json".into(), line: Some(n + 1), column: Some(1) };
            list.push(RawEvent { at, title: " ".into(), ..RawEvent::default() }, &mut warnings);
        }
        list.push(titled("kept"), &mut warnings);
        assert_eq!(list.len(), 1);
        assert_eq!(warnings.len(), LISTED_EMPTY, "the first ones are located one by one");
        let rest = list.unlisted_empty().expect("the rest are counted");
        assert_eq!(rest.location.line, Some(LISTED_EMPTY + 1));
        assert!(rest.is_error() && rest.message.contains("980 more events"), "{rest}");
        use crate::wording::language::{Clock, Language, speaking};
        let korean = speaking(Language::Korean, Clock::TwentyFourHour, || list.unlisted_empty().unwrap().message);
        assert_eq!(korean, "이벤트 건너뜀: 여기부터 제목도 시간도 없는 이벤트 980개 더");
    }
}
