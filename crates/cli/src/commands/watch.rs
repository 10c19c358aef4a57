//! `paratii watch`: bid on a video, pay per segment, write a playable output. Every argument that
//! can be checked without the publisher is checked before the bid.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use eyre::{WrapErr, bail, eyre};
use paratii_net::{Delivery, IpfsCodec, Multiaddr, PeerConfig, WatchRequest};
use serde_json::json;

use super::peer::{DataDirArg, IdentityArgs, SourceArgs, identity};
use crate::Output;
use crate::context::Ctx;
use crate::format::{self, video_id};

/// Arguments of `paratii watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The video id (0x…) or directory CID.
    pub video: String,
    /// The format, e.g. 240p30.
    #[arg(long)]
    pub format: String,
    /// The rate offered, PTI wei per second of video.
    #[arg(long, value_name = "WEI")]
    pub rate: u128,
    /// Output directory: `<out>/<format>.ts` and the HLS folder `<out>/<format>/`.
    #[arg(long)]
    pub out: PathBuf,
    /// Pay at most N segments beyond those received (at least 1: a payment always buys the
    /// next segment).
    #[arg(long, default_value_t = 2, value_name = "N", value_parser = parse_ahead)]
    pub ahead: u64,
    /// Stop after N segments, at least 1 (default: the whole video).
    #[arg(long, value_name = "N", value_parser = parse_segments)]
    pub segments: Option<u64>,
    /// The bid expires this many seconds (chain time) from now.
    #[arg(long, default_value_t = 3600, value_name = "S")]
    pub expiry: u64,
    /// The communication key it runs as.
    #[command(flatten)]
    pub identity: IdentityArgs,
    /// Dial this address instead of the publisher's profile (repeatable; still checked against
    /// the registered key's PeerId).
    #[arg(long, value_name = "MULTIADDR")]
    pub peer: Vec<Multiaddr>,
    /// `bytes`: the publisher sends every segment; `keys`: the publisher sends only keys and the
    /// ciphertexts come from IPFS (--ipfs-api, --gateway, or the embedded block store).
    #[arg(long, value_enum, default_value_t = DeliveryMode::Bytes)]
    pub delivery: DeliveryMode,
    /// Where the ciphertexts come from in keys mode.
    #[command(flatten)]
    pub source: SourceArgs,
    /// The data directory (its embedded block store is the default keys-mode source; the
    /// channel's state is kept in `<data-dir>/viewer/`, so a killed watch resumes it).
    #[command(flatten)]
    pub data: DataDirArg,
    /// Pay at most one batch every MS milliseconds (a real-time pace; default: as fast as
    /// segments come).
    #[arg(long, value_name = "MS")]
    pub pace: Option<u64>,
    /// Keep dialing a publisher that stopped answering for this many seconds.
    #[arg(long, default_value_t = 30, value_name = "S")]
    pub patience: u64,
}

/// How segments reach the viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DeliveryMode {
    /// Key and ciphertext from the publisher.
    Bytes,
    /// Keys from the publisher, ciphertexts from IPFS.
    Keys,
}

/// `--ahead`: 0 would pay for nothing, so the smallest window is 1.
fn parse_ahead(text: &str) -> Result<u64, String> {
    match text.parse::<u64>() {
        Ok(0) => Err("0 would pay for no segment at all: the smallest window is 1 (pay for the next segment only)".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("{text:?} is not a number of segments")),
    }
}

/// `--segments`: 0 would watch nothing (and still open a channel).
fn parse_segments(text: &str) -> Result<u64, String> {
    match text.parse::<u64>() {
        Ok(0) => Err("0 segments is nothing to watch: give 1 or more, or leave --segments out for the whole video".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("{text:?} is not a number of segments")),
    }
}

/// Makes sure `<out>/<format>/` (segments and playlist) and `<out>/<format>.ts` can be written,
/// creating the folder: a watch that could not write what it paid for must fail before the bid.
fn prepare_out(out: &Path, format: &str) -> eyre::Result<()> {
    let what = || {
        format!(
            "the video goes to {} and its HLS folder {}",
            out.join(format!("{format}.ts")).display(),
            out.join(format).display()
        )
    };
    if out.exists() && !out.is_dir() {
        bail!(
            "--out {} is an existing file, not a directory: {}; pass a directory (it is created if missing)",
            out.display(),
            what()
        );
    }
    let hls = out.join(format);
    if hls.exists() && !hls.is_dir() {
        bail!("{} is an existing file: {}", hls.display(), what());
    }
    let concatenated = out.join(format!("{format}.ts"));
    if concatenated.is_dir() {
        bail!("{} is a directory: {}", concatenated.display(), what());
    }
    std::fs::create_dir_all(&hls).map_err(|e| {
        eyre!(
            "--out {}: cannot create {}: {e}",
            out.display(),
            hls.display()
        )
    })?;
    // The directory may exist and still refuse files (its mode, a read-only mount).
    let probe = hls.join(".paratii-write-check");
    std::fs::write(&probe, b"")
        .and_then(|()| std::fs::remove_file(&probe))
        .map_err(|e| {
            eyre!(
                "--out {}: cannot write in {}: {e}",
                out.display(),
                hls.display()
            )
        })
}

pub(crate) async fn run(ctx: &Ctx, args: WatchArgs) -> eyre::Result<Output> {
    // What can be checked here is checked before a password is asked and long before the bid:
    // a bad argument must not cost the publisher a channel's open and close.
    let video = video_id(&args.video)?;
    prepare_out(&args.out, &args.format)?;
    let id = identity(ctx, &args.identity).await?;
    let config = PeerConfig::new(id.client.clone(), id.comm.clone());
    let delivery = match args.delivery {
        DeliveryMode::Bytes => Delivery::Bytes,
        DeliveryMode::Keys => Delivery::Keys(args.source.open(&args.data.resolve()?)?),
    };
    let report = paratii_net::watch(
        config,
        Arc::new(IpfsCodec),
        WatchRequest {
            video,
            format: args.format.clone(),
            rate: args.rate,
            expiry_secs: args.expiry,
            ahead: args.ahead,
            max_segments: args.segments,
            out: args.out.clone(),
            peer: args.peer.clone(),
            delivery,
            close_at_end: true,
            state: Some(args.data.resolve()?.join("viewer")),
            pace: args.pace.map(Duration::from_millis),
            patience: Duration::from_secs(args.patience),
        },
    )
    .await
    .wrap_err_with(|| format!("watching video {video} ({})", args.format))?;
    let hls = args.out.join(&args.format);
    let mut text = format!(
        "watched {video} ({}) on channel {}\n  publisher  {}\n  received   {} segments {:?}\n  paid       {} segments = {} ({} wei)\n  output     {}\n  hls        {}\n",
        args.format,
        report.channel,
        report.publisher,
        report.received.len(),
        report.received,
        report.paid_segments,
        format::pti(report.paid_wei),
        report.paid_wei,
        report.concatenated.display(),
        report.playlist.display(),
    );
    if !report.missing.is_empty() {
        text += &format!("  missing    {:?} (paid, not delivered)\n", report.missing);
    }
    for a in &report.abandoned {
        text += &format!(
            "  left       channel {} at {}, which stopped answering: {} segments signed = {}; its escrow of {} stays locked until that server closes it, or run `paratii channel exit {}`\n",
            a.channel,
            a.publisher,
            a.balance,
            format::pti(a.spent),
            format::pti(a.escrow),
            a.channel
        );
    }
    match &report.closed {
        Some(c) => {
            text += &format!(
                "  closed     tx {}: {} returned to your free balance\n",
                c.tx,
                format::pti(c.refunded)
            );
        }
        None => {
            text += "  closed     the publisher did not confirm the close: what you did not spend returns at expiration\n";
        }
    }
    Ok(Output::new(
        text,
        json!({
            "videoId": video,
            "format": args.format,
            "channel": report.channel,
            "openTx": report.open_tx,
            "publisher": report.publisher,
            "segmentsReceived": report.received.len(),
            "received": report.received,
            "missing": report.missing,
            "paidSegments": report.paid_segments,
            "paidWei": report.paid_wei.to_string(),
            "output": report.concatenated,
            "hlsDir": hls,
            "playlist": report.playlist,
            "delivery": report.delivery,
            "bytesFromPublisher": report.bytes_from_publisher,
            "closeTx": report.closed.as_ref().map(|c| c.tx),
            "refundedWei": report.closed.as_ref().map(|c| c.refunded.to_string()),
            "abandoned": report.abandoned,
        }),
    ))
}
