//! The publisher's receive path for one payment, on one core, against one raw libsecp256k1
//! verification on the same core in the same run: decode the key request (JSON), check that the
//! sending peer is the channel's bidder key, verify the wallet signature against the payer's known
//! key, check what the balance adds, and store it durably (the real channel store: payment log, then redb; group commit).
//!
//! The path runs on a single-threaded runtime; `CHANNELS` channels pay concurrently, as many
//! viewers do, so the store writes them together (its writer thread waits on fsync, which
//! costs no CPU of the path's core, and the path's core checks one half of the channels while
//! the other half's payments are committed).

use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256, Bytes, keccak256};
use alloy::signers::local::PrivateKeySigner;
use eyre::Result;
use paratii_net::address_of_peer;
use paratii_net::segments::SegmentSet;
use paratii_net::server::Role;
use paratii_net::server::store::{ChannelStore, StoredChannel};
use paratii_protocol::eip712::payment_channel_domain;
use paratii_protocol::{KeyRequestMessage, Sig, SigningKey, VerifyingKey};
use secp256k1::ecdsa::Signature;
use secp256k1::{Message, SECP256K1};

/// Channels paying at once.
const CHANNELS: usize = 256;
/// Segments per channel (payments per channel in one run).
const SEGMENTS: u64 = 4096;

/// Payments (or verifications) per second.
pub struct Figures {
    /// Raw `secp256k1_ecdsa_verify` per second on one core.
    pub raw_verify: f64,
    /// The whole receive path per second on one core.
    pub path: f64,
}

fn raw_verify(seconds: f64) -> f64 {
    let key = SigningKey::from_bytes(&[7u8; 32]).expect("key");
    let public = VerifyingKey::recover(&Sig::sign(&key, &B256::ZERO).expect("sign"), &B256::ZERO)
        .expect("recover");
    let signed: Vec<(Message, Signature)> = (0..1024u64)
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
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed().as_secs_f64() < seconds {
        for (m, s) in &signed {
            assert!(SECP256K1.verify_ecdsa(m, s, &pk).is_ok());
        }
        n += signed.len() as u64;
    }
    n as f64 / start.elapsed().as_secs_f64()
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

/// Measures for about `seconds` each.
pub async fn measure(seconds: f64) -> Result<Figures> {
    let raw = raw_verify(seconds);
    let domain = payment_channel_domain(31337, Address::repeat_byte(0xcc));
    let payers: Vec<Payer> = (0..CHANNELS)
        .map(|c| {
            let wallet_key = PrivateKeySigner::random();
            let comm = PrivateKeySigner::random();
            let wallet = SigningKey::from_bytes(&wallet_key.to_bytes().0).expect("key");
            let fast_comm = SigningKey::from_bytes(&comm.to_bytes().0).expect("key");
            let channel = keccak256(format!("bench channel {c}"));
            let requests = (0..SEGMENTS)
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
    let store = ChannelStore::open(dir.path().join("channels.redb"))?;
    // Awaited on the bench's own runtime: the store's group commit runs on it. The channels pay in
    // two halves: while one half's payments are being committed, the core checks the other
    // half's, as a server's core checks other channels' payments while one channel's is on its
    // way to disk. A channel still has one payment at a time in flight: its next is checked only
    // once its last is stored, as its pay lock makes a server wait.
    let path = async {
        let mut records: Vec<StoredChannel> = payers.iter().map(record).collect();
        let half = CHANNELS / 2;
        let mut pending: [Vec<Stored>; 2] = [Vec::new(), Vec::new()];
        let start = Instant::now();
        let mut done = 0u64;
        let mut round = 0usize;
        while start.elapsed() < Duration::from_secs_f64(seconds) && round < SEGMENTS as usize {
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
            done += CHANNELS as u64;
            round += 1;
        }
        for w in pending.into_iter().flatten() {
            w.await.expect("stored");
        }
        done as f64 / start.elapsed().as_secs_f64()
    }
    .await;
    Ok(Figures {
        raw_verify: raw,
        path,
    })
}
