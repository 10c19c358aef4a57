//! Work over a delivery's segments spread on the cores: each side of a bytes-mode payment hashes,
//! checks and decrypts a few MiB, which one core does at a few hundred MiB/s.

use std::sync::OnceLock;

/// The cores this process may use, asked once (the question reads the cgroup files).
pub fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// `f` of each item, in order, the items split into one contiguous run per core. On one core,
/// or for fewer than two items, no thread is started.
pub fn map_on_cores<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = if items.len() < 2 { 1 } else { cores() };
    if threads < 2 {
        return items.iter().map(&f).collect();
    }
    let f = &f;
    std::thread::scope(|scope| {
        let parts: Vec<_> = items
            .chunks(items.len().div_ceil(threads))
            .map(|run| scope.spawn(move || run.iter().map(f).collect::<Vec<_>>()))
            .collect();
        parts
            .into_iter()
            // `f` returns its failures; a panic in it is passed on, as it would be unthreaded.
            .flat_map(|p| p.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}
