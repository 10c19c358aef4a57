//! PTI amounts for people: every message a user reads gives PTI, not wei.

use alloy_primitives::U256;
use alloy_primitives::utils::format_units;

/// Formats wei as PTI without trailing zeros: `12.5 PTI`.
pub fn format_pti(wei: U256) -> String {
    format!(
        "{} PTI",
        trim_decimal(&format_units(wei, 18).unwrap_or_default())
    )
}

/// The decimal number of PTI in `wei`, without the unit or trailing zeros: `12.5`.
pub fn pti_decimal(wei: U256) -> String {
    trim_decimal(&format_units(wei, 18).unwrap_or_default())
}

/// `12.500` → `12.5`, `3.000` → `3`, `7` → `7`.
pub fn trim_decimal(decimal: &str) -> String {
    if decimal.contains('.') {
        decimal
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_owned()
    } else {
        decimal.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let pti = U256::from(10u64).pow(U256::from(18));
        assert_eq!(
            format_pti(pti * U256::from(12) + pti / U256::from(2)),
            "12.5 PTI"
        );
        assert_eq!(format_pti(U256::ZERO), "0 PTI");
        assert_eq!(format_pti(U256::from(1)), "0.000000000000000001 PTI");
        assert_eq!(pti_decimal(pti * U256::from(3)), "3");
    }
}
