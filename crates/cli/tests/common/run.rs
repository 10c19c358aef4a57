//! Running the binary: the [`Run`] trait (run, expect text, JSON or a failure) over a command
//! with a fixed environment, for an [`Actor`] (its own keystore, wallet and data directory, as
//! the demo runs them) and a [`Bare`] runner (a keystore, no wallet chosen).

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use alloy::primitives::U256;
use serde_json::Value;

use super::{Serving, lines, next_json};

/// A `paratii` command line with a fixed environment, and what tests expect of its runs.
pub trait Run {
    /// Who runs it, for failure messages.
    fn who(&self) -> &str;

    /// `paratii ARGS` with this runner's environment, not started.
    fn command(&self, args: &[&str]) -> Command;

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run paratii")
    }

    /// Runs and expects success; returns stdout.
    fn text(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{} paratii {args:?} failed:\n{stdout}\n{}",
            self.who(),
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
    }

    /// Runs with `--json` and expects success; returns what it printed.
    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let stdout = self.text(&all);
        serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {stdout}"))
    }

    /// Runs and expects exit code 1 (an error); returns stderr.
    fn fails(&self, args: &[&str]) -> String {
        self.fails_with(1, args)
    }

    /// Runs and expects exit code `code` (2: a usage error); returns stderr.
    fn fails_with(&self, code: i32, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{} paratii {args:?} should fail:\n{}\n{stderr}",
            self.who(),
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }
}

/// One participant: its own keystore and data directory, as the demo runs them.
pub struct Actor {
    /// The wallet's name in its keystore.
    pub name: &'static str,
    /// The dev-net's RPC URL.
    pub url: String,
    /// Its own directory: keystore, data.
    pub root: PathBuf,
    /// The directory shared by all actors: deployments, the password file.
    pub shared: PathBuf,
}

impl Run for Actor {
    fn who(&self) -> &str {
        self.name
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_paratii"));
        cmd.args(args)
            .env("PARATII_RPC_URL", &self.url)
            .env("PARATII_DEPLOYMENTS_DIR", self.shared.join("deployments"))
            .env("PARATII_KEYSTORE", self.root.join("keystore"))
            .env("PARATII_WALLET", self.name)
            .env("PARATII_PASSWORD_FILE", self.shared.join("password"))
            .env("PARATII_DATA_DIR", self.root.join("data"))
            .env_remove("PARATII_DEPLOYMENT")
            .stdin(Stdio::null());
        cmd
    }
}

impl Actor {
    /// A wallet from a dev-net account and a registered communication key `<name>-node`.
    pub fn setup(&self, private_key: &str) -> String {
        let file = self.root.join("wallet.key");
        std::fs::create_dir_all(&self.root).unwrap();
        std::fs::write(&file, private_key).unwrap();
        let wallet = self.json(&[
            "keys",
            "import",
            "wallet",
            self.name,
            "--private-key-file",
            file.to_str().unwrap(),
        ]);
        let node = format!("{}-node", self.name);
        self.json(&["keys", "generate", "comm", &node]);
        self.json(&["user", "add-key", &node]);
        wallet["address"].as_str().unwrap().to_owned()
    }

    pub fn deposited(&self) -> U256 {
        let b = self.json(&["account", "balance"]);
        b["deposited"].as_str().unwrap().parse().unwrap()
    }

    pub fn serve(&self, extra: &[&str]) -> Serving {
        self.serve_as(&format!("{}-node", self.name), extra)
    }

    /// `paratii serve` as the communication key `key`, until it prints its ready line.
    pub fn serve_as(&self, key: &str, extra: &[&str]) -> Serving {
        let mut args = vec![
            "serve",
            "--json",
            "--listen",
            "/ip4/127.0.0.1/tcp/0",
            "--key",
            key,
        ];
        args.extend_from_slice(extra);
        spawn_serving(self.command(&args))
    }
}

/// Spawns a prepared `paratii serve --json` and waits for its ready line.
pub fn spawn_serving(mut command: Command) -> Serving {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn paratii serve");
    let lines = lines(child.stdout.take().unwrap());
    let ready = next_json(&lines, "serve's ready line");
    assert_eq!(ready["ready"], true, "{ready}");
    Serving {
        child,
        lines,
        ready,
    }
}

/// The binary with the dev-net's settings and a keystore in `dir`, and no wallet chosen: every
/// command names its `--wallet`, and passwords come from `--password-env VAR` (set to
/// `password`).
pub struct Bare {
    pub url: String,
    pub dir: PathBuf,
    /// The variable `--password-env` names.
    pub password_var: &'static str,
    pub password: &'static str,
}

impl Run for Bare {
    fn who(&self) -> &str {
        "paratii"
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_paratii"));
        cmd.args(args)
            .env("PARATII_RPC_URL", &self.url)
            .env("PARATII_KEYSTORE", self.dir.join("keystore"))
            .env("PARATII_DEPLOYMENTS_DIR", self.dir.join("deployments"))
            .env(self.password_var, self.password)
            .env_remove("PARATII_WALLET")
            .env_remove("PARATII_DEPLOYMENT")
            .env_remove("PARATII_PASSWORD_FILE")
            .stdin(Stdio::null());
        cmd
    }
}

impl Bare {
    /// Writes `contents` to `<dir>/<name>`; its path.
    pub fn write(&self, name: &str, contents: &[u8]) -> String {
        let path = self.dir.join(name);
        std::fs::write(&path, contents).unwrap();
        path.to_string_lossy().into_owned()
    }
}
