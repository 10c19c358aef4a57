//! Cashing in, off the payment path: a payment is answered as soon as it is checked and stored,
//! and each channel's cashier withdraws or closes behind it. Every transaction on a channel holds
//! the channel's `cash` lock, so withdrawals and closes never race (each needs the `Channel`
//! struct the previous one left).

use std::sync::Arc;

use alloy::primitives::Bytes;
use alloy::sol_types::SolValue;

use super::channel::ChannelEntry;
use super::store::StoredTx;
use super::{ServeEvent, Shared};
use crate::error::Result;

/// The cashier of `entry`: woken by payments, it withdraws every `withdraw_every` newly paid
/// segments and closes when the channel is fully paid. A failed transaction is tried again at
/// the next payment, and the close before expiration (or at shutdown) cashes whatever is left.
pub(crate) async fn run(shared: Arc<Shared>, entry: Arc<ChannelEntry>) {
    let every = match entry.role {
        super::Role::Content => shared.policy.withdraw_every,
        super::Role::Attention => shared
            .policy
            .attention
            .as_ref()
            .map_or(0, |a| a.withdraw_every),
    };
    while !entry.is_closed() {
        entry.cash_due.notified().await;
        let Some((balance, _)) = entry.latest() else {
            continue;
        };
        let cashed = entry.cashed();
        let result = if entry.role == super::Role::Content && balance == entry.total {
            shared.close(&entry, "fully paid").await
        } else if balance < entry.total && every > 0 && balance.saturating_sub(cashed) >= every {
            // (A fully paid channel is cashed by its close, not by one more withdrawal.)
            shared.withdraw(&entry).await
        } else {
            Ok(())
        };
        // Retried at the next payment; the close near expiration is the backstop.
        drop(result);
    }
}

impl Shared {
    /// Cashes the latest payment if it adds anything; the channel stays open.
    pub(crate) async fn withdraw(&self, entry: &ChannelEntry) -> Result<()> {
        let mut channel = entry.cash.lock().await;
        if entry.is_closed() {
            return Ok(());
        }
        let Some((balance, sig)) = entry.latest() else {
            return Ok(());
        };
        if balance <= entry.cashed() {
            return Ok(());
        }
        let (updated, tx) = self
            .chain
            .withdraw_from_channel(entry.id, &channel, balance, &sig)
            .await?;
        *channel = updated;
        let encoded = Bytes::from(channel.abi_encode());
        entry
            .update_with_tx(
                self.store(),
                |r| {
                    r.channel = encoded;
                    r.cashed = balance;
                },
                StoredTx {
                    kind: "withdraw".into(),
                    balance,
                    tx: tx.hash,
                    gas_used: tx.gas_used,
                    reason: None,
                },
            )
            .await?;
        self.emit(ServeEvent::Withdrawn {
            channel: entry.id,
            balance,
            tx: tx.hash,
            gas_used: tx.gas_used,
        });
        Ok(())
    }

    /// Closes the channel with the latest payment (if it adds anything); the rest of the escrow
    /// returns to the payer. Does nothing on a closed channel.
    pub(crate) async fn close(&self, entry: &ChannelEntry, reason: &str) -> Result<()> {
        let channel = entry.cash.lock().await;
        if entry.is_closed() {
            return Ok(());
        }
        let cashed = entry.cashed();
        let payment = entry.latest().filter(|(b, _)| *b > cashed);
        let tx = self
            .chain
            .close(entry.id, &channel, payment.as_ref().map(|(b, s)| (*b, s)))
            .await?;
        let balance = payment.map_or(cashed, |(b, _)| b);
        entry
            .update_with_tx(
                self.store(),
                |r| {
                    r.closed = true;
                    r.cashed = balance;
                },
                StoredTx {
                    kind: "close".into(),
                    balance,
                    tx: tx.hash,
                    gas_used: tx.gas_used,
                    reason: Some(reason.to_owned()),
                },
            )
            .await?;
        // Wakes the cashier so it sees the channel closed and ends.
        entry.cash_due.notify_one();
        self.emit(ServeEvent::Closed {
            channel: entry.id,
            balance,
            reason: reason.to_owned(),
            tx: tx.hash,
            gas_used: tx.gas_used,
        });
        Ok(())
    }
}
