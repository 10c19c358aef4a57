//! The payment log: the store's durable fast path.
//!
//! A redb commit that is synced costs 0.5 to 0.9 ms on this VM's disk (several page writes, then
//! one `fdatasync`; the more the longer the disk was idle), and a paying request waits for it.
//! The log makes the same promise with one write into a file whose blocks already exist and one
//! `fdatasync` (0.16 to 0.6 ms here): the records go to the log first and the writers are
//! answered; they go to redb later, many at a time, in commits that are not synced. Every so
//! often a synced redb commit (a checkpoint) makes the log's records redundant and the log
//! starts again, at its beginning, under a new generation.
//!
//! Layout: two 4 KiB header slots, then entries. A header slot is `MAGIC ‖ generation (u64 LE)
//! ‖ checksum`; the valid slot with the higher generation is the current one, and a new
//! generation is written to the other slot, so a torn header write leaves the old one standing.
//! An entry is `length (u32 LE) ‖ generation (u64 LE) ‖ checksum (u32 LE) ‖ payload`, the
//! checksum being CRC-32C over generation ‖ payload (slice-by-16: a few GB/s, where keccak-256
//! cost a writer batch of 128 records about 0.6 ms). Reading stops at the first entry that does
//! not check or belongs to another generation: a torn last write, or what is left of the
//! generation before.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use crc::{CRC_32_ISCSI, Crc, Table};

/// The magic of the header this release writes. The store has two logs, and the one written next
/// may hold payments the other does not: a release that knows only one log must refuse both
/// rather than replay one of them, so the magic changed with the second log.
const MAGIC: [u8; 8] = *b"PTILOG03";
/// The release with one log, whose entries may be transactions as well as channel records. Read,
/// and written again as [`MAGIC`] at the next open.
const MAGIC_ONE_LOG: [u8; 8] = *b"PTILOG02";
/// The release before that: channel records only. Read likewise.
const MAGIC_RECORDS_ONLY: [u8; 8] = *b"PTILOG01";
const SLOT: u64 = 4096;
/// Where the entries start: after the two header slots.
const ENTRIES: u64 = 2 * SLOT;
const ENTRY_HEAD: usize = 4 + 8 + 4;

const CRC32C: Crc<u32, Table<16>> = Crc::<u32, Table<16>>::new(&CRC_32_ISCSI);

/// Each log's size by default: about 2,000 payments of a short channel between checkpoints.
pub(super) const LOG_BYTES: u64 = 8 << 20;

/// An open log, positioned after its last entry.
pub(super) struct Log {
    file: File,
    path: PathBuf,
    generation: u64,
    /// The header slot (0 or 1) that holds `generation`: the next is written to the other one.
    slot: u64,
    end: u64,
    size: u64,
    /// Its header is [`MAGIC`]'s (not an older release's).
    current: bool,
}

/// Why a log cannot be used.
pub(super) type LogResult<T> = std::result::Result<T, String>;

fn checksum(generation: u64, payload: &[u8]) -> [u8; 4] {
    let mut digest = CRC32C.digest();
    digest.update(&generation.to_le_bytes());
    digest.update(payload);
    digest.finalize().to_le_bytes()
}

fn header_of(magic: [u8; 8], generation: u64) -> [u8; 20] {
    let mut out = [0u8; 20];
    out[..8].copy_from_slice(&magic);
    out[8..16].copy_from_slice(&generation.to_le_bytes());
    out[16..].copy_from_slice(&checksum(generation, &magic));
    out
}

fn header(generation: u64) -> [u8; 20] {
    header_of(MAGIC, generation)
}

/// A valid header's generation, and whether it is [`MAGIC`]'s.
fn parse_header(bytes: &[u8; 20]) -> Option<(u64, bool)> {
    let generation = u64::from_le_bytes(bytes[8..16].try_into().ok()?);
    [MAGIC, MAGIC_ONE_LOG, MAGIC_RECORDS_ONLY]
        .into_iter()
        .find(|magic| bytes[..8] == *magic && bytes[16..] == checksum(generation, magic))
        .map(|magic| (generation, magic == MAGIC))
}

impl Log {
    /// Opens the log at `path`, creating it (`size` bytes, every block written, so that an
    /// append never allocates and `fdatasync` has no metadata to write) if there is none.
    /// Returns it with the payloads of its current generation, oldest first.
    pub(super) fn open(path: &Path, size: u64) -> LogResult<(Self, Vec<Vec<u8>>)> {
        let io = |what: &str| {
            let path = path.display().to_string();
            let what = what.to_owned();
            move |e: std::io::Error| format!("the payment log {path}: {what}: {e}")
        };
        if !path.exists() {
            create(path, size).map_err(io("create"))?;
        }
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(io("open"))?;
        let size = file.metadata().map_err(io("stat"))?.len();
        let mut slots = [[0u8; 20]; 2];
        for (i, slot) in slots.iter_mut().enumerate() {
            if size >= ENTRIES {
                file.read_exact_at(slot, i as u64 * SLOT)
                    .map_err(io("read its header"))?;
            }
        }
        let no_header = || {
            format!(
                "the payment log {} has no valid header: it is not a Paratii payment log or it is \
                 damaged; move it away to start from the database alone (payments accepted since \
                 the database's last checkpoint would be lost)",
                path.display()
            )
        };
        let valid = |(bytes, slot)| parse_header(bytes).map(|(g, current)| (g, current, slot));
        let (generation, current, slot) = slots
            .iter()
            .zip(0u64..)
            .filter_map(valid)
            .max()
            .ok_or_else(no_header)?;
        let mut log = Self {
            file,
            path: path.to_owned(),
            generation,
            slot,
            end: ENTRIES,
            size,
            current,
        };
        let payloads = log.read_entries().map_err(io("read"))?;
        Ok((log, payloads))
    }

    fn read_entries(&mut self) -> std::io::Result<Vec<Vec<u8>>> {
        let mut payloads = Vec::new();
        let mut head = [0u8; ENTRY_HEAD];
        while self.end + ENTRY_HEAD as u64 <= self.size {
            self.file.read_exact_at(&mut head, self.end)?;
            let len = u64::from(u32::from_le_bytes([head[0], head[1], head[2], head[3]]));
            let generation = u64::from_le_bytes(head[4..12].try_into().unwrap_or_default());
            let start = self.end + ENTRY_HEAD as u64;
            if generation != self.generation || len == 0 || start + len > self.size {
                break;
            }
            let mut payload = vec![0u8; usize::try_from(len).unwrap_or(usize::MAX)];
            self.file.read_exact_at(&mut payload, start)?;
            if head[12..] != checksum(generation, &payload) {
                break;
            }
            payloads.push(payload);
            self.end = start + len;
        }
        Ok(payloads)
    }

    /// Whether `bytes` of payloads (as [`Log::append`] takes them, `count` entries) fit after the
    /// last entry.
    pub(super) const fn fits(&self, count: usize, bytes: usize) -> bool {
        self.end + (count * ENTRY_HEAD + bytes) as u64 <= self.size
    }

    /// Whether `count` entries of `bytes` would fit in an empty log.
    pub(super) const fn could_fit(&self, count: usize, bytes: usize) -> bool {
        ENTRIES + (count * ENTRY_HEAD + bytes) as u64 <= self.size
    }

    /// Bytes of entries written since the log last started again.
    pub(super) const fn used(&self) -> u64 {
        self.end - ENTRIES
    }

    /// Whether this release wrote its header; if not, [`Log::restart`] it before any append.
    pub(super) const fn is_current(&self) -> bool {
        self.current
    }

    /// Its generation: its entries are newer than those of a log of a lower one.
    pub(super) const fn generation(&self) -> u64 {
        self.generation
    }

    /// Its size.
    pub(super) const fn size(&self) -> u64 {
        self.size
    }

    /// Writes `payloads` after the last entry, in one write, and syncs it. They must fit.
    pub(super) fn append(&mut self, payloads: &[Vec<u8>]) -> LogResult<()> {
        let bytes: usize = payloads.iter().map(Vec::len).sum();
        if !self.fits(payloads.len(), bytes) {
            return Err(format!(
                "the payment log {} is full (a checkpoint should have made room)",
                self.path.display()
            ));
        }
        let mut buf = Vec::with_capacity(payloads.len() * ENTRY_HEAD + bytes);
        for payload in payloads {
            let len = u32::try_from(payload.len())
                .map_err(|_| format!("a record of {} bytes is too large", payload.len()))?;
            buf.extend_from_slice(&len.to_le_bytes());
            buf.extend_from_slice(&self.generation.to_le_bytes());
            buf.extend_from_slice(&checksum(self.generation, payload));
            buf.extend_from_slice(payload);
        }
        let io = |e: std::io::Error| format!("the payment log {}: {e}", self.path.display());
        self.file.write_all_at(&buf, self.end).map_err(io)?;
        self.file.sync_data().map_err(io)?;
        self.end += buf.len() as u64;
        Ok(())
    }

    /// Starts again under `generation` (higher than any log's so far): every entry written so far
    /// is forgotten. Call it only once they are all in a synced database commit. The header goes
    /// to the slot the current one is not in, so a torn write leaves the current one standing.
    pub(super) fn restart(&mut self, generation: u64) -> LogResult<()> {
        let slot = 1 - self.slot;
        let io = |e: std::io::Error| format!("the payment log {}: {e}", self.path.display());
        self.file
            .write_all_at(&header(generation), slot * SLOT)
            .map_err(io)?;
        self.file.sync_data().map_err(io)?;
        self.generation = generation;
        self.slot = slot;
        self.end = ENTRIES;
        self.current = true;
        Ok(())
    }
}

/// Writes a new log beside `path` and renames it into place, so that a crash never leaves a log
/// without its header.
fn create(path: &Path, size: u64) -> std::io::Result<()> {
    let size = size.max(ENTRIES + SLOT);
    let tmp = path.with_extension("log-new");
    let mut file = File::create(&tmp)?;
    let zeros = vec![0u8; 1 << 20];
    let mut left = size;
    while left > 0 {
        let n = left.min(zeros.len() as u64);
        file.write_all(&zeros[..usize::try_from(n).unwrap_or(zeros.len())])?;
        left -= n;
    }
    file.write_all_at(&header(0), 0)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent() {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// Makes the log at `path` one an older release wrote (its generation 0 header): records only
/// (`PTILOG01`), or with transactions, one log to a store (`PTILOG02`).
#[cfg(test)]
pub(super) fn write_older_header(path: &Path, records_only: bool) {
    let magic = if records_only {
        MAGIC_RECORDS_ONLY
    } else {
        MAGIC_ONE_LOG
    };
    let file = OpenOptions::new().write(true).open(path).unwrap();
    file.write_all_at(&header_of(magic, 0), 0).unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: u64 = ENTRIES + 4096;

    fn payloads(n: u8) -> Vec<Vec<u8>> {
        (1..=n).map(|i| vec![i; 100 + usize::from(i)]).collect()
    }

    #[test]
    fn entries_come_back_in_order_after_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.log");
        let (mut log, found) = Log::open(&path, SMALL).unwrap();
        assert!(found.is_empty());
        log.append(&payloads(3)).unwrap();
        log.append(&[vec![9; 10]]).unwrap();
        drop(log);
        let (_, found) = Log::open(&path, SMALL).unwrap();
        let mut want = payloads(3);
        want.push(vec![9; 10]);
        assert_eq!(found, want);
    }

    #[test]
    fn a_restart_forgets_the_generation_before() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.log");
        let (mut log, _) = Log::open(&path, SMALL).unwrap();
        log.append(&payloads(5)).unwrap();
        log.restart(log.generation() + 1).unwrap();
        // Shorter than what it overwrites: the old generation's bytes follow it on disk.
        log.append(&[vec![7; 3]]).unwrap();
        log.restart(log.generation() + 1).unwrap();
        log.append(&[vec![8; 4]]).unwrap();
        drop(log);
        let (log, found) = Log::open(&path, SMALL).unwrap();
        assert_eq!(found, vec![vec![8; 4]]);
        assert_eq!(log.generation, 2);
    }

    #[test]
    fn a_torn_or_flipped_entry_ends_the_log_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.log");
        let (mut log, _) = Log::open(&path, SMALL).unwrap();
        log.append(&payloads(3)).unwrap();
        let third = log.end - 3 - 100;
        drop(log);
        let file = OpenOptions::new().write(true).open(&path).unwrap();
        file.write_all_at(&[0xff], third).unwrap();
        drop(file);
        let (mut log, found) = Log::open(&path, SMALL).unwrap();
        assert_eq!(found, payloads(2));
        // Appends go after the last good entry, over the damaged one.
        log.append(&[vec![5; 5]]).unwrap();
        drop(log);
        let (_, found) = Log::open(&path, SMALL).unwrap();
        assert_eq!(found.len(), 3);
        assert_eq!(found[2], vec![5; 5]);
    }

    #[test]
    fn a_torn_header_falls_back_to_the_other_slot() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.log");
        let (mut log, _) = Log::open(&path, SMALL).unwrap();
        log.append(&[vec![1; 8]]).unwrap();
        log.restart(log.generation() + 1).unwrap();
        log.append(&[vec![2; 8]]).unwrap();
        drop(log);
        // Generation 1 is in slot 1: tear it, and generation 0's slot is the current one again.
        let file = OpenOptions::new().write(true).open(&path).unwrap();
        file.write_all_at(&[0xff; 4], SLOT + 8).unwrap();
        drop(file);
        let (log, found) = Log::open(&path, SMALL).unwrap();
        assert_eq!(log.generation, 0);
        // Generation 0's first entry was overwritten by generation 1's: nothing of it checks.
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_file_that_is_not_a_log_is_refused_with_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.log");
        std::fs::write(&path, vec![0u8; 3 * SLOT as usize]).unwrap();
        let err = Log::open(&path, SMALL).err().unwrap();
        assert!(err.contains("move it away"), "{err}");
        std::fs::write(&path, b"short").unwrap();
        assert!(Log::open(&path, SMALL).is_err());
    }

    /// An older release's log: its entries come back, and its next generation is this one's.
    #[test]
    fn a_log_of_an_older_release_is_read_and_restarted_as_this_ones() {
        for records_only in [true, false] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("p.log");
            let (mut log, _) = Log::open(&path, SMALL).unwrap();
            assert!(log.is_current());
            log.append(&payloads(2)).unwrap();
            drop(log);
            write_older_header(&path, records_only);
            let (mut log, found) = Log::open(&path, SMALL).unwrap();
            assert_eq!(found, payloads(2));
            assert!(!log.is_current());
            log.restart(log.generation() + 1).unwrap();
            drop(log);
            let (log, found) = Log::open(&path, SMALL).unwrap();
            assert!(found.is_empty());
            assert!(log.is_current());
            let mut slot = [0u8; 8];
            log.file.read_exact_at(&mut slot, SLOT).unwrap();
            assert_eq!(slot, MAGIC);
        }
    }

    /// Generations need not follow one another (the store's two logs take turns): the header
    /// slots still alternate, so a torn header falls back to the one before it.
    #[test]
    fn headers_alternate_slots_whatever_the_generations() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.log");
        let (mut log, _) = Log::open(&path, SMALL).unwrap();
        log.restart(2).unwrap();
        log.append(&[vec![2; 8]]).unwrap();
        log.restart(4).unwrap();
        log.append(&[vec![4; 8]]).unwrap();
        drop(log);
        let (log, found) = Log::open(&path, SMALL).unwrap();
        assert_eq!((log.generation(), found), (4, vec![vec![4; 8]]));
        drop(log);
        // Generation 4 went to slot 0 (2 is in slot 1): tear it.
        let file = OpenOptions::new().write(true).open(&path).unwrap();
        file.write_all_at(&[0xff; 4], 8).unwrap();
        drop(file);
        let (log, found) = Log::open(&path, SMALL).unwrap();
        assert_eq!(log.generation(), 2);
        // Generation 2's entry was overwritten by generation 4's: nothing of it checks.
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_full_log_refuses_an_append() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.log");
        let (mut log, _) = Log::open(&path, SMALL).unwrap();
        assert!(log.could_fit(1, 4000));
        assert!(!log.could_fit(1, 5000));
        log.append(&[vec![1; 4000]]).unwrap();
        assert!(!log.fits(1, 100));
        assert!(log.append(&[vec![1; 100]]).is_err());
        log.restart(log.generation() + 1).unwrap();
        assert!(log.fits(1, 100));
    }
}
