//! Parallel work over files, results in path order.
//!
//! Every thread of a rayon pool takes the next file from a shared counter, so files finish
//! nearly in order; the calling thread writes each result as soon as all earlier ones are
//! written. Output is the same whatever the number of threads. No worker starts a file
//! more than a few files ahead of the one being written, so memory holds at most that
//! many results, however slow one large file is.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar on stderr when stderr is a terminal (and `quiet` is off); hidden
/// otherwise.
pub fn progress(len: usize, quiet: bool) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() || len < 2 {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} files ({per_sec}, {eta} left)",
    ) {
        pb.set_style(style);
    }
    pb
}

/// How many files past the one being written a worker may take: results that finish
/// early wait in memory, so this bounds memory whatever the sizes of the files.
const AHEAD_PER_THREAD: usize = 4;

/// The index of the next result the writer wants, shared with the workers so they do not
/// run more than a window ahead of it.
struct Gate {
    want: Mutex<usize>,
    moved: Condvar,
    stop: AtomicBool,
}

impl Gate {
    /// Waits until index `i` is within `window` of the writer; false when stopping.
    fn admit(&self, i: usize, window: usize) -> bool {
        let mut want = self.want.lock().unwrap_or_else(|e| e.into_inner());
        while i >= *want + window && !self.stop.load(Ordering::Relaxed) {
            want = self.moved.wait(want).unwrap_or_else(|e| e.into_inner());
        }
        !self.stop.load(Ordering::Relaxed)
    }

    fn advance(&self, want: usize) {
        *self.want.lock().unwrap_or_else(|e| e.into_inner()) = want;
        self.moved.notify_all();
    }

    fn halt(&self) {
        self.stop.store(true, Ordering::Relaxed);
        self.moved.notify_all();
    }
}

/// Runs `work` on every path with `threads` threads (0: one per core) and hands the
/// results to `sink` in path order. Stops early when `sink` fails.
pub fn ordered<T, W, S>(
    paths: &[PathBuf],
    threads: usize,
    pb: &ProgressBar,
    work: W,
    mut sink: S,
) -> io::Result<()>
where
    T: Send,
    W: Fn(&Path) -> T + Sync,
    S: FnMut(usize, T) -> io::Result<()>,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("xunshi-{i}"))
        .build()
        .map_err(io::Error::other)?;
    let window = pool.current_num_threads() * AHEAD_PER_THREAD;
    let next = AtomicUsize::new(0);
    let gate = Gate {
        want: Mutex::new(0),
        moved: Condvar::new(),
        stop: AtomicBool::new(false),
    };
    let (tx, rx) = mpsc::sync_channel::<(usize, T)>(window);
    std::thread::scope(|scope| {
        let (next, gate, work) = (&next, &gate, &work);
        scope.spawn(move || {
            pool.broadcast(|_| {
                let tx = tx.clone();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= paths.len() || !gate.admit(i, window) {
                        break;
                    }
                    if tx.send((i, work(&paths[i]))).is_err() {
                        break;
                    }
                }
            });
            drop(tx);
        });
        let result = drain(&rx, pb, gate, &mut sink);
        gate.halt();
        // dropping the receiver unblocks workers waiting to send
        drop(rx);
        result
    })
}

/// Hands results to `sink` in index order as they arrive.
fn drain<T>(
    rx: &mpsc::Receiver<(usize, T)>,
    pb: &ProgressBar,
    gate: &Gate,
    sink: &mut impl FnMut(usize, T) -> io::Result<()>,
) -> io::Result<()> {
    let mut pending = BTreeMap::new();
    let mut want = 0;
    for (i, out) in rx.iter() {
        pb.inc(1);
        pending.insert(i, out);
        while let Some(out) = pending.remove(&want) {
            sink(want, out)?;
            want += 1;
            gate.advance(want);
        }
    }
    Ok(())
}
