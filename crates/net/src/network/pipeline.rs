//! Requests on one long-lived stream sent without waiting for the answers before them
//! (PROTOCOL R28).
//!
//! The payee answers a stream's requests in order, and reads the next request while it writes
//! the last answer, so a request sent before the answer before it arrived is checked and stored
//! while that answer is on the wire. The caller bounds how many requests are in flight; the
//! answers come back in the order of the requests.

use std::io;
use std::time::Duration;

use futures::AsyncReadExt;
use futures::io::WriteHalf;
use libp2p::{PeerId, Stream};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::streams::{StreamFailure, failed, timed_out};
use super::{Client, Protocol};
use crate::error::Result;
use crate::frame::{Direction, Frame, FrameLimits, read_frame_within, write_frame_within};

/// One stream to a peer on one of the payment protocols, requests written as they come and
/// answers read by a task of their own.
pub struct Pipeline {
    peer: PeerId,
    protocol: Protocol,
    writer: WriteHalf<Stream>,
    answers: mpsc::Receiver<io::Result<Frame>>,
    reader: JoinHandle<()>,
    request_timeout: Duration,
    traffic: std::sync::Arc<super::ProtocolTraffic>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("peer", &self.peer)
            .field("protocol", &self.protocol)
            .finish_non_exhaustive()
    }
}

impl Drop for Pipeline {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

/// Tries past the first at opening a pipeline's stream when it breaks at once (40, 80, 160 ms
/// apart).
const OPEN_TRIES: u32 = 3;

impl Client {
    /// A new stream to `peer` for pipelined requests of `protocol`, or `None` when requests must
    /// go one at a time: the peer does not speak the stream protocol, or streams are off
    /// ([`super::NetConfig::payment_streams`]).
    pub async fn pipeline(
        &self,
        peer: PeerId,
        addrs: Vec<libp2p::Multiaddr>,
        protocol: Protocol,
    ) -> Result<Option<Pipeline>> {
        let Some(name) = protocol.stream_name().filter(|_| self.payment_streams) else {
            return Ok(None);
        };
        if !self.streams.takes_streams(peer) {
            return Ok(None);
        }
        let mut tries = 0;
        let stream = loop {
            match self.open_stream(peer, addrs.clone(), protocol, name).await {
                Ok(stream) => break stream,
                // A new stream fails at once on a connection that has just closed, before the
                // swarm has seen it close (R25); once it has, the next try dials again.
                Err(StreamFailure::Broken) if tries < OPEN_TRIES => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(20 << tries)).await;
                }
                Err(StreamFailure::Broken) => {
                    return Err(failed(
                        peer,
                        protocol,
                        "the new stream broke at once".into(),
                    ));
                }
                Err(StreamFailure::Unsupported) => {
                    self.streams.refuses_streams(peer);
                    return Ok(None);
                }
                Err(StreamFailure::TimedOut) => return Err(timed_out(peer, protocol)),
                Err(StreamFailure::Failed(e)) => return Err(e),
            }
        };
        let (mut read, writer) = stream.split();
        // One answer waits here while the next is read: what a pipeline holds is bounded by
        // the requests in flight, which the caller bounds.
        let (tx, answers) = mpsc::channel(1);
        let traffic = self.traffic.counter(protocol);
        let counter = traffic.clone();
        let reader = tokio::spawn(async move {
            let limits = FrameLimits::of(protocol, Direction::Response);
            loop {
                let answer = read_frame_within(&mut read, &limits).await;
                if let Ok(frame) = &answer {
                    counter.add_received(frame.encoded_len());
                }
                let stop = answer.is_err();
                if tx.send(answer).await.is_err() || stop {
                    return;
                }
            }
        });
        Ok(Some(Pipeline {
            peer,
            protocol,
            writer,
            answers,
            reader,
            request_timeout: self.request_timeout,
            traffic,
        }))
    }
}

impl Pipeline {
    /// Writes one request; its answer comes from [`Pipeline::next_answer`] after the answers of
    /// the requests sent before it.
    pub async fn send(&mut self, frame: &Frame) -> Result<()> {
        let limits = FrameLimits::of(self.protocol, Direction::Request);
        match tokio::time::timeout(
            self.request_timeout,
            write_frame_within(&mut self.writer, frame, &limits),
        )
        .await
        {
            Ok(Ok(())) => {
                self.traffic.add_sent(frame.encoded_len());
                Ok(())
            }
            Ok(Err(e)) => Err(failed(self.peer, self.protocol, e.to_string())),
            Err(_) => Err(timed_out(self.peer, self.protocol)),
        }
    }

    /// The answer to the oldest request not yet answered, within the request timeout.
    pub async fn next_answer(&mut self) -> Result<Frame> {
        match tokio::time::timeout(self.request_timeout, self.answers.recv()).await {
            Ok(Some(Ok(frame))) => Ok(frame),
            Ok(Some(Err(e))) => Err(failed(self.peer, self.protocol, e.to_string())),
            Ok(None) => Err(failed(self.peer, self.protocol, "the stream closed".into())),
            Err(_) => Err(timed_out(self.peer, self.protocol)),
        }
    }
}
