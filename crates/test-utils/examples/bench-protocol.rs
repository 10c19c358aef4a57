//! How many payment messages one core signs and verifies per second, next to raw secp256k1
//! signing and recovery (k256) on the same machine, in the same run.
//!
//! ```text
//! cargo run --release -p paratii-test-utils --example bench-protocol -- [--seconds S] [--out FILE]
//! ```
//!
//! Everything runs on the calling thread. Each row runs for `S` seconds in total (default 2),
//! in interleaved rounds after a short warm-up; the table is printed and, with `--out`, written as
//! Markdown.

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

/// One benchmarked operation; `op` gets an iteration counter.
struct Case<'a> {
    name: &'static str,
    what: &'static str,
    op: Box<dyn FnMut(u64) + 'a>,
}

/// How many times the cases take turns, so that a change in the machine's load during the run
/// affects every row alike.
const ROUNDS: u32 = 5;

/// Runs every case for `total` in [`ROUNDS`] interleaved slices, after a warm-up.
fn measure(cases: &mut [Case<'_>], total: Duration) -> Vec<Row> {
    let slice = total / ROUNDS;
    let mut rows: Vec<Row> = cases
        .iter()
        .map(|c| Row {
            name: c.name,
            what: c.what,
            ops: 0,
            elapsed: Duration::ZERO,
        })
        .collect();
    let mut i = 0u64;
    for case in cases.iter_mut() {
        let warm = Instant::now();
        while warm.elapsed() < slice / 5 {
            (case.op)(i);
            i += 1;
        }
    }
    for _ in 0..ROUNDS {
        for (case, row) in cases.iter_mut().zip(&mut rows) {
            let start = Instant::now();
            // Check the clock every 64 operations so it does not dominate.
            while start.elapsed() < slice {
                for _ in 0..64 {
                    (case.op)(i);
                    i += 1;
                    row.ops += 1;
                }
            }
            row.elapsed += start.elapsed();
        }
    }
    for row in &rows {
        eprintln!(
            "{:<40} {:>10.0} /s  {:>8.2} µs",
            row.name,
            row.per_second(),
            row.micros()
        );
    }
    rows
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

    let signed: Vec<(B256, Signature, RecoveryId)> = (0..1024)
        .map(|i| {
            let d = digest(i);
            let (sig, id) = raw.sign_prehash_recoverable(d.as_slice()).expect("sign");
            (d, sig, id)
        })
        .collect();
    let payments: Vec<PaymentMessage> = (0..1024)
        .map(|i| PaymentMessage::sign(&domain, channel, i, &wallet, &comm).expect("sign payment"))
        .collect();
    let (payer, payer_key) = (wallet.address(), comm.address());
    let encoded: Vec<Vec<u8>> = (1..=1024)
        .map(|i| {
            PaymentMessage::sign(&domain, channel, i, &wallet, &comm)
                .expect("sign payment")
                .encode()
        })
        .collect();
    let terms = ChannelTerms::new(1, u32::MAX, 1, u64::MAX).expect("terms");
    let mut tracker = BalanceTracker::new(channel, &terms);
    let mut received = 0usize;

    let mut cases = [
        Case {
            name: "secp256k1 sign (k256)",
            what: "one RFC 6979 ECDSA signature of a 32-byte digest",
            op: Box::new(|i| {
                let d = digest(i);
                black_box(raw.sign_prehash_recoverable(d.as_slice()).expect("sign"));
            }),
        },
        Case {
            name: "secp256k1 recover (k256)",
            what: "recover the public key of one signature",
            op: Box::new(|i| {
                let (d, sig, id) = &signed[(i % 1024) as usize];
                black_box(
                    VerifyingKey::recover_from_prehash(d.as_slice(), sig, *id).expect("recover"),
                );
            }),
        },
        Case {
            name: "payment sign (paratii-protocol)",
            what: "`PaymentMessage::sign`: the wallet's `Payment` and the key's `SignedPayment` EIP-712 signatures",
            op: Box::new(|i| {
                black_box(
                    PaymentMessage::sign(&domain, channel, i, &wallet, &comm)
                        .expect("sign payment"),
                );
            }),
        },
        Case {
            name: "payment verify (paratii-protocol)",
            what: "`PaymentMessage::verify`: both digests, both signers recovered and compared",
            op: Box::new(|i| {
                let p = &payments[(i % 1024) as usize];
                p.verify(&domain, payer, payer_key).expect("verify");
                black_box(p);
            }),
        },
        Case {
            name: "payment receive (decode+verify+accept)",
            what: "what a payee does per message: JSON decode, `verify`, `BalanceTracker::accept`",
            // Its own counter: `i` is shared by every case and jumps between rounds, and a
            // tracker only accepts increasing balances, so it walks 1..=1024 and starts over.
            op: Box::new(|_| {
                let index = received % 1024;
                received += 1;
                if index == 0 {
                    tracker = BalanceTracker::new(channel, &terms);
                }
                let p = PaymentMessage::decode(&encoded[index]).expect("decode");
                p.verify(&domain, payer, payer_key).expect("verify");
                tracker.accept(p.channel, p.balance).expect("accept");
            }),
        },
    ];
    let rows = measure(&mut cases, duration);

    let sign_ratio = rows[2].per_second() / rows[0].per_second();
    let verify_ratio = rows[3].per_second() / rows[1].per_second();
    let mut md = String::new();
    md.push_str("# Protocol benchmark: payment messages per second on one core\n\n");
    md.push_str("Generated by `cargo run --release -p paratii-test-utils --example bench-protocol -- --out docs/BENCH-protocol.md`;\n");
    md.push_str(&format!(
        "every row ran on one thread of the same process; the rows took turns in {ROUNDS} rounds.\n\n"
    ));
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
        "\nA payment carries two signatures, so a two-signature message can run at most at about half \
         the raw rate: signing runs at {:.0}% of raw signing, verifying at {:.0}% of raw recovery. \
         Beyond the curve operations a payment costs two EIP-712 digests, `s` normalisation and, when \
         verifying, two address derivations (keccak256 of the recovered public key).\n",
        sign_ratio * 100.0,
        verify_ratio * 100.0
    ));
    println!("{md}");
    if let Some(path) = out {
        std::fs::write(&path, &md).unwrap_or_else(|e| panic!("writing {path}: {e}"));
        eprintln!("wrote {path}");
    }
}
