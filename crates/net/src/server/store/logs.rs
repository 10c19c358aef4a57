//! The store's two payment logs: a checkpoint runs beside the appends instead of in front of them.
//!
//! With one log, a checkpoint (a synced redb commit, after which the log starts again) held up
//! every payment behind it: at 3,000 payments a second, redb's `fdatasync` took 12 to 45 ms
//! every half second, and no payment was stored meanwhile. With two, the writer puts what is
//! waiting in redb unsynced, starts the other log under a higher generation, and goes on
//! appending to it while a thread makes that commit durable; the first log's entries are then
//! redundant, and it is the one started next time.
//!
//! What a crash leaves is always redb's last synced commit, and in the logs, in the order of
//! their generations, every write since: replayed over that commit in that order, the older
//! log's entries give back each of its keys as the commit has it (or as it was before), the newer
//! log's the writes after. That holds because a log is started again only once the commit
//! holding its entries is durable, and because a synced commit with entries of the newer log in
//! it (a write larger than a log, or the open) starts both logs again, the older first: an older
//! log's entries replayed over a commit newer than them would put older records back.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use redb::Database;

use super::log::{Log, LogResult};
use super::writer::{Unapplied, lock};

/// The two logs and the checkpoint in flight.
pub(super) struct Logs {
    /// The one appended to: its generation is the higher.
    active: Log,
    /// The other: empty, or holding entries that a (finished or running) checkpoint put in a
    /// synced commit.
    spare: Log,
    /// The thread making redb's commits durable, and what it returns.
    checkpoint: Option<JoinHandle<LogResult<()>>>,
}

/// `<path>.log` and `<path>.log2`.
pub(super) fn log_paths(path: &Path) -> [PathBuf; 2] {
    [".log", ".log2"].map(|suffix| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    })
}

impl Logs {
    /// Opens (or creates, `size` bytes each) the logs of the database at `path`; returns them with
    /// the entries to replay over the database's last synced commit, in order. Call
    /// [`Self::settle`] once those are in a synced commit.
    pub(super) fn open(path: &Path, size: u64) -> LogResult<(Self, Vec<Vec<u8>>)> {
        let [first, second] = log_paths(path);
        let mut logs = [Log::open(&first, size)?, Log::open(&second, size)?];
        // The older first. A log created now has generation 0 and nothing in it: at a tie it goes
        // first (a store of the release with one log has a second log only from now on).
        logs.sort_by_key(|(log, entries)| (log.generation(), !entries.is_empty()));
        let [(spare, older), (active, newer)] = logs;
        let mut replay = older;
        replay.extend(newer);
        Ok((
            Self {
                active,
                spare,
                checkpoint: None,
            },
            replay,
        ))
    }

    /// After the replay of [`Self::open`] is in a synced commit: a log that held entries, or that an
    /// older release wrote, starts again (both do, the older first, so that the one appended to
    /// stays the newer).
    pub(super) fn settle(&mut self, replayed: bool) -> LogResult<()> {
        if replayed || !self.active.is_current() || !self.spare.is_current() {
            self.restart_both()?;
        }
        Ok(())
    }

    fn restart_both(&mut self) -> LogResult<()> {
        let newest = self.active.generation();
        self.spare.restart(newest + 1)?;
        self.active.restart(newest + 2)
    }

    /// Whether `count` entries of `bytes` fit in the active log.
    pub(super) const fn fits(&self, count: usize, bytes: usize) -> bool {
        self.active.fits(count, bytes)
    }

    /// Whether they would fit in an empty log.
    pub(super) const fn could_fit(&self, count: usize, bytes: usize) -> bool {
        self.active.could_fit(count, bytes)
    }

    /// Appends `entries` to the active log, synced. They must fit.
    pub(super) fn append(&mut self, entries: &[Vec<u8>]) -> LogResult<()> {
        self.active.append(entries)
    }

    /// Whether a checkpoint is running: redb's write lock is then its, and a writer that wants
    /// it waits.
    pub(super) fn checkpointing(&mut self) -> LogResult<bool> {
        if self
            .checkpoint
            .as_ref()
            .is_some_and(JoinHandle::is_finished)
        {
            self.wait()?;
        }
        Ok(self.checkpoint.is_some())
    }

    /// Whether the active log is past half full: time for [`Self::checkpoint`], once none runs.
    pub(super) const fn due(&self) -> bool {
        self.active.used() > self.active.size() / 2
    }

    /// Waits for the running checkpoint, if any.
    pub(super) fn wait(&mut self) -> LogResult<()> {
        match self.checkpoint.take() {
            Some(thread) => thread
                .join()
                .unwrap_or_else(|_| Err("the store's checkpoint thread panicked".into())),
            None => Ok(()),
        }
    }

    /// Puts everything waiting in redb, unsynced; starts the spare log as the active one; and
    /// makes that commit durable on a thread of its own, while the writer appends to the new log.
    pub(super) fn checkpoint(
        &mut self,
        db: &Arc<Database>,
        unapplied: &Mutex<Unapplied>,
    ) -> LogResult<()> {
        // The spare's entries must be in a durable commit before it forgets them.
        self.wait()?;
        lock(unapplied).apply(db, false)?;
        self.spare.restart(self.active.generation() + 1)?;
        std::mem::swap(&mut self.active, &mut self.spare);
        let db = db.clone();
        let thread = std::thread::Builder::new()
            .name("paratii-checkpoint".into())
            .spawn(move || super::apply(&db, &[], redb::Durability::Immediate))
            .map_err(|e| format!("start the store's checkpoint thread: {e}"))?;
        self.checkpoint = Some(thread);
        Ok(())
    }

    /// A synced commit of everything waiting, now (a write larger than a log); both logs start
    /// again.
    pub(super) fn commit_all(
        &mut self,
        db: &Database,
        unapplied: &Mutex<Unapplied>,
    ) -> LogResult<()> {
        self.wait()?;
        lock(unapplied).apply(db, true)?;
        self.restart_both()
    }
}
