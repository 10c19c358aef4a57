//! Inbound requests to their handlers, within bounds: the request-response protocols and the
//! long-lived payment streams (PROTOCOL R25) alike.

use std::sync::Arc;
use std::time::Duration;

use libp2p::PeerId;
use tokio::task::JoinHandle;

use super::{Shared, serve_listing};
use crate::error::Result;
use crate::frame::Frame;
use crate::network::{
    self, InboundRequest, InboundStream, InboundStreams, Inflight, InflightPermit, NetConfig,
    Protocol,
};
use crate::wire::{RejectCode, Rejection};

/// Starts answering: the request-response dispatcher and one acceptor per payment stream.
///
/// Bids and listings, which anyone can send, have one pool of `net.max_inflight` requests (and
/// `net.max_inflight_per_peer` per peer); payments, key and close requests, which only a channel's
/// payer gets past their first check, have the other, so a flood of bids cannot stop paying
/// viewers. The payment streams take their requests' slots from the second pool.
pub(super) fn spawn(
    shared: &Arc<Shared>,
    inbound: tokio::sync::mpsc::Receiver<InboundRequest>,
    net: &NetConfig,
) -> Result<Vec<JoinHandle<()>>> {
    let open = Inflight::new(net.max_inflight, net.max_inflight_per_peer);
    let paying = Inflight::new(net.max_inflight, net.max_inflight_per_peer);
    // Streams held open at once: one per connection allowed in all, and as many per peer as a
    // connection's streams of one protocol.
    let held = Inflight::new(net.max_connections as usize, net.max_streams);
    let mut tasks = vec![tokio::spawn(dispatch(
        shared.clone(),
        inbound,
        open,
        paying.clone(),
        net.clone(),
    ))];
    for protocol in [Protocol::Keys, Protocol::Pay] {
        let incoming = shared.net.accept_streams(protocol)?;
        tasks.push(tokio::spawn(accept_streams(
            shared.clone(),
            incoming,
            held.clone(),
            paying.clone(),
            net.clone(),
        )));
    }
    Ok(tasks)
}

/// Handles each inbound request in its own task. A request over its pool's bounds is answered
/// `busy` at once, never queued.
async fn dispatch(
    shared: Arc<Shared>,
    mut inbound: tokio::sync::mpsc::Receiver<InboundRequest>,
    open: Inflight,
    paying: Inflight,
    net: NetConfig,
) {
    while let Some(req) = inbound.recv().await {
        let pool = match req.protocol {
            Protocol::Listing | Protocol::Bid | Protocol::Attention => &open,
            Protocol::Pay | Protocol::Keys | Protocol::Close => &paying,
        };
        let permit = match pool.try_acquire(req.peer) {
            Ok(permit) => permit,
            Err(full) => {
                let _ = shared
                    .net
                    .respond(req.protocol, req.channel, busy(full).to_frame())
                    .await;
                continue;
            }
        };
        let shared = shared.clone();
        let deadline = net.handling_deadline(req.protocol);
        tokio::spawn(async move {
            let InboundRequest {
                peer,
                protocol,
                frame,
                channel,
                ..
            } = req;
            let answer = handle(shared.clone(), peer, protocol, frame, permit, deadline).await;
            let _ = shared.net.respond(protocol, channel, answer).await;
        });
    }
}

/// Takes each payment stream a peer opens, within `held`'s bounds (a stream over them is
/// dropped, which resets it: the peer asks again, or the request-response way).
async fn accept_streams(
    shared: Arc<Shared>,
    mut incoming: InboundStreams,
    held: Inflight,
    paying: Inflight,
    net: NetConfig,
) {
    while let Some(stream) = incoming.next().await {
        let Ok(slot) = held.try_acquire(stream.peer) else {
            continue;
        };
        tokio::spawn(serve_stream(
            shared.clone(),
            stream,
            slot,
            paying.clone(),
            net.clone(),
        ));
    }
}

/// Answers a stream's requests in order until the peer closes it, stays silent for the idle
/// timeout, or breaks the framing. Each request takes a slot of the paying pool while it is
/// handled, as on request-response. The next request is read and handled while the last answer
/// is written (PROTOCOL R28): a viewer with a second payment in flight has it checked and stored
/// while the delivery before it is on the wire.
async fn serve_stream(
    shared: Arc<Shared>,
    stream: InboundStream,
    _slot: InflightPermit,
    paying: Inflight,
    net: NetConfig,
) {
    let (peer, protocol) = (stream.peer, stream.protocol);
    let deadline = net.handling_deadline(protocol);
    stream
        .answer_in_order(net.idle_timeout, net.request_read_timeout, |frame| {
            let (shared, paying) = (shared.clone(), paying.clone());
            async move {
                Some(match paying.try_acquire(peer) {
                    Ok(permit) => handle(shared, peer, protocol, frame, permit, deadline).await,
                    Err(full) => busy(full).to_frame(),
                })
            }
        })
        .await;
}

fn busy(full: network::Saturated) -> Rejection {
    Rejection::new(RejectCode::Busy, format!("{full}; ask again later"))
}

/// One request's answer, within `deadline`: past it the answer is `busy`, and the work still
/// runs to its end (an `open` in flight or a payment being stored is never cut in half), holding
/// its slot meanwhile.
async fn handle(
    shared: Arc<Shared>,
    peer: PeerId,
    protocol: Protocol,
    frame: Frame,
    permit: InflightPermit,
    deadline: Duration,
) -> Frame {
    let mut work = Box::pin(async move {
        let _permit = permit;
        let answer = match protocol {
            Protocol::Listing => Ok(serve_listing(shared.catalog.as_ref(), &frame)),
            Protocol::Bid => Ok(shared.on_bid(peer, &frame).await),
            Protocol::Pay => shared.on_pay(peer, &frame).await,
            Protocol::Keys => shared.on_keys(peer, &frame).await,
            Protocol::Close => shared.on_close_request(peer, &frame).await,
            Protocol::Attention => Err(Rejection::new(
                RejectCode::NoAttention,
                "this peer does not advertise",
            )),
        };
        answer.unwrap_or_else(|r| r.to_frame())
    });
    if let Ok(answer) = tokio::time::timeout(deadline, &mut work).await {
        return answer;
    }
    tokio::spawn(work);
    Rejection::new(
        RejectCode::Busy,
        format!("not handled within {deadline:?}; ask again later"),
    )
    .to_frame()
}
