//! Writes the EIP-712 test vectors to `test-sol/vectors/eip712.json`.
//!
//! `cargo run -p paratii-protocol --example gen-vectors` writes the file;
//! `-- --check` only compares and exits non-zero on a difference; `-- --stdout` prints instead.

#[path = "../tests/support/vectors.rs"]
mod vectors;

use std::process::ExitCode;

fn main() -> ExitCode {
    let rendered = vectors::render();
    let path = vectors::vectors_path();
    match std::env::args().nth(1).as_deref() {
        Some("--stdout") => {
            print!("{rendered}");
            ExitCode::SUCCESS
        }
        Some("--check") => match std::fs::read_to_string(&path) {
            Ok(existing) if existing == rendered => ExitCode::SUCCESS,
            Ok(_) => {
                eprintln!(
                    "{} is stale: run `cargo run -p paratii-protocol --example gen-vectors`",
                    path.display()
                );
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("cannot read {}: {e}", path.display());
                ExitCode::FAILURE
            }
        },
        None => {
            if let Some(dir) = path.parent()
                && let Err(e) = std::fs::create_dir_all(dir)
            {
                eprintln!("cannot create {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
            match std::fs::write(&path, rendered) {
                Ok(()) => {
                    println!("wrote {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("cannot write {}: {e}", path.display());
                    ExitCode::FAILURE
                }
            }
        }
        Some(other) => {
            eprintln!("unknown argument {other:?}; use --check or --stdout");
            ExitCode::FAILURE
        }
    }
}
