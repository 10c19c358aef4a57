//! How many concurrent paid streams one publisher serves (in the bench's process: the viewers
//! and the publisher share its cores either way).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eyre::{Result, eyre};
use paratii_net::{PeerConfig, ServeEvent, watch};

use crate::content::RealCodec;
use crate::{Args, Bench, mib_s};

pub struct Level {
    pub streams: usize,
    pub ok: usize,
    pub errors: Vec<String>,
    pub aggregate: f64,
    pub slowest: f64,
    pub fastest: f64,
    /// Longest bid-to-open time of the level (listing, bid checks, the `open` transaction).
    pub slowest_open: Duration,
}

pub async fn ramp_level(b: &Bench, args: &Args, n: usize, tmp: &std::path::Path) -> Result<Level> {
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
            server.addrs().to_vec(),
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
