//! The commands, one module each (as reth's `crates/cli/commands`): each holds its arguments and
//! its `run`. What several share is here and in [`peer`].

pub(crate) mod account;
pub(crate) mod advertise;
pub(crate) mod channel;
pub(crate) mod devnet;
pub(crate) mod keys;
pub(crate) mod peer;
pub(crate) mod play;
pub(crate) mod serve;
pub(crate) mod share_secrets;
pub(crate) mod upload;
pub(crate) mod user;
pub(crate) mod video;
pub(crate) mod watch;

use std::io::Read;
use std::path::Path;

use eyre::WrapErr;
use paratii_chain::TxInfo;
use serde_json::{Value, json};

/// A transaction as JSON.
pub(crate) fn tx_json(tx: &TxInfo) -> Value {
    json!({"hash": tx.hash, "block": tx.block, "gasUsed": tx.gas_used})
}

/// A transaction as one line of text.
pub(crate) fn tx_line(what: &str, tx: &TxInfo) -> String {
    format!(
        "{what}: tx {} (block {}, {} gas)\n",
        tx.hash, tx.block, tx.gas_used
    )
}

/// A file's contents; `-` reads standard input.
pub(crate) fn read_input(path: &Path) -> eyre::Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .wrap_err("reading standard input")?;
        Ok(buf)
    } else {
        std::fs::read(path).wrap_err_with(|| format!("reading {}", path.display()))
    }
}

/// Returns at Ctrl-C or SIGTERM (how scripts and `paratii demo` stop long-running commands).
pub(crate) async fn wait_for_shutdown() -> eyre::Result<()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).wrap_err("listening for SIGTERM")?;
        tokio::select! {
            r = tokio::signal::ctrl_c() => r.wrap_err("listening for Ctrl-C")?,
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c()
        .await
        .wrap_err("listening for Ctrl-C")?;
    Ok(())
}
