//! One paid stream against the publisher's process, and the raw baseline between the same
//! identities, each process on its own.

use std::path::Path;
use std::time::{Duration, Instant};

use eyre::{Result, eyre};
use paratii_net::catalog::{open_segment, sealed_hashes};
use paratii_net::frame::Frame;
use paratii_net::network::{self, NetConfig, Protocol};
use paratii_net::wire::{BidAccepted, parse_delivery};
use paratii_net::{PeerConfig, keypair, watch};

use crate::content::RealCodec;
use crate::publisher::{Endpoint, Publisher, ask};
use crate::{Args, Bench, RATE};

/// One paid stream of every segment (`watch`, mode `bytes`), timed from its first payment to its
/// last segment checked and written (`WatchReport::streaming`).
pub async fn paid_throughput(
    b: &Bench,
    args: &Args,
    publisher: &Publisher,
    out: &Path,
) -> Result<Duration> {
    let v = &b.viewers[0];
    let report = watch(
        PeerConfig::new(v.client.clone(), v.comm.clone()),
        std::sync::Arc::new(RealCodec),
        b.request(
            publisher.server.addrs.clone(),
            out.to_path_buf(),
            args.ahead,
            args.segments,
        ),
    )
    .await?;
    if report.received.len() as u64 != args.segments {
        return Err(eyre!("received {} segments", report.received.len()));
    }
    Ok(report.streaming)
}

/// The most segment bytes one raw request asks for: half the pay protocol's 64 MiB answer frame.
const RAW_REQUEST_BYTES: u64 = 32 << 20;

/// The same bytes on the same kind of long-lived stream with no payment, `per_request` segments
/// a request (as a paid delivery carries them, as blobs).
pub async fn raw_bulk(
    client: &network::Client,
    raw: &Endpoint,
    segments: u64,
    per_request: u64,
) -> Result<Duration> {
    let t0 = Instant::now();
    let mut next = 0;
    while next < segments {
        let count = per_request.min(segments - next);
        let got = client
            .request(raw.peer, raw.addrs.clone(), Protocol::Pay, ask(next, count))
            .await?;
        if got.blobs.len() as u64 != count {
            return Err(eyre!("raw: {} blobs for {count}", got.blobs.len()));
        }
        next += count;
    }
    Ok(t0.elapsed())
}

/// The raw baseline's two shapes: `ahead` segments a request, as the note's viewer asks, and as
/// many as one frame takes (the stream's own ceiling).
pub fn raw_shapes(args: &Args) -> [u64; 2] {
    let most = (RAW_REQUEST_BYTES / (args.segment_kib as u64 * 1024)).clamp(1, args.segments);
    [args.ahead, most]
}

/// A client of the raw responder, connected and warm.
pub async fn raw_client(b: &Bench, raw: &Endpoint) -> Result<network::Client> {
    let (client, _rx) = network::spawn(keypair(&b.viewers[0].comm)?, &NetConfig::default())?;
    client
        .request(raw.peer, raw.addrs.clone(), Protocol::Pay, ask(0, 1))
        .await?;
    Ok(client)
}

/// The raw round trip of one segment, `segments` times.
pub async fn raw_round_trips(
    client: &network::Client,
    raw: &Endpoint,
    segments: u64,
) -> Result<Vec<Duration>> {
    let mut rtts = Vec::new();
    for i in 0..segments {
        let t = Instant::now();
        client
            .request(raw.peer, raw.addrs.clone(), Protocol::Pay, ask(i, 1))
            .await?;
        rtts.push(t.elapsed());
    }
    Ok(rtts)
}

/// Per payment of one segment, one at a time: from the payment sent to its delivery received,
/// and to its segment checked (signature, CID) and decrypted.
pub struct Latency {
    pub received: Vec<Duration>,
    pub checked: Vec<Duration>,
}

pub async fn paid_latency(b: &Bench, args: &Args, server: &Endpoint) -> Result<Latency> {
    let v = &b.viewers[1.min(b.viewers.len() - 1)];
    let (client, _rx) = network::spawn(keypair(&v.comm)?, &NetConfig::default())?;
    let request =
        |protocol, frame: Frame| client.request(server.peer, server.addrs.clone(), protocol, frame);
    let expiration = b.net.now().await? + 3600;
    let bid = v.bid(&b.video, RATE, expiration, b.publisher.key()).await?;
    let answer = request(Protocol::Bid, Frame::json(bid.encode())).await?;
    let channel = BidAccepted::from_frame(&answer)?.channel;
    let toc: Vec<String> = serde_json::from_slice(&b.content.toc)?;
    let domain = v.client.payment_channel_domain();
    let codec = RealCodec;
    let mut out = Latency {
        received: Vec::new(),
        checked: Vec::new(),
    };
    for balance in 1..=args.segments {
        let payment = v.pay(channel, balance)?;
        let t = Instant::now();
        let answer = request(Protocol::Pay, Frame::json(payment.encode())).await?;
        out.received.push(t.elapsed());
        let delivery = parse_delivery(&answer)?;
        delivery.verify_over(
            &domain,
            sealed_hashes(&toc, &delivery.segments)?,
            b.publisher.key(),
        )?;
        let index = balance - 1;
        let data = delivery
            .segments
            .get(&index)
            .ok_or_else(|| eyre!("segment {index} not delivered"))?;
        open_segment(&codec, index, &toc[index as usize], data)?;
        out.checked.push(t.elapsed());
    }
    Ok(out)
}
