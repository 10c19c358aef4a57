//! Embeds hls.js from the project's node_modules (npm `hls.js`, pinned in package-lock.json) so
//! the player page works offline and the binary carries exactly the audited version.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let hls = manifest.join("../../node_modules/hls.js/dist/hls.min.js");
    println!("cargo::rerun-if-changed={}", hls.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("hls.min.js");
    match std::fs::copy(&hls, &out) {
        Ok(_) => {}
        Err(e) => {
            println!(
                "cargo::error=the player serves hls.js from {} ({e}): run `npm ci` (or `./run setup`) in the repository first",
                hls.display()
            );
        }
    }
}
