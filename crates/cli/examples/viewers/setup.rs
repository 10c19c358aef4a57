//! The bench's set-up, ahead of the ramp: the publisher (keystore, registered key, a long upload,
//! `paratii serve` as a process) and each viewer (funded, deposited, its own key, connection and
//! open channel).

use std::path::Path;

use alloy::primitives::{Address, B256, U256};
use alloy::providers::ext::AnvilApi;
use alloy::signers::local::PrivateKeySigner;
use paratii_chain::Client;
use paratii_keys::{KeyKind, Keystore, Password};
use paratii_media::{Ffmpeg, Library, TestClip, UploadSettings};
use paratii_net::frame::Frame;
use paratii_net::network::{self, NetConfig, Protocol};
use paratii_net::wire::BidAccepted;
use paratii_protocol::{BidTerms, SigningKey};
use paratii_test_utils::{TestNet, pti};

use crate::ahead::Payer;
use crate::{FORMAT, RATE, SEGMENT, arg, flag};

pub(crate) struct Viewer {
    pub(crate) payer: Payer,
    pub(crate) net: network::Client,
}

pub(crate) struct Publisher {
    pub(crate) child: std::process::Child,
    pub(crate) peer: libp2p::PeerId,
    pub(crate) addrs: Vec<libp2p::Multiaddr>,
    pub(crate) key: Address,
}

impl Drop for Publisher {
    fn drop(&mut self) {
        // The bench leaves thousands of channels open: settling them is not what it measures.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The publisher: keystore, registered key, a long upload, and `paratii serve` as a process.
pub(crate) async fn publisher(
    net: &TestNet,
    dir: &Path,
    paratii: &Path,
    seconds: u32,
) -> (Publisher, B256, String) {
    let password = "viewers-bench";
    std::fs::write(dir.join("password"), password).expect("password file");
    let pw = Password::new(password.into()).expect("password");
    let wallet = net.devnet.accounts()[1].clone();
    let comm = PrivateKeySigner::random();
    let keystore = Keystore::new(dir.join("keystore"));
    keystore
        .import(
            KeyKind::Wallet,
            "publisher",
            &alloy::hex::encode_prefixed(wallet.to_bytes()),
            &pw,
        )
        .expect("import wallet");
    keystore
        .import(
            KeyKind::Comm,
            "publisher-node",
            &alloy::hex::encode_prefixed(comm.to_bytes()),
            &pw,
        )
        .expect("import comm key");
    let client = net.client(Some(wallet.clone())).await.expect("client");
    client.add_key(&comm).await.expect("register key");
    let clip = dir.join("clip.mp4");
    Ffmpeg::from_env()
        .generate(
            &TestClip {
                pattern: "testsrc",
                seconds,
                width: 320,
                height: 240,
                tone_hz: None,
            },
            &clip,
        )
        .expect("ffmpeg generates the clip");
    let library = Library::open(dir.join("data"));
    let store = library.blocks().expect("blocks");
    let outcome = paratii_upload::upload(paratii_upload::Upload {
        source: &clip,
        settings: UploadSettings {
            title: "viewers bench".into(),
            formats: vec![FORMAT.into()],
            segment_seconds: SEGMENT,
            cid_version: paratii_ipfs::CidVersion::V0,
        },
        library: &library,
        keystore: &dir.join("keystore"),
        password: &pw,
        transcoder: &Ffmpeg::from_env(),
        local: &store,
        remote: None,
        registrar: Some(paratii_upload::Registrar {
            client: &client,
            publisher: wallet.address(),
            owner_key: comm.address(),
        }),
        progress: &|_| {},
    })
    .await
    .expect("upload");
    let deployments = dir.join("deployments");
    std::fs::create_dir_all(&deployments).expect("deployments dir");
    net.deployment()
        .save(&paratii_chain::Deployment::path_in(
            &deployments,
            net.deployment().chain_id,
        ))
        .expect("deployment record");
    let mut child = std::process::Command::new(paratii)
        .args([
            "serve",
            "--json",
            "--listen",
            "/ip4/127.0.0.1/tcp/0",
            "--key",
            "publisher-node",
            "--max-channels",
            "1000000",
            "--withdraw-every",
            "0",
        ])
        // Where the publisher's channel store lives (default: its data directory), to tell the
        // disk's share of the latency from the rest.
        .args(
            arg("--store")
                .map(|f| vec!["--store".to_owned(), f])
                .unwrap_or_default(),
        )
        .env("PARATII_RPC_URL", net.url())
        .env("PARATII_DEPLOYMENTS_DIR", &deployments)
        .env("PARATII_KEYSTORE", dir.join("keystore"))
        .env("PARATII_WALLET", "publisher")
        .env("PARATII_PASSWORD_FILE", dir.join("password"))
        .env("PARATII_DATA_DIR", dir.join("data"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .expect("spawn paratii serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut reader = std::io::BufReader::new(stdout);
    let mut line = String::new();
    std::io::BufRead::read_line(&mut reader, &mut line).expect("ready line");
    // Its events keep coming: read them away so its pipe never fills.
    std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
    let ready: serde_json::Value = serde_json::from_str(&line).expect("ready JSON");
    let peer = ready["peerId"]
        .as_str()
        .expect("peerId")
        .parse()
        .expect("PeerId");
    let addrs = ready["addrs"]
        .as_array()
        .expect("addrs")
        .iter()
        .filter_map(|a| a.as_str()?.parse().ok())
        .collect();
    (
        Publisher {
            child,
            peer,
            addrs,
            key: comm.address(),
        },
        outcome.record.video_id,
        outcome.record.directory.to_string(),
    )
}

/// A funded viewer with an open channel, or why not.
pub(crate) async fn viewer(
    net: &TestNet,
    holder: &Client,
    publisher: &Publisher,
    cid: &str,
    expiration: u64,
) -> Result<Viewer, String> {
    let wallet = PrivateKeySigner::random();
    let comm = PrivateKeySigner::random();
    holder
        .provider()
        .anvil_set_balance(wallet.address(), U256::from(10u64).pow(U256::from(18)))
        .await
        .map_err(|e| e.to_string())?;
    holder
        .transfer_pti(wallet.address(), pti(1))
        .await
        .map_err(|e| e.to_string())?;
    let own = net
        .client(Some(wallet.clone()))
        .await
        .map_err(|e| e.to_string())?;
    own.deposit_with_permit(pti(1), expiration)
        .await
        .map_err(|e| e.to_string())?;
    let fast_wallet = SigningKey::from_bytes(&wallet.to_bytes().0).map_err(|e| e.to_string())?;
    let fast_comm = SigningKey::from_bytes(&comm.to_bytes().0).map_err(|e| e.to_string())?;
    let bid = BidTerms {
        nonce: B256::ZERO,
        rate: RATE,
        expiration,
        cid: cid.to_owned(),
        format: FORMAT.into(),
        bidder_key: comm.address(),
        counterparty_key: publisher.key,
    }
    .sign(&holder.payment_channel_domain(), &fast_wallet, &fast_comm)
    .map_err(|e| e.to_string())?;
    let (client, _inbound) = network::spawn(
        paratii_net::keypair(&comm).map_err(|e| e.to_string())?,
        &NetConfig {
            // `--request-response`: every payment its own exchange, as before R25.
            payment_streams: !flag("--request-response"),
            ..NetConfig::default()
        },
    )
    .map_err(|e| e.to_string())?;
    let answer = client
        .request(
            publisher.peer,
            publisher.addrs.clone(),
            Protocol::Bid,
            Frame::json(bid.encode()),
        )
        .await
        .map_err(|e| e.to_string())?;
    let accepted = BidAccepted::from_frame(&answer).map_err(|e| e.to_string())?;
    Ok(Viewer {
        payer: Payer {
            wallet: fast_wallet,
            comm: fast_comm,
            channel: accepted.channel,
        },
        net: client,
    })
}
