//! Finding peers from the chain: a communication key's PeerId follows from its registered public
//! key, and a wallet's profile metadata publishes its addresses as `{"addrs": [...]}`.

use alloy::primitives::Address;
use libp2p::multiaddr::Protocol as MaProtocol;
use libp2p::{Multiaddr, PeerId};
use paratii_chain::{Client, TxInfo, VideoRecord};
use rand::seq::SliceRandom;

use crate::error::{NetError, Result};

/// Where to reach a peer, as resolved from the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerInfo {
    /// The communication key.
    pub key: Address,
    /// The wallet it is registered to.
    pub wallet: Address,
    /// The PeerId derived from the registered public key.
    pub peer_id: PeerId,
    /// Addresses, each ending in `/p2p/<peer_id>`.
    pub addrs: Vec<Multiaddr>,
}

/// The PeerId of a registered communication key (errors when unregistered or revoked).
pub async fn peer_of_key(chain: &Client, key: Address) -> Result<(Address, PeerId)> {
    let record = chain.key_of(key).await?;
    if record.wallet == Address::ZERO || !record.active {
        return Err(NetError::KeyInactive {
            key,
            wallet: record.wallet,
        });
    }
    let public = chain
        .keys_of_wallet(record.wallet)
        .await?
        .into_iter()
        .find(|k| k.key == key)
        .map(|k| k.public_key)
        .ok_or(NetError::KeyInactive {
            key,
            wallet: record.wallet,
        })?;
    Ok((record.wallet, paratii_keys::peer_id(&public)?))
}

/// The addresses in a profile's metadata (`{"addrs": [...]}`); anything else yields none.
pub fn profile_addrs(metadata: &str) -> Vec<Multiaddr> {
    serde_json::from_str::<serde_json::Value>(metadata)
        .ok()
        .and_then(|v| v.get("addrs").cloned())
        .and_then(|a| serde_json::from_value::<Vec<String>>(a).ok())
        .unwrap_or_default()
        .iter()
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// Checks `addr` names `peer` (appending `/p2p/<peer>` when it names none).
pub fn bind_addr(addr: Multiaddr, peer: PeerId) -> Result<Multiaddr> {
    match addr.iter().last() {
        Some(MaProtocol::P2p(got)) if got == peer => Ok(addr),
        Some(MaProtocol::P2p(got)) => Err(NetError::PeerIdMismatch {
            addr: addr.to_string(),
            expected: peer.to_string(),
            got: got.to_string(),
        }),
        _ => Ok(addr.with(MaProtocol::P2p(peer))),
    }
}

/// Resolves a communication key to its PeerId and addresses: explicit `addrs` if given (each
/// checked against the key's PeerId), else the owner wallet's profile.
pub async fn resolve_key(chain: &Client, key: Address, addrs: Vec<Multiaddr>) -> Result<PeerInfo> {
    let (wallet, peer_id) = peer_of_key(chain, key).await?;
    let candidates = if addrs.is_empty() {
        profile_addrs(&chain.profile(wallet).await?)
    } else {
        addrs
    };
    // Addresses published for another peer (an older key of the same wallet) are skipped, explicit
    // ones are an error.
    let explicit = !candidates.is_empty();
    let mut out = Vec::new();
    for addr in candidates {
        match bind_addr(addr, peer_id) {
            Ok(a) => out.push(a),
            Err(e) if explicit && out.is_empty() => return Err(e),
            Err(_) => {}
        }
    }
    if out.is_empty() {
        return Err(NetError::NoAddress {
            wallet,
            peer: peer_id,
        });
    }
    Ok(PeerInfo {
        key,
        wallet,
        peer_id,
        addrs: out,
    })
}

/// Every peer that may sell `video`: each active communication key of the publishing wallet that
/// an address names (PROTOCOL R24), from `addrs` if given, else from the wallet's profile. An
/// address without `/p2p/` names the video's owner key. The order is random, so that viewers
/// spread over the servers of one publisher; each peer's addresses keep their given order.
///
/// An address naming anything else (a revoked key, another wallet's key) is skipped; it is the
/// error when no address qualifies.
pub async fn publisher_peers(
    chain: &Client,
    video: &VideoRecord,
    addrs: Vec<Multiaddr>,
) -> Result<Vec<PeerInfo>> {
    let wallet = video.publisher;
    let mut keys = Vec::new();
    for k in chain.keys_of_wallet(wallet).await? {
        keys.push((paratii_keys::peer_id(&k.public_key)?, k.key, k.active));
    }
    let owner_peer = keys
        .iter()
        .find(|(_, key, _)| *key == video.owner_key)
        .map(|(peer, _, _)| *peer);
    let candidates = if !addrs.is_empty() {
        addrs
    } else {
        profile_addrs(&chain.profile(wallet).await?)
    };
    let mut peers: Vec<PeerInfo> = Vec::new();
    let mut refused = None;
    for addr in candidates {
        let named = match addr.iter().last() {
            Some(MaProtocol::P2p(peer)) => Some(peer),
            _ => owner_peer,
        };
        let key = named.and_then(|peer| keys.iter().find(|(p, _, _)| *p == peer));
        match (named, key) {
            (Some(peer_id), Some((_, key, true))) => {
                let addr = bind_addr(addr, peer_id)?;
                match peers.iter_mut().find(|p| p.peer_id == peer_id) {
                    Some(p) => p.addrs.push(addr),
                    None => peers.push(PeerInfo {
                        key: *key,
                        wallet,
                        peer_id,
                        addrs: vec![addr],
                    }),
                }
            }
            (_, Some((_, key, false))) => {
                refused.get_or_insert(NetError::KeyInactive { key: *key, wallet });
            }
            (Some(peer), None) => {
                refused.get_or_insert(NetError::NotPublisherPeer {
                    addr: addr.to_string(),
                    peer,
                    publisher: wallet,
                });
            }
            (None, _) => {
                refused.get_or_insert(NetError::KeyInactive {
                    key: video.owner_key,
                    wallet,
                });
            }
        }
    }
    if peers.is_empty() {
        return Err(match (refused, owner_peer) {
            (Some(e), _) => e,
            (None, Some(peer)) => NetError::NoAddress { wallet, peer },
            (None, None) => NetError::NoActiveKey(wallet),
        });
    }
    peers.shuffle(&mut rand::thread_rng());
    Ok(peers)
}

/// The first active communication key of `wallet`.
pub async fn active_key_of(chain: &Client, wallet: Address) -> Result<Address> {
    chain
        .keys_of_wallet(wallet)
        .await?
        .into_iter()
        .find(|k| k.active)
        .map(|k| k.key)
        .ok_or(NetError::NoActiveKey(wallet))
}

/// Writes `addrs` into the wallet's profile metadata as `"addrs"`, keeping its other JSON fields;
/// sends nothing when they are already there.
pub async fn publish_addrs(chain: &Client, addrs: &[Multiaddr]) -> Result<Option<TxInfo>> {
    let wallet = chain
        .wallet_address()
        .ok_or(paratii_chain::ChainError::NoWallet)?;
    let current = chain.profile(wallet).await?;
    let mut value = serde_json::from_str::<serde_json::Value>(&current)
        .ok()
        .filter(serde_json::Value::is_object)
        .unwrap_or_else(|| serde_json::json!({}));
    let wanted: Vec<String> = addrs.iter().map(ToString::to_string).collect();
    if value.get("addrs") == Some(&serde_json::json!(wanted)) {
        return Ok(None);
    }
    value["addrs"] = serde_json::json!(wanted);
    Ok(Some(chain.set_profile(&value.to_string()).await?))
}

/// Whether a failure at one of a publisher's servers is worth a bid at another: it does not
/// answer, is busy or full, or does not sell this video on these terms. Not when the bid itself
/// is at fault (its signature, nonce or deposit), which no other server would take either.
pub fn worth_another_server(e: &NetError) -> bool {
    use crate::wire::RejectCode as C;
    match e {
        NetError::PublisherOffline { .. }
        | NetError::DialFailed { .. }
        | NetError::Request { .. } => true,
        NetError::Rejected(r) => matches!(
            r.code,
            C::UnknownVideo
                | C::RateTooLow
                | C::TooManyChannels
                | C::ExpiryOutOfWindow
                | C::OpenFailed
                | C::Internal
                | C::Busy
        ),
        _ => false,
    }
}
