//! The payment: a cumulative balance the payer's wallet signs for the payee to cash.

use alloy_primitives::{Address, B256, Bytes, U256};
use alloy_signer::SignerSync;
use alloy_sol_types::SolStruct;
use serde::{Deserialize, Serialize};

use super::{MessageType, Signers, decode_wire, headed, to_json};
use crate::PROTOCOL_VERSION;
use crate::eip712::{self, Eip712Domain};
use crate::error::{ProtocolError, Result};
use crate::secp::VerifyingKey;
use crate::sig::{self, Sig};
use crate::wire::parse_b256;

/// A payment message (content exchange: viewer → publisher).
///
/// Wire (`type` `"payment"`): `nonce` (the channel id), `balance` (cumulative segments paid),
/// `wallet signature`, `signature`.
///
/// EIP-712 (`PaymentChannel` domain):
/// - `wallet signature`, by the payer's **wallet**, on chain: `Payment(bytes32 channel,uint256 balance)`;
/// - `signature`, by the payer's **communication key**, off chain only:
///   `SignedPayment(Payment payment,bytes walletSignature)Payment(bytes32 channel,uint256 balance)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentMessage {
    /// The channel id (the bid digest).
    pub channel: B256,
    /// Cumulative number of segments paid for.
    pub balance: u64,
    /// The payer wallet's signature of `Payment`; what `withdrawFromChannel`/`close` take.
    pub wallet_signature: Sig,
    /// The payer key's signature of `SignedPayment`.
    pub signature: Sig,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PaymentWire {
    #[serde(rename = "type")]
    kind: String,
    version: u64,
    nonce: String,
    balance: u64,
    #[serde(rename = "wallet signature")]
    wallet_signature: String,
    signature: String,
}

headed!(PaymentWire);

impl PaymentMessage {
    /// Signs `balance` on `channel` with the payer's wallet, then with the payer's communication key.
    pub fn sign<W, C>(
        payment_channel: &Eip712Domain,
        channel: B256,
        balance: u64,
        wallet: &W,
        key: &C,
    ) -> Result<Self>
    where
        W: SignerSync + ?Sized,
        C: SignerSync + ?Sized,
    {
        let wallet_signature = Sig::sign(
            wallet,
            &eip712::payment_digest(payment_channel, channel, U256::from(balance)),
        )?;
        let signed = signed_payment(channel, balance, &wallet_signature);
        let signature = Sig::sign(key, &signed.eip712_signing_hash(payment_channel))?;
        Ok(Self {
            channel,
            balance,
            wallet_signature,
            signature,
        })
    }

    /// The `Payment` digest (`PaymentChannel.paymentDigest`).
    pub fn wallet_digest(&self, payment_channel: &Eip712Domain) -> B256 {
        eip712::payment_digest(payment_channel, self.channel, U256::from(self.balance))
    }

    /// The `SignedPayment` digest.
    pub fn signed_digest(&self, payment_channel: &Eip712Domain) -> B256 {
        signed_payment(self.channel, self.balance, &self.wallet_signature)
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
            key: sig::recover(
                "signature",
                &self.signature,
                &self.signed_digest(payment_channel),
            )?,
        })
    }

    /// Checks the payment was signed by the channel's payer wallet and by `payer_key`.
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
            &self.signed_digest(payment_channel),
            payer_key,
        )
    }

    /// Checks the wallet signature against the payer's known key: one ECDSA verification, the
    /// publisher's hot path (the communication signature is left to the caller, see
    /// docs/PROTOCOL.md).
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

    /// Decodes a `"payment"` message; signatures are checked for form only.
    pub fn decode(bytes: &[u8]) -> Result<Self> {
        let w: PaymentWire = decode_wire(bytes, MessageType::Payment)?;
        Ok(Self {
            channel: parse_b256("nonce", &w.nonce)?,
            balance: w.balance,
            wallet_signature: Sig::from_hex("wallet signature", &w.wallet_signature)?,
            signature: Sig::from_hex("signature", &w.signature)?,
        })
    }

    /// Encodes to compact JSON.
    pub fn encode(&self) -> Vec<u8> {
        to_json(&PaymentWire {
            kind: MessageType::Payment.as_str().to_owned(),
            version: PROTOCOL_VERSION,
            nonce: self.channel.to_string(),
            balance: self.balance,
            wallet_signature: self.wallet_signature.to_hex(),
            signature: self.signature.to_hex(),
        })
    }
}

fn signed_payment(channel: B256, balance: u64, wallet_signature: &Sig) -> eip712::SignedPayment {
    eip712::SignedPayment {
        payment: eip712::Payment {
            channel,
            balance: U256::from(balance),
        },
        walletSignature: Bytes::copy_from_slice(wallet_signature.as_bytes()),
    }
}
