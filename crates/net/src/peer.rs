//! What every peer needs: its chain client, its communication key, where to listen.

use alloy::primitives::{Address, keccak256};
use alloy::signers::local::PrivateKeySigner;
use libp2p::{Multiaddr, PeerId};
use paratii_chain::Client;

use crate::error::Result;
use crate::network::NetConfig;

/// A peer's configuration.
#[derive(Debug, Clone)]
pub struct PeerConfig {
    /// A chain client with the peer's wallet (it opens, withdraws and closes, or signs bids and
    /// payments).
    pub chain: Client,
    /// The communication key: the libp2p identity and the signer of off-chain messages.
    pub comm: PrivateKeySigner,
    /// Where to listen (e.g. `/ip4/127.0.0.1/tcp/0`).
    pub listen: Vec<Multiaddr>,
    /// Network settings.
    pub net: NetConfig,
}

impl PeerConfig {
    /// A configuration listening on an ephemeral loopback port.
    pub fn new(chain: Client, comm: PrivateKeySigner) -> Self {
        Self {
            chain,
            comm,
            listen: vec![loopback()],
            net: NetConfig::default(),
        }
    }
}

/// `/ip4/127.0.0.1/tcp/0`.
pub fn loopback() -> Multiaddr {
    "/ip4/127.0.0.1/tcp/0"
        .parse()
        .unwrap_or_else(|_| unreachable!("a literal multiaddr"))
}

/// The libp2p keypair of a communication key: the same secp256k1 secret, so the PeerId follows
/// from the public key registered in `UserRegistry`.
pub fn keypair(comm: &PrivateKeySigner) -> Result<libp2p::identity::Keypair> {
    Ok(paratii_keys::libp2p_keypair(comm)?)
}

/// `key` on libsecp256k1, for the signatures a peer makes per segment (payments, deliveries,
/// key requests): the same RFC 6979 bytes as alloy's k256 signer, about a fifth of its time.
pub fn fast_signer(
    key: &PrivateKeySigner,
    what: &'static str,
) -> Result<paratii_protocol::SigningKey> {
    paratii_protocol::SigningKey::from_bytes(&key.to_bytes().0).map_err(|e| {
        crate::error::NetError::Malformed {
            what,
            reason: e.to_string(),
        }
    })
}

/// The Ethereum address of a peer's secp256k1 key, read back from its PeerId (secp256k1 PeerIds
/// inline the public key); `None` for other key types.
pub fn address_of_peer(peer: &PeerId) -> Option<Address> {
    let mh = libp2p::multihash::Multihash::<64>::from_bytes(&peer.to_bytes()).ok()?;
    if mh.code() != 0 {
        return None;
    }
    let public = libp2p::identity::PublicKey::try_decode_protobuf(mh.digest()).ok()?;
    let secp = public.try_into_secp256k1().ok()?;
    let uncompressed = secp.to_bytes_uncompressed();
    Some(Address::from_slice(&keccak256(&uncompressed[1..])[12..]))
}
