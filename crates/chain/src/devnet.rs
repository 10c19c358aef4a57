//! A local dev-net: anvil from the project's `node_modules`, on a loopback port, stopped on drop;
//! and [`DevNetSetup`], which starts one with the four contracts deployed and accounts funded
//! (what `paratii devnet`, `paratii demo` and the test utilities all need).

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use alloy::primitives::U256;
use alloy::signers::local::{MnemonicBuilder, PrivateKeySigner};

use crate::client::Client;
use crate::connection::Connection;
use crate::deploy::Deployed;
use crate::deployment::{DeployParams, Deployment};
use crate::error::{ChainError, Result};

/// anvil's chain id, the default of the local dev-net.
pub const DEVNET_CHAIN_ID: u64 = 31337;

/// The local dev-net's RPC URL, the default of the CLI.
pub const DEVNET_RPC_URL: &str = "http://127.0.0.1:8545";

/// anvil's well-known development mnemonic. Its keys are public: dev-nets only.
pub const DEV_MNEMONIC: &str = "test test test test test test test test test test test junk";

/// Environment variable naming the anvil binary to use.
pub const ANVIL_ENV: &str = "PARATII_ANVIL";

/// How long anvil may take to start listening.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(30);

/// The npm package holding this platform's anvil binary, below `node_modules/@foundry-rs/`.
fn anvil_package() -> String {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };
    format!("anvil-{os}-{arch}")
}

/// Finds anvil: `$PARATII_ANVIL`, else `node_modules/@foundry-rs/anvil-<os>-<arch>/bin/anvil` in
/// the current directory or one of its parents, else in this crate's source tree or its parents.
///
/// The npm wrapper in `node_modules/.bin` is never used: it exits 0 even when anvil fails.
pub fn find_anvil() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os(ANVIL_ENV) {
        let path = PathBuf::from(path);
        if path.is_file() {
            return Ok(path);
        }
        return Err(ChainError::DevNet(format!(
            "${ANVIL_ENV} is {}, which is not a file",
            path.display()
        )));
    }
    let relative = Path::new("node_modules/@foundry-rs")
        .join(anvil_package())
        .join("bin/anvil");
    let starts = [
        std::env::current_dir().ok(),
        Some(PathBuf::from(env!("CARGO_MANIFEST_DIR"))),
    ];
    for start in starts.into_iter().flatten() {
        for dir in start.ancestors() {
            let candidate = dir.join(&relative);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err(ChainError::DevNet(format!(
        "anvil not found: looked for {} in the current directory and its parents; run `npm ci` in \
         the Paratii checkout, or set ${ANVIL_ENV} to an anvil binary",
        relative.display()
    )))
}

/// How to start a dev-net.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevNetConfig {
    /// The loopback port; 0 picks a free one.
    pub port: u16,
    /// The chain id.
    pub chain_id: u64,
    /// How many funded accounts anvil derives from [`DEV_MNEMONIC`].
    pub accounts: u32,
    /// ETH per account.
    pub balance_eth: u64,
    /// Seconds between blocks; `None` mines each transaction at once.
    pub block_time: Option<u64>,
    /// The anvil binary; `None` uses [`find_anvil`].
    pub anvil: Option<PathBuf>,
    /// The genesis block's timestamp (`--timestamp`); `None`: now.
    pub timestamp: Option<u64>,
    /// The EVM hardfork (`--hardfork`, e.g. `prague`); `None`: anvil's latest.
    pub hardfork: Option<String>,
    /// Records every opcode step (`--steps-tracing`), for geth-style `debug_traceTransaction`.
    pub steps_tracing: bool,
}

impl Default for DevNetConfig {
    fn default() -> Self {
        Self {
            port: 0,
            chain_id: DEVNET_CHAIN_ID,
            accounts: 10,
            balance_eth: 10_000,
            block_time: None,
            anvil: None,
            timestamp: None,
            hardfork: None,
            steps_tracing: false,
        }
    }
}

/// A running anvil, killed when dropped.
#[derive(Debug)]
pub struct DevNet {
    child: Child,
    url: String,
    port: u16,
    chain_id: u64,
    accounts: Vec<PrivateKeySigner>,
    anvil: PathBuf,
}

impl DevNet {
    /// Starts anvil on a free loopback port with the default settings.
    pub fn start() -> Result<Self> {
        Self::start_with(&DevNetConfig::default())
    }

    /// Starts anvil with `config` and waits until it listens.
    pub fn start_with(config: &DevNetConfig) -> Result<Self> {
        let anvil = match &config.anvil {
            Some(path) => path.clone(),
            None => find_anvil()?,
        };
        let mut cmd = Command::new(&anvil);
        cmd.args(["--host", "127.0.0.1", "--port"])
            .arg(config.port.to_string())
            .arg("--chain-id")
            .arg(config.chain_id.to_string())
            .arg("--accounts")
            .arg(config.accounts.to_string())
            .arg("--balance")
            .arg(config.balance_eth.to_string())
            .args(["--mnemonic", DEV_MNEMONIC]);
        if let Some(seconds) = config.block_time {
            cmd.arg("--block-time").arg(seconds.to_string());
        }
        if let Some(timestamp) = config.timestamp {
            cmd.arg("--timestamp").arg(timestamp.to_string());
        }
        if let Some(hardfork) = &config.hardfork {
            cmd.arg("--hardfork").arg(hardfork);
        }
        if config.steps_tracing {
            cmd.arg("--steps-tracing");
        }
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .map_err(|e| ChainError::DevNet(format!("cannot start {}: {e}", anvil.display())))?;

        // anvil logs every request to stdout: keep draining it so it never blocks on a full pipe.
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take();
        std::thread::spawn(move || {
            let Some(stdout) = stdout else { return };
            let mut sent = false;
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if !sent && let Some(addr) = line.strip_prefix("Listening on ") {
                    let _ = tx.send(addr.trim().to_owned());
                    sent = true;
                }
            }
        });

        let addr = match rx.recv_timeout(STARTUP_TIMEOUT) {
            Ok(addr) => addr,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                let mut stderr = String::new();
                if let Some(mut err) = child.stderr.take() {
                    let _ = err.read_to_string(&mut stderr);
                }
                return Err(ChainError::DevNet(format!(
                    "{} did not start listening within {STARTUP_TIMEOUT:?}: {}",
                    anvil.display(),
                    stderr.trim()
                )));
            }
        };
        let port = addr
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .ok_or_else(|| ChainError::DevNet(format!("anvil reported an odd address {addr:?}")))?;
        // Drain stderr too.
        if let Some(stderr) = child.stderr.take() {
            std::thread::spawn(move || {
                let mut sink = Vec::new();
                let _ = BufReader::new(stderr).read_to_end(&mut sink);
            });
        }
        let accounts = dev_accounts(config.accounts)?;
        Ok(Self {
            child,
            url: format!("http://127.0.0.1:{port}"),
            port,
            chain_id: config.chain_id,
            accounts,
            anvil,
        })
    }

    /// The HTTP RPC URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The port anvil listens on.
    pub const fn port(&self) -> u16 {
        self.port
    }

    /// The chain id.
    pub const fn chain_id(&self) -> u64 {
        self.chain_id
    }

    /// The funded accounts anvil derived from [`DEV_MNEMONIC`], in order.
    pub fn accounts(&self) -> &[PrivateKeySigner] {
        &self.accounts
    }

    /// Account `index`.
    pub fn account(&self, index: usize) -> Option<&PrivateKeySigner> {
        self.accounts.get(index)
    }

    /// The anvil binary that runs.
    pub fn anvil(&self) -> &Path {
        &self.anvil
    }

    /// anvil's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether anvil is still running.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for DevNet {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// How to set up a dev-net: anvil started with `config`, the four contracts deployed from
/// account 0 (which holds the PTI supply), optionally recorded, and accounts `1..=fund` given
/// `amount` PTI each.
///
/// ```no_run
/// # async fn demo() -> paratii_chain::Result<()> {
/// use paratii_chain::{DevNetConfig, DevNetSetup};
/// let net = DevNetSetup::new(DevNetConfig::default())
///     .record_in("deployments")
///     .fund(4, alloy::primitives::U256::from(10u64).pow(alloy::primitives::U256::from(21)))
///     .start()
///     .await?;
/// println!("{} with PaymentChannel at {}", net.devnet.url(), net.deployment().contracts.payment_channel);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevNetSetup {
    /// How anvil starts (its account count is raised to cover the funded accounts).
    pub config: DevNetConfig,
    /// Where to record the deployment (`<dir>/<chainId>.json`, as `script/Deploy.s.sol` does);
    /// `None` records nothing.
    pub record_in: Option<PathBuf>,
    /// How many accounts after the holder get PTI.
    pub fund: u32,
    /// PTI wei each funded account gets.
    pub amount: U256,
}

impl DevNetSetup {
    /// `config`, no record, nobody funded.
    pub const fn new(config: DevNetConfig) -> Self {
        Self {
            config,
            record_in: None,
            fund: 0,
            amount: U256::ZERO,
        }
    }

    /// Records the deployment in `<dir>/<chainId>.json`.
    #[must_use]
    pub fn record_in(mut self, dir: impl Into<PathBuf>) -> Self {
        self.record_in = Some(dir.into());
        self
    }

    /// Gives accounts `1..=accounts` `amount` PTI wei each.
    #[must_use]
    pub const fn fund(mut self, accounts: u32, amount: U256) -> Self {
        self.fund = accounts;
        self.amount = amount;
        self
    }

    /// Starts anvil, deploys, records and funds.
    pub async fn start(self) -> Result<RunningDevNet> {
        let mut config = self.config;
        config.accounts = config.accounts.max(self.fund.saturating_add(1));
        let devnet = DevNet::start_with(&config)?;
        let deployer = devnet.accounts()[0].clone();
        let conn = Connection::connect(devnet.url(), Some(deployer.clone())).await?;
        let params = DeployParams::new(deployer.address());
        let deployed = match &self.record_in {
            Some(dir) => conn.deploy_and_record(&params, dir).await?,
            None => conn.deploy(&params).await?,
        };
        let record = self
            .record_in
            .as_deref()
            .map(|dir| Deployment::path_in(dir, devnet.chain_id()));
        let holder = conn.attach(deployed.deployment.clone()).await?;
        let funded: Vec<PrivateKeySigner> = devnet
            .accounts()
            .iter()
            .skip(1)
            .take(self.fund as usize)
            .cloned()
            .collect();
        for account in &funded {
            holder.transfer_pti(account.address(), self.amount).await?;
        }
        Ok(RunningDevNet {
            devnet,
            deployed,
            holder,
            funded,
            record,
        })
    }
}

/// A dev-net set up by [`DevNetSetup::start`]; anvil stops when it is dropped.
#[derive(Debug)]
pub struct RunningDevNet {
    /// The running anvil.
    pub devnet: DevNet,
    /// What the deployment did.
    pub deployed: Deployed,
    /// A client for account 0, which deployed and holds the rest of the PTI supply.
    pub holder: Client,
    /// The funded accounts, in order (accounts `1..=fund`).
    pub funded: Vec<PrivateKeySigner>,
    /// Where the deployment was recorded, if it was.
    pub record: Option<PathBuf>,
}

impl RunningDevNet {
    /// The deployment.
    pub const fn deployment(&self) -> &Deployment {
        &self.deployed.deployment
    }
}

/// The first `count` accounts of [`DEV_MNEMONIC`] (`m/44'/60'/0'/0/i`), as anvil funds them.
pub fn dev_accounts(count: u32) -> Result<Vec<PrivateKeySigner>> {
    (0..count)
        .map(|i| {
            MnemonicBuilder::english()
                .phrase(DEV_MNEMONIC)
                .index(i)
                .and_then(|b| b.build())
                .map_err(|e| ChainError::DevNet(format!("deriving dev account {i}: {e}")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::address;

    #[test]
    fn dev_accounts_are_anvils() {
        let accounts = dev_accounts(2).unwrap();
        assert_eq!(
            accounts[0].address(),
            address!("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
        );
        assert_eq!(
            accounts[1].address(),
            address!("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
        );
    }

    #[test]
    fn starts_and_stops() {
        let mut net = DevNet::start().unwrap();
        assert!(net.url().starts_with("http://127.0.0.1:"));
        assert_ne!(net.port(), 0);
        assert!(net.is_running());
        let pid = net.pid();
        drop(net);
        // The process is gone once dropped (its /proc entry disappears after the wait).
        assert!(!Path::new(&format!("/proc/{pid}")).exists() || cfg!(not(target_os = "linux")));
    }
}
