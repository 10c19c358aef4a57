//! The content payee: payments answered with key ‖ ciphertext (delivery mode `bytes`), key
//! requests answered with keys only (mode `keys`), and the viewer's close request.
//!
//! The receive path of a paying request is: decode, check that the noise-authenticated peer is
//! the channel's bidder key, verify the wallet signature against the payer's known public key (one
//! libsecp256k1 verification; the communication signature is not checked, see docs/PROTOCOL.md),
//! check what the balance adds, read what it pays for, store it durably, answer. Cashing in runs
//! behind it ([`super::cashier`]).

use std::collections::BTreeMap;

use alloy::primitives::Bytes as AlloyBytes;
use libp2p::PeerId;
use paratii_protocol::{
    KeyRequestMessage, PaymentMessage, SegmentDeliveryMessage, Sig, sealed_segment_hash,
};
use rand::Rng;

use super::channel::ChannelEntry;
use super::store::AnsweredRequest;
use super::{Role, ServeEvent, Shared};
use crate::catalog::toc_entry;
use crate::frame::Frame;
use crate::segments::SegmentSet;
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

impl Wanted {
    const fn keys(&self) -> bool {
        matches!(self, Self::Keys(_))
    }
}

fn internal(e: impl std::fmt::Display) -> Rejection {
    Rejection::new(RejectCode::Internal, e)
}

impl Shared {
    /// A content channel by id whose payer key is `peer`, or the rejection the peer should see.
    async fn paying_channel(
        &self,
        id: alloy::primitives::B256,
        peer: &PeerId,
    ) -> Result<std::sync::Arc<ChannelEntry>, Rejection> {
        let entry = self.entry(id).await.ok_or_else(|| {
            Rejection::new(RejectCode::UnknownChannel, format!("no channel {id}"))
        })?;
        if entry.role != Role::Content {
            return Err(Rejection::new(
                RejectCode::UnknownChannel,
                "an attention channel takes no payments",
            ));
        }
        // The session is noise-authenticated: only the bidder key's own connection pays.
        if !entry.paid_by(peer) {
            return Err(Rejection::new(
                RejectCode::BadSignature,
                format!(
                    "peer {peer} is not the payer key {} of channel {id}",
                    entry.payer_key
                ),
            ));
        }
        Ok(entry)
    }

    /// `/paratii/pay/1`.
    pub(super) async fn on_pay(&self, peer: PeerId, frame: &Frame) -> Result<Frame, Rejection> {
        let msg = PaymentMessage::decode(&frame.header)
            .map_err(|e| Rejection::new(RejectCode::Malformed, e))?;
        let entry = self.paying_channel(msg.channel, &peer).await?;
        msg.verify_wallet(&self.domain, &entry.payer_public)
            .map_err(|e| Rejection::new(RejectCode::BadSignature, e))?;
        self.deliver(
            &entry,
            frame,
            msg.balance,
            msg.wallet_signature,
            Wanted::Next,
        )
        .await
    }

    /// `/paratii/keys/1`.
    pub(super) async fn on_keys(&self, peer: PeerId, frame: &Frame) -> Result<Frame, Rejection> {
        let msg = KeyRequestMessage::decode(&frame.header)
            .map_err(|e| Rejection::new(RejectCode::Malformed, e))?;
        let entry = self.paying_channel(msg.channel, &peer).await?;
        msg.verify_wallet(&self.domain, &entry.payer_public)
            .map_err(|e| Rejection::new(RejectCode::BadSignature, e))?;
        self.deliver(
            &entry,
            frame,
            msg.balance,
            msg.wallet_signature,
            Wanted::Keys(msg.segments),
        )
        .await
    }

    /// Checks what a (verified) paying request adds, reads what it pays for, stores the payment
    /// durably, answers with a signed delivery, and wakes the cashier.
    async fn deliver(
        &self,
        entry: &ChannelEntry,
        request: &Frame,
        balance: u64,
        wallet_signature: Sig,
        wanted: Wanted,
    ) -> Result<Frame, Rejection> {
        let mut pay = entry.pay.lock().await;
        let record = entry.record();
        // The same request again (the viewer lost our answer, or we restarted): the same answer.
        if record.last_request.as_ref().map(|r| r.as_ref()) == Some(request.header.as_slice()) {
            if let Some(frame) = &pay.last_frame {
                return Ok(frame.clone());
            }
            let frame = self.answer(entry, &record.last_delivered, record.last_keys)?;
            pay.last_frame = Some(frame.clone());
            return Ok(frame);
        }
        // The one before it, sent again with it after a broken stream (R28): made again.
        if let Some(previous) = record
            .previous
            .as_ref()
            .filter(|p| p.request.as_ref() == request.header.as_slice())
        {
            return self.answer(entry, &previous.delivered, previous.keys);
        }
        if entry.is_closed() {
            return Err(Rejection::new(
                RejectCode::UnknownChannel,
                format!("channel {} is closed", entry.id),
            ));
        }
        let previous = record.balance;
        let paid = SegmentSet::from_words(entry.total, &record.delivered);
        let stale = |e| Rejection::new(RejectCode::StalePayment, e);
        let (fresh, deliver) = match &wanted {
            Wanted::Next => {
                let range = paratii_protocol::balance_increase(previous, balance, entry.total)
                    .map_err(stale)?;
                let fresh = paid.first_missing(range.end - range.start);
                let kept = self.withhold(&fresh);
                (fresh, kept)
            }
            Wanted::Keys(list) => {
                if let Some(past) = list.iter().find(|i| **i >= entry.total) {
                    return Err(Rejection::new(
                        RejectCode::Malformed,
                        format!(
                            "segment {past} does not exist: the video has {} segments",
                            entry.total
                        ),
                    ));
                }
                let fresh: Vec<u64> = list
                    .iter()
                    .copied()
                    .filter(|i| !paid.contains(*i))
                    .collect();
                if balance.checked_sub(previous) != Some(fresh.len() as u64) {
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
                    paratii_protocol::balance_increase(previous, balance, entry.total)
                        .map_err(stale)?;
                }
                (fresh, list.clone())
            }
        };
        // Read everything before recording the payment: a payment for segments we cannot deliver
        // must not be cashed (nor stop the viewer from paying the same balance again).
        let frame = self.answer(entry, &deliver, wanted.keys())?;
        // On disk before the answer leaves: a crash after this loses nothing that was paid.
        entry
            .update(self.store(), |r| {
                let mut set = SegmentSet::from_words(r.total, &r.delivered);
                for index in &fresh {
                    set.insert(*index);
                }
                r.delivered = set.words().to_vec();
                if !fresh.is_empty() {
                    r.balance = balance;
                    r.signature = Some(AlloyBytes::copy_from_slice(wallet_signature.as_bytes()));
                }
                r.previous = r.last_request.take().map(|request| AnsweredRequest {
                    request,
                    delivered: std::mem::take(&mut r.last_delivered),
                    keys: r.last_keys,
                });
                r.last_request = Some(AlloyBytes::copy_from_slice(&request.header));
                r.last_delivered.clone_from(&deliver);
                r.last_keys = wanted.keys();
            })
            .await
            .map_err(internal)?;
        pay.last_frame = Some(frame.clone());
        drop(pay);
        if !fresh.is_empty() && self.policy.cash_before_last && balance == entry.total {
            // The note's defence: cash in before the last segment leaves.
            self.close(entry, "cash before the last segment")
                .await
                .map_err(internal)?;
        } else if !fresh.is_empty() {
            entry.cash_due.notify_one();
        }
        self.emit(ServeEvent::Paid {
            channel: entry.id,
            balance,
            segments: deliver,
        });
        Ok(frame)
    }

    /// The signed delivery of `indices`: the keys only, or key ‖ ciphertext signed over each
    /// key and its ciphertext's CID (R27).
    fn answer(
        &self,
        entry: &ChannelEntry,
        indices: &[u64],
        keys: bool,
    ) -> Result<Frame, Rejection> {
        let mut segments = BTreeMap::new();
        let delivery = if keys {
            for &index in indices {
                let key = self
                    .catalog
                    .key(&entry.cid, &entry.format, index)
                    .map_err(internal)?;
                segments.insert(index, AlloyBytes::copy_from_slice(&key));
            }
            SegmentDeliveryMessage::sign(&self.domain, entry.id, segments, &self.signer)
        } else {
            let toc = self.toc(&entry.cid, &entry.format)?;
            let mut hashes = Vec::with_capacity(indices.len());
            for &index in indices {
                let sealed = self
                    .catalog
                    .segment(&entry.cid, &entry.format, index)
                    .map_err(internal)?;
                let cid = toc_entry(&toc, index).map_err(internal)?;
                hashes.push(sealed_segment_hash(&sealed.key(), cid));
                segments.insert(index, sealed.delivered().into());
            }
            SegmentDeliveryMessage::sign_over(
                &self.domain,
                entry.id,
                segments,
                hashes,
                &self.signer,
            )
        }
        .map_err(internal)?;
        Ok(delivery_frame(&delivery))
    }

    /// The table of contents of `cid`'s `format`, parsed once.
    fn toc(&self, cid: &str, format: &str) -> Result<super::Toc, Rejection> {
        let key = (cid.to_owned(), format.to_owned());
        if let Some(toc) = self
            .tocs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&key)
        {
            return Ok(toc.clone());
        }
        let listing = self.catalog.listing(cid, format).map_err(internal)?;
        let toc: super::Toc = std::sync::Arc::new(
            serde_json::from_slice(&listing.toc)
                .map_err(|e| internal(format!("the table of contents of {cid}/{format}: {e}")))?,
        );
        self.tocs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(key, toc.clone());
        Ok(toc)
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
        let entry = self.paying_channel(request.channel, &peer).await?;
        self.close(&entry, "the viewer is done")
            .await
            .map_err(internal)?;
        let tx = entry.last_tx("close").unwrap_or_default();
        Ok(ChannelClosed {
            channel: entry.id,
            balance: entry.cashed(),
            tx,
        }
        .to_frame())
    }
}
