//! Delivery mode `bytes`: the publisher sends key ‖ ciphertext for every payment.
//!
//! The payments go by halves of the `ahead` window (PROTOCOL R26), two in flight on one stream
//! (R28): the publisher checks and stores the second while the first one's delivery is on the
//! wire, and each delivery is checked (signature, CIDs, decryption, files) while the next one
//! arrives. What is paid and not yet checked never exceeds `ahead`: a delivery that has arrived
//! and is not yet checked does not count as received.

use std::collections::VecDeque;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use alloy::primitives::Address;
use alloy::sol_types::Eip712Domain;
use paratii_protocol::PaymentMessage;
use tokio::task::JoinHandle;

use super::{WatchReport, WatchRequest, close_channel, wallet_signer, write_outputs};
use crate::catalog::{ContentCodec, Listing, open_segments, sealed_hashes, verify_listing};
use crate::discovery::{PeerInfo, publisher_peers, worth_another_server};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::{self, Pipeline, Protocol};
use crate::peer::{PeerConfig, fast_signer, keypair};
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
    let mut payments = Payments::open(&net, &publisher).await?;
    let mut received = Vec::new();
    let mut missing = Vec::new();
    let mut paid = 0u64;
    let mut in_flight = Queue::new();
    // Deliveries arrived and not yet checked; checked one at a time, in order.
    let mut arrived = Queue::new();
    let mut checking: Option<JoinHandle<Result<Checked>>> = None;
    let wallet_key = fast_signer(wallet_signer(chain)?, "wallet key")?;
    let comm_key = fast_signer(&config.comm, "communication key")?;
    let started = Instant::now();
    loop {
        while in_flight.len() < payments.depth() {
            // `ahead` bounds what is paid and not yet checked, withheld segments included:
            // counting them as progress would let a publisher that withholds everything drain
            // the whole escrow.
            let balance = (received.len() as u64 + ahead).min(paid + half).min(wanted);
            if balance <= paid {
                break;
            }
            let signed = PaymentMessage::sign(&domain, open.id, balance, &wallet_key, &comm_key)?;
            let frame = Frame::json(signed.encode());
            payments.send(&frame, &in_flight).await?;
            in_flight.push_back((paid..balance, frame));
            paid = balance;
        }
        if checking.is_none()
            && let Some((range, answer)) = arrived.pop_front()
        {
            let check = check.clone();
            checking = Some(tokio::task::spawn_blocking(move || {
                check.delivery(range, &answer)
            }));
        }
        if in_flight.is_empty() && checking.is_none() {
            break;
        }
        tokio::select! {
            answer = payments.next_answer(&in_flight), if !in_flight.is_empty() => {
                let range = in_flight.pop_front().map(|(r, _)| r).unwrap_or_default();
                arrived.push_back((range, answer?));
            }
            Some(checked) = async { Some(checking.as_mut()?.await) }, if checking.is_some() => {
                checking = None;
                let checked = checked
                    .map_err(|e| NetError::Transport(format!("checking a delivery: {e}")))??;
                received.extend(checked.received);
                missing.extend(checked.missing);
            }
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

/// How the payments reach the publisher: on one stream with up to two in flight, the next
/// checked and stored by the publisher while the delivery before it is on the wire (PROTOCOL
/// R28), or one at a time when it does not take the stream protocol.
struct Payments<'a> {
    net: &'a network::Client,
    publisher: &'a PeerInfo,
    /// Whether the publisher takes the stream; `pipeline` is `None` only while it is replaced.
    pipelined: bool,
    pipeline: Option<Pipeline>,
    /// The one-at-a-time payment in flight.
    single: Option<JoinHandle<Result<Frame>>>,
    /// Whether the stream was replaced since the last answer: once per answer, as a lone
    /// payment is sent once more after a lost answer.
    renewed: bool,
}

impl<'a> Payments<'a> {
    async fn open(net: &'a network::Client, publisher: &'a PeerInfo) -> Result<Self> {
        let pipeline = net
            .pipeline(publisher.peer_id, publisher.addrs.clone(), Protocol::Pay)
            .await
            .map_err(|e| offline(publisher, e))?;
        Ok(Self {
            net,
            publisher,
            pipelined: pipeline.is_some(),
            pipeline,
            single: None,
            renewed: false,
        })
    }

    /// How many payments may be in flight at once.
    const fn depth(&self) -> usize {
        if self.pipelined { 2 } else { 1 }
    }

    /// Sends `frame`; `in_flight` are the payments sent before it and not yet answered, sent
    /// again first if the stream has to be replaced.
    async fn send(&mut self, frame: &Frame, in_flight: &Queue) -> Result<()> {
        if !self.pipelined {
            let (net, publisher, frame) = (self.net.clone(), self.publisher.clone(), frame.clone());
            self.single = Some(tokio::spawn(
                async move { pay(&net, &publisher, frame).await },
            ));
            return Ok(());
        }
        loop {
            let Some(pipeline) = self.pipeline.as_mut() else {
                self.renew(None, in_flight).await?;
                continue;
            };
            match pipeline.send(frame).await {
                Ok(()) => return Ok(()),
                Err(e) => self.renew(Some(e), in_flight).await?,
            }
        }
    }

    /// The answer to the oldest payment in `in_flight`. Cancel-safe, as `select!` needs: a
    /// replacement of the stream cut short is begun again by the next call.
    async fn next_answer(&mut self, in_flight: &Queue) -> Result<Frame> {
        if !self.pipelined {
            let Some(task) = self.single.as_mut() else {
                return Err(NetError::Transport("no payment in flight".into()));
            };
            let answer = task.await;
            self.single = None;
            return answer.map_err(|e| NetError::Transport(format!("a payment: {e}")))?;
        }
        loop {
            let Some(pipeline) = self.pipeline.as_mut() else {
                self.renew(None, in_flight).await?;
                continue;
            };
            match pipeline.next_answer().await {
                Ok(answer) => {
                    self.renewed = false;
                    return Ok(answer);
                }
                Err(e) => self.renew(Some(e), in_flight).await?,
            }
        }
    }

    /// Replaces the stream after `cause` broke it (`None`: a replacement begun before) and sends
    /// every payment in flight again on the new one, in order: the publisher answers a payment
    /// it took already, and the one before it, with the same delivery (R25, R28), so nothing is
    /// paid twice.
    async fn renew(&mut self, cause: Option<NetError>, in_flight: &Queue) -> Result<()> {
        self.pipeline = None;
        if let Some(e) = cause {
            if self.renewed || !matches!(e, NetError::Request { .. } | NetError::DialFailed { .. })
            {
                return Err(offline(self.publisher, e));
            }
            self.renewed = true;
        }
        let (peer, addrs) = (self.publisher.peer_id, self.publisher.addrs.clone());
        let mut pipeline = self
            .net
            .pipeline(peer, addrs, Protocol::Pay)
            .await
            .map_err(|e| offline(self.publisher, e))?
            .ok_or_else(|| {
                // It spoke the stream protocol a moment ago; one that stops is not followed.
                NetError::Transport("the publisher no longer takes the payment stream".into())
            })?;
        for (_, frame) in in_flight {
            pipeline
                .send(frame)
                .await
                .map_err(|e| offline(self.publisher, e))?;
        }
        self.pipeline = Some(pipeline);
        Ok(())
    }
}

/// Payments sent and not yet answered, oldest first, with the ranges they pay for.
type Queue = VecDeque<(Range<u64>, Frame)>;

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
