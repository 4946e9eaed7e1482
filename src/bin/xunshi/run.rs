//! Parallel work over files, results in path order.
//!
//! Every thread of a rayon pool takes the next file from a shared counter, so files finish
//! nearly in order; the calling thread writes each result as soon as all earlier ones are
//! written. Output is the same whatever the number of threads, and memory holds only the
//! few results that finished early.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

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
    let n = paths.len();
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::sync_channel::<(usize, T)>(pool.current_num_threads() * 32);
    std::thread::scope(|scope| {
        let (next, stop, work) = (&next, &stop, &work);
        scope.spawn(move || {
            pool.broadcast(|_| {
                let tx = tx.clone();
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    let out = work(&paths[i]);
                    if tx.send((i, out)).is_err() {
                        break;
                    }
                }
            });
            drop(tx);
        });
        let mut pending = BTreeMap::new();
        let mut want = 0;
        let mut result = Ok(());
        'recv: for (i, out) in rx.iter() {
            pb.inc(1);
            pending.insert(i, out);
            while let Some(out) = pending.remove(&want) {
                if let Err(e) = sink(want, out) {
                    result = Err(e);
                    stop.store(true, Ordering::Relaxed);
                    break 'recv;
                }
                want += 1;
            }
        }
        // dropping the receiver unblocks workers waiting to send
        drop(rx);
        result
    })
}
