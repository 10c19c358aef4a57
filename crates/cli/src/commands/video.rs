//! `paratii video`: videos in VideoRegistry, and the directory and tables of contents of one,
//! fetched from IPFS and verified.

use std::fmt::Write as _;

use clap::Subcommand;
use paratii_chain::{NewVideo, VideoRecord};
use serde_json::{Value, json};

use super::upload::{IpfsArgs, show_tables};
use super::{tx_json, tx_line};
use crate::Output;
use crate::context::Ctx;
use crate::format::{self, video_id};

/// `paratii video`.
#[derive(Debug, Subcommand)]
pub enum VideoCommand {
    /// List registered videos.
    List {
        /// Only those of this publisher.
        #[arg(long)]
        publisher: Option<String>,
    },
    /// Show a video by id (0x…) or directory CID, with its directory and tables of contents
    /// fetched from IPFS and verified.
    Show {
        /// Video id or CID.
        video: String,
        /// Where to fetch the directory from.
        #[command(flatten)]
        ipfs: IpfsArgs,
        /// Only the registry record (no IPFS).
        #[arg(long)]
        no_ipfs: bool,
    },
    /// Register a video for the wallet.
    Register {
        /// The IPFS directory CID.
        #[arg(long)]
        cid: String,
        /// Title.
        #[arg(long)]
        title: String,
        /// Duration in seconds.
        #[arg(long)]
        duration: u32,
        /// Segment length in seconds.
        #[arg(long)]
        segment_length: u32,
        /// Segment size in kilobytes.
        #[arg(long)]
        segment_size: u32,
        /// A format name, e.g. 720p30 (repeatable).
        #[arg(long = "format", required = true)]
        formats: Vec<String>,
        /// The owner communication key: an address or a key name (an active key of the wallet).
        #[arg(long)]
        key: String,
    },
    /// Change a video's title (publisher only).
    Retitle {
        /// Video id or CID.
        video: String,
        /// The new title.
        title: String,
    },
    /// Unlist a video: no new channel opens on it (publisher only).
    Unlist {
        /// Video id or CID.
        video: String,
    },
}

fn video_text(v: &VideoRecord) -> String {
    format!(
        "{}\n  title      {}\n  cid        {}\n  publisher  {}\n  owner key  {}\n  duration   {} s in {} s segments of {} kB\n  formats    {}\n  listed     {}\n",
        v.id,
        // A publisher's own text, escaped: it must not act on the viewer's terminal.
        format::display_title(&v.title),
        format::display_title(&v.cid),
        v.publisher,
        v.owner_key,
        v.duration,
        v.segment_length,
        v.segment_size,
        format::display_title(&v.formats.join(", ")),
        if v.listed { "yes" } else { "no" }
    )
}

fn video_json(v: &VideoRecord) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

pub(crate) async fn run(ctx: &Ctx, cmd: VideoCommand) -> eyre::Result<Output> {
    match cmd {
        VideoCommand::List { publisher } => {
            let client = ctx.client(false).await?;
            let videos = match publisher {
                Some(p) => client.videos_of(crate::context::parse_address(&p)?).await?,
                None => client.videos().await?,
            };
            let mut text = String::new();
            if videos.is_empty() {
                text += "no videos registered\n";
            }
            for v in &videos {
                let _ = writeln!(
                    text,
                    "{} {:<8} {}",
                    v.id,
                    if v.listed { "listed" } else { "unlisted" },
                    format::display_title(&v.title)
                );
            }
            Ok(Output::new(
                text,
                Value::Array(videos.iter().map(video_json).collect()),
            ))
        }
        VideoCommand::Show {
            video,
            ipfs,
            no_ipfs,
        } => {
            let id = video_id(&video)?;
            let client = ctx.client(false).await?;
            let v = client.video(id).await?;
            if no_ipfs {
                return Ok(Output::new(video_text(&v), video_json(&v)));
            }
            // The record is on chain whatever IPFS says: an unreachable node or a missing or
            // forged block is reported next to it rather than hiding it.
            let mut value = video_json(&v);
            let text = match show_tables(&ipfs, &v.cid).await {
                Ok((text, Value::Object(extra))) => {
                    if let Some(obj) = value.as_object_mut() {
                        obj.extend(extra);
                    }
                    text
                }
                Ok((text, _)) => text,
                Err(e) => {
                    if let Some(obj) = value.as_object_mut() {
                        obj.insert("ipfsError".into(), json!(format!("{e:#}")));
                    }
                    format!("  directory  unavailable: {e:#}\n")
                }
            };
            Ok(Output::new(video_text(&v) + &text, value))
        }
        VideoCommand::Register {
            cid,
            title,
            duration,
            segment_length,
            segment_size,
            formats,
            key,
        } => {
            let owner_key = ctx.comm_key_address(&key)?;
            let client = ctx.client(true).await?;
            let (id, tx) = client
                .register_video(&NewVideo {
                    cid,
                    owner_key,
                    title,
                    duration,
                    segment_length,
                    segment_size,
                    formats,
                })
                .await?;
            let v = client.video(id).await?;
            Ok(Output::new(
                format!(
                    "{}registered {}",
                    tx_line("video registered", &tx),
                    video_text(&v)
                ),
                json!({"video": video_json(&v), "transaction": tx_json(&tx)}),
            ))
        }
        VideoCommand::Retitle { video, title } => {
            let id = video_id(&video)?;
            let client = ctx.client(true).await?;
            let tx = client.update_title(id, &title).await?;
            Ok(Output::new(
                format!(
                    "{}{id} is now titled {title:?}\n",
                    tx_line("title updated", &tx)
                ),
                json!({"id": id, "title": title, "transaction": tx_json(&tx)}),
            ))
        }
        VideoCommand::Unlist { video } => {
            let id = video_id(&video)?;
            let client = ctx.client(true).await?;
            let tx = client.unlist(id).await?;
            Ok(Output::new(
                format!(
                    "{}{id} is unlisted: no new channel can open on it\n",
                    tx_line("unlisted", &tx)
                ),
                json!({"id": id, "transaction": tx_json(&tx)}),
            ))
        }
    }
}
