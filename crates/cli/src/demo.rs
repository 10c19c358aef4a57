//! `paratii demo`: the whole protocol on one machine, every role a separate `paratii` process.
//!
//! The demo itself only prepares what a real user would have prepared by hand (a dev-net, keys,
//! deposits, two clips) and then drives the public commands — `upload`, `serve`, `watch`,
//! `advertise` — as child processes talking over loopback libp2p, so what it shows is what the
//! CLI does. The money trail is read back from the chain, not from what the children claim.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256, U256};
use alloy::providers::Provider;
use alloy::signers::local::PrivateKeySigner;
use clap::Args;
use eyre::{WrapErr, bail, eyre};
use paratii_chain::bindings::{
    payment_channel::PaymentChannel::PaymentChannelCalls, pti::PTI::PTICalls,
    user_registry::UserRegistry::UserRegistryCalls,
    video_registry::VideoRegistry::VideoRegistryCalls,
};
use paratii_chain::client::ChannelStatus;
use paratii_chain::{Client, Connection, DeployParams, DevNet, DevNetConfig};
use paratii_keys::{KeyKind, Keystore, Password};
use paratii_media::{Ffmpeg, TestClip};
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::format;

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
}

/// Marks a directory as the demo's own, so that a re-run may empty it.
const MARKER: &str = ".paratii-demo";
/// The demo's keystore password. The keys are anvil's public dev keys and fresh comm keys.
const DEMO_PASSWORD: &str = "paratii-demo";
/// How long a child may take before the demo gives up on it.
const CHILD_TIMEOUT: Duration = Duration::from_secs(600);

/// One participant: an anvil dev account with its own keystore and data directory.
struct Actor {
    name: &'static str,
    wallet: PrivateKeySigner,
    home: PathBuf,
}

impl Actor {
    fn keystore(&self) -> PathBuf {
        self.home.join("keystore")
    }

    fn data_dir(&self) -> PathBuf {
        self.home.join("data")
    }
}

/// The environment every child process of one actor runs with.
struct Env {
    exe: PathBuf,
    rpc_url: String,
    deployments: PathBuf,
    password_file: PathBuf,
    logs: PathBuf,
}

impl Env {
    fn command(&self, actor: &Actor, args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.exe);
        cmd.args(args)
            .env("PARATII_RPC_URL", &self.rpc_url)
            .env("PARATII_DEPLOYMENTS_DIR", &self.deployments)
            .env("PARATII_KEYSTORE", actor.keystore())
            .env("PARATII_WALLET", actor.name)
            .env("PARATII_PASSWORD_FILE", &self.password_file)
            .env("PARATII_DATA_DIR", actor.data_dir())
            .env_remove("PARATII_DEPLOYMENT")
            .stdin(Stdio::null());
        cmd
    }

    fn log_file(&self, actor: &Actor, what: &str) -> eyre::Result<std::fs::File> {
        let path = self.logs.join(format!("{}-{what}.log", actor.name));
        std::fs::File::create(&path).wrap_err_with(|| format!("creating {}", path.display()))
    }

    /// Runs a command to completion and returns its `--json` output.
    fn run_json(&self, actor: &Actor, what: &str, args: &[&str]) -> eyre::Result<Value> {
        let mut full = args.to_vec();
        full.push("--json");
        let output = self
            .command(actor, &full)
            .stderr(self.log_file(actor, what)?)
            .output()
            .wrap_err_with(|| format!("starting `paratii {}`", args.join(" ")))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        if !output.status.success() {
            bail!(
                "`paratii {}` ({}) failed with {}; its log: {}",
                args.join(" "),
                actor.name,
                output.status,
                self.logs
                    .join(format!("{}-{what}.log", actor.name))
                    .display()
            );
        }
        serde_json::from_str(stdout.trim())
            .wrap_err_with(|| format!("`paratii {}` printed no JSON: {stdout:?}", args.join(" ")))
    }

    /// Starts a long-running command and waits for the JSON line it prints when ready.
    fn spawn_ready(&self, actor: &Actor, what: &str, args: &[&str]) -> eyre::Result<Running> {
        let mut full = args.to_vec();
        full.push("--json");
        let mut child = self
            .command(actor, &full)
            .stdout(Stdio::piped())
            .stderr(self.log_file(actor, what)?)
            .spawn()
            .wrap_err_with(|| format!("starting `paratii {}`", args.join(" ")))?;
        let stdout = child.stdout.take().ok_or_else(|| eyre!("no stdout pipe"))?;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut running = Running {
            name: format!("{} {what}", actor.name),
            child,
            lines: rx,
        };
        let ready = running.next_json(CHILD_TIMEOUT)?;
        running.ready(ready)
    }
}

/// A child process that keeps running, with its stdout lines.
struct Running {
    name: String,
    child: Child,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Running {
    fn ready(self, first: Value) -> eyre::Result<Self> {
        if first["ready"].as_bool() != Some(true) {
            bail!("{} did not report ready: {first}", self.name);
        }
        Ok(self)
    }

    /// Waits for the event line `{"event": name, ...}`.
    fn wait_event(&mut self, name: &str) -> eyre::Result<Value> {
        loop {
            let value = self.next_json(CHILD_TIMEOUT)?;
            if value["event"].as_str() == Some(name) {
                return Ok(value);
            }
        }
    }

    fn next_json(&mut self, timeout: Duration) -> eyre::Result<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    if let Ok(value) = serde_json::from_str::<Value>(line.trim()) {
                        return Ok(value);
                    }
                }
                Err(_) => {
                    let status = self.child.try_wait().ok().flatten();
                    bail!(
                        "{} printed no JSON line (exit status: {status:?})",
                        self.name
                    );
                }
            }
        }
    }

    /// Asks the process to stop (SIGTERM: it closes its channels first) and waits.
    fn stop(mut self) -> eyre::Result<Vec<Value>> {
        terminate(&self.child);
        let deadline = Instant::now() + CHILD_TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait()? {
                let rest: Vec<Value> = self
                    .lines
                    .try_iter()
                    .filter_map(|l| serde_json::from_str(l.trim()).ok())
                    .collect();
                if !status.success() {
                    bail!("{} exited with {status}", self.name);
                }
                return Ok(rest);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                bail!("{} did not stop", self.name);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn terminate(child: &Child) {
    // SIGTERM rather than kill: `serve` closes its channels on the way out.
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
}

fn prepare_dir(dir: &Path) -> eyre::Result<()> {
    if dir.exists() {
        let ours = dir.join(MARKER).exists();
        let empty = std::fs::read_dir(dir)?.next().is_none();
        if !ours && !empty {
            bail!(
                "{} exists and is not a demo directory: pass --dir with a new or empty directory",
                dir.display()
            );
        }
        if ours {
            std::fs::remove_dir_all(dir).wrap_err_with(|| format!("emptying {}", dir.display()))?;
        }
    }
    std::fs::create_dir_all(dir.join("logs"))?;
    std::fs::write(
        dir.join(MARKER),
        "paratii demo output; `paratii demo` empties it\n",
    )?;
    Ok(())
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

/// Snapshot of what each actor holds.
#[derive(Clone)]
struct Holdings {
    pti: U256,
    deposited: U256,
}

async fn holdings(
    client: &Client,
    actors: &[Actor],
) -> eyre::Result<BTreeMap<&'static str, Holdings>> {
    let mut out = BTreeMap::new();
    for actor in actors {
        let b = client.balances(actor.wallet.address()).await?;
        out.insert(
            actor.name,
            Holdings {
                pti: b.pti,
                deposited: b.deposited,
            },
        );
    }
    Ok(out)
}

/// Every transaction since `from_block`: who sent it, which contract function, its gas.
async fn gas_trail(
    client: &Client,
    names: &BTreeMap<Address, String>,
    from_block: u64,
) -> eyre::Result<Vec<Value>> {
    let provider = client.connection().provider();
    let last = provider.get_block_number().await?;
    let contracts = &client.deployment().contracts;
    let mut trail = Vec::new();
    for number in from_block..=last {
        let Some(block) = provider.get_block_by_number(number.into()).full().await? else {
            continue;
        };
        // One call per block; receipts come in the block's transaction order.
        let receipts = provider
            .get_block_receipts(number.into())
            .await?
            .ok_or_else(|| eyre!("no receipts for block {number}"))?;
        for (tx, receipt) in block.transactions.txns().zip(&receipts) {
            use alloy::consensus::Transaction as _;
            let hash = *tx.inner.tx_hash();
            let input = tx.inner.input();
            let to = tx.inner.to();
            let selector: Option<[u8; 4]> = input.get(..4).and_then(|s| s.try_into().ok());
            let (contract, function) = match (to, selector) {
                (Some(to), Some(sel)) if to == contracts.payment_channel => {
                    ("PaymentChannel", PaymentChannelCalls::name_by_selector(sel))
                }
                (Some(to), Some(sel)) if to == contracts.pti => {
                    ("PTI", PTICalls::name_by_selector(sel))
                }
                (Some(to), Some(sel)) if to == contracts.user_registry => {
                    ("UserRegistry", UserRegistryCalls::name_by_selector(sel))
                }
                (Some(to), Some(sel)) if to == contracts.video_registry => {
                    ("VideoRegistry", VideoRegistryCalls::name_by_selector(sel))
                }
                _ => ("-", None),
            };
            let from = tx.inner.signer();
            trail.push(json!({
                "block": number,
                "from": names.get(&from).cloned().unwrap_or_else(|| from.to_string()),
                "contract": contract,
                "function": function.unwrap_or("transfer"),
                "gasUsed": receipt.gas_used,
                "ok": receipt.status(),
                "hash": hash,
            }));
        }
    }
    Ok(trail)
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
    let say = |line: &str| println!("{line}");

    say("1. dev-net: anvil on a free loopback port, contracts deployed with CREATE2");
    let net = DevNet::start_with(&DevNetConfig {
        port: 0,
        ..DevNetConfig::default()
    })?;
    let deployer = net.accounts()[0].clone();
    let conn = Connection::connect(net.url(), Some(deployer.clone())).await?;
    let deployments = dir.join("deployments");
    let deployed = conn
        .deploy_and_record(&DeployParams::new(deployer.address()), &deployments)
        .await?;
    let holder = conn.attach(deployed.deployment.clone()).await?;
    for (name, address) in deployed.deployment.contracts.named() {
        say(&format!("   {:<15} {address}", name.as_str()));
    }

    say("2. actors: keystores, comm keys registered on UserRegistry, PTI deposited");
    let password_file = dir.join("password");
    std::fs::write(&password_file, DEMO_PASSWORD)?;
    let password = Password::new(DEMO_PASSWORD.to_owned())?;
    let mut actors = Vec::new();
    // The publisher only sells; the viewer and the advertiser pay, from deposits.
    for (index, name, deposit) in [
        (1usize, "publisher", None),
        (2, "viewer", Some("50")),
        (3, "advertiser", Some("50")),
    ] {
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
        holder
            .transfer_pti(wallet.address(), format::parse_pti("100")?)
            .await?;
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
    let env = Env {
        exe,
        rpc_url: net.url().to_owned(),
        deployments,
        password_file,
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

    say("3. clips: generated with ffmpeg (testsrc), a feature and an ad");
    let clip = dir.join("clip.mp4");
    let ad_clip = dir.join("ad.mp4");
    generate_clip(&clip, args.clip_seconds, "testsrc", 440)?;
    generate_clip(&ad_clip, args.segment_seconds * 2, "testsrc2", 880)?;

    say("4. upload: transcode, segment, encrypt, add to IPFS, register (separate processes)");
    let segment_seconds = args.segment_seconds.to_string();
    // The feature comes in the viewer's format and one more, to show a ladder.
    let feature_formats = if args.format == "360p30" {
        "360p30,240p30".to_owned()
    } else {
        format!("{},360p30", args.format)
    };
    let clip_s = clip.to_string_lossy().into_owned();
    let ad_s = ad_clip.to_string_lossy().into_owned();
    let upload = env.run_json(
        publisher,
        "upload",
        &[
            "upload",
            &clip_s,
            "--title",
            "Paratii demo feature",
            "--formats",
            &feature_formats,
            "--segment-seconds",
            &segment_seconds,
            "--key",
            publisher.name,
        ],
    )?;
    let video = json_str(&upload, "videoId")?;
    say(&format!(
        "   feature {video} directory {}",
        json_str(&upload, "directory")?
    ));
    let ad_upload = env.run_json(
        advertiser,
        "upload",
        &[
            "upload",
            &ad_s,
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
    let viewer_peer = env.spawn_ready(
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
        "6. content: the viewer bids, the publisher opens the channel, segments are paid one by one",
    );
    let out = dir.join("watched");
    let out_s = out.to_string_lossy().into_owned();
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
            &out_s,
            "--key",
            viewer.name,
        ],
    )?;

    say("7. attention: the advertiser bids on the viewer's attention, pays per ad segment watched");
    let viewer_address = viewer.wallet.address().to_string();
    let ad_rate_s = ad_rate.to_string();
    let mut viewer_peer = viewer_peer;
    let advertised = env.run_json(
        advertiser,
        "advertise",
        &[
            "advertise",
            &viewer_address,
            &ad_video,
            "--format",
            &args.format,
            "--rate",
            &ad_rate_s,
            "--key",
            advertiser.name,
        ],
    )?;

    let attention = viewer_peer.wait_event("attentionDone")?;
    if let Some(error) = attention["error"].as_str() {
        bail!("the viewer's attention exchange failed: {error}");
    }

    say("8. settle: both peers stop, closing every channel they hold");
    let publisher_summary = summary_of(publisher_peer.stop()?)?;
    let viewer_summary = summary_of(viewer_peer.stop()?)?;

    let after = holdings(&holder, &actors).await?;
    let trail = gas_trail(&holder, &names, start_block).await?;
    // channels_of lists a wallet's channels as payer and as payee: keep each (id, payer) once.
    let mut channels = BTreeMap::new();
    for actor in &actors {
        for record in holder.channels_of(actor.wallet.address()).await? {
            channels.insert((record.id, record.channel.payer), record);
        }
    }
    drop(net);

    let mut text =
        String::from("\nmoney trail (PTI; deposited = free balance in PaymentChannel)\n");
    let _ = writeln!(
        text,
        "  {:<11} {:>14} {:>14} {:>14} {:>14}",
        "actor", "wallet before", "wallet after", "deposit before", "deposit after"
    );
    for actor in &actors {
        let (b, a) = (&before[actor.name], &after[actor.name]);
        let _ = writeln!(
            text,
            "  {:<11} {:>14} {:>14} {:>14} {:>14}",
            actor.name,
            format::pti(b.pti),
            format::pti(a.pti),
            format::pti(b.deposited),
            format::pti(a.deposited)
        );
    }
    text += "channels\n";
    let name_of = |a: &Address| names.get(a).cloned().unwrap_or_else(|| a.to_string());
    for record in channels.values() {
        let state = match &record.status {
            ChannelStatus::Closed { .. } => "closed",
            ChannelStatus::Settled { .. } => "settled",
            _ => "open",
        };
        let _ = writeln!(
            text,
            "  {} {:<10} -> {:<10} price/segment {} escrow {} paid out {} ({state})",
            short(record.id),
            name_of(&record.channel.payer),
            name_of(&record.channel.payee),
            format::pti(record.channel.pricePerSegment),
            format::pti(record.channel.escrow),
            format::pti(record.channel.withdrawn),
        );
    }
    text += "transactions\n";
    let mut total_gas = 0u64;
    for tx in &trail {
        total_gas += tx["gasUsed"].as_u64().unwrap_or(0);
        let _ = writeln!(
            text,
            "  block {:>3} {:<10} {:<15} {:<20} gas {:>7}{}",
            tx["block"],
            tx["from"].as_str().unwrap_or("?"),
            tx["contract"].as_str().unwrap_or("?"),
            tx["function"].as_str().unwrap_or("?"),
            tx["gasUsed"],
            if tx["ok"].as_bool() == Some(true) {
                ""
            } else {
                "  REVERTED"
            }
        );
    }
    let _ = writeln!(text, "  total gas {total_gas}");
    let _ = writeln!(
        text,
        "watched: {} segments of {} for {}; the advertiser paid {} for {} ad segments",
        watched["segmentsReceived"],
        args.format,
        wei_text(&watched["paidWei"]),
        wei_text(&advertised["paidWei"]),
        advertised["delivered"],
    );
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
        "advertise": advertised,
        "publisherServe": publisher_summary,
        "viewerServe": viewer_summary,
        "transactions": trail,
        "totalGas": total_gas,
        "output": out,
    });
    std::fs::write(
        dir.join("demo.json"),
        serde_json::to_string_pretty(&summary)?,
    )?;
    Ok(())
}

/// What ffprobe says about a media file: its duration and streams, or why it could not tell.
fn probe(path: &Path) -> String {
    let output = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "format=duration:stream=codec_name,width,height",
        ])
        .args(["-of", "compact=p=0:nk=1"])
        .arg(path)
        .output();
    match output {
        Ok(o) if o.status.success() => {
            let text = String::from_utf8_lossy(&o.stdout);
            let mut parts: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
            let duration = parts.pop().unwrap_or("?");
            // Concatenated segments repeat each stream's description once per program.
            let mut seen = std::collections::BTreeSet::new();
            parts.retain(|p| seen.insert(*p));
            format!("{duration} s; streams {}", parts.join(", "))
        }
        Ok(o) => format!(
            "not decodable: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        ),
        Err(e) => format!("ffprobe did not run: {e}"),
    }
}

/// The `{"summary": true, ...}` line a stopped `serve` prints last.
fn summary_of(lines: Vec<Value>) -> eyre::Result<Value> {
    lines
        .into_iter()
        .rev()
        .find(|v| v["summary"].as_bool() == Some(true))
        .ok_or_else(|| eyre!("`paratii serve` printed no summary when stopped"))
}

fn wei_text(value: &Value) -> String {
    value
        .as_str()
        .and_then(|s| s.parse::<U256>().ok())
        .map_or_else(|| value.to_string(), format::pti)
}

fn short(id: B256) -> String {
    let hex = id.to_string();
    format!("{}…{}", &hex[..10], &hex[hex.len() - 6..])
}

fn json_str(value: &Value, field: &str) -> eyre::Result<String> {
    value[field]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| eyre!("no `{field}` in {value}"))
}
