//! `paratii share-secrets`: the video secrets of the library, encrypted again for a node key that
//! has a password of its own (PROTOCOL R23). `upload` keeps each secret under the wallet's
//! password; `serve --node-key` decrypts them with the key's password, from the keystore it runs
//! with. This writes them into that keystore, so the node needs neither the wallet's key nor its
//! password.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args;
use eyre::{WrapErr, eyre};
use paratii_media::Library;
use paratii_media::store::{load_secret, save_secret, secret_path};
use serde_json::{Value, json};

use super::peer::{DataDirArg, KeyPassword};
use crate::Output;
use crate::context::Ctx;

/// `paratii share-secrets`.
#[derive(Debug, Args)]
pub struct ShareSecretsArgs {
    /// The keystore directory the node's `serve` runs with (its `--keystore`); the secrets land
    /// in its `videos/` folder. Not the wallet's own keystore, which already holds them.
    #[arg(long, value_name = "DIR")]
    pub to_keystore: PathBuf,
    /// Where the node key's password comes from (required: with the wallet's password the node
    /// reads the secrets as they are).
    #[command(flatten)]
    pub key_password: KeyPassword,
    /// The data directory holding the library (as `upload`'s).
    #[command(flatten)]
    pub data: DataDirArg,
}

pub(crate) fn run(ctx: &Ctx, args: &ShareSecretsArgs) -> eyre::Result<Output> {
    let kp = &args.key_password;
    if kp.key_password_file.is_none() && kp.key_password_env.is_none() {
        return Err(eyre!(
            "give the node key's password with --key-password-file or --key-password-env: a node \
             key with the wallet's password reads the secrets of this keystore as they are"
        ));
    }
    let same_dir =
        |a: &std::path::Path, b: &std::path::Path| match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
    if same_dir(&args.to_keystore, ctx.keystore.root()) {
        return Err(eyre!(
            "{} is the wallet's own keystore, which holds these secrets under the wallet's \
             password already: give the node's keystore",
            args.to_keystore.display()
        ));
    }
    let data_dir = args.data.resolve()?;
    let records = Library::open(&data_dir)
        .records()
        .wrap_err_with(|| format!("reading the library in {}", data_dir.display()))?;
    if records.is_empty() {
        return Err(eyre!(
            "no upload in {}: `paratii upload` first, or give --data-dir",
            data_dir.display()
        ));
    }
    let wallet_password = ctx
        .password_source()
        .read(&format!("wallet key {:?}", ctx.wallet_name()?))?;
    let node_password = ctx
        .key_password_source(kp)
        .read("the node key's password")?;
    let mut text = String::new();
    let mut shared = Vec::new();
    for record in &records {
        let secret = load_secret(ctx.keystore.root(), &record.secret, &wallet_password)?
            .ok_or_else(|| {
                eyre!(
                    "the secret of video {} is not in {}: run this where it was uploaded",
                    record.video_id,
                    secret_path(ctx.keystore.root(), &record.secret).display()
                )
            })?;
        let path = secret_path(&args.to_keystore, &record.secret);
        // A re-run finds what it wrote: fine when it holds the same secret under the node's
        // password, an error otherwise (a secret is never overwritten).
        let status = match load_secret(&args.to_keystore, &record.secret, &node_password) {
            Ok(Some(there)) if there == secret => "already there",
            Ok(Some(_)) => {
                return Err(eyre!(
                    "{} holds another secret for video {}: it is not this library's",
                    path.display(),
                    record.video_id
                ));
            }
            Ok(None) => {
                save_secret(&args.to_keystore, &record.secret, &secret, &node_password)?;
                "written"
            }
            Err(e) => {
                return Err(e).wrap_err_with(|| {
                    format!(
                        "{} exists but does not open with the node key's password",
                        path.display()
                    )
                });
            }
        };
        let _ = writeln!(text, "{} {status}: {}", record.video_id, path.display());
        shared.push(json!({"videoId": record.video_id, "file": path, "status": status}));
    }
    let _ = writeln!(
        text,
        "the node runs `paratii serve --node-key --key NAME` with --keystore {} and the same key password",
        args.to_keystore.display()
    );
    Ok(Output::new(
        text,
        json!({ "secrets": Value::Array(shared) }),
    ))
}
