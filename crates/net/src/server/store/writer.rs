//! The store's writer thread: group commit into the payment log, and the log's entries into
//! redb in large commits, checkpoints beside it ([`super::logs`]).
//!
//! A payment is durable once its batch's log append is synced; redb only has to catch up before
//! the log starts again. Putting every small batch in redb as it came cost the writer about as
//! much CPU as a payment's signature check costs the path (a commit per batch of a few entries,
//! each channel's record rewritten at each of its payments), on the core the other payments are
//! checked on. So the entries wait in memory, the latest per key, and go to redb together: once
//! [`APPLY_EVERY`] keys wait, at a checkpoint, when the store is read, and when it closes.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use redb::{Database, Durability};
use tokio::sync::mpsc;

use super::logs::Logs;
use super::{Entry, Write, apply, record_entry, split_entry, store_err, tx_entry};

/// Most writes committed together.
const MAX_BATCH: usize = 4096;

/// The least time from one log append to the next. On this VM a `fdatasync` costs 100 to 170 µs
/// of CPU however little it holds (the virtio doorbell is a VM exit), and at 3,000 payments a
/// second, one sync per batch of what was waiting made 1,780 syncs a second of 1.7 payments each:
/// 0.21 cores. Waiting out the rest of this interval before a batch bounds the syncs at 1,000 a
/// second, so the batches grow with the load instead of the syncs; a payment waits at most this
/// much more, and a lone viewer's payments, several milliseconds apart, not at all.
pub(super) const APPEND_SPACING: Duration = Duration::from_millis(1);

/// Keys waiting for redb that make the writer put them there: a commit of this many costs about
/// what one of a single record does, and they hold at most a few MiB.
const APPLY_EVERY: usize = 1024;

/// Log entries not in redb yet: the latest entry of each key (a record's channel id, a
/// transaction's key).
#[derive(Default)]
pub(super) struct Unapplied {
    latest: HashMap<Vec<u8>, Vec<u8>>,
}

impl Unapplied {
    fn insert(&mut self, entries: Vec<Vec<u8>>) -> std::result::Result<(), String> {
        for entry in entries {
            let key = match split_entry(&entry)? {
                Entry::Record(id, _) => id.to_vec(),
                Entry::Tx(key, _) => key.to_vec(),
            };
            self.latest.insert(key, entry);
        }
        Ok(())
    }

    /// Puts every waiting entry in redb, in one commit, `synced` or not. Each key is written
    /// once, with its latest entry, so their order does not matter. A synced commit is made even
    /// with nothing waiting: it makes the unsynced ones before it durable.
    pub(super) fn apply(&mut self, db: &Database, synced: bool) -> std::result::Result<(), String> {
        if self.latest.is_empty() && !synced {
            return Ok(());
        }
        let entries: Vec<Vec<u8>> = self.latest.drain().map(|(_, entry)| entry).collect();
        let durability = if synced {
            Durability::Immediate
        } else {
            Durability::None
        };
        apply(db, &entries, durability)
    }
}

pub(super) fn lock(unapplied: &Mutex<Unapplied>) -> MutexGuard<'_, Unapplied> {
    // Every change under this lock is whole: a poisoned lock still holds consistent entries.
    unapplied.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The writer thread: per batch of waiting writes, one synced log append, then the answers; the
/// entries go to redb later (see the module doc), and whenever the log is half full a checkpoint
/// (a synced redb commit, on a thread of its own) lets it start again.
///
/// After a failed write nothing more is written (the writes after it are refused with its
/// error): a failed `fdatasync` leaves unknown what reached the disk, and the log must not go
/// on past a hole. A restarted `serve` reads back what did.
pub(super) fn run(
    db: &Arc<Database>,
    path: &Path,
    mut logs: Logs,
    unapplied: &Mutex<Unapplied>,
    mut queue: mpsc::UnboundedReceiver<Write>,
) {
    let err = store_err(path);
    let mut failed: Option<String> = None;
    let mut last_append: Option<Instant> = None;
    while let Some(first) = queue.blocking_recv() {
        if let Some(wait) =
            last_append.and_then(|at| (at + APPEND_SPACING).checked_duration_since(Instant::now()))
        {
            std::thread::sleep(wait);
        }
        last_append = Some(Instant::now());
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH
            && let Ok(next) = queue.try_recv()
        {
            batch.push(next);
        }
        let result = match &failed {
            Some(e) => Err(format!(
                "the store stopped after a failed write ({e}); restart serve"
            )),
            None => write_batch(db, &mut logs, unapplied, &batch),
        };
        if let Err(e) = &result {
            failed.get_or_insert_with(|| e.clone());
        }
        // The entries wait where a read finds them before anyone hears their write is done: a
        // put that has returned is in every load after it. Putting them in redb waits until the
        // answers are out.
        let (answer, held) = match result {
            Ok(entries) => (Ok(()), lock(unapplied).insert(entries)),
            Err(e) => (Err(e), Ok(())),
        };
        for w in batch {
            let _ = w.done.send(answer.clone().map_err(&err));
        }
        if answer.is_err() {
            continue;
        }
        if let Err(e) = held.and_then(|()| catch_up(db, &mut logs, unapplied)) {
            failed = Some(e);
        }
    }
    // Closed: redb catches up (not synced: the logs still hold it all), so the next open has
    // little to replay.
    if logs.wait().is_ok() && failed.is_none() {
        let _ = lock(unapplied).apply(db, false);
    }
}

/// Puts the waiting entries in redb once enough wait, and starts a checkpoint when one is due.
/// While one runs, they wait in memory: redb's write lock is the checkpoint's.
fn catch_up(
    db: &Arc<Database>,
    logs: &mut Logs,
    unapplied: &Mutex<Unapplied>,
) -> std::result::Result<(), String> {
    if logs.checkpointing()? {
        return Ok(());
    }
    if logs.due() {
        return logs.checkpoint(db, unapplied);
    }
    let mut waiting = lock(unapplied);
    if waiting.latest.len() >= APPLY_EVERY {
        waiting.apply(db, false)?;
    }
    Ok(())
}

/// Makes `batch` durable: in the log, returning its entries to put in redb, or (a batch larger
/// than the whole log) straight in a synced redb commit with everything still waiting, returning
/// none.
fn write_batch(
    db: &Arc<Database>,
    logs: &mut Logs,
    unapplied: &Mutex<Unapplied>,
    batch: &[Write],
) -> std::result::Result<Vec<Vec<u8>>, String> {
    let mut entries = Vec::with_capacity(batch.len());
    for w in batch {
        entries.push(record_entry(&w.record)?);
        if let Some((index, tx)) = &w.tx {
            entries.push(tx_entry(&w.record.id, *index, tx)?);
        }
    }
    let bytes = entries.iter().map(Vec::len).sum();
    if !logs.could_fit(entries.len(), bytes) {
        lock(unapplied).insert(entries)?;
        // The logs' entries are older than these and all in that commit: replayed at the next
        // open, they would put older records back over them, so both start again.
        logs.commit_all(db, unapplied)?;
        return Ok(Vec::new());
    }
    if !logs.fits(entries.len(), bytes) {
        // The checkpoint before has not ended, and the log is full: wait for it.
        logs.checkpoint(db, unapplied)?;
    }
    logs.append(&entries)?;
    Ok(entries)
}
