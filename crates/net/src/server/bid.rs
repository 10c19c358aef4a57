//! A bid: verified, admitted ([`super::admission`]), opened on chain, and its channel served.

use std::sync::Arc;

use libp2p::PeerId;
use paratii_protocol::{BidMessage, VerifyingKey};

use super::channel::ChannelEntry;
use super::store::StoredTx;
use super::{Role, ServeEvent, Shared, admission, cashier};
use crate::frame::Frame;
use crate::wire::{BidAccepted, RejectCode, Rejection};

impl Shared {
    pub(super) async fn on_bid(self: &Arc<Self>, peer: PeerId, frame: &Frame) -> Frame {
        match self.bid(peer, frame).await {
            Ok(accepted) => accepted.to_frame(),
            Err(reason) => {
                self.emit(ServeEvent::Refused {
                    peer: peer.to_string(),
                    reason: reason.clone(),
                });
                reason.to_frame()
            }
        }
    }

    pub(super) async fn bid(
        self: &Arc<Self>,
        peer: PeerId,
        frame: &Frame,
    ) -> Result<BidAccepted, Rejection> {
        let msg = BidMessage::decode(&frame.header)
            .map_err(|e| Rejection::new(RejectCode::Malformed, e))?;
        let verified = msg
            .verify(&self.domain)
            .map_err(|e| Rejection::new(RejectCode::BadSignature, e))?;
        let video = self
            .chain
            .video(verified.terms.video())
            .await
            .map_err(|e| {
                // An RPC outage is our problem, not an unknown video.
                let code = if e.is_unreachable() {
                    RejectCode::Internal
                } else {
                    RejectCode::UnknownVideo
                };
                Rejection::new(code, e)
            })?;
        let ctx = admission::Context {
            policy: &self.policy,
            our_key: self.comm.address(),
            our_wallet: self.payee,
            open_channels: self.open_channels().await,
        };
        let role = admission::precheck(&verified, &peer, &video, &ctx)?;
        let internal = |e: paratii_chain::ChainError| Rejection::new(RejectCode::Internal, e);
        let state = self
            .chain
            .chain_state_for(&verified)
            .await
            .map_err(internal)?;
        let toc_len = match role {
            Role::Content => {
                let (cid, format) = (&verified.terms.cid, &verified.terms.format);
                let len = self.toc_len(cid, format)?;
                // A video whose secret we cannot unlock (a node key with a password of its own
                // and no shared secrets) is refused before any channel opens on it.
                if len.is_some()
                    && let Err(e) = self.catalog.can_sell(cid, format)
                {
                    return Err(Rejection::new(
                        RejectCode::UnknownVideo,
                        format!("this server cannot sell video {cid}: {e}"),
                    ));
                }
                len
            }
            Role::Attention => None,
        };
        let terms =
            admission::check_terms(&verified, role, &state, self.payee, &self.policy, toc_len)?;
        // The payer's key is recovered once; every payment is then one verification against it.
        let payer_public = VerifyingKey::recover(&msg.wallet_signature, &verified.channel_id)
            .map_err(|e| Rejection::new(RejectCode::BadSignature, e))?;
        let opened = self
            .chain
            .open(&msg)
            .await
            .map_err(|e| Rejection::new(RejectCode::OpenFailed, e))?;
        let t = &verified.terms;
        let total = terms.max_segments();
        let record = ChannelEntry::opened(
            opened.id,
            role,
            &opened.channel,
            payer_public,
            t.bidder_key,
            &t.cid,
            &t.format,
            total,
        );
        let open = StoredTx {
            kind: "open".into(),
            balance: 0,
            tx: opened.tx.hash,
            gas_used: opened.tx.gas_used,
            reason: None,
        };
        if let Some(store) = self.store() {
            store
                .put(record.clone(), Some((0, open.clone())))
                .await
                .map_err(|e| Rejection::new(RejectCode::Internal, e))?;
        }
        let entry = Arc::new(
            ChannelEntry::from_record(record, vec![open])
                .map_err(|e| Rejection::new(RejectCode::Internal, e))?,
        );
        self.channels.lock().await.insert(opened.id, entry.clone());
        tokio::spawn(cashier::run(self.clone(), entry.clone()));
        self.emit(ServeEvent::Opened {
            role,
            channel: opened.id,
            payer: verified.payer(),
            format: t.format.clone(),
            video: t.video(),
            segments: total,
            segment_seconds: video.segment_length,
            price_per_segment: opened.channel.pricePerSegment,
            tx: opened.tx.hash,
            gas_used: opened.tx.gas_used,
        });
        if role == Role::Attention {
            tokio::spawn(crate::attention::run(
                self.clone(),
                peer,
                verified.clone(),
                entry,
            ));
        }
        Ok(BidAccepted {
            channel: opened.id,
            tx: opened.tx.hash,
        })
    }

    /// The length of our table of contents of `format` (`None`: not in our library).
    pub(super) fn toc_len(&self, cid: &str, format: &str) -> Result<Option<usize>, Rejection> {
        let Ok(listing) = self.catalog.listing(cid, format) else {
            return Ok(None);
        };
        let toc: Vec<String> = serde_json::from_slice(&listing.toc)
            .map_err(|e| Rejection::new(RejectCode::Internal, e))?;
        Ok(Some(toc.len()))
    }
}
