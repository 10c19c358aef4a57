//! The EIP-712 test vectors shared with the Solidity side (`test-sol/vectors/eip712.json`).
//!
//! Included by `examples/gen-vectors.rs` (which writes the file) and by `tests/vectors.rs` (which
//! checks the committed file is what this code produces).

use std::collections::BTreeMap;
use std::path::PathBuf;

use alloy_primitives::{Address, B256, Bytes, U256, address, b256, hex, keccak256};
use alloy_signer_local::PrivateKeySigner;
use alloy_sol_types::SolStruct;
use paratii_protocol::eip712::{self, Eip712Domain};
use paratii_protocol::ownership::sign_key_ownership;
use paratii_protocol::{
    AttentionDeliveryMessage, BidTerms, PaymentMessage, SegmentDeliveryMessage,
    SegmentRequestMessage, Sig,
};
use serde_json::{Value, json};

/// Where the committed vectors live.
pub fn vectors_path() -> PathBuf {
    // At run time: a test binary reused from another checkout would name that one.
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("../../test-sol/vectors/eip712.json")
}

/// The chain id of every vector (anvil's default).
pub const CHAIN_ID: u64 = 31337;

/// Anvil's account 0, the deployer in the vectors' address assumptions.
const DEPLOYER: Address = address!("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

struct Key {
    name: &'static str,
    signer: PrivateKeySigner,
}

impl Key {
    fn from_hex(name: &'static str, pk: B256) -> Self {
        Self {
            name,
            signer: PrivateKeySigner::from_bytes(&pk).expect("valid private key"),
        }
    }
    /// A communication key: its private key is keccak256 of a label.
    fn labelled(name: &'static str) -> Self {
        Self::from_hex(name, keccak256(format!("paratii test vectors: {name}")))
    }
    fn address(&self) -> Address {
        self.signer.address()
    }
    fn json(&self) -> Value {
        json!({
            "name": self.name,
            "privateKey": self.signer.to_bytes().to_string(),
            "address": self.address().to_checksum(None),
            "publicKey": self.signer.public_key().to_string(),
        })
    }
}

fn sig_json(sig: &Sig) -> String {
    sig.to_hex()
}

fn addr(a: Address) -> String {
    a.to_checksum(None)
}

fn string(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("messages are UTF-8 JSON")
}

/// Produces the vectors document.
pub fn generate() -> Value {
    // Wallets are anvil's accounts 1..=3 (funded on a dev chain); communication keys are derived from labels.
    let viewer_wallet = Key::from_hex(
        "viewerWallet",
        b256!("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"),
    );
    let publisher_wallet = Key::from_hex(
        "publisherWallet",
        b256!("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"),
    );
    let advertiser_wallet = Key::from_hex(
        "advertiserWallet",
        b256!("0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"),
    );
    let viewer_key = Key::labelled("viewerKey");
    let publisher_key = Key::labelled("publisherKey");
    let advertiser_key = Key::labelled("advertiserKey");

    // Where anvil's account 0 puts its 2nd and 4th contracts (PTI, UserRegistry, VideoRegistry,
    // PaymentChannel deployed in that order from nonce 0).
    let user_registry = DEPLOYER.create(1);
    let payment_channel = DEPLOYER.create(3);
    let ur = eip712::user_registry_domain(CHAIN_ID, user_registry);
    let pc = eip712::payment_channel_domain(CHAIN_ID, payment_channel);

    let keys: Vec<Value> = [
        &viewer_wallet,
        &publisher_wallet,
        &advertiser_wallet,
        &viewer_key,
        &publisher_key,
        &advertiser_key,
    ]
    .iter()
    .map(|k| k.json())
    .collect();

    // KeyOwnership.
    let key_ownership: Vec<Value> = [
        (&viewer_key, &viewer_wallet),
        (&publisher_key, &publisher_wallet),
        (&advertiser_key, &advertiser_wallet),
    ]
    .iter()
    .map(|(key, wallet)| {
        let st = eip712::KeyOwnership {
            wallet: wallet.address(),
        };
        let sig = sign_key_ownership(&ur, wallet.address(), &key.signer).expect("sign");
        let digest = st.eip712_signing_hash(&ur);
        json!({
            "key": addr(key.address()),
            "publicKey": key.signer.public_key().to_string(),
            "wallet": addr(wallet.address()),
            "structHash": st.eip712_hash_struct().to_string(),
            "digest": digest.to_string(),
            "signature": sig_json(&sig),
            "signer": addr(sig.recover(&digest).expect("recover")),
        })
    })
    .collect();

    // Bids.
    let content = BidTerms {
        nonce: B256::ZERO,
        rate: 1_000_000_000_000_000,
        expiration: 1_900_000_000,
        cid: "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".into(),
        format: "720p30".into(),
        bidder_key: viewer_key.address(),
        counterparty_key: publisher_key.address(),
    };
    let content_channel = content.digest(&pc);
    let follow_up = BidTerms {
        nonce: keccak256("paratii test vectors: a previous channel"),
        rate: 1,
        expiration: 1_900_000_600,
        cid: "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG".into(),
        format: "1080p60".into(),
        bidder_key: viewer_key.address(),
        counterparty_key: publisher_key.address(),
    };
    let attention = BidTerms {
        nonce: B256::ZERO,
        rate: 500_000_000_000_000,
        expiration: 1_900_000_000,
        cid: "bafybeihkoviema7g3gxyt6la7vd5ho32ictqbilu3wnlo3rs7ewhnp7lly".into(),
        format: "480p30".into(),
        bidder_key: advertiser_key.address(),
        counterparty_key: viewer_key.address(),
    };
    let attention_channel = attention.digest(&pc);
    let extremes = BidTerms {
        nonce: B256::repeat_byte(0xff),
        rate: u128::MAX,
        expiration: u64::MAX,
        cid: "bafy-ünïcødé-✓".into(),
        format: "abcdefghijklmnopqrstuvwxyz01234".into(),
        bidder_key: viewer_key.address(),
        counterparty_key: advertiser_key.address(),
    };
    let bids: Vec<Value> = [
        ("content", content, &viewer_wallet, &viewer_key),
        (
            "content, non-zero nonce",
            follow_up,
            &viewer_wallet,
            &viewer_key,
        ),
        ("attention", attention, &advertiser_wallet, &advertiser_key),
        ("extreme values", extremes, &viewer_wallet, &viewer_key),
    ]
    .into_iter()
    .map(|(name, terms, wallet, key)| {
        let bid = terms.to_eip712();
        let message = terms
            .clone()
            .sign(&pc, &wallet.signer, &key.signer)
            .expect("sign");
        let digest = bid.digest(&pc);
        let signed = message.to_eip712();
        let signed_digest = signed.eip712_signing_hash(&pc);
        json!({
            "name": name,
            "nonce": terms.nonce.to_string(),
            "rate": terms.rate.to_string(),
            "expiration": terms.expiration.to_string(),
            "cid": terms.cid,
            "video": terms.video().to_string(),
            "format": terms.format,
            "formatHash": terms.format_hash().to_string(),
            "bidderKey": addr(terms.bidder_key),
            "counterpartyKey": addr(terms.counterparty_key),
            "structHash": bid.eip712_hash_struct().to_string(),
            "digest": digest.to_string(),
            "walletSignature": sig_json(&message.wallet_signature),
            "walletSigner": addr(message.wallet_signature.recover(&digest).expect("recover")),
            "signedBidStructHash": signed.eip712_hash_struct().to_string(),
            "signedBidDigest": signed_digest.to_string(),
            "bidderSignature": sig_json(&message.signature),
            "bidderSigner": addr(message.signature.recover(&signed_digest).expect("recover")),
            "message": string(message.encode()),
        })
    })
    .collect();

    // Payments (on-chain part: the wallet signature), including a balance beyond u64.
    let payments: Vec<Value> = [
        (content_channel, U256::ZERO, &viewer_wallet),
        (content_channel, U256::from(1), &viewer_wallet),
        (content_channel, U256::from(10), &viewer_wallet),
        (attention_channel, U256::from(7), &advertiser_wallet),
        (B256::repeat_byte(0xee), U256::MAX, &viewer_wallet),
    ]
    .into_iter()
    .map(|(channel, balance, wallet)| {
        let st = eip712::Payment { channel, balance };
        let digest = st.eip712_signing_hash(&pc);
        let sig = Sig::sign(&wallet.signer, &digest).expect("sign");
        json!({
            "channel": channel.to_string(),
            "balance": balance.to_string(),
            "structHash": st.eip712_hash_struct().to_string(),
            "digest": digest.to_string(),
            "signature": sig_json(&sig),
            "signer": addr(sig.recover(&digest).expect("recover")),
            "highSSignature": hex::encode_prefixed(sig.high_s_twin()),
        })
    })
    .collect();

    json!({
        "comment": "Generated by `cargo run -p paratii-protocol --example gen-vectors`; do not edit. \
                    Checked by crates/protocol/tests/vectors.rs and test-sol/Vectors.t.sol. \
                    All integers except chainId are decimal strings; bytes are 0x-hex; addresses are checksummed.",
        "chainId": CHAIN_ID,
        "deployer": addr(DEPLOYER),
        "userRegistry": addr(user_registry),
        "paymentChannel": addr(payment_channel),
        "domain": {
            "name": eip712::DOMAIN_NAME,
            "version": eip712::DOMAIN_VERSION,
            "typeString": eip712::DOMAIN_TYPE,
            "typeHash": keccak256(eip712::DOMAIN_TYPE).to_string(),
            "userRegistrySeparator": ur.separator().to_string(),
            "paymentChannelSeparator": pc.separator().to_string(),
        },
        "types": type_entries(&[
            ("KeyOwnership", eip712::KEY_OWNERSHIP_TYPE),
            ("Bid", eip712::BID_TYPE),
            ("SignedBid", eip712::SIGNED_BID_TYPE),
            ("Payment", eip712::PAYMENT_TYPE),
        ]),
        "keys": keys,
        "keyOwnership": key_ownership,
        "bids": bids,
        "payments": payments,
        "offChain": off_chain(&pc, content_channel, attention_channel, &viewer_wallet, &viewer_key, &publisher_key, &advertiser_wallet, &advertiser_key),
    })
}

fn type_entries(types: &[(&str, &str)]) -> Value {
    Value::Object(
        types
            .iter()
            .map(|(name, s)| {
                (
                    name.to_string(),
                    json!({ "typeString": s, "typeHash": keccak256(s).to_string() }),
                )
            })
            .collect(),
    )
}

/// Off-chain messages: no contract checks these; they pin the wire form and the communication-key
/// digests for other implementations.
#[allow(clippy::too_many_arguments)]
fn off_chain(
    pc: &Eip712Domain,
    content_channel: B256,
    attention_channel: B256,
    viewer_wallet: &Key,
    viewer_key: &Key,
    publisher_key: &Key,
    advertiser_wallet: &Key,
    advertiser_key: &Key,
) -> Value {
    let segments = BTreeMap::from([
        (0u64, Bytes::from_static(b"segment 0")),
        (1, Bytes::from_static(b"segment 1")),
        (2, Bytes::from_static(b"")),
    ]);

    let payment = PaymentMessage::sign(
        pc,
        content_channel,
        3,
        &viewer_wallet.signer,
        &viewer_key.signer,
    )
    .expect("sign");
    let delivery =
        SegmentDeliveryMessage::sign(pc, content_channel, segments.clone(), &publisher_key.signer)
            .expect("sign");
    let attention = AttentionDeliveryMessage::sign(
        pc,
        attention_channel,
        segments,
        3,
        &advertiser_wallet.signer,
        &advertiser_key.signer,
    )
    .expect("sign");
    let request = SegmentRequestMessage::sign(
        pc,
        attention_channel,
        5,
        attention.receipts(),
        &viewer_key.signer,
    )
    .expect("sign");

    json!({
        "types": type_entries(&[
            ("SignedPayment", eip712::SIGNED_PAYMENT_TYPE),
            ("SegmentDelivery", eip712::SEGMENT_DELIVERY_TYPE),
            ("SegmentRequest", eip712::SEGMENT_REQUEST_TYPE),
            ("AttentionDelivery", eip712::ATTENTION_DELIVERY_TYPE),
        ]),
        "messages": [
            {
                "name": "payment",
                "message": string(payment.encode()),
                "walletDigest": payment.wallet_digest(pc).to_string(),
                "walletSigner": addr(viewer_wallet.address()),
                "digest": payment.signed_digest(pc).to_string(),
                "signer": addr(viewer_key.address()),
            },
            {
                "name": "segment-delivery",
                "message": string(delivery.encode()),
                "digest": delivery.digest(pc).to_string(),
                "signer": addr(publisher_key.address()),
            },
            {
                "name": "segment-request",
                "message": string(request.encode()),
                "digest": request.digest(pc).to_string(),
                "signer": addr(viewer_key.address()),
            },
            {
                "name": "attention-delivery",
                "message": string(attention.encode()),
                "walletDigest": attention.wallet_digest(pc).to_string(),
                "walletSigner": addr(advertiser_wallet.address()),
                "digest": attention.digest(pc).to_string(),
                "signer": addr(advertiser_key.address()),
            },
        ],
    })
}

/// The document as written to disk: pretty JSON with a trailing newline.
pub fn render() -> String {
    let mut s = serde_json::to_string_pretty(&generate()).expect("serialise");
    s.push('\n');
    s
}
