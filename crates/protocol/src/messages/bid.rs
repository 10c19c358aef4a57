//! The bid: the first message of both exchanges (content and attention).

use alloy_primitives::{Address, B256, Bytes};
use alloy_signer::SignerSync;
use serde::{Deserialize, Serialize};

use super::{MessageType, Signers, decode_wire, headed, to_json};
use crate::PROTOCOL_VERSION;
use crate::channel::{ChainState, ChannelTerms};
use crate::eip712::{self, Eip712Domain};
use crate::error::{ProtocolError, Result};
use crate::sig::{self, Sig};
use crate::wire::{parse_address, parse_b256, parse_u128};

/// What a bid offers: the fields of the EIP-712 `Bid`, with the video as its directory CID.
///
/// EIP-712 (`PaymentChannel` domain), signed by the payer's **wallet**; the digest is the channel id:
/// `Bid(bytes32 nonce,uint128 rate,uint64 expiration,bytes32 video,string format,address bidderKey,address counterpartyKey)`
/// with `video = keccak256(bytes(cid))`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidTerms {
    /// The payer's current nonce (`PaymentChannel.nonceOf`): zero, or its last channel id.
    pub nonce: B256,
    /// PTI wei per second of video.
    pub rate: u128,
    /// Unix time from which the bid can no longer open a channel; the channel expires then too.
    pub expiration: u64,
    /// The video's directory CID, as text.
    pub cid: String,
    /// The format name, e.g. `720p30`.
    pub format: String,
    /// The address of the bidder's communication key (the key that signs `SignedBid`).
    pub bidder_key: Address,
    /// The address of the communication key of the party that may open the channel.
    pub counterparty_key: Address,
}

impl BidTerms {
    /// `keccak256(bytes(cid))`.
    pub fn video(&self) -> B256 {
        eip712::video_id(&self.cid)
    }

    /// `keccak256(bytes(format))`.
    pub fn format_hash(&self) -> B256 {
        eip712::format_hash(&self.format)
    }

    /// The EIP-712 `Bid` struct.
    pub fn to_eip712(&self) -> eip712::Bid {
        eip712::Bid {
            nonce: self.nonce,
            rate: self.rate,
            expiration: self.expiration,
            video: self.video(),
            format: self.format.clone(),
            bidderKey: self.bidder_key,
            counterpartyKey: self.counterparty_key,
        }
    }

    /// The bid digest: what the wallet signs, and the id of the channel the bid opens.
    pub fn digest(&self, payment_channel: &Eip712Domain) -> B256 {
        self.to_eip712().digest(payment_channel)
    }

    /// Signs with the payer's wallet, then with the bidder's communication key (whose address must
    /// be `bidder_key`).
    pub fn sign<W, C>(
        self,
        payment_channel: &Eip712Domain,
        wallet: &W,
        key: &C,
    ) -> Result<BidMessage>
    where
        W: SignerSync + ?Sized,
        C: SignerSync + ?Sized,
    {
        let bid = self.to_eip712();
        let wallet_signature = Sig::sign(wallet, &bid.digest(payment_channel))?;
        let signature = Sig::sign(
            key,
            &bid.signed_digest(payment_channel, wallet_signature.as_bytes()),
        )?;
        Ok(BidMessage {
            terms: self,
            wallet_signature,
            signature,
        })
    }
}

/// A bid message.
///
/// Wire (`type` `"bid"`): `nonce`, `bid` (the rate), `expiration`, `hash` (directory CID), `format`,
/// `bidder key`, `counterparty key`, `wallet signature` (wallet over `Bid`), `signature` (bidder
/// key over `SignedBid`).
///
/// EIP-712 (`PaymentChannel` domain), signed by the **bidder's communication key** over the bid and
/// the wallet signature:
/// `SignedBid(Bid bid,bytes walletSignature)Bid(bytes32 nonce,uint128 rate,uint64 expiration,bytes32 video,string format,address bidderKey,address counterpartyKey)`.
/// The wallet signs first and the key second: the key's signature covers the wallet's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidMessage {
    /// The offer.
    pub terms: BidTerms,
    /// The payer wallet's signature of the `Bid` digest.
    pub wallet_signature: Sig,
    /// The bidder key's signature of the `SignedBid` digest.
    pub signature: Sig,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BidWire {
    #[serde(rename = "type")]
    kind: String,
    version: u64,
    nonce: String,
    bid: String,
    expiration: u64,
    hash: String,
    format: String,
    #[serde(rename = "bidder key")]
    bidder_key: String,
    #[serde(rename = "counterparty key")]
    counterparty_key: String,
    #[serde(rename = "wallet signature")]
    wallet_signature: String,
    signature: String,
}

headed!(BidWire);

impl BidMessage {
    /// The channel id this bid opens (its `Bid` digest).
    pub fn channel_id(&self, payment_channel: &Eip712Domain) -> B256 {
        self.terms.digest(payment_channel)
    }

    /// The `SignedBid` digest the bidder key signed.
    pub fn signed_digest(&self, payment_channel: &Eip712Domain) -> B256 {
        self.terms
            .to_eip712()
            .signed_digest(payment_channel, self.wallet_signature.as_bytes())
    }

    /// The EIP-712 `SignedBid` struct.
    pub fn to_eip712(&self) -> eip712::SignedBid {
        eip712::SignedBid {
            bid: self.terms.to_eip712(),
            walletSignature: Bytes::copy_from_slice(self.wallet_signature.as_bytes()),
        }
    }

    /// Recovers the payer wallet and checks the communication signature was made by `bidder key`,
    /// as `PaymentChannel.open` does.
    pub fn verify(&self, payment_channel: &Eip712Domain) -> Result<VerifiedBid> {
        let bid = self.terms.to_eip712();
        let channel_id = bid.digest(payment_channel);
        let payer = sig::recover("wallet signature", &self.wallet_signature, &channel_id)?;
        let signed = bid.signed_digest(payment_channel, self.wallet_signature.as_bytes());
        sig::verify(
            "signature",
            "bidder key",
            &self.signature,
            &signed,
            self.terms.bidder_key,
        )?;
        Ok(VerifiedBid {
            channel_id,
            signers: Signers {
                wallet: payer,
                key: self.terms.bidder_key,
            },
            terms: self.terms.clone(),
        })
    }

    /// Decodes a `"bid"` message; signatures are checked for form only.
    pub fn decode(bytes: &[u8]) -> Result<Self> {
        let w: BidWire = decode_wire(bytes, MessageType::Bid)?;
        Ok(Self {
            terms: BidTerms {
                nonce: parse_b256("nonce", &w.nonce)?,
                rate: parse_u128("bid", &w.bid)?,
                expiration: w.expiration,
                cid: w.hash,
                format: w.format,
                bidder_key: parse_address("bidder key", &w.bidder_key)?,
                counterparty_key: parse_address("counterparty key", &w.counterparty_key)?,
            },
            wallet_signature: Sig::from_hex("wallet signature", &w.wallet_signature)?,
            signature: Sig::from_hex("signature", &w.signature)?,
        })
    }

    /// Encodes to compact JSON.
    pub fn encode(&self) -> Vec<u8> {
        let t = &self.terms;
        to_json(&BidWire {
            kind: MessageType::Bid.as_str().to_owned(),
            version: PROTOCOL_VERSION,
            nonce: t.nonce.to_string(),
            bid: t.rate.to_string(),
            expiration: t.expiration,
            hash: t.cid.clone(),
            format: t.format.clone(),
            bidder_key: t.bidder_key.to_checksum(None),
            counterparty_key: t.counterparty_key.to_checksum(None),
            wallet_signature: self.wallet_signature.to_hex(),
            signature: self.signature.to_hex(),
        })
    }
}

/// A bid whose signatures check out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedBid {
    /// The bid digest: the id of the channel it opens, and the payer's nonce afterwards.
    pub channel_id: B256,
    /// The payer wallet and the bidder key.
    pub signers: Signers,
    /// The offer.
    pub terms: BidTerms,
}

impl VerifiedBid {
    /// The payer's wallet.
    pub const fn payer(&self) -> Address {
        self.signers.wallet
    }

    /// Checks the bid is addressed to our communication key.
    pub fn check_counterparty(&self, our_key: Address) -> Result<()> {
        if self.terms.counterparty_key != our_key {
            return Err(ProtocolError::CounterpartyMismatch {
                expected: our_key,
                got: self.terms.counterparty_key,
            });
        }
        Ok(())
    }

    /// Checks, as `PaymentChannel.open` will, that the bid can open a channel now for `payee` (the
    /// wallet that would call `open`), and returns the channel's terms.
    pub fn check(&self, state: &ChainState, payee: Address) -> Result<ChannelTerms> {
        let t = &self.terms;
        if t.rate == 0 {
            return Err(ProtocolError::ZeroRate);
        }
        if state.now >= t.expiration {
            return Err(ProtocolError::BidExpired {
                expiration: t.expiration,
                now: state.now,
            });
        }
        if !state.video.available {
            return Err(ProtocolError::VideoNotAvailable {
                video: t.video(),
                format_hash: t.format_hash(),
            });
        }
        if state.payer_nonce != t.nonce {
            return Err(ProtocolError::NonceMismatch {
                expected: state.payer_nonce,
                given: t.nonce,
            });
        }
        let key = state.bidder_key;
        if key.wallet != Address::ZERO && (key.wallet != self.payer() || !key.active) {
            return Err(ProtocolError::BidderKeyNotAuthorized {
                key: t.bidder_key,
                wallet: key.wallet,
                active: key.active,
                payer: self.payer(),
            });
        }
        if payee == self.payer() {
            return Err(ProtocolError::SelfChannel(payee));
        }
        let terms = ChannelTerms::new(
            t.rate,
            state.video.duration,
            state.video.segment_length,
            t.expiration,
        )?;
        if state.payer_balance < terms.escrow {
            return Err(ProtocolError::InsufficientBalance {
                available: state.payer_balance,
                required: terms.escrow,
            });
        }
        Ok(terms)
    }
}
