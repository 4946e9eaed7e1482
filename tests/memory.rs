//! Memory: the heap a parsed `Report` holds stays within twice the input size, and parsing
//! does not allocate per character. Counted with a global allocator in this test binary;
//! the tests take a lock so that only one measures at a time.

// A counting allocator needs `unsafe` (the library itself is `#![forbid(unsafe_code)]`).
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);
static CALLS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::SeqCst);
        CALLS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Ordering::SeqCst);
        CALLS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn measure(text: &str) -> (isize, usize) {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // warm the compiled patterns so their one-time cost is not counted
    let _ = xunshi::Report::parse(text);
    let before = LIVE.load(Ordering::SeqCst);
    let calls = CALLS.load(Ordering::SeqCst);
    let report = xunshi::Report::parse(text).unwrap();
    let held = LIVE.load(Ordering::SeqCst) - before;
    let n = CALLS.load(Ordering::SeqCst) - calls;
    drop(report);
    (held, n)
}

/// `factor`: 2 for a full-size report; short fixtures carry a fixed overhead (findings,
/// contact, signature) that weighs more against a small input.
fn check(name: &str, text: &str, factor: isize) {
    let (held, calls) = measure(text);
    let chars = text.chars().count();
    println!(
        "{name}: {} bytes of input, report holds {held} bytes ({:.2}×), {calls} allocations for {chars} chars",
        text.len(),
        held as f64 / text.len() as f64
    );
    assert!(
        held <= factor * text.len() as isize,
        "{name}: the report holds {held} bytes for {} bytes of input (limit {factor}×)",
        text.len()
    );
    assert!(
        calls < chars / 2,
        "{name}: {calls} allocations for {chars} characters"
    );
}

#[test]
fn sample_report_holds_at_most_three_times_its_input() {
    check("sample", include_str!("../examples/data/sample.txt"), 3);
}

#[test]
fn fixtures_hold_at_most_four_times_their_input() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            check(
                &p.display().to_string(),
                &std::fs::read_to_string(&p).unwrap(),
                4,
            );
            n += 1;
        }
    }
    assert!(n >= 30);
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn corpus_report_holds_at_most_twice_its_input() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/lucheng-2025.txt"
    );
    check("lucheng-2025", &std::fs::read_to_string(path).unwrap(), 2);
}
