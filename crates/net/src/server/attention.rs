//! The viewer's side of an attention channel: fetch the advertiser's listing, request its
//! segments in batches with receipts, check and keep each one, cash the payments, close.

use std::collections::BTreeMap;
use std::sync::Arc;

use libp2p::PeerId;
use paratii_protocol::{SegmentRequestMessage, VerifiedBid};
use tokio::sync::Mutex;

use super::{ChannelState, ServeEvent, Shared};
use crate::catalog::{open_segment, verify_listing};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::Protocol;
use crate::wire::{ListingRequest, parse_attention, parse_listing};

/// Runs the viewer's side of an attention channel to its end, then closes the channel.
pub(super) async fn run_attention(
    shared: Arc<Shared>,
    peer: PeerId,
    bid: VerifiedBid,
    state: Arc<Mutex<ChannelState>>,
) {
    let (channel, total) = {
        let ch = state.lock().await;
        (ch.id, ch.total)
    };
    let mut received = 0;
    let result = attention_loop(&shared, peer, &bid, &state, &mut received).await;
    let mut ch = state.lock().await;
    let close = shared.close(&mut ch, "attention exchange ended").await;
    let error = result
        .err()
        .map(|e| e.to_string())
        .or_else(|| close.err().map(|e| e.to_string()));
    shared.emit(ServeEvent::AttentionDone {
        channel,
        segments: received,
        error: error.or_else(|| (received < total).then(|| "incomplete".to_owned())),
    });
}

async fn attention_loop(
    shared: &Shared,
    peer: PeerId,
    bid: &VerifiedBid,
    state: &Mutex<ChannelState>,
    received: &mut u64,
) -> Result<()> {
    let Some(policy) = shared.policy.attention.clone() else {
        return Ok(());
    };
    let (channel, total) = {
        let ch = state.lock().await;
        (ch.id, ch.total)
    };
    let t = &bid.terms;
    let answer = shared
        .net
        .request(
            peer,
            Vec::new(),
            Protocol::Listing,
            ListingRequest {
                hash: t.cid.clone(),
                format: t.format.clone(),
            }
            .to_frame(),
        )
        .await?;
    let (directory, toc) = parse_listing(&answer)?;
    let toc = verify_listing(
        shared.codec.as_ref(),
        &t.cid,
        &t.format,
        &crate::catalog::Listing { directory, toc },
    )?;
    if toc.len() as u64 != total {
        return Err(NetError::Malformed {
            what: "table of contents",
            reason: format!("{} segments, the channel pays for {total}", toc.len()),
        });
    }
    let dir = policy.out.join(format!("{channel}"));
    std::fs::create_dir_all(&dir).map_err(NetError::io(&dir))?;
    let batch = policy.batch.max(1);
    let mut next = 0u64;
    let mut receipts = BTreeMap::new();
    loop {
        // Receipts follow what the viewer watched: with a gate (the player), the receipts of a
        // batch go out, and the next batch is asked for, only once the player has reached the
        // batch's last segment, so an advertiser pays at most one batch beyond what was played.
        if next > 0
            && let Some(gate) = &policy.gate
        {
            gate.0
                .reached(channel, next - 1)
                .await
                .map_err(NetError::ViewerStopped)?;
        }
        let done = next >= total;
        let last = if done {
            total.saturating_sub(1)
        } else {
            (next + batch - 1).min(total - 1)
        };
        let request = SegmentRequestMessage::sign(
            &shared.domain,
            channel,
            last,
            std::mem::take(&mut receipts),
            &shared.comm,
        )?;
        let answer = shared
            .net
            .request(
                peer,
                Vec::new(),
                Protocol::Attention,
                Frame::json(request.encode()),
            )
            .await;
        if done {
            // The last request only shows the receipts of the last batch. Everything is paid for
            // by then, so an advertiser that hangs up before its answer reaches us (it stops as
            // soon as it has sent it) costs the viewer nothing: not an error.
            return Ok(());
        }
        let answer = answer?;
        let delivery = parse_attention(&answer)?;
        delivery.verify(&shared.domain, bid.payer(), t.bidder_key)?;
        let indices: Vec<u64> = delivery.segments.keys().copied().collect();
        if indices != (next..=last).collect::<Vec<_>>() {
            return Err(NetError::UnexpectedSegments {
                expected: next..last + 1,
                got: indices,
            });
        }
        if delivery.balance < last + 1 || delivery.balance > total {
            return Err(NetError::Underpaid {
                balance: delivery.balance,
                last,
            });
        }
        for (index, data) in &delivery.segments {
            let cid = &toc[*index as usize];
            let plain = open_segment(shared.codec.as_ref(), *index, cid, data)?;
            let path = dir.join(format!("{index:05}.ts"));
            std::fs::write(&path, plain).map_err(NetError::io(&path))?;
        }
        receipts = delivery.receipts();
        *received = last + 1;
        let mut ch = state.lock().await;
        ch.latest = Some((delivery.balance, delivery.wallet_signature));
        shared.emit(ServeEvent::Paid {
            channel,
            balance: delivery.balance,
            segments: indices,
        });
        if policy.withdraw_every > 0
            && delivery.balance - ch.withdrawn_balance >= policy.withdraw_every
            && delivery.balance < total
        {
            shared.withdraw(&mut ch).await?;
        }
        next = last + 1;
    }
}
