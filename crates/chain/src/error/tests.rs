use super::*;
use alloy::sol_types::SolError;
use paratii_bindings::payment_channel::PaymentChannel;

#[test]
fn decodes_custom_errors_with_values() {
    let err = PaymentChannel::NonceMismatch {
        payer: Address::repeat_byte(1),
        expected: B256::repeat_byte(2),
        given: B256::ZERO,
    };
    let decoded = ContractError::decode(&err.abi_encode(), None);
    assert!(matches!(
        &decoded,
        ContractError::PaymentChannel(PaymentChannelErrors::NonceMismatch(e)) if *e == err
    ));
    assert_eq!(decoded.name(), "NonceMismatch");
    let text = decoded.to_string();
    assert!(
        text.starts_with("PaymentChannel.NonceMismatch { payer: 0x0101"),
        "{text}"
    );
    let unit = ContractError::decode(&PaymentChannel::ZeroAmount {}.abi_encode(), None);
    assert_eq!(unit.to_string(), "PaymentChannel.ZeroAmount");
}

#[test]
fn decodes_strings_panics_and_unknown() {
    let msg = RevertString::from("nope").abi_encode();
    assert_eq!(
        ContractError::decode(&msg, None),
        ContractError::Message("nope".into())
    );
    let panic = Panic {
        code: U256::from(0x11),
    }
    .abi_encode();
    assert_eq!(
        ContractError::decode(&panic, None),
        ContractError::Panic(U256::from(0x11))
    );
    assert_eq!(
        ContractError::decode(&[1, 2, 3, 4], None),
        ContractError::Unknown(Bytes::from_static(&[1, 2, 3, 4]))
    );
    assert_eq!(
        ContractError::Unknown(Bytes::new()).to_string(),
        "unknown (no revert data)"
    );
}
