//! Player benchmark, in one run on a dev-net with a real upload (ffmpeg, HLS AES-128, the embedded
//! block store) and a `Server` publisher in process:
//! - time from Play to the first decoded frame in headless chromium (tools/player/drive.mjs), each
//!   run a fresh `paratii play` session (so a new channel and a first key bought);
//! - payment-to-key latency (a key request answered and checked) against a raw libp2p round trip of
//!   frames of the same sizes between the same two identities;
//! - bytes the publisher sends per segment in keys mode against bytes mode.
//!
//! `cargo run --release -p paratii-player --example bench-player -- --out docs/BENCH-player.md`
//! [`--seconds N` (clip, default 40)] [`--runs N` (browser runs, default 5)] [`--keys N` (key
//! requests timed, default the clip's segments)].

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::primitives::B256;
use paratii_ipfs::{BlockStore, CidVersion, Ipfs};
use paratii_keys::Password;
use paratii_media::{Ffmpeg, Library, TestClip, UploadSettings};
use paratii_net::frame::Frame;
use paratii_net::network::{self, NetConfig, Protocol};
use paratii_net::{
    Delivery, IpfsCodec, KeySession, LibraryCatalog, PeerConfig, ServePolicy, Server,
    SessionRequest, WatchRequest, keypair,
};
use paratii_player::{Player, PlayerOptions, Timing};
use paratii_test_utils::{Actor, TestNet, pti};
use paratii_upload::{Registrar, Upload};

const SEGMENT: u32 = 2;
const FORMAT: &str = "240p30";
const RATE: u128 = 1_000_000_000_000_000;

fn arg<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::args()
        .skip_while(|a| a != name)
        .nth(1)
        .map_or(default, |v| {
            v.parse()
                .unwrap_or_else(|_| panic!("{name} {v}: not a number"))
        })
}

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)]
}

fn repo_root() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
        .join("../..")
}

struct Setup {
    _net: TestNet,
    publisher_comm: alloy::signers::local::PrivateKeySigner,
    viewer: Actor,
    server: Server,
    store: BlockStore,
    video: B256,
    segments: u64,
    ciphertext_bytes: u64,
    _dir: tempfile::TempDir,
}

async fn setup(seconds: u32) -> Setup {
    let net = TestNet::start().await.expect("anvil");
    let publisher = net.actor("publisher", 1, pti(10)).await.expect("publisher");
    let viewer = net.actor("viewer", 2, pti(10_000)).await.expect("viewer");
    publisher.register_key().await.expect("key");
    viewer.client.deposit(pti(5_000)).await.expect("deposit");
    let dir = tempfile::tempdir().expect("tempdir");
    let clip = dir.path().join("clip.mp4");
    Ffmpeg::from_env()
        .generate(
            &TestClip {
                pattern: "testsrc2",
                seconds,
                width: 640,
                height: 360,
                tone_hz: Some(440),
            },
            &clip,
        )
        .expect("ffmpeg generates the clip");
    let library = Library::open(dir.path().join("data"));
    let store = library.blocks().expect("blocks");
    let keystore = dir.path().join("keystore");
    let password = Password::new("bench".into()).expect("password");
    let outcome = paratii_upload::upload(Upload {
        source: &clip,
        settings: UploadSettings {
            title: "bench".into(),
            formats: vec![FORMAT.into()],
            segment_seconds: SEGMENT,
            cid_version: CidVersion::V0,
        },
        library: &library,
        keystore: &keystore,
        password: &password,
        transcoder: &Ffmpeg::from_env(),
        local: &store,
        remote: None,
        registrar: Some(Registrar {
            client: &publisher.client,
            publisher: publisher.address(),
            owner_key: publisher.key(),
        }),
        progress: &|_| {},
    })
    .await
    .expect("upload");
    let record = outcome.record;
    let segments = record.segment_count() as u64;
    let mut ciphertext_bytes = 0;
    for cid in &record.tables[FORMAT].0 {
        ciphertext_bytes += paratii_ipfs::cat(&store, cid).await.expect("segment").len() as u64;
    }
    let catalog =
        LibraryCatalog::open(dir.path().join("data"), &keystore, password).expect("catalog");
    let server = Server::start(
        PeerConfig::new(publisher.client.clone(), publisher.comm.clone()),
        Arc::new(catalog),
        Arc::new(IpfsCodec),
        // Cashing waits for transactions on the payment path today; without it the figure is
        // the exchange's own latency.
        ServePolicy {
            withdraw_every: 0,
            ..ServePolicy::default()
        },
    )
    .await
    .expect("server");
    server.publish_addrs().await.expect("profile");
    Setup {
        _net: net,
        publisher_comm: publisher.comm.clone(),
        viewer,
        server,
        store,
        video: record.video_id,
        segments,
        ciphertext_bytes,
        _dir: dir,
    }
}

fn session_request(s: &Setup, lookahead: u64) -> SessionRequest {
    SessionRequest {
        video: s.video,
        format: FORMAT.into(),
        rate: RATE,
        expiry_secs: 3600,
        lookahead,
        peer: Vec::new(),
        state: None,
        patience: paratii_net::SessionRequest::PATIENCE,
    }
}

async fn session(s: &Setup, lookahead: u64) -> KeySession {
    KeySession::prepare(
        PeerConfig::new(s.viewer.client.clone(), s.viewer.comm.clone()),
        Arc::new(IpfsCodec),
        Arc::new(s.store.clone()) as Arc<dyn Ipfs>,
        session_request(s, lookahead),
    )
    .await
    .expect("session")
}

/// Milliseconds of each key request (ciphertext already fetched: only the payment and the key).
async fn key_latencies(s: &Setup, count: u64) -> (Vec<f64>, u64, u64) {
    let session = session(s, 0).await;
    session.open().await.expect("open");
    let before = s.server.network().traffic().of(Protocol::Keys);
    let mut ms = Vec::new();
    for index in 0..count.min(s.segments) {
        session.ciphertext(index).await.expect("ciphertext");
        let t = Instant::now();
        session.buy(&[index]).await.expect("key");
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let after = s.server.network().traffic().of(Protocol::Keys);
    session.end().await.expect("end");
    (
        ms,
        after.sent - before.sent,
        after.received - before.received,
    )
}

/// Milliseconds of raw request-response round trips between the same two identities, with the
/// same frame sizes as a key request and its answer.
async fn raw_round_trips(s: &Setup, count: usize, request: usize, answer: usize) -> Vec<f64> {
    let publisher_key = s.publisher_comm.clone();
    let (server, mut inbound) =
        network::spawn(keypair(&publisher_key).expect("key"), &NetConfig::default())
            .expect("swarm");
    let addr = server
        .listen("/ip4/127.0.0.1/tcp/0".parse().expect("addr"))
        .await
        .expect("listen");
    let reply = Frame::json(vec![b' '; answer]);
    tokio::spawn(async move {
        while let Some(req) = inbound.recv().await {
            let _ = server
                .respond(req.protocol, req.channel, reply.clone())
                .await;
        }
    });
    let (client, _in) =
        network::spawn(keypair(&s.viewer.comm).expect("key"), &NetConfig::default())
            .expect("swarm");
    let peer = paratii_keys::peer_id(&publisher_key.public_key()).expect("peer id");
    let frame = Frame::json(vec![b' '; request]);
    let mut ms = Vec::new();
    for i in 0..count + 5 {
        let t = Instant::now();
        client
            .request(peer, vec![addr.clone()], Protocol::Keys, frame.clone())
            .await
            .expect("raw request");
        // The first few include the dial and the handshake.
        if i >= 5 {
            ms.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    ms
}

/// Bytes the publisher sends per segment when a viewer watches the whole video in bytes mode.
async fn bytes_mode_per_segment(s: &Setup) -> f64 {
    let before = s.server.network().traffic().of(Protocol::Pay).sent;
    let out = tempfile::tempdir().expect("tempdir");
    let report = paratii_net::watch(
        PeerConfig::new(s.viewer.client.clone(), s.viewer.comm.clone()),
        Arc::new(IpfsCodec),
        WatchRequest {
            video: s.video,
            format: FORMAT.into(),
            rate: RATE,
            expiry_secs: 3600,
            ahead: 1,
            max_segments: None,
            out: out.path().to_path_buf(),
            peer: Vec::new(),
            delivery: Delivery::Bytes,
            close_at_end: true,
            state: None,
            pace: None,
            patience: paratii_net::SessionRequest::PATIENCE,
        },
    )
    .await
    .expect("watch");
    let sent = s.server.network().traffic().of(Protocol::Pay).sent - before;
    sent as f64 / report.received.len() as f64
}

/// One browser run: a fresh player session, Play, the first decoded frame; Stop.
async fn first_frame(s: &Setup) -> f64 {
    let player = Player::start(PlayerOptions {
        port: 0,
        timing: Timing {
            grace: Duration::from_secs(30),
            linger: Duration::from_millis(500),
        },
        ads_dir: None,
    })
    .await
    .expect("player");
    let url = player.url();
    let prepare = KeySession::prepare(
        PeerConfig::new(s.viewer.client.clone(), s.viewer.comm.clone()),
        Arc::new(IpfsCodec),
        Arc::new(s.store.clone()) as Arc<dyn Ipfs>,
        session_request(s, 1),
    );
    let running = tokio::spawn(player.run(prepare, std::future::pending::<()>()));
    let report = tokio::task::spawn_blocking(move || {
        let scenario = serde_json::json!([
            {"do": "play"},
            {"do": "waitFor", "what": "decodedFrames", "atLeast": 1, "timeout": 30},
            {"do": "stop"},
            {"do": "waitFor", "what": "closed", "timeout": 30},
        ]);
        let mut child = std::process::Command::new("node")
            .arg(repo_root().join("tools/player/drive.mjs"))
            .args(["--url", &url, "--scenario", "-", "--timeout", "120"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("node tools/player/drive.mjs");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("stdin");
            stdin
                .write_all(scenario.to_string().as_bytes())
                .expect("scenario");
        }
        let out = child.wait_with_output().expect("driver");
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("driver JSON")
    })
    .await
    .expect("driver task");
    assert_eq!(report["ok"], true, "{report}");
    running.await.expect("player");
    report["firstFrameMs"].as_f64().expect("firstFrameMs")
}

fn write_report(path: Option<&Path>, text: &str) {
    println!("{text}");
    if let Some(path) = path {
        std::fs::write(path, text).expect("writing the report");
        println!("written to {}", path.display());
    }
}

#[tokio::main]
async fn main() {
    let out = std::env::args()
        .skip_while(|a| a != "--out")
        .nth(1)
        .map(PathBuf::from);
    let seconds: u32 = arg("--seconds", 40);
    let runs: usize = arg::<usize>("--runs", 5).max(1);
    let s = setup(seconds).await;
    let keys: u64 = arg("--keys", s.segments);

    let (key_ms, keys_sent, keys_received) = key_latencies(&s, keys).await;
    let timed = key_ms.len();
    let request_size = (keys_received as usize / timed.max(1)).max(1);
    let answer_size = (keys_sent as usize / timed.max(1)).max(1);
    let raw_ms = raw_round_trips(&s, timed.max(20), request_size, answer_size).await;
    let bytes_per_segment = bytes_mode_per_segment(&s).await;
    let keys_per_segment = keys_sent as f64 / timed as f64;
    let mut first = Vec::new();
    for _ in 0..runs {
        first.push(first_frame(&s).await);
    }
    s.server.shutdown().await.expect("shutdown");

    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let mean_segment = s.ciphertext_bytes as f64 / s.segments as f64;
    let text = format!(
        "# Player benchmark\n\n\
         `cargo run --release -p paratii-player --example bench-player -- --out docs/BENCH-player.md`, one run on \
         this machine ({cores} cores), anvil dev-net, a {seconds} s 640x360 clip uploaded as {FORMAT} in \
         {SEGMENT} s segments ({} segments, {:.0} KiB of ciphertext each on average), the publisher a \
         `paratii_net::Server` in the same process (cashing only at close), the viewer reading the \
         ciphertexts from the embedded block store.\n\n\
         | measure | ours | baseline | baseline is |\n| --- | ---: | ---: | --- |\n\
         | Play to first decoded frame, median of {runs} (each a fresh session: loading the page opened the channel, Play buys the first key) | {:.0} ms | 2,000-5,000 ms | typical HLS player start-up (goal: under 1,500 ms) |\n\
         | Play to first decoded frame, slowest of {runs} | {:.0} ms | | |\n\
         | payment to checked key, p50 ({timed} requests) | {:.2} ms | {:.2} ms | raw libp2p round trip, same peers, same frame sizes ({request_size} B / {answer_size} B) |\n\
         | payment to checked key, p95 | {:.2} ms | {:.2} ms | raw round trip p95 |\n\
         | bytes the publisher sends per segment, keys mode | {:.0} B | {:.0} B | bytes mode (key and ciphertext), same video |\n\n\
         In keys mode the publisher sends {:.2}% of what it sends in bytes mode: the ciphertexts come from \
         IPFS. A key request is a payment (two signatures checked: wallet and communication key) plus the \
         segment indices; its answer is the keys, signed by the owner key. The browser figure includes \
         hls.js loading the playlist, the first key bought over libp2p, the first segment read from the \
         block store and decrypted, and the first frame decoded by chromium.\n",
        s.segments,
        mean_segment / 1024.0,
        percentile(&first, 0.5),
        percentile(&first, 1.0),
        percentile(&key_ms, 0.5),
        percentile(&raw_ms, 0.5),
        percentile(&key_ms, 0.95),
        percentile(&raw_ms, 0.95),
        keys_per_segment,
        bytes_per_segment,
        100.0 * keys_per_segment / bytes_per_segment,
    );
    write_report(out.as_deref(), &text);
}
