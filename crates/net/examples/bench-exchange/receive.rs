//! The publisher's receive path for one payment, on one core, against one raw libsecp256k1
//! verification on the same core in the same run: decode the key request (JSON), check that the
//! sending peer is the channel's bidder key, verify the wallet signature against the payer's known
//! key, check what the balance adds, and store it durably (the real channel store: payment log, then redb; group commit).
//!
//! The path runs on a single-threaded runtime; `CHANNELS` channels pay concurrently, as many
//! viewers do, so the store writes them together (its writer thread waits on fsync, which
//! costs no CPU of the path's core, and the path's core checks one half of the channels while
//! the other half's payments are committed).
//!
//! The two are measured in slices taken in turn, and each figure is the sum of its slices:
//! a raw verify alone moved by half between runs on this VM, and a figure of one against one of
//! the other from a few seconds apart gave that noise as the ratio. The ratio is also given as
//! the median of the slice pairs' ratios, which a slow moment falling on one slice of a pair
//! moves by one place in the order instead of by its whole weight.
//!
//! The store's writer thread works on the other core (encoding, the log write, redb): its CPU
//! time is read from `/proc` and reported per payment, and the path is also given per core
//! second of both threads, which is what a publisher that fills both cores gets.

use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256, Bytes, keccak256};
use alloy::signers::local::PrivateKeySigner;
use std::fmt::Write as _;

use eyre::{Result, WrapErr};
use paratii_net::address_of_peer;
use paratii_net::segments::SegmentSet;
use paratii_net::server::Role;
use paratii_net::server::store::{ChannelStore, StoredChannel};
use paratii_protocol::eip712::payment_channel_domain;
use paratii_protocol::{KeyRequestMessage, Sig, SigningKey, VerifyingKey};
use secp256k1::ecdsa::Signature;
use secp256k1::{Message, SECP256K1};

/// The name the store gives its writer thread.
const WRITER_THREAD: &str = "paratii-channel-store";
/// Channels paying at once.
const CHANNELS: usize = 256;
/// Segments per channel.
const SEGMENTS: u64 = 4096;
/// Payments signed ahead per channel: more than a run of the path takes (about 200 rounds of
/// all channels in 3 s here), fewer than `SEGMENTS`, whose signing alone took 100 s.
const ROUNDS: usize = 1024;

/// Payments (or verifications) per second.
pub struct Figures {
    /// Raw `secp256k1_ecdsa_verify` per second on one core.
    pub raw_verify: f64,
    /// The whole receive path per second on one core.
    pub path: f64,
    /// The median of the slice pairs' ratios of path to raw verify.
    pub median_ratio: f64,
    /// The store writer thread's CPU time per payment, if `/proc` tells it.
    pub writer_cpu_per_payment: Option<Duration>,
    /// How long raw verify and the path ran, together.
    pub seconds: f64,
}

impl Figures {
    /// Payments per second of CPU of the path's thread and the store's writer together.
    pub fn path_per_core_second(&self) -> Option<f64> {
        self.writer_cpu_per_payment
            .map(|w| 1.0 / (1.0 / self.path + w.as_secs_f64()))
    }

    /// The markdown section of these figures.
    pub fn write_section(&self, md: &mut String) -> std::fmt::Result {
        writeln!(md, "## Payments at the speed of the curve, one core")?;
        writeln!(md)?;
        writeln!(md, "| path | per second | of raw verify |")?;
        writeln!(md, "| --- | ---: | ---: |")?;
        writeln!(
            md,
            "| raw libsecp256k1 `verify` of one signature | {:.0} | 100 % |",
            self.raw_verify
        )?;
        writeln!(
            md,
            "| publisher receive path on its own core: decode the key request, check the peer (a PeerId compare after the channel's first payment), verify the wallet signature against the payer's key, check the balance, store it durably (the channel store: one synced payment-log append per group of waiting writes, then redb in large commits behind it, R31; {} concurrent channels, one half checked while the other half's append is on disk) | {:.0} | {:.0} % (median of the slice pairs: {:.0} %) |",
            CHANNELS,
            self.path,
            100.0 * self.path / self.raw_verify,
            100.0 * self.median_ratio
        )?;
        match (self.writer_cpu_per_payment, self.path_per_core_second()) {
            (Some(writer), Some(both)) => writeln!(
                md,
                "| the same per second of CPU of both threads: the path's and the store's writer ({:.1} µs of CPU per payment on the other core: encoding, the log write and its `fdatasync`, redb) | {:.0} | {:.0} % |",
                writer.as_secs_f64() * 1e6,
                both,
                100.0 * both / self.raw_verify
            )?,
            _ => writeln!(
                md,
                "| the same per second of CPU of both threads | (no `/proc` to read the writer's CPU time) | |"
            )?,
        }
        writeln!(md)?;
        writeln!(
            md,
            "Raw verify and path measured in {} slices of {:.1} s taken in turn; each figure is the sum of its slices. The path's thread is busy all along; the writer's thread works on the other core, or on the same one when the scheduler puts it there, which is what moves the one-core figure between runs (about 70 % or about 88 %, the same in every slice of a run). With both cores checking payments, as a loaded server's, the writer's CPU comes out of them: the last row is that case.",
            SLICES,
            self.seconds / f64::from(SLICES)
        )?;
        writeln!(md)?;
        Ok(())
    }
}

/// The threads of this process named `name` (the kernel keeps 15 bytes of a name), by id.
fn threads_named(name: &str) -> Vec<std::path::PathBuf> {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return Vec::new();
    };
    // A thread that ends while the tasks are listed is skipped.
    tasks
        .flatten()
        .map(|task| task.path())
        .filter(|dir| {
            std::fs::read_to_string(dir.join("comm"))
                .is_ok_and(|comm| name.starts_with(comm.trim_end()))
        })
        .collect()
}

/// The CPU time (user and system) a thread has used, from its `/proc` directory.
fn thread_cpu(task: &std::path::Path) -> Option<Duration> {
    // Clock ticks of /proc/<pid>/stat; 100 on every Linux this runs on (USER_HZ).
    const TICKS_PER_SECOND: u64 = 100;
    let stat = std::fs::read_to_string(task.join("stat")).ok()?;
    // Fields after the `(comm)`, which may hold spaces: state is the 3rd field, utime the 14th.
    let after = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after.split(' ').collect();
    let ticks = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 1000 / TICKS_PER_SECOND))
}

/// The median of `values` (not empty).
fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        f64::midpoint(values[mid - 1], values[mid])
    }
}

/// Raw verifications of one signature against one key, timed by slices.
struct RawVerify {
    signed: Vec<(Message, Signature)>,
    pk: secp256k1::PublicKey,
}

impl RawVerify {
    fn new() -> Self {
        let key = SigningKey::from_bytes(&[7u8; 32]).expect("key");
        let public =
            VerifyingKey::recover(&Sig::sign(&key, &B256::ZERO).expect("sign"), &B256::ZERO)
                .expect("recover");
        let signed = (0..1024u64)
            .map(|i| {
                let digest = keccak256(i.to_be_bytes());
                let sig = Sig::sign(&key, &digest).expect("sign");
                (
                    Message::from_digest(digest.0),
                    Signature::from_compact(&sig.as_bytes()[..64]).expect("compact"),
                )
            })
            .collect();
        let xy = public.uncompressed();
        let mut sec1 = [4u8; 65];
        sec1[1..].copy_from_slice(&xy);
        let pk = secp256k1::PublicKey::from_slice(&sec1).expect("public key");
        Self { signed, pk }
    }

    /// Verifications done in about `slice`, and the time they took.
    fn run_for(&self, slice: Duration) -> (u64, Duration) {
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < slice {
            for (m, s) in &self.signed {
                assert!(SECP256K1.verify_ecdsa(m, s, &self.pk).is_ok());
            }
            n += self.signed.len() as u64;
        }
        (n, start.elapsed())
    }
}

struct Payer {
    channel: B256,
    wallet: VerifyingKey,
    key: Address,
    peer: libp2p::PeerId,
    /// The peer its requests come from (noise-authenticated): its own.
    sent_by: libp2p::PeerId,
    requests: Vec<Vec<u8>>,
}

fn record(p: &Payer) -> StoredChannel {
    StoredChannel {
        id: p.channel,
        role: Role::Content,
        channel: Bytes::new(),
        payer: p.wallet.address(),
        payer_public_key: Bytes::copy_from_slice(&p.wallet.uncompressed()),
        payer_key: p.key,
        cid: "bench".into(),
        format: "240p30".into(),
        total: SEGMENTS,
        delivered: SegmentSet::new(SEGMENTS).words().to_vec(),
        balance: 0,
        signature: None,
        last_request: None,
        last_delivered: Vec::new(),
        last_keys: true,
        previous: None,
        cashed: 0,
        closed: false,
    }
}

/// A payment on its way to disk.
type Stored = std::pin::Pin<Box<dyn std::future::Future<Output = paratii_net::Result<()>> + Send>>;

/// Slices of each, in turn, in one run: a slow moment of this VM (single runs of a raw verify
/// went from 14,000 to 27,000 a second) then falls on both.
pub const SLICES: u32 = 30;

/// Measures for about `seconds` each, in [`SLICES`] slices taken in turn.
pub async fn measure(seconds: f64) -> Result<Figures> {
    let raw = RawVerify::new();
    let domain = payment_channel_domain(31337, Address::repeat_byte(0xcc));
    let payers: Vec<Payer> = (0..CHANNELS)
        .map(|c| {
            let wallet_key = PrivateKeySigner::random();
            let comm = PrivateKeySigner::random();
            let wallet = SigningKey::from_bytes(&wallet_key.to_bytes().0).expect("key");
            let fast_comm = SigningKey::from_bytes(&comm.to_bytes().0).expect("key");
            let channel = keccak256(format!("bench channel {c}"));
            let requests = (0..ROUNDS as u64)
                .map(|i| {
                    KeyRequestMessage::sign(&domain, channel, i + 1, vec![i], &wallet, &fast_comm)
                        .expect("sign")
                        .encode()
                })
                .collect();
            Payer {
                channel,
                wallet: VerifyingKey::recover(
                    &Sig::sign(&wallet, &B256::ZERO).expect("sign"),
                    &B256::ZERO,
                )
                .expect("recover"),
                key: comm.address(),
                peer: paratii_keys::peer_id(&comm.public_key()).expect("peer id"),
                sent_by: paratii_keys::peer_id(&comm.public_key()).expect("peer id"),
                requests,
            }
        })
        .collect();
    let dir = tempfile::tempdir()?;
    let writers_before = threads_named(WRITER_THREAD);
    let store = ChannelStore::open(dir.path().join("channels.redb"))?;
    // This store's writer: the one thread of its name that was not there before (other stores
    // of this process may be open). A new thread names itself once it runs: wait for it a little.
    let mut writer = None;
    for _ in 0..100 {
        if let [one] = threads_named(WRITER_THREAD)
            .into_iter()
            .filter(|t| !writers_before.contains(t))
            .collect::<Vec<_>>()
            .as_slice()
        {
            writer = Some(one.clone());
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    // Awaited on the bench's own runtime: the store's group commit runs on it. The channels pay in
    // two halves: while one half's payments are being committed, the core checks the other
    // half's, as a server's core checks other channels' payments while one channel's is on its
    // way to disk. A channel still has one payment at a time in flight: its next is checked only
    // once its last is stored, as its pay lock makes a server wait.
    let mut records: Vec<StoredChannel> = payers.iter().map(record).collect();
    let half = CHANNELS / 2;
    let mut pending: [Vec<Stored>; 2] = [Vec::new(), Vec::new()];
    let mut round = 0usize;
    let slice = Duration::from_secs_f64(seconds / f64::from(SLICES));
    let (mut verified, mut verifying) = (0u64, Duration::ZERO);
    let (mut paid, mut paying) = (0u64, Duration::ZERO);
    let mut ratios = Vec::with_capacity(SLICES as usize);
    let writer_before = writer.as_deref().and_then(thread_cpu);
    for _ in 0..SLICES {
        let (n, took) = raw.run_for(slice);
        verified += n;
        verifying += took;
        let raw_rate = n as f64 / took.as_secs_f64();
        let paid_before = paid;
        let start = Instant::now();
        while start.elapsed() < slice && round < ROUNDS {
            for (h, waiting) in pending.iter_mut().enumerate() {
                for w in waiting.drain(..) {
                    w.await.expect("stored");
                }
                let channels = h * half..(h + 1) * half;
                for (payer, record) in payers[channels.clone()]
                    .iter()
                    .zip(records[channels].iter_mut())
                {
                    let msg = KeyRequestMessage::decode(&payer.requests[round]).expect("decode");
                    // As the server's `ChannelEntry::paid_by`: the peer's key is decoded at the
                    // channel's first payment, later ones compare PeerIds.
                    if round == 0 {
                        assert_eq!(address_of_peer(&payer.peer), Some(payer.key));
                    } else {
                        assert_eq!(std::hint::black_box(&payer.sent_by), &payer.peer);
                    }
                    msg.verify_wallet(&domain, &payer.wallet).expect("verify");
                    let range =
                        paratii_protocol::balance_increase(record.balance, msg.balance, SEGMENTS)
                            .expect("increase");
                    let mut set = SegmentSet::from_words(SEGMENTS, &record.delivered);
                    for i in range {
                        set.insert(i);
                    }
                    record.delivered = set.words().to_vec();
                    record.balance = msg.balance;
                    record.signature =
                        Some(Bytes::copy_from_slice(msg.wallet_signature.as_bytes()));
                    record.last_request = Some(Bytes::copy_from_slice(&payer.requests[round]));
                    waiting.push(Box::pin(store.enqueue(record.clone(), None)));
                }
            }
            paid += CHANNELS as u64;
            round += 1;
        }
        // A slice ends once its payments are stored: its writer does not run into the raw
        // slice after it.
        for w in pending.iter_mut().flat_map(|p| p.drain(..)) {
            w.await.expect("stored");
        }
        let took = start.elapsed();
        paying += took;
        if paid > paid_before {
            ratios.push((paid - paid_before) as f64 / took.as_secs_f64() / raw_rate);
        }
    }
    let writer_cpu_per_payment = writer
        .as_deref()
        .and_then(thread_cpu)
        .zip(writer_before)
        .map(|(after, before)| {
            after.saturating_sub(before) / u32::try_from(paid).unwrap_or(u32::MAX)
        });
    Ok(Figures {
        raw_verify: verified as f64 / verifying.as_secs_f64(),
        path: paid as f64 / paying.as_secs_f64(),
        median_ratio: median(&mut ratios),
        writer_cpu_per_payment,
        seconds,
    })
}

/// `--receive-only`: the receive path against a raw verify, `runs` times, one line each.
pub async fn only(runs: u32, out: Option<&std::path::Path>) -> Result<()> {
    let mut lines = String::new();
    for run in 1..=runs {
        let f = measure(3.0).await.wrap_err("receive path")?;
        let line = format!(
            "run {run}: raw verify {:.0}/s, receive path {:.0}/s, {:.0} % (median of slice pairs {:.0} %); store writer {} per payment, path per core second of both threads {}",
            f.raw_verify,
            f.path,
            100.0 * f.path / f.raw_verify,
            100.0 * f.median_ratio,
            f.writer_cpu_per_payment.map_or_else(
                || "n/a".to_owned(),
                |w| format!("{:.1} µs", w.as_secs_f64() * 1e6)
            ),
            f.path_per_core_second().map_or_else(
                || "n/a".to_owned(),
                |p| format!("{p:.0}/s, {:.0} %", 100.0 * p / f.raw_verify)
            ),
        );
        println!("{line}");
        writeln!(lines, "{line}")?;
    }
    if let Some(out) = out {
        std::fs::write(out, lines)?;
    }
    Ok(())
}
