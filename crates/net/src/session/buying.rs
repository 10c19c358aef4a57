//! Buying keys: one request at a time, at most the lookahead each, a lost answer sent again
//! byte for byte, and every key checked against its ciphertext.

use alloy::primitives::Address;
use bytes::Bytes;
use paratii_protocol::KeyRequestMessage;

use super::{KeySession, offline};
use crate::catalog::{KEY_LEN, key_of_blob};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::Protocol;
use crate::wire::parse_delivery;

impl KeySession {
    /// Buys the keys of `wanted` not held yet, at most `lookahead` per request, one request at
    /// a time; their ciphertexts are fetched and checked first.
    pub async fn buy(&self, wanted: &[u64]) -> Result<()> {
        let _one_at_a_time = self.inner.buying.lock().await;
        self.check_live()?;
        match self.resend_pending().await {
            // Its keys are bought again below, on the next server's channel.
            Err(e) if self.leave_current_server(&e) => {}
            r => r?,
        }
        let missing: Vec<u64> = {
            let state = self.state();
            wanted
                .iter()
                .copied()
                .filter(|i| !state.keys.contains_key(i))
                .collect()
        };
        let per_request = usize::try_from(self.inner.request.lookahead.max(1)).unwrap_or(1);
        for chunk in missing.chunks(per_request) {
            let mut ciphertexts = Vec::with_capacity(chunk.len());
            for index in chunk {
                ciphertexts.push(self.ciphertext(*index).await?);
            }
            // Once more on the next server's channel when the current server is gone.
            while let Err(e) = self.buy_chunk(chunk, &ciphertexts).await {
                if !self.leave_current_server(&e) {
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// Pays for `chunk` on the current channel (opening one if there is none) and takes its keys.
    pub(super) async fn buy_chunk(&self, chunk: &[u64], ciphertexts: &[Bytes]) -> Result<()> {
        let open = self.open().await?;
        let balance = self.state().balance + chunk.len() as u64;
        let wallet = self
            .inner
            .wallet_key
            .as_ref()
            .ok_or(paratii_chain::ChainError::NoWallet)?;
        let msg = KeyRequestMessage::sign(
            &self.inner.domain,
            open.id,
            balance,
            chunk.to_vec(),
            wallet,
            &self.inner.comm_key,
        )?;
        let frame = Frame::json(msg.encode());
        self.state().pending = Some((balance, chunk.to_vec(), frame.clone()));
        // On disk before it is sent: a crash now resends this very request, never a second
        // payment for the same keys.
        self.save()?;
        self.send(balance, chunk, &frame, ciphertexts).await
    }

    /// Sends the request still waiting for its answer, if any.
    pub(super) async fn resend_pending(&self) -> Result<()> {
        let Some((balance, indices, frame)) = self.state().pending.clone() else {
            return Ok(());
        };
        let mut ciphertexts = Vec::with_capacity(indices.len());
        for index in &indices {
            ciphertexts.push(self.ciphertext(*index).await?);
        }
        self.send(balance, &indices, &frame, &ciphertexts).await
    }

    /// Sends one key request (again once if the answer is lost), checks the answer and keeps the
    /// keys. A wrong answer ends the session: nothing more is paid to that publisher.
    pub(super) async fn send(
        &self,
        balance: u64,
        indices: &[u64],
        frame: &Frame,
        ciphertexts: &[Bytes],
    ) -> Result<()> {
        let i = &self.inner;
        let publisher = self.publisher();
        let peer = publisher.peer_id;
        let give_up = tokio::time::Instant::now() + i.request.patience;
        let mut wait = std::time::Duration::from_millis(100);
        let answer = loop {
            self.state().requests += 1;
            let answer = i
                .net
                .request(peer, publisher.addrs.clone(), Protocol::Keys, frame.clone())
                .await;
            // A lost answer or a publisher gone for a moment (a restart): the same request
            // again, for as long as the patience lasts.
            let retry = matches!(
                answer,
                Err(NetError::Request { .. } | NetError::DialFailed { .. })
            );
            if !retry || tokio::time::Instant::now() + wait > give_up {
                break answer;
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(std::time::Duration::from_secs(2));
        };
        let answer = answer.map_err(|e| offline(&publisher, e))?;
        let (keys, fault) = self.check_delivery(&answer, publisher.key, indices, ciphertexts);
        let mut state = self.state();
        // The keys that decrypt are kept even when a later one does not: they were paid for.
        let received = !keys.is_empty();
        state.keys.extend(keys);
        let result = match fault {
            None => {
                state.pending = None;
                state.balance = balance;
                drop(state);
                self.save()?;
                state = self.state();
                Ok(())
            }
            // A refusal means the publisher did not take the payment: nothing is pending.
            Some(e @ NetError::Rejected(_)) if !received => {
                state.pending = None;
                Err(e)
            }
            Some(e) => {
                // The publisher holds the signed balance whatever it answered.
                state.pending = None;
                state.balance = balance;
                state.failed = Some(e.to_string());
                state.ended = true;
                Err(e)
            }
        };
        drop(state);
        self.notify();
        result
    }

    /// The keys of a delivery that check out, in order, and what was wrong with the rest.
    pub(super) fn check_delivery(
        &self,
        answer: &Frame,
        signer: Address,
        indices: &[u64],
        ciphertexts: &[Bytes],
    ) -> (Vec<(u64, [u8; KEY_LEN])>, Option<NetError>) {
        let i = &self.inner;
        let delivery = match parse_delivery(answer).and_then(|d| {
            d.verify(&i.domain, signer)?;
            Ok(d)
        }) {
            Ok(d) => d,
            Err(e) => return (Vec::new(), Some(e)),
        };
        let got: Vec<u64> = delivery.segments.keys().copied().collect();
        if got != indices {
            let expected =
                indices.first().copied().unwrap_or(0)..indices.last().map_or(0, |l| l + 1);
            return (
                Vec::new(),
                Some(NetError::UnexpectedSegments { expected, got }),
            );
        }
        let mut keys = Vec::with_capacity(indices.len());
        for ((index, blob), ciphertext) in delivery.segments.iter().zip(ciphertexts) {
            let checked = key_of_blob(*index, blob).and_then(|key| {
                i.codec
                    .decrypt(&key, *index, ciphertext)
                    .map_err(|e| NetError::BadKey {
                        index: *index,
                        reason: e.to_string(),
                    })?;
                Ok(key)
            });
            match checked {
                Ok(key) => keys.push((*index, key)),
                Err(e) => return (keys, Some(e)),
            }
        }
        (keys, None)
    }
}
