//! Amounts, ids and titles, parsed and printed.

use alloy::primitives::utils::format_units;
use alloy::primitives::{B256, U256};
use eyre::eyre;

/// Parses a decimal PTI amount (`12.5`) into wei: digits, at most one point, at most 18
/// decimals (never silently rounded).
pub(crate) fn parse_pti(text: &str) -> eyre::Result<U256> {
    let bad = || {
        eyre!("{text:?} is not a PTI amount: use a decimal such as 12.5, with at most 18 decimals")
    };
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !digits(whole)
        || !digits(fraction)
        || fraction.len() > 18
    {
        return Err(bad());
    }
    let scale = U256::from(10u64).pow(U256::from(18));
    let whole = if whole.is_empty() {
        U256::ZERO
    } else {
        U256::from_str_radix(whole, 10).map_err(|_| bad())?
    };
    let fraction = if fraction.is_empty() {
        U256::ZERO
    } else {
        U256::from_str_radix(&format!("{fraction:0<18}"), 10).map_err(|_| bad())?
    };
    whole
        .checked_mul(scale)
        .and_then(|w| w.checked_add(fraction))
        .ok_or_else(bad)
}

/// Formats wei as PTI without trailing zeros: `12.5 PTI`.
pub(crate) fn pti(amount: U256) -> String {
    paratii_protocol::format_pti(amount)
}

/// Formats wei as ETH without trailing zeros.
pub(crate) fn eth(amount: U256) -> String {
    format!(
        "{} ETH",
        paratii_protocol::amount::trim_decimal(&format_units(amount, 18).unwrap_or_default())
    )
}

/// Parses a 32-byte id (`0x` + 64 hex digits).
pub(crate) fn parse_id(text: &str) -> eyre::Result<B256> {
    text.parse()
        .map_err(|_| eyre!("{text:?} is not an id (0x followed by 64 hex digits)"))
}

/// A video id from an id (`0x` + 64 hex digits) or a directory CID (`Qm…`, `b…`), whose id is
/// `keccak256(cid)`. Anything else is refused: hashing a mistyped id would name a video nobody
/// registered, and the error would speak of that unrelated id.
pub(crate) fn video_id(text: &str) -> eyre::Result<B256> {
    if let Some(digits) = text.strip_prefix("0x") {
        return text.parse().map_err(|_| {
            eyre!(
                "{text:?} is not a video id: an id is 0x followed by 64 hex digits ({} given{})",
                digits.len(),
                if digits.bytes().all(|b| b.is_ascii_hexdigit()) {
                    ""
                } else {
                    ", not all hex"
                }
            )
        });
    }
    text.parse::<paratii_ipfs::Cid>().map_err(|_| {
        eyre!(
            "{text:?} is neither a video id (0x followed by 64 hex digits) nor a directory CID (Qm… or b…): `paratii video list` shows both"
        )
    })?;
    Ok(paratii_protocol::eip712::video_id(text))
}

/// A title (or any text a publisher chose) safe to print in a terminal: control characters
/// (C0, DEL, C1) and bidirectional overrides written as escapes (`\u{1b}`), so nobody's title
/// can move the cursor, clear the screen, retitle the window or reorder the line.
pub(crate) fn display_title(title: &str) -> String {
    paratii_upload::limits::escape(title)
}

/// A unix time as `YYYY-MM-DD HH:MM:SS UTC`.
pub(crate) fn time(unix: u64) -> String {
    let days = unix / 86_400;
    let secs = unix % 86_400;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(
            parse_pti("12.5").unwrap(),
            U256::from(125u64) * U256::from(10u64).pow(U256::from(17))
        );
        assert_eq!(
            parse_pti("1").unwrap(),
            U256::from(10u64).pow(U256::from(18))
        );
        assert!(parse_pti("-1").is_err());
        assert!(parse_pti("abc").is_err());
        assert!(parse_pti("0.0000000000000000001").is_err());
        assert_eq!(parse_pti(".5").unwrap(), parse_pti("0.5").unwrap());
        assert_eq!(parse_pti("0.000000000000000001").unwrap(), U256::from(1));
        assert!(parse_pti("1.2.3").is_err());
        assert!(parse_pti(".").is_err());
        assert!(parse_pti("").is_err());
        assert_eq!(pti(parse_pti("12.5").unwrap()), "12.5 PTI");
        assert_eq!(pti(U256::ZERO), "0 PTI");
        assert_eq!(pti(parse_pti("1000").unwrap()), "1000 PTI");
    }

    #[test]
    fn titles_are_printed_escaped() {
        assert_eq!(
            display_title("evil\u{1b}]0;owned\u{7}\u{1b}[2J\nnext"),
            "evil\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\u{a}next"
        );
        assert_eq!(
            display_title("\u{9b}\u{7f}\u{202e}"),
            "\\u{9b}\\u{7f}\\u{202e}"
        );
        assert_eq!(display_title("Ünïcode talk ✓"), "Ünïcode talk ✓");
    }

    #[test]
    fn ids_and_times() {
        let cid = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
        assert_eq!(
            video_id(cid).unwrap(),
            paratii_protocol::eip712::video_id(cid)
        );
        let v0 = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
        assert_eq!(
            video_id(v0).unwrap(),
            paratii_protocol::eip712::video_id(v0)
        );
        let id = B256::repeat_byte(0xab);
        assert_eq!(video_id(&id.to_string()).unwrap(), id);
        // Mistyped ids and strings that are not CIDs are refused, never hashed.
        for bad in [
            "0x12",
            &format!("{id}0"),
            &format!("0x{}", "g".repeat(64)),
            "bafy",
            "hello",
        ] {
            let err = video_id(bad).unwrap_err().to_string();
            assert!(err.contains("64 hex digits"), "{bad}: {err}");
        }
        assert!(parse_id("0x12").is_err());
        assert_eq!(time(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(time(1_900_000_000), "2030-03-17 17:46:40 UTC");
    }
}
