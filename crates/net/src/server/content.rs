//! The content payee: payments answered with key ‖ ciphertext (delivery mode `bytes`), key
//! requests answered with keys only (mode `keys`), the viewer's close request, and cashing in.

use std::collections::BTreeMap;

use alloy::primitives::B256;
use libp2p::PeerId;
use paratii_protocol::{KeyRequestMessage, PaymentMessage, SegmentDeliveryMessage, Sig};
use rand::Rng;

use super::{ChannelState, Role, ServeEvent, Shared};
use crate::catalog::seal;
use crate::error::Result;
use crate::frame::Frame;
use crate::peer::address_of_peer;
use crate::wire::{ChannelClosed, CloseRequest, RejectCode, Rejection, delivery_frame};

/// What a paying request asks to be delivered.
enum Wanted {
    /// Mode `bytes`: the segments not delivered yet, lowest first, as many as the balance adds;
    /// each as key ‖ ciphertext.
    Next,
    /// Mode `keys`: the keys of these segments (strictly ascending). Segments paid before are
    /// delivered again for free; the others must be exactly what the balance adds.
    Keys(Vec<u64>),
}

fn rejection(code: RejectCode) -> impl FnOnce(crate::error::NetError) -> Rejection {
    move |e| Rejection::new(code, e)
}

impl Shared {
    /// A content channel by id, or the rejection a viewer should see.
    async fn content_channel(
        &self,
        id: B256,
    ) -> Result<std::sync::Arc<tokio::sync::Mutex<ChannelState>>, Rejection> {
        let entry = self.channels.lock().await.get(&id).cloned();
        let entry = entry.ok_or_else(|| {
            Rejection::new(RejectCode::UnknownChannel, format!("no channel {id}"))
        })?;
        if entry.lock().await.role != Role::Content {
            return Err(Rejection::new(
                RejectCode::UnknownChannel,
                "an attention channel takes no payments",
            ));
        }
        Ok(entry)
    }

    /// `/paratii/pay/1`.
    pub(super) async fn on_pay(&self, frame: &Frame) -> Result<Frame, Rejection> {
        let msg = PaymentMessage::decode(&frame.header)
            .map_err(|e| Rejection::new(RejectCode::Malformed, e))?;
        let entry = self.content_channel(msg.channel).await?;
        let mut ch = entry.lock().await;
        msg.verify(&self.domain, ch.payer, ch.payer_key)
            .map_err(|e| Rejection::new(RejectCode::BadSignature, e))?;
        self.deliver(
            &mut ch,
            frame,
            msg.balance,
            msg.wallet_signature,
            Wanted::Next,
        )
        .await
    }

    /// `/paratii/keys/1`.
    pub(super) async fn on_keys(&self, frame: &Frame) -> Result<Frame, Rejection> {
        let msg = KeyRequestMessage::decode(&frame.header)
            .map_err(|e| Rejection::new(RejectCode::Malformed, e))?;
        let entry = self.content_channel(msg.channel).await?;
        let mut ch = entry.lock().await;
        msg.verify(&self.domain, ch.payer, ch.payer_key)
            .map_err(|e| Rejection::new(RejectCode::BadSignature, e))?;
        self.deliver(
            &mut ch,
            frame,
            msg.balance,
            msg.wallet_signature,
            Wanted::Keys(msg.segments),
        )
        .await
    }

    /// Checks what a (signature-verified) paying request adds, reads what it pays for, records
    /// the payment, answers with a signed delivery and cashes in when due.
    async fn deliver(
        &self,
        ch: &mut ChannelState,
        request: &Frame,
        balance: u64,
        wallet_signature: Sig,
        wanted: Wanted,
    ) -> Result<Frame, Rejection> {
        // The same request again (the viewer lost our answer): the same answer again.
        if ch.last_request.as_deref() == Some(request.header.as_slice())
            && let Some(frame) = &ch.last_frame
        {
            return Ok(frame.clone());
        }
        if ch.closed {
            return Err(Rejection::new(
                RejectCode::UnknownChannel,
                format!("channel {} is closed", ch.id),
            ));
        }
        let previous = ch.tracker.balance();
        let mut tracker = ch.tracker.clone();
        let stale = |e| Rejection::new(RejectCode::StalePayment, e);
        let (fresh, mut deliver) = match &wanted {
            Wanted::Next => {
                let range = tracker.accept(ch.id, balance).map_err(stale)?;
                let fresh = ch.delivered.first_missing(range.end - range.start);
                let kept = self.withhold(&fresh);
                (fresh, kept)
            }
            Wanted::Keys(list) => {
                if let Some(past) = list.iter().find(|i| **i >= ch.total) {
                    return Err(Rejection::new(
                        RejectCode::Malformed,
                        format!(
                            "segment {past} does not exist: the video has {} segments",
                            ch.total
                        ),
                    ));
                }
                let fresh: Vec<u64> = list
                    .iter()
                    .copied()
                    .filter(|i| !ch.delivered.contains(*i))
                    .collect();
                let adds = balance.checked_sub(previous);
                if adds != Some(fresh.len() as u64) {
                    return Err(Rejection::new(
                        RejectCode::StalePayment,
                        format!(
                            "balance {balance} after {previous} pays for {} segments, the request names {} not paid before",
                            i128::from(balance) - i128::from(previous),
                            fresh.len()
                        ),
                    ));
                }
                if !fresh.is_empty() {
                    tracker.accept(ch.id, balance).map_err(stale)?;
                }
                (fresh, list.clone())
            }
        };
        // Read everything before recording the payment: a payment for segments we cannot deliver
        // must not be cashed (nor stop the viewer from paying the same balance again).
        let mut segments = BTreeMap::new();
        for index in deliver.drain(..) {
            let blob = match wanted {
                Wanted::Next => self
                    .catalog
                    .segment(&ch.cid, &ch.format, index)
                    .map(|s| seal(&s)),
                Wanted::Keys(_) => self
                    .catalog
                    .key(&ch.cid, &ch.format, index)
                    .map(|k| bytes::Bytes::copy_from_slice(&k)),
            }
            .map_err(rejection(RejectCode::Internal))?;
            segments.insert(index, blob.into());
        }
        ch.tracker = tracker;
        for index in &fresh {
            ch.delivered.insert(*index);
        }
        if !fresh.is_empty() {
            ch.latest = Some((balance, wallet_signature));
        }
        if self.policy.cash_before_last && !fresh.is_empty() && balance == ch.total {
            self.close(ch, "cash before the last segment")
                .await
                .map_err(rejection(RejectCode::Internal))?;
        }
        let delivered: Vec<u64> = segments.keys().copied().collect();
        let delivery = SegmentDeliveryMessage::sign(&self.domain, ch.id, segments, &self.comm)
            .map_err(|e| Rejection::new(RejectCode::Internal, e))?;
        let frame = delivery_frame(&delivery);
        ch.last_request = Some(request.header.clone());
        ch.last_frame = Some(frame.clone());
        self.emit(ServeEvent::Paid {
            channel: ch.id,
            balance,
            segments: delivered,
        });
        if !ch.closed && !fresh.is_empty() {
            let cashed = if balance == ch.total {
                self.close(ch, "fully paid").await
            } else if self.policy.withdraw_every > 0
                && balance - ch.withdrawn_balance >= self.policy.withdraw_every
            {
                self.withdraw(ch).await
            } else {
                Ok(())
            };
            // The segments are paid for by a valid signature; a failed transaction is retried at
            // the next payment or at close, and does not hold the viewer back.
            drop(cashed);
        }
        Ok(frame)
    }

    /// The segments of `fresh` that are delivered: all of them, less a random share under the
    /// note's withholding defence (mode `bytes` only; they stay paid).
    fn withhold(&self, fresh: &[u64]) -> Vec<u64> {
        if self.policy.withhold_per_mille == 0 {
            return fresh.to_vec();
        }
        let mut rng = rand::thread_rng();
        fresh
            .iter()
            .copied()
            .filter(|_| rng.gen_range(0..1000u16) >= self.policy.withhold_per_mille)
            .collect()
    }

    /// `/paratii/close/1`: the viewer is done; close at once with the latest payment.
    pub(super) async fn on_close_request(
        &self,
        peer: PeerId,
        frame: &Frame,
    ) -> Result<Frame, Rejection> {
        let request = CloseRequest::from_frame(frame)
            .map_err(|e| Rejection::new(RejectCode::Malformed, e))?;
        let entry = self.content_channel(request.channel).await?;
        let mut ch = entry.lock().await;
        if address_of_peer(&peer) != Some(ch.payer_key) {
            return Err(Rejection::new(
                RejectCode::BadSignature,
                format!(
                    "peer {peer} is not the payer key {} of channel {}",
                    ch.payer_key, ch.id
                ),
            ));
        }
        self.close(&mut ch, "the viewer is done")
            .await
            .map_err(rejection(RejectCode::Internal))?;
        Ok(ChannelClosed {
            channel: ch.id,
            balance: ch.withdrawn_balance,
            tx: ch.close_tx.unwrap_or_default(),
        }
        .to_frame())
    }

    pub(super) async fn withdraw(&self, ch: &mut ChannelState) -> Result<()> {
        let Some((balance, sig)) = ch.latest else {
            return Ok(());
        };
        if balance <= ch.withdrawn_balance {
            return Ok(());
        }
        let (channel, tx) = self
            .chain
            .withdraw_from_channel(ch.id, &ch.channel, balance, &sig)
            .await?;
        ch.channel = channel;
        ch.withdrawn_balance = balance;
        self.emit(ServeEvent::Withdrawn {
            channel: ch.id,
            balance,
            tx: tx.hash,
            gas_used: tx.gas_used,
        });
        Ok(())
    }

    pub(super) async fn close(&self, ch: &mut ChannelState, reason: &str) -> Result<()> {
        if ch.closed {
            return Ok(());
        }
        let payment = ch.latest.filter(|(b, _)| *b > ch.withdrawn_balance);
        let tx = self
            .chain
            .close(ch.id, &ch.channel, payment.as_ref().map(|(b, s)| (*b, s)))
            .await?;
        ch.closed = true;
        ch.close_tx = Some(tx.hash);
        let balance = payment.map_or(ch.withdrawn_balance, |(b, _)| b);
        ch.withdrawn_balance = balance;
        self.emit(ServeEvent::Closed {
            channel: ch.id,
            balance,
            reason: reason.to_owned(),
            tx: tx.hash,
            gas_used: tx.gas_used,
        });
        Ok(())
    }
}
