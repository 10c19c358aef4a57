//! A restarted server: the stored channels still open on chain are served again, and a
//! channel whose chain state moved while we were down (a withdrawal mined, an exit) adopts it.

use std::sync::Arc;

use super::channel::ChannelEntry;
use super::{Shared, cashier};
use crate::error::Result;

impl Shared {
    /// Picks up the stored channels: those still open on chain are served again, the others are
    /// marked closed. Returns their cashier tasks.
    pub(super) async fn resume(self: Arc<Self>) -> Result<Vec<tokio::task::JoinHandle<()>>> {
        let Some(store) = self.store.clone() else {
            return Ok(Vec::new());
        };
        let mut tasks = Vec::new();
        for (record, txs) in store.load()? {
            let entry = Arc::new(ChannelEntry::from_record(record, txs)?);
            if !entry.is_closed() {
                let stored = entry.cash.lock().await.clone();
                let committed = self.chain.channel_hash(entry.id).await?;
                if committed.is_zero() {
                    // Closed, settled or exited while we were down: nothing more to cash.
                    entry.update(self.store(), |r| r.closed = true).await?;
                } else {
                    if committed != paratii_chain::hash_channel(&stored) {
                        // A withdrawal was mined but the crash came before we stored it: the
                        // chain's own record (rebuilt from the logs) is the truth.
                        self.adopt_chain_state(&entry).await?;
                    }
                    tasks.push(tokio::spawn(cashier::run(self.clone(), entry.clone())));
                    // Whatever was paid before the crash is cashed now, not at expiration.
                    entry.cash_due.notify_one();
                }
            }
            self.channels.lock().await.insert(entry.id, entry);
        }
        Ok(tasks)
    }

    /// Takes the channel struct (and what it says was cashed) from the chain.
    pub(super) async fn adopt_chain_state(&self, entry: &ChannelEntry) -> Result<()> {
        let record = self.chain.channel(entry.id).await?;
        let channel = record.channel;
        let cashed = if channel.withdrawn >= channel.escrow {
            entry.total
        } else if channel.pricePerSegment.is_zero() {
            0
        } else {
            u64::try_from(channel.withdrawn / channel.pricePerSegment).unwrap_or(entry.total)
        };
        let encoded =
            alloy::primitives::Bytes::from(alloy::sol_types::SolValue::abi_encode(&channel));
        entry.set_expiration(channel.expiration);
        *entry.cash.lock().await = channel;
        entry
            .update(self.store(), |r| {
                r.channel = encoded;
                r.cashed = r.cashed.max(cashed);
            })
            .await
    }
}
