//! The publisher in its own process: the bench runs itself again with `--publisher-process`, and
//! that process serves the paid stream (a [`Server`] with its durable channel store) and the raw
//! baseline (the same bytes on the
//! same kind of long-lived stream, with no payment) under the publisher's identity, so viewer and
//! publisher do not share a process, an allocator or a runtime.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use eyre::{Result, WrapErr, eyre};
use libp2p::{Multiaddr, PeerId};
use paratii_chain::Deployment;
use paratii_net::frame::Frame;
use paratii_net::network::{self, NetConfig, Protocol};
use paratii_net::{PeerConfig, Sealed, ServePolicy, Server, ServerConfig, keypair};
use paratii_test_utils::Actor;
use serde_json::json;

use crate::content::{Content, RealCodec};

/// The flag that makes the bench binary the publisher's process.
pub const FLAG: &str = "--publisher-process";

/// A peer of the publisher's process.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub peer: PeerId,
    pub addrs: Vec<Multiaddr>,
}

/// The running publisher process; killed when dropped.
pub struct Publisher {
    child: Child,
    /// The paying server.
    pub server: Endpoint,
    /// The raw responder.
    pub raw: Endpoint,
}

impl Drop for Publisher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Publisher {
    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Closes the process's input and waits for it to settle its channels and exit (killed
    /// after `patience`), so that none of its transactions races the next publisher's.
    pub fn finish(mut self, patience: Duration) -> Result<()> {
        drop(self.child.stdin.take());
        let deadline = std::time::Instant::now() + patience;
        while std::time::Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                return if status.success() {
                    Ok(())
                } else {
                    Err(eyre!("the publisher process ended with {status}"))
                };
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(eyre!(
            "the publisher process did not stop within {patience:?}"
        ))
    }

    /// Starts the process for `publisher`'s keys on the dev-net at `rpc` and waits until it
    /// listens.
    pub fn spawn(
        publisher: &Actor,
        rpc: &str,
        deployment: &Deployment,
        segments: u64,
        segment_kib: usize,
        dir: &std::path::Path,
        store: &std::path::Path,
    ) -> Result<Self> {
        let record = dir.join("deployment.json");
        deployment.save(&record)?;
        let mut child = Command::new(std::env::current_exe()?)
            .args([
                FLAG,
                "--segments",
                &segments.to_string(),
                "--segment-kib",
                &segment_kib.to_string(),
            ])
            .env("PARATII_BENCH_RPC", rpc)
            .env("PARATII_BENCH_DEPLOYMENT", &record)
            .env("PARATII_BENCH_STORE", store)
            .env(
                "PARATII_BENCH_WALLET",
                alloy::hex::encode_prefixed(publisher.wallet.to_bytes()),
            )
            .env(
                "PARATII_BENCH_COMM",
                alloy::hex::encode_prefixed(publisher.comm.to_bytes()),
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .wrap_err("spawning the publisher process")?;
        let stdout = child.stdout.take().ok_or_else(|| eyre!("no stdout"))?;
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line)?;
        let ready: serde_json::Value = serde_json::from_str(&line)
            .wrap_err_with(|| format!("the publisher process said {line:?}"))?;
        let endpoint = |name: &str| -> Result<Endpoint> {
            let e = &ready[name];
            Ok(Endpoint {
                peer: e["peer"]
                    .as_str()
                    .ok_or_else(|| eyre!("no peer"))?
                    .parse()?,
                addrs: e["addrs"]
                    .as_array()
                    .ok_or_else(|| eyre!("no addrs"))?
                    .iter()
                    .filter_map(|a| a.as_str()?.parse().ok())
                    .collect(),
            })
        };
        Ok(Self {
            server: endpoint("server")?,
            raw: endpoint("raw")?,
            child,
        })
    }
}

fn env(name: &str) -> Result<String> {
    std::env::var(name).wrap_err_with(|| format!("{name} is not set (the bench sets it)"))
}

/// The publisher process: serves until its standard input closes.
pub async fn run(segments: u64, segment_kib: usize) -> Result<()> {
    let deployment = Deployment::load(std::path::Path::new(&env("PARATII_BENCH_DEPLOYMENT")?))?;
    let wallet: alloy::signers::local::PrivateKeySigner = env("PARATII_BENCH_WALLET")?.parse()?;
    let comm: alloy::signers::local::PrivateKeySigner = env("PARATII_BENCH_COMM")?.parse()?;
    let client =
        paratii_chain::Client::connect(&env("PARATII_BENCH_RPC")?, Some(wallet), deployment)
            .await?;
    let content = Arc::new(Content::build(segments, segment_kib * 1024));
    // Durable, as `paratii serve` is: every payment is on disk before its delivery leaves.
    let config = ServerConfig {
        store: Some(env("PARATII_BENCH_STORE")?.into()),
        ..PeerConfig::new(client, comm.clone()).into()
    };
    let server = Server::start(
        config,
        content.clone(),
        Arc::new(RealCodec),
        ServePolicy {
            max_channels: 4096,
            ..ServePolicy::default()
        },
    )
    .await?;
    let raw = raw_responder(&comm, content).await?;
    let server_end = Endpoint {
        peer: server.peer_id(),
        addrs: server.addrs().to_vec(),
    };
    let show = |e: &Endpoint| json!({"peer": e.peer.to_string(), "addrs": e.addrs.iter().map(ToString::to_string).collect::<Vec<_>>()});
    println!(
        "{}",
        json!({"server": show(&server_end), "raw": show(&raw)})
    );
    // The bench closes the pipe (or dies): then stop.
    tokio::task::spawn_blocking(|| std::io::stdin().read_to_end(&mut Vec::new())).await??;
    server.shutdown().await?;
    Ok(())
}

/// Answers "segments `start..start + count`" with their blobs, as a paid delivery carries them,
/// on the pay protocol's long-lived stream (and its request-response way, which the client takes
/// only if the stream fails).
async fn raw_responder(
    comm: &alloy::signers::local::PrivateKeySigner,
    content: Arc<Content>,
) -> Result<Endpoint> {
    let (net, mut inbound) = network::spawn(keypair(comm)?, &NetConfig::default())?;
    let addr = net.listen(paratii_net::loopback()).await?;
    let answer = {
        let content = content.clone();
        move |header: &[u8]| {
            let (start, count) = decode_ask(header)?;
            let blobs = (start..start + count)
                .filter_map(|i| {
                    content
                        .sealed
                        .get(usize::try_from(i).ok()?)
                        .map(Sealed::delivered)
                })
                .collect();
            Some(Frame {
                header: b"{}".to_vec(),
                blobs,
            })
        }
    };
    let mut streams = net.accept_streams(Protocol::Pay)?;
    let on_stream = answer.clone();
    tokio::spawn(async move {
        while let Some(stream) = streams.next().await {
            let answer = on_stream.clone();
            // As the server does (R28): the next request is read while the last answer is
            // written.
            let wait = Duration::from_secs(60);
            tokio::spawn(stream.answer_in_order(wait, wait, move |request| {
                std::future::ready(answer(&request.header))
            }));
        }
    });
    let responder = net.clone();
    tokio::spawn(async move {
        while let Some(req) = inbound.recv().await {
            if let Some(frame) = answer(&req.frame.header) {
                let _ = responder.respond(req.protocol, req.channel, frame).await;
            }
        }
    });
    Ok(Endpoint {
        peer: net.peer_id(),
        addrs: vec![addr],
    })
}

/// The raw request: first index and count, 8 bytes big-endian each.
pub fn ask(start: u64, count: u64) -> Frame {
    let mut header = start.to_be_bytes().to_vec();
    header.extend_from_slice(&count.to_be_bytes());
    Frame::json(header)
}

fn decode_ask(header: &[u8]) -> Option<(u64, u64)> {
    let start = u64::from_be_bytes(header.get(..8)?.try_into().ok()?);
    let count = u64::from_be_bytes(header.get(8..16)?.try_into().ok()?);
    Some((start, count))
}
