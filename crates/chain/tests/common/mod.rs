//! What the chain tests share.

// Every test binary compiles this module, and not every one uses every helper.
#![allow(dead_code)]

use alloy::primitives::B256;
use paratii_chain::ChainError;
use paratii_chain::bindings::payment_channel::PaymentChannel::PaymentChannelErrors;

/// The low 160 bits of a channel id, zero-extended: the payer's nonce after opening it (R5).
pub fn nonce_after(channel_id: B256) -> B256 {
    let mut nonce = B256::ZERO;
    nonce[12..].copy_from_slice(&channel_id[12..]);
    nonce
}

pub fn pc_error(err: &ChainError) -> &PaymentChannelErrors {
    err.payment_channel_error()
        .unwrap_or_else(|| panic!("expected a PaymentChannel error, got {err}"))
}
