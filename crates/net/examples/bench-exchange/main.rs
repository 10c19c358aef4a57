//! Exchange benchmark, side by side in one run on one anvil dev-net:
//!
//! 1. paid streaming throughput (`paratii_net::watch` against a `Server` in a process of its own
//!    ([`publisher`]), real channel, real payments, every segment checked against its CID and
//!    decrypted) next to the same bytes on a raw long-lived libp2p stream between the same two
//!    identities, the same two processes, the same transport (TCP + noise + yamux, the crate's
//!    own frame codec);
//! 2. latency from a payment sent to its delivery received, and to its segment checked
//!    (p50/p95), next to the raw round trip of one segment, between the same processes;
//! 3. how many concurrent paid streams one publisher serves: N = 1, 2, 4, ... viewers at once
//!    until a stream errors or the slowest stream falls below real-time playback;
//! 4. the publisher's receive path for one payment on one core against one raw libsecp256k1
//!    verification ([`receive`]).
//!
//! `cargo run --release -p paratii-net --example bench-exchange -- --out docs/BENCH-exchange.md`
//! Options: `--segments N` (default 32), `--segment-kib K` (1024), `--ahead A` (4),
//! `--max-streams M` (32), `--stream-segments S` (8), `--realtime-mib-s R` (0.5),
//! `--store-dir DIR` (where the publisher's process keeps its channel store; by default the
//! bench's temporary directory, where the viewers also write their segments), `--receive-only N`
//! (only the receive path, N times, no dev-net: its figures move by several points between runs
//! on this VM, and one run of the whole bench gives one of them).

mod content;
mod opened;
mod publisher;
mod ramp;
mod receive;
mod stream;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use eyre::{Result, WrapErr, eyre};
use libp2p::Multiaddr;
use paratii_chain::{Connection, DeployParams, DevNet, DevNetConfig, NewVideo};
use paratii_net::{PeerConfig, ServePolicy, Server, WatchRequest};
use paratii_test_utils::{Actor, TestNet, pti};

use crate::content::{Content, RealCodec};
use crate::publisher::Publisher;
use crate::stream::{OneStream, ROUNDS};

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
    store_dir: Option<PathBuf>,
    receive_only: Option<u32>,
    /// This process is the publisher's ([`publisher::run`]).
    publisher_process: bool,
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
        store_dir: None,
        receive_only: None,
        publisher_process: false,
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
            "--store-dir" => a.store_dir = Some(PathBuf::from(value()?)),
            "--receive-only" => a.receive_only = Some(value()?.parse()?),
            publisher::FLAG => a.publisher_process = true,
            other => return Err(eyre!("unknown option {other}")),
        }
    }
    if a.segments == 0 || a.segment_kib == 0 || a.ahead == 0 || a.max_streams == 0 {
        return Err(eyre!("sizes must be positive"));
    }
    a.stream_segments = a.stream_segments.clamp(1, a.segments);
    Ok(a)
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
    /// A publisher in the bench's own process. Its chain client is new: the one in the
    /// publisher's process took nonces this process's client does not know of.
    async fn server(&self) -> Result<Server> {
        let client = self.net.client(Some(self.publisher.wallet.clone())).await?;
        Ok(Server::start(
            PeerConfig::new(client, self.publisher.comm.clone()),
            self.content.clone(),
            Arc::new(RealCodec),
            ServePolicy {
                max_channels: 4096,
                ..ServePolicy::default()
            },
        )
        .await?)
    }

    fn request(
        &self,
        peer: Vec<Multiaddr>,
        out: PathBuf,
        ahead: u64,
        segments: u64,
    ) -> WatchRequest {
        WatchRequest {
            video: self.video.id,
            format: FORMAT.into(),
            rate: RATE,
            expiry_secs: 3600,
            ahead,
            max_segments: Some(segments),
            out,
            peer,
            delivery: Default::default(),
            close_at_end: true,
            state: None,
            pace: None,
            patience: paratii_net::SessionRequest::PATIENCE,
        }
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = parse_args()?;
    if args.publisher_process {
        return publisher::run(args.segments, args.segment_kib).await;
    }
    if let Some(runs) = args.receive_only {
        return receive::only(runs, args.out.as_deref()).await;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let tmp = tempfile::tempdir()?;
    eprintln!(
        "setting up anvil, contracts, {} viewers ...",
        args.max_streams
    );
    let b = setup(&args).await.wrap_err("setup")?;
    let seg_bytes = (args.segment_kib * 1024) as u64;
    let total = args.segments * seg_bytes;

    eprintln!("starting the publisher's process ...");
    // A directory of its own even under --store-dir: a store left there by another run would be
    // reloaded against this run's dev-net.
    let store_dir = args
        .store_dir
        .as_ref()
        .map(tempfile::tempdir_in)
        .transpose()?;
    let publisher = Publisher::spawn(
        &b.publisher,
        b.net.url(),
        b.net.deployment(),
        args.segments,
        args.segment_kib,
        tmp.path(),
        &store_dir
            .as_ref()
            .map_or(tmp.path(), |d| d.path())
            .join("channels.redb"),
    )?;
    let OneStream {
        shapes,
        raw_bulk,
        raw_cores,
        opened,
        opened_cores,
        paid,
        paid_cores,
        mut raw_rtt,
    } = stream::rounds(&b, &args, &publisher, tmp.path()).await?;
    eprintln!("latency ...");
    let mut lat = stream::paid_latency(&b, &args, &publisher.server)
        .await
        .wrap_err("latency")?;
    publisher.finish(Duration::from_secs(60))?;
    lat.received.sort();
    lat.checked.sort();
    raw_rtt.sort();

    eprintln!("receive path ...");
    let receive = receive::measure(3.0).await.wrap_err("receive path")?;
    eprintln!("concurrency ramp ...");
    let mut levels = Vec::new();
    let mut served = 0;
    let mut stop_reason = format!("reached --max-streams {}", args.max_streams);
    let mut n = 1;
    while n <= args.max_streams {
        let level = ramp::ramp_level(&b, &args, n, tmp.path())
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
        "Machine: {cores} cores ({}). Build: {}. One anvil dev-net, loopback libp2p (TCP + noise + \
         yamux). Video: {} segments of {} KiB ({SEGMENT_SECONDS} s each), HLS AES-128, CIDv1; \
         viewers never pay more than `ahead` = {} segments beyond those checked, and check every \
         segment's signature and CID and decrypt it. The one-stream figures (throughput, latency) \
         run the publisher in a process of its own, its channel store {}; the concurrency ramp \
         runs publisher and viewers in the bench's process.",
        cpu_model(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        args.segments,
        args.segment_kib,
        args.ahead,
        args.store_dir.as_ref().map_or_else(
            || "in the temporary directory where the viewers write their segments (one disk)"
                .to_owned(),
            |d| format!("under `{}` (`--store-dir`)", d.display()),
        )
    )?;
    writeln!(md)?;
    receive.write_section(&mut md)?;
    writeln!(md, "## Throughput, one stream between two processes")?;
    writeln!(md)?;
    writeln!(
        md,
        "| path | MiB/s | segments/s | viewer's process, cores | publisher's process, cores |"
    )?;
    writeln!(md, "| --- | ---: | ---: | ---: | ---: |")?;
    let row = |name: &str, d: Duration, cores: (f64, f64)| {
        format!(
            "| {name} | {:.2} | {:.1} | {:.2} | {:.2} |",
            mib_s(total, d),
            args.segments as f64 / d.as_secs_f64().max(1e-9),
            cores.0,
            cores.1
        )
    };
    writeln!(
        md,
        "{}",
        row(
            "paid stream (`watch`, real channel, first payment to last segment written)",
            paid,
            paid_cores
        )
    )?;
    for ((per_request, d), cores) in shapes.iter().zip(&raw_bulk).zip(&raw_cores) {
        writeln!(
            md,
            "{}",
            row(
                &format!(
                    "raw long-lived libp2p stream (`/paratii/pay-stream/1`), same bytes, {per_request} segments a request, two requests in flight"
                ),
                *d,
                *cores
            )
        )?;
    }
    writeln!(
        md,
        "{}",
        row(
            &format!(
                "raw long-lived libp2p stream as above, {} segments a request as a paid delivery has, with the viewer's own work of `watch` (each segment checked against its CID, decrypted, written) and no payment",
                args.ahead.div_ceil(2)
            ),
            opened,
            opened_cores
        )
    )?;
    let best_raw = raw_bulk.iter().copied().min().unwrap_or_default();
    writeln!(
        md,
        "\nMedians of {ROUNDS} rounds, raw and paid in turn. Paid / the faster raw: {:.0} %. The paid \
         path adds the payment's signatures, the publisher's checks, its durable store (one synced \
         payment-log append per payment, R29) and its signed delivery (over each key and CID, R27), and the \
         viewer's delivery check, CID check, decryption and file writes; payments go out by \
         halves of `ahead` (PROTOCOL R26), two in flight on one stream, so that the publisher \
         checks and stores one while the delivery before it is on the wire and the viewer checks \
         one delivery while the next arrives (R28); withdrawals run beside it, off the payment path.",
        100.0 * best_raw.as_secs_f64() / paid.as_secs_f64().max(1e-9),
    )?;
    writeln!(
        md,
        "\nPaid / the raw stream with the viewer's own work: {:.0} %. That is what paying costs, \
         apart from the CID checks (SHA-256), decryptions and file writes that any viewer of the \
         content does; raw figures with no such work are what the transport alone gives.",
        100.0 * opened.as_secs_f64() / paid.as_secs_f64().max(1e-9),
    )?;
    writeln!(md)?;
    writeln!(
        md,
        "## Latency, one segment at a time, between two processes"
    )?;
    writeln!(md)?;
    writeln!(md, "| path | p50 ms | p95 ms | samples |")?;
    writeln!(md, "| --- | ---: | ---: | ---: |")?;
    writeln!(
        md,
        "| payment sent -> its delivery received | {:.2} | {:.2} | {} |",
        ms(percentile(&lat.received, 50.0)),
        ms(percentile(&lat.received, 95.0)),
        lat.received.len()
    )?;
    writeln!(
        md,
        "| payment sent -> segment received, checked (signature, CID) and decrypted | {:.2} | {:.2} | {} |",
        ms(percentile(&lat.checked, 50.0)),
        ms(percentile(&lat.checked, 95.0)),
        lat.checked.len()
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
