//! `paratii upload`: the command around `paratii_upload::upload` (checks, transcode, encrypt, add
//! to the local store, publish to `--ipfs-api`, register: the order is that crate's), with its
//! progress bars and summary; and the IPFS options `paratii video show` shares with it.

use std::path::PathBuf;

use clap::Args;
use eyre::{WrapErr, eyre};
use indicatif::{ProgressBar, ProgressStyle};
use paratii_ipfs::{BlockStore, CidVersion, Ipfs, KuboRpc};
use paratii_keys::KeyKind;
use paratii_media::{
    Ffmpeg, Library, Livepeer, Progress, Stage, Transcoder, UploadSettings, all_cids,
};
use paratii_upload::{Registrar, Registration, Upload};
use serde_json::json;

use crate::Output;
use crate::context::Ctx;
use crate::format::display_title;

/// Where a command finds IPFS: the embedded block store of the data directory, or a Kubo node.
#[derive(Debug, Clone, Args)]
pub struct IpfsArgs {
    /// The data directory: uploads' work files, the library and the embedded block store.
    #[arg(long, env = "PARATII_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// A Kubo RPC API (e.g. http://127.0.0.1:5001) instead of the embedded block store; uploads
    /// still keep every block in the embedded store, so the publisher can serve without it.
    #[arg(long, value_name = "URL")]
    pub ipfs_api: Option<String>,
}

impl IpfsArgs {
    /// The data directory: --data-dir, $PARATII_DATA_DIR, else ~/.paratii/data.
    pub fn data_dir(&self) -> eyre::Result<PathBuf> {
        crate::context::data_dir(self.data_dir.as_ref())
    }

    /// The IPFS backend to read from.
    pub fn reader(&self) -> eyre::Result<Box<dyn Ipfs>> {
        Ok(match &self.ipfs_api {
            Some(url) => Box::new(KuboRpc::new(url)?),
            None => Box::new(Library::open(self.data_dir()?).blocks()?),
        })
    }
}

/// Arguments of `paratii upload`.
#[derive(Debug, Args)]
pub struct UploadArgs {
    /// The video file.
    pub file: PathBuf,
    /// The title registered on chain.
    #[arg(long)]
    pub title: String,
    /// Formats, comma-separated, from 720p30, 480p30, 360p30, 240p30.
    #[arg(long, value_delimiter = ',', default_value = "360p30,240p30")]
    pub formats: Vec<String>,
    /// Seconds per segment (the VideoRegistry's segment length).
    #[arg(long, default_value_t = 10)]
    pub segment_seconds: u32,
    /// CID version: 0 (Kubo's default) or 1 (raw leaves, base32).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=1))]
    pub cid_version: u8,
    /// Export every block of the video to this CAR file (for `ipfs dag import` or a pinning service).
    #[arg(long, value_name = "OUT")]
    pub car: Option<PathBuf>,
    /// Transcode on this Livepeer broadcaster (HTTP ingest) instead of local ffmpeg.
    #[arg(long, value_name = "URL")]
    pub livepeer: Option<String>,
    /// The owner communication key (a name or address); default: the wallet's first active key.
    #[arg(long)]
    pub key: Option<String>,
    /// Where IPFS blocks and the library go.
    #[command(flatten)]
    pub ipfs: IpfsArgs,
}

fn bar(len: u64, template: &str) -> ProgressBar {
    let pb = ProgressBar::with_draw_target(Some(len), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(template) {
        pb.set_style(style);
    }
    pb
}

pub(crate) async fn upload(ctx: &Ctx, args: UploadArgs) -> eyre::Result<Output> {
    let settings = UploadSettings {
        title: args.title.clone(),
        formats: args.formats.clone(),
        segment_seconds: args.segment_seconds,
        cid_version: if args.cid_version == 1 {
            CidVersion::V1
        } else {
            CidVersion::V0
        },
    };
    // The registry's limits before anything else: a bad title fails before a password prompt,
    // a connection or a transcode (the orchestrator checks again, first thing).
    paratii_upload::limits::check_settings(&settings)
        .wrap_err_with(|| format!("uploading {}", args.file.display()))?;
    let data_dir = args.ipfs.data_dir()?;
    let library = Library::open(&data_dir);
    let local = library.blocks()?;
    let remote = match &args.ipfs.ipfs_api {
        Some(url) => Some(KuboRpc::new(url)?),
        None => None,
    };
    let ffmpeg = Ffmpeg::from_env();
    let transcoder: Box<dyn Transcoder> = match &args.livepeer {
        Some(url) => Box::new(Livepeer::new(url, ffmpeg)),
        None => Box::new(ffmpeg),
    };

    // A wrong RPC URL or a missing key fails here, an unreachable --ipfs-api or an inactive
    // owner key in the orchestrator's checks: all before minutes of transcoding.
    let client = ctx.client(true).await?;
    let publisher = ctx.wallet_address()?;
    let owner_key = match &args.key {
        Some(k) => ctx.comm_key_address(k)?,
        None => client
            .keys_of_wallet(publisher)
            .await?
            .into_iter()
            .find(|k| k.active)
            .map(|k| k.key)
            .ok_or_else(|| {
                eyre!("wallet {publisher} has no active communication key: register one with `paratii user add-key NAME`, or pass --key")
            })?,
    };
    let wallet = ctx.wallet_name()?;
    let password = ctx.password_source().read(&format!(
        "wallet key {wallet:?} (also encrypts the video secret)"
    ))?;
    // Checks the password against the wallet before it encrypts a new secret.
    ctx.keystore.unlock(KeyKind::Wallet, wallet, &password)?;

    let transcode_bar = bar(1, "transcode {bar:40} {percent:>3}% {elapsed}");
    let add_bar = bar(1, "encrypt+add {bar:40} {pos}/{len} segments");
    let publish_bar = bar(1, "publish {bar:40} {pos}/{len} objects");
    add_bar.set_position(0);
    let report = |p: Progress| {
        let b = match p.stage {
            Stage::Transcode => &transcode_bar,
            Stage::Add => &add_bar,
            Stage::Publish => &publish_bar,
        };
        b.set_length(p.total.max(1));
        b.set_position(p.done);
    };
    let outcome = paratii_upload::upload(Upload {
        source: &args.file,
        settings,
        library: &library,
        keystore: ctx.keystore.root(),
        password: &password,
        transcoder: transcoder.as_ref(),
        local: &local,
        remote: remote.as_ref().map(|r| r as &dyn Ipfs),
        registrar: Some(Registrar {
            client: &client,
            publisher,
            owner_key,
        }),
        progress: &report,
    })
    .await
    .wrap_err_with(|| format!("uploading {}", args.file.display()))?;
    transcode_bar.finish_and_clear();
    add_bar.finish_and_clear();
    publish_bar.finish_and_clear();

    let r = &outcome.record;
    if let Some(out) = &args.car {
        export_car(&local, r, out)?;
    }
    let registration = match outcome.registration {
        Registration::Registered {
            commit,
            tx,
            block,
            gas_used,
        } => {
            let commit = commit.map_or_else(
                || "its commitment from an earlier run".to_owned(),
                |c| format!("committed in tx {c}"),
            );
            format!("registered in tx {tx} (block {block}, {gas_used} gas; {commit})")
        }
        Registration::AlreadyRegisteredByYou => {
            "already registered by you: nothing sent, same CIDs".to_owned()
        }
        Registration::NotRequested => "not registered".to_owned(),
    };
    let media = &outcome.packaged;
    let mut text = format!(
        "{}\n  title      {}\n  directory  {}\n  formats    {}\n  segments   {} x {} s per format, at most {} KiB encrypted\n  duration   {} s\n  chain      {registration}\n  work       {} (transcoded {}, {} segments added, {} reused)\n  record     {}\n",
        r.video_id,
        display_title(&r.title),
        r.directory,
        r.formats.join(", "),
        r.segment_count(),
        r.segment_seconds,
        r.segment_size_kib,
        r.duration_s,
        media.work_dir.display(),
        if media.transcoded { "now" } else { "before" },
        media.segments_added,
        media.segments_reused,
        outcome.record_path.display(),
    );
    for (format, toc) in &r.toc_cids {
        text += &format!("  toc        {format:<8} {toc}\n");
    }
    if let Some(url) = &args.ipfs.ipfs_api {
        text += &format!(
            "  ipfs api   {url}: {} objects added, the rest it had\n",
            outcome.published
        );
    }
    if let Some(out) = &args.car {
        text += &format!("  car        {}\n", out.display());
    }
    let mut warnings = Vec::new();
    // The output, not the source, is what is registered; a much shorter output is worth saying.
    let slack = f64::from(r.segment_seconds.max(1));
    if media.output_seconds + slack < media.source_seconds {
        warnings.push(format!(
            "the source declares {:.1} s but only {:.1} s could be transcoded, and that is what was registered: the file may be truncated or damaged",
            media.source_seconds, media.output_seconds
        ));
    }
    for pid in &media.strays_stopped {
        warnings.push(format!(
            "stopped ffmpeg (pid {pid}) of an interrupted upload that was still writing into the work directory"
        ));
    }
    for w in &warnings {
        text += &format!("  warning    {w}\n");
    }
    let segments: serde_json::Map<String, serde_json::Value> = r
        .tables
        .iter()
        .map(|(f, t)| (f.clone(), json!(t.0.len())))
        .collect();
    Ok(Output::new(
        text,
        json!({
            "videoId": r.video_id,
            "directory": r.directory.to_string(),
            "cidVersion": if r.cid_version == CidVersion::V1 { 1 } else { 0 },
            "title": r.title,
            "durationS": r.duration_s,
            "segmentSeconds": r.segment_seconds,
            "segmentSizeKib": r.segment_size_kib,
            "formats": r.formats,
            "tables": r.toc_cids,
            "segments": segments,
            "registration": match outcome.registration {
                Registration::Registered { commit, tx, block, gas_used } => json!({
                    "status": "registered",
                    "commitTx": commit,
                    "tx": tx,
                    "block": block,
                    "gasUsed": gas_used,
                }),
                Registration::AlreadyRegisteredByYou => json!({"status": "alreadyRegistered"}),
                Registration::NotRequested => json!({"status": "notRequested"}),
            },
            "publisher": r.publisher,
            "ownerKey": r.owner_key,
            "recordPath": outcome.record_path,
            "workDir": media.work_dir,
            "transcoded": media.transcoded,
            "segmentsAdded": media.segments_added,
            "segmentsReused": media.segments_reused,
            "published": outcome.published,
            "sourceSeconds": media.source_seconds,
            "outputSeconds": media.output_seconds,
            "straysStopped": media.strays_stopped,
            "warnings": warnings,
            "car": args.car,
        }),
    ))
}

fn export_car(
    store: &BlockStore,
    r: &paratii_media::UploadRecord,
    out: &std::path::Path,
) -> eyre::Result<()> {
    store
        .export_car(&all_cids(r), out)
        .wrap_err_with(|| format!("exporting {}", out.display()))
}

/// `paratii video show`'s IPFS part: the directory and tables of contents, every block verified.
pub(crate) async fn show_tables(
    ipfs: &IpfsArgs,
    cid: &str,
) -> eyre::Result<(String, serde_json::Value)> {
    let directory: paratii_ipfs::Cid = cid
        .parse()
        .map_err(|_| eyre!("the registered CID {cid:?} is not a CID"))?;
    let reader = ipfs.reader()?;
    let (dir, tables) = paratii_media::fetch_tables(reader.as_ref(), &directory)
        .await
        .wrap_err_with(|| format!("fetching directory {directory} from IPFS"))?;
    let mut text = format!("  directory  {directory} (verified)\n");
    for (format, toc_cid) in &dir.0 {
        let n = tables.get(format).map_or(0, |t| t.0.len());
        text += &format!("    {format:<8} {toc_cid}: {n} segments\n");
        if let Some(t) = tables.get(format) {
            for (i, c) in t.0.iter().enumerate() {
                text += &format!("      {i:>4} {c}\n");
            }
        }
    }
    Ok((text, json!({"directory": dir, "tables": tables})))
}
