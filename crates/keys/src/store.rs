//! A directory of keystores: `<root>/wallets/<name>.json` and `<root>/comm/<name>.json`.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use alloy_primitives::{Address, B256, B512, hex};
use alloy_signer_local::{LocalSignerError, PrivateKeySigner};
use zeroize::Zeroizing;

use crate::error::{KeysError, Result};
use crate::identity::{self, PeerId};
use crate::password::Password;

/// The two kinds of key a Paratii user holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyKind {
    /// Holds PTI and signs bids and payments (`<root>/wallets/`).
    Wallet,
    /// Speaks for a wallet on libp2p and signs off-chain messages (`<root>/comm/`).
    Comm,
}

impl KeyKind {
    /// Both kinds.
    pub const ALL: [Self; 2] = [Self::Wallet, Self::Comm];

    /// The subdirectory of the keystore root.
    pub const fn dir(self) -> &'static str {
        match self {
            Self::Wallet => "wallets",
            Self::Comm => "comm",
        }
    }
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Wallet => "wallet",
            Self::Comm => "communication",
        })
    }
}

/// A keystore file found by [`Keystore::list`], read without its password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyEntry {
    /// Wallet or communication.
    pub kind: KeyKind,
    /// The file name without `.json`.
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// The `address` field of the keystore, when it has one.
    pub address: Option<Address>,
}

/// A decrypted key.
#[derive(Debug, Clone)]
pub struct UnlockedKey {
    /// Wallet or communication.
    pub kind: KeyKind,
    /// Its name.
    pub name: String,
    /// The signer, for `paratii-protocol` and alloy.
    pub signer: PrivateKeySigner,
}

impl UnlockedKey {
    /// The Ethereum address.
    pub fn address(&self) -> Address {
        self.signer.address()
    }

    /// The 64-byte uncompressed public key `x || y` (what `UserRegistry.addKey` takes).
    pub fn public_key(&self) -> B512 {
        self.signer.public_key()
    }

    /// The libp2p PeerId of this key as a secp256k1 libp2p identity.
    pub fn peer_id(&self) -> PeerId {
        identity::peer_id_of_signer(&self.signer)
    }

    /// The libp2p keypair of this key (for the p2p node of a communication key).
    pub fn libp2p_keypair(&self) -> Result<libp2p_identity::Keypair> {
        identity::libp2p_keypair(&self.signer)
    }

    /// The public facts about this key.
    pub fn info(&self, path: PathBuf) -> KeyInfo {
        KeyInfo {
            kind: self.kind,
            name: self.name.clone(),
            path,
            address: self.address(),
            public_key: self.public_key(),
            peer_id: self.peer_id(),
        }
    }
}

/// The public facts about a key: never any secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyInfo {
    /// Wallet or communication.
    pub kind: KeyKind,
    /// Its name.
    pub name: String,
    /// Its keystore file.
    pub path: PathBuf,
    /// The Ethereum address.
    pub address: Address,
    /// The 64-byte uncompressed public key `x || y`.
    pub public_key: B512,
    /// The libp2p PeerId (meaningful for communication keys).
    pub peer_id: PeerId,
}

impl KeyInfo {
    /// The public key as `0x` + 128 hex digits.
    pub fn public_key_hex(&self) -> String {
        hex::encode_prefixed(self.public_key)
    }
}

/// A keystore directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keystore {
    root: PathBuf,
}

/// Checks a key name: 1 to 64 of `A-Z a-z 0-9 . _ -`, not starting with `.` or `-`.
pub fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with(['.', '-'])
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if ok {
        Ok(())
    } else {
        Err(KeysError::InvalidName(name.to_owned()))
    }
}

/// Parses a hex private key (64 digits, optional `0x`, surrounding whitespace ignored).
pub fn parse_private_key(text: &str) -> Result<PrivateKeySigner> {
    let text = text.trim();
    let digits = text.strip_prefix("0x").unwrap_or(text);
    if digits.len() != 64 {
        return Err(KeysError::InvalidPrivateKey);
    }
    let bytes = Zeroizing::new(hex::decode(digits).map_err(|_| KeysError::InvalidPrivateKey)?);
    PrivateKeySigner::from_slice(&bytes).map_err(|_| KeysError::InvalidPrivateKey)
}

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> KeysError {
    let path = path.to_owned();
    move |source| KeysError::Io {
        action,
        path,
        source,
    }
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
        .map_err(io("setting permissions of", path))
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _mode: u32) -> Result<()> {
    Ok(())
}

impl Keystore {
    /// A keystore rooted at `root` (created on first write).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The root directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The file of key `name` of `kind`.
    pub fn path(&self, kind: KeyKind, name: &str) -> Result<PathBuf> {
        validate_name(name)?;
        Ok(self.root.join(kind.dir()).join(format!("{name}.json")))
    }

    /// Generates a new random key and stores it encrypted under `password`.
    pub fn generate(&self, kind: KeyKind, name: &str, password: &Password) -> Result<KeyInfo> {
        let signer = PrivateKeySigner::random();
        self.store(kind, name, signer, password)
    }

    /// Imports a hex private key and stores it encrypted under `password`.
    pub fn import(
        &self,
        kind: KeyKind,
        name: &str,
        private_key: &str,
        password: &Password,
    ) -> Result<KeyInfo> {
        let signer = parse_private_key(private_key)?;
        self.store(kind, name, signer, password)
    }

    fn store(
        &self,
        kind: KeyKind,
        name: &str,
        signer: PrivateKeySigner,
        password: &Password,
    ) -> Result<KeyInfo> {
        let path = self.path(kind, name)?;
        let dir = self.root.join(kind.dir());
        if path.exists() {
            return Err(KeysError::AlreadyExists {
                kind,
                name: name.to_owned(),
                path,
            });
        }
        fs::create_dir_all(&dir).map_err(io("creating", &dir))?;
        restrict(&self.root, 0o700)?;
        restrict(&dir, 0o700)?;

        // Write to a temporary name, add the geth-style `address` field, then link it into place:
        // linking fails if the name was taken meanwhile, so an existing key is never overwritten.
        let tmp_name = format!(".{name}.{}.tmp", std::process::id());
        let tmp = dir.join(&tmp_name);
        let result = (|| {
            let secret = Zeroizing::new(signer.to_bytes().0);
            PrivateKeySigner::encrypt_keystore(
                &dir,
                &mut rand::thread_rng(),
                secret.as_slice(),
                password.expose(),
                Some(&tmp_name),
            )
            .map_err(|e| keystore_error(&tmp, e))?;
            restrict(&tmp, 0o600)?;
            let text = fs::read_to_string(&tmp).map_err(io("reading", &tmp))?;
            let mut json: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| KeysError::InvalidKeystore {
                    path: tmp.clone(),
                    reason: e.to_string(),
                })?;
            if let Some(obj) = json.as_object_mut() {
                obj.insert(
                    "address".into(),
                    serde_json::Value::String(hex::encode(signer.address())),
                );
            }
            fs::write(&tmp, json.to_string()).map_err(io("writing", &tmp))?;
            fs::hard_link(&tmp, &path).map_err(|source| {
                if source.kind() == std::io::ErrorKind::AlreadyExists {
                    KeysError::AlreadyExists {
                        kind,
                        name: name.to_owned(),
                        path: path.clone(),
                    }
                } else {
                    KeysError::Io {
                        action: "creating",
                        path: path.clone(),
                        source,
                    }
                }
            })
        })();
        let _ = fs::remove_file(&tmp);
        result?;
        let key = UnlockedKey {
            kind,
            name: name.to_owned(),
            signer,
        };
        Ok(key.info(path))
    }

    /// Decrypts key `name` of `kind`.
    pub fn unlock(&self, kind: KeyKind, name: &str, password: &Password) -> Result<UnlockedKey> {
        let path = self.existing(kind, name)?;
        let signer =
            PrivateKeySigner::decrypt_keystore(&path, password.expose()).map_err(|e| match e {
                LocalSignerError::EthKeystoreError(eth_keystore::KeystoreError::MacMismatch) => {
                    KeysError::WrongPassword { path: path.clone() }
                }
                other => keystore_error(&path, other),
            })?;
        Ok(UnlockedKey {
            kind,
            name: name.to_owned(),
            signer,
        })
    }

    /// Decrypts key `name` and returns its public facts (address, public key, PeerId).
    pub fn info(&self, kind: KeyKind, name: &str, password: &Password) -> Result<KeyInfo> {
        let path = self.existing(kind, name)?;
        Ok(self.unlock(kind, name, password)?.info(path))
    }

    /// The address recorded in key `name`'s keystore, without decrypting it.
    pub fn address(&self, kind: KeyKind, name: &str) -> Result<Option<Address>> {
        let path = self.existing(kind, name)?;
        read_address(&path)
    }

    /// Every key of `kind` (or of both kinds), sorted by kind then name. Files that are not
    /// `<valid name>.json` are skipped.
    pub fn list(&self, kind: Option<KeyKind>) -> Result<Vec<KeyEntry>> {
        let mut out = Vec::new();
        for kind in KeyKind::ALL
            .into_iter()
            .filter(|k| kind.is_none_or(|want| want == *k))
        {
            let dir = self.root.join(kind.dir());
            let entries = match fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => {
                    return Err(KeysError::Io {
                        action: "listing",
                        path: dir,
                        source: e,
                    });
                }
            };
            for entry in entries {
                let entry = entry.map_err(io("listing", &dir))?;
                let path = entry.path();
                let Some(name) = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.strip_suffix(".json"))
                else {
                    continue;
                };
                if validate_name(name).is_err() || !path.is_file() {
                    continue;
                }
                let address = read_address(&path).ok().flatten();
                out.push(KeyEntry {
                    kind,
                    name: name.to_owned(),
                    path,
                    address,
                });
            }
        }
        out.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));
        Ok(out)
    }

    fn existing(&self, kind: KeyKind, name: &str) -> Result<PathBuf> {
        let path = self.path(kind, name)?;
        if !path.is_file() {
            return Err(KeysError::NotFound {
                kind,
                name: name.to_owned(),
                path,
            });
        }
        Ok(path)
    }
}

fn keystore_error(path: &Path, e: LocalSignerError) -> KeysError {
    KeysError::Keystore {
        path: path.to_owned(),
        reason: e.to_string(),
    }
}

fn read_address(path: &Path) -> Result<Option<Address>> {
    let text = fs::read_to_string(path).map_err(io("reading", path))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| KeysError::InvalidKeystore {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
    if json.get("crypto").or_else(|| json.get("Crypto")).is_none() {
        return Err(KeysError::InvalidKeystore {
            path: path.to_owned(),
            reason: "no crypto section".into(),
        });
    }
    Ok(json.get("address").and_then(|a| a.as_str()).and_then(|a| {
        let digits = a.strip_prefix("0x").unwrap_or(a);
        let bytes = hex::decode(digits).ok()?;
        (bytes.len() == 20).then(|| Address::from_slice(&bytes))
    }))
}

/// The key's address from a 64-byte public key.
pub fn address_of_public_key(public_key: &B512) -> Address {
    Address::from_raw_public_key(public_key.as_slice())
}

/// A 32-byte value as hex, for display of non-secret hashes.
pub fn hex32(value: &B256) -> String {
    hex::encode_prefixed(value)
}
