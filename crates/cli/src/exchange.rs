//! `paratii serve`, `watch` and `advertise`: the libp2p exchanges of `paratii-net` as processes.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{Address, B256, U256};
use alloy::signers::local::PrivateKeySigner;
use clap::Args;
use eyre::{WrapErr, eyre};
use paratii_chain::Client;
use paratii_keys::{KeyKind, Password};
use paratii_net::{
    AdvertiseRequest, AttentionPolicy, Delivery, IpfsCodec, LibraryCatalog, Multiaddr, PeerConfig,
    ServeEvent, ServePolicy, Server, ServerConfig, WatchRequest,
};
use serde_json::{Value, json};

use crate::Output;
use crate::args::KeyPassword;
use crate::context::{Ctx, parse_address};
use crate::format::{self, video_id};

/// The data directory option, shared with `paratii upload`.
#[derive(Debug, Clone, Args)]
pub struct DataDirArg {
    /// The data directory holding the library and the embedded block store (as `upload`'s).
    #[arg(long, env = "PARATII_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
}

impl DataDirArg {
    pub(crate) fn resolve(&self) -> eyre::Result<PathBuf> {
        crate::context::data_dir(self.data_dir.as_ref())
    }
}

/// Arguments of `paratii serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Listen on this multiaddr (repeatable).
    #[arg(long, default_value = "/ip4/127.0.0.1/tcp/0")]
    pub listen: Vec<Multiaddr>,
    /// The communication key (a name in the keystore); default: the wallet's active key found in
    /// the keystore.
    #[arg(long)]
    pub key: Option<String>,
    /// Where the communication key's password comes from.
    #[command(flatten)]
    pub key_password: KeyPassword,
    /// The library to serve.
    #[command(flatten)]
    pub data: DataDirArg,
    /// Minimum rate of a format, PTI wei per second: `FORMAT=WEI` (repeatable).
    #[arg(long = "min-rate", value_name = "FORMAT=WEI", value_parser = parse_min_rate)]
    pub min_rate: Vec<(String, u128)>,
    /// Minimum rate (PTI wei per second) of the other formats.
    #[arg(long, default_value_t = 1, value_name = "WEI")]
    pub default_min_rate: u128,
    /// Most channels open at once.
    #[arg(long, default_value_t = 64)]
    pub max_channels: usize,
    /// Refuse bids expiring sooner than this (seconds of chain time).
    #[arg(long, default_value_t = 60, value_name = "S")]
    pub min_expiry: u64,
    /// Refuse bids expiring later than this (seconds of chain time).
    #[arg(long, default_value_t = 7 * 24 * 3600, value_name = "S")]
    pub max_expiry: u64,
    /// Withdraw after every N newly paid segments (0: only at close).
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub withdraw_every: u64,
    /// Close a channel this many seconds before it expires.
    #[arg(long, default_value_t = 30, value_name = "S")]
    pub close_margin: u64,
    /// Close (cash in) a channel before delivering its last segment.
    #[arg(long)]
    pub cash_before_last: bool,
    /// Withhold this many per mille of the paid segments, at random (the note's defence).
    #[arg(long, default_value_t = 0, value_name = "N", value_parser = clap::value_parser!(u16).range(0..=1000))]
    pub withhold_per_mille: u16,
    /// Also take advertisers' bids on our attention (watch their video, get paid).
    #[arg(long)]
    pub accept_attention: bool,
    /// Minimum attention rate, PTI wei per second.
    #[arg(
        long,
        default_value_t = 1,
        value_name = "WEI",
        requires = "accept_attention"
    )]
    pub attention_min_rate: u128,
    /// Where watched ads go: `<DIR>/<channel>/NNNNN.ts` (default: `<data-dir>/attention`).
    #[arg(long, value_name = "DIR", requires = "accept_attention")]
    pub attention_out: Option<PathBuf>,
    /// Ad segments requested per request.
    #[arg(
        long,
        default_value_t = 2,
        value_name = "N",
        requires = "accept_attention"
    )]
    pub attention_batch: u64,
    /// The channel store: every accepted payment is written here before it is answered, and a
    /// restarted `serve` picks up the channels still open (default: `<data-dir>/channels.redb`).
    #[arg(long, value_name = "FILE")]
    pub store: Option<PathBuf>,
}

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
    /// Pay at most N segments beyond those received.
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub ahead: u64,
    /// Stop after N segments (default: the whole video).
    #[arg(long, value_name = "N")]
    pub segments: Option<u64>,
    /// The bid expires this many seconds (chain time) from now.
    #[arg(long, default_value_t = 3600, value_name = "S")]
    pub expiry: u64,
    /// The communication key (a name in the keystore); default: the wallet's active key.
    #[arg(long)]
    pub key: Option<String>,
    /// Where the communication key's password comes from.
    #[command(flatten)]
    pub key_password: KeyPassword,
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
    pub source: crate::play::SourceArgs,
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

/// Arguments of `paratii advertise`.
#[derive(Debug, Args)]
pub struct AdvertiseArgs {
    /// The viewer's wallet.
    pub viewer: String,
    /// Our video (id or directory CID), whose owner key is our communication key.
    pub video: String,
    /// The format.
    #[arg(long)]
    pub format: String,
    /// The rate offered, PTI wei per second.
    #[arg(long, value_name = "WEI")]
    pub rate: u128,
    /// The bid expires this many seconds (chain time) from now.
    #[arg(long, default_value_t = 3600, value_name = "S")]
    pub expiry: u64,
    /// The viewer's communication key (default: its first active one).
    #[arg(long, value_name = "ADDRESS")]
    pub viewer_key: Option<String>,
    /// Give up when the viewer asks nothing for this many seconds.
    #[arg(long, default_value_t = 120, value_name = "S")]
    pub idle_timeout: u64,
    /// The communication key (a name in the keystore); default: the wallet's active key.
    #[arg(long)]
    pub key: Option<String>,
    /// Where the communication key's password comes from.
    #[command(flatten)]
    pub key_password: KeyPassword,
    /// Where our video's blocks and record are.
    #[command(flatten)]
    pub data: DataDirArg,
    /// Dial this address instead of the viewer's profile (repeatable).
    #[arg(long, value_name = "MULTIADDR")]
    pub peer: Vec<Multiaddr>,
}

fn parse_min_rate(text: &str) -> Result<(String, u128), String> {
    let (format, wei) = text
        .split_once('=')
        .ok_or_else(|| format!("{text:?} is not FORMAT=WEI"))?;
    let wei = wei
        .parse()
        .map_err(|_| format!("{wei:?} is not an amount in wei"))?;
    Ok((format.to_owned(), wei))
}

/// The wallet, its password (which also decrypts video secrets), a signing client and the
/// communication key.
pub(crate) struct Identity {
    pub(crate) client: Client,
    pub(crate) password: Password,
    pub(crate) comm: PrivateKeySigner,
    pub(crate) comm_name: String,
}

pub(crate) async fn identity(
    ctx: &Ctx,
    key: Option<&str>,
    key_password: &KeyPassword,
) -> eyre::Result<Identity> {
    let name = ctx.wallet_name()?;
    let password = ctx
        .password_source()
        .read(&format!("wallet key {name:?}"))?;
    let wallet = ctx
        .keystore
        .unlock(KeyKind::Wallet, name, &password)?
        .signer;
    let client = ctx.client(false).await?.with_wallet(Some(wallet)).await?;
    let comm_name = match key {
        Some(k) => k.to_owned(),
        None => default_comm(ctx, &client).await?,
    };
    let separate =
        key_password.key_password_file.is_some() || key_password.key_password_env.is_some();
    let comm_password = if separate {
        ctx.key_password_source(key_password)
            .read(&format!("communication key {comm_name:?}"))?
    } else {
        password.clone()
    };
    let comm = ctx
        .keystore
        .unlock(KeyKind::Comm, &comm_name, &comm_password)?
        .signer;
    Ok(Identity {
        client,
        password,
        comm,
        comm_name,
    })
}

/// The keystore's communication key that is active for the wallet on chain.
async fn default_comm(ctx: &Ctx, client: &Client) -> eyre::Result<String> {
    let wallet = client.wallet_address().ok_or_else(|| eyre!("no wallet"))?;
    let active: Vec<Address> = client
        .keys_of_wallet(wallet)
        .await?
        .into_iter()
        .filter(|k| k.active)
        .map(|k| k.key)
        .collect();
    ctx.keystore
        .list(Some(KeyKind::Comm))?
        .into_iter()
        .find(|e| e.address.is_some_and(|a| active.contains(&a)))
        .map(|e| e.name)
        .ok_or_else(|| {
            eyre!("no communication key in the keystore is active for wallet {wallet}: pass --key NAME, or register one with `paratii user add-key NAME`")
        })
}

/// Prints one line on stdout; a reader that went away (a closed pipe) must not stop the server,
/// which keeps serving and cashing in.
fn say(text: &str) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}

fn line(value: &Value) {
    say(&serde_json::to_string(value).unwrap_or_default());
}

fn event_text(e: &ServeEvent) -> String {
    match e {
        ServeEvent::Opened {
            role,
            channel,
            payer,
            format,
            tx,
            gas_used,
            ..
        } => format!(
            "opened {role:?} channel {channel} paid by {payer} ({format}): tx {tx} ({gas_used} gas)"
        ),
        ServeEvent::Refused { peer, reason } => format!("refused a bid from {peer}: {reason}"),
        ServeEvent::Paid {
            channel,
            balance,
            segments,
        } => format!("channel {channel}: balance {balance} segments, segments {segments:?}"),
        ServeEvent::Withdrawn {
            channel,
            balance,
            tx,
            gas_used,
        } => format!("channel {channel}: withdrew balance {balance}: tx {tx} ({gas_used} gas)"),
        ServeEvent::Closed {
            channel,
            balance,
            reason,
            tx,
            gas_used,
        } => format!(
            "channel {channel}: closed at balance {balance} ({reason}): tx {tx} ({gas_used} gas)"
        ),
        ServeEvent::AttentionDone {
            channel,
            segments,
            error,
        } => match error {
            Some(e) => format!("channel {channel}: ad ended after {segments} segments: {e}"),
            None => format!("channel {channel}: watched all {segments} ad segments"),
        },
    }
}

fn print_event(json: bool, e: &ServeEvent) {
    if json {
        line(&serde_json::to_value(e).unwrap_or_default());
    } else {
        say(&event_text(e));
    }
}

/// Channels, amounts and transactions of a stopped server, from its channel store.
fn summary(peer_id: &str, channels: &[paratii_net::ChannelSummary]) -> Value {
    let mut total = U256::ZERO;
    let mut gas = 0u64;
    let mut txs = Vec::new();
    let mut list = Vec::new();
    for c in channels {
        total += c.cashed_wei;
        for t in &c.txs {
            gas += t.gas_used;
            txs.push(json!({
                "kind": t.kind,
                "channel": c.channel,
                "balance": t.balance,
                "reason": t.reason,
                "tx": t.tx,
                "gasUsed": t.gas_used,
            }));
        }
        list.push(json!({
            "channel": c.channel,
            "role": c.role,
            "payer": c.payer,
            "format": c.format,
            "paidSegments": c.paid_segments,
            "cashedSegments": c.cashed_segments,
            "pricePerSegment": c.price_per_segment.to_string(),
            "cashedWei": c.cashed_wei.to_string(),
            "closed": c.closed,
        }));
    }
    json!({
        "summary": true,
        "peerId": peer_id,
        "channels": list,
        "txs": txs,
        "cashedWei": total.to_string(),
        "gasUsed": gas,
    })
}

fn summary_text(v: &Value) -> String {
    let mut text = format!(
        "stopped: {} channels, {} PTI wei cashed, {} gas\n",
        v["channels"].as_array().map_or(0, Vec::len),
        v["cashedWei"].as_str().unwrap_or("0"),
        v["gasUsed"]
    );
    for c in v["channels"].as_array().into_iter().flatten() {
        text += &format!(
            "  {} {} {}: {} segments paid, {} cashed ({} wei){}\n",
            c["channel"].as_str().unwrap_or_default(),
            c["role"].as_str().unwrap_or_default(),
            c["format"].as_str().unwrap_or_default(),
            c["paidSegments"],
            c["cashedSegments"],
            c["cashedWei"].as_str().unwrap_or("?"),
            if c["closed"] == true { ", closed" } else { "" },
        );
    }
    text
}

pub(crate) async fn serve(ctx: &Ctx, args: ServeArgs) -> eyre::Result<()> {
    let id = identity(ctx, args.key.as_deref(), &args.key_password).await?;
    let data_dir = args.data.resolve()?;
    let catalog = LibraryCatalog::open(&data_dir, ctx.keystore.root(), id.password.clone())
        .wrap_err_with(|| format!("opening the library in {}", data_dir.display()))?;
    for (record, e) in catalog.unlock_all() {
        eprintln!("warning: video {} cannot be sold: {e}", record.video_id);
    }
    let videos: Vec<B256> = catalog.records().iter().map(|r| r.video_id).collect();
    let attention = args.accept_attention.then(|| AttentionPolicy {
        min_rate: args.attention_min_rate,
        out: args
            .attention_out
            .clone()
            .unwrap_or_else(|| data_dir.join("attention")),
        batch: args.attention_batch.max(1),
        withdraw_every: args.withdraw_every,
        gate: None,
    });
    let policy = ServePolicy {
        min_rate: args.min_rate.iter().cloned().collect(),
        default_min_rate: args.default_min_rate,
        max_channels: args.max_channels,
        min_expiry_secs: args.min_expiry,
        max_expiry_secs: args.max_expiry,
        withdraw_every: args.withdraw_every,
        close_margin_secs: args.close_margin,
        cash_before_last: args.cash_before_last,
        withhold_per_mille: args.withhold_per_mille,
        attention,
    };
    let mut config = PeerConfig::new(id.client.clone(), id.comm.clone());
    config.listen.clone_from(&args.listen);
    let mut config = ServerConfig::from(config);
    config.store = Some(
        args.store
            .clone()
            .unwrap_or_else(|| data_dir.join("channels.redb")),
    );
    let server = Server::start(config, Arc::new(catalog), Arc::new(IpfsCodec), policy)
        .await
        .wrap_err("starting the peer")?;
    let mut events = server.subscribe();
    let profile_tx = server
        .publish_addrs()
        .await
        .wrap_err("publishing our addresses in the wallet's profile")?;
    let addrs: Vec<String> = server.addrs().iter().map(ToString::to_string).collect();
    line(&json!({
        "ready": true,
        "peerId": server.peer_id().to_string(),
        "addrs": addrs,
        "wallet": id.client.wallet_address(),
        "key": id.comm.address(),
        "keyName": id.comm_name,
        "videos": videos,
        "attention": args.accept_attention,
        "profileTx": profile_tx.map(|t| t.hash),
    }));
    let json = ctx.json();
    let stop = crate::commands::wait_for_shutdown();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            r = &mut stop => { r?; break; }
            e = events.recv() => match e {
                Ok(e) => print_event(json, &e),
                Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                    eprintln!("warning: {n} events not shown");
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            },
        }
    }
    let peer_id = server.peer_id().to_string();
    let result = server.shutdown().await;
    // Events of the shutdown itself (closes) are still queued.
    while let Ok(e) = events.try_recv() {
        print_event(json, &e);
    }
    let report = result.wrap_err("closing channels at shutdown")?;
    let summary = summary(&peer_id, &report.channels);
    if json {
        line(&summary);
    } else {
        say(summary_text(&summary).trim_end());
    }
    Ok(())
}

pub(crate) async fn watch(ctx: &Ctx, args: WatchArgs) -> eyre::Result<Output> {
    let id = identity(ctx, args.key.as_deref(), &args.key_password).await?;
    let video = video_id(&args.video);
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
        "watched {video} ({}) on channel {}\n  publisher  {}\n  received   {} segments {:?}\n  paid       {} segments = {} PTI ({} wei)\n  output     {}\n  hls        {}\n",
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
        }),
    ))
}

pub(crate) async fn advertise(ctx: &Ctx, args: AdvertiseArgs) -> eyre::Result<Output> {
    let viewer = parse_address(&args.viewer)?;
    let viewer_key = args.viewer_key.as_deref().map(parse_address).transpose()?;
    let id = identity(ctx, args.key.as_deref(), &args.key_password).await?;
    let data_dir = args.data.resolve()?;
    let catalog = LibraryCatalog::open(&data_dir, ctx.keystore.root(), id.password.clone())
        .wrap_err_with(|| format!("opening the library in {}", data_dir.display()))?;
    let video = video_id(&args.video);
    let config = PeerConfig::new(id.client.clone(), id.comm.clone());
    let report = paratii_net::advertise(
        config,
        Arc::new(catalog),
        AdvertiseRequest {
            viewer,
            viewer_key,
            video,
            format: args.format.clone(),
            rate: args.rate,
            expiry_secs: args.expiry,
            peer: args.peer.clone(),
            idle_timeout: Duration::from_secs(args.idle_timeout),
        },
    )
    .await
    .wrap_err_with(|| format!("advertising video {video} to {viewer}"))?;
    let text = format!(
        "advertised {video} ({}) to {viewer} on channel {}\n  viewer     {}\n  delivered  {} segments, {} receipts checked\n  paid       {} segments = {} PTI ({} wei)\n",
        args.format,
        report.channel,
        report.viewer,
        report.delivered,
        report.receipts_checked,
        report.balance,
        format::pti(report.paid_wei),
        report.paid_wei,
    );
    Ok(Output::new(
        text,
        json!({
            "videoId": video,
            "format": args.format,
            "viewer": viewer,
            "viewerPeer": report.viewer,
            "channel": report.channel,
            "openTx": report.open_tx,
            "delivered": report.delivered,
            "receiptsChecked": report.receipts_checked,
            "paidSegments": report.balance,
            "paidWei": report.paid_wei.to_string(),
        }),
    ))
}
