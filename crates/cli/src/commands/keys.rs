//! `paratii keys`: encrypted keystores of wallet and communication keys, readable by `cast wallet`.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use eyre::eyre;
use paratii_keys::{KeyInfo, KeyKind};
use serde_json::{Value, json};

use super::read_input;
use crate::Output;
use crate::context::Ctx;

/// A key kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// A wallet key: holds PTI, signs transactions, bids and payments.
    Wallet,
    /// A communication key: the libp2p identity, signs off-chain messages.
    Comm,
}

impl From<Kind> for paratii_keys::KeyKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Wallet => Self::Wallet,
            Kind::Comm => Self::Comm,
        }
    }
}

/// `paratii keys`.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Generate a new random key, stored encrypted.
    Generate {
        /// Wallet or communication key.
        kind: Kind,
        /// Its name.
        name: String,
    },
    /// Import a hex private key, stored encrypted.
    Import {
        /// Wallet or communication key.
        kind: Kind,
        /// Its name.
        name: String,
        /// A file holding the hex private key; `-` reads it from standard input.
        #[arg(long, value_name = "FILE")]
        private_key_file: PathBuf,
    },
    /// List the keys (no password needed).
    List {
        /// Only this kind.
        #[arg(long)]
        kind: Option<Kind>,
    },
    /// Show a key's address, public key and libp2p PeerId (decrypts it).
    Show {
        /// Wallet or communication key.
        kind: Kind,
        /// Its name.
        name: String,
    },
}

fn key_info_json(info: &KeyInfo) -> Value {
    json!({
        "kind": kind_name(info.kind),
        "name": info.name,
        "address": info.address,
        "publicKey": info.public_key_hex(),
        "peerId": info.peer_id.to_string(),
        "path": info.path,
    })
}

fn key_info_text(info: &KeyInfo) -> String {
    format!(
        "{} key {}\n  address     {}\n  public key  {}\n  PeerId      {}\n  file        {}\n",
        info.kind,
        info.name,
        info.address,
        info.public_key_hex(),
        info.peer_id,
        info.path.display()
    )
}

const fn kind_name(kind: KeyKind) -> &'static str {
    match kind {
        KeyKind::Wallet => "wallet",
        KeyKind::Comm => "comm",
    }
}

pub(crate) fn run(ctx: &Ctx, cmd: KeysCommand) -> eyre::Result<Output> {
    match cmd {
        KeysCommand::Generate { kind, name } => {
            let kind = KeyKind::from(kind);
            let password = ctx
                .password_source()
                .read_new(&format!("the new {kind} key {name:?}"))?;
            let info = ctx.keystore.generate(kind, &name, &password)?;
            Ok(Output::new(
                format!("generated {}", key_info_text(&info)),
                key_info_json(&info),
            ))
        }
        KeysCommand::Import {
            kind,
            name,
            private_key_file,
        } => {
            let kind = KeyKind::from(kind);
            let secret = zeroize_string(read_input(&private_key_file)?)?;
            let password = ctx
                .password_source()
                .read_new(&format!("the imported {kind} key {name:?}"))?;
            let info = ctx.keystore.import(kind, &name, &secret, &password)?;
            Ok(Output::new(
                format!("imported {}", key_info_text(&info)),
                key_info_json(&info),
            ))
        }
        KeysCommand::List { kind } => {
            let entries = ctx.keystore.list(kind.map(KeyKind::from))?;
            let mut text = String::new();
            if entries.is_empty() {
                let _ = writeln!(
                    text,
                    "no keys in {}: `paratii keys generate wallet NAME` makes one",
                    ctx.keystore.root().display()
                );
            }
            for e in &entries {
                let address = e
                    .address
                    .map_or_else(|| "(no address recorded)".into(), |a| a.to_string());
                let _ = writeln!(text, "{:<7} {:<24} {address}", kind_name(e.kind), e.name);
            }
            let json = entries
                .iter()
                .map(|e| json!({"kind": kind_name(e.kind), "name": e.name, "address": e.address, "path": e.path}))
                .collect();
            Ok(Output::new(text, Value::Array(json)))
        }
        KeysCommand::Show { kind, name } => {
            let kind = KeyKind::from(kind);
            let password = ctx
                .password_source()
                .read(&format!("{kind} key {name:?}"))?;
            let info = ctx.keystore.info(kind, &name, &password)?;
            Ok(Output::new(key_info_text(&info), key_info_json(&info)))
        }
    }
}

/// The private key text, with the buffer it came in wiped.
fn zeroize_string(bytes: Vec<u8>) -> eyre::Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let mut bytes = e.into_bytes();
        bytes.fill(0);
        eyre!("the private key file is not text")
    })
}
