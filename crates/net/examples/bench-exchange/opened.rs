//! The raw baselines: the same bytes on a raw long-lived stream, bare, or with the viewer's own
//! work of a paid stream and none of the payments'. What separates the paid stream from the
//! second is what paying costs (the signatures, the publisher's checks and store, the signed
//! delivery, the `ahead` bound), not the work any viewer of the content does anyway (each
//! segment's CID check, its decryption, its file).

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use eyre::{Result, WrapErr, eyre};
use paratii_net::catalog::open_segments;
use paratii_net::frame::Frame;
use paratii_net::network::{self, Protocol};
use tokio::task::JoinHandle;

use crate::content::RealCodec;
use crate::publisher::{Endpoint, ask};

/// What the viewer does with each answer of the raw stream: nothing, or what `watch` does.
pub struct ViewerWork {
    /// The video's segment CIDs.
    pub toc: Arc<Vec<String>>,
    /// Where the segments are written.
    pub dir: PathBuf,
}

/// `segments` segments on a raw long-lived stream, asked `per_request` at a time, two requests
/// in flight (R28). With `work`, each answer's segments are checked against the table of
/// contents, decrypted and written on the blocking pool, one answer at a time while the next
/// arrives, as `watch` checks its deliveries.
pub async fn raw_stream(
    client: &network::Client,
    raw: &Endpoint,
    segments: u64,
    per_request: u64,
    work: Option<&ViewerWork>,
) -> Result<Duration> {
    if let Some(w) = work {
        std::fs::create_dir_all(&w.dir)
            .wrap_err_with(|| format!("creating {}", w.dir.display()))?;
    }
    let t0 = Instant::now();
    let mut pipeline = client
        .pipeline(raw.peer, raw.addrs.clone(), Protocol::Pay)
        .await?
        .ok_or_else(|| eyre!("the raw responder takes no stream"))?;
    let mut asked = 0;
    let mut in_flight = VecDeque::new();
    let mut arrived = VecDeque::new();
    let mut opening: Option<JoinHandle<Result<()>>> = None;
    loop {
        while asked < segments && in_flight.len() < 2 {
            let count = per_request.min(segments - asked);
            pipeline.send(&ask(asked, count)).await?;
            in_flight.push_back((asked, count));
            asked += count;
        }
        if let Some(w) = work
            && opening.is_none()
            && let Some((first, answer)) = arrived.pop_front()
        {
            let (toc, dir) = (w.toc.clone(), w.dir.clone());
            opening = Some(tokio::task::spawn_blocking(move || {
                open_and_write(&toc, &dir, first, &answer)
            }));
        }
        if in_flight.is_empty() && opening.is_none() {
            return Ok(t0.elapsed());
        }
        tokio::select! {
            answer = pipeline.next_answer(), if !in_flight.is_empty() => {
                let (first, count) = in_flight.pop_front().unwrap_or_default();
                let answer = answer?;
                if answer.blobs.len() as u64 != count {
                    return Err(eyre!("raw: {} blobs for {count}", answer.blobs.len()));
                }
                if work.is_some() {
                    arrived.push_back((first, answer));
                }
            }
            Some(opened) = async { Some(opening.as_mut()?.await) }, if opening.is_some() => {
                opening = None;
                opened??;
            }
        }
    }
}

/// The segments of `answer` (from `first` on, key ‖ ciphertext each) opened as a paid delivery's
/// are, and written.
fn open_and_write(toc: &[String], dir: &Path, first: u64, answer: &Frame) -> Result<()> {
    let segments: BTreeMap<u64, alloy::primitives::Bytes> = (first..)
        .zip(answer.blobs.iter().map(|b| b.clone().into()))
        .collect();
    for (index, plain) in open_segments(&RealCodec, toc, &segments) {
        let path: PathBuf = dir.join(format!("{index:05}.ts"));
        std::fs::write(&path, plain?).wrap_err_with(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
