//! Exchange benchmark, side by side in one run on one anvil dev-net:
//!
//! 1. paid streaming throughput (`paratii_net::watch` against a `Server`, real channel, real
//!    payments, every segment checked against its CID and decrypted) next to a raw libp2p
//!    request-response of the same bytes between the same two identities over the same
//!    transport (TCP + noise + yamux, the crate's own frame codec);
//! 2. latency from a payment sent to its segment received and checked (p50/p95), next to the raw
//!    round trip of one segment;
//! 3. how many concurrent paid streams one publisher serves: N = 1, 2, 4, ... viewers at once
//!    until a stream errors or the slowest stream falls below real-time playback;
//! 4. the publisher's receive path for one payment on one core against one raw libsecp256k1
//!    verification ([`receive`]).
//!
//! `cargo run --release -p paratii-net --example bench -- --out docs/BENCH-exchange.md`
//! Options: `--segments N` (default 32), `--segment-kib K` (1024), `--ahead A` (4),
//! `--max-streams M` (32), `--stream-segments S` (8), `--realtime-mib-s R` (0.5).

mod receive;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::primitives::keccak256;
use bytes::Bytes;
use eyre::{Result, WrapErr, eyre};
use paratii_chain::{Connection, DeployParams, DevNet, DevNetConfig, NewVideo};
use paratii_ipfs::{AddOptions, Cid, CidVersion};
use paratii_media::{Directory, TableOfContents, VideoSecret, encrypt_segment, segment_key};
use paratii_net::catalog::{Catalog, ContentCodec, KEY_LEN, Listing, Sealed, open_segment, seal};
use paratii_net::frame::Frame;
use paratii_net::network::{self, NetConfig, Protocol};
use paratii_net::wire::{BidAccepted, parse_delivery};
use paratii_net::{
    NetError, PeerConfig, ServeEvent, ServePolicy, Server, WatchRequest, keypair, watch,
};
use paratii_test_utils::{Actor, TestNet, pti};

const FORMAT: &str = "720p30";
const SEGMENT_SECONDS: u32 = 2;
const RATE: u128 = 1_000_000_000_000;

struct Args {
    out: Option<PathBuf>,
    segments: u64,
    segment_kib: usize,
    ahead: u64,
    max_streams: usize,
    stream_segments: u64,
    realtime_mib_s: f64,
}

fn parse_args() -> Result<Args> {
    let mut a = Args {
        out: None,
        segments: 32,
        segment_kib: 1024,
        ahead: 4,
        max_streams: 32,
        stream_segments: 8,
        realtime_mib_s: 0.5,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| eyre!("{flag} needs a value"));
        match flag.as_str() {
            "--out" => a.out = Some(PathBuf::from(value()?)),
            "--segments" => a.segments = value()?.parse()?,
            "--segment-kib" => a.segment_kib = value()?.parse()?,
            "--ahead" => a.ahead = value()?.parse()?,
            "--max-streams" => a.max_streams = value()?.parse()?,
            "--stream-segments" => a.stream_segments = value()?.parse()?,
            "--realtime-mib-s" => a.realtime_mib_s = value()?.parse()?,
            other => return Err(eyre!("unknown option {other}")),
        }
    }
    if a.segments == 0 || a.segment_kib == 0 || a.ahead == 0 || a.max_streams == 0 {
        return Err(eyre!("sizes must be positive"));
    }
    a.stream_segments = a.stream_segments.clamp(1, a.segments);
    Ok(a)
}

// --- content: real encrypted bytes with Kubo-identical CIDs -----------------------------------

fn cid_of(data: &[u8], version: CidVersion) -> Cid {
    paratii_ipfs::import(
        data,
        AddOptions {
            cid_version: version,
        },
    )
    .root
}

struct Content {
    cid: String,
    directory: Bytes,
    toc: Bytes,
    sealed: Vec<Sealed>,
}

impl Content {
    fn build(segments: u64, bytes: usize) -> Self {
        let secret = VideoSecret([42; 32]);
        let mut cids = Vec::new();
        let mut sealed = Vec::new();
        for index in 0..segments {
            let mut pt = Vec::with_capacity(bytes + 32);
            let mut block = keccak256(format!("bench/{index}"));
            while pt.len() < bytes {
                pt.extend_from_slice(block.as_slice());
                block = keccak256(block);
            }
            pt.truncate(bytes);
            let key = segment_key(&secret, FORMAT, index);
            let ct = encrypt_segment(&key, index, &pt);
            cids.push(cid_of(&ct, CidVersion::V1));
            sealed.push(Sealed {
                key,
                ciphertext: Bytes::from(ct),
            });
        }
        let toc = TableOfContents(cids).to_json();
        let directory = Directory(BTreeMap::from([(
            FORMAT.to_owned(),
            cid_of(&toc, CidVersion::V1),
        )]))
        .to_json();
        Self {
            cid: cid_of(&directory, CidVersion::V1).to_string(),
            directory: Bytes::from(directory),
            toc: Bytes::from(toc),
            sealed,
        }
    }
}

impl Catalog for Content {
    fn listing(&self, cid: &str, format: &str) -> Result<Listing, NetError> {
        if cid != self.cid || format != FORMAT {
            return Err(NetError::Catalog(format!("no {cid}/{format}")));
        }
        Ok(Listing {
            directory: self.directory.clone(),
            toc: self.toc.clone(),
        })
    }

    fn segment(&self, cid: &str, format: &str, index: u64) -> Result<Sealed, NetError> {
        if cid != self.cid || format != FORMAT {
            return Err(NetError::Catalog(format!("no {cid}/{format}")));
        }
        self.sealed
            .get(index as usize)
            .cloned()
            .ok_or_else(|| NetError::Catalog(format!("no segment {index}")))
    }
}

struct RealCodec;

impl ContentCodec for RealCodec {
    fn cid(&self, data: &[u8], like: &str) -> Result<String, NetError> {
        let like: Cid = like
            .parse()
            .map_err(|e: paratii_ipfs::IpfsError| NetError::Malformed {
                what: "CID",
                reason: e.to_string(),
            })?;
        Ok(cid_of(data, like.version()).to_string())
    }

    fn decrypt(
        &self,
        key: &[u8; KEY_LEN],
        index: u64,
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, NetError> {
        paratii_media::decrypt_segment(key, index, ciphertext).map_err(|e| NetError::Decrypt {
            index,
            reason: e.to_string(),
        })
    }
}

// --- statistics --------------------------------------------------------------------------------

fn mib_s(bytes: u64, d: Duration) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / d.as_secs_f64().max(1e-9)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

// --- the setup -----------------------------------------------------------------------------------

struct Bench {
    net: TestNet,
    publisher: Actor,
    viewers: Vec<Actor>,
    content: Arc<Content>,
    video: paratii_chain::VideoRecord,
}

async fn setup(args: &Args) -> Result<Bench> {
    let viewers = args.max_streams.max(1);
    let devnet = DevNet::start_with(&DevNetConfig {
        accounts: 2 + viewers as u32,
        ..DevNetConfig::default()
    })?;
    let wallet = devnet.accounts()[0].clone();
    let conn = Connection::connect(devnet.url(), Some(wallet.clone())).await?;
    let deployed = conn.deploy(&DeployParams::new(wallet.address())).await?;
    let holder = conn.attach(deployed.deployment.clone()).await?;
    let net = TestNet {
        devnet,
        deployed,
        holder,
    };
    let publisher = net.actor("publisher", 1, pti(10)).await?;
    publisher.register_key().await?;
    let content = Arc::new(Content::build(args.segments, args.segment_kib * 1024));
    let (id, _) = publisher
        .client
        .register_video(&NewVideo {
            cid: content.cid.clone(),
            owner_key: publisher.key(),
            title: "bench".into(),
            duration: args.segments as u32 * SEGMENT_SECONDS,
            segment_length: SEGMENT_SECONDS,
            segment_size: args.segment_kib as u32,
            formats: vec![FORMAT.into()],
        })
        .await?;
    let video = publisher.client.video(id).await?;
    let mut vs = Vec::new();
    for i in 0..viewers {
        let v = net.actor(&format!("viewer{i}"), 2 + i, pti(10)).await?;
        v.client.deposit(pti(10)).await?;
        vs.push(v);
    }
    Ok(Bench {
        net,
        publisher,
        viewers: vs,
        content,
        video,
    })
}

impl Bench {
    async fn server(&self) -> Result<Server> {
        Ok(Server::start(
            PeerConfig::new(self.publisher.client.clone(), self.publisher.comm.clone()),
            self.content.clone(),
            Arc::new(RealCodec),
            ServePolicy {
                max_channels: 4096,
                ..ServePolicy::default()
            },
        )
        .await?)
    }

    fn request(&self, server: &Server, out: PathBuf, ahead: u64, segments: u64) -> WatchRequest {
        WatchRequest {
            video: self.video.id,
            format: FORMAT.into(),
            rate: RATE,
            expiry_secs: 3600,
            ahead,
            max_segments: Some(segments),
            out,
            peer: server.addrs().to_vec(),
            delivery: Default::default(),
            close_at_end: true,
            state: None,
            pace: None,
            patience: paratii_net::SessionRequest::PATIENCE,
        }
    }
}

// --- 1. throughput -----------------------------------------------------------------------------

/// One paid stream of every segment; timed from the channel's opening (bid, listing and the
/// `open` transaction are setup, not streaming) to the last segment written.
async fn paid_throughput(b: &Bench, args: &Args, tmp: &std::path::Path) -> Result<Duration> {
    let server = b.server().await?;
    let mut events = server.subscribe();
    let opened = tokio::spawn(async move {
        while let Ok(e) = events.recv().await {
            if matches!(e, ServeEvent::Opened { .. }) {
                return Some(Instant::now());
            }
        }
        None
    });
    let v = &b.viewers[0];
    let report = watch(
        PeerConfig::new(v.client.clone(), v.comm.clone()),
        Arc::new(RealCodec),
        b.request(&server, tmp.join("paid"), args.ahead, args.segments),
    )
    .await?;
    let end = Instant::now();
    let start = opened.await?.ok_or_else(|| eyre!("no Opened event"))?;
    server.shutdown().await?;
    if report.received.len() as u64 != args.segments {
        return Err(eyre!("received {} segments", report.received.len()));
    }
    Ok(end - start)
}

/// The same bytes over a plain request-response on the same transport and identities: each
/// request asks for `ahead` segments and gets them back as blobs, as a paid delivery carries them.
async fn raw_baseline(b: &Bench, args: &Args) -> Result<(Duration, Vec<Duration>)> {
    let (server, mut inbound) = network::spawn(keypair(&b.publisher.comm)?, &NetConfig::default())?;
    let addr = server.listen(paratii_net::loopback()).await?;
    let content = b.content.clone();
    let responder = {
        let server = server.clone();
        tokio::spawn(async move {
            while let Some(req) = inbound.recv().await {
                let Some((start, count)) = decode_ask(&req.frame.header) else {
                    continue;
                };
                let blobs = (start..start + count)
                    .filter_map(|i| content.sealed.get(i as usize).map(seal))
                    .collect();
                let frame = Frame {
                    header: b"{}".to_vec(),
                    blobs,
                };
                let _ = server.respond(req.protocol, req.channel, frame).await;
            }
        })
    };
    let (client, _rx) = network::spawn(keypair(&b.viewers[0].comm)?, &NetConfig::default())?;
    let peer = server.peer_id();
    let ask = |start: u64, count: u64| {
        let mut header = start.to_be_bytes().to_vec();
        header.extend_from_slice(&count.to_be_bytes());
        Frame::json(header)
    };
    client
        .request(peer, vec![addr.clone()], Protocol::Pay, ask(0, 1))
        .await?;
    let t0 = Instant::now();
    let mut next = 0;
    while next < args.segments {
        let count = args.ahead.min(args.segments - next);
        let got = client
            .request(peer, vec![addr.clone()], Protocol::Pay, ask(next, count))
            .await?;
        if got.blobs.len() as u64 != count {
            return Err(eyre!("raw: {} blobs for {count}", got.blobs.len()));
        }
        next += count;
    }
    let bulk = t0.elapsed();
    let mut rtts = Vec::new();
    for i in 0..args.segments {
        let t = Instant::now();
        client
            .request(peer, vec![addr.clone()], Protocol::Pay, ask(i, 1))
            .await?;
        rtts.push(t.elapsed());
    }
    responder.abort();
    Ok((bulk, rtts))
}

/// The raw request's header: first index and count, 8 bytes big-endian each.
fn decode_ask(header: &[u8]) -> Option<(u64, u64)> {
    let start = u64::from_be_bytes(header.get(..8)?.try_into().ok()?);
    let count = u64::from_be_bytes(header.get(8..16)?.try_into().ok()?);
    Some((start, count))
}

// --- 2. latency ----------------------------------------------------------------------------------

/// Payment sent -> its segment received, signature and CID checked, decrypted; one at a time.
async fn paid_latency(b: &Bench, args: &Args) -> Result<Vec<Duration>> {
    let server = b.server().await?;
    let v = &b.viewers[0];
    let (client, _rx) = network::spawn(keypair(&v.comm)?, &NetConfig::default())?;
    let peer = server.peer_id();
    let addrs = server.addrs().to_vec();
    let expiration = b.net.now().await? + 3600;
    let bid = v.bid(&b.video, RATE, expiration, b.publisher.key()).await?;
    let answer = client
        .request(
            peer,
            addrs.clone(),
            Protocol::Bid,
            Frame::json(bid.encode()),
        )
        .await?;
    let channel = BidAccepted::from_frame(&answer)?.channel;
    let toc: Vec<String> = serde_json::from_slice(&b.content.toc)?;
    let domain = v.client.payment_channel_domain();
    let codec = RealCodec;
    let mut out = Vec::new();
    for balance in 1..=args.segments {
        let payment = v.pay(channel, balance)?;
        let t = Instant::now();
        let answer = client
            .request(
                peer,
                addrs.clone(),
                Protocol::Pay,
                Frame::json(payment.encode()),
            )
            .await?;
        let delivery = parse_delivery(&answer)?;
        delivery.verify(&domain, b.publisher.key())?;
        let index = balance - 1;
        let data = delivery
            .segments
            .get(&index)
            .ok_or_else(|| eyre!("segment {index} not delivered"))?;
        open_segment(&codec, index, &toc[index as usize], data)?;
        out.push(t.elapsed());
    }
    server.shutdown().await?;
    Ok(out)
}

// --- 3. concurrency ------------------------------------------------------------------------------

struct Level {
    streams: usize,
    ok: usize,
    errors: Vec<String>,
    aggregate: f64,
    slowest: f64,
    fastest: f64,
    /// Longest bid-to-open time of the level (listing, bid checks, the `open` transaction).
    slowest_open: Duration,
}

async fn ramp_level(b: &Bench, args: &Args, n: usize, tmp: &std::path::Path) -> Result<Level> {
    let server = b.server().await?;
    let bytes = args.stream_segments * (args.segment_kib as u64) * 1024;
    // When each payer's channel opened: a stream is timed from there to its last segment.
    let opened = Arc::new(std::sync::Mutex::new(BTreeMap::new()));
    let collector = {
        let opened = opened.clone();
        let mut events = server.subscribe();
        tokio::spawn(async move {
            while let Ok(e) = events.recv().await {
                if let ServeEvent::Opened { payer, .. } = e
                    && let Ok(mut o) = opened.lock()
                {
                    o.insert(payer, Instant::now());
                }
            }
        })
    };
    let t0 = Instant::now();
    let mut tasks = Vec::new();
    for (i, v) in b.viewers.iter().take(n).enumerate() {
        let cfg = PeerConfig::new(v.client.clone(), v.comm.clone());
        let req = b.request(
            &server,
            tmp.join(format!("ramp-{n}-{i}")),
            args.ahead,
            args.stream_segments,
        );
        let payer = v.address();
        tasks.push(tokio::spawn(async move {
            let t = Instant::now();
            watch(cfg, Arc::new(RealCodec), req)
                .await
                .map(|_| (payer, t, Instant::now()))
        }));
    }
    let mut rates = Vec::new();
    let mut errors = Vec::new();
    let mut slowest_open = Duration::ZERO;
    for t in tasks {
        match t.await {
            Ok(Ok((payer, start, end))) => {
                let open = opened
                    .lock()
                    .ok()
                    .and_then(|o| o.get(&payer).copied())
                    .ok_or_else(|| eyre!("no Opened event for {payer}"))?;
                slowest_open = slowest_open.max(open.saturating_duration_since(start));
                rates.push(mib_s(bytes, end.saturating_duration_since(open)));
            }
            Ok(Err(e)) => errors.push(e.to_string()),
            Err(e) => errors.push(e.to_string()),
        }
    }
    let wall = t0.elapsed();
    collector.abort();
    server.shutdown().await?;
    Ok(Level {
        streams: n,
        ok: rates.len(),
        errors,
        aggregate: mib_s(bytes * rates.len() as u64, wall),
        slowest: rates.iter().copied().fold(f64::INFINITY, f64::min),
        fastest: rates.iter().copied().fold(0.0, f64::max),
        slowest_open,
    })
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = parse_args()?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let tmp = tempfile::tempdir()?;
    eprintln!(
        "setting up anvil, contracts, {} viewers ...",
        args.max_streams
    );
    let b = setup(&args).await.wrap_err("setup")?;
    let seg_bytes = (args.segment_kib * 1024) as u64;
    let total = args.segments * seg_bytes;

    eprintln!("raw libp2p baseline ...");
    let (raw_bulk, mut raw_rtt) = raw_baseline(&b, &args).await.wrap_err("raw baseline")?;
    eprintln!("paid stream ...");
    let paid = paid_throughput(&b, &args, tmp.path())
        .await
        .wrap_err("paid stream")?;
    eprintln!("latency ...");
    let mut lat = paid_latency(&b, &args).await.wrap_err("latency")?;
    lat.sort();
    raw_rtt.sort();

    eprintln!("receive path ...");
    let receive = receive::measure(3.0).await.wrap_err("receive path")?;
    eprintln!("concurrency ramp ...");
    let mut levels = Vec::new();
    let mut served = 0;
    let mut stop_reason = format!("reached --max-streams {}", args.max_streams);
    let mut n = 1;
    while n <= args.max_streams {
        let level = ramp_level(&b, &args, n, tmp.path())
            .await
            .wrap_err("ramp")?;
        eprintln!(
            "  N={n}: {} ok, slowest {:.2} MiB/s, aggregate {:.2} MiB/s",
            level.ok, level.slowest, level.aggregate
        );
        let errors = !level.errors.is_empty();
        let slow = level.slowest < args.realtime_mib_s;
        levels.push(level);
        if errors {
            stop_reason = format!("errors at N={n}");
            break;
        }
        if slow {
            stop_reason = format!(
                "slowest stream below {} MiB/s at N={n}",
                args.realtime_mib_s
            );
            break;
        }
        served = n;
        n *= 2;
    }

    let mut md = String::new();
    writeln!(md, "# Exchange benchmark")?;
    writeln!(md)?;
    writeln!(
        md,
        "Machine: {cores} cores ({}). Build: {}. One anvil dev-net, publisher and viewers in one \
         process on loopback libp2p (TCP + noise + yamux). Video: {} segments of {} KiB \
         ({SEGMENT_SECONDS} s each), HLS AES-128, CIDv1; viewers pay `ahead` = {} segments at a time, \
         and check every segment's signature and CID and decrypt it.",
        cpu_model(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        args.segments,
        args.segment_kib,
        args.ahead
    )?;
    writeln!(md)?;
    writeln!(md, "## Payments at the speed of the curve, one core")?;
    writeln!(md)?;
    writeln!(md, "| path | per second | of raw verify |")?;
    writeln!(md, "| --- | ---: | ---: |")?;
    writeln!(
        md,
        "| raw libsecp256k1 `verify` of one signature | {:.0} | 100 % |",
        receive.raw_verify
    )?;
    writeln!(
        md,
        "| publisher receive path: decode the key request, check the peer, verify the wallet signature against the payer's key, check the balance, store it durably (redb, group commit of {} concurrent channels) | {:.0} | {:.0} % |",
        256,
        receive.path,
        100.0 * receive.path / receive.raw_verify
    )?;
    writeln!(md)?;
    writeln!(md, "## Throughput, one stream")?;
    writeln!(md)?;
    writeln!(md, "| path | MiB/s | segments/s |")?;
    writeln!(md, "| --- | ---: | ---: |")?;
    let row = |name: &str, d: Duration| {
        format!(
            "| {name} | {:.2} | {:.1} |",
            mib_s(total, d),
            args.segments as f64 / d.as_secs_f64().max(1e-9)
        )
    };
    writeln!(md, "{}", row("paid stream (`watch`, real channel)", paid))?;
    writeln!(
        md,
        "{}",
        row("raw libp2p request-response, same bytes", raw_bulk)
    )?;
    writeln!(
        md,
        "\nPaid / raw: {:.0} %. The paid path adds the payment's signatures, the publisher's checks, \
         its durable store and its signed delivery (keccak256 over every segment), and the viewer's \
         delivery check, CID check and decryption; withdrawals run beside it, off the payment path.",
        100.0 * raw_bulk.as_secs_f64() / paid.as_secs_f64().max(1e-9),
    )?;
    writeln!(md)?;
    writeln!(md, "## Latency, one segment at a time")?;
    writeln!(md)?;
    writeln!(md, "| path | p50 ms | p95 ms | samples |")?;
    writeln!(md, "| --- | ---: | ---: | ---: |")?;
    writeln!(
        md,
        "| payment sent -> segment received and checked | {:.2} | {:.2} | {} |",
        ms(percentile(&lat, 50.0)),
        ms(percentile(&lat, 95.0)),
        lat.len()
    )?;
    writeln!(
        md,
        "| raw round trip of one segment | {:.2} | {:.2} | {} |",
        ms(percentile(&raw_rtt, 50.0)),
        ms(percentile(&raw_rtt, 95.0)),
        raw_rtt.len()
    )?;
    writeln!(md)?;
    writeln!(md, "## Concurrent paid streams, one publisher")?;
    writeln!(md)?;
    writeln!(
        md,
        "N viewers bid at once; each gets a channel opened and watches {} segments. A stream is \
         timed from its channel's opening to its last segment checked (the bid-to-open time, \
         listing + checks + `open` transaction, is reported apart). A level passes when every \
         stream completes without error and the slowest stream reaches {} MiB/s \
         (`--realtime-mib-s`; 0.5 MiB/s is about 4 Mbit/s, a 720p30 rendition played in real \
         time). Aggregate = all bytes / wall time of the level. **This machine serves {served} \
         concurrent paid streams** (stopped: {stop_reason}).",
        args.stream_segments, args.realtime_mib_s
    )?;
    writeln!(md)?;
    writeln!(
        md,
        "| streams | completed | slowest MiB/s | fastest MiB/s | aggregate MiB/s | slowest bid-to-open ms | errors |"
    )?;
    writeln!(md, "| ---: | ---: | ---: | ---: | ---: | ---: | --- |")?;
    for l in &levels {
        writeln!(
            md,
            "| {} | {} | {:.2} | {:.2} | {:.2} | {:.0} | {} |",
            l.streams,
            l.ok,
            if l.ok == 0 { 0.0 } else { l.slowest },
            l.fastest,
            l.aggregate,
            ms(l.slowest_open),
            l.errors.first().map_or("", String::as_str)
        )?;
    }
    println!("{md}");
    if let Some(out) = &args.out {
        std::fs::write(out, &md).wrap_err_with(|| format!("writing {}", out.display()))?;
        eprintln!("wrote {}", out.display());
    }
    Ok(())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}
