//! The meter: one JSON object with everything the page shows, sent over server-sent events on
//! every change (and once a second) and by `GET /state`.

use alloy::primitives::U256;
use paratii_protocol::amount::pti_decimal;
use serde_json::{Value, json};

use crate::app::{App, Status};

/// The meter's JSON.
pub fn meter(app: &App) -> Value {
    let status = app.status();
    let session = app.session();
    let progress = session.map(paratii_net::KeySession::progress);
    let video = session.map(|s| {
        let v = s.video();
        json!({
            "id": v.id,
            "title": v.title,
            "format": v.format,
            "segments": v.segments,
            "segmentSeconds": v.segment_seconds,
            "duration": v.duration,
        })
    });
    let rate = session.map(|s| s.rate()).unwrap_or_default();
    let (spent, escrow) = progress
        .as_ref()
        .map_or((U256::ZERO, U256::ZERO), |p| (p.spent, p.escrow));
    let state = match &status {
        Status::Starting => "starting",
        Status::Ready if progress.as_ref().is_some_and(|p| p.channel.is_some()) => "playing",
        Status::Ready => "ready",
        Status::Ended { .. } => "ended",
        Status::Failed(_) => "error",
    };
    let error = match &status {
        Status::Failed(e) => serde_json::to_value(e).unwrap_or(Value::Null),
        _ => Value::Null,
    };
    let closed = match &status {
        Status::Ended {
            closed: Some(c), ..
        } => json!({
            "tx": c.tx,
            "ptiSpent": pti_decimal(c.spent),
            "ptiRefunded": pti_decimal(c.refunded),
        }),
        _ => Value::Null,
    };
    let ads = app.ads.lock().map(|a| {
        let views: Vec<Value> = a
            .all()
            .map(|ad| serde_json::to_value(ad.view()).unwrap_or(Value::Null))
            .collect();
        let earned = a
            .all()
            .map(crate::ads::Ad::earned)
            .fold(U256::ZERO, |x, y| x + y);
        (views, earned)
    });
    let (ads, earned) = ads.unwrap_or_default();
    json!({
        "state": state,
        "video": video,
        "channel": progress.as_ref().and_then(|p| p.channel),
        "openTx": progress.as_ref().and_then(|p| p.open_tx),
        "publisher": session.map(|s| s.publisher().peer_id.to_string()),
        "secondsPlayed": (app.feature_seconds() * 10.0).round() / 10.0,
        "segmentsPaid": progress.as_ref().map_or(0, |p| p.balance),
        // Channels left at servers that stopped answering (their escrow stays locked until the
        // server closes them, or the viewer exits them).
        "abandoned": progress.as_ref().map(|p| &p.abandoned),
        "keysReceived": progress.as_ref().map_or(0, |p| p.keys.len()),
        "ptiSpent": pti_decimal(spent),
        "spentWei": spent.to_string(),
        "escrow": pti_decimal(escrow),
        "escrowLeft": pti_decimal(escrow.saturating_sub(spent)),
        "ratePerSecond": pti_decimal(U256::from(rate)),
        "ads": ads,
        "ptiEarned": pti_decimal(earned),
        "takesAds": app.takes_ads(),
        "error": error,
        "closed": closed,
    })
}
