//! EIP-712 domains and struct types, byte for byte as the Solidity contracts define them.
//!
//! On-chain types (checked by the contracts, and by the forge test against the committed vectors):
//!
//! | type | signed by | domain | type string |
//! | --- | --- | --- | --- |
//! | [`KeyOwnership`] | the communication key being registered | `UserRegistry` | [`KEY_OWNERSHIP_TYPE`] |
//! | [`Bid`] | the payer's wallet; the digest is the channel id | `PaymentChannel` | [`BID_TYPE`] |
//! | [`SignedBid`] | the bidder's communication key | `PaymentChannel` | [`SIGNED_BID_TYPE`] |
//! | [`Payment`] | the payer's wallet | `PaymentChannel` | [`PAYMENT_TYPE`] |
//!
//! Off-chain types (only ever checked by peers, all under the `PaymentChannel` domain, all signed by
//! a communication key): [`SignedPayment`], [`KeyRequest`], [`SegmentDelivery`], [`SegmentRequest`],
//! [`AttentionDelivery`].
//!
//! Both domains are `EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)`
//! with name [`DOMAIN_NAME`] and version [`DOMAIN_VERSION`].

use alloy_primitives::Bytes;
pub use alloy_primitives::{Address, B256, U256, keccak256};
pub use alloy_sol_types::{Eip712Domain, SolStruct};

/// The `name` of both EIP-712 domains.
pub const DOMAIN_NAME: &str = "Paratii";
/// The `version` of both EIP-712 domains.
pub const DOMAIN_VERSION: &str = "1";
/// The EIP-712 domain type string.
pub const DOMAIN_TYPE: &str =
    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";

/// `KeyOwnership` type string (on chain, `UserRegistry`).
pub const KEY_OWNERSHIP_TYPE: &str = "KeyOwnership(address wallet)";
/// `Bid` type string (on chain, `PaymentChannel`).
pub const BID_TYPE: &str = "Bid(bytes32 nonce,uint128 rate,uint64 expiration,bytes32 video,string format,address bidderKey,address counterpartyKey)";
/// `SignedBid` type string (on chain, `PaymentChannel`).
pub const SIGNED_BID_TYPE: &str = "SignedBid(Bid bid,bytes walletSignature)Bid(bytes32 nonce,uint128 rate,uint64 expiration,bytes32 video,string format,address bidderKey,address counterpartyKey)";
/// `Payment` type string (on chain, `PaymentChannel`).
pub const PAYMENT_TYPE: &str = "Payment(bytes32 channel,uint256 balance)";
/// `SignedPayment` type string (off chain).
pub const SIGNED_PAYMENT_TYPE: &str =
    "SignedPayment(Payment payment,bytes walletSignature)Payment(bytes32 channel,uint256 balance)";
/// `KeyRequest` type string (off chain).
pub const KEY_REQUEST_TYPE: &str = "KeyRequest(Payment payment,bytes walletSignature,uint64[] segments)Payment(bytes32 channel,uint256 balance)";
/// `SegmentDelivery` type string (off chain).
pub const SEGMENT_DELIVERY_TYPE: &str =
    "SegmentDelivery(bytes32 channel,uint64[] indices,bytes32[] hashes)";
/// `SegmentRequest` type string (off chain).
pub const SEGMENT_REQUEST_TYPE: &str = "SegmentRequest(bytes32 channel,uint64 segment,uint64[] receiptIndices,bytes32[] receiptHashes)";
/// `AttentionDelivery` type string (off chain).
pub const ATTENTION_DELIVERY_TYPE: &str = "AttentionDelivery(bytes32 channel,uint64[] indices,bytes32[] hashes,uint256 balance,bytes walletSignature)";

alloy_sol_types::sol! {
    /// Proof of possession: the communication key signs this to be registered for `wallet`.
    #[derive(Debug, PartialEq, Eq)]
    struct KeyOwnership {
        address wallet;
    }

    /// A bid. The payer's wallet signs its digest, which is also the id of the channel it opens.
    #[derive(Debug, PartialEq, Eq)]
    struct Bid {
        bytes32 nonce;
        uint128 rate;
        uint64 expiration;
        bytes32 video;
        string format;
        address bidderKey;
        address counterpartyKey;
    }

    /// A bid together with its wallet signature; the bidder's communication key signs this.
    #[derive(Debug, PartialEq, Eq)]
    struct SignedBid {
        Bid bid;
        bytes walletSignature;
    }

    /// A cumulative payment: `balance` segments paid in total on `channel`. The payer's wallet signs it.
    #[derive(Debug, PartialEq, Eq)]
    struct Payment {
        bytes32 channel;
        uint256 balance;
    }

    /// Off chain: a payment together with its wallet signature; the payer's communication key signs this.
    #[derive(Debug, PartialEq, Eq)]
    struct SignedPayment {
        Payment payment;
        bytes walletSignature;
    }

    /// Off chain (keys delivery): a payment together with its wallet signature and the segments
    /// whose keys it buys (strictly ascending); the payer's communication key signs it.
    #[derive(Debug, PartialEq, Eq)]
    struct KeyRequest {
        Payment payment;
        bytes walletSignature;
        uint64[] segments;
    }

    /// Off chain: the segments the sender delivers, as parallel arrays of indices (strictly
    /// ascending) and keccak256 hashes of the segment bytes. The sender's communication key signs it.
    #[derive(Debug, PartialEq, Eq)]
    struct SegmentDelivery {
        bytes32 channel;
        uint64[] indices;
        bytes32[] hashes;
    }

    /// Off chain (attention): the viewer asks for segments up to `segment` and shows receipts
    /// (indices strictly ascending, keccak256 of the bytes received). The viewer's communication key signs it.
    #[derive(Debug, PartialEq, Eq)]
    struct SegmentRequest {
        bytes32 channel;
        uint64 segment;
        uint64[] receiptIndices;
        bytes32[] receiptHashes;
    }

    /// Off chain (attention): segments delivered with a payment. The payer's wallet signs the
    /// `Payment(channel, balance)`; the payer's communication key signs this.
    #[derive(Debug, PartialEq, Eq)]
    struct AttentionDelivery {
        bytes32 channel;
        uint64[] indices;
        bytes32[] hashes;
        uint256 balance;
        bytes walletSignature;
    }
}

/// The EIP-712 domain of a Paratii contract (`PaymentChannel` or `UserRegistry`).
pub fn domain(chain_id: u64, verifying_contract: Address) -> Eip712Domain {
    Eip712Domain::new(
        Some(DOMAIN_NAME.into()),
        Some(DOMAIN_VERSION.into()),
        Some(U256::from(chain_id)),
        Some(verifying_contract),
        None,
    )
}

/// The `PaymentChannel` domain: bids, payments and every off-chain message.
pub fn payment_channel_domain(chain_id: u64, payment_channel: Address) -> Eip712Domain {
    domain(chain_id, payment_channel)
}

/// The `UserRegistry` domain: proofs of possession of communication keys.
pub fn user_registry_domain(chain_id: u64, user_registry: Address) -> Eip712Domain {
    domain(chain_id, user_registry)
}

/// A video's id: `keccak256(bytes(directoryCid))`.
pub fn video_id(cid: &str) -> B256 {
    keccak256(cid.as_bytes())
}

/// The commitment `VideoRegistry.register(video, salt)` reveals (R22):
/// `keccak256(abi.encode(string cid, address publisher, address ownerKey, bytes32 salt))`.
/// Computed here, never asked of a node: the node would learn the CID before the commit.
pub fn video_commitment(cid: &str, publisher: Address, owner_key: Address, salt: B256) -> B256 {
    use alloy_sol_types::SolValue;
    keccak256((cid.to_owned(), publisher, owner_key, salt).abi_encode_params())
}

/// A format as the chain refers to it: `keccak256(bytes(formatName))`.
pub fn format_hash(format: &str) -> B256 {
    keccak256(format.as_bytes())
}

/// A segment's hash, as signed in deliveries and shown in receipts: `keccak256(data)`.
pub fn segment_hash(data: &[u8]) -> B256 {
    keccak256(data)
}

/// The digest a communication key signs to prove possession for `wallet` (`UserRegistry.keyOwnershipDigest`).
pub fn key_ownership_digest(user_registry: &Eip712Domain, wallet: Address) -> B256 {
    KeyOwnership { wallet }.eip712_signing_hash(user_registry)
}

/// The digest of a payment (`PaymentChannel.paymentDigest`): `Payment`'s
/// `eip712_signing_hash`, with the domain separator and the type hash computed once rather than
/// at every payment. The publisher computes one per payment it checks, and alloy's
/// `eip712_signing_hash` hashes the domain again each time: seven keccak-256 and four allocations
/// where two keccak-256 do.
pub fn payment_digest(payment_channel: &Eip712Domain, channel: B256, balance: U256) -> B256 {
    static PAYMENT_TYPE_HASH: std::sync::LazyLock<B256> =
        std::sync::LazyLock::new(|| keccak256(PAYMENT_TYPE));
    let mut data = [0u8; 96];
    data[..32].copy_from_slice(PAYMENT_TYPE_HASH.as_slice());
    data[32..64].copy_from_slice(channel.as_slice());
    data[64..].copy_from_slice(&balance.to_be_bytes::<32>());
    let mut digest = [0u8; 66];
    digest[..2].copy_from_slice(&[0x19, 0x01]);
    digest[2..34].copy_from_slice(separator(payment_channel).as_slice());
    digest[34..].copy_from_slice(keccak256(data).as_slice());
    keccak256(digest)
}

/// `domain`'s separator, kept per thread for the last domain asked: a process works under one
/// `PaymentChannel` domain, and comparing it costs less than hashing it.
fn separator(domain: &Eip712Domain) -> B256 {
    thread_local! {
        static LAST: std::cell::RefCell<Option<(Eip712Domain, B256)>> =
            const { std::cell::RefCell::new(None) };
    }
    LAST.with_borrow_mut(|last| match last {
        Some((d, separator)) if d == domain => *separator,
        _ => {
            let separator = domain.separator();
            *last = Some((domain.clone(), separator));
            separator
        }
    })
}

impl Bid {
    /// The bid digest (`PaymentChannel.bidDigest`): what the wallet signs, and the channel id.
    pub fn digest(&self, payment_channel: &Eip712Domain) -> B256 {
        self.eip712_signing_hash(payment_channel)
    }

    /// The digest the bidder key signs (`PaymentChannel.signedBidDigest`).
    pub fn signed_digest(&self, payment_channel: &Eip712Domain, wallet_signature: &[u8]) -> B256 {
        SignedBid {
            bid: self.clone(),
            walletSignature: Bytes::copy_from_slice(wallet_signature),
        }
        .eip712_signing_hash(payment_channel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy_primitives::{address, b256};

    fn word_u(v: u64) -> [u8; 32] {
        U256::from(v).to_be_bytes::<32>()
    }
    fn word_a(a: Address) -> [u8; 32] {
        a.into_word().0
    }
    fn hash_words(words: &[[u8; 32]]) -> B256 {
        keccak256(words.concat())
    }

    /// The cached payment digest against alloy's own `eip712_signing_hash`, under domains that
    /// change from call to call (the cache must follow) and balances up to `U256::MAX`.
    #[test]
    fn the_payment_digest_is_alloys_signing_hash_under_any_domain() {
        let domains: Vec<Eip712Domain> = (0..4u8)
            .map(|i| payment_channel_domain(31337 + u64::from(i % 2), Address::repeat_byte(i)))
            .chain([Eip712Domain::new(
                Some("Other".into()),
                None,
                None,
                Some(Address::repeat_byte(9)),
                Some(B256::repeat_byte(1)),
            )])
            .collect();
        let zero = Payment {
            channel: B256::ZERO,
            balance: U256::ZERO,
        };
        assert_eq!(keccak256(PAYMENT_TYPE), zero.eip712_type_hash());
        for i in 0..200u64 {
            let domain = &domains[(i * 7 % 5) as usize];
            let channel = keccak256(i.to_be_bytes());
            let balance = match i % 3 {
                0 => U256::from(i),
                1 => U256::MAX - U256::from(i),
                _ => U256::from_be_bytes(keccak256(channel).0),
            };
            assert_eq!(
                payment_digest(domain, channel, balance),
                Payment { channel, balance }.eip712_signing_hash(domain),
                "payment {i}"
            );
        }
    }

    /// The vector of `test-sol/VideoRegistry/views/views.t.sol` (and PROTOCOL R22).
    #[test]
    fn video_commitment_matches_the_contract_vector() {
        let got = video_commitment(
            "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
            Address::repeat_byte(0x11),
            Address::repeat_byte(0x22),
            B256::with_last_byte(3),
        );
        assert_eq!(
            got,
            b256!("0x8302fec8fa17e103c12566a59a16914ea985b9bbba9b93c97f7c0d8387ced642")
        );
        // The encoding is the tuple's (string offset first), not the packed one.
        let packed = keccak256(
            [
                &b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"[..],
                &[0x11; 20],
                &[0x22; 20],
                &B256::with_last_byte(3)[..],
            ]
            .concat(),
        );
        assert_ne!(got, packed);
    }

    #[test]
    fn type_strings_match_the_contracts() {
        assert_eq!(KeyOwnership::eip712_encode_type(), KEY_OWNERSHIP_TYPE);
        assert_eq!(Bid::eip712_encode_type(), BID_TYPE);
        assert_eq!(SignedBid::eip712_encode_type(), SIGNED_BID_TYPE);
        assert_eq!(Payment::eip712_encode_type(), PAYMENT_TYPE);
        assert_eq!(SignedPayment::eip712_encode_type(), SIGNED_PAYMENT_TYPE);
        assert_eq!(KeyRequest::eip712_encode_type(), KEY_REQUEST_TYPE);
        assert_eq!(SegmentDelivery::eip712_encode_type(), SEGMENT_DELIVERY_TYPE);
        assert_eq!(SegmentRequest::eip712_encode_type(), SEGMENT_REQUEST_TYPE);
        assert_eq!(
            AttentionDelivery::eip712_encode_type(),
            ATTENTION_DELIVERY_TYPE
        );
        assert_eq!(domain(1, Address::ZERO).encode_type(), DOMAIN_TYPE);
    }

    /// Recomputes every hash by hand from the EIP-712 definitions, independently of `sol!`.
    #[test]
    fn hand_rolled_encoding_agrees() {
        let pc = address!("0x00000000000000000000000000000000000000c1");
        let d = domain(31337, pc);
        let sep = hash_words(&[
            keccak256(DOMAIN_TYPE).0,
            keccak256("Paratii").0,
            keccak256("1").0,
            word_u(31337),
            word_a(pc),
        ]);
        assert_eq!(d.separator(), sep);
        let digest = |s: B256| keccak256([&[0x19u8, 0x01][..], &sep[..], &s[..]].concat());

        let wallet = address!("0x1111111111111111111111111111111111111111");
        let ko = hash_words(&[keccak256(KEY_OWNERSHIP_TYPE).0, word_a(wallet)]);
        assert_eq!(KeyOwnership { wallet }.eip712_hash_struct(), ko);
        assert_eq!(key_ownership_digest(&d, wallet), digest(ko));

        let bid = Bid {
            nonce: b256!("0x0101010101010101010101010101010101010101010101010101010101010101"),
            rate: u128::MAX,
            expiration: u64::MAX,
            video: video_id("bafy"),
            format: "720p30".into(),
            bidderKey: address!("0x2222222222222222222222222222222222222222"),
            counterpartyKey: address!("0x3333333333333333333333333333333333333333"),
        };
        let bid_hash = hash_words(&[
            keccak256(BID_TYPE).0,
            bid.nonce.0,
            U256::from(u128::MAX).to_be_bytes::<32>(),
            word_u(u64::MAX),
            bid.video.0,
            keccak256("720p30").0,
            word_a(bid.bidderKey),
            word_a(bid.counterpartyKey),
        ]);
        assert_eq!(bid.eip712_hash_struct(), bid_hash);
        assert_eq!(bid.digest(&d), digest(bid_hash));
        let ws = [7u8; 65];
        let sb = hash_words(&[keccak256(SIGNED_BID_TYPE).0, bid_hash.0, keccak256(ws).0]);
        assert_eq!(bid.signed_digest(&d, &ws), digest(sb));

        let ch = b256!("0x0202020202020202020202020202020202020202020202020202020202020202");
        let pay = hash_words(&[keccak256(PAYMENT_TYPE).0, ch.0, word_u(42)]);
        assert_eq!(payment_digest(&d, ch, U256::from(42)), digest(pay));
        let sp = hash_words(&[keccak256(SIGNED_PAYMENT_TYPE).0, pay.0, keccak256(ws).0]);
        let signed_payment = SignedPayment {
            payment: Payment {
                channel: ch,
                balance: U256::from(42),
            },
            walletSignature: Bytes::copy_from_slice(&ws),
        };
        assert_eq!(signed_payment.eip712_hash_struct(), sp);

        let h1 = keccak256("a");
        let h2 = keccak256("b");
        let idx = hash_words(&[word_u(3), word_u(9)]);
        let hs = hash_words(&[h1.0, h2.0]);
        let sd = hash_words(&[keccak256(SEGMENT_DELIVERY_TYPE).0, ch.0, idx.0, hs.0]);
        let delivery = SegmentDelivery {
            channel: ch,
            indices: vec![3, 9],
            hashes: vec![h1, h2],
        };
        assert_eq!(delivery.eip712_hash_struct(), sd);
        let empty = hash_words(&[]);
        let sd0 = hash_words(&[keccak256(SEGMENT_DELIVERY_TYPE).0, ch.0, empty.0, empty.0]);
        let delivery0 = SegmentDelivery {
            channel: ch,
            indices: vec![],
            hashes: vec![],
        };
        assert_eq!(delivery0.eip712_hash_struct(), sd0);

        let sr = hash_words(&[
            keccak256(SEGMENT_REQUEST_TYPE).0,
            ch.0,
            word_u(12),
            idx.0,
            hs.0,
        ]);
        let request = SegmentRequest {
            channel: ch,
            segment: 12,
            receiptIndices: vec![3, 9],
            receiptHashes: vec![h1, h2],
        };
        assert_eq!(request.eip712_hash_struct(), sr);

        let ad = hash_words(&[
            keccak256(ATTENTION_DELIVERY_TYPE).0,
            ch.0,
            idx.0,
            hs.0,
            word_u(42),
            keccak256(ws).0,
        ]);
        let attention = AttentionDelivery {
            channel: ch,
            indices: vec![3, 9],
            hashes: vec![h1, h2],
            balance: U256::from(42),
            walletSignature: Bytes::copy_from_slice(&ws),
        };
        assert_eq!(attention.eip712_hash_struct(), ad);
    }
}
