//! The demo's money trail: what each actor held before and after, every channel, every
//! transaction with its gas, all read back from the chain.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use alloy::primitives::{Address, B256, U256};
use alloy::providers::Provider;
use eyre::eyre;
use paratii_chain::bindings::{
    payment_channel::PaymentChannel::PaymentChannelCalls, pti::PTI::PTICalls,
    user_registry::UserRegistry::UserRegistryCalls,
    video_registry::VideoRegistry::VideoRegistryCalls,
};
use paratii_chain::{ChannelRecord, ChannelStatus, Client};
use serde_json::{Value, json};

use super::process::Actor;
use crate::format;

/// Snapshot of what each actor holds.
#[derive(Clone)]
pub(super) struct Holdings {
    pti: U256,
    deposited: U256,
}

pub(super) async fn holdings(
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
pub(super) async fn gas_trail(
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

/// What the money trail is made of: read from the chain after the peers stopped.
pub(super) struct Trail<'a> {
    pub(super) actors: &'a [Actor],
    pub(super) names: &'a BTreeMap<Address, String>,
    pub(super) before: &'a BTreeMap<&'static str, Holdings>,
    pub(super) after: &'a BTreeMap<&'static str, Holdings>,
    pub(super) channels: &'a BTreeMap<(B256, Address), ChannelRecord>,
    pub(super) transactions: &'a [Value],
}

impl Trail<'_> {
    /// Balances before and after, every channel, every transaction with its gas.
    pub(super) fn render(&self) -> (String, u64) {
        let mut text =
            String::from("\nmoney trail (PTI; deposited = free balance in PaymentChannel)\n");
        let _ = writeln!(
            text,
            "  {:<11} {:>14} {:>14} {:>14} {:>14}",
            "actor", "wallet before", "wallet after", "deposit before", "deposit after"
        );
        for actor in self.actors {
            let (b, a) = (&self.before[actor.name], &self.after[actor.name]);
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
        let name_of = |a: &Address| self.names.get(a).cloned().unwrap_or_else(|| a.to_string());
        for record in self.channels.values() {
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
        for tx in self.transactions {
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
        (text, total_gas)
    }
}

/// What ffprobe says about a media file: its duration and streams, or why it could not tell.
pub(super) fn probe(path: &Path) -> String {
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
pub(super) fn summary_of(lines: Vec<Value>) -> eyre::Result<Value> {
    lines
        .into_iter()
        .rev()
        .find(|v| v["summary"].as_bool() == Some(true))
        .ok_or_else(|| eyre!("`paratii serve` printed no summary when stopped"))
}

pub(super) fn wei_text(value: &Value) -> String {
    value
        .as_str()
        .and_then(|s| s.parse::<U256>().ok())
        .map_or_else(|| value.to_string(), format::pti)
}

pub(super) fn short(id: B256) -> String {
    let hex = id.to_string();
    format!("{}…{}", &hex[..10], &hex[hex.len() - 6..])
}

pub(super) fn json_str(value: &Value, field: &str) -> eyre::Result<String> {
    value[field]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| eyre!("no `{field}` in {value}"))
}
