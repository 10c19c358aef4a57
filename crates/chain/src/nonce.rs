//! Nonces for concurrent transactions from one wallet.

use std::collections::HashMap;
use std::sync::Arc;

use alloy::network::Network;
use alloy::primitives::Address;
use alloy::providers::Provider;
use alloy::providers::fillers::NonceManager;
use alloy::transports::TransportResult;
use tokio::sync::Mutex;

/// Hands out consecutive nonces per sender, like alloy's `CachedNonceManager` (the first one is
/// the pending transaction count, then each request takes the next), so that concurrent
/// transactions from one wallet never share a nonce.
///
/// Unlike the cached manager it can be told to [`resync`](Self::resync) after a transaction that
/// took a nonce was never broadcast: otherwise every later transaction would wait behind the gap.
#[derive(Debug, Clone, Default)]
pub struct ResyncingNonceManager {
    next: Arc<Mutex<HashMap<Address, u64>>>,
}

impl ResyncingNonceManager {
    /// Forgets what was handed out for `address`: its next nonce is read from the node again.
    pub async fn resync(&self, address: Address) {
        self.next.lock().await.remove(&address);
    }
}

#[async_trait::async_trait]
impl NonceManager for ResyncingNonceManager {
    async fn get_next_nonce<P, N>(&self, provider: &P, address: Address) -> TransportResult<u64>
    where
        P: Provider<N>,
        N: Network,
    {
        // Held across the fetch, so concurrent first requests do not both read the node.
        let mut next = self.next.lock().await;
        let nonce = match next.get(&address) {
            Some(&nonce) => nonce,
            None => provider.get_transaction_count(address).pending().await?,
        };
        next.insert(address, nonce + 1);
        Ok(nonce)
    }
}
