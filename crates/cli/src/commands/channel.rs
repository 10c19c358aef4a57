//! `paratii channel`: payment channels rebuilt from the logs, and the payee's operations on them
//! (open from a signed bid, withdraw, close, close many), the payer's exit, and anyone's settle.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use alloy::primitives::{B256, Bytes, U256};
use clap::Subcommand;
use eyre::{WrapErr, eyre};
use paratii_chain::{ChannelRecord, ChannelStatus, Client, CloseRequest};
use paratii_protocol::{BidMessage, PaymentMessage};
use serde_json::{Value, json};

use super::{read_input, tx_json, tx_line};
use crate::Output;
use crate::context::Ctx;
use crate::format::{self, parse_id};

/// `paratii channel`.
#[derive(Debug, Subcommand)]
pub enum ChannelCommand {
    /// Channels a wallet pays into or is paid from (default: --wallet).
    List {
        /// Any address.
        address: Option<String>,
    },
    /// One channel, rebuilt from the logs.
    Show {
        /// The channel id.
        id: String,
    },
    /// Open a channel from a signed bid message (JSON file; `-` for standard input).
    Open {
        /// The bid message.
        #[arg(long, value_name = "FILE")]
        bid: PathBuf,
    },
    /// Cash a payment message into the channel; it stays open.
    Withdraw {
        /// The channel id.
        id: String,
        /// The payment message (JSON file; `-` for standard input).
        #[arg(long, value_name = "FILE")]
        payment: PathBuf,
    },
    /// Close a channel, cashing a last payment if given; the rest returns to the payer.
    Close {
        /// The channel id.
        id: String,
        /// The latest payment message (JSON file; `-` for standard input).
        #[arg(long, value_name = "FILE")]
        payment: Option<PathBuf>,
    },
    /// Close several channels in one transaction.
    CloseMany {
        /// Payment messages (JSON files), one per channel to close with a payment.
        payments: Vec<PathBuf>,
        /// A channel to close without a payment (repeatable).
        #[arg(long = "unpaid", value_name = "ID")]
        unpaid: Vec<String>,
    },
    /// As its payer, start closing a channel before it expires: the payee has `EXIT_WINDOW` (one
    /// hour) to close with its latest payment; then `channel settle` returns the rest to you.
    Exit {
        /// The channel id.
        id: String,
    },
    /// Return an expired channel's unspent escrow to its payer (anyone may).
    Settle {
        /// The channel id.
        id: String,
    },
}

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

pub(crate) async fn run(ctx: &Ctx, cmd: ChannelCommand) -> eyre::Result<Output> {
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
        ChannelCommand::Exit { id } => {
            let client = ctx.client(true).await?;
            let record = open_record(&client, &id).await?;
            let me = client.wallet_address().unwrap_or_default();
            // The contract's checks first, said in terms of what to do instead: no gas spent.
            if record.channel.payer != me {
                return Err(eyre!(
                    "only the channel's payer {} can start an exit; this wallet is {me}",
                    record.channel.payer
                ));
            }
            let now = client.block_timestamp().await?;
            let window = client.exit_window().await?;
            if record.channel.expiration <= now.saturating_add(window) {
                return Err(eyre!(
                    "channel {} expires at {} anyway, within the {} s an exit would give its payee: nothing to gain; run `paratii channel settle {}` from then on",
                    record.id,
                    format::time(record.channel.expiration),
                    window,
                    record.id
                ));
            }
            let (channel, tx) = client.start_exit(record.id, &record.channel).await?;
            let unspent = channel.escrow.saturating_sub(channel.withdrawn);
            Ok(Output::new(
                format!(
                    "{}{}: exit started; the payee may still close with its latest payment until {}, then `paratii channel settle {}` returns what it has not withdrawn (at most {})\n",
                    tx_line("exit started", &tx),
                    record.id,
                    format::time(channel.expiration),
                    record.id,
                    format::pti(unspent)
                ),
                json!({"id": record.id, "expiration": channel.expiration, "unspent": unspent.to_string(), "transaction": tx_json(&tx)}),
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
