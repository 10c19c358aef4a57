//! A publisher whose wallet stays cold (PROTOCOL R21): its server acts through its node key,
//! which opens, withdraws and closes from its own address and gas while every credit goes to
//! the wallet; and a payer's exit (R19), which the server answers by closing at once with the
//! latest payment.

mod common;

use common::*;

use alloy::primitives::U256;
use paratii_chain::bindings::payment_channel::PaymentChannel::PaymentChannelErrors;
use paratii_net::{PeerConfig, ServeEvent, Server, ServerConfig, WatchRequest};
use paratii_test_utils::pti;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_key_serves_for_a_cold_wallet_and_an_exit_is_closed_at_once() {
    let w = World::start(WorldConfig {
        seed: 3,
        segments: 5,
        segment_bytes: 64 * 1024,
        deposit: pti(100),
        ..WorldConfig::default()
    })
    .await;
    let (publisher, viewer) = (w.publisher(), &w.viewer);

    // The node key gets a little ETH; from here on the wallet sends nothing.
    let node_key = publisher.key();
    publisher
        .client
        .send_eth(node_key, U256::from(10u64).pow(U256::from(17)))
        .await
        .unwrap();
    let node = publisher
        .client
        .with_wallet(Some(publisher.comm.clone()))
        .await
        .unwrap()
        .acting_for(publisher.address());
    assert!(node.is_node_key());
    let wallet_eth = node.eth_balance(publisher.address()).await.unwrap();
    let key_eth = node.eth_balance(node_key).await.unwrap();
    let credited_before = node.deposited(publisher.address()).await.unwrap();

    let mut config = ServerConfig::from(PeerConfig::new(node.clone(), publisher.comm.clone()));
    config.wallet = None;
    let server = Serving {
        config,
        ..w.serving(withdrawing_every(1))
    }
    .start()
    .await;
    // Without the wallet, the server cannot change its profile.
    assert!(server.publish_addrs().await.is_err());

    // The viewer watches 3 of 5 segments and leaves the channel open.
    let out = tempfile::tempdir().unwrap();
    let report = w
        .watch(WatchRequest {
            expiry_secs: 24 * 3600,
            max_segments: Some(3),
            close_at_end: false,
            ..w.watch_request_to(&server, out.path())
        })
        .await
        .unwrap();
    assert_eq!(report.paid_segments, 3);
    let record = node.channel(report.channel).await.unwrap();
    assert_eq!(
        record.channel.payee,
        publisher.address(),
        "the wallet is payee"
    );
    assert_eq!(record.channel.payeeKey, node_key);

    // The payer exits; the server sees it and closes with the latest payment, long before the
    // window ends.
    let (_, exit_tx) = viewer
        .client
        .start_exit(record.id, &record.channel)
        .await
        .unwrap();
    let closed = wait_for(
        &server,
        |e| matches!(e, ServeEvent::Closed { reason, .. } if reason == "payer exit"),
    )
    .await;
    let ServeEvent::Closed { balance, .. } = closed else {
        unreachable!()
    };
    assert_eq!(balance, 3);
    let after = node.channel(record.id).await.unwrap();
    assert!(
        !after.status.is_open(),
        "closed after the exit (tx {}): {:?}",
        exit_tx.hash,
        after.status
    );
    let price = w.price();
    let credited = node.deposited(publisher.address()).await.unwrap() - credited_before;
    assert_eq!(
        credited,
        price * U256::from(3u64),
        "the wallet got every paid segment"
    );
    assert_eq!(node.deposited(node_key).await.unwrap(), U256::ZERO);
    // The node key paid every transaction (open, withdrawals, close); the wallet none.
    assert_eq!(
        node.eth_balance(publisher.address()).await.unwrap(),
        wallet_eth
    );
    assert!(node.eth_balance(node_key).await.unwrap() < key_eth);

    // The node key cannot move the wallet's free balance: `withdraw` is its own (empty) one.
    let err = node.withdraw(U256::from(1u64)).await.unwrap_err();
    assert!(
        matches!(
            err.payment_channel_error(),
            Some(PaymentChannelErrors::InsufficientBalance(e)) if e.wallet == node_key
        ),
        "{err}"
    );
    server.shutdown().await.unwrap();
}

async fn wait_for(server: &Server, wanted: impl Fn(&ServeEvent) -> bool) -> ServeEvent {
    for _ in 0..200 {
        if let Some(e) = server.events().into_iter().find(|e| wanted(e)) {
            return e;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no such event: {:?}", server.events());
}
