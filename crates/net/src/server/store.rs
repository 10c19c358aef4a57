//! The publisher's channel store: every accepted payment is on disk before it is answered, so a
//! `kill -9` loses nothing that was paid for.
//!
//! An embedded [redb](https://docs.rs/redb) database, one table `channel id → JSON record`. Writes
//! are group-committed: a writer thread takes every write waiting, commits them in one durable
//! transaction (one fsync), then answers each. A payment therefore waits about one commit, while
//! thousands of viewers share the fsyncs.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use alloy::primitives::{Address, B256, Bytes};
use redb::{Database, ReadableDatabase, ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};

use super::Role;
use crate::error::{NetError, Result};

const CHANNELS: TableDefinition<'_, &[u8; 32], &[u8]> = TableDefinition::new("channels");

/// Most writes committed together.
const MAX_BATCH: usize = 4096;

/// A transaction the payee sent on a channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredTx {
    /// `open`, `withdraw` or `close`.
    pub kind: String,
    /// The balance it cashed.
    pub balance: u64,
    /// Its hash.
    pub tx: B256,
    /// Its gas.
    pub gas_used: u64,
    /// Why (closes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Everything the payee keeps of a channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredChannel {
    /// The channel id.
    pub id: B256,
    /// Content or attention.
    pub role: Role,
    /// The on-chain `Channel` struct, ABI-encoded (its `withdrawn` is the latest).
    pub channel: Bytes,
    /// The payer wallet.
    pub payer: Address,
    /// Its 64-byte public key (payments are verified against it).
    pub payer_public_key: Bytes,
    /// The bidder's communication key (only it may send paying requests).
    pub payer_key: Address,
    /// The video's directory CID.
    pub cid: String,
    /// The format.
    pub format: String,
    /// Segments the channel pays for.
    pub total: u64,
    /// The indices paid for, as a bit set (64 per word).
    pub delivered: Vec<u64>,
    /// The cumulative balance accepted.
    pub balance: u64,
    /// The wallet signature of that balance.
    pub signature: Option<Bytes>,
    /// The last paying request (its JSON header) and the indices its answer carried, so a resent
    /// request is answered alike even after a restart.
    pub last_request: Option<Bytes>,
    /// See `last_request`.
    pub last_delivered: Vec<u64>,
    /// Whether the last answer carried keys only (mode `keys`).
    pub last_keys: bool,
    /// The paying request answered before the last one: a viewer with two payments in flight
    /// (PROTOCOL R28) sends both again after a broken stream, and both get their answers again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<AnsweredRequest>,
    /// The balance cashed on chain.
    pub cashed: u64,
    /// Closed (or found closed on chain).
    pub closed: bool,
    /// Every transaction sent on the channel.
    pub txs: Vec<StoredTx>,
}

/// A paying request that was answered, as [`StoredChannel::previous`] keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnsweredRequest {
    /// Its JSON header.
    pub request: Bytes,
    /// The indices its answer carried.
    pub delivered: Vec<u64>,
    /// Whether its answer carried keys only (mode `keys`).
    pub keys: bool,
}

struct Write {
    record: StoredChannel,
    done: oneshot::Sender<Result<()>>,
}

/// The store; cheap to clone.
#[derive(Clone)]
pub struct ChannelStore {
    inner: Arc<Inner>,
}

struct Inner {
    db: Arc<Database>,
    writes: Option<mpsc::UnboundedSender<Write>>,
    writer: Option<std::thread::JoinHandle<()>>,
    path: PathBuf,
}

impl Drop for Inner {
    fn drop(&mut self) {
        // The writer finishes the writes queued, then lets go of the database: it can be opened
        // again as soon as this returns.
        self.writes = None;
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
    }
}

impl std::fmt::Debug for ChannelStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChannelStore")
            .field("path", &self.inner.path)
            .finish_non_exhaustive()
    }
}

fn store_err(path: &Path) -> impl Fn(String) -> NetError + '_ {
    move |reason| NetError::Store {
        path: path.to_owned(),
        reason,
    }
}

impl ChannelStore {
    /// Opens (or creates) the database at `path`.
    pub fn open(path: impl Into<PathBuf>) -> Result<Self> {
        let path = path.into();
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(NetError::io(dir))?;
        }
        let db = {
            let err = store_err(&path);
            let db = Database::create(&path).map_err(|e| err(e.to_string()))?;
            let txn = db.begin_write().map_err(|e| err(e.to_string()))?;
            txn.open_table(CHANNELS).map_err(|e| err(e.to_string()))?;
            txn.commit().map_err(|e| err(e.to_string()))?;
            db
        };
        let db = Arc::new(db);
        let (writes, queue) = mpsc::unbounded_channel();
        let writer_db = db.clone();
        let writer_path = path.clone();
        let writer = std::thread::Builder::new()
            .name("paratii-channel-store".into())
            .spawn(move || writer(&writer_db, &writer_path, queue))
            .map_err(NetError::io(&path))?;
        Ok(Self {
            inner: Arc::new(Inner {
                db,
                writes: Some(writes),
                writer: Some(writer),
                path,
            }),
        })
    }

    /// Writes `record` durably; returns once it is committed.
    pub async fn put(&self, record: StoredChannel) -> Result<()> {
        self.enqueue(record).await
    }

    /// Queues `record` now (writes are committed in the order they are queued); the future
    /// resolves once it is committed.
    pub fn enqueue(
        &self,
        record: StoredChannel,
    ) -> impl std::future::Future<Output = Result<()>> + Send + 'static {
        let (done, wait) = oneshot::channel();
        let path = self.inner.path.clone();
        let queued = self
            .inner
            .writes
            .as_ref()
            .map(|w| w.send(Write { record, done }).is_ok())
            .unwrap_or(false);
        async move {
            let stopped = || NetError::Store {
                path: path.clone(),
                reason: "the store's writer stopped".into(),
            };
            if !queued {
                return Err(stopped());
            }
            wait.await.map_err(|_| stopped())?
        }
    }

    /// Every record.
    pub fn load(&self) -> Result<Vec<StoredChannel>> {
        let err = store_err(&self.inner.path);
        let txn = self.inner.db.begin_read().map_err(|e| err(e.to_string()))?;
        let table = txn.open_table(CHANNELS).map_err(|e| err(e.to_string()))?;
        let mut out = Vec::new();
        for entry in table.iter().map_err(|e| err(e.to_string()))? {
            let (_, value) = entry.map_err(|e| err(e.to_string()))?;
            let record: StoredChannel = serde_json::from_slice(value.value())
                .map_err(|e| err(format!("a damaged channel record: {e}")))?;
            out.push(record);
        }
        Ok(out)
    }
}

/// The writer thread: one durable transaction per batch of waiting writes.
fn writer(db: &Arc<Database>, path: &Path, mut queue: mpsc::UnboundedReceiver<Write>) {
    let err = store_err(path);
    while let Some(first) = queue.blocking_recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH
            && let Ok(next) = queue.try_recv()
        {
            batch.push(next);
        }
        let result = (|| -> std::result::Result<(), String> {
            let txn = db.begin_write().map_err(|e| e.to_string())?;
            {
                let mut table = txn.open_table(CHANNELS).map_err(|e| e.to_string())?;
                for w in &batch {
                    let value = serde_json::to_vec(&w.record).map_err(|e| e.to_string())?;
                    table
                        .insert(&w.record.id.0, value.as_slice())
                        .map_err(|e| e.to_string())?;
                }
            }
            txn.commit().map_err(|e| e.to_string())
        })();
        for w in batch {
            let _ = w.done.send(result.clone().map_err(&err));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: u8, balance: u64) -> StoredChannel {
        StoredChannel {
            id: B256::repeat_byte(id),
            role: Role::Content,
            channel: Bytes::from(vec![1, 2, 3]),
            payer: Address::repeat_byte(2),
            payer_public_key: Bytes::from(vec![4; 64]),
            payer_key: Address::repeat_byte(3),
            cid: "Qm".into(),
            format: "240p30".into(),
            total: 10,
            delivered: vec![0b111],
            balance,
            signature: None,
            last_request: None,
            last_delivered: vec![],
            last_keys: false,
            previous: None,
            cashed: 0,
            closed: false,
            txs: vec![],
        }
    }

    #[tokio::test]
    async fn writes_survive_a_reopen_and_batch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("channels.redb");
        {
            let store = ChannelStore::open(&path).unwrap();
            let writes: Vec<_> = (0..200u8)
                .map(|i| {
                    let store = store.clone();
                    tokio::spawn(async move { store.put(record(i, u64::from(i))).await })
                })
                .collect();
            for w in writes {
                w.await.unwrap().unwrap();
            }
            store.put(record(7, 99)).await.unwrap();
        }
        let store = ChannelStore::open(&path).unwrap();
        let mut all = store.load().unwrap();
        all.sort_by_key(|r| r.id);
        assert_eq!(all.len(), 200);
        assert_eq!(all[7].balance, 99, "the latest write wins");
    }
}
