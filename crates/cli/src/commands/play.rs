//! `paratii play`: the Paratii Player. A local web page plays the video and pays for the seconds it
//! plays: keys from the publisher, ciphertexts from IPFS.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use eyre::{WrapErr, eyre};
use paratii_net::{
    AttentionPolicy, IpfsCodec, KeySession, Multiaddr, PeerConfig, ServePolicy, Server,
    SessionRequest,
};
use paratii_player::{Outcome, Player, PlayerOptions, Status, Timing};
use serde_json::json;

use super::peer::{DataDirArg, Identity, IdentityArgs, SourceArgs, identity};
use super::wait_for_shutdown;
use crate::context::Ctx;
use crate::format::video_id;

/// Arguments of `paratii play`.
#[derive(Debug, Args)]
pub struct PlayArgs {
    /// The video id (0x…) or directory CID.
    pub video: String,
    /// The format (default: the video's first).
    #[arg(long)]
    pub format: Option<String>,
    /// The rate offered, PTI wei per second of video.
    #[arg(long, value_name = "WEI", default_value_t = 1_000_000_000_000_000)]
    pub rate: u128,
    /// Where the ciphertexts come from.
    #[command(flatten)]
    pub source: SourceArgs,
    /// The port on 127.0.0.1 (0: a free one).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Open the player in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Keys bought ahead of the one the player asks for (0: buy each key only when asked).
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub lookahead: u64,
    /// The page may be closed this long before the session ends and the channel closes.
    #[arg(long, default_value_t = 20, value_name = "S")]
    pub grace: u64,
    /// The bid expires this many seconds (chain time) from the moment it is made.
    #[arg(long, default_value_t = 3600, value_name = "S")]
    pub expiry: u64,
    /// The communication key it runs as.
    #[command(flatten)]
    pub identity: IdentityArgs,
    /// The data directory (the embedded block store; ads land in `<data-dir>/attention`).
    #[command(flatten)]
    pub data: DataDirArg,
    /// Dial this address instead of the publisher's profile (repeatable).
    #[arg(long, value_name = "MULTIADDR")]
    pub peer: Vec<Multiaddr>,
    /// Take advertisers' bids on our attention: their ad plays before the feature and pays us.
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
    /// Where to listen for advertisers (repeatable).
    #[arg(
        long,
        default_value = "/ip4/127.0.0.1/tcp/0",
        requires = "accept_attention"
    )]
    pub listen: Vec<Multiaddr>,
}

pub(crate) async fn run(ctx: &Ctx, args: PlayArgs) -> eyre::Result<()> {
    let video = video_id(&args.video)?;
    let id = identity(ctx, &args.identity).await?;
    let data_dir = args.data.resolve()?;
    let ipfs = args.source.open(&data_dir)?;
    let format = match &args.format {
        Some(f) => f.clone(),
        None => id
            .client
            .video(video)
            .await
            .wrap_err_with(|| format!("looking up video {video}"))?
            .formats
            .first()
            .cloned()
            .ok_or_else(|| eyre!("video {video} has no format"))?,
    };
    let ads_dir = data_dir.join("attention");
    let player = Player::start(PlayerOptions {
        port: args.port,
        timing: Timing {
            grace: Duration::from_secs(args.grace),
            ..Timing::default()
        },
        ads_dir: args.accept_attention.then(|| ads_dir.clone()),
    })
    .await
    .wrap_err("starting the player's web server on 127.0.0.1")?;
    let attention = if args.accept_attention {
        Some(start_attention(&id, &args, &player, ads_dir).await?)
    } else {
        None
    };
    // One JSON line first, like `serve`'s, so scripts can wait for it. It comes after the ad peer
    // has published its addresses: an advertiser started on this line must find us in the profile.
    println!(
        "{}",
        json!({"ready": true, "url": player.url(), "playlist": player.playlist_url(), "video": video, "format": format})
    );
    if !ctx.json() {
        eprintln!(
            "Paratii Player: open {}\n  other players (ffplay, mpv, VLC): {}",
            player.url(),
            player.playlist_url()
        );
    }
    if args.open {
        open_browser(&player.url());
    }
    let config = PeerConfig::new(id.client.clone(), id.comm.clone());
    let request = SessionRequest {
        video,
        format,
        rate: args.rate,
        expiry_secs: args.expiry,
        lookahead: args.lookahead,
        peer: args.peer.clone(),
        state: Some(data_dir.join("viewer")),
        patience: SessionRequest::PATIENCE,
    };
    let reporter = tokio::spawn(report_progress(player.app().clone(), ctx.json()));
    let prepare = KeySession::prepare(config, Arc::new(IpfsCodec), ipfs, request);
    let interrupt = async {
        let _ = wait_for_shutdown().await;
    };
    let outcome = player.run(prepare, interrupt).await;
    reporter.abort();
    if let Some(server) = attention {
        server
            .shutdown()
            .await
            .wrap_err("closing the ad channels")?;
    }
    summarize(&outcome, ctx.json())
}

/// Starts the attention side: a peer that takes advertisers' bids, with the player as gate.
async fn start_attention(
    id: &Identity,
    args: &PlayArgs,
    player: &Player,
    ads_dir: PathBuf,
) -> eyre::Result<Server> {
    let policy = ServePolicy {
        attention: Some(AttentionPolicy {
            min_rate: args.attention_min_rate,
            out: ads_dir,
            batch: 1,
            withdraw_every: 0,
            gate: Some(player.gate()),
        }),
        ..ServePolicy::default()
    };
    let mut config = PeerConfig::new(id.client.clone(), id.comm.clone());
    config.listen.clone_from(&args.listen);
    let server = Server::start(
        config,
        Arc::new(paratii_net::catalog::NoVideos),
        Arc::new(IpfsCodec),
        policy,
    )
    .await
    .wrap_err("starting the peer that takes ads")?;
    server
        .publish_addrs()
        .await
        .wrap_err("publishing our addresses in the wallet's profile")?;
    let mut events = server.subscribe();
    let app = player.app().clone();
    tokio::spawn(async move {
        while let Ok(e) = events.recv().await {
            app.on_serve_event(&e);
        }
    });
    Ok(server)
}

/// Opens `url` in the default browser (`$BROWSER`, else `xdg-open`), if there is one.
fn open_browser(url: &str) {
    let browser = std::env::var("BROWSER").unwrap_or_else(|_| "xdg-open".to_owned());
    if let Err(e) = std::process::Command::new(&browser)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    {
        eprintln!(
            "note: could not start a browser ({browser}: {e}); open the address above yourself"
        );
    }
}

/// Prints what happens as it happens: checks done, channel open, payments, errors.
async fn report_progress(app: Arc<paratii_player::App>, json: bool) {
    let mut changes = app.subscribe();
    let mut last = String::new();
    loop {
        let meter = paratii_player::meter::meter(&app);
        let line = match meter["state"].as_str() {
            Some("ready") => "ready: waiting for the page to open".to_owned(),
            Some("playing") => format!(
                "channel {}: {} segments paid ({} PTI spent, {} PTI of escrow left), {} s played",
                meter["channel"].as_str().unwrap_or("?"),
                meter["segmentsPaid"],
                meter["ptiSpent"].as_str().unwrap_or("0"),
                meter["escrowLeft"].as_str().unwrap_or("0"),
                meter["secondsPlayed"],
            ),
            Some("error") => format!(
                "error: {}: {}\nhint: {}",
                meter["error"]["title"].as_str().unwrap_or(""),
                meter["error"]["message"].as_str().unwrap_or(""),
                meter["error"]["hint"].as_str().unwrap_or(""),
            ),
            _ => String::new(),
        };
        if !line.is_empty() && line != last {
            if json {
                eprintln!("{}", json!({"event": meter["state"], "meter": meter}));
            } else {
                eprintln!("{line}");
            }
            last = line;
        }
        if changes.changed().await.is_err() {
            return;
        }
    }
}

fn summarize(outcome: &Outcome, json: bool) -> eyre::Result<()> {
    let m = &outcome.meter;
    if json {
        println!("{}", json!({"summary": true, "meter": m}));
    } else {
        println!(
            "played {} s, {} segments paid = {} PTI; escrow {} PTI",
            m["secondsPlayed"],
            m["segmentsPaid"],
            m["ptiSpent"].as_str().unwrap_or("0"),
            m["escrow"].as_str().unwrap_or("0"),
        );
        if let Some(tx) = m["closed"]["tx"].as_str() {
            println!(
                "channel closed (tx {tx}): {} PTI refunded to your free balance",
                m["closed"]["ptiRefunded"].as_str().unwrap_or("0")
            );
        }
        if m["ptiEarned"].as_str().is_some_and(|e| e != "0") {
            println!(
                "ads watched: {} PTI earned",
                m["ptiEarned"].as_str().unwrap_or("0")
            );
        }
    }
    match &outcome.status {
        Status::Failed(e) => Err(eyre!("{}: {} {}", e.title, e.message, e.hint)),
        _ => Ok(()),
    }
}
