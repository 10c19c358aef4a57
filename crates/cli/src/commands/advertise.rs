//! `paratii advertise`: bid on a viewer's attention with one of our videos, and pay per ad
//! segment the viewer shows a receipt for.

use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use eyre::WrapErr;
use paratii_net::{AdvertiseRequest, LibraryCatalog, Multiaddr, PeerConfig};
use serde_json::json;

use super::peer::{DataDirArg, IdentityArgs, identity};
use crate::Output;
use crate::context::{Ctx, parse_address};
use crate::format::{self, video_id};

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
    /// The communication key it runs as.
    #[command(flatten)]
    pub identity: IdentityArgs,
    /// Where our video's blocks and record are.
    #[command(flatten)]
    pub data: DataDirArg,
    /// Dial this address instead of the viewer's profile (repeatable).
    #[arg(long, value_name = "MULTIADDR")]
    pub peer: Vec<Multiaddr>,
}

pub(crate) async fn run(ctx: &Ctx, args: AdvertiseArgs) -> eyre::Result<Output> {
    let viewer = parse_address(&args.viewer)?;
    let viewer_key = args.viewer_key.as_deref().map(parse_address).transpose()?;
    let video = video_id(&args.video)?;
    let id = identity(ctx, &args.identity).await?;
    let data_dir = args.data.resolve()?;
    let catalog = LibraryCatalog::open(&data_dir, ctx.keystore.root(), id.password.clone())
        .wrap_err_with(|| format!("opening the library in {}", data_dir.display()))?;
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
        "advertised {video} ({}) to {viewer} on channel {}\n  viewer     {}\n  delivered  {} segments, {} receipts checked\n  paid       {} segments = {} ({} wei)\n",
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
