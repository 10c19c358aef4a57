//! Step 7 of the demo: `paratii play` in headless chromium, or left for a person.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

use super::process::{Actor, CHILD_TIMEOUT, Env};
use super::{DemoArgs, say, tools};

/// What the player did.
pub(super) struct Played {
    /// The player's final meter.
    meter: Value,
    /// The browser driver's samples (none when a person played).
    browser: Option<Value>,
    screenshot: Option<PathBuf>,
}

impl Played {
    pub(super) fn describe(&self) -> String {
        let m = &self.meter;
        let keys = self
            .browser
            .as_ref()
            .and_then(|b| b["samples"].as_array()?.last().cloned())
            .map(|s| s["keyRequests"].clone())
            .unwrap_or(Value::Null);
        let mut text = format!(
            "played in the browser (delivery mode keys, bytes from IPFS): {} s of video, keys bought for {} segments (the page asked for {keys}), {} PTI paid",
            m["secondsPlayed"],
            m["segmentsPaid"],
            m["ptiSpent"].as_str().unwrap_or("0"),
        );
        if let Some(refunded) = m["closed"]["ptiRefunded"].as_str() {
            let _ = write!(
                text,
                "; Stop closed the channel at once and returned {refunded} PTI"
            );
        }
        text.push('\n');
        if let Some(shot) = &self.screenshot {
            let _ = writeln!(text, "player screenshot: {}", shot.display());
        }
        text
    }

    pub(super) fn json(&self) -> Value {
        json!({"meter": self.meter, "browser": self.browser, "screenshot": self.screenshot})
    }
}

/// Step 7: `paratii play` (keys from the publisher, ciphertexts from the IPFS node), played for
/// a few seconds in headless chromium, paused, stopped; or, with `--play`, left for a person.
pub(super) fn play(
    env: &Env,
    viewer: &Actor,
    args: &DemoArgs,
    video: &str,
    rate: &str,
    ipfs_url: &str,
    dir: &Path,
) -> eyre::Result<Played> {
    say(
        "7. play (delivery mode keys): the player pays for the seconds it plays; the bytes come from IPFS",
    );
    let grace = if args.play { "60" } else { "10" };
    let running = env.spawn_ready(
        viewer,
        "play",
        &[
            "play",
            video,
            "--format",
            &args.format,
            "--rate",
            rate,
            "--ipfs-api",
            ipfs_url,
            "--key",
            viewer.name,
            "--grace",
            grace,
        ],
    )?;
    let url = running.first["url"].as_str().unwrap_or_default().to_owned();
    if args.play {
        say(&format!(
            "   open {url}\n   (other players: {}); press Stop in the page, or close it, to go on",
            running.first["playlist"].as_str().unwrap_or_default()
        ));
        let meter = final_meter(running.wait_exit(Duration::from_secs(24 * 3600))?)?;
        return Ok(Played {
            meter,
            browser: None,
            screenshot: None,
        });
    }
    let screenshot = dir.join("player.png");
    // A few seconds, well before the end of even a short clip.
    let play_seconds = args.clip_seconds.clamp(2, 5) - 1;
    let scenario = json!([
        {"do": "play"},
        {"do": "waitFor", "what": "currentTime", "atLeast": play_seconds, "timeout": 60},
        {"do": "sample", "label": "played"},
        {"do": "pause"},
        {"do": "wait", "seconds": 1},
        {"do": "screenshot", "path": screenshot},
        {"do": "stop"},
        {"do": "waitFor", "what": "closed", "timeout": 60},
        {"do": "sample", "label": "stopped"},
    ]);
    let report = tools::drive(&url, &scenario, env.log_file(viewer, "browser")?)?;
    let meter = final_meter(running.wait_exit(CHILD_TIMEOUT)?)?;
    say(&format!(
        "   played {} s, paused, stopped: {} segments paid ({} PTI), the rest refunded",
        meter["secondsPlayed"],
        meter["segmentsPaid"],
        meter["ptiSpent"].as_str().unwrap_or("0")
    ));
    Ok(Played {
        meter,
        browser: Some(report),
        screenshot: Some(screenshot),
    })
}

/// The meter in the `{"summary": true, "meter": …}` line a finished `play` prints.
fn final_meter(lines: Vec<Value>) -> eyre::Result<Value> {
    lines
        .into_iter()
        .rev()
        .find(|v| v["summary"] == true)
        .map(|v| v["meter"].clone())
        .ok_or_else(|| eyre::eyre!("`paratii play` printed no summary"))
}
