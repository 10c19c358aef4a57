//! Which of the publisher's servers the session deals with (PROTOCOL R24): bidding at one, and
//! leaving it for another when it stops answering.

use paratii_protocol::BidTerms;

use super::{Abandoned, KeySession, OpenChannel};
use crate::discovery::{PeerInfo, worth_another_server};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::Protocol;
use crate::wire::BidAccepted;

impl KeySession {
    /// Bids at the current server, then at each other one in turn while the failure is worth
    /// another server; the first that opens becomes the current one.
    pub(super) async fn bid(&self) -> Result<OpenChannel> {
        let servers = self.inner.publishers.len();
        let start = self.state().publisher;
        let mut first_failure = None;
        for n in (0..servers).map(|k| (start + k) % servers) {
            match self.bid_at(&self.inner.publishers[n]).await {
                Ok(open) => {
                    self.state().publisher = n;
                    return Ok(open);
                }
                Err(e) if worth_another_server(&e) => {
                    first_failure.get_or_insert(e);
                }
                Err(e) => return Err(e),
            }
        }
        Err(first_failure.unwrap_or(NetError::SessionEnded))
    }

    pub(super) async fn bid_at(&self, publisher: &PeerInfo) -> Result<OpenChannel> {
        let i = &self.inner;
        if self.state().ended {
            return Err(NetError::SessionEnded);
        }
        let wallet = i
            .chain
            .wallet()
            .ok_or(paratii_chain::ChainError::NoWallet)?;
        // Read for every server tried: one that timed out may still have opened a channel.
        let now = i.chain.block_timestamp().await?;
        let bid = BidTerms {
            nonce: i.chain.nonce_of(wallet.address()).await?,
            rate: i.request.rate,
            expiration: now + i.request.expiry_secs,
            cid: i.video.cid.clone(),
            format: i.video.format.clone(),
            bidder_key: i.comm.address(),
            counterparty_key: publisher.key,
        }
        .sign(&i.domain, wallet, &i.comm)?;
        let expected = bid.channel_id(&i.domain);
        let answer = i
            .net
            .request(
                publisher.peer_id,
                publisher.addrs.clone(),
                Protocol::Bid,
                Frame::json(bid.encode()),
            )
            .await
            .map_err(|e| offline(publisher, e))?;
        let accepted = BidAccepted::from_frame(&answer)?;
        if accepted.channel != expected {
            return Err(NetError::ChannelIdMismatch {
                expected,
                got: accepted.channel,
            });
        }
        if i.chain.channel_hash(expected).await?.is_zero() {
            return Err(NetError::ChannelNotOpen(expected));
        }
        let record = i.chain.channel(expected).await?;
        Ok(OpenChannel {
            id: expected,
            open_tx: accepted.tx,
            channel: record.channel,
        })
    }

    /// After the current server stopped answering for the whole patience: leaves its channel
    /// (with the highest balance signed on it) and moves to the next server, whose channel
    /// opens at the next purchase. `false` when there is no other server, or `e` is not that.
    pub(super) fn leave_current_server(&self, e: &NetError) -> bool {
        let servers = self.inner.publishers.len();
        let gone = matches!(
            e,
            NetError::PublisherOffline { .. } | NetError::Request { .. }
        );
        let mut state = self.state();
        // Each server is left at most once: servers that open and then never answer cannot
        // keep the session bidding, each bid locking a new escrow.
        if servers < 2 || !gone || state.abandoned.len() + 1 >= servers {
            return false;
        }
        let Some(open) = state.open.take() else {
            return false;
        };
        // The server may have taken the unanswered payment: count it as paid.
        let balance = state
            .pending
            .take()
            .map_or(state.balance, |(b, _, _)| b.max(state.balance));
        let publisher = &self.inner.publishers[state.publisher];
        state.abandoned.push(Abandoned {
            channel: open.id,
            publisher: publisher.peer_id.to_string(),
            balance,
            spent: crate::server::value_of(&open.channel, balance),
            escrow: open.channel.escrow,
        });
        state.balance = 0;
        state.publisher = (state.publisher + 1) % servers;
        drop(state);
        self.notify();
        true
    }
}

/// A dial failure towards the publisher, said as what it means for the viewer.
pub(crate) fn offline(publisher: &PeerInfo, e: NetError) -> NetError {
    match e {
        NetError::DialFailed { .. } => NetError::PublisherOffline {
            peer: publisher.peer_id,
            addrs: publisher.addrs.iter().map(ToString::to_string).collect(),
        },
        other => other,
    }
}
