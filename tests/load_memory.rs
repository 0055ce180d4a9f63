//! Heap memory while loading a large schedule: the file's bytes and the sessions made from them
//! are never held at once (docs/SECURITY.md: peak memory within 4x the file + 20 MB). Counted by
//! a global allocator of this test binary alone, so the test is exact and has no thresholds in time.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use whrcf::load::{self, Options};

/// The system allocator, counting the bytes held now and the most held since the last reset.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let held = HELD.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
        PEAK.fetch_max(held, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn a_schedule_file_is_freed_before_its_events_become_sessions() {
    let programme = whrcf::synthetic::programme(20_000, 42);
    let bytes = serde_json::to_vec(&whrcf::synthetic::schedule_json(&programme)).unwrap();
    drop(programme);
    let file = bytes.len();
    let before = HELD.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let loaded = load::from_file_bytes(bytes, "synth.json", Options::default()).unwrap();
    let peak = PEAK.load(Ordering::SeqCst);
    let held_by_programme = HELD.load(Ordering::SeqCst) + file - before;
    assert!(loaded.programme.sessions.len() > 18_000, "the schedule loaded");
    // Holding the file while the last sessions were made would take the file and the programme.
    assert!(
        peak - before < held_by_programme,
        "peak {peak} B while loading: {} B over the {file} B file, the programme holds {held_by_programme} B",
        peak - before
    );
}
