//! The one error type of this crate.

use std::path::PathBuf;

/// Everything that can go wrong with keys, keystores and passwords.
///
/// No variant ever carries a password or private key material.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeysError {
    /// A key name is empty, too long, or has characters other than `A-Z a-z 0-9 . _ -`.
    #[error(
        "invalid key name {0:?}: use 1 to 64 of A-Z a-z 0-9 . _ - (not starting with '.' or '-')"
    )]
    InvalidName(String),

    /// A key with that name already exists.
    #[error("a {kind} key named {name:?} already exists at {}", path.display())]
    AlreadyExists {
        /// Wallet or communication.
        kind: crate::KeyKind,
        /// The name.
        name: String,
        /// Its file.
        path: PathBuf,
    },

    /// No key with that name.
    #[error("no {kind} key named {name:?} (looked for {}); list keys to see the names", path.display())]
    NotFound {
        /// Wallet or communication.
        kind: crate::KeyKind,
        /// The name.
        name: String,
        /// Where it was looked for.
        path: PathBuf,
    },

    /// A filesystem operation failed.
    #[error("{action} {}: {source}", path.display())]
    Io {
        /// What was being done ("reading", "creating", ...).
        action: &'static str,
        /// On which path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },

    /// A keystore file is not a Web3 Secret Storage JSON document.
    #[error("{} is not a valid keystore file: {reason}", path.display())]
    InvalidKeystore {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },

    /// The password does not decrypt the keystore (MAC mismatch).
    #[error("wrong password for {}", path.display())]
    WrongPassword {
        /// The keystore file.
        path: PathBuf,
    },

    /// Encrypting or decrypting a keystore failed for another reason.
    #[error("keystore {}: {reason}", path.display())]
    Keystore {
        /// The keystore file.
        path: PathBuf,
        /// The cause, without any secret.
        reason: String,
    },

    /// A private key given for import is not 32 bytes of hex, or not a valid secp256k1 scalar.
    #[error(
        "invalid private key: expected 64 hex digits (optionally 0x-prefixed) of a valid secp256k1 key"
    )]
    InvalidPrivateKey,

    /// A public key is not a valid 64-byte uncompressed secp256k1 point.
    #[error("invalid public key: expected 64 bytes (x || y) of a secp256k1 point")]
    InvalidPublicKey,

    /// The environment variable holding the password is not set or not UTF-8.
    #[error("password environment variable {0} is not set (or not UTF-8)")]
    PasswordEnvMissing(String),

    /// The password read is empty.
    #[error("the password is empty")]
    EmptyPassword,

    /// The two passwords typed at the prompt differ.
    #[error("the passwords do not match")]
    PasswordMismatch,

    /// Reading the password from the terminal failed (e.g. no terminal).
    #[error(
        "cannot prompt for a password: {0}; use a password file or environment variable instead"
    )]
    Prompt(#[source] std::io::Error),
}

/// Shorthand for results of this crate.
pub type Result<T, E = KeysError> = core::result::Result<T, E>;
