//! Payment channels driven through the Rust client against anvil: open from a bid signed in
//! Rust, withdraw, close, close many, settle after expiry.

mod common;

use alloy::primitives::{B256, Bytes, U256};
use paratii_chain::bindings::payment_channel::PaymentChannel::PaymentChannelErrors;
use paratii_chain::{ChainError, ChannelStatus, CloseRequest};
use paratii_test_utils::{Fixture, pti};

use common::{nonce_after, pc_error};

#[tokio::test]
async fn bid_signed_in_rust_opens_and_payments_withdraw_then_close() {
    let f = Fixture::start().await.unwrap();
    let (viewer, publisher) = (&f.viewer, &f.publisher);
    viewer.client.deposit(pti(100)).await.unwrap();

    // The viewer bids 0.01 PTI/s on the 100 s video: escrow 1 PTI, 0.1 PTI per 10 s segment.
    let rate = 10u128.pow(16);
    let expiration = f.expiration_in(3600).await.unwrap();
    let bid = viewer
        .bid(&f.video, rate, expiration, publisher.key())
        .await
        .unwrap();

    // The publisher checks it off chain exactly as the contract will, then opens it.
    let domain = publisher.client.payment_channel_domain();
    let verified = bid.verify(&domain).unwrap();
    assert_eq!(verified.payer(), viewer.address());
    verified.check_counterparty(publisher.key()).unwrap();
    let state = publisher.client.chain_state_for(&verified).await.unwrap();
    let terms = verified.check(&state, publisher.address()).unwrap();

    let opened = publisher.client.open(&bid).await.unwrap();
    assert_eq!(opened.id, bid.channel_id(&domain));
    assert_eq!(opened.channel.payer, viewer.address());
    assert_eq!(opened.channel.payee, publisher.address());
    assert_eq!(opened.channel.pricePerSegment, terms.price_per_segment);
    assert_eq!(opened.channel.escrow, terms.escrow);
    assert_eq!(opened.channel.escrow, U256::from(rate) * U256::from(100));
    assert_eq!(
        viewer.client.nonce_of(viewer.address()).await.unwrap(),
        nonce_after(opened.id)
    );
    assert_eq!(
        viewer.client.deposited(viewer.address()).await.unwrap(),
        pti(99)
    );

    // A payment signed in Rust for 3 segments, checked off chain, withdrawn on chain.
    let payment = viewer.pay(opened.id, 3).unwrap();
    payment
        .verify(&domain, viewer.address(), viewer.key())
        .unwrap();
    let (channel, _) = publisher
        .client
        .withdraw_from_channel(
            opened.id,
            &opened.channel,
            payment.balance,
            &payment.wallet_signature,
        )
        .await
        .unwrap();
    assert_eq!(channel.withdrawn, terms.payout(3).unwrap());
    let listed = publisher
        .client
        .channels_of(publisher.address())
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].channel, channel, "rebuilt from the logs");
    assert_eq!(listed[0].status, ChannelStatus::Open);

    // The same payment again adds nothing.
    let err = publisher
        .client
        .withdraw_from_channel(opened.id, &channel, 3, &payment.wallet_signature)
        .await
        .unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::NothingToWithdraw(_)),
        "{err}"
    );
    // A stale struct (withdrawn = 0) no longer matches the commitment.
    let err = publisher
        .client
        .close(opened.id, &opened.channel, None)
        .await
        .unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::ChannelNotFound(_)),
        "{err}"
    );
    // Only the payee may withdraw.
    let err = viewer
        .client
        .withdraw_from_channel(
            opened.id,
            &channel,
            4,
            &viewer.pay(opened.id, 4).unwrap().wallet_signature,
        )
        .await
        .unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::NotPayee(_)),
        "{err}"
    );

    // Close with a later payment for 7 segments: the payee gets 4 more, the viewer the rest.
    let last = viewer.pay(opened.id, 7).unwrap();
    let publisher_before = publisher
        .client
        .deposited(publisher.address())
        .await
        .unwrap();
    publisher
        .client
        .close(
            opened.id,
            &channel,
            Some((last.balance, &last.wallet_signature)),
        )
        .await
        .unwrap();
    let paid = terms.payout(7).unwrap();
    assert_eq!(
        publisher
            .client
            .deposited(publisher.address())
            .await
            .unwrap(),
        publisher_before + paid - terms.payout(3).unwrap()
    );
    assert_eq!(
        viewer.client.deposited(viewer.address()).await.unwrap(),
        pti(100) - paid
    );
    assert_eq!(
        publisher.client.channel_hash(opened.id).await.unwrap(),
        B256::ZERO
    );
    let record = viewer.client.channel(opened.id).await.unwrap();
    assert_eq!(
        record.status,
        ChannelStatus::Closed {
            balance: U256::from(7),
            amount: paid - terms.payout(3).unwrap(),
            refund: terms.escrow - paid,
        }
    );
    assert_eq!(record.channel.withdrawn, paid);
    let err = viewer
        .client
        .channel(B256::repeat_byte(7))
        .await
        .unwrap_err();
    assert!(matches!(err, ChainError::UnknownChannel(_)), "{err}");
}

#[tokio::test]
async fn close_many_closes_every_channel_in_one_transaction() {
    let f = Fixture::start().await.unwrap();
    let publisher = &f.publisher;
    let payers = [&f.viewer, &f.advertiser];
    let rate = 10u128.pow(15);
    let expiration = f.expiration_in(3600).await.unwrap();
    let mut requests = Vec::new();
    let mut opened_ids = Vec::new();
    // Two channels from two payers, and a second one from the first payer at its new nonce.
    for (i, payer) in [payers[0], payers[1], payers[0]].into_iter().enumerate() {
        if i < 2 {
            payer.client.deposit(pti(10)).await.unwrap();
        }
        let bid = payer
            .bid(&f.video, rate, expiration, publisher.key())
            .await
            .unwrap();
        let opened = publisher.client.open(&bid).await.unwrap();
        let balance = i as u64 + 1;
        let payment = payer.pay(opened.id, balance).unwrap();
        opened_ids.push(opened.id);
        requests.push(CloseRequest {
            channelId: opened.id,
            channel: opened.channel,
            balance: U256::from(balance),
            signature: Bytes::copy_from_slice(payment.wallet_signature.as_bytes()),
        });
    }
    // The last request carries no payment: nothing more is paid, the escrow returns.
    requests[2].balance = U256::ZERO;
    requests[2].signature = Bytes::new();

    publisher.client.close_many(requests).await.unwrap();
    let channels = publisher
        .client
        .channels_of(publisher.address())
        .await
        .unwrap();
    assert_eq!(
        channels.iter().map(|c| c.id).collect::<Vec<_>>(),
        opened_ids
    );
    let price = U256::from(rate) * U256::from(10);
    for (i, c) in channels.iter().enumerate() {
        let paid = if i < 2 {
            price * U256::from(i + 1)
        } else {
            U256::ZERO
        };
        assert!(
            matches!(c.status, ChannelStatus::Closed { amount, .. } if amount == paid),
            "channel {i}: {:?}",
            c.status
        );
    }
    assert_eq!(
        publisher
            .client
            .deposited(publisher.address())
            .await
            .unwrap(),
        price * U256::from(3)
    );
    // The viewer's two channels both appear in its own list.
    assert_eq!(
        f.viewer
            .client
            .channels_of(f.viewer.address())
            .await
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn settle_after_expiry() {
    let f = Fixture::start().await.unwrap();
    let (viewer, publisher) = (&f.viewer, &f.publisher);
    viewer.client.deposit(pti(10)).await.unwrap();
    let rate = 10u128.pow(15);
    let expiration = f.expiration_in(600).await.unwrap();
    let bid = viewer
        .bid(&f.video, rate, expiration, publisher.key())
        .await
        .unwrap();
    let opened = publisher.client.open(&bid).await.unwrap();
    let payment = viewer.pay(opened.id, 2).unwrap();
    let (channel, _) = publisher
        .client
        .withdraw_from_channel(opened.id, &opened.channel, 2, &payment.wallet_signature)
        .await
        .unwrap();

    // Before expiration nobody can settle.
    let err = f
        .advertiser
        .client
        .settle(opened.id, &channel)
        .await
        .unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::ChannelNotExpired(e) if e.expiration == expiration),
        "{err}"
    );

    f.net.increase_time(601).await.unwrap();
    let listed = viewer.client.channels_of(viewer.address()).await.unwrap();
    assert_eq!(listed[0].status, ChannelStatus::Expired);

    // From expiration on the payee can no longer act…
    let later = viewer.pay(opened.id, 5).unwrap();
    let err = publisher
        .client
        .close(opened.id, &channel, Some((5, &later.wallet_signature)))
        .await
        .unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::ChannelExpired(_)),
        "{err}"
    );

    // …and anyone may settle: the unwithdrawn escrow returns to the payer.
    f.advertiser
        .client
        .settle(opened.id, &channel)
        .await
        .unwrap();
    let refund = channel.escrow - channel.withdrawn;
    assert_eq!(
        viewer.client.deposited(viewer.address()).await.unwrap(),
        pti(10) - channel.escrow + refund
    );
    let record = viewer.client.channel(opened.id).await.unwrap();
    assert_eq!(record.status, ChannelStatus::Settled { refund });
}
