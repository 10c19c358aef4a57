//! The long-lived payment streams (PROTOCOL R25, and two payments in flight on one: R28), in
//! process: anvil through
//! `paratii_test_utils::TestNet`, a publisher `Server` on loopback, an honest `watch` and
//! attackers speaking raw bytes on `/paratii/keys-stream/1` and `/paratii/pay-stream/1`.
//!
//! Measured on the 2-core dev machine (debug build): the attacks of
//! `hostile_streams_are_bounded_and_the_honest_watch_completes` grow this process's RSS by a few
//! MiB (bound asserted: 48 MiB), and the honest watch completes during them.

mod common;

use common::*;

use std::time::Duration;

use alloy::signers::local::PrivateKeySigner;
use futures::{AsyncReadExt, AsyncWriteExt};
use libp2p::swarm::dial_opts::DialOpts;
use libp2p::{Stream, StreamProtocol, noise, tcp, yamux};
use paratii_net::frame::{Frame, read_frame, write_frame};
use paratii_net::network::Protocol;
use paratii_net::wire::parse_delivery;
use paratii_net::{Server, keypair};

const SEGMENTS: u64 = 6;
const FORMAT: &str = "360p30";

async fn world() -> World {
    small_world(&[FORMAT], SEGMENTS).await
}

/// A publisher whose streams may stay silent for 2 s between requests, and whose requests must
/// arrive whole within 1 s.
async fn impatient_server(w: &World) -> Server {
    let mut serving = w.serving(withdrawing_every(2));
    serving.config.net.idle_timeout = Duration::from_secs(2);
    serving.config.net.request_read_timeout = Duration::from_secs(1);
    serving.start().await
}

/// A peer with a fresh key that opens raw streams to the server.
struct Attacker {
    control: libp2p_stream::Control,
    server: libp2p::PeerId,
}

impl Attacker {
    async fn connect(server: &Server) -> Self {
        let id = keypair(&PrivateKeySigner::random()).expect("keypair");
        let mut swarm = libp2p::SwarmBuilder::with_existing_identity(id)
            .with_tokio()
            .with_tcp(
                tcp::Config::default().nodelay(true),
                noise::Config::new,
                yamux::Config::default,
            )
            .expect("tcp")
            .with_behaviour(|_| libp2p_stream::Behaviour::new())
            .expect("behaviour")
            .with_swarm_config(|c| c.with_idle_connection_timeout(Duration::from_secs(60)))
            .build();
        let control = swarm.behaviour().new_control();
        swarm
            .dial(
                DialOpts::peer_id(server.peer_id())
                    .addresses(server.addrs().to_vec())
                    .build(),
            )
            .expect("dial");
        tokio::spawn(async move {
            use futures::StreamExt;
            loop {
                swarm.select_next_some().await;
            }
        });
        Self {
            control,
            server: server.peer_id(),
        }
    }

    async fn open(&self, protocol: Protocol) -> Stream {
        let name = protocol.stream_name().expect("a stream protocol");
        let mut control = self.control.clone();
        for _ in 0..50 {
            match control
                .open_stream(self.server, StreamProtocol::new(name))
                .await
            {
                Ok(stream) => return stream,
                // Still connecting.
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        panic!("no stream to the server");
    }
}

/// Whether the server answered a frame on `stream` (any answer: a rejection is one), within 5 s.
async fn answered(stream: &mut Stream) -> bool {
    matches!(
        tokio::time::timeout(Duration::from_secs(5), read_frame(stream)).await,
        Ok(Ok(_))
    )
}

/// Whether the server closed or reset `stream` within `within` (reading gives end of stream or
/// an error, and no frame).
async fn closed_within(stream: &mut Stream, within: Duration) -> bool {
    let mut buf = [0u8; 1];
    matches!(
        tokio::time::timeout(within, stream.read(&mut buf)).await,
        Ok(Ok(0) | Err(_))
    )
}

/// A request the server can parse as a frame but not as a payment: answered `malformed`.
fn garbage() -> Frame {
    Frame::json(b"{}".to_vec())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watch_pays_every_segment_on_one_stream() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    w.honest_watch(&server).await;
    let pay = server.network().traffic().of(Protocol::Pay);
    assert_eq!(pay.streams, 1, "payments took {} streams", pay.streams);
    assert!(pay.received > 0 && pay.sent > 0, "{pay:?}");
    // A second watch, by a new network of the viewer: one more stream, not one per payment.
    w.honest_watch(&server).await;
    assert_eq!(server.network().traffic().of(Protocol::Pay).streams, 2);
    server.shutdown().await.expect("shutdown");
    w.assert_settled(before, 2 * SEGMENTS).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_streams_are_bounded_and_the_honest_watch_completes() {
    let w = world().await;
    let server = impatient_server(&w).await;
    let before = w.balances().await;
    let rss = RssPeak::start();
    let attacker = Attacker::connect(&server).await;

    // Forty streams held open by one peer: the server serves eight (its streams per peer) and
    // resets the rest; every stream it keeps answers.
    let mut held = Vec::new();
    for i in 0..40 {
        let protocol = if i % 2 == 0 {
            Protocol::Keys
        } else {
            Protocol::Pay
        };
        held.push(attacker.open(protocol).await);
    }
    let mut served = 0;
    for stream in &mut held {
        if write_frame(stream, &garbage()).await.is_ok() && answered(stream).await {
            served += 1;
        }
    }
    assert_eq!(served, 8, "streams served for one peer");
    drop(held);
    // Their slots come back once the streams are gone.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut again = attacker.open(Protocol::Keys).await;
    write_frame(&mut again, &garbage()).await.expect("write");
    assert!(answered(&mut again).await, "a freed slot serves again");

    // Frames over the request limits: a 30 MiB header, a 4 GiB header, a blob in a request.
    // Each stream is dropped unanswered, before anything is allocated for what it announces.
    let honest = w.honest_watch(&server);
    let attacks = async {
        for round in 0..20 {
            for bad in [
                (30u32 << 20).to_be_bytes().to_vec(),
                u32::MAX.to_be_bytes().to_vec(),
                [
                    &2u32.to_be_bytes()[..],
                    b"{}",
                    &1u32.to_be_bytes(),
                    &16u32.to_be_bytes(),
                ]
                .concat(),
            ] {
                let protocol = if round % 2 == 0 {
                    Protocol::Keys
                } else {
                    Protocol::Pay
                };
                let mut stream = attacker.open(protocol).await;
                stream.write_all(&bad).await.expect("write");
                stream.flush().await.expect("flush");
                assert!(
                    closed_within(&mut stream, Duration::from_secs(5)).await,
                    "an oversized request was not refused"
                );
            }
        }
    };
    let (took, ()) = tokio::join!(honest, attacks);

    // A request begun and never finished is dropped after the read timeout (1 s); a stream left
    // silent, after the idle timeout (2 s).
    let mut stalled = attacker.open(Protocol::Keys).await;
    stalled
        .write_all(&100u32.to_be_bytes())
        .await
        .expect("write");
    stalled.flush().await.expect("flush");
    assert!(closed_within(&mut stalled, Duration::from_secs(4)).await);
    let mut silent = attacker.open(Protocol::Pay).await;
    assert!(closed_within(&mut silent, Duration::from_secs(6)).await);

    let rss = rss.stop();
    println!(
        "FIGURE streams: peak RSS growth MiB: {:.1}; honest watch under attack: {took:?}",
        rss.growth_mib()
    );
    assert!(rss.growth_mib() < 48.0, "{rss:?}");
    server.shutdown().await.expect("shutdown");
    w.assert_settled(before, SEGMENTS).await;
}

/// A peer that takes the payment stream and drops it at once (as a server over its stream
/// bounds does, or a connection closing under it): the request is still answered, the
/// request-response way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stream_dropped_at_once_falls_back_to_request_response() {
    use paratii_net::network::{self, NetConfig};
    let (server, mut inbound) = network::spawn(
        keypair(&PrivateKeySigner::random()).expect("keypair"),
        &NetConfig::default(),
    )
    .expect("server");
    let addr = server
        .listen(paratii_net::loopback())
        .await
        .expect("listen");
    let mut streams = server.accept_streams(Protocol::Keys).expect("accept");
    tokio::spawn(async move {
        while let Some(stream) = streams.next().await {
            drop(stream);
        }
    });
    let answering = server.clone();
    tokio::spawn(async move {
        while let Some(req) = inbound.recv().await {
            let echo = req.frame.clone();
            let _ = answering.respond(req.protocol, req.channel, echo).await;
        }
    });
    let (client, _) = network::spawn(
        keypair(&PrivateKeySigner::random()).expect("keypair"),
        &NetConfig::default(),
    )
    .expect("client");
    for i in 0..3u8 {
        let frame = Frame::json(vec![b'0' + i]);
        let answer = client
            .request(
                server.peer_id(),
                vec![addr.clone()],
                Protocol::Keys,
                frame.clone(),
            )
            .await
            .expect("answered");
        assert_eq!(answer, frame);
    }
    // Each request tried a new stream first, and was answered the other way.
    assert_eq!(server.traffic().of(Protocol::Keys).streams, 3);
    assert_eq!(client.traffic().of(Protocol::Keys).streams, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_before_the_last_is_answered_again() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    let raw = RawViewer::new(&w.payer().comm, &server);
    let open = raw
        .bid(&w.bid(FORMAT, RATE, 3600).await)
        .await
        .expect("bid accepted");
    let pay = |b| Frame::json(w.payer().pay(open.channel, b).expect("payment").encode());
    let pipeline = || async {
        raw.net
            .pipeline(raw.peer, raw.addrs.clone(), Protocol::Pay)
            .await
            .expect("a stream")
            .expect("the server takes streams")
    };
    let indices = |answer: &Frame| -> Vec<u64> {
        parse_delivery(answer)
            .expect("a delivery")
            .segments
            .into_keys()
            .collect()
    };

    // Two payments in flight on one stream (R28): answered in order.
    let mut first = pipeline().await;
    first.send(&pay(2)).await.expect("send");
    first.send(&pay(4)).await.expect("send");
    let (a, b) = (
        first.next_answer().await.expect("answer"),
        first.next_answer().await.expect("answer"),
    );
    assert_eq!((indices(&a), indices(&b)), (vec![0, 1], vec![2, 3]));

    // The stream breaks before the viewer knows which answers arrived: both payments go again
    // on a new stream, and each is answered with its own delivery again, nothing paid twice.
    drop(first);
    server
        .network()
        .disconnect(raw.net.peer_id())
        .await
        .expect("disconnect");
    let mut again = pipeline().await;
    again.send(&pay(2)).await.expect("send");
    again.send(&pay(4)).await.expect("send");
    assert_eq!(again.next_answer().await.expect("answer"), a);
    assert_eq!(again.next_answer().await.expect("answer"), b);

    // Streaming goes on from balance 4; only the last two requests are kept.
    again.send(&pay(5)).await.expect("send");
    assert_eq!(
        indices(&again.next_answer().await.expect("answer")),
        vec![4]
    );
    again.send(&pay(2)).await.expect("send");
    assert_eq!(
        rejected(parse_delivery(&again.next_answer().await.expect("answer"))),
        paratii_net::wire::RejectCode::StalePayment
    );
    again.send(&pay(SEGMENTS)).await.expect("send");
    let rest = again.next_answer().await.expect("answer");
    assert_eq!(indices(&rest), (5..SEGMENTS).collect::<Vec<_>>());
    assert_eq!(paid_balances(&server), vec![2, 4, 5, SEGMENTS]);
    assert_eq!(delivered(&server), (0..SEGMENTS).collect::<Vec<_>>());
    server.shutdown().await.expect("shutdown");
    w.assert_settled(before, SEGMENTS).await;
}
