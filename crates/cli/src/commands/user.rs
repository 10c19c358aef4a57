//! `paratii user`: the wallet's profile metadata and communication keys in UserRegistry.

use std::fmt::Write as _;

use clap::Subcommand;
use serde_json::json;

use super::peer::KeyPassword;
use super::{tx_json, tx_line};
use crate::Output;
use crate::context::Ctx;

/// `paratii user`.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// A wallet's profile and communication keys (default: --wallet).
    Show {
        /// Any address.
        address: Option<String>,
    },
    /// Set the wallet's profile metadata (JSON or a CID, at most 4,096 bytes).
    Profile {
        /// The metadata.
        metadata: String,
    },
    /// Register a communication key for the wallet, with its proof of possession.
    AddKey {
        /// The communication key's name.
        name: String,
        /// Where the communication key's password comes from.
        #[command(flatten)]
        key_password: KeyPassword,
    },
    /// Revoke one of the wallet's communication keys, for good.
    RevokeKey {
        /// The key's address, or the name of a communication key in the keystore.
        key: String,
    },
}

pub(crate) async fn run(ctx: &Ctx, cmd: UserCommand) -> eyre::Result<Output> {
    match cmd {
        UserCommand::Show { address } => {
            let address = ctx.address_or_wallet(address.as_deref())?;
            let client = ctx.client(false).await?;
            let profile = client.profile(address).await?;
            let keys = client.keys_of_wallet(address).await?;
            let mut text = format!(
                "wallet   {address}\nprofile  {}\n",
                if profile.is_empty() {
                    "(none)"
                } else {
                    &profile
                }
            );
            if keys.is_empty() {
                text += "keys     (none registered: `paratii user add-key NAME`)\n";
            }
            let mut json_keys = Vec::new();
            for k in &keys {
                let peer = paratii_keys::peer_id(&k.public_key)
                    .map(|p| p.to_string())
                    .unwrap_or_default();
                let _ = writeln!(
                    text,
                    "key      {} {} PeerId {peer}",
                    k.key,
                    if k.active { "active " } else { "revoked" }
                );
                json_keys.push(json!({"key": k.key, "active": k.active, "publicKey": k.public_key, "peerId": peer}));
            }
            Ok(Output::new(
                text,
                json!({"wallet": address, "profile": profile, "keys": json_keys}),
            ))
        }
        UserCommand::Profile { metadata } => {
            let client = ctx.client(true).await?;
            let tx = client.set_profile(&metadata).await?;
            Ok(Output::new(
                tx_line("profile set", &tx),
                json!({"profile": metadata, "transaction": tx_json(&tx)}),
            ))
        }
        UserCommand::AddKey { name, key_password } => {
            let comm = ctx.unlock_comm(&name, &key_password)?;
            let client = ctx.client(true).await?;
            let tx = client.add_key(&comm).await?;
            let peer = paratii_keys::peer_id(&comm.public_key())?;
            Ok(Output::new(
                format!(
                    "{}registered communication key {name} ({}, PeerId {peer})\n",
                    tx_line("key added", &tx),
                    comm.address()
                ),
                json!({"key": comm.address(), "peerId": peer.to_string(), "transaction": tx_json(&tx)}),
            ))
        }
        UserCommand::RevokeKey { key } => {
            let key = ctx.comm_key_address(&key)?;
            let client = ctx.client(true).await?;
            let tx = client.revoke_key(key).await?;
            Ok(Output::new(
                format!("{}revoked {key}\n", tx_line("key revoked", &tx)),
                json!({"key": key, "transaction": tx_json(&tx)}),
            ))
        }
    }
}
