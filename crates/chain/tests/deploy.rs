//! Deployment: the Rust deploy path creates the contracts at exactly the addresses of
//! `script/Deploy.s.sol`, checked by running the forge script against the same anvil.

use std::path::{Path, PathBuf};
use std::process::Command;

use alloy::primitives::U256;
use paratii_chain::{Connection, ContractName, DeployParams, Deployment, DevNet};

/// The repository root (where `foundry.toml` is).
fn repo_root() -> PathBuf {
    // At run time: a test binary reused from another checkout would name that one.
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|d| d.join("foundry.toml").is_file())
        .expect("the crate lives inside the Paratii repository")
        .to_owned()
}

/// forge from `$PARATII_FORGE` or `node_modules` (never the npm wrapper, which always exits 0).
fn forge() -> PathBuf {
    if let Some(path) = std::env::var_os("PARATII_FORGE") {
        return PathBuf::from(path);
    }
    let path = repo_root().join("node_modules/@foundry-rs/forge-linux-amd64/bin/forge");
    assert!(
        path.is_file(),
        "forge not found at {}: run `npm ci` (or set PARATII_FORGE)",
        path.display()
    );
    path
}

#[tokio::test]
async fn rust_deploy_matches_the_forge_script() {
    let net = DevNet::start().unwrap();
    let wallet = net.accounts()[0].clone();
    let holder = net.accounts()[5].address();
    let params = DeployParams {
        holder,
        supply: U256::from(1_000_000u64) * U256::from(10u64).pow(U256::from(18)),
        salt: alloy::primitives::keccak256("paratii.test.salt"),
    };
    let conn = Connection::connect(net.url(), Some(wallet)).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let deployed = conn.deploy_and_record(&params, dir.path()).await.unwrap();
    assert_eq!(
        deployed.created,
        vec![
            ContractName::Pti,
            ContractName::UserRegistry,
            ContractName::VideoRegistry,
            ContractName::PaymentChannel
        ]
    );
    let record = Deployment::load(&dir.path().join("31337.json")).unwrap();
    assert_eq!(record, deployed.deployment);
    assert_eq!(record.contracts, params.predict());

    // The forge script, simulated against the same chain, finds all four contracts already at
    // its own CREATE2 addresses and creates nothing.
    let out = Command::new(forge())
        .current_dir(repo_root())
        .args([
            "script",
            "script/Deploy.s.sol:Deploy",
            "--sig",
            "runWith(address,uint256,bytes32)",
        ])
        .arg(holder.to_string())
        .arg(params.supply.to_string())
        .arg(params.salt.to_string())
        .args(["--rpc-url", net.url(), "--sender"])
        .arg(net.accounts()[0].address().to_string())
        .arg("--json")
        .output()
        .expect("run forge");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "forge script failed:\n{stdout}\n{stderr}"
    );
    let json_line = stdout
        .lines()
        .find(|l| l.trim_start().starts_with('{') && l.contains("\"returns\""))
        .unwrap_or_else(|| panic!("no JSON result from forge:\n{stdout}\n{stderr}"));
    let result: serde_json::Value = serde_json::from_str(json_line).unwrap();
    let value = result["returns"]["d"]["value"].as_str().unwrap().to_owned();
    let lower = value.to_lowercase();
    for (_, address) in record.contracts.named() {
        assert!(
            lower.contains(&format!("{address:x}")),
            "forge's deployment {value} lacks {address}"
        );
    }
    // The tuple ends with (startBlock, created): created must be 0.
    assert!(
        value.trim_end_matches(')').ends_with(", 0"),
        "forge created contracts: {value}"
    );

    // Re-running the Rust deploy is idempotent and keeps the recorded start block.
    let again = conn.deploy_and_record(&params, dir.path()).await.unwrap();
    assert!(again.created.is_empty());
    assert_eq!(again.deployment, record);
}
