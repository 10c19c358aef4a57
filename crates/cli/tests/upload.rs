//! `paratii upload` and `paratii video show` driven end to end: the real binary against its own
//! dev-net, the embedded block store and js-ipfs (a real Kubo RPC server) on loopback.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use alloy::primitives::Address;
use alloy::providers::{Provider, ProviderBuilder};
use bytes::Bytes;
use paratii_ipfs::test_utils::JsIpfsDaemon;
use paratii_ipfs::{BlockStore, Cid, KuboRpc};
use serde_json::Value;

const PASSWORD_VAR: &str = "PARATII_UPLOAD_TEST_PASSWORD";

/// `paratii devnet` in the background; stopped when dropped.
struct RunningDevnet {
    child: Child,
    info: Value,
}

impl RunningDevnet {
    fn start(dir: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_paratii"))
            .args(["devnet", "--port", "0", "--fund", "1", "--json"])
            .arg("--deployments-dir")
            .arg(dir.join("deployments"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn paratii devnet");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx
            .recv_timeout(Duration::from_secs(120))
            .expect("paratii devnet printed its summary");
        let info: Value = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("devnet summary is not JSON ({e}): {line:?}"));
        Self { child, info }
    }

    fn url(&self) -> &str {
        self.info["rpcUrl"].as_str().unwrap()
    }

    fn account_key(&self, i: usize) -> String {
        self.info["accounts"][i]["privateKey"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

impl Drop for RunningDevnet {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            std::thread::sleep(Duration::from_millis(500));
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Runs `paratii` with the dev-net's settings, a keystore in `dir` and alice's wallet.
struct Paratii {
    url: String,
    dir: PathBuf,
}

impl Paratii {
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_paratii"))
            .args(args)
            .env("PARATII_RPC_URL", &self.url)
            .env("PARATII_KEYSTORE", self.dir.join("keystore"))
            .env("PARATII_DEPLOYMENTS_DIR", self.dir.join("deployments"))
            .env("PARATII_WALLET", "alice")
            .env(PASSWORD_VAR, "correct horse battery staple")
            .env_remove("PARATII_DEPLOYMENT")
            .env_remove("PARATII_PASSWORD_FILE")
            .env_remove("PARATII_DATA_DIR")
            .stdin(Stdio::null())
            .output()
            .expect("run paratii")
    }

    fn with_password<'a>(args: &[&'a str]) -> Vec<&'a str> {
        let mut all = args.to_vec();
        all.extend_from_slice(&["--password-env", PASSWORD_VAR]);
        all
    }

    /// Runs and expects success; returns stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(&Self::with_password(args));
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "paratii {args:?} failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let stdout = self.ok(&all);
        serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {stdout}"))
    }

    /// Runs and expects failure with exit code 1; returns stderr.
    fn fails(&self, args: &[&str]) -> String {
        let out = self.run(&Self::with_password(args));
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(1),
            "paratii {args:?} should fail:\n{}\n{stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }
}

/// A 3 s 320x240 test pattern with a tone: in 2 s segments, 2 segments (2 s, 1 s) per format.
fn clip(dir: &Path) -> PathBuf {
    let out = dir.join("clip.mp4");
    let clip = paratii_media::TestClip {
        pattern: "testsrc",
        seconds: 3,
        width: 320,
        height: 240,
        tone_hz: Some(440),
    };
    paratii_media::Ffmpeg::default()
        .generate(&clip, &out)
        .expect("ffmpeg generates the clip");
    out
}

/// js-ipfs, or None (skip) when node or the npm package is missing, unless CI demands it.
fn js_ipfs() -> Option<JsIpfsDaemon> {
    if !JsIpfsDaemon::available() {
        let hint = "run `npm ci` at the repository root (and install node)";
        assert!(
            !std::env::var("PARATII_REQUIRE_IPFS").is_ok_and(|v| v == "1"),
            "js-ipfs is missing and PARATII_REQUIRE_IPFS=1: {hint}"
        );
        eprintln!(
            "SKIP: js-ipfs is missing ({hint}); set PARATII_REQUIRE_IPFS=1 to make this a failure"
        );
        return None;
    }
    Some(JsIpfsDaemon::start().expect("js-ipfs starts"))
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn cid(v: &Value) -> Cid {
    v.as_str()
        .unwrap_or_else(|| panic!("{v} is not a string"))
        .parse()
        .unwrap_or_else(|e| panic!("{v} is not a CID: {e:?}"))
}

/// Every CID an upload's summary and `video show` name: directory, tables, segments.
fn video_cids(shown: &Value) -> Vec<Cid> {
    let mut out = vec![cid(&shown["cid"])];
    for toc in shown["directory"].as_object().unwrap().values() {
        out.push(cid(toc));
    }
    for table in shown["tables"].as_object().unwrap().values() {
        out.extend(table.as_array().unwrap().iter().map(cid));
    }
    out
}

#[test]
fn upload_show_rerun_car_ipfs_api_and_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let devnet = RunningDevnet::start(dir.path());
    let p = Paratii {
        url: devnet.url().to_owned(),
        dir: dir.path().to_owned(),
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    let provider = ProviderBuilder::new().connect_http(devnet.url().parse().unwrap());

    // The publisher: a wallet with a registered communication key.
    let key_file = dir.path().join("alice.key");
    std::fs::write(&key_file, devnet.account_key(0)).unwrap();
    let alice = p.json(&[
        "keys",
        "import",
        "wallet",
        "alice",
        "--private-key-file",
        key_file.to_str().unwrap(),
    ]);
    let alice: Address = alice["address"].as_str().unwrap().parse().unwrap();
    p.json(&["keys", "generate", "comm", "alice-node"]);
    p.ok(&["user", "add-key", "alice-node"]);
    let nonce = || {
        rt.block_on(async { provider.get_transaction_count(alice).await })
            .unwrap()
    };

    let src = clip(dir.path());
    let data = dir.path().join("data");
    let car = dir.path().join("video.car");
    let upload = |data: &Path, extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = [
            "upload",
            src.to_str().unwrap(),
            "--title",
            "Test pattern",
            "--formats",
            "240p30,360p30",
            "--segment-seconds",
            "2",
            "--key",
            "alice-node",
            "--data-dir",
            data.to_str().unwrap(),
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        args
    };

    // First upload: transcoded, added to the embedded store, registered, exported as a CAR.
    let before = nonce();
    let first = p.json(&refs(&upload(&data, &["--car", car.to_str().unwrap()])));
    assert_eq!(nonce(), before + 1, "one registration transaction");
    let video_id = first["videoId"].as_str().unwrap().to_owned();
    assert!(
        video_id.starts_with("0x") && video_id.len() == 66,
        "{video_id}"
    );
    let directory = cid(&first["directory"]);
    assert_eq!(
        video_id,
        paratii_protocol::eip712::video_id(&directory.to_string()).to_string(),
        "the video id is keccak256 of the directory CID"
    );
    assert_eq!(first["formats"], serde_json::json!(["240p30", "360p30"]));
    assert_eq!(
        first["segments"],
        serde_json::json!({"240p30": 2, "360p30": 2})
    );
    assert_eq!(first["registration"]["status"], "registered", "{first}");
    assert!(
        first["registration"]["tx"]
            .as_str()
            .unwrap()
            .starts_with("0x")
    );
    assert!(first["registration"]["gasUsed"].as_u64().unwrap() > 0);
    assert_eq!(first["transcoded"], true);
    assert_eq!(first["segmentsAdded"], 4);
    assert_eq!(first["durationS"], 3);

    // `video show`: the registry record with the directory and tables fetched and verified.
    let shown = p.json(&[
        "video",
        "show",
        &video_id,
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(shown.get("ipfsError").is_none(), "{shown}");
    assert_eq!(shown["cid"], first["directory"]);
    assert_eq!(shown["title"], "Test pattern");
    assert_eq!(
        shown["publisher"]
            .as_str()
            .unwrap()
            .parse::<Address>()
            .unwrap(),
        alice
    );
    assert_eq!(shown["duration"], 3);
    assert_eq!(shown["segmentLength"], 2);
    assert_eq!(shown["segmentSize"], first["segmentSizeKib"]);
    assert_eq!(shown["formats"], first["formats"]);
    assert_eq!(
        shown["directory"], first["tables"],
        "directory = format -> ToC CID"
    );
    for format in ["240p30", "360p30"] {
        assert_eq!(shown["tables"][format].as_array().unwrap().len(), 2);
    }
    let text = p.ok(&[
        "video",
        "show",
        &video_id,
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(
        text.contains(&format!("directory  {directory} (verified)")),
        "{text}"
    );

    // Re-runs are idempotent: same CIDs, nothing re-added, no transaction.
    let before = nonce();
    let again = p.json(&refs(&upload(&data, &[])));
    assert_eq!(
        again["registration"]["status"], "alreadyRegistered",
        "{again}"
    );
    for key in [
        "videoId",
        "directory",
        "tables",
        "segments",
        "segmentSizeKib",
    ] {
        assert_eq!(again[key], first[key], "{key}");
    }
    assert_eq!(again["transcoded"], false);
    assert_eq!(again["segmentsAdded"], 0);
    let text = p.ok(&refs(&upload(&data, &[])));
    assert!(text.contains("already registered by you"), "{text}");
    assert_eq!(nonce(), before, "a re-run sends no transaction");

    // Bad input: a clear error and nothing registered.
    let before = nonce();
    let listed = p.json(&["video", "list"]).as_array().unwrap().len();
    let not_video = dir.path().join("notes.mp4");
    std::fs::write(&not_video, "these are not moving pictures\n").unwrap();
    let mut args = upload(&data, &[]);
    args[1] = not_video.to_string_lossy().into_owned();
    let err = p.fails(&refs(&args));
    assert!(err.contains("is not a video"), "{err}");
    // Other settings (a new video id), with an IPFS API nobody listens on.
    let mut args = upload(
        &dir.path().join("data-unreachable"),
        &["--ipfs-api", "http://127.0.0.1:1"],
    );
    args[7] = "1".into(); // --segment-seconds
    let err = p.fails(&refs(&args));
    assert!(err.contains("IPFS API at http://127.0.0.1:1"), "{err}");
    assert!(err.contains("unreachable"), "{err}");
    assert!(
        !dir.path().join("data-unreachable").join("work").exists(),
        "an unreachable IPFS API is found before anything is transcoded"
    );
    assert_eq!(nonce(), before, "failed uploads send no transaction");
    assert_eq!(p.json(&["video", "list"]).as_array().unwrap().len(), listed);

    let Some(node) = js_ipfs() else { return };

    // The CAR imports into a real RPC server and reads back equal, every block verified.
    let kubo = KuboRpc::new(node.url()).unwrap();
    let roots = rt
        .block_on(kubo.dag_import(Bytes::from(std::fs::read(&car).unwrap())))
        .unwrap();
    let cids = video_cids(&shown);
    for c in &cids {
        assert!(roots.contains(c), "CAR roots include {c}");
    }
    let local = BlockStore::open(data.join("blocks")).unwrap();
    for c in &cids {
        let remote = rt.block_on(paratii_ipfs::cat(&kubo, c)).unwrap();
        assert_eq!(remote, rt.block_on(paratii_ipfs::cat(&local, c)).unwrap());
    }
    let from_car = p.json(&["video", "show", &video_id, "--ipfs-api", node.url()]);
    assert!(from_car.get("ipfsError").is_none(), "{from_car}");
    assert_eq!(from_car["tables"], shown["tables"]);
    drop(node);

    // --ipfs-api: the same upload into a fresh node gives the same CIDs, and reads back from it.
    let Some(node) = js_ipfs() else { return };
    let before = nonce();
    let via_api = p.json(&refs(&upload(
        &dir.path().join("data-api"),
        &["--ipfs-api", node.url()],
    )));
    for key in ["videoId", "directory", "tables", "segments"] {
        assert_eq!(via_api[key], first[key], "{key}");
    }
    assert_eq!(via_api["registration"]["status"], "alreadyRegistered");
    assert_eq!(nonce(), before);
    let from_api = p.json(&["video", "show", &video_id, "--ipfs-api", node.url()]);
    assert!(from_api.get("ipfsError").is_none(), "{from_api}");
    assert_eq!(from_api["directory"], shown["directory"]);
    assert_eq!(from_api["tables"], shown["tables"]);
}
