//! The `paratii` command line, as a library: [`run`] parses arguments, runs one command and
//! returns what to print; `main.rs` only prints it.

pub mod args;
mod commands;
mod context;
mod demo;
mod format;
mod report;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;
pub use report::hint;

use crate::args::{Cli, Command};

/// What a command produced: text for people and JSON for scripts.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    /// Human-readable text.
    pub text: String,
    /// The same facts as JSON.
    pub json: serde_json::Value,
}

impl Output {
    /// Text and JSON.
    pub fn new(text: impl Into<String>, json: serde_json::Value) -> Self {
        Self {
            text: text.into(),
            json,
        }
    }

    /// Renders in the chosen mode.
    pub fn render(&self, json: bool) -> String {
        if json {
            serde_json::to_string_pretty(&self.json).unwrap_or_default()
        } else {
            self.text.trim_end().to_owned()
        }
    }
}

/// Parses `args` (the program name first) and runs the command.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let json = cli.global.json;
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(execute(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) => {
            let hint = hint(&report);
            let error = report::render(&report);
            if json {
                let value = serde_json::json!({
                    "error": error,
                    "hint": hint,
                });
                eprintln!(
                    "{}",
                    serde_json::to_string_pretty(&value).unwrap_or_default()
                );
            } else {
                eprintln!("error: {error}");
                if let Some(hint) = hint {
                    eprintln!("hint: {hint}");
                }
            }
            ExitCode::FAILURE
        }
    }
}

/// Runs a parsed command and prints its output.
pub async fn execute(cli: Cli) -> eyre::Result<()> {
    let ctx = context::Ctx::new(cli.global)?;
    let output = match cli.command {
        Command::Keys(cmd) => commands::keys::run(&ctx, cmd)?,
        Command::Account(cmd) => commands::account::run(&ctx, cmd).await?,
        Command::User(cmd) => commands::user::run(&ctx, cmd).await?,
        Command::Video(cmd) => commands::video::run(&ctx, cmd).await?,
        Command::Channel(cmd) => commands::channel::run(&ctx, cmd).await?,
        Command::Devnet(args) => return commands::devnet::run(&ctx, args).await,
        Command::Upload(args) => commands::upload::upload(&ctx, args).await?,
        Command::Serve(args) => return commands::serve::run(&ctx, args).await,
        Command::ShareSecrets(args) => commands::share_secrets::run(&ctx, &args)?,
        Command::Watch(args) => commands::watch::run(&ctx, args).await?,
        Command::Play(args) => return commands::play::run(&ctx, args).await,
        Command::Advertise(args) => commands::advertise::run(&ctx, args).await?,
        Command::Demo(args) => return demo::demo(&ctx, args).await,
    };
    println!("{}", output.render(ctx.json()));
    Ok(())
}
