//! A bare libp2p peer with a viewer's identity, for the tests that speak the content wire
//! protocol themselves.

use std::collections::BTreeMap;

use alloy::signers::local::PrivateKeySigner;
use libp2p::{Multiaddr, PeerId};
use paratii_net::error::NetError;
use paratii_net::frame::Frame;
use paratii_net::network::{self, NetConfig, Protocol};
use paratii_net::wire::{BidAccepted, parse_delivery};
use paratii_net::{Server, keypair};
use paratii_protocol::{BidMessage, PaymentMessage};

/// A bare libp2p peer with a viewer's identity, speaking the content wire protocol directly.
pub struct RawViewer {
    /// Its network.
    pub net: network::Client,
    /// The server's.
    pub peer: PeerId,
    /// Where the server listens.
    pub addrs: Vec<Multiaddr>,
}

impl RawViewer {
    /// A peer with key `comm`, to `server`.
    pub fn new(comm: &PrivateKeySigner, server: &Server) -> Self {
        let (net, _inbound) =
            network::spawn(keypair(comm).expect("keypair"), &NetConfig::default()).expect("net");
        Self {
            net,
            peer: server.peer_id(),
            addrs: server.addrs().to_vec(),
        }
    }

    /// Sends `frame` on `protocol`; the answer.
    pub async fn request(&self, protocol: Protocol, frame: Frame) -> Result<Frame, NetError> {
        let (peer, addrs) = (self.peer, self.addrs.clone());
        self.net.request(peer, addrs, protocol, frame).await
    }

    /// Bids.
    pub async fn bid(&self, bid: &BidMessage) -> Result<BidAccepted, NetError> {
        let answer = self
            .request(Protocol::Bid, Frame::json(bid.encode()))
            .await?;
        BidAccepted::from_frame(&answer)
    }

    /// Pays; the segments delivered.
    pub async fn pay(
        &self,
        payment: &PaymentMessage,
    ) -> Result<BTreeMap<u64, alloy::primitives::Bytes>, NetError> {
        let answer = self
            .request(Protocol::Pay, Frame::json(payment.encode()))
            .await?;
        Ok(parse_delivery(&answer)?.segments)
    }

    /// Pays, and if the link dropped before the answer came, redials and sends the same payment
    /// once more (what `watch` does).
    pub async fn pay_resending(
        &self,
        payment: &PaymentMessage,
    ) -> Result<BTreeMap<u64, alloy::primitives::Bytes>, NetError> {
        match self.pay(payment).await {
            Err(NetError::Request { .. }) => self.pay(payment).await,
            other => other,
        }
    }
}
