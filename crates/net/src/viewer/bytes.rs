//! Delivery mode `bytes`: the publisher sends key ‖ ciphertext for every payment.
//!
//! The payments are pipelined by halves of the `ahead` window (PROTOCOL R26): as soon as a
//! delivery has arrived, the payment for the next half-window goes out, and the delivery is
//! checked (signature, CIDs, decryption, files) while the publisher checks that payment and sends
//! the next delivery. What is paid and not yet checked never exceeds `ahead`: a delivery still
//! being checked does not count as received.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use alloy::primitives::Address;
use alloy::sol_types::Eip712Domain;
use paratii_protocol::PaymentMessage;

use super::{WatchReport, WatchRequest, close_channel, wallet_signer, write_outputs};
use crate::catalog::{ContentCodec, Listing, open_segments, sealed_hashes, verify_listing};
use crate::discovery::{PeerInfo, publisher_peers, worth_another_server};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::{self, Protocol};
use crate::peer::{PeerConfig, keypair};
use crate::session::{BidAsk, OpenChannel, bid_at, offline};
use crate::wire::{ListingRequest, parse_delivery, parse_listing};

/// Watches in mode `bytes`.
pub(super) async fn watch_bytes(
    config: PeerConfig,
    codec: Arc<dyn ContentCodec>,
    req: WatchRequest,
) -> Result<WatchReport> {
    let chain = &config.chain;
    let wallet = chain
        .wallet_address()
        .ok_or(paratii_chain::ChainError::NoWallet)?;
    let domain = chain.payment_channel_domain();
    let video = chain
        .video(req.video)
        .await
        .map_err(|_| NetError::UnknownVideo(req.video))?;
    if !video.listed {
        return Err(NetError::Unlisted(req.video));
    }
    if !video.formats.contains(&req.format) {
        return Err(NetError::UnknownFormat {
            video: req.video,
            format: req.format.clone(),
            available: video.formats.clone(),
        });
    }
    // The escrow the bid locks: a deposit that cannot cover it is said here, in PTI, rather
    // than by the publisher's refusal of the bid.
    let required =
        alloy::primitives::U256::from(req.rate) * alloy::primitives::U256::from(video.duration);
    let available = chain.deposited(wallet).await?;
    if available < required {
        return Err(NetError::InsufficientDeposit {
            available,
            required,
        });
    }
    let (net, _inbound) = network::spawn(keypair(&config.comm)?, &config.net)?;
    // The first of the publisher's servers that lists the video and opens a channel sells it.
    let mut first_failure = None;
    let mut opened = None;
    for publisher in publisher_peers(chain, &video, req.peer.clone()).await? {
        match open_bytes_channel(&config, codec.as_ref(), &net, &video, &req, &publisher).await {
            Ok(o) => {
                opened = Some((publisher, o));
                break;
            }
            Err(e) if worth_another_server(&e) => {
                first_failure.get_or_insert(e);
            }
            Err(e) => return Err(e),
        }
    }
    let Some((publisher, BytesChannel { toc, open })) = opened else {
        return Err(first_failure.unwrap_or(NetError::NoActiveKey(video.publisher)));
    };
    let total = toc.len() as u64;
    let wanted = req.max_segments.unwrap_or(total).min(total);
    let dir = req.out.join(&req.format);
    std::fs::create_dir_all(&dir).map_err(NetError::io(&dir))?;

    let check = Check {
        codec,
        domain: domain.clone(),
        publisher_key: publisher.key,
        toc: Arc::new(toc),
        dir,
    };
    let ahead = req.ahead.max(1);
    let half = ahead.div_ceil(2);
    let mut received = Vec::new();
    let mut missing = Vec::new();
    let mut paid = 0u64;
    // A delivery that has arrived and is not yet checked, with the range it was paid for.
    let mut arrived: Option<(Range<u64>, Frame)> = None;
    let started = Instant::now();
    loop {
        // `ahead` bounds what is paid and not yet checked, withheld segments included: counting
        // them as progress would let a publisher that withholds everything drain the whole escrow.
        let balance = (received.len() as u64 + ahead).min(paid + half).min(wanted);
        let payment = if balance > paid {
            let signed = PaymentMessage::sign(
                &domain,
                open.id,
                balance,
                wallet_signer(chain)?,
                &config.comm,
            )?;
            Some(Frame::json(signed.encode()))
        } else {
            None
        };
        if payment.is_none() && arrived.is_none() {
            break;
        }
        let checking = arrived.take().map(|(range, answer)| {
            let check = check.clone();
            tokio::task::spawn_blocking(move || check.delivery(range, &answer))
        });
        let paying = async {
            match payment {
                Some(frame) => Some(pay(&net, &publisher, frame).await),
                None => None,
            }
        };
        let checked = async {
            match checking {
                Some(task) => Some(
                    task.await
                        .map_err(|e| NetError::Transport(format!("checking a delivery: {e}")))
                        .and_then(|checked| checked),
                ),
                None => None,
            }
        };
        let (answer, checked) = tokio::join!(paying, checked);
        if let Some(checked) = checked {
            let checked = checked?;
            received.extend(checked.received);
            missing.extend(checked.missing);
        }
        if let Some(answer) = answer {
            arrived = Some((paid..balance, answer?));
            paid = balance;
        }
    }
    let streaming = started.elapsed();
    let (playlist, concatenated) =
        write_outputs(&req.out, &req.format, &received, video.segment_length)?;
    let closed = if req.close_at_end {
        close_channel(chain, &net, &publisher, open.id, &open.channel).await
    } else {
        None
    };
    Ok(WatchReport {
        channel: open.id,
        open_tx: open.open_tx,
        publisher: publisher.peer_id.to_string(),
        paid_segments: paid,
        paid_wei: crate::server::value_of(&open.channel, paid),
        received,
        missing,
        playlist,
        concatenated,
        delivery: "bytes",
        bytes_from_publisher: net.traffic().of(Protocol::Pay).received,
        streaming,
        closed,
        abandoned: Vec::new(),
    })
}

/// Sends one payment and takes its delivery. One retry after a lost answer: the publisher
/// answers the same payment with the same delivery, and the request redials if the connection
/// dropped.
async fn pay(net: &network::Client, publisher: &PeerInfo, frame: Frame) -> Result<Frame> {
    let (peer, addrs) = (publisher.peer_id, publisher.addrs.clone());
    match net
        .request(peer, addrs.clone(), Protocol::Pay, frame.clone())
        .await
    {
        Ok(answer) => Ok(answer),
        Err(NetError::Request { .. } | NetError::DialFailed { .. }) => net
            .request(peer, addrs, Protocol::Pay, frame)
            .await
            .map_err(|e| offline(publisher, e)),
        Err(e) => Err(e),
    }
}

/// What a delivery is checked against; cheap to clone into the blocking pool.
#[derive(Clone)]
struct Check {
    codec: Arc<dyn ContentCodec>,
    domain: Eip712Domain,
    publisher_key: Address,
    toc: Arc<Vec<String>>,
    dir: PathBuf,
}

/// The segments of one delivery that were checked and written, and those paid and not delivered.
struct Checked {
    received: Vec<u64>,
    missing: Vec<u64>,
}

impl Check {
    /// Checks the delivery paid for `range`: the owner key's signature (over each key and CID,
    /// R27), only segments of the range, each against its CID, decrypted and written; in order
    /// up to the first that fails.
    fn delivery(&self, range: Range<u64>, answer: &Frame) -> Result<Checked> {
        let delivery = parse_delivery(answer)?;
        delivery.verify_over(
            &self.domain,
            sealed_hashes(&self.toc, &delivery.segments)?,
            self.publisher_key,
        )?;
        let indices: Vec<u64> = delivery.segments.keys().copied().collect();
        if indices.iter().any(|i| !range.contains(i)) {
            return Err(NetError::UnexpectedSegments {
                expected: range,
                got: indices,
            });
        }
        let mut received = Vec::new();
        for (index, plain) in open_segments(self.codec.as_ref(), &self.toc, &delivery.segments) {
            let path = self.dir.join(format!("{index:05}.ts"));
            std::fs::write(&path, plain?).map_err(NetError::io(&path))?;
            received.push(index);
        }
        let missing = range
            .filter(|i| !delivery.segments.contains_key(i))
            .collect();
        Ok(Checked { received, missing })
    }
}

/// A bytes-mode channel, opened by one of the publisher's servers.
struct BytesChannel {
    toc: Vec<String>,
    open: OpenChannel,
}

/// Asks `publisher` for the listing (checked against the registered CID and length), then bids
/// to it and checks that the channel it says it opened is open.
async fn open_bytes_channel(
    config: &PeerConfig,
    codec: &dyn ContentCodec,
    net: &network::Client,
    video: &paratii_chain::VideoRecord,
    req: &WatchRequest,
    publisher: &PeerInfo,
) -> Result<BytesChannel> {
    let chain = &config.chain;
    let (peer, addrs) = (publisher.peer_id, publisher.addrs.clone());
    let answer = net
        .request(
            peer,
            addrs.clone(),
            Protocol::Listing,
            ListingRequest {
                hash: video.cid.clone(),
                format: req.format.clone(),
            }
            .to_frame(),
        )
        .await
        .map_err(|e| offline(publisher, e))?;
    let (directory, toc) = parse_listing(&answer)?;
    let toc = verify_listing(codec, &video.cid, &req.format, &Listing { directory, toc })?;
    let total = u64::from(video.duration).div_ceil(u64::from(video.segment_length.max(1)));
    if toc.len() as u64 != total {
        return Err(NetError::Malformed {
            what: "table of contents",
            reason: format!("{} segments, the registered video has {total}", toc.len()),
        });
    }
    let open = bid_at(
        chain,
        &config.comm,
        net,
        publisher,
        &BidAsk {
            cid: &video.cid,
            format: &req.format,
            rate: req.rate,
            expiry_secs: req.expiry_secs,
        },
    )
    .await?;
    Ok(BytesChannel { toc, open })
}
