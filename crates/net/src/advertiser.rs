//! `advertise`: bid on a viewer's attention with one of our videos, then serve it to the viewer
//! in the batches it requests, checking its receipts and paying with every delivery.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{Address, B256, U256};
use libp2p::Multiaddr;
use paratii_protocol::{AttentionDeliveryMessage, BidTerms, SegmentRequestMessage};
use serde::Serialize;

use crate::catalog::Catalog;
use crate::discovery::{active_key_of, resolve_key};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::{self, Protocol};
use crate::peer::{PeerConfig, keypair};
use crate::server::serve_listing;
use crate::wire::{BidAccepted, RejectCode, Rejection, attention_frame};

/// What to advertise, to whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdvertiseRequest {
    /// The viewer's wallet.
    pub viewer: Address,
    /// The viewer's communication key (default: its first active key).
    pub viewer_key: Option<Address>,
    /// Our video (we must own it: its owner key is our communication key).
    pub video: B256,
    /// The format.
    pub format: String,
    /// The rate offered, PTI wei per second.
    pub rate: u128,
    /// The bid expires this many seconds (chain time) from now.
    pub expiry_secs: u64,
    /// Dial these addresses instead of the viewer's profile.
    pub peer: Vec<Multiaddr>,
    /// Give up when the viewer asks nothing for this long.
    pub idle_timeout: Duration,
}

/// What advertising did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AdvertiseReport {
    /// The channel id.
    pub channel: B256,
    /// The `open` transaction (sent by the viewer).
    pub open_tx: B256,
    /// The viewer's PeerId.
    pub viewer: String,
    /// Segments delivered.
    pub delivered: u64,
    /// The cumulative balance signed over to the viewer.
    pub balance: u64,
    /// PTI wei that balance is worth.
    pub paid_wei: U256,
    /// Receipts checked against what was delivered.
    pub receipts_checked: u64,
}

/// Bids on a viewer's attention and serves the video until the viewer has shown receipts for
/// every segment.
pub async fn advertise(
    config: PeerConfig,
    catalog: Arc<dyn Catalog>,
    req: AdvertiseRequest,
) -> Result<AdvertiseReport> {
    let chain = &config.chain;
    let wallet = chain
        .wallet()
        .ok_or(paratii_chain::ChainError::NoWallet)?
        .clone();
    let domain = chain.payment_channel_domain();
    let video = chain
        .video(req.video)
        .await
        .map_err(|_| NetError::UnknownVideo(req.video))?;
    if video.owner_key != config.comm.address() {
        return Err(NetError::Catalog(format!(
            "video {} is owned by key {}, not ours ({})",
            req.video,
            video.owner_key,
            config.comm.address()
        )));
    }
    if !video.formats.contains(&req.format) {
        return Err(NetError::UnknownFormat {
            video: req.video,
            format: req.format.clone(),
            available: video.formats.clone(),
        });
    }
    let listing = catalog.listing(&video.cid, &req.format)?;
    let total = u64::from(video.duration).div_ceil(u64::from(video.segment_length.max(1)));
    // The escrow the bid locks, from our free balance: said here, in PTI, rather than by the
    // viewer's refusal of the bid.
    let required = U256::from(req.rate) * U256::from(video.duration);
    let available = chain.deposited(wallet.address()).await?;
    if available < required {
        return Err(NetError::InsufficientDeposit {
            available,
            required,
        });
    }
    let viewer_key = match req.viewer_key {
        Some(k) => k,
        None => active_key_of(chain, req.viewer).await?,
    };
    let viewer = resolve_key(chain, viewer_key, req.peer.clone())
        .await
        .map_err(|e| match e {
            NetError::NoAddress { wallet, peer } => NetError::ViewerNotServing { wallet, peer },
            other => other,
        })?;
    if viewer.wallet != req.viewer {
        return Err(NetError::KeyInactive {
            key: viewer_key,
            wallet: viewer.wallet,
        });
    }
    let (net, mut inbound) = network::spawn(keypair(&config.comm)?, &config.net)?;
    for addr in &config.listen {
        net.listen(addr.clone()).await?;
    }
    let now = chain.block_timestamp().await?;
    let bid = BidTerms {
        nonce: chain.nonce_of(wallet.address()).await?,
        rate: req.rate,
        expiration: now + req.expiry_secs,
        cid: video.cid.clone(),
        format: req.format.clone(),
        bidder_key: config.comm.address(),
        counterparty_key: viewer_key,
    }
    .sign(&domain, &wallet, &config.comm)?;
    let expected = bid.channel_id(&domain);
    let answer = net
        .request(
            viewer.peer_id,
            viewer.addrs.clone(),
            Protocol::Bid,
            Frame::json(bid.encode()),
        )
        .await
        .map_err(|e| match e {
            NetError::DialFailed { .. } => NetError::ViewerOffline {
                peer: viewer.peer_id,
                addrs: viewer.addrs.iter().map(ToString::to_string).collect(),
            },
            other => other,
        })?;
    let accepted = BidAccepted::from_frame(&answer)?;
    if accepted.channel != expected {
        return Err(NetError::ChannelIdMismatch {
            expected,
            got: accepted.channel,
        });
    }
    let record = chain.channel(expected).await?;
    let _ = listing;

    let mut delivered: BTreeMap<u64, B256> = BTreeMap::new();
    let mut last_batch: Vec<u64> = Vec::new();
    let mut balance = 0u64;
    let mut receipts_checked = 0u64;
    loop {
        let req_in = tokio::time::timeout(req.idle_timeout, inbound.recv())
            .await
            .map_err(|_| NetError::Request {
                peer: viewer.peer_id,
                protocol: Protocol::Attention.name(),
                reason: format!("the viewer asked nothing for {:?}", req.idle_timeout),
            })?
            .ok_or(NetError::Stopped)?;
        let answer = if req_in.peer != viewer.peer_id {
            Rejection::new(RejectCode::UnknownChannel, "not our viewer").to_frame()
        } else {
            match req_in.protocol {
                Protocol::Listing => serve_listing(catalog.as_ref(), &req_in.frame),
                Protocol::Attention => {
                    match serve_request(
                        &req_in.frame,
                        &domain,
                        expected,
                        viewer_key,
                        &delivered,
                        &last_batch,
                    ) {
                        Err(r) => r.to_frame(),
                        Ok(request) => {
                            receipts_checked += request.receipts.len() as u64;
                            let next = delivered.keys().next_back().map_or(0, |l| l + 1);
                            let last = request.segment.min(total.saturating_sub(1));
                            if next >= total {
                                // Receipts for everything: done.
                                let empty = AttentionDeliveryMessage::sign(
                                    &domain,
                                    expected,
                                    BTreeMap::new(),
                                    balance,
                                    &wallet,
                                    &config.comm,
                                )?;
                                net.respond_flushed(req_in, attention_frame(&empty)).await?;
                                break;
                            }
                            let mut segments = BTreeMap::new();
                            for index in next..=last.max(next) {
                                let sealed = catalog.segment(&video.cid, &req.format, index)?;
                                segments.insert(index, sealed.delivered().into());
                            }
                            balance = balance.max(last.max(next) + 1);
                            let msg = AttentionDeliveryMessage::sign(
                                &domain,
                                expected,
                                segments,
                                balance,
                                &wallet,
                                &config.comm,
                            )?;
                            last_batch = msg.segments.keys().copied().collect();
                            delivered.extend(msg.receipts());
                            attention_frame(&msg)
                        }
                    }
                }
                Protocol::Bid | Protocol::Pay | Protocol::Keys | Protocol::Close => {
                    Rejection::new(RejectCode::NoAttention, "this peer only advertises").to_frame()
                }
            }
        };
        net.respond(req_in.protocol, req_in.channel, answer).await?;
    }
    Ok(AdvertiseReport {
        channel: expected,
        open_tx: accepted.tx,
        viewer: viewer.peer_id.to_string(),
        delivered: delivered.len() as u64,
        balance,
        paid_wei: crate::server::value_of(&record.channel, balance),
        receipts_checked,
    })
}

/// Checks a segment request: signed by the viewer key, on our channel, with receipts matching
/// what we delivered and covering the whole previous batch.
fn serve_request(
    frame: &Frame,
    domain: &alloy::sol_types::Eip712Domain,
    channel: B256,
    viewer_key: Address,
    delivered: &BTreeMap<u64, B256>,
    last_batch: &[u64],
) -> Result<SegmentRequestMessage, Rejection> {
    let request = SegmentRequestMessage::decode(&frame.header)
        .map_err(|e| Rejection::new(RejectCode::Malformed, e))?;
    if request.channel != channel {
        return Err(Rejection::new(
            RejectCode::UnknownChannel,
            format!("channel {}", request.channel),
        ));
    }
    request
        .verify(domain, viewer_key)
        .map_err(|e| Rejection::new(RejectCode::BadSignature, e))?;
    request
        .check_receipts(delivered)
        .map_err(|e| Rejection::new(RejectCode::BadReceipt, e))?;
    if let Some(missing) = last_batch
        .iter()
        .find(|i| !request.receipts.contains_key(i))
    {
        return Err(Rejection::new(
            RejectCode::BadReceipt,
            format!("no receipt for segment {missing} of the previous batch"),
        ));
    }
    Ok(request)
}
