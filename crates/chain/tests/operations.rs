//! The registries and the deposits driven through the Rust client against anvil, with the
//! contracts deployed by `paratii-chain`'s own deploy path (`paratii-test-utils`); channels are in
//! `channels.rs`, failures and the client's own behaviour in `failures.rs`.

mod common;

use alloy::primitives::{B256, U256};
use alloy::signers::local::PrivateKeySigner;
use paratii_chain::NewVideo;
use paratii_chain::bindings::payment_channel::PaymentChannel::PaymentChannelErrors;
use paratii_chain::bindings::pti::PTI::PTIErrors;
use paratii_chain::bindings::user_registry::UserRegistry::UserRegistryErrors;
use paratii_chain::bindings::video_registry::VideoRegistry::VideoRegistryErrors;
use paratii_test_utils::{Fixture, pti};

use common::pc_error;

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
