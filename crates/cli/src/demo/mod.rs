//! `paratii demo`: the whole protocol on one machine, every role a separate `paratii` process.
//!
//! The demo itself only prepares what a real user would have prepared by hand (a dev-net, keys,
//! deposits, two clips, an IPFS node) and then drives the public commands — `upload`, `serve`,
//! `watch`, `play`, `advertise` — as child processes talking over loopback libp2p, so what it shows
//! is what the CLI does. The money trail is read back from the chain, not from what the children
//! claim.
//!
//! [`process`] runs the children, [`tools`] the project's JavaScript tools (js-ipfs, the browser),
//! [`play`] the player's step, [`trail`] reads and prints the money trail.

mod play;
mod process;
mod tools;
mod trail;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use alloy::primitives::{Address, U256};
use clap::Args;
use eyre::{WrapErr, bail};
use paratii_chain::{Client, DevNet, DevNetConfig, DevNetSetup};
use paratii_keys::{KeyKind, Keystore, Password};
use paratii_media::{Ffmpeg, TestClip};
use serde_json::json;

use crate::context::Ctx;
use crate::format;
use play::play;
use process::{Actor, Env, prepare_dir};
use tools::IpfsNode;
use trail::{Trail, gas_trail, holdings, json_str, probe, summary_of, wei_text};

/// Arguments of `paratii demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where the demo keeps its keystores, uploads and the watched output. Emptied first when it
    /// holds an earlier demo; refused when it holds anything else.
    #[arg(long, default_value = "demo-out")]
    pub dir: PathBuf,

    /// Length of the generated clip, in seconds.
    #[arg(long, default_value_t = 12)]
    pub clip_seconds: u32,

    /// Segment length, in seconds.
    #[arg(long, default_value_t = 2)]
    pub segment_seconds: u32,

    /// The rendition the viewer buys.
    #[arg(long, default_value = "240p30")]
    pub format: String,

    /// The viewer's bid, in PTI wei per second of video.
    #[arg(long, default_value = "1000000000000000")]
    pub rate: String,

    /// The advertiser's bid on the viewer's attention, in PTI wei per second of video.
    #[arg(long, default_value = "500000000000000")]
    pub ad_rate: String,

    /// Leave the player running and print its address for a person to open, instead of playing
    /// it in a headless browser; the demo goes on once the player ends (Stop, or the page closed).
    #[arg(long)]
    pub play: bool,
}

/// The demo's keystore password. The keys are anvil's public dev keys and fresh comm keys.
const DEMO_PASSWORD: &str = "paratii-demo";

/// The actors: dev account, name, PTI deposited. The publisher only sells; the viewer and the
/// advertiser pay, from deposits.
const ACTORS: [(usize, &str, Option<&str>); 3] = [
    (1, "publisher", None),
    (2, "viewer", Some("50")),
    (3, "advertiser", Some("50")),
];

/// PTI each actor gets from the holder when the dev-net is set up.
const ACTOR_PTI: &str = "100";

fn say(line: &str) {
    println!("{line}");
}

pub(crate) async fn demo(_ctx: &Ctx, args: DemoArgs) -> eyre::Result<()> {
    let rate: U256 = args.rate.parse().wrap_err("--rate is not an integer")?;
    let ad_rate: U256 = args
        .ad_rate
        .parse()
        .wrap_err("--ad-rate is not an integer")?;
    let exe = std::env::current_exe().wrap_err("locating the paratii binary")?;
    prepare_dir(&args.dir)?;
    let dir = std::fs::canonicalize(&args.dir)?;

    say("1. dev-net: anvil on a free loopback port, contracts deployed with CREATE2");
    let deployments = dir.join("deployments");
    // The three actors (accounts 1-3) get their PTI here; their deposits come in step 2.
    let net = DevNetSetup::new(DevNetConfig::default())
        .record_in(&deployments)
        .fund(ACTORS.len() as u32, format::parse_pti(ACTOR_PTI)?)
        .start()
        .await?;
    let holder = net.holder.clone();
    let deployer = net.devnet.accounts()[0].clone();
    for (name, address) in net.deployment().contracts.named() {
        say(&format!("   {:<15} {address}", name.as_str()));
    }

    say("2. actors: keystores, comm keys registered on UserRegistry, PTI deposited");
    let actors = make_actors(&net.devnet, &holder, &dir).await?;
    let env = Env {
        exe,
        rpc_url: net.devnet.url().to_owned(),
        deployments,
        password_file: dir.join("password"),
        logs: dir.join("logs"),
    };
    let names: BTreeMap<Address, String> = actors
        .iter()
        .map(|a| (a.wallet.address(), a.name.to_owned()))
        .chain(std::iter::once((deployer.address(), "holder".to_owned())))
        .collect();
    let start_block = holder.block_number().await? + 1;
    let before = holdings(&holder, &actors).await?;
    let (publisher, viewer, advertiser) = (&actors[0], &actors[1], &actors[2]);

    say("3. clips: generated with ffmpeg (testsrc), a feature and an ad; an IPFS node (js-ipfs)");
    let clip = dir.join("clip.mp4");
    let ad_clip = dir.join("ad.mp4");
    generate_clip(&clip, args.clip_seconds, "testsrc", 440)?;
    generate_clip(&ad_clip, args.segment_seconds * 2, "testsrc2", 880)?;
    let ipfs = IpfsNode::start(&dir.join("ipfs"), env.log_file(publisher, "ipfs")?)?;

    say("4. upload: transcode, segment, encrypt, add to IPFS, register (separate processes)");
    let feature_formats = if args.format == "360p30" {
        "360p30,240p30".to_owned()
    } else {
        format!("{},360p30", args.format)
    };
    let segment_seconds = args.segment_seconds.to_string();
    let upload = env.run_json(
        publisher,
        "upload",
        &[
            "upload",
            &clip.to_string_lossy(),
            "--title",
            "Paratii demo feature",
            "--formats",
            &feature_formats,
            "--segment-seconds",
            &segment_seconds,
            "--key",
            publisher.name,
            // Pinned on the IPFS node as well: the player reads the ciphertexts from there.
            "--ipfs-api",
            ipfs.url(),
        ],
    )?;
    let video = json_str(&upload, "videoId")?;
    say(&format!(
        "   feature {video} directory {} (also pinned on {})",
        json_str(&upload, "directory")?,
        ipfs.url()
    ));
    let ad_upload = env.run_json(
        advertiser,
        "upload",
        &[
            "upload",
            &ad_clip.to_string_lossy(),
            "--title",
            "Paratii demo ad",
            "--formats",
            &args.format,
            "--segment-seconds",
            &segment_seconds,
            "--key",
            advertiser.name,
        ],
    )?;
    let ad_video = json_str(&ad_upload, "videoId")?;
    say(&format!(
        "   ad      {ad_video} directory {}",
        json_str(&ad_upload, "directory")?
    ));

    say("5. peers: the publisher and the viewer serve on loopback libp2p");
    let publisher_peer = env.spawn_ready(
        publisher,
        "serve",
        &[
            "serve",
            "--listen",
            "/ip4/127.0.0.1/tcp/0",
            "--key",
            publisher.name,
        ],
    )?;
    let mut viewer_peer = env.spawn_ready(
        viewer,
        "serve",
        &[
            "serve",
            "--listen",
            "/ip4/127.0.0.1/tcp/0",
            "--key",
            viewer.name,
            "--accept-attention",
        ],
    )?;

    say(
        "6. watch (delivery mode bytes): the viewer bids, pays segment by segment, gets key ‖ ciphertext",
    );
    let out = dir.join("watched");
    let rate_s = rate.to_string();
    let watched = env.run_json(
        viewer,
        "watch",
        &[
            "watch",
            &video,
            "--format",
            &args.format,
            "--rate",
            &rate_s,
            "--out",
            &out.to_string_lossy(),
            "--key",
            viewer.name,
        ],
    )?;

    let played = play(&env, viewer, &args, &video, &rate_s, ipfs.url(), &dir)?;

    say("8. attention: the advertiser bids on the viewer's attention, pays per ad segment watched");
    let advertised = env.run_json(
        advertiser,
        "advertise",
        &[
            "advertise",
            &viewer.wallet.address().to_string(),
            &ad_video,
            "--format",
            &args.format,
            "--rate",
            &ad_rate.to_string(),
            "--key",
            advertiser.name,
        ],
    )?;
    let attention = viewer_peer.wait_event("attentionDone")?;
    if let Some(error) = attention["error"].as_str() {
        bail!("the viewer's attention exchange failed: {error}");
    }

    say("9. settle: both peers stop, closing every channel they hold");
    let publisher_summary = summary_of(publisher_peer.stop()?)?;
    let viewer_summary = summary_of(viewer_peer.stop()?)?;
    drop(ipfs);

    let after = holdings(&holder, &actors).await?;
    let transactions = gas_trail(&holder, &names, start_block).await?;
    // channels_of lists a wallet's channels as payer and as payee: keep each (id, payer) once.
    let mut channels = BTreeMap::new();
    for actor in &actors {
        for record in holder.channels_of(actor.wallet.address()).await? {
            channels.insert((record.id, record.channel.payer), record);
        }
    }
    drop(net);

    let (mut text, total_gas) = Trail {
        actors: &actors,
        names: &names,
        before: &before,
        after: &after,
        channels: &channels,
        transactions: &transactions,
    }
    .render();
    let _ = writeln!(
        text,
        "watched: {} segments of {} for {}; the advertiser paid {} for {} ad segments",
        watched["segmentsReceived"],
        args.format,
        wei_text(&watched["paidWei"]),
        wei_text(&advertised["paidWei"]),
        advertised["delivered"],
    );
    text += &played.describe();
    let _ = writeln!(
        text,
        "watched output: {} (playable MPEG-TS), HLS playlist {}",
        watched["output"].as_str().unwrap_or("?"),
        watched["playlist"].as_str().unwrap_or("?"),
    );
    if let Some(path) = watched["output"].as_str() {
        let _ = writeln!(text, "ffprobe of the output: {}", probe(Path::new(path)));
    }
    let _ = writeln!(text, "logs of every process: {}", env.logs.display());
    println!("{text}");

    let summary = json!({
        "upload": upload,
        "adUpload": ad_upload,
        "watch": watched,
        "play": played.json(),
        "advertise": advertised,
        "publisherServe": publisher_summary,
        "viewerServe": viewer_summary,
        "transactions": transactions,
        "totalGas": total_gas,
        "output": out,
    });
    std::fs::write(
        dir.join("demo.json"),
        serde_json::to_string_pretty(&summary)?,
    )?;
    Ok(())
}

/// Three anvil dev accounts (funded by the set-up) with their own keystores, a registered
/// communication key and, for the two that pay, a deposit.
async fn make_actors(net: &DevNet, holder: &Client, dir: &Path) -> eyre::Result<Vec<Actor>> {
    std::fs::write(dir.join("password"), DEMO_PASSWORD)?;
    let password = Password::new(DEMO_PASSWORD.to_owned())?;
    let mut actors = Vec::new();
    for (index, name, deposit) in ACTORS {
        let wallet = net.accounts()[index].clone();
        let home = dir.join(name);
        let keystore = Keystore::new(home.join("keystore"));
        keystore.import(
            KeyKind::Wallet,
            name,
            &alloy::hex::encode_prefixed(wallet.to_bytes()),
            &password,
        )?;
        keystore.generate(KeyKind::Comm, name, &password)?;
        let comm = keystore.unlock(KeyKind::Comm, name, &password)?.signer;
        let client = holder.with_wallet(Some(wallet.clone())).await?;
        client.add_key(&comm).await?;
        if let Some(amount) = deposit {
            client.deposit(format::parse_pti(amount)?).await?;
        }
        say(&format!(
            "   {name:<10} wallet {}  comm key {}",
            wallet.address(),
            comm.address()
        ));
        actors.push(Actor { name, wallet, home });
    }
    Ok(actors)
}

fn generate_clip(
    path: &Path,
    seconds: u32,
    pattern: &'static str,
    tone_hz: u32,
) -> eyre::Result<()> {
    let clip = TestClip {
        pattern,
        seconds,
        width: 640,
        height: 360,
        tone_hz: Some(tone_hz),
    };
    Ffmpeg::from_env()
        .generate(&clip, path)
        .wrap_err("generating a clip (install ffmpeg with `apt-get install ffmpeg`)")
}
