//! The committed `test-sol/vectors/eip712.json` must be exactly what the generator produces now,
//! and must be internally consistent, so a Rust-side change alone fails CI.

#[path = "support/vectors.rs"]
mod vectors;

use alloy_primitives::{Address, B256, keccak256};
use paratii_protocol::{Message, Sig};
use serde_json::Value;

#[test]
fn committed_vectors_are_current() {
    let path = vectors::vectors_path();
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    assert!(
        committed == vectors::render(),
        "{} is stale: run `cargo run -p paratii-protocol --example gen-vectors` and commit it",
        path.display()
    );
}

fn b256(v: &Value) -> B256 {
    v.as_str().unwrap().parse().unwrap()
}
fn address(v: &Value) -> Address {
    v.as_str().unwrap().parse().unwrap()
}
fn sig(v: &Value) -> Sig {
    Sig::from_hex("vector", v.as_str().unwrap()).unwrap()
}

#[test]
fn vectors_are_self_consistent() {
    let doc = vectors::generate();
    for (name, t) in doc["types"].as_object().unwrap() {
        assert!(t["typeString"].as_str().unwrap().starts_with(name.as_str()));
        assert_eq!(
            b256(&t["typeHash"]),
            keccak256(t["typeString"].as_str().unwrap())
        );
    }
    for v in doc["keyOwnership"].as_array().unwrap() {
        assert_eq!(
            sig(&v["signature"]).recover(&b256(&v["digest"])).unwrap(),
            address(&v["key"])
        );
        assert_eq!(v["signer"], v["key"]);
    }
    for v in doc["bids"].as_array().unwrap() {
        let wallet = sig(&v["walletSignature"])
            .recover(&b256(&v["digest"]))
            .unwrap();
        assert_eq!(wallet, address(&v["walletSigner"]));
        assert_eq!(v["bidderSigner"], v["bidderKey"]);
        let m = Message::decode(v["message"].as_str().unwrap().as_bytes()).unwrap();
        let Message::Bid(bid) = m else {
            panic!("not a bid")
        };
        assert_eq!(bid.terms.rate.to_string(), v["rate"].as_str().unwrap());
        assert_eq!(bid.wallet_signature, sig(&v["walletSignature"]));
    }
    for v in doc["payments"].as_array().unwrap() {
        let s = sig(&v["signature"]);
        assert_eq!(
            s.recover(&b256(&v["digest"])).unwrap(),
            address(&v["signer"])
        );
        let high = alloy_primitives::hex::decode(v["highSSignature"].as_str().unwrap()).unwrap();
        assert!(Sig::from_slice(&high).is_err());
    }
    for v in doc["offChain"]["messages"].as_array().unwrap() {
        Message::decode(v["message"].as_str().unwrap().as_bytes()).unwrap();
    }
}
