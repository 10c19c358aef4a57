//! Shared helpers of the paratii-ipfs integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;

/// The repository root (node_modules and tools/ipfs live there).
pub fn repo_root() -> PathBuf {
    paratii_ipfs::test_utils::repo_root()
}

/// Whether CI demands the IPFS oracles and js-ipfs (`PARATII_REQUIRE_IPFS=1`).
pub fn required() -> bool {
    std::env::var("PARATII_REQUIRE_IPFS").is_ok_and(|v| v == "1")
}

/// Fails when the oracle is required, otherwise prints a skip line; returns whether to go on.
pub fn available(what: &str, ok: bool, hint: &str) -> bool {
    if ok {
        return true;
    }
    assert!(
        !required(),
        "{what} is missing and PARATII_REQUIRE_IPFS=1: {hint}"
    );
    // Written to stderr directly: the test harness swallows `eprintln!` of passing tests.
    let _ = writeln!(
        std::io::stderr().lock(),
        "SKIP: {what} is missing ({hint}); set PARATII_REQUIRE_IPFS=1 to make this a failure"
    );
    false
}

/// Whether `node` and the npm package `pkg` (in the repo's node_modules) are present.
pub fn node_package(pkg: &str) -> bool {
    let node = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    node && repo_root()
        .join("node_modules")
        .join(pkg)
        .join("package.json")
        .is_file()
}

/// Deterministic pseudo-random bytes (xorshift64*), so the inputs are the same on every run.
pub fn pseudo_random(len: usize, seed: u64) -> Vec<u8> {
    let mut s = seed | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        out.extend_from_slice(&s.wrapping_mul(0x2545_f491_4f6c_dd1d).to_le_bytes());
    }
    out.truncate(len);
    out
}
