//! The `paratii` binary driven end to end against its own dev-net.

mod common;

use std::process::Command;

use alloy::primitives::{Address, B256};
use alloy::signers::local::PrivateKeySigner;
use common::{Bare, Run, RunningDevnet};
use paratii_protocol::eip712::payment_channel_domain;
use paratii_protocol::{BidTerms, PaymentMessage};

const PASSWORD_VAR: &str = "PARATII_CLI_TEST_PASSWORD";
/// A directory CID (a real one's shape: ids and CIDs that are neither are refused).
const CID: &str = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

#[test]
fn devnet_keys_account_user_video_channel() {
    let dir = tempfile::tempdir().unwrap();
    let devnet = RunningDevnet::start_with(dir.path(), &["--amount", "500"]);
    let p = Bare {
        url: devnet.url(),
        dir: dir.path().to_owned(),
        password_var: PASSWORD_VAR,
        password: "correct horse battery staple",
    };
    let pw = ["--password-env", PASSWORD_VAR];

    // Keys: import the dev accounts funded by `paratii devnet`, generate a communication key.
    let alice_key = p.write("alice.key", devnet.account_key(0).as_bytes());
    let bob_key = p.write("bob.key", devnet.account_key(1).as_bytes());
    let alice = p.json(
        &[
            &[
                "keys",
                "import",
                "wallet",
                "alice",
                "--private-key-file",
                &alice_key,
            ][..],
            &pw,
        ]
        .concat(),
    );
    p.json(
        &[
            &[
                "keys",
                "import",
                "wallet",
                "bob",
                "--private-key-file",
                &bob_key,
            ][..],
            &pw,
        ]
        .concat(),
    );
    let node = p.json(&[&["keys", "generate", "comm", "alice-node"][..], &pw].concat());
    assert!(node["peerId"].as_str().unwrap().starts_with("16Uiu2"));
    let listed = p.json(&["keys", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 3);
    let shown = p.text(&[&["keys", "show", "comm", "alice-node"][..], &pw].concat());
    assert!(shown.contains(node["peerId"].as_str().unwrap()));
    assert!(
        !shown.contains(&devnet.account_key(0)[2..]),
        "no secret is ever printed"
    );

    // Account: balances and deposits (approve + deposit, and permit).
    let alice_addr = alice["address"].as_str().unwrap();
    let balance = p.json(&["account", "balance", alice_addr]);
    assert_eq!(balance["pti"], "500000000000000000000");
    let dep = p.json(&[&["--wallet", "bob", "account", "deposit", "20"][..], &pw].concat());
    assert_eq!(dep["deposited"], "20000000000000000000");
    p.json(
        &[
            &["--wallet", "bob", "account", "deposit", "0.5", "--permit"][..],
            &pw,
        ]
        .concat(),
    );
    let text = p.text(&["--wallet", "bob", "account", "balance"]);
    assert!(text.contains("deposited  20.5 PTI"), "{text}");

    // User: profile and key.
    p.text(
        &[
            &[
                "--wallet",
                "alice",
                "user",
                "profile",
                "{\"name\":\"alice\"}",
            ][..],
            &pw,
        ]
        .concat(),
    );
    p.text(
        &[
            &["--wallet", "alice", "user", "add-key", "alice-node"][..],
            &pw,
        ]
        .concat(),
    );
    let user = p.json(&["--wallet", "alice", "user", "show"]);
    assert_eq!(user["profile"], "{\"name\":\"alice\"}");
    assert_eq!(user["keys"][0]["active"], true);
    assert_eq!(user["keys"][0]["peerId"], node["peerId"]);

    // Video: register with the communication key, list, show.
    let registered = p.json(
        &[
            &[
                "--wallet", "alice", "video", "register", "--cid", CID, "--title", "CLI test",
            ][..],
            &[
                "--duration",
                "60",
                "--segment-length",
                "10",
                "--segment-size",
                "128",
            ],
            &["--format", "720p30", "--key", "alice-node"],
            &pw,
        ]
        .concat(),
    );
    let video_id = registered["video"]["id"].as_str().unwrap().to_owned();
    assert_eq!(p.json(&["video", "list"]).as_array().unwrap().len(), 1);
    assert!(p.text(&["video", "show", CID]).contains("CLI test"));

    // Channel: bob bids (signed here, in Rust), alice opens, cashes a payment, closes.
    let domain = payment_channel_domain(31337, devnet.payment_channel());
    let bob: PrivateKeySigner = devnet.account_key(1).parse().unwrap();
    let bob_comm = PrivateKeySigner::random();
    let alice_node: Address = node["address"].as_str().unwrap().parse().unwrap();
    let bid = BidTerms {
        nonce: B256::ZERO,
        rate: 10u128.pow(16),
        expiration: 4_000_000_000,
        cid: CID.into(),
        format: "720p30".into(),
        bidder_key: bob_comm.address(),
        counterparty_key: alice_node,
    }
    .sign(&domain, &bob, &bob_comm)
    .unwrap();
    let bid_file = p.write("bid.json", &bid.encode());
    let opened = p.json(
        &[
            &["--wallet", "alice", "channel", "open", "--bid", &bid_file][..],
            &pw,
        ]
        .concat(),
    );
    let id = opened["channel"]["id"].as_str().unwrap().to_owned();
    assert_eq!(id, bid.channel_id(&domain).to_string());

    let pay = |balance| {
        PaymentMessage::sign(&domain, id.parse().unwrap(), balance, &bob, &bob_comm)
            .unwrap()
            .encode()
    };
    let pay2 = p.write("pay2.json", &pay(2));
    let withdrawn = p.json(
        &[
            &[
                "--wallet",
                "alice",
                "channel",
                "withdraw",
                &id,
                "--payment",
                &pay2,
            ][..],
            &pw,
        ]
        .concat(),
    );
    assert_eq!(withdrawn["withdrawn"], "200000000000000000"); // 2 × 10 s × 0.01 PTI/s
    // Cashing the same payment again fails with the contract's typed error and a hint.
    let err = p.fails(
        &[
            &[
                "--wallet",
                "alice",
                "channel",
                "withdraw",
                &id,
                "--payment",
                &pay2,
            ][..],
            &pw,
        ]
        .concat(),
    );
    assert!(err.contains("NothingToWithdraw"), "{err}");
    assert!(err.contains("hint:"), "{err}");

    // Only the payer exits, refused before any gas; bob's exit brings the expiration to an hour
    // from now, and alice's close below still wins with the latest payment (its struct rebuilt
    // from the logs, exit included).
    let err = p.fails(&[&["--wallet", "alice", "channel", "exit", &id][..], &pw].concat());
    assert!(err.contains("only the channel's payer"), "{err}");
    let exited = p.json(&[&["--wallet", "bob", "channel", "exit", &id][..], &pw].concat());
    let exit_expiration = exited["expiration"].as_u64().unwrap();
    assert!(exit_expiration < 4_000_000_000, "{exited}");
    let shown = p.json(&["channel", "show", &id]);
    assert_eq!(shown["channel"]["expiration"], exit_expiration, "{shown}");
    let err = p.fails(&[&["--wallet", "bob", "channel", "exit", &id][..], &pw].concat());
    assert!(err.contains("within the 3600 s"), "{err}");

    let pay5 = p.write("pay5.json", &pay(5));
    let closed = p.json(
        &[
            &[
                "--wallet",
                "alice",
                "channel",
                "close",
                &id,
                "--payment",
                &pay5,
            ][..],
            &pw,
        ]
        .concat(),
    );
    assert_eq!(closed["channel"]["status"], "closed");
    let listed = p.json(&["--wallet", "bob", "channel", "list"]);
    assert_eq!(listed[0]["id"], id);
    assert!(
        p.text(&["channel", "show", &id])
            .contains("closed at 5 segments")
    );

    // Unlisting, and a revert that names the contract's error.
    p.text(
        &[
            &["--wallet", "alice", "video", "unlist", &video_id][..],
            &pw,
        ]
        .concat(),
    );
    let err = p.fails(&[&["--wallet", "bob", "video", "unlist", &video_id][..], &pw].concat());
    assert!(err.contains("VideoRegistry.NotPublisher"), "{err}");
    let err = p.fails(&[&["--wallet", "bob", "account", "withdraw", "1000"][..], &pw].concat());
    assert!(err.contains("PaymentChannel.InsufficientBalance"), "{err}");

    // Errors say what to do next.
    let err = p.fails(&["account", "balance"]);
    assert!(err.contains("--wallet NAME"), "{err}");
    let empty = dir.path().join("no-deployments");
    let err = p.fails(&[
        "--deployments-dir",
        empty.to_str().unwrap(),
        "video",
        "list",
    ]);
    assert!(
        err.contains("no Paratii deployment for chain 31337"),
        "{err}"
    );
    assert!(err.contains("paratii devnet"), "{err}");
    let err = p.fails(&["--rpc-url", "http://127.0.0.1:1", "video", "list"]);
    assert!(
        err.contains("hint: start a local dev-net with `paratii devnet`"),
        "{err}"
    );
    let err = p.fails(&[
        "--wallet",
        "nobody",
        "user",
        "profile",
        "x",
        "--password-env",
        PASSWORD_VAR,
    ]);
    assert!(err.contains("no wallet key named \"nobody\""), "{err}");
    let err = p.fails(&[
        "--wallet",
        "alice",
        "--password-env",
        "PARATII_CLI_TEST_UNSET",
        "user",
        "profile",
        "x",
    ]);
    assert!(err.contains("PARATII_CLI_TEST_UNSET"), "{err}");

    assert!(devnet.stop(), "paratii devnet exits cleanly on SIGTERM");
}

#[test]
fn help_and_usage_errors() {
    let out = Command::new(env!("CARGO_BIN_EXE_paratii"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for cmd in ["keys", "account", "user", "video", "channel", "devnet"] {
        assert!(help.contains(cmd), "{help}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_paratii"))
        .args(["account", "deposit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
