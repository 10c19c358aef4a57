//! How many payment messages one core signs and verifies per second, next to raw secp256k1
//! signing and recovery (k256) on the same machine, in the same run.
//!
//! ```text
//! cargo run --release -p paratii-test-utils --example bench -- [--seconds S] [--out FILE]
//! ```
//!
//! Everything runs on the calling thread. Each row runs for `S` seconds (default 2) after a
//! short warm-up; the table is printed and, with `--out`, written as Markdown.

use std::hint::black_box;
use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256, keccak256};
use alloy::signers::local::PrivateKeySigner;
use k256::ecdsa::{RecoveryId, Signature, SigningKey, VerifyingKey};
use paratii_protocol::eip712::payment_channel_domain;
use paratii_protocol::{BalanceTracker, ChannelTerms, PaymentMessage};

struct Row {
    name: &'static str,
    what: &'static str,
    ops: u64,
    elapsed: Duration,
}

impl Row {
    fn per_second(&self) -> f64 {
        self.ops as f64 / self.elapsed.as_secs_f64()
    }

    fn micros(&self) -> f64 {
        self.elapsed.as_secs_f64() * 1e6 / self.ops as f64
    }
}

/// Runs `op` (given an iteration counter) repeatedly for `duration` after a warm-up.
fn measure(
    name: &'static str,
    what: &'static str,
    duration: Duration,
    mut op: impl FnMut(u64),
) -> Row {
    let warm = Instant::now();
    let mut i = 0u64;
    while warm.elapsed() < duration / 10 {
        op(i);
        i += 1;
    }
    let start = Instant::now();
    let mut ops = 0u64;
    // Check the clock every 64 operations so it does not dominate.
    while start.elapsed() < duration {
        for _ in 0..64 {
            op(i);
            i += 1;
            ops += 1;
        }
    }
    let row = Row {
        name,
        what,
        ops,
        elapsed: start.elapsed(),
    };
    eprintln!(
        "{:<34} {:>10.0} /s  {:>8.2} µs",
        row.name,
        row.per_second(),
        row.micros()
    );
    row
}

fn digest(i: u64) -> B256 {
    keccak256(i.to_be_bytes())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_owned())
}

/// The 1-minute load average, to judge how busy the machine was.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "unknown".to_owned())
}

fn main() {
    let mut seconds = 2.0f64;
    let mut out: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--seconds takes a number")
            }
            "--out" => out = Some(args.next().expect("--out takes a file")),
            other => panic!("unknown argument {other:?}; use --seconds S and --out FILE"),
        }
    }
    let duration = Duration::from_secs_f64(seconds);
    let load = load_average();

    // Fixed keys, so runs are comparable.
    let wallet: PrivateKeySigner =
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
            .parse()
            .expect("wallet key");
    let comm: PrivateKeySigner =
        "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"
            .parse()
            .expect("communication key");
    let domain = payment_channel_domain(
        31337,
        "0x2cb39ca41f07890626b3f585de5d8b5ac4072b1f"
            .parse::<Address>()
            .expect("address"),
    );
    let channel = keccak256("bench channel");
    let raw = SigningKey::from_slice(wallet.to_bytes().as_slice()).expect("k256 key");

    let mut rows = Vec::new();

    rows.push(measure(
        "secp256k1 sign (k256)",
        "one RFC 6979 ECDSA signature of a 32-byte digest",
        duration,
        |i| {
            let d = digest(i);
            black_box(raw.sign_prehash_recoverable(d.as_slice()).expect("sign"));
        },
    ));

    let signed: Vec<(B256, Signature, RecoveryId)> = (0..1024)
        .map(|i| {
            let d = digest(i);
            let (sig, id) = raw.sign_prehash_recoverable(d.as_slice()).expect("sign");
            (d, sig, id)
        })
        .collect();
    rows.push(measure(
        "secp256k1 recover (k256)",
        "recover the public key of one signature",
        duration,
        |i| {
            let (d, sig, id) = &signed[(i % 1024) as usize];
            black_box(VerifyingKey::recover_from_prehash(d.as_slice(), sig, *id).expect("recover"));
        },
    ));

    rows.push(measure(
        "payment sign (paratii-protocol)",
        "`PaymentMessage::sign`: the wallet's `Payment` and the key's `SignedPayment` EIP-712 signatures",
        duration,
        |i| {
            black_box(
                PaymentMessage::sign(&domain, channel, i, &wallet, &comm).expect("sign payment"),
            );
        },
    ));

    let payments: Vec<PaymentMessage> = (0..1024)
        .map(|i| PaymentMessage::sign(&domain, channel, i, &wallet, &comm).expect("sign payment"))
        .collect();
    let (payer, payer_key) = (wallet.address(), comm.address());
    rows.push(measure(
        "payment verify (paratii-protocol)",
        "`PaymentMessage::verify`: both digests, both signers recovered and compared",
        duration,
        |i| {
            let p = &payments[(i % 1024) as usize];
            p.verify(&domain, payer, payer_key).expect("verify");
            black_box(p);
        },
    ));

    let encoded: Vec<Vec<u8>> = (1..=1024)
        .map(|i| {
            PaymentMessage::sign(&domain, channel, i, &wallet, &comm)
                .expect("sign payment")
                .encode()
        })
        .collect();
    let terms = ChannelTerms::new(1, u32::MAX, 1, u64::MAX).expect("terms");
    let mut tracker = BalanceTracker::new(channel, &terms);
    rows.push(measure(
        "payment receive (decode+verify+accept)",
        "what a payee does per message: JSON decode, `verify`, `BalanceTracker::accept`",
        duration,
        |i| {
            let index = (i % 1024) as usize;
            if index == 0 {
                tracker = BalanceTracker::new(channel, &terms);
            }
            let p = PaymentMessage::decode(&encoded[index]).expect("decode");
            p.verify(&domain, payer, payer_key).expect("verify");
            tracker.accept(p.channel, p.balance).expect("accept");
        },
    ));

    let sign_ratio = rows[2].per_second() / rows[0].per_second();
    let verify_ratio = rows[3].per_second() / rows[1].per_second();
    let mut md = String::new();
    md.push_str("# Protocol benchmark: payment messages per second on one core\n\n");
    md.push_str("Generated by `cargo run --release -p paratii-test-utils --example bench -- --out docs/BENCH-protocol.md`;\n");
    md.push_str("every row ran on one thread of the same process, one after the other.\n\n");
    md.push_str(&format!(
        "Machine: {} ({} logical CPUs), {} {}; 1-minute load average {load} at the start \
         (other work on the machine lowers every row alike); {seconds} s per row after a warm-up.\n\n",
        cpu_model(),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        std::env::consts::OS,
        std::env::consts::ARCH,
    ));
    md.push_str(
        "| operation | per second | µs each | what it does |\n| --- | ---: | ---: | --- |\n",
    );
    for r in &rows {
        md.push_str(&format!(
            "| {} | {:.0} | {:.2} | {} |\n",
            r.name,
            r.per_second(),
            r.micros(),
            r.what
        ));
    }
    md.push_str(&format!(
        "\nA payment carries two signatures, so its ceiling is half the raw rate: signing runs at \
         {:.0}% of raw signing (ideal 50%), verifying at {:.0}% of raw recovery (ideal 50%). The rest \
         is EIP-712 hashing, `s` normalisation and address derivation (keccak256 of the public key).\n",
        sign_ratio * 100.0,
        verify_ratio * 100.0
    ));
    println!("{md}");
    if let Some(path) = out {
        std::fs::write(&path, &md).unwrap_or_else(|e| panic!("writing {path}: {e}"));
        eprintln!("wrote {path}");
    }
}
