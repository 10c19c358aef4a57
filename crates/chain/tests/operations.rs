//! Every contract operation driven through the Rust client against anvil, with the contracts
//! deployed by `paratii-chain`'s own deploy path (`paratii-test-utils`).

use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes, U256};
use alloy::providers::ext::AnvilApi;
use alloy::signers::local::PrivateKeySigner;
use paratii_chain::bindings::payment_channel::PaymentChannel::PaymentChannelErrors;
use paratii_chain::bindings::pti::PTI::PTIErrors;
use paratii_chain::bindings::user_registry::UserRegistry::UserRegistryErrors;
use paratii_chain::bindings::video_registry::VideoRegistry::VideoRegistryErrors;
use paratii_chain::{
    ChainError, ChannelStatus, ClientConfig, CloseRequest, Connection, ContractError, NewVideo,
};
use paratii_test_utils::{Fixture, TestNet, pti};

/// The low 160 bits of a channel id, zero-extended: the payer's nonce after opening it (R5).
fn nonce_after(channel_id: B256) -> B256 {
    let mut nonce = B256::ZERO;
    nonce[12..].copy_from_slice(&channel_id[12..]);
    nonce
}

fn pc_error(err: &ChainError) -> &PaymentChannelErrors {
    err.payment_channel_error()
        .unwrap_or_else(|| panic!("expected a PaymentChannel error, got {err}"))
}

#[tokio::test]
async fn profile_and_communication_keys() {
    let f = Fixture::start().await.unwrap();
    let viewer = &f.viewer;
    let client = &viewer.client;

    client
        .set_profile(r#"{"addrs":["/ip4/127.0.0.1/tcp/4001"]}"#)
        .await
        .unwrap();
    assert_eq!(
        client.profile(viewer.address()).await.unwrap(),
        r#"{"addrs":["/ip4/127.0.0.1/tcp/4001"]}"#
    );
    let too_long = "x".repeat(4097);
    let err = client.set_profile(&too_long).await.unwrap_err();
    assert!(
        matches!(err.user_registry_error(), Some(UserRegistryErrors::ProfileTooLong(e)) if e.length == U256::from(4097)),
        "{err}"
    );

    viewer.register_key().await.unwrap();
    let record = client.key_of(viewer.key()).await.unwrap();
    assert_eq!((record.wallet, record.active), (viewer.address(), true));
    let keys = client.keys_of_wallet(viewer.address()).await.unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].public_key, viewer.comm.public_key());

    // The same key again, by anyone: KeyAlreadyRegistered names the key and its wallet.
    let err = f.advertiser.client.add_key(&viewer.comm).await.unwrap_err();
    assert!(
        matches!(err.user_registry_error(), Some(UserRegistryErrors::KeyAlreadyRegistered(e))
            if e.key == viewer.key() && e.wallet == viewer.address()),
        "{err}"
    );
    // A proof of possession made for another wallet does not register the key.
    let other = PrivateKeySigner::random();
    let proof = paratii_protocol::ownership::sign_key_ownership(
        &client.user_registry_domain(),
        f.publisher.address(),
        &other,
    )
    .unwrap();
    let err = client
        .add_key_with_proof(other.public_key(), &proof)
        .await
        .unwrap_err();
    assert!(
        matches!(err.user_registry_error(), Some(UserRegistryErrors::InvalidProofOfPossession(e)) if e.key == other.address()),
        "{err}"
    );

    client.revoke_key(viewer.key()).await.unwrap();
    assert!(!client.key_of(viewer.key()).await.unwrap().active);
    let err = client.revoke_key(viewer.key()).await.unwrap_err();
    assert!(
        matches!(
            err.user_registry_error(),
            Some(UserRegistryErrors::KeyAlreadyRevoked(_))
        ),
        "{err}"
    );
    let err = f
        .advertiser
        .client
        .revoke_key(viewer.key())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err.user_registry_error(),
            Some(UserRegistryErrors::KeyNotOwned(_))
        ),
        "{err}"
    );
    assert_eq!(err.revert().unwrap().name(), "KeyNotOwned");
}

#[tokio::test]
async fn videos_register_list_update_unlist() {
    let f = Fixture::start().await.unwrap();
    let publisher = &f.publisher;
    let client = &publisher.client;

    let second = NewVideo {
        cid: "bafysecondvideo".into(),
        owner_key: publisher.key(),
        title: "Second".into(),
        duration: 95,
        segment_length: 10,
        segment_size: 256,
        formats: vec!["480p".into()],
    };
    let (id, _) = client.register_video(&second).await.unwrap();
    assert_eq!(id, paratii_protocol::eip712::video_id("bafysecondvideo"));

    let all = f.viewer.client.videos().await.unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], f.video);
    assert_eq!(all[1].title, "Second");
    assert_eq!(all[1].publisher, publisher.address());
    assert_eq!(all[1].owner_key, publisher.key());
    assert!(all[1].listed);
    assert_eq!(
        f.viewer
            .client
            .videos_of(publisher.address())
            .await
            .unwrap()
            .len(),
        2
    );
    assert!(
        f.viewer
            .client
            .videos_of(f.viewer.address())
            .await
            .unwrap()
            .is_empty()
    );

    // Registering the same CID again, or with a key that is not the wallet's, is refused.
    let err = client.register_video(&second).await.unwrap_err();
    assert!(
        matches!(err.video_registry_error(), Some(VideoRegistryErrors::VideoAlreadyRegistered(e)) if e.videoId == id),
        "{err}"
    );
    let err = f
        .viewer
        .client
        .register_video(&NewVideo {
            cid: "bafythird".into(),
            ..second.clone()
        })
        .await
        .unwrap_err();
    assert!(
        matches!(
            err.video_registry_error(),
            Some(VideoRegistryErrors::OwnerKeyNotActive(_))
        ),
        "{err}"
    );

    client.update_title(id, "Second, retitled").await.unwrap();
    assert_eq!(client.video(id).await.unwrap().title, "Second, retitled");
    let err = f.viewer.client.update_title(id, "mine").await.unwrap_err();
    assert!(
        matches!(err.video_registry_error(), Some(VideoRegistryErrors::NotPublisher(e)) if e.caller == f.viewer.address()),
        "{err}"
    );

    let terms = client.video_terms(id, "480p").await.unwrap();
    assert!(terms.available);
    assert_eq!((terms.duration, terms.segment_length), (95, 10));
    client.unlist(id).await.unwrap();
    assert!(!client.video(id).await.unwrap().listed);
    assert!(!client.video_terms(id, "480p").await.unwrap().available);
    let err = client.unlist(id).await.unwrap_err();
    assert!(
        matches!(
            err.video_registry_error(),
            Some(VideoRegistryErrors::VideoNotListed(_))
        ),
        "{err}"
    );
    let err = client.video(B256::repeat_byte(9)).await.unwrap_err();
    assert!(
        matches!(
            err.video_registry_error(),
            Some(VideoRegistryErrors::UnknownVideo(_))
        ),
        "{err}"
    );
}

#[tokio::test]
async fn deposits_with_approve_and_permit_and_withdrawals() {
    let f = Fixture::start().await.unwrap();
    let viewer = &f.viewer;
    let client = &viewer.client;
    let me = viewer.address();

    let (approval, _) = client.deposit(pti(100)).await.unwrap();
    assert!(approval.is_some(), "the first deposit approves");
    let b = client.balances(me).await.unwrap();
    assert_eq!(
        (b.pti, b.deposited, b.nonce),
        (pti(900), pti(100), B256::ZERO)
    );

    let deadline = f.net.now().await.unwrap() + 3600;
    client.deposit_with_permit(pti(50), deadline).await.unwrap();
    assert_eq!(client.deposited(me).await.unwrap(), pti(150));
    assert_eq!(client.pti_balance(me).await.unwrap(), pti(850));

    client.withdraw(pti(30)).await.unwrap();
    assert_eq!(client.deposited(me).await.unwrap(), pti(120));
    assert_eq!(client.pti_balance(me).await.unwrap(), pti(880));

    // Insufficient balance: withdrawing more than the free balance names both amounts.
    let err = client.withdraw(pti(121)).await.unwrap_err();
    match pc_error(&err) {
        PaymentChannelErrors::InsufficientBalance(e) => {
            assert_eq!(
                (e.wallet, e.available, e.required),
                (me, pti(120), pti(121))
            );
        }
        other => panic!("unexpected {other:?}"),
    }
    let err = client.withdraw(U256::ZERO).await.unwrap_err();
    assert!(matches!(
        pc_error(&err),
        PaymentChannelErrors::ZeroAmount(_)
    ));
    // A deposit beyond the wallet's PTI fails inside the token, and the token's error surfaces.
    let err = client.deposit(pti(10_000)).await.unwrap_err();
    assert!(
        matches!(
            err.pti_error(),
            Some(PTIErrors::ERC20InsufficientBalance(_))
        ),
        "{err}"
    );
    // (deposit approved 10,000 PTI before the token refused; take that allowance back.)
    client.approve(U256::ZERO).await.unwrap();
    // An expired permit: OpenZeppelin's ERC2612ExpiredSignature is swallowed (R10), so the
    // deposit fails for want of allowance.
    let err = client
        .deposit_with_permit(pti(500), deadline - 7200)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err.pti_error(),
            Some(PTIErrors::ERC20InsufficientAllowance(_))
        ),
        "{err}"
    );
}

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

#[tokio::test]
async fn failure_paths_are_typed_errors() {
    let f = Fixture::start().await.unwrap();
    let (viewer, publisher) = (&f.viewer, &f.publisher);
    let rate = 10u128.pow(16);
    let expiration = f.expiration_in(3600).await.unwrap();

    // Insufficient balance: nothing deposited yet, escrow is rate × duration.
    let bid = viewer
        .bid(&f.video, rate, expiration, publisher.key())
        .await
        .unwrap();
    let err = publisher.client.open(&bid).await.unwrap_err();
    match pc_error(&err) {
        PaymentChannelErrors::InsufficientBalance(e) => {
            assert_eq!(e.wallet, viewer.address());
            assert_eq!(e.available, U256::ZERO);
            assert_eq!(e.required, U256::from(rate) * U256::from(100));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(
        err.to_string()
            .contains("PaymentChannel.InsufficientBalance"),
        "{err}"
    );

    viewer.client.deposit(pti(100)).await.unwrap();
    let opened = publisher.client.open(&bid).await.unwrap();

    // The same bid cannot open a second channel…
    let err = publisher.client.open(&bid).await.unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::ChannelAlreadyOpen(e) if e.channelId == opened.id),
        "{err}"
    );
    // …and no other bid at the stale nonce 0 can open one either.
    let stale_nonce = viewer
        .bid_at(B256::ZERO, &f.video, rate, expiration + 1, publisher.key())
        .unwrap();
    let err = publisher.client.open(&stale_nonce).await.unwrap_err();
    match pc_error(&err) {
        PaymentChannelErrors::NonceMismatch(e) => {
            assert_eq!(e.payer, viewer.address());
            assert_eq!(e.expected, nonce_after(opened.id));
            assert_eq!(e.given, B256::ZERO);
        }
        other => panic!("unexpected {other:?}"),
    }

    // Expired bid: at the current nonce, but expiring now.
    let now = f.net.now().await.unwrap();
    let stale = viewer
        .bid(&f.video, rate, now, publisher.key())
        .await
        .unwrap();
    let err = publisher.client.open(&stale).await.unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::BidExpired(e) if e.expiration == now),
        "{err}"
    );

    // Wrong signer, bid: the communication signature is not the bidder key's.
    let mut forged = viewer
        .bid(&f.video, rate, expiration, publisher.key())
        .await
        .unwrap();
    forged.signature = paratii_protocol::Sig::sign(
        &PrivateKeySigner::random(),
        &forged.signed_digest(&publisher.client.payment_channel_domain()),
    )
    .unwrap();
    let err = publisher.client.open(&forged).await.unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::InvalidBidderSignature(e) if e.bidderKey == viewer.key()),
        "{err}"
    );

    // Wrong signer, payment: signed by the advertiser's wallet instead of the payer's.
    let wrong = f.advertiser.pay(opened.id, 1).unwrap();
    let err = publisher
        .client
        .withdraw_from_channel(opened.id, &opened.channel, 1, &wrong.wallet_signature)
        .await
        .unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::InvalidPaymentSignature(e) if e.signer == f.advertiser.address()),
        "{err}"
    );

    // Revoked key: once the viewer registers and revokes its key, bids from it are refused.
    viewer.register_key().await.unwrap();
    viewer.client.revoke_key(viewer.key()).await.unwrap();
    let revoked = viewer
        .bid(&f.video, rate, expiration, publisher.key())
        .await
        .unwrap();
    let err = publisher.client.open(&revoked).await.unwrap_err();
    match pc_error(&err) {
        PaymentChannelErrors::BidderKeyNotAuthorized(e) => {
            assert_eq!(e.bidderKey, viewer.key());
            assert_eq!(e.wallet, viewer.address());
            assert!(!e.active);
        }
        other => panic!("unexpected {other:?}"),
    }
    // The off-chain check agrees before any gas is spent.
    let verified = revoked
        .verify(&publisher.client.payment_channel_domain())
        .unwrap();
    let state = publisher.client.chain_state_for(&verified).await.unwrap();
    assert!(matches!(
        verified.check(&state, publisher.address()),
        Err(paratii_protocol::ProtocolError::BidderKeyNotAuthorized { active: false, .. })
    ));

    // Counterparty: only the owner of the counterparty key may open.
    let bid = f
        .advertiser
        .bid(&f.video, rate, expiration, publisher.key())
        .await
        .unwrap();
    let err = viewer.client.open(&bid).await.unwrap_err();
    assert!(
        matches!(
            pc_error(&err),
            PaymentChannelErrors::CounterpartyKeyNotAuthorized(_)
        ),
        "{err}"
    );

    // Over-paying: a balance beyond the video's segments.
    let too_much = viewer.pay(opened.id, 11).unwrap();
    let err = publisher
        .client
        .withdraw_from_channel(opened.id, &opened.channel, 11, &too_much.wallet_signature)
        .await
        .unwrap_err();
    assert!(
        matches!(pc_error(&err), PaymentChannelErrors::BalanceExceedsSegments(e) if e.maxSegments == U256::from(10)),
        "{err}"
    );
    // Nothing was sent for any failure: the wallet's nonce chain of transactions has no gap, so
    // the next transaction goes through at once.
    publisher.client.set_profile("still fine").await.unwrap();
}

#[tokio::test]
async fn concurrent_transactions_from_one_wallet_do_not_collide() {
    let f = Fixture::start().await.unwrap();
    let viewer = &f.viewer;
    viewer.client.approve(pti(1_000)).await.unwrap();
    let before = pending_count(&viewer.client, viewer.address()).await;

    // 32 at once: enough that, without the broadcast lock, some reach anvil out of nonce order
    // (where its auto-miner may leave one queued for ever, foundry-rs/foundry#10122).
    let sends = (1..=32u64).map(|i| {
        let client = viewer.client.clone();
        tokio::spawn(async move { client.deposit(pti(i)).await })
    });
    let mut hashes = Vec::new();
    for handle in sends {
        let (approval, tx) = handle.await.unwrap().unwrap();
        assert!(approval.is_none());
        hashes.push(tx.hash);
    }
    hashes.sort();
    hashes.dedup();
    assert_eq!(hashes.len(), 32);
    assert_eq!(
        viewer.client.deposited(viewer.address()).await.unwrap(),
        pti(32 * 33 / 2)
    );
    let after = pending_count(&viewer.client, viewer.address()).await;
    assert_eq!(after, before + 32);
}

/// The wallet's pending transaction count.
async fn pending_count(client: &paratii_chain::Client, address: Address) -> u64 {
    use alloy::providers::Provider;
    client
        .provider()
        .get_transaction_count(address)
        .pending()
        .await
        .unwrap()
}

#[tokio::test]
async fn receipts_are_awaited_with_a_timeout() {
    let net = TestNet::start().await.unwrap();
    let wallet = net.devnet.accounts()[1].clone();
    let config = ClientConfig {
        receipt_timeout: Duration::from_secs(1),
        ..ClientConfig::default()
    };
    let client = Connection::connect_with(net.url(), Some(wallet), config)
        .await
        .unwrap()
        .attach(net.deployment().clone())
        .await
        .unwrap();
    net.holder
        .provider()
        .anvil_set_auto_mine(false)
        .await
        .unwrap();
    let err = client.set_profile("pending").await.unwrap_err();
    let ChainError::ReceiptTimeout { tx, timeout, .. } = err else {
        panic!("expected a receipt timeout, got {err}");
    };
    assert_eq!(timeout, Duration::from_secs(1));
    // Once mined, the transaction is there.
    net.holder.provider().evm_mine(None).await.unwrap();
    net.holder
        .provider()
        .anvil_set_auto_mine(true)
        .await
        .unwrap();
    assert_eq!(
        client
            .profile(client.wallet_address().unwrap())
            .await
            .unwrap(),
        "pending"
    );
    assert_ne!(tx, B256::ZERO);
}

#[tokio::test]
async fn attaching_checks_the_deployment() {
    let net = TestNet::start().await.unwrap();
    let conn = Connection::connect(net.url(), None).await.unwrap();
    let mut wrong_chain = net.deployment().clone();
    wrong_chain.chain_id = 1;
    assert!(matches!(
        conn.clone().attach(wrong_chain).await,
        Err(ChainError::ChainMismatch {
            recorded: 1,
            actual: 31337
        })
    ));
    let mut missing = net.deployment().clone();
    missing.contracts.payment_channel = Address::repeat_byte(0x42);
    assert!(matches!(
        conn.clone().attach(missing).await,
        Err(ChainError::MissingContract { .. })
    ));
    let read_only = conn.attach(net.deployment().clone()).await.unwrap();
    assert!(matches!(
        read_only.set_profile("x").await,
        Err(ChainError::NoWallet)
    ));
    // A dead endpoint is reported as unreachable.
    let dead = Connection::connect("http://127.0.0.1:1", None)
        .await
        .unwrap_err();
    assert!(dead.is_unreachable(), "{dead}");
    // Revert display names the contract, the error and its values.
    let err = ContractError::decode(
        &alloy::sol_types::SolError::abi_encode(
            &paratii_chain::bindings::payment_channel::PaymentChannel::ChannelNotFound {
                channelId: B256::ZERO,
            },
        ),
        None,
    );
    assert_eq!(
        err.to_string(),
        format!(
            "PaymentChannel.ChannelNotFound {{ channelId: {} }}",
            B256::ZERO
        )
    );
}
