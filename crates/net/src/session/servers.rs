//! Which of the publisher's servers the session deals with (PROTOCOL R24): bidding at one, and
//! leaving it for another when it stops answering.

use alloy::signers::local::PrivateKeySigner;
use paratii_chain::Client;
use paratii_protocol::BidTerms;

use super::{Abandoned, KeySession, OpenChannel};
use crate::discovery::{PeerInfo, worth_another_server};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::{self, Protocol};
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

    async fn bid_at(&self, publisher: &PeerInfo) -> Result<OpenChannel> {
        let i = &self.inner;
        if self.state().ended {
            return Err(NetError::SessionEnded);
        }
        let terms = BidAsk {
            cid: &i.video.cid,
            format: &i.video.format,
            rate: i.request.rate,
            expiry_secs: i.request.expiry_secs,
        };
        bid_at(&i.chain, &i.comm, &i.net, publisher, &terms).await
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

/// What a viewer bids for: a format of a video, at a rate, expiring so long after now.
pub(crate) struct BidAsk<'a> {
    pub(crate) cid: &'a str,
    pub(crate) format: &'a str,
    pub(crate) rate: u128,
    pub(crate) expiry_secs: u64,
}

/// Bids at one of the publisher's servers (the counterparty is its key) and checks that the
/// channel it says it opened is open on chain. The nonce and the time are read at each call: a
/// server tried before that timed out may still have opened a channel.
pub(crate) async fn bid_at(
    chain: &Client,
    comm: &PrivateKeySigner,
    net: &network::Client,
    publisher: &PeerInfo,
    ask: &BidAsk<'_>,
) -> Result<OpenChannel> {
    let wallet = chain.wallet().ok_or(paratii_chain::ChainError::NoWallet)?;
    let domain = chain.payment_channel_domain();
    let now = chain.block_timestamp().await?;
    let bid = BidTerms {
        nonce: chain.nonce_of(wallet.address()).await?,
        rate: ask.rate,
        expiration: now + ask.expiry_secs,
        cid: ask.cid.to_owned(),
        format: ask.format.to_owned(),
        bidder_key: comm.address(),
        counterparty_key: publisher.key,
    }
    .sign(&domain, wallet, comm)?;
    let expected = bid.channel_id(&domain);
    let answer = net
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
    if chain.channel_hash(expected).await?.is_zero() {
        return Err(NetError::ChannelNotOpen(expected));
    }
    let record = chain.channel(expected).await?;
    Ok(OpenChannel {
        id: expected,
        open_tx: accepted.tx,
        channel: record.channel,
    })
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
