//! The key request: a payment that names the segments whose AES keys it buys (delivery mode
//! `keys`, where the viewer fetches the ciphertexts from IPFS and the publisher sells only keys).

use alloy_primitives::{Address, B256, Bytes, U256};
use alloy_signer::SignerSync;
use alloy_sol_types::SolStruct;
use serde::{Deserialize, Serialize};

use super::{MessageType, PaymentMessage, decode_wire, headed, to_json};
use crate::eip712::{self, Eip712Domain};
use crate::error::{ProtocolError, Result};
use crate::secp::VerifyingKey;
use crate::sig::{self, Sig};
use crate::wire::parse_b256;
use crate::{MAX_SEGMENTS_PER_MESSAGE, PROTOCOL_VERSION};

/// A key request (content exchange, delivery mode `keys`: viewer → publisher).
///
/// Wire (`type` `"key-request"`): `nonce` (the channel id), `balance` (cumulative segments paid),
/// `segments` (a JSON array of 0-based indices, strictly ascending, at least one), `wallet
/// signature`, `signature`.
///
/// The balance still counts segments, not positions: a viewer that skips pays for the segments
/// it asks for, wherever they are. `balance − previous balance` must equal the number of
/// `segments` not delivered before on the channel (the publisher checks it).
///
/// EIP-712 (`PaymentChannel` domain):
/// - `wallet signature`, by the payer's **wallet**, on chain: `Payment(bytes32 channel,uint256 balance)`;
/// - `signature`, by the payer's **communication key**, off chain:
///   `KeyRequest(Payment payment,bytes walletSignature,uint64[] segments)Payment(bytes32 channel,uint256 balance)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRequestMessage {
    /// The channel id (the bid digest).
    pub channel: B256,
    /// Cumulative number of segments paid for.
    pub balance: u64,
    /// The segments whose keys are wanted, strictly ascending.
    pub segments: Vec<u64>,
    /// The payer wallet's signature of `Payment`; what `withdrawFromChannel`/`close` take.
    pub wallet_signature: Sig,
    /// The payer key's signature of `KeyRequest`.
    pub signature: Sig,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyRequestWire {
    #[serde(rename = "type")]
    kind: String,
    version: u64,
    nonce: String,
    balance: u64,
    segments: Vec<u64>,
    #[serde(rename = "wallet signature")]
    wallet_signature: String,
    signature: String,
}

headed!(KeyRequestWire);

/// Checks that `segments` is non-empty, strictly ascending and within the message limit.
fn check_segments(segments: &[u64]) -> Result<()> {
    if segments.is_empty() {
        return Err(ProtocolError::NoSegments);
    }
    if segments.len() > MAX_SEGMENTS_PER_MESSAGE {
        return Err(ProtocolError::TooManySegments {
            count: segments.len(),
            max: MAX_SEGMENTS_PER_MESSAGE,
        });
    }
    if let Some(w) = segments.windows(2).find(|w| w[0] >= w[1]) {
        return Err(ProtocolError::IndicesNotAscending {
            previous: w[0],
            next: w[1],
        });
    }
    Ok(())
}

impl KeyRequestMessage {
    /// Signs `balance` on `channel` with the payer's wallet, then the request for `segments`
    /// with the payer's communication key.
    pub fn sign<W, C>(
        payment_channel: &Eip712Domain,
        channel: B256,
        balance: u64,
        segments: Vec<u64>,
        wallet: &W,
        key: &C,
    ) -> Result<Self>
    where
        W: SignerSync + ?Sized,
        C: SignerSync + ?Sized,
    {
        check_segments(&segments)?;
        let wallet_signature = Sig::sign(
            wallet,
            &eip712::payment_digest(payment_channel, channel, U256::from(balance)),
        )?;
        let digest = request_digest(
            payment_channel,
            channel,
            balance,
            &wallet_signature,
            &segments,
        );
        let signature = Sig::sign(key, &digest)?;
        Ok(Self {
            channel,
            balance,
            segments,
            wallet_signature,
            signature,
        })
    }

    /// The `Payment` digest (`PaymentChannel.paymentDigest`).
    pub fn wallet_digest(&self, payment_channel: &Eip712Domain) -> B256 {
        eip712::payment_digest(payment_channel, self.channel, U256::from(self.balance))
    }

    /// The `KeyRequest` digest.
    pub fn request_digest(&self, payment_channel: &Eip712Domain) -> B256 {
        request_digest(
            payment_channel,
            self.channel,
            self.balance,
            &self.wallet_signature,
            &self.segments,
        )
    }

    /// Checks the request was signed by the channel's payer wallet and by `payer_key`.
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
            &self.request_digest(payment_channel),
            payer_key,
        )
    }

    /// Checks the wallet signature against the payer's known key (see
    /// [`PaymentMessage::verify_wallet`]).
    pub fn verify_wallet(
        &self,
        payment_channel: &Eip712Domain,
        payer: &VerifyingKey,
    ) -> Result<()> {
        if payer.verify(&self.wallet_signature, &self.wallet_digest(payment_channel)) {
            Ok(())
        } else {
            Err(ProtocolError::NotSignedBy {
                role: "payer wallet",
                expected: payer.address(),
            })
        }
    }

    /// The payment part, as the chain takes it: `(balance, wallet signature)`.
    pub const fn payment(&self) -> (u64, Sig) {
        (self.balance, self.wallet_signature)
    }

    /// Decodes a `"key-request"` message; signatures are checked for form only, the segment
    /// list for order and size.
    pub fn decode(bytes: &[u8]) -> Result<Self> {
        let w: KeyRequestWire = decode_wire(bytes, MessageType::KeyRequest)?;
        check_segments(&w.segments)?;
        Ok(Self {
            channel: parse_b256("nonce", &w.nonce)?,
            balance: w.balance,
            segments: w.segments,
            wallet_signature: Sig::from_hex("wallet signature", &w.wallet_signature)?,
            signature: Sig::from_hex("signature", &w.signature)?,
        })
    }

    /// Encodes to compact JSON.
    pub fn encode(&self) -> Vec<u8> {
        to_json(&KeyRequestWire {
            kind: MessageType::KeyRequest.as_str().to_owned(),
            version: PROTOCOL_VERSION,
            nonce: self.channel.to_string(),
            balance: self.balance,
            segments: self.segments.clone(),
            wallet_signature: self.wallet_signature.to_hex(),
            signature: self.signature.to_hex(),
        })
    }
}

impl From<&KeyRequestMessage> for PaymentMessage {
    /// The cashable part of a key request. Its `signature` is the key request's (over
    /// `KeyRequest`, not `SignedPayment`): only the wallet signature is for the chain.
    fn from(m: &KeyRequestMessage) -> Self {
        Self {
            channel: m.channel,
            balance: m.balance,
            wallet_signature: m.wallet_signature,
            signature: m.signature,
        }
    }
}

fn request_digest(
    payment_channel: &Eip712Domain,
    channel: B256,
    balance: u64,
    wallet_signature: &Sig,
    segments: &[u64],
) -> B256 {
    eip712::KeyRequest {
        payment: eip712::Payment {
            channel,
            balance: U256::from(balance),
        },
        walletSignature: Bytes::copy_from_slice(wallet_signature.as_bytes()),
        segments: segments.to_vec(),
    }
    .eip712_signing_hash(payment_channel)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy_signer_local::PrivateKeySigner;

    fn domain() -> Eip712Domain {
        eip712::payment_channel_domain(31337, Address::repeat_byte(0x11))
    }

    #[test]
    fn round_trip_and_verify() {
        let wallet = PrivateKeySigner::random();
        let key = PrivateKeySigner::random();
        let d = domain();
        let m = KeyRequestMessage::sign(&d, B256::repeat_byte(7), 3, vec![0, 5, 9], &wallet, &key)
            .unwrap();
        let back = KeyRequestMessage::decode(&m.encode()).unwrap();
        assert_eq!(back, m);
        back.verify(&d, wallet.address(), key.address()).unwrap();
        assert!(back.verify(&d, key.address(), key.address()).is_err());
        // The segments are signed: another list no longer verifies.
        let mut other = back.clone();
        other.segments = vec![0, 5, 10];
        assert!(other.verify(&d, wallet.address(), key.address()).is_err());
    }

    #[test]
    fn segment_lists_are_checked() {
        let wallet = PrivateKeySigner::random();
        let d = domain();
        let sign =
            |segments| KeyRequestMessage::sign(&d, B256::ZERO, 1, segments, &wallet, &wallet);
        assert!(matches!(sign(vec![]), Err(ProtocolError::NoSegments)));
        assert!(matches!(
            sign(vec![2, 2]),
            Err(ProtocolError::IndicesNotAscending {
                previous: 2,
                next: 2
            })
        ));
        let ok = sign(vec![1]).unwrap();
        let text = String::from_utf8(ok.encode()).unwrap();
        for bad in ["[3,1]", "[]", "[-1]", "[1.5]", "\"1\""] {
            let forged = text.replace("\"segments\":[1]", &format!("\"segments\":{bad}"));
            assert!(
                KeyRequestMessage::decode(forged.as_bytes()).is_err(),
                "{bad}"
            );
        }
    }
}
