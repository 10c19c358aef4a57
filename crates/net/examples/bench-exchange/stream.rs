//! One paid stream against the publisher's process, and the raw baseline between the same
//! identities, each process on its own.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eyre::{Result, WrapErr, eyre};
use paratii_net::catalog::{open_segment, sealed_hashes};
use paratii_net::frame::Frame;
use paratii_net::network::{self, NetConfig, Protocol};
use paratii_net::wire::{BidAccepted, parse_delivery};
use paratii_net::{PeerConfig, keypair, watch};
use paratii_test_utils::usage::process_usage;

use crate::content::RealCodec;
use crate::opened::{ViewerWork, raw_stream};
use crate::publisher::{Endpoint, Publisher, ask};
use crate::{Args, Bench, RATE};

/// Rounds of the one-stream throughput, raw and paid in turn.
pub const ROUNDS: usize = 3;

fn median(runs: &[Duration]) -> Duration {
    let mut sorted = runs.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

/// The one-stream figures: per raw shape (segments a request) its median time and the cores of
/// (the viewer's process, the publisher's); the same for the paid stream; the raw round trips.
pub struct OneStream {
    pub shapes: [u64; 2],
    pub raw_bulk: Vec<Duration>,
    pub raw_cores: Vec<(f64, f64)>,
    /// The raw stream with the viewer's own work ([`crate::opened`]) and its cores.
    pub opened: Duration,
    pub opened_cores: (f64, f64),
    pub paid: Duration,
    pub paid_cores: (f64, f64),
    pub raw_rtt: Vec<Duration>,
}

/// [`ROUNDS`] rounds, each raw shape, the raw stream with the viewer's work and then the paid
/// stream in turn, so that a slow moment of the machine does not fall on one side only; the
/// median of each is reported.
pub async fn rounds(
    b: &Bench,
    args: &Args,
    publisher: &Publisher,
    tmp: &Path,
) -> Result<OneStream> {
    let raw_client = raw_client(b, &publisher.raw)
        .await
        .wrap_err("raw baseline")?;
    let shapes = raw_shapes(args);
    let mut raw_runs: [Vec<Duration>; 2] = [Vec::new(), Vec::new()];
    let mut paid_runs = Vec::new();
    let mut opened_runs = Vec::new();
    let work = ViewerWork {
        toc: Arc::new(serde_json::from_slice(&b.content.toc)?),
        dir: tmp.join("opened"),
    };
    // CPU seconds of (the viewer's process, the publisher's) over each shape's runs.
    let mut raw_cpu = [(0.0, 0.0); 2];
    let mut paid_cpu = (0.0, 0.0);
    let mut opened_cpu = (0.0, 0.0);
    let cpu = || {
        (
            process_usage(std::process::id()).0,
            process_usage(publisher.pid()).0,
        )
    };
    let add = |total: &mut (f64, f64), before: (f64, f64), after: (f64, f64)| {
        total.0 += after.0 - before.0;
        total.1 += after.1 - before.1;
    };
    for round in 0..ROUNDS {
        eprintln!("round {} of {ROUNDS}: raw, paid ...", round + 1);
        for ((runs, used), per_request) in raw_runs.iter_mut().zip(&mut raw_cpu).zip(shapes) {
            let before = cpu();
            runs.push(
                raw_stream(
                    &raw_client,
                    &publisher.raw,
                    args.segments,
                    per_request,
                    None,
                )
                .await
                .wrap_err("raw baseline")?,
            );
            add(used, before, cpu());
        }
        let before = cpu();
        opened_runs.push(
            raw_stream(
                &raw_client,
                &publisher.raw,
                args.segments,
                args.ahead.div_ceil(2),
                Some(&work),
            )
            .await
            .wrap_err("raw baseline with the viewer's work")?,
        );
        add(&mut opened_cpu, before, cpu());
        let out = tmp.join(format!("paid-{round}"));
        let before = cpu();
        paid_runs.push(
            paid_throughput(b, args, publisher, &out)
                .await
                .wrap_err("paid stream")?,
        );
        add(&mut paid_cpu, before, cpu());
    }
    // Cores: CPU seconds over the wall time of the same runs (paid: the CPU of whole watches,
    // bid and close included, over their streaming time, so its figure is a little high).
    let cores_of = |used: (f64, f64), runs: &[Duration]| {
        let wall: f64 = runs.iter().map(Duration::as_secs_f64).sum();
        (used.0 / wall.max(1e-9), used.1 / wall.max(1e-9))
    };
    let raw_cores: Vec<(f64, f64)> = raw_cpu
        .iter()
        .zip(&raw_runs)
        .map(|(used, runs)| cores_of(*used, runs))
        .collect();
    let paid_cores = cores_of(paid_cpu, &paid_runs);
    let opened_cores = cores_of(opened_cpu, &opened_runs);
    let raw_rtt = raw_round_trips(&raw_client, &publisher.raw, args.segments)
        .await
        .wrap_err("raw round trips")?;
    Ok(OneStream {
        shapes,
        raw_bulk: raw_runs.iter().map(|r| median(r)).collect(),
        raw_cores,
        opened: median(&opened_runs),
        opened_cores,
        paid: median(&paid_runs),
        paid_cores,
        raw_rtt,
    })
}

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
