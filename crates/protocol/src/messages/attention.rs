//! Attention delivery: the advertiser's segments together with a payment to the viewer.

use std::collections::BTreeMap;

use alloy_primitives::{Address, B256, Bytes, U256};
use alloy_signer::SignerSync;
use alloy_sol_types::SolStruct;
use serde::{Deserialize, Serialize};

use super::segments::{indices_and_hashes, receipts_of};
use super::{MessageType, Signers, decode_wire, headed, to_json};
use crate::PROTOCOL_VERSION;
use crate::eip712::{self, Eip712Domain};
use crate::error::Result;
use crate::sig::{self, Sig};
use crate::wire::{Entries, check_outgoing_count, decode_segments, encode_segments, parse_b256};

/// Segments delivered with a payment (attention exchange: advertiser → viewer).
///
/// Wire (`type` `"attention-delivery"`): `nonce` (channel id), `segments` (`{"N": "<base64>"}`),
/// `balance` (cumulative segments paid), `wallet signature`, `signature`.
///
/// EIP-712 (`PaymentChannel` domain):
/// - `wallet signature`, by the payer's (advertiser's) **wallet**, on chain: `Payment(bytes32 channel,uint256 balance)`;
/// - `signature`, by the payer's **communication key**:
///   `AttentionDelivery(bytes32 channel,uint64[] indices,bytes32[] hashes,uint256 balance,bytes walletSignature)`,
///   indices ascending, `hashes[i] = keccak256(data of indices[i])`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttentionDeliveryMessage {
    /// The channel id.
    pub channel: B256,
    /// Segment bytes by 0-based index.
    pub segments: BTreeMap<u64, Bytes>,
    /// Cumulative number of segments paid for.
    pub balance: u64,
    /// The payer wallet's signature of `Payment(channel, balance)`; the viewer cashes it on chain.
    pub wallet_signature: Sig,
    /// The payer key's signature of `AttentionDelivery`.
    pub signature: Sig,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttentionDeliveryWire {
    #[serde(rename = "type")]
    kind: String,
    version: u64,
    nonce: String,
    segments: Entries<String>,
    balance: u64,
    #[serde(rename = "wallet signature")]
    wallet_signature: String,
    signature: String,
}

headed!(AttentionDeliveryWire);

impl AttentionDeliveryMessage {
    /// Signs the payment with the advertiser's wallet, then the whole delivery with its communication key.
    pub fn sign<W, C>(
        payment_channel: &Eip712Domain,
        channel: B256,
        segments: BTreeMap<u64, Bytes>,
        balance: u64,
        wallet: &W,
        key: &C,
    ) -> Result<Self>
    where
        W: SignerSync + ?Sized,
        C: SignerSync + ?Sized,
    {
        check_outgoing_count(segments.len())?;
        let wallet_signature = Sig::sign(
            wallet,
            &eip712::payment_digest(payment_channel, channel, U256::from(balance)),
        )?;
        let mut msg = Self {
            channel,
            segments,
            balance,
            wallet_signature,
            signature: wallet_signature,
        };
        msg.signature = Sig::sign(key, &msg.digest(payment_channel))?;
        Ok(msg)
    }

    /// The `Payment` digest the wallet signed.
    pub fn wallet_digest(&self, payment_channel: &Eip712Domain) -> B256 {
        eip712::payment_digest(payment_channel, self.channel, U256::from(self.balance))
    }

    /// The `AttentionDelivery` digest the communication key signed.
    pub fn digest(&self, payment_channel: &Eip712Domain) -> B256 {
        let (indices, hashes) = indices_and_hashes(&self.segments);
        eip712::AttentionDelivery {
            channel: self.channel,
            indices,
            hashes,
            balance: U256::from(self.balance),
            walletSignature: Bytes::copy_from_slice(self.wallet_signature.as_bytes()),
        }
        .eip712_signing_hash(payment_channel)
    }

    /// Recovers both signers.
    pub fn recover(&self, payment_channel: &Eip712Domain) -> Result<Signers> {
        Ok(Signers {
            wallet: sig::recover(
                "wallet signature",
                &self.wallet_signature,
                &self.wallet_digest(payment_channel),
            )?,
            key: sig::recover("signature", &self.signature, &self.digest(payment_channel))?,
        })
    }

    /// Checks the delivery was signed by the channel's payer wallet and by `payer_key`.
    pub fn verify(
        &self,
        payment_channel: &Eip712Domain,
        payer: Address,
        payer_key: Address,
    ) -> Result<()> {
        sig::verify_payer_signatures(
            &self.wallet_signature,
            &self.wallet_digest(payment_channel),
            payer,
            &self.signature,
            &self.digest(payment_channel),
            payer_key,
        )
    }

    /// Receipts for these segments.
    pub fn receipts(&self) -> BTreeMap<u64, B256> {
        receipts_of(&self.segments)
    }

    /// Decodes an `"attention-delivery"` message; signatures are checked for form only.
    pub fn decode(bytes: &[u8]) -> Result<Self> {
        let w: AttentionDeliveryWire = decode_wire(bytes, MessageType::AttentionDelivery)?;
        Ok(Self {
            channel: parse_b256("nonce", &w.nonce)?,
            segments: decode_segments(w.segments)?,
            balance: w.balance,
            wallet_signature: Sig::from_hex("wallet signature", &w.wallet_signature)?,
            signature: Sig::from_hex("signature", &w.signature)?,
        })
    }

    /// Encodes to compact JSON.
    pub fn encode(&self) -> Vec<u8> {
        to_json(&AttentionDeliveryWire {
            kind: MessageType::AttentionDelivery.as_str().to_owned(),
            version: PROTOCOL_VERSION,
            nonce: self.channel.to_string(),
            segments: encode_segments(&self.segments),
            balance: self.balance,
            wallet_signature: self.wallet_signature.to_hex(),
            signature: self.signature.to_hex(),
        })
    }
}
