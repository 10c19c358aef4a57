//! Measures `PaymentChannel`'s gas from real anvil receipts and writes `docs/GAS.md`.
//!
//! Starts anvil on a free loopback port ([`DevNetSetup`]: the four contracts deployed as
//! `script/Deploy.s.sol` does), brings the chain to the steady state of the budget (the payer has
//! opened a channel before; the payee already holds a nonzero free balance), sends each operation
//! through the typed [`paratii_chain::Client`], and reads `gasUsed` from its receipt. Bids and
//! payments are signed with `paratii-protocol`. Exits non-zero when an operation is over budget.
//!
//! ```text
//! cargo run --locked -p paratii-chain --example gas -- [--out docs/GAS.md] [--no-write]
//! ```
//!
//! anvil: `$PARATII_ANVIL`, else `$ANVIL`, else `node_modules/@foundry-rs/anvil-<os>-<arch>/bin/anvil`.

mod measure;
mod profile;
mod report;
mod scenario;

use std::path::PathBuf;

use eyre::{WrapErr, bail, eyre};
use paratii_chain::{DevNetConfig, DevNetSetup};

/// The EVM the budgets are measured on.
pub const HARDFORK: &str = "prague";
/// A fixed genesis time and fixed expirations keep every calldata byte, digest and signature
/// (RFC 6979) the same from run to run, so the measured gas, and docs/GAS.md, are reproducible.
pub const GENESIS: u64 = 1_767_225_600; // 2026-01-01T00:00:00Z
/// The expiration of every bid but the one settled after expiry.
pub const EXPIRATION: u64 = GENESIS + 7 * 86_400;
/// The expiration of the viewer's first channel, settled at the end.
pub const SHORT_EXPIRATION: u64 = GENESIS + 86_400;
/// When that channel is settled.
pub const SETTLE_TIME: u64 = SHORT_EXPIRATION + 60;
/// `PaymentChannel.EXIT_WINDOW` (checked against the contract).
pub const EXIT_WINDOW: u64 = 3_600;
/// The exit starts at a fixed time too (its expiration is in the calldata of the settle after it).
pub const EXIT_TIME: u64 = GENESIS + 3_600;
/// When the exited channel is settled.
pub const EXIT_SETTLE_TIME: u64 = EXIT_TIME + EXIT_WINDOW + 60;
/// How many channels the batch close closes.
pub const BATCH: usize = 5;

/// Operation, budget, anchors (prior art), in the order of the document's first table.
pub const BUDGETS: [(&str, u64, &str); 8] = [
    (
        "open",
        82_000,
        "µRaiden open 88,976 (ERC223) / 120,090 (approve+create); Raiden open 111,094; \
         Sablier Flow create 124,330",
    ),
    (
        "open by node key",
        82_000,
        "the same open sent by the payee's node key, which pays its own gas",
    ),
    (
        "withdraw (partial)",
        45_000,
        "µRaiden withdraw 42,589; Sablier Flow withdraw 40,990",
    ),
    (
        "close",
        45_000,
        "µRaiden cooperativeClose 71,182; Raiden settle 108,569",
    ),
    (
        "settle after expiry",
        35_000,
        "µRaiden settle 40,896; Sablier Flow refund 25,221",
    ),
    (
        "start exit",
        35_000,
        "the start of a challenge period, as µRaiden's uncooperativeClose and Raiden's close",
    ),
    (
        "settle after exit",
        35_000,
        "settle after expiry: the same call, on the exit's expiration",
    ),
    (
        "batch close, per extra channel",
        22_000,
        "Raiden OneToN bulkClaim about 27,500 per IOU",
    ),
];

/// What the command line asks for.
struct Args {
    out: PathBuf,
    write: bool,
}

fn parse_args() -> eyre::Result<Args> {
    let mut args = Args {
        out: PathBuf::from("docs/GAS.md"),
        write: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" => {
                args.out = it.next().ok_or_else(|| eyre!("--out needs a path"))?.into();
            }
            "--no-write" => args.write = false,
            "-h" | "--help" => {
                println!(
                    "Measures PaymentChannel's gas from anvil receipts and writes docs/GAS.md.\n\n\
                     Usage: gas [--out PATH] [--no-write]\n\n  \
                     --out PATH  where to write the report (default docs/GAS.md)\n  \
                     --no-write  print the report without writing it"
                );
                std::process::exit(0);
            }
            other => bail!("unknown argument {other:?} (expected --out PATH or --no-write)"),
        }
    }
    Ok(args)
}

/// `$PARATII_ANVIL` is what [`paratii_chain::devnet::find_anvil`] reads; `$ANVIL` is what `./run`
/// exports. `None`: the crate's own search of `node_modules`.
fn anvil() -> eyre::Result<Option<PathBuf>> {
    if std::env::var_os(paratii_chain::devnet::ANVIL_ENV).is_some() {
        return Ok(None);
    }
    match std::env::var_os("ANVIL") {
        Some(path) if PathBuf::from(&path).is_file() => Ok(Some(path.into())),
        Some(path) => bail!("$ANVIL is {}, which is not a file", path.to_string_lossy()),
        None => Ok(None),
    }
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let args = parse_args()?;
    let config = DevNetConfig {
        accounts: 1,
        anvil: anvil()?,
        timestamp: Some(GENESIS),
        hardfork: Some(HARDFORK.to_owned()),
        steps_tracing: true,
        ..DevNetConfig::default()
    };
    // anvil stops when `net` is dropped, at the end of this function or on an error.
    let net = DevNetSetup::new(config)
        .start()
        .await
        .wrap_err("starting anvil and deploying the contracts")?;
    let measured = measure::measure(&net).await?;
    drop(net);

    let text = report::render(&measured);
    print!("{text}");
    if args.write {
        std::fs::write(&args.out, &text)
            .wrap_err_with(|| format!("writing {}", args.out.display()))?;
    }
    let over: Vec<String> = BUDGETS
        .iter()
        .filter_map(|&(operation, budget, _)| {
            let used = measured.gas(operation);
            (used > budget)
                .then(|| format!("{operation} used {used} gas, over its budget of {budget}"))
        })
        .collect();
    if !over.is_empty() {
        bail!("gas over budget: {}", over.join("; "));
    }
    Ok(())
}
