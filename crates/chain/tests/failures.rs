//! Contract failures as typed errors, and how the client sends, waits for and checks what it
//! talks to: concurrent sends from one wallet, receipt timeouts, attaching to a deployment.

mod common;

use std::time::Duration;

use alloy::primitives::{Address, B256, U256};
use alloy::providers::ext::AnvilApi;
use alloy::signers::local::PrivateKeySigner;
use paratii_chain::bindings::payment_channel::PaymentChannel::PaymentChannelErrors;
use paratii_chain::{ChainError, ClientConfig, Connection, ContractError};
use paratii_test_utils::{Fixture, TestNet, pti};

use common::{nonce_after, pc_error};

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
