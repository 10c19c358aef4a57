//! The commands.

use std::fmt::Write as _;
use std::io::Read;
use std::path::Path;

use alloy::primitives::{B256, Bytes, U256, hex};
use eyre::{WrapErr, eyre};
use paratii_chain::devnet::{DevNet, DevNetConfig};
use paratii_chain::{
    ChannelRecord, ChannelStatus, Client, CloseRequest, Connection, DeployParams, NewVideo, TxInfo,
    VideoRecord,
};
use paratii_keys::{KeyInfo, KeyKind};
use paratii_protocol::{BidMessage, PaymentMessage};
use serde_json::{Value, json};

use crate::Output;
use crate::args::{
    AccountCommand, ChannelCommand, DevnetArgs, KeysCommand, UserCommand, VideoCommand,
};
use crate::context::Ctx;
use crate::format::{self, parse_id, parse_pti, video_id};

fn tx_json(tx: &TxInfo) -> Value {
    json!({"hash": tx.hash, "block": tx.block, "gasUsed": tx.gas_used})
}

fn tx_line(what: &str, tx: &TxInfo) -> String {
    format!(
        "{what}: tx {} (block {}, {} gas)\n",
        tx.hash, tx.block, tx.gas_used
    )
}

fn read_input(path: &Path) -> eyre::Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .wrap_err("reading standard input")?;
        Ok(buf)
    } else {
        std::fs::read(path).wrap_err_with(|| format!("reading {}", path.display()))
    }
}

// -------------------------------------------------------------------- keys

fn key_info_json(info: &KeyInfo) -> Value {
    json!({
        "kind": kind_name(info.kind),
        "name": info.name,
        "address": info.address,
        "publicKey": info.public_key_hex(),
        "peerId": info.peer_id.to_string(),
        "path": info.path,
    })
}

fn key_info_text(info: &KeyInfo) -> String {
    format!(
        "{} key {}\n  address     {}\n  public key  {}\n  PeerId      {}\n  file        {}\n",
        info.kind,
        info.name,
        info.address,
        info.public_key_hex(),
        info.peer_id,
        info.path.display()
    )
}

const fn kind_name(kind: KeyKind) -> &'static str {
    match kind {
        KeyKind::Wallet => "wallet",
        KeyKind::Comm => "comm",
    }
}

pub(crate) fn keys(ctx: &Ctx, cmd: KeysCommand) -> eyre::Result<Output> {
    match cmd {
        KeysCommand::Generate { kind, name } => {
            let kind = KeyKind::from(kind);
            let password = ctx
                .password_source()
                .read_new(&format!("the new {kind} key {name:?}"))?;
            let info = ctx.keystore.generate(kind, &name, &password)?;
            Ok(Output::new(
                format!("generated {}", key_info_text(&info)),
                key_info_json(&info),
            ))
        }
        KeysCommand::Import {
            kind,
            name,
            private_key_file,
        } => {
            let kind = KeyKind::from(kind);
            let secret = zeroize_string(read_input(&private_key_file)?)?;
            let password = ctx
                .password_source()
                .read_new(&format!("the imported {kind} key {name:?}"))?;
            let info = ctx.keystore.import(kind, &name, &secret, &password)?;
            Ok(Output::new(
                format!("imported {}", key_info_text(&info)),
                key_info_json(&info),
            ))
        }
        KeysCommand::List { kind } => {
            let entries = ctx.keystore.list(kind.map(KeyKind::from))?;
            let mut text = String::new();
            if entries.is_empty() {
                let _ = writeln!(
                    text,
                    "no keys in {}: `paratii keys generate wallet NAME` makes one",
                    ctx.keystore.root().display()
                );
            }
            for e in &entries {
                let address = e
                    .address
                    .map_or_else(|| "(no address recorded)".into(), |a| a.to_string());
                let _ = writeln!(text, "{:<7} {:<24} {address}", kind_name(e.kind), e.name);
            }
            let json = entries
                .iter()
                .map(|e| json!({"kind": kind_name(e.kind), "name": e.name, "address": e.address, "path": e.path}))
                .collect();
            Ok(Output::new(text, Value::Array(json)))
        }
        KeysCommand::Show { kind, name } => {
            let kind = KeyKind::from(kind);
            let password = ctx
                .password_source()
                .read(&format!("{kind} key {name:?}"))?;
            let info = ctx.keystore.info(kind, &name, &password)?;
            Ok(Output::new(key_info_text(&info), key_info_json(&info)))
        }
    }
}

/// The private key text, with the buffer it came in wiped.
fn zeroize_string(bytes: Vec<u8>) -> eyre::Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let mut bytes = e.into_bytes();
        bytes.fill(0);
        eyre!("the private key file is not text")
    })
}

// -------------------------------------------------------------------- account

pub(crate) async fn account(ctx: &Ctx, cmd: AccountCommand) -> eyre::Result<Output> {
    match cmd {
        AccountCommand::Deposit {
            amount,
            permit,
            permit_validity,
        } => {
            let amount = parse_pti(&amount)?;
            let client = ctx.client(true).await?;
            let mut text = String::new();
            let mut txs = Vec::new();
            if permit {
                let deadline = client.block_timestamp().await? + permit_validity;
                let tx = client.deposit_with_permit(amount, deadline).await?;
                text += &tx_line("deposited with a permit", &tx);
                txs.push(tx_json(&tx));
            } else {
                let (approval, tx) = client.deposit(amount).await?;
                if let Some(a) = approval {
                    text += &tx_line("approved", &a);
                    txs.push(tx_json(&a));
                }
                text += &tx_line("deposited", &tx);
                txs.push(tx_json(&tx));
            }
            let me = client.wallet_address().unwrap_or_default();
            let free = client.deposited(me).await?;
            let _ = writeln!(
                text,
                "deposited {}; free balance now {}",
                format::pti(amount),
                format::pti(free)
            );
            Ok(Output::new(
                text,
                json!({"wallet": me, "amount": amount.to_string(), "deposited": free.to_string(), "transactions": txs}),
            ))
        }
        AccountCommand::Withdraw { amount } => {
            let amount = parse_pti(&amount)?;
            let client = ctx.client(true).await?;
            let tx = client.withdraw(amount).await?;
            let me = client.wallet_address().unwrap_or_default();
            let free = client.deposited(me).await?;
            let text = format!(
                "{}withdrew {}; free balance now {}\n",
                tx_line("withdrawn", &tx),
                format::pti(amount),
                format::pti(free)
            );
            Ok(Output::new(
                text,
                json!({"wallet": me, "amount": amount.to_string(), "deposited": free.to_string(), "transaction": tx_json(&tx)}),
            ))
        }
        AccountCommand::Balance { address } => {
            let address = ctx.address_or_wallet(address.as_deref())?;
            let client = ctx.client(false).await?;
            let b = client.balances(address).await?;
            let text = format!(
                "wallet     {}\nETH        {}\nPTI        {}\ndeposited  {}\nbid nonce  {}\n",
                b.wallet,
                format::eth(b.eth),
                format::pti(b.pti),
                format::pti(b.deposited),
                b.nonce
            );
            Ok(Output::new(
                text,
                json!({
                    "wallet": b.wallet,
                    "eth": b.eth.to_string(),
                    "pti": b.pti.to_string(),
                    "deposited": b.deposited.to_string(),
                    "nonce": b.nonce,
                }),
            ))
        }
    }
}

// -------------------------------------------------------------------- user

pub(crate) async fn user(ctx: &Ctx, cmd: UserCommand) -> eyre::Result<Output> {
    match cmd {
        UserCommand::Show { address } => {
            let address = ctx.address_or_wallet(address.as_deref())?;
            let client = ctx.client(false).await?;
            let profile = client.profile(address).await?;
            let keys = client.keys_of_wallet(address).await?;
            let mut text = format!(
                "wallet   {address}\nprofile  {}\n",
                if profile.is_empty() {
                    "(none)"
                } else {
                    &profile
                }
            );
            if keys.is_empty() {
                text += "keys     (none registered: `paratii user add-key NAME`)\n";
            }
            let mut json_keys = Vec::new();
            for k in &keys {
                let peer = paratii_keys::peer_id(&k.public_key)
                    .map(|p| p.to_string())
                    .unwrap_or_default();
                let _ = writeln!(
                    text,
                    "key      {} {} PeerId {peer}",
                    k.key,
                    if k.active { "active " } else { "revoked" }
                );
                json_keys.push(json!({"key": k.key, "active": k.active, "publicKey": k.public_key, "peerId": peer}));
            }
            Ok(Output::new(
                text,
                json!({"wallet": address, "profile": profile, "keys": json_keys}),
            ))
        }
        UserCommand::Profile { metadata } => {
            let client = ctx.client(true).await?;
            let tx = client.set_profile(&metadata).await?;
            Ok(Output::new(
                tx_line("profile set", &tx),
                json!({"profile": metadata, "transaction": tx_json(&tx)}),
            ))
        }
        UserCommand::AddKey { name, key_password } => {
            let comm = ctx.unlock_comm(&name, &key_password)?;
            let client = ctx.client(true).await?;
            let tx = client.add_key(&comm).await?;
            let peer = paratii_keys::peer_id(&comm.public_key())?;
            Ok(Output::new(
                format!(
                    "{}registered communication key {name} ({}, PeerId {peer})\n",
                    tx_line("key added", &tx),
                    comm.address()
                ),
                json!({"key": comm.address(), "peerId": peer.to_string(), "transaction": tx_json(&tx)}),
            ))
        }
        UserCommand::RevokeKey { key } => {
            let key = ctx.comm_key_address(&key)?;
            let client = ctx.client(true).await?;
            let tx = client.revoke_key(key).await?;
            Ok(Output::new(
                format!("{}revoked {key}\n", tx_line("key revoked", &tx)),
                json!({"key": key, "transaction": tx_json(&tx)}),
            ))
        }
    }
}

// -------------------------------------------------------------------- video

fn video_text(v: &VideoRecord) -> String {
    format!(
        "{}\n  title      {}\n  cid        {}\n  publisher  {}\n  owner key  {}\n  duration   {} s in {} s segments of {} kB\n  formats    {}\n  listed     {}\n",
        v.id,
        // A publisher's own text, escaped: it must not act on the viewer's terminal.
        format::display_title(&v.title),
        format::display_title(&v.cid),
        v.publisher,
        v.owner_key,
        v.duration,
        v.segment_length,
        v.segment_size,
        format::display_title(&v.formats.join(", ")),
        if v.listed { "yes" } else { "no" }
    )
}

fn video_json(v: &VideoRecord) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

pub(crate) async fn video(ctx: &Ctx, cmd: VideoCommand) -> eyre::Result<Output> {
    match cmd {
        VideoCommand::List { publisher } => {
            let client = ctx.client(false).await?;
            let videos = match publisher {
                Some(p) => client.videos_of(crate::context::parse_address(&p)?).await?,
                None => client.videos().await?,
            };
            let mut text = String::new();
            if videos.is_empty() {
                text += "no videos registered\n";
            }
            for v in &videos {
                let _ = writeln!(
                    text,
                    "{} {:<8} {}",
                    v.id,
                    if v.listed { "listed" } else { "unlisted" },
                    format::display_title(&v.title)
                );
            }
            Ok(Output::new(
                text,
                Value::Array(videos.iter().map(video_json).collect()),
            ))
        }
        VideoCommand::Show {
            video,
            ipfs,
            no_ipfs,
        } => {
            let client = ctx.client(false).await?;
            let v = client.video(video_id(&video)).await?;
            if no_ipfs {
                return Ok(Output::new(video_text(&v), video_json(&v)));
            }
            // The record is on chain whatever IPFS says: an unreachable node or a missing or
            // forged block is reported next to it rather than hiding it.
            let mut value = video_json(&v);
            let text = match crate::upload::show_tables(&ipfs, &v.cid).await {
                Ok((text, Value::Object(extra))) => {
                    if let Some(obj) = value.as_object_mut() {
                        obj.extend(extra);
                    }
                    text
                }
                Ok((text, _)) => text,
                Err(e) => {
                    if let Some(obj) = value.as_object_mut() {
                        obj.insert("ipfsError".into(), json!(format!("{e:#}")));
                    }
                    format!("  directory  unavailable: {e:#}\n")
                }
            };
            Ok(Output::new(video_text(&v) + &text, value))
        }
        VideoCommand::Register {
            cid,
            title,
            duration,
            segment_length,
            segment_size,
            formats,
            key,
        } => {
            let owner_key = ctx.comm_key_address(&key)?;
            let client = ctx.client(true).await?;
            let (id, tx) = client
                .register_video(&NewVideo {
                    cid,
                    owner_key,
                    title,
                    duration,
                    segment_length,
                    segment_size,
                    formats,
                })
                .await?;
            let v = client.video(id).await?;
            Ok(Output::new(
                format!(
                    "{}registered {}",
                    tx_line("video registered", &tx),
                    video_text(&v)
                ),
                json!({"video": video_json(&v), "transaction": tx_json(&tx)}),
            ))
        }
        VideoCommand::Retitle { video, title } => {
            let client = ctx.client(true).await?;
            let id = video_id(&video);
            let tx = client.update_title(id, &title).await?;
            Ok(Output::new(
                format!(
                    "{}{id} is now titled {title:?}\n",
                    tx_line("title updated", &tx)
                ),
                json!({"id": id, "title": title, "transaction": tx_json(&tx)}),
            ))
        }
        VideoCommand::Unlist { video } => {
            let client = ctx.client(true).await?;
            let id = video_id(&video);
            let tx = client.unlist(id).await?;
            Ok(Output::new(
                format!(
                    "{}{id} is unlisted: no new channel can open on it\n",
                    tx_line("unlisted", &tx)
                ),
                json!({"id": id, "transaction": tx_json(&tx)}),
            ))
        }
    }
}

// -------------------------------------------------------------------- channel

fn status_text(status: &ChannelStatus) -> String {
    match status {
        ChannelStatus::Open => "open".into(),
        ChannelStatus::Expired => "expired (settle it)".into(),
        ChannelStatus::Closed {
            balance,
            amount,
            refund,
        } => format!(
            "closed at {balance} segments: {} to the payee, {} refunded",
            format::pti(*amount),
            format::pti(*refund)
        ),
        ChannelStatus::Settled { refund } => format!("settled: {} refunded", format::pti(*refund)),
    }
}

fn channel_text(c: &ChannelRecord) -> String {
    format!(
        "{}\n  status      {}\n  payer       {}\n  payee       {}\n  video       {}\n  price       {} per segment\n  escrow      {}\n  withdrawn   {}\n  expiration  {} ({})\n  opened in   block {}\n",
        c.id,
        status_text(&c.status),
        c.channel.payer,
        c.channel.payee,
        c.video,
        format::pti(c.channel.pricePerSegment),
        format::pti(c.channel.escrow),
        format::pti(c.channel.withdrawn),
        format::time(c.channel.expiration),
        c.channel.expiration,
        c.opened_block
    )
}

fn channel_json(c: &ChannelRecord) -> Value {
    serde_json::to_value(c).unwrap_or(Value::Null)
}

fn read_payment(path: &Path) -> eyre::Result<PaymentMessage> {
    let bytes = read_input(path)?;
    PaymentMessage::decode(&bytes)
        .wrap_err_with(|| format!("{} is not a payment message", path.display()))
}

/// Checks a payment is for `record` and signed by its payer's wallet, before spending gas.
fn check_payment(
    client: &Client,
    record: &ChannelRecord,
    payment: &PaymentMessage,
) -> eyre::Result<()> {
    if payment.channel != record.id {
        return Err(eyre!(
            "the payment is for channel {}, not {}",
            payment.channel,
            record.id
        ));
    }
    let signers = payment.recover(&client.payment_channel_domain())?;
    if signers.wallet != record.channel.payer {
        return Err(eyre!(
            "the payment's wallet signature is by {}, not the channel's payer {}",
            signers.wallet,
            record.channel.payer
        ));
    }
    Ok(())
}

async fn open_record(client: &Client, id: &str) -> eyre::Result<ChannelRecord> {
    let record = client.channel(parse_id(id)?).await?;
    if !record.status.is_open() {
        return Err(eyre!(
            "channel {} is no longer open: {}",
            record.id,
            status_text(&record.status)
        ));
    }
    Ok(record)
}

pub(crate) async fn channel(ctx: &Ctx, cmd: ChannelCommand) -> eyre::Result<Output> {
    match cmd {
        ChannelCommand::List { address } => {
            let address = ctx.address_or_wallet(address.as_deref())?;
            let client = ctx.client(false).await?;
            let channels = client.channels_of(address).await?;
            let mut text = String::new();
            if channels.is_empty() {
                let _ = writeln!(text, "no channels for {address}");
            }
            for c in &channels {
                let role = if c.channel.payer == address {
                    "pays"
                } else {
                    "paid"
                };
                let _ = writeln!(
                    text,
                    "{} {role} escrow {} withdrawn {}: {}",
                    c.id,
                    format::pti(c.channel.escrow),
                    format::pti(c.channel.withdrawn),
                    status_text(&c.status)
                );
            }
            Ok(Output::new(
                text,
                Value::Array(channels.iter().map(channel_json).collect()),
            ))
        }
        ChannelCommand::Show { id } => {
            let client = ctx.client(false).await?;
            let c = client.channel(parse_id(&id)?).await?;
            Ok(Output::new(channel_text(&c), channel_json(&c)))
        }
        ChannelCommand::Open { bid } => {
            let bytes = read_input(&bid)?;
            let bid = BidMessage::decode(&bytes)
                .wrap_err_with(|| format!("{} is not a bid message", bid.display()))?;
            let client = ctx.client(true).await?;
            let me = client.wallet_address().unwrap_or_default();
            // The checks `open` makes, off chain first: a clear error and no gas spent.
            let verified = bid
                .verify(&client.payment_channel_domain())
                .wrap_err("the bid's signatures do not check out")?;
            let state = client.chain_state_for(&verified).await?;
            verified
                .check(&state, me)
                .wrap_err("the bid cannot open a channel now")?;
            let opened = client.open(&bid).await?;
            let record = client.channel(opened.id).await?;
            Ok(Output::new(
                format!(
                    "{}opened {}",
                    tx_line("channel opened", &opened.tx),
                    channel_text(&record)
                ),
                json!({"channel": channel_json(&record), "transaction": tx_json(&opened.tx)}),
            ))
        }
        ChannelCommand::Withdraw { id, payment } => {
            let payment = read_payment(&payment)?;
            let client = ctx.client(true).await?;
            let record = open_record(&client, &id).await?;
            check_payment(&client, &record, &payment)?;
            let (channel, tx) = client
                .withdraw_from_channel(
                    record.id,
                    &record.channel,
                    payment.balance,
                    &payment.wallet_signature,
                )
                .await?;
            Ok(Output::new(
                format!(
                    "{}withdrew up to {} segments: {} credited in total\n",
                    tx_line("withdrawn", &tx),
                    payment.balance,
                    format::pti(channel.withdrawn)
                ),
                json!({"id": record.id, "balance": payment.balance, "withdrawn": channel.withdrawn.to_string(), "transaction": tx_json(&tx)}),
            ))
        }
        ChannelCommand::Close { id, payment } => {
            let payment = payment.as_deref().map(read_payment).transpose()?;
            let client = ctx.client(true).await?;
            let record = open_record(&client, &id).await?;
            if let Some(p) = &payment {
                check_payment(&client, &record, p)?;
            }
            let tx = client
                .close(
                    record.id,
                    &record.channel,
                    payment.as_ref().map(|p| (p.balance, &p.wallet_signature)),
                )
                .await?;
            let after = client.channel(record.id).await?;
            Ok(Output::new(
                format!(
                    "{}{}: {}\n",
                    tx_line("closed", &tx),
                    record.id,
                    status_text(&after.status)
                ),
                json!({"channel": channel_json(&after), "transaction": tx_json(&tx)}),
            ))
        }
        ChannelCommand::CloseMany { payments, unpaid } => {
            if payments.is_empty() && unpaid.is_empty() {
                return Err(eyre!(
                    "nothing to close: give payment files and/or --unpaid ID"
                ));
            }
            let client = ctx.client(true).await?;
            let mut requests = Vec::new();
            for path in &payments {
                let payment = read_payment(path)?;
                let record = open_record(&client, &payment.channel.to_string()).await?;
                check_payment(&client, &record, &payment)?;
                requests.push(CloseRequest {
                    channelId: record.id,
                    channel: record.channel,
                    balance: U256::from(payment.balance),
                    signature: Bytes::copy_from_slice(payment.wallet_signature.as_bytes()),
                });
            }
            for id in &unpaid {
                let record = open_record(&client, id).await?;
                requests.push(CloseRequest {
                    channelId: record.id,
                    channel: record.channel,
                    balance: U256::ZERO,
                    signature: Bytes::new(),
                });
            }
            let ids: Vec<B256> = requests.iter().map(|r| r.channelId).collect();
            let tx = client.close_many(requests).await?;
            let mut text = tx_line("closed", &tx);
            let mut closed = Vec::new();
            for id in ids {
                let after = client.channel(id).await?;
                let _ = writeln!(text, "{id}: {}", status_text(&after.status));
                closed.push(channel_json(&after));
            }
            Ok(Output::new(
                text,
                json!({"channels": closed, "transaction": tx_json(&tx)}),
            ))
        }
        ChannelCommand::Settle { id } => {
            let client = ctx.client(true).await?;
            let record = open_record(&client, &id).await?;
            let tx = client.settle(record.id, &record.channel).await?;
            let after = client.channel(record.id).await?;
            Ok(Output::new(
                format!(
                    "{}{}: {}\n",
                    tx_line("settled", &tx),
                    record.id,
                    status_text(&after.status)
                ),
                json!({"channel": channel_json(&after), "transaction": tx_json(&tx)}),
            ))
        }
    }
}

// -------------------------------------------------------------------- devnet

pub(crate) async fn devnet(ctx: &Ctx, args: DevnetArgs) -> eyre::Result<()> {
    let amount = parse_pti(&args.amount)?;
    let config = DevNetConfig {
        port: args.port,
        accounts: (args.fund + 1).max(10),
        ..DevNetConfig::default()
    };
    let net = DevNet::start_with(&config).wrap_err_with(|| {
        format!(
            "starting anvil on port {} (is another dev-net running? try --port 0)",
            args.port
        )
    })?;
    let deployer = net.accounts()[0].clone();
    let conn = Connection::connect(net.url(), Some(deployer.clone())).await?;
    let dir = &ctx.global.deployments_dir;
    let deployed = conn
        .deploy_and_record(&DeployParams::new(deployer.address()), dir)
        .await?;
    let record = paratii_chain::Deployment::path_in(dir, net.chain_id());
    let client = conn.attach(deployed.deployment.clone()).await?;
    let mut funded = Vec::new();
    for signer in net.accounts().iter().skip(1).take(args.fund as usize) {
        client.transfer_pti(signer.address(), amount).await?;
        funded.push(signer);
    }

    if ctx.json() {
        let accounts: Vec<Value> = funded
            .iter()
            .map(|s| {
                json!({
                    "address": s.address(),
                    "privateKey": hex::encode_prefixed(s.to_bytes()),
                    "pti": amount.to_string(),
                })
            })
            .collect();
        let value = json!({
            "rpcUrl": net.url(),
            "chainId": net.chain_id(),
            "anvilPid": net.pid(),
            "deployment": record,
            "contracts": deployed.deployment.contracts,
            "holder": deployer.address(),
            "accounts": accounts,
        });
        // One line, so a script can read it before the dev-net blocks.
        println!("{}", serde_json::to_string(&value)?);
    } else {
        let mut text = format!(
            "dev-net running: {} (chain {}, anvil pid {})\n",
            net.url(),
            net.chain_id(),
            net.pid()
        );
        let _ = writeln!(
            text,
            "deployed with CREATE2, recorded in {}:",
            record.display()
        );
        for (name, address) in deployed.deployment.contracts.named() {
            let _ = writeln!(text, "  {:<15} {address}", name.as_str());
        }
        let _ = writeln!(
            text,
            "PTI holder (account 0) {}; funded with {} each:",
            deployer.address(),
            format::pti(amount)
        );
        for (i, s) in funded.iter().enumerate() {
            let _ = writeln!(
                text,
                "  account {}  {}  key {}",
                i + 1,
                s.address(),
                hex::encode_prefixed(s.to_bytes())
            );
        }
        text += "These are anvil's public development keys: never use them on a real chain.\n";
        text += "Import one with `paratii keys import wallet NAME --private-key-file FILE`.\n";
        text += "Press Ctrl-C to stop.";
        println!("{text}");
    }

    wait_for_shutdown().await?;
    drop(net);
    if !ctx.json() {
        println!("dev-net stopped");
    }
    Ok(())
}

/// Returns at Ctrl-C or SIGTERM (how scripts and `paratii demo` stop long-running commands).
pub(crate) async fn wait_for_shutdown() -> eyre::Result<()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).wrap_err("listening for SIGTERM")?;
        tokio::select! {
            r = tokio::signal::ctrl_c() => r.wrap_err("listening for Ctrl-C")?,
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c()
        .await
        .wrap_err("listening for Ctrl-C")?;
    Ok(())
}
