//! One channel as its payee holds it.
//!
//! Three locks, so payments never wait for transactions:
//! - `pay` (async) serializes the paying requests of the channel (the viewer sends one at a time);
//! - `record` (short, sync) is the channel as stored: every change is made to it and queued to the
//!   store while it is held, so the store always receives the changes in the order they were made;
//! - `cash` (async) serializes the payee's transactions on the channel and holds the on-chain
//!   `Channel` struct, whose `withdrawn` each withdrawal updates.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use alloy::primitives::{Address, B256, Bytes, U256};
use alloy::sol_types::SolValue;
use paratii_chain::Channel;
use paratii_protocol::{Sig, VerifyingKey};
use tokio::sync::Notify;

use super::Role;
use super::store::{ChannelStore, StoredChannel, StoredTx};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::segments::SegmentSet;

/// What only the paying path touches.
#[derive(Debug, Default)]
pub(crate) struct PayState {
    /// The answer to the last paying request, to answer it again if it is resent.
    pub(crate) last_frame: Option<Frame>,
}

/// A channel the server is payee of.
pub(crate) struct ChannelEntry {
    pub(crate) id: B256,
    pub(crate) role: Role,
    pub(crate) payer: Address,
    pub(crate) payer_key: Address,
    pub(crate) payer_public: VerifyingKey,
    pub(crate) cid: String,
    pub(crate) format: String,
    pub(crate) total: u64,
    pub(crate) price: U256,
    pub(crate) escrow: U256,
    pub(crate) pay: tokio::sync::Mutex<PayState>,
    record: Mutex<StoredChannel>,
    /// Every transaction the payee sent on the channel, in order; stored beside the record, each
    /// in the same write as the record change it came with.
    txs: Mutex<Vec<StoredTx>>,
    pub(crate) cash: tokio::sync::Mutex<Channel>,
    closed: AtomicBool,
    /// The channel's current expiration (an exit moves it forward), readable without waiting
    /// for `cash`, which is held across transactions.
    expiration: AtomicU64,
    /// Woken when a payment makes a withdrawal or a close due.
    pub(crate) cash_due: Notify,
    /// The PeerId found to be `payer_key`'s: later payments compare PeerIds instead of decoding
    /// the peer's public key again (a square root on the curve per payment).
    payer_peer: std::sync::OnceLock<libp2p::PeerId>,
}

impl std::fmt::Debug for ChannelEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChannelEntry")
            .field("id", &self.id)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every change under this lock is whole (a record replaced field by field before the lock is
    // released, no await inside): a poisoned lock still holds a consistent record.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl ChannelEntry {
    /// A channel from its stored record and transactions.
    pub(crate) fn from_record(record: StoredChannel, txs: Vec<StoredTx>) -> Result<Self> {
        let channel = Channel::abi_decode(&record.channel).map_err(|e| NetError::Malformed {
            what: "stored channel",
            reason: e.to_string(),
        })?;
        let public: [u8; 64] =
            record
                .payer_public_key
                .as_ref()
                .try_into()
                .map_err(|_| NetError::Malformed {
                    what: "stored channel",
                    reason: "the payer's public key is not 64 bytes".into(),
                })?;
        let payer_public =
            VerifyingKey::from_uncompressed(&public).map_err(|e| NetError::Malformed {
                what: "stored channel",
                reason: e.to_string(),
            })?;
        Ok(Self {
            id: record.id,
            role: record.role,
            payer: record.payer,
            payer_key: record.payer_key,
            payer_public,
            cid: record.cid.clone(),
            format: record.format.clone(),
            total: record.total,
            price: channel.pricePerSegment,
            escrow: channel.escrow,
            pay: tokio::sync::Mutex::new(PayState::default()),
            closed: AtomicBool::new(record.closed),
            expiration: AtomicU64::new(channel.expiration),
            record: Mutex::new(record),
            txs: Mutex::new(txs),
            cash: tokio::sync::Mutex::new(channel),
            cash_due: Notify::new(),
            payer_peer: std::sync::OnceLock::new(),
        })
    }

    /// Whether `peer` (noise-authenticated) is the channel's payer key.
    pub(crate) fn paid_by(&self, peer: &libp2p::PeerId) -> bool {
        if self.payer_peer.get() == Some(peer) {
            return true;
        }
        let is_payer = crate::peer::address_of_peer(peer) == Some(self.payer_key);
        if is_payer {
            let _ = self.payer_peer.set(*peer);
        }
        is_payer
    }

    /// The record of a channel just opened.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn opened(
        id: B256,
        role: Role,
        channel: &Channel,
        payer_public: VerifyingKey,
        payer_key: Address,
        cid: &str,
        format: &str,
        total: u64,
    ) -> StoredChannel {
        StoredChannel {
            id,
            role,
            channel: Bytes::from(channel.abi_encode()),
            payer: payer_public.address(),
            payer_public_key: Bytes::copy_from_slice(&payer_public.uncompressed()),
            payer_key,
            cid: cid.to_owned(),
            format: format.to_owned(),
            total,
            delivered: SegmentSet::new(total).words().to_vec(),
            balance: 0,
            signature: None,
            last_request: None,
            last_delivered: Vec::new(),
            last_keys: false,
            previous: None,
            cashed: 0,
            closed: false,
        }
    }

    /// Whether the channel is closed (or closing).
    pub(crate) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// A copy of the record.
    pub(crate) fn record(&self) -> StoredChannel {
        lock(&self.record).clone()
    }

    /// A copy of the transactions sent on the channel, oldest first.
    pub(crate) fn txs(&self) -> Vec<StoredTx> {
        lock(&self.txs).clone()
    }

    /// The hash of the latest transaction of `kind` sent on the channel.
    pub(crate) fn last_tx(&self, kind: &str) -> Option<alloy::primitives::B256> {
        lock(&self.txs)
            .iter()
            .rev()
            .find(|t| t.kind == kind)
            .map(|t| t.tx)
    }

    /// The latest payment: `(balance, wallet signature)`.
    pub(crate) fn latest(&self) -> Option<(u64, Sig)> {
        let r = lock(&self.record);
        r.signature
            .as_ref()
            .and_then(|s| Sig::from_slice(s).ok())
            .map(|s| (r.balance, s))
    }

    /// The balance cashed on chain so far.
    pub(crate) fn expiration(&self) -> u64 {
        self.expiration.load(Ordering::Relaxed)
    }

    pub(crate) fn set_expiration(&self, expiration: u64) {
        self.expiration.store(expiration, Ordering::Relaxed);
    }

    pub(crate) fn cashed(&self) -> u64 {
        lock(&self.record).cashed
    }

    /// Changes the record and queues the change to the store (in the order changes are made);
    /// returns once it is on disk.
    pub(crate) async fn update(
        &self,
        store: Option<&ChannelStore>,
        change: impl FnOnce(&mut StoredChannel),
    ) -> Result<()> {
        self.change(store, change, None).await
    }

    /// [`Self::update`] for a change that `tx` made: the transaction joins the channel's, in the
    /// same write.
    pub(crate) async fn update_with_tx(
        &self,
        store: Option<&ChannelStore>,
        change: impl FnOnce(&mut StoredChannel),
        tx: StoredTx,
    ) -> Result<()> {
        self.change(store, change, Some(tx)).await
    }

    async fn change(
        &self,
        store: Option<&ChannelStore>,
        change: impl FnOnce(&mut StoredChannel),
        tx: Option<StoredTx>,
    ) -> Result<()> {
        let pending = {
            let mut record = lock(&self.record);
            change(&mut record);
            if record.closed {
                self.closed.store(true, Ordering::Release);
            }
            let numbered = tx.map(|tx| {
                let mut txs = lock(&self.txs);
                // Four billion transactions on one channel do not happen; the index saturates.
                let index = u32::try_from(txs.len()).unwrap_or(u32::MAX);
                txs.push(tx.clone());
                (index, tx)
            });
            store.map(|s| s.enqueue(record.clone(), numbered))
        };
        match pending {
            Some(p) => p.await,
            None => Ok(()),
        }
    }
}
