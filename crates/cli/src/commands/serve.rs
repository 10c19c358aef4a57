//! `paratii serve`: a publisher's (and, with `--accept-attention`, a viewer's) peer: answers
//! bids, opens channels, sells segments, cashes payments, and closes its channels at shutdown.

use std::path::PathBuf;
use std::sync::Arc;

use alloy::primitives::{B256, U256};
use clap::Args;
use eyre::WrapErr;
use paratii_net::{
    AttentionPolicy, IpfsCodec, LibraryCatalog, Multiaddr, PeerConfig, ServeEvent, ServePolicy,
    Server, ServerConfig,
};
use serde_json::{Value, json};

use super::peer::{DataDirArg, IdentityArgs, identity, node_identity};
use super::wait_for_shutdown;
use crate::context::Ctx;

/// Arguments of `paratii serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Listen on this multiaddr (repeatable).
    #[arg(long, default_value = "/ip4/127.0.0.1/tcp/0")]
    pub listen: Vec<Multiaddr>,
    /// The communication key it runs as.
    #[command(flatten)]
    pub identity: IdentityArgs,
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
    /// Send the channel transactions from the communication key (--key) itself, acting for the
    /// wallet (PROTOCOL R21): the wallet's key is not unlocked and need not be on this machine;
    /// the node key pays its own gas, and every credit still goes to the wallet.
    #[arg(long)]
    pub node_key: bool,
    /// With --node-key: the wallet it acts for (default: --wallet's address, read without its
    /// password).
    #[arg(long, value_name = "ADDRESS", requires = "node_key")]
    pub for_wallet: Option<String>,
    /// The channel store: every accepted payment is written here before it is answered, and a
    /// restarted `serve` picks up the channels still open (default: `<data-dir>/channels.redb`, with
    /// its payment logs beside it at `<FILE>.log` and `<FILE>.log2`; keep the three together).
    #[arg(long, value_name = "FILE")]
    pub store: Option<PathBuf>,
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

fn event_line(json: bool, e: &ServeEvent) -> String {
    if json {
        serde_json::to_string(&serde_json::to_value(e).unwrap_or_default()).unwrap_or_default()
    } else {
        event_text(e)
    }
}

/// Most events printed with one write.
const EVENTS_PER_WRITE: usize = 256;

/// Prints `first` and the events queued behind it with one write: at thousands of payments a
/// second, a write and a flush per event took about 2% of the server's CPU.
fn print_events(
    json: bool,
    first: &ServeEvent,
    events: &mut tokio::sync::broadcast::Receiver<ServeEvent>,
) {
    say(&queued_lines(json, first, events));
}

/// `first` and up to [`EVENTS_PER_WRITE`] events in all, a line each (without the last newline).
fn queued_lines(
    json: bool,
    first: &ServeEvent,
    events: &mut tokio::sync::broadcast::Receiver<ServeEvent>,
) -> String {
    use tokio::sync::broadcast::error::TryRecvError;
    let mut text = event_line(json, first);
    let mut taken = 1;
    while taken < EVENTS_PER_WRITE {
        match events.try_recv() {
            Ok(e) => {
                text.push('\n');
                text.push_str(&event_line(json, &e));
                taken += 1;
            }
            Err(TryRecvError::Lagged(n)) => eprintln!("warning: {n} events not shown"),
            Err(TryRecvError::Empty | TryRecvError::Closed) => break,
        }
    }
    text
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

pub(crate) async fn run(ctx: &Ctx, args: ServeArgs) -> eyre::Result<()> {
    let id = if args.node_key {
        let wallet = ctx.address_or_wallet(args.for_wallet.as_deref())?;
        node_identity(ctx, &args.identity, wallet).await?
    } else {
        identity(ctx, &args.identity).await?
    };
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
    if args.node_key {
        // A node key cannot set the wallet's profile: the wallet publishes our addresses.
        config.wallet = None;
    }
    config.store = Some(
        args.store
            .clone()
            .unwrap_or_else(|| data_dir.join("channels.redb")),
    );
    let server = Server::start(config, Arc::new(catalog), Arc::new(IpfsCodec), policy)
        .await
        .wrap_err("starting the peer")?;
    let mut events = server.subscribe();
    let addrs: Vec<String> = server.addrs().iter().map(ToString::to_string).collect();
    let profile_tx = if args.node_key {
        eprintln!(
            "note: a node key cannot change the wallet's profile; for viewers to find this server without --peer, the wallet runs `paratii user profile '{}'`, with the addresses of its other servers added to the list (viewers spread over them, and move to another when one stops answering)",
            json!({ "addrs": addrs })
        );
        None
    } else {
        server
            .publish_addrs()
            .await
            .wrap_err("publishing our addresses in the wallet's profile")?
    };
    line(&json!({
        "ready": true,
        "peerId": server.peer_id().to_string(),
        "addrs": addrs,
        "wallet": id.client.payee(),
        "sender": id.client.wallet_address(),
        "key": id.comm.address(),
        "keyName": id.comm_name,
        "videos": videos,
        "attention": args.accept_attention,
        "profileTx": profile_tx.map(|t| t.hash),
    }));
    let json = ctx.json();
    let stop = wait_for_shutdown();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            r = &mut stop => { r?; break; }
            e = events.recv() => match e {
                Ok(e) => print_events(json, &e, &mut events),
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
        print_events(json, &e, &mut events);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn paid(balance: u64) -> ServeEvent {
        ServeEvent::Paid {
            channel: B256::repeat_byte(7),
            balance,
            segments: vec![balance - 1],
        }
    }

    #[test]
    fn queued_events_are_printed_a_line_each_at_most_a_write_full_at_a_time() {
        let (tx, mut rx) = tokio::sync::broadcast::channel(1024);
        for balance in 2..=EVENTS_PER_WRITE as u64 + 10 {
            tx.send(paid(balance)).expect("a receiver");
        }
        let text = queued_lines(true, &paid(1), &mut rx);
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect();
        assert_eq!(lines.len(), EVENTS_PER_WRITE);
        for (i, line) in lines.iter().enumerate() {
            assert_eq!(line["event"], "paid");
            assert_eq!(line["balance"], i as u64 + 1, "in order");
        }
        // The rest waits for the next write, in order.
        let rest = queued_lines(false, &paid(999), &mut rx);
        assert_eq!(rest.lines().count(), 11);
        assert!(
            rest.lines()
                .nth(1)
                .is_some_and(|l| l.contains(&format!("balance {}", EVENTS_PER_WRITE + 1))),
            "{rest}"
        );
    }
}
