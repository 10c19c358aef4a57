//! The viewer's side of an attention channel, as a client of the advertiser: fetch its listing,
//! request its segments in batches with receipts, check and keep each one, hand the payments
//! that come with them to the channel's cashier, close at the end.

use std::collections::BTreeMap;
use std::sync::Arc;

use alloy::primitives::Bytes as AlloyBytes;
use libp2p::PeerId;
use paratii_protocol::{SegmentRequestMessage, VerifiedBid};

use crate::catalog::{open_segment, verify_listing};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::Protocol;
use crate::server::channel::ChannelEntry;
use crate::server::{ServeEvent, Shared};
use crate::wire::{ListingRequest, parse_attention, parse_listing};

/// Runs the viewer's side of an attention channel to its end, then closes the channel.
pub(crate) async fn run(
    shared: Arc<Shared>,
    peer: PeerId,
    bid: VerifiedBid,
    entry: Arc<ChannelEntry>,
) {
    let (channel, total) = (entry.id, entry.total);
    let mut received = 0;
    let result = attention_loop(&shared, peer, &bid, &entry, &mut received).await;
    let close = shared.close(&entry, "attention exchange ended").await;
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
    entry: &ChannelEntry,
    received: &mut u64,
) -> Result<()> {
    let Some(policy) = shared.policy.attention.clone() else {
        return Ok(());
    };
    let (channel, total) = (entry.id, entry.total);
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
        let signature = AlloyBytes::copy_from_slice(delivery.wallet_signature.as_bytes());
        let balance = delivery.balance;
        entry
            .update(shared.store(), |r| {
                let mut set = crate::segments::SegmentSet::from_words(r.total, &r.delivered);
                for index in &indices {
                    set.insert(*index);
                }
                r.delivered = set.words().to_vec();
                if balance > r.balance {
                    r.balance = balance;
                    r.signature = Some(signature);
                }
            })
            .await?;
        shared.emit(ServeEvent::Paid {
            channel,
            balance,
            segments: indices,
        });
        // The cashier withdraws every `withdraw_every` segments; the close below cashes the rest.
        entry.cash_due.notify_one();
        next = last + 1;
    }
}
