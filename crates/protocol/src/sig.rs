//! 65-byte `r || s || v` ECDSA signatures, validated exactly as OpenZeppelin's `ECDSA.tryRecover`.

use core::fmt;

use alloy_primitives::{Address, B256, U256, hex};
use alloy_signer::SignerSync;

use crate::error::{ProtocolError, Result};

/// The order `n` of the secp256k1 group.
pub const SECP256K1N: U256 = U256::from_limbs([
    0xBFD2_5E8C_D036_4141,
    0xBAAE_DCE6_AF48_A03B,
    0xFFFF_FFFF_FFFF_FFFE,
    0xFFFF_FFFF_FFFF_FFFF,
]);

/// `n / 2`: the largest `s` a signature may have.
pub const SECP256K1N_HALF: U256 = U256::from_limbs([
    0xDFE9_2F46_681B_20A0,
    0x5D57_6E73_57A4_501D,
    0xFFFF_FFFF_FFFF_FFFF,
    0x7FFF_FFFF_FFFF_FFFF,
]);

/// Why a signature was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureFault {
    /// Not exactly 65 bytes (e.g. a 64-byte ERC-2098 compact signature).
    Length(usize),
    /// `v` is not 27 or 28.
    V(u8),
    /// `s` is greater than `n / 2` (a malleable twin of a valid signature).
    HighS,
    /// `r` or `s` is zero or not below `n`, or no public key recovers from it.
    Unrecoverable,
}

impl fmt::Display for SignatureFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Length(n) => write!(f, "must be 65 bytes, got {n}"),
            Self::V(v) => write!(f, "v must be 27 or 28, got {v}"),
            Self::HighS => f.write_str("s is above n/2 (malleable)"),
            Self::Unrecoverable => f.write_str("no signer can be recovered from it"),
        }
    }
}

/// A 65-byte `r || s || v` signature with `v ∈ {27, 28}` and `s ≤ n/2`.
///
/// This is the only signature form the contracts accept (OpenZeppelin `ECDSA.tryRecover` with
/// `bytes` of length 65); holding a `Sig` means the form checks passed. Recovery can still fail for
/// an `r` that is not the x-coordinate of a curve point.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sig([u8; 65]);

impl Sig {
    /// Parses and validates 65 raw bytes.
    pub fn from_slice(bytes: &[u8]) -> Result<Self, SignatureFault> {
        let raw: [u8; 65] = bytes
            .try_into()
            .map_err(|_| SignatureFault::Length(bytes.len()))?;
        let v = raw[64];
        if v != 27 && v != 28 {
            return Err(SignatureFault::V(v));
        }
        let r = U256::from_be_slice(&raw[..32]);
        let s = U256::from_be_slice(&raw[32..64]);
        if s > SECP256K1N_HALF {
            return Err(SignatureFault::HighS);
        }
        if r.is_zero() || s.is_zero() || r >= SECP256K1N {
            return Err(SignatureFault::Unrecoverable);
        }
        Ok(Self(raw))
    }

    /// Converts a signature produced by a signer, normalising `s` to the low half.
    pub fn from_signature(sig: &alloy_primitives::Signature) -> Self {
        Self(sig.normalized_s().as_bytes())
    }

    /// Signs a 32-byte digest (no prefix, no hashing) with any synchronous signer.
    pub fn sign<S: SignerSync + ?Sized>(signer: &S, digest: &B256) -> Result<Self> {
        let sig = signer.sign_hash_sync(digest)?;
        Ok(Self::from_signature(&sig))
    }

    /// The 65 bytes `r || s || v`.
    pub const fn as_bytes(&self) -> &[u8; 65] {
        &self.0
    }

    /// `r`.
    pub fn r(&self) -> B256 {
        B256::from_slice(&self.0[..32])
    }

    /// `s`.
    pub fn s(&self) -> B256 {
        B256::from_slice(&self.0[32..64])
    }

    /// `v` (27 or 28).
    pub const fn v(&self) -> u8 {
        self.0[64]
    }

    /// The address that signed `digest` (libsecp256k1: about five times faster than k256, and
    /// every check of a peer's message goes through here).
    pub fn recover(&self, digest: &B256) -> Result<Address, SignatureFault> {
        crate::secp::VerifyingKey::recover(self, digest).map(|k| k.address())
    }

    /// The malleable high-`s` twin `(r, n - s, v ^ 1)`: it recovers to the same signer but must be
    /// rejected. Returned as raw bytes since it is not a valid `Sig`; used by negative tests.
    pub fn high_s_twin(&self) -> [u8; 65] {
        let s = U256::from_be_slice(&self.0[32..64]);
        let mut out = self.0;
        out[32..64].copy_from_slice(&(SECP256K1N - s).to_be_bytes::<32>());
        out[64] = if self.0[64] == 27 { 28 } else { 27 };
        out
    }

    /// `0x`-prefixed lowercase hex.
    pub fn to_hex(&self) -> String {
        hex::encode_prefixed(self.0)
    }

    /// Parses `0x`-prefixed hex; `field` names the JSON field in errors.
    pub fn from_hex(field: &'static str, s: &str) -> Result<Self> {
        let bytes = crate::wire::hex_bytes(field, s)?;
        Self::from_slice(&bytes).map_err(|fault| ProtocolError::InvalidSignature { field, fault })
    }
}

impl fmt::Debug for Sig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sig({})", self.to_hex())
    }
}

impl fmt::Display for Sig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// Recovers the signer of `digest`, naming `field` in errors.
pub(crate) fn recover(field: &'static str, sig: &Sig, digest: &B256) -> Result<Address> {
    sig.recover(digest)
        .map_err(|fault| ProtocolError::InvalidSignature { field, fault })
}

/// Recovers the signer of `digest` and checks it is `expected`.
pub(crate) fn verify(
    field: &'static str,
    role: &'static str,
    sig: &Sig,
    digest: &B256,
    expected: Address,
) -> Result<()> {
    let signer = recover(field, sig, digest)?;
    if signer == expected {
        Ok(())
    } else {
        Err(ProtocolError::SignerMismatch {
            role,
            expected,
            signer,
        })
    }
}

/// Checks the two signatures every paying message carries: the payer wallet's over `wallet_digest` (the
/// on-chain `Payment`) and the payer's communication key's over `key_digest`.
pub(crate) fn verify_payer_signatures(
    wallet_signature: &Sig,
    wallet_digest: &B256,
    payer: Address,
    key_signature: &Sig,
    key_digest: &B256,
    payer_key: Address,
) -> Result<()> {
    verify(
        "wallet signature",
        "payer wallet",
        wallet_signature,
        wallet_digest,
        payer,
    )?;
    verify(
        "signature",
        "payer key",
        key_signature,
        key_digest,
        payer_key,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants() {
        assert_eq!(
            SECP256K1N.to_string(),
            "115792089237316195423570985008687907852837564279074904382605163141518161494337"
        );
        assert_eq!(SECP256K1N_HALF, SECP256K1N / U256::from(2));
    }

    #[test]
    fn form_checks() {
        assert_eq!(Sig::from_slice(&[1u8; 64]), Err(SignatureFault::Length(64)));
        assert_eq!(Sig::from_slice(&[1u8; 66]), Err(SignatureFault::Length(66)));
        assert_eq!(Sig::from_slice(&[]), Err(SignatureFault::Length(0)));
        let mut raw = [1u8; 65];
        for v in [0u8, 1, 26, 29, 255] {
            raw[64] = v;
            assert_eq!(Sig::from_slice(&raw), Err(SignatureFault::V(v)));
        }
        raw[64] = 27;
        assert!(Sig::from_slice(&raw).is_ok());
        raw[32..64].copy_from_slice(&[0xff; 32]);
        assert_eq!(Sig::from_slice(&raw), Err(SignatureFault::HighS));
        raw[32..64].copy_from_slice(&SECP256K1N_HALF.to_be_bytes::<32>());
        assert!(Sig::from_slice(&raw).is_ok(), "s = n/2 is still low");
        raw[32..64].copy_from_slice(&(SECP256K1N_HALF + U256::from(1)).to_be_bytes::<32>());
        assert_eq!(Sig::from_slice(&raw), Err(SignatureFault::HighS));
        let mut zero_r = [1u8; 65];
        zero_r[64] = 28;
        zero_r[..32].fill(0);
        assert_eq!(Sig::from_slice(&zero_r), Err(SignatureFault::Unrecoverable));
        let mut zero_s = [1u8; 65];
        zero_s[64] = 28;
        zero_s[32..64].fill(0);
        assert_eq!(Sig::from_slice(&zero_s), Err(SignatureFault::Unrecoverable));
        let mut big_r = [1u8; 65];
        big_r[64] = 28;
        big_r[..32].fill(0xff);
        assert_eq!(Sig::from_slice(&big_r), Err(SignatureFault::Unrecoverable));
    }

    #[test]
    fn hex_errors() {
        assert!(matches!(
            Sig::from_hex("signature", "zz"),
            Err(ProtocolError::InvalidHex { field: "signature" })
        ));
        assert!(matches!(
            Sig::from_hex("signature", &format!("0x{}", "11".repeat(64))),
            Err(ProtocolError::InvalidSignature {
                field: "signature",
                fault: SignatureFault::Length(64)
            })
        ));
    }
}
