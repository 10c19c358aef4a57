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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_of_a_video_are_the_active_keys_of_its_publishing_wallet() {
    use alloy::signers::local::PrivateKeySigner;
    use paratii_net::discovery::publisher_peers;
    use paratii_net::{Multiaddr, NetError};

    let w = World::start(WorldConfig {
        seed: 4,
        segments: 2,
        ..WorldConfig::default()
    })
    .await;
    let publisher = w.publisher();
    let chain = &w.viewer.client;
    let addr_of = |key: &PrivateKeySigner, port: u16| -> Multiaddr {
        let peer = paratii_keys::peer_id(&key.public_key()).unwrap();
        format!("/ip4/127.0.0.1/tcp/{port}/p2p/{peer}")
            .parse()
            .unwrap()
    };
    let second = PrivateKeySigner::random();
    publisher.client.add_key(&second).await.unwrap();
    let revoked = PrivateKeySigner::random();
    publisher.client.add_key(&revoked).await.unwrap();
    publisher
        .client
        .revoke_key(revoked.address())
        .await
        .unwrap();
    let owner = &publisher.comm;

    // Both active keys, from explicit addresses; a bare address names the owner key, and two
    // addresses of one peer are one server.
    let bare: Multiaddr = "/ip4/127.0.0.1/tcp/1002".parse().unwrap();
    let mut peers = publisher_peers(
        chain,
        &w.video,
        vec![addr_of(owner, 1001), addr_of(&second, 2001), bare],
    )
    .await
    .unwrap();
    peers.sort_by_key(|p| p.addrs.len());
    assert_eq!(peers.len(), 2);
    assert_eq!(
        (peers[0].key, peers[0].wallet),
        (second.address(), publisher.address())
    );
    assert_eq!(peers[1].key, owner.address());
    assert_eq!(peers[1].addrs.len(), 2);

    // The profile's addresses: a revoked key's and a stranger's are skipped.
    let stranger = PrivateKeySigner::random();
    let profile = serde_json::json!({"addrs": [
        addr_of(&revoked, 3001).to_string(),
        addr_of(&stranger, 3002).to_string(),
        addr_of(&second, 3003).to_string(),
    ]});
    publisher
        .client
        .set_profile(&profile.to_string())
        .await
        .unwrap();
    let peers = publisher_peers(chain, &w.video, Vec::new()).await.unwrap();
    assert_eq!(peers.len(), 1);
    assert_eq!(peers[0].key, second.address());

    // Nothing that qualifies: the first reason is the error.
    let err = publisher_peers(chain, &w.video, vec![addr_of(&revoked, 4001)])
        .await
        .unwrap_err();
    assert!(
        matches!(err, NetError::KeyInactive { key, .. } if key == revoked.address()),
        "{err:?}"
    );
    let err = publisher_peers(chain, &w.video, vec![addr_of(&stranger, 4002)])
        .await
        .unwrap_err();
    assert!(
        matches!(err, NetError::NotPublisherPeer { publisher: p, .. } if p == publisher.address()),
        "{err:?}"
    );
}
