//! How many real-time viewers one `paratii serve` takes: a load generator in its own process.
//!
//! ```text
//! cargo build --release -p paratii-cli
//! cargo run --release -p paratii-cli --example viewers -- --paratii target/release/paratii \
//!     [--levels 100,500,1000,2500,5000,7500,10000] [--level-seconds 20] [--out docs/BENCH-viewers.md] \
//!     [--store FILE] [--setup-batch 48] [--setup-block-seconds 0] [--request-response] [--sign-live]
//! ```
//!
//! On a dev-net it uploads a long clip (keys mode needs no ciphertext on the publisher's link, so
//! only the table of contents matters), starts one `paratii serve` process, and gives every
//! simulated viewer its own wallet, deposit, communication key, libp2p connection and channel.
//! **Channels are opened ahead of the ramp**: every viewer is funded (PTI transfer, then
//! `depositWithPermit`) and bids before the first level, in parallel batches (`--setup-batch`), so
//! the ramp measures payments only; `--setup-block-seconds N` has the dev-net mine one block every N
//! seconds meanwhile instead of one per transaction (its cost is per block: 10,000 channels take
//! about 4 minutes so, against more than 20 with automine). Then the ramp: at each level N viewers each send one key request (a payment for
//! the next segment) per segment duration, at real-time pace with random phases, and the report
//! gives the payment-to-answer latency (p50/p95/p99), errors, the publisher's CPU and memory. The
//! ramp stops at the first level whose p99 passes 100 ms or that has errors: the knee. Each
//! level's payments are signed before its window opens, on every core (see `ahead`): in the
//! field each viewer signs on its own machine, and here that CPU is taken from the publisher's.

mod ahead;
mod setup;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use alloy::providers::ext::AnvilApi;
use futures::stream::{self, StreamExt};
use paratii_net::network::Protocol;
use paratii_net::wire::parse_delivery;
use paratii_test_utils::TestNet;
use paratii_test_utils::usage::process_usage as usage;
use tokio::sync::Mutex;

use ahead::{Payer, Queue};
use setup::{Viewer, publisher, viewer};

const SEGMENT: u32 = 2;
const FORMAT: &str = "240p30";
/// PTI wei per second: small, so a deposit of 1 PTI covers a long video many times.
const RATE: u128 = 1_000_000_000_000;

fn arg(name: &str) -> Option<String> {
    std::env::args().skip_while(|a| a != name).nth(1)
}

fn flag(name: &str) -> bool {
    std::env::args().any(|a| a == name)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[derive(Default)]
struct Window {
    latencies: Vec<f64>,
}

/// Pays for one key per segment duration, at a random phase, until the bench ends: with the
/// payment signed ahead for it if one waits, else signed now (counted in `live`).
async fn watch(viewer: Watcher, publisher: Arc<(libp2p::PeerId, Vec<libp2p::Multiaddr>)>) {
    let Watcher {
        net,
        payer,
        queue,
        domain,
        window,
        errors,
        live,
        segments,
    } = viewer;
    let phase = Duration::from_millis(rand_ms(u64::from(SEGMENT) * 1000));
    tokio::time::sleep(phase).await;
    let mut tick = tokio::time::interval(Duration::from_secs(u64::from(SEGMENT)));
    let mut next = 0;
    while next < segments {
        tick.tick().await;
        let frame = match queue.frame(next) {
            Some(frame) => frame,
            None => {
                live.fetch_add(1, Ordering::Relaxed);
                let Some(frame) = payer.sign(&domain, next) else {
                    errors.fetch_add(1, Ordering::Relaxed);
                    continue;
                };
                frame
            }
        };
        let t = Instant::now();
        let answer = net
            .request(publisher.0, publisher.1.clone(), Protocol::Keys, frame)
            .await;
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let failure = match answer {
            Ok(a) => match parse_delivery(&a) {
                Ok(_) => {
                    window.lock().await.latencies.push(ms);
                    queue.paid(next);
                    next += 1;
                    continue;
                }
                Err(e) => e.to_string(),
            },
            Err(e) => e.to_string(),
        };
        // The first few, to say what the errors were.
        if errors.fetch_add(1, Ordering::Relaxed) < 5 {
            eprintln!("  error after {ms:.0} ms: {failure}");
        }
    }
}

/// One paying viewer's task: its connection, what signs for it, and where it reports.
struct Watcher {
    net: paratii_net::network::Client,
    payer: Arc<Payer>,
    queue: Arc<Queue>,
    domain: alloy::sol_types::Eip712Domain,
    window: Arc<Mutex<Window>>,
    errors: Arc<AtomicU64>,
    live: Arc<AtomicU64>,
    segments: u64,
}

fn rand_ms(below: u64) -> u64 {
    u64::from(rand::random::<u32>()) % below.max(1)
}

struct Level {
    viewers: usize,
    requests: usize,
    p50: f64,
    p95: f64,
    p99: f64,
    max: f64,
    errors: u64,
    /// Payments signed at their tick, in the window (none signed ahead was waiting).
    signed_live: u64,
    cpu: f64,
    rss_mib: f64,
    own_rss_mib: f64,
    own_cpu: f64,
    connected: usize,
}

#[tokio::main]
async fn main() {
    let paratii =
        PathBuf::from(arg("--paratii").unwrap_or_else(|| "target/release/paratii".into()));
    assert!(
        paratii.is_file(),
        "{} not found: cargo build --release -p paratii-cli",
        paratii.display()
    );
    let levels: Vec<usize> = arg("--levels")
        .unwrap_or_else(|| "100,500,1000,2500,5000,7500,10000".into())
        .split(',')
        .map(|n| n.parse().expect("--levels: comma-separated counts"))
        .collect();
    let level_seconds: u64 = arg("--level-seconds").map_or(20, |s| s.parse().expect("seconds"));
    let out = arg("--out").map(PathBuf::from);
    let max = levels.iter().copied().max().unwrap_or(0);
    let total_seconds = level_seconds * levels.len() as u64 + 60;
    let video_seconds = u32::try_from(total_seconds + 60).unwrap_or(u32::MAX);

    let dir = tempfile::tempdir().expect("tempdir");
    let net = TestNet::start().await.expect("anvil");
    eprintln!("uploading a {video_seconds} s clip and starting paratii serve…");
    let (publisher, _video, cid) = publisher(&net, dir.path(), &paratii, video_seconds).await;
    let segments = u64::from(video_seconds).div_ceil(u64::from(SEGMENT));
    let expiration = net.now().await.expect("now") + 3 * 3600;
    let holder = net.holder.clone();
    let started = Instant::now();
    let batch: usize = arg("--setup-batch").map_or(48, |s| s.parse().expect("--setup-batch: N"));
    let block_seconds: u64 =
        arg("--setup-block-seconds").map_or(0, |s| s.parse().expect("seconds"));
    if block_seconds > 0 {
        // One block every few seconds for all the setup's transactions, rather than one block
        // each: the dev-net's cost is per block (its state root), not per transaction.
        holder
            .provider()
            .anvil_set_interval_mining(block_seconds)
            .await
            .expect("interval mining");
    }
    eprintln!("funding {max} viewers and opening their channels, {batch} at a time…");
    let opened: Vec<Result<Viewer, String>> = stream::iter(0..max)
        .map(|_| viewer(&net, &holder, &publisher, &cid, expiration))
        .buffer_unordered(batch)
        .collect()
        .await;
    if block_seconds > 0 {
        holder
            .provider()
            .anvil_set_auto_mine(true)
            .await
            .expect("automine");
    }
    let setup = started.elapsed();
    let failed = opened.iter().filter(|v| v.is_err()).count();
    if let Some(Err(e)) = opened.iter().find(|v| v.is_err()) {
        eprintln!("{failed} viewers could not be set up, e.g.: {e}");
    }
    let mut ready: Vec<Viewer> = opened.into_iter().filter_map(Result::ok).collect();
    eprintln!("{} channels open in {setup:?}", ready.len());

    let domain = holder.payment_channel_domain();
    let target = Arc::new((publisher.peer, publisher.addrs.clone()));
    let window = Arc::new(Mutex::new(Window::default()));
    let errors = Arc::new(AtomicU64::new(0));
    let pid = publisher.child.id();
    let live = Arc::new(AtomicU64::new(0));
    let sign_live = flag("--sign-live");
    // A level's window, the three segment durations before it, and a few for the seconds the
    // signing takes (the viewers already paying go on meanwhile).
    let per_level = (level_seconds + 4 * u64::from(SEGMENT)).div_ceil(u64::from(SEGMENT)) + 3;
    let mut signers: Vec<(Arc<Payer>, Arc<Queue>)> = Vec::new();
    let mut results = Vec::new();
    let mut watching = Vec::new();
    let mut active = 0;
    for &n in &levels {
        let n = n.min(active + ready.len());
        let mut joining = Vec::new();
        while active + joining.len() < n {
            let Some(v) = ready.pop() else { break };
            let payer = Arc::new(v.payer);
            let queue = Arc::new(Queue::default());
            signers.push((payer.clone(), queue.clone()));
            joining.push(Watcher {
                net: v.net,
                payer,
                queue,
                domain: domain.clone(),
                window: window.clone(),
                errors: errors.clone(),
                live: live.clone(),
                segments,
            });
        }
        if !sign_live {
            let t = Instant::now();
            let signed = ahead::fill(&signers, per_level, &domain, segments).await;
            eprintln!("signed {signed} payments ahead in {:?}", t.elapsed());
        }
        for w in joining {
            watching.push(tokio::spawn(watch(w, target.clone())));
            active += 1;
        }
        // The first segment duration lets the new viewers' phases spread out; two more let the
        // payments the signing held back (both cores, for seconds) be answered before the window.
        let settle = if sign_live { 1 } else { 3 };
        tokio::time::sleep(Duration::from_secs(settle * u64::from(SEGMENT))).await;
        window.lock().await.latencies.clear();
        let errors_before = errors.load(Ordering::Relaxed);
        let live_before = live.load(Ordering::Relaxed);
        let (cpu_before, _) = usage(pid);
        let (own_cpu_before, _) = usage(std::process::id());
        let t = Instant::now();
        tokio::time::sleep(Duration::from_secs(level_seconds)).await;
        let elapsed = t.elapsed().as_secs_f64();
        let (cpu_after, rss) = usage(pid);
        let (own_cpu_after, own_rss) = usage(std::process::id());
        let mut lat = std::mem::take(&mut window.lock().await.latencies);
        lat.sort_by(f64::total_cmp);
        let level = Level {
            viewers: active,
            requests: lat.len(),
            p50: percentile(&lat, 0.5),
            p95: percentile(&lat, 0.95),
            p99: percentile(&lat, 0.99),
            max: lat.last().copied().unwrap_or(f64::NAN),
            errors: errors.load(Ordering::Relaxed) - errors_before,
            signed_live: live.load(Ordering::Relaxed) - live_before,
            cpu: (cpu_after - cpu_before) / elapsed,
            rss_mib: rss as f64 / 1024.0,
            own_rss_mib: own_rss as f64 / 1024.0,
            own_cpu: (own_cpu_after - own_cpu_before) / elapsed,
            connected: active + ready.len(),
        };
        eprintln!(
            "{:>6} viewers: {:>6} requests, p50 {:.1} ms, p99 {:.1} ms, {} errors, publisher {:.2} cores, {:.0} MiB",
            level.viewers,
            level.requests,
            level.p50,
            level.p99,
            level.errors,
            level.cpu,
            level.rss_mib
        );
        let knee = level.p99 > 100.0 || level.errors > 0;
        results.push(level);
        if knee {
            break;
        }
    }
    // The viewers stop before the publisher does: their requests to a stopped publisher are not
    // the publisher's errors.
    for viewer in &watching {
        viewer.abort();
    }
    let setup = Setup {
        took: setup,
        failed,
        batch,
        block_seconds,
        signed_ahead: !sign_live,
    };
    report(&results, &setup, out.as_deref());
}

/// How the channels were opened before the ramp.
struct Setup {
    took: Duration,
    failed: usize,
    batch: usize,
    block_seconds: u64,
    /// Payments signed between levels (`ahead`), or each at its tick (`--sign-live`).
    signed_ahead: bool,
}

fn report(levels: &[Level], setup: &Setup, out: Option<&Path>) {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let knee = levels.iter().find(|l| l.p99 > 100.0 || l.errors > 0);
    let best = levels.iter().rfind(|l| l.p99 <= 100.0 && l.errors == 0);
    let mut text = format!(
        "# How many real-time viewers one publisher serves\n\n\
         `cargo run --release -p paratii-cli --example viewers -- --paratii target/release/paratii --out docs/BENCH-viewers.md`, \
         one run on this machine ({cores} cores; the load generator runs on the same machine). One `paratii serve` process \
         in keys mode; every simulated viewer has its own wallet, deposit, communication key, libp2p connection (TCP + noise + \
         yamux) and channel, and pays for one key per {SEGMENT} s segment at real-time pace (random phases). All channels \
         were opened before the ramp (funding and bids, {} at a time, {}: {:.0} s{}). {}\n\n\
         | viewers | key requests | p50 ms | p95 ms | p99 ms | max ms | errors | signed at the tick | publisher CPU (cores) | publisher RSS (MiB) | per connected viewer (KiB) | load generator CPU (cores) | load generator RSS (MiB) |\n\
         | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
        setup.batch,
        if setup.block_seconds > 0 {
            format!("one block every {} s", setup.block_seconds)
        } else {
            "one block per transaction".to_owned()
        },
        setup.took.as_secs_f64(),
        if setup.failed > 0 {
            format!(", {} viewers failed to set up", setup.failed)
        } else {
            String::new()
        },
        if setup.signed_ahead {
            "Each level's payments were signed before its window (as each viewer would on its own \
             machine); \"signed at the tick\" counts those that were not."
        } else {
            "Every payment was signed at its tick (`--sign-live`)."
        }
    );
    for l in levels {
        text += &format!(
            "| {} | {} | {:.1} | {:.1} | {:.1} | {:.1} | {} | {} | {:.2} | {:.0} | {:.0} | {:.2} | {:.0} |\n",
            l.viewers,
            l.requests,
            l.p50,
            l.p95,
            l.p99,
            l.max,
            l.errors,
            l.signed_live,
            l.cpu,
            l.rss_mib,
            // Every viewer set up holds its connection from the start, paying or not yet.
            l.rss_mib * 1024.0 / l.connected.max(1) as f64,
            l.own_cpu,
            l.own_rss_mib,
        );
    }
    text += &match (best, knee) {
        (Some(b), Some(k)) => format!(
            "\nThe knee: {} viewers kept p99 under 100 ms with no error; at {} the p99 was {:.0} ms with {} errors.\n",
            b.viewers, k.viewers, k.p99, k.errors
        ),
        (Some(b), None) => format!(
            "\nNo knee within the ramp: {} viewers, p99 {:.1} ms, no error.\n",
            b.viewers, b.p99
        ),
        _ => "\nEven the first level passed 100 ms at p99 or had errors.\n".to_owned(),
    };
    println!("{text}");
    if let Some(path) = out {
        std::fs::write(path, &text).expect("writing the report");
    }
}
