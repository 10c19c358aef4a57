//! Paratii keys: secp256k1 wallet and communication keys, stored as standard Web3 Secret Storage
//! (v3, scrypt) keystores that `cast wallet` and geth can read.
//!
//! Layout of a keystore directory:
//!
//! ```text
//! <root>/wallets/<name>.json   wallet keys (hold PTI, sign bids and payments)
//! <root>/comm/<name>.json      communication keys (libp2p identity, sign off-chain messages)
//! ```
//!
//! Directories are created `0700` and files `0600`. Each file carries the geth-style `address`
//! field so keys can be listed without a password. Passwords come from a prompt, a file or an
//! environment variable ([`PasswordSource`]) and are never printed.

pub mod error;
pub mod identity;
pub mod password;
pub mod store;

pub use error::{KeysError, Result};
pub use identity::{PeerId, libp2p_keypair, peer_id};
pub use password::{Password, PasswordSource};
pub use store::{
    KeyEntry, KeyInfo, KeyKind, Keystore, UnlockedKey, address_of_public_key, parse_private_key,
    validate_name,
};
