///Module containing a contract's types and functions.
/**

```solidity
library IPaymentChannel {
    struct Bid { bytes32 nonce; uint128 rate; uint64 expiration; bytes32 video; string format; address bidderKey; address counterpartyKey; }
    struct Channel { address payer; address payee; uint256 pricePerSegment; uint256 escrow; uint256 withdrawn; uint64 expiration; }
    struct CloseRequest { bytes32 channelId; Channel channel; uint256 balance; bytes signature; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IPaymentChannel {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Bid { bytes32 nonce; uint128 rate; uint64 expiration; bytes32 video; string format; address bidderKey; address counterpartyKey; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Bid {
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub rate: u128,
        #[allow(missing_docs)]
        pub expiration: u64,
        #[allow(missing_docs)]
        pub video: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub format: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub bidderKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub counterpartyKey: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<128>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::String,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            u128,
            u64,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::String,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Bid> for UnderlyingRustTuple<'_> {
            fn from(value: Bid) -> Self {
                (
                    value.nonce,
                    value.rate,
                    value.expiration,
                    value.video,
                    value.format,
                    value.bidderKey,
                    value.counterpartyKey,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Bid {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    nonce: tuple.0,
                    rate: tuple.1,
                    expiration: tuple.2,
                    video: tuple.3,
                    format: tuple.4,
                    bidderKey: tuple.5,
                    counterpartyKey: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Bid {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Bid {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nonce),
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.rate),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiration),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.video),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.format,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.bidderKey,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.counterpartyKey,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Bid {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Bid {
            const NAME: &'static str = "Bid";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Bid(bytes32 nonce,uint128 rate,uint64 expiration,bytes32 video,string format,address bidderKey,address counterpartyKey)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.nonce)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.rate)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiration)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.video)
                        .0,
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::eip712_data_word(
                            &self.format,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.bidderKey,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.counterpartyKey,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Bid {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.nonce)
                    + <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.rate)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiration,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.video)
                    + <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.format,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.bidderKey,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.counterpartyKey,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.nonce,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    128,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.rate,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiration,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.video,
                    out,
                );
                <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.format,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.bidderKey,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.counterpartyKey,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Channel { address payer; address payee; uint256 pricePerSegment; uint256 escrow; uint256 withdrawn; uint64 expiration; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Channel {
        #[allow(missing_docs)]
        pub payer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub payee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub pricePerSegment: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub escrow: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub withdrawn: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub expiration: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            u64,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Channel> for UnderlyingRustTuple<'_> {
            fn from(value: Channel) -> Self {
                (
                    value.payer,
                    value.payee,
                    value.pricePerSegment,
                    value.escrow,
                    value.withdrawn,
                    value.expiration,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Channel {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    payer: tuple.0,
                    payee: tuple.1,
                    pricePerSegment: tuple.2,
                    escrow: tuple.3,
                    withdrawn: tuple.4,
                    expiration: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Channel {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Channel {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.payer,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.payee,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerSegment),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.escrow),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.withdrawn),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiration),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Channel {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Channel {
            const NAME: &'static str = "Channel";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Channel(address payer,address payee,uint256 pricePerSegment,uint256 escrow,uint256 withdrawn,uint64 expiration)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.payer,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.payee,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.pricePerSegment,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.escrow)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.withdrawn)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiration)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Channel {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.payer,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.payee,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pricePerSegment,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.escrow,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.withdrawn,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiration,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.payer,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.payee,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pricePerSegment,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.escrow,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.withdrawn,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiration,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct CloseRequest { bytes32 channelId; Channel channel; uint256 balance; bytes signature; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CloseRequest {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub channel: <Channel as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            Channel,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Bytes,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            <Channel as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Bytes,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<CloseRequest> for UnderlyingRustTuple<'_> {
            fn from(value: CloseRequest) -> Self {
                (value.channelId, value.channel, value.balance, value.signature)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CloseRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    channelId: tuple.0,
                    channel: tuple.1,
                    balance: tuple.2,
                    signature: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for CloseRequest {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for CloseRequest {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <Channel as alloy_sol_types::SolType>::tokenize(&self.channel),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for CloseRequest {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for CloseRequest {
            const NAME: &'static str = "CloseRequest";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "CloseRequest(bytes32 channelId,Channel channel,uint256 balance,bytes signature)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                let mut components = alloy_sol_types::private::Vec::with_capacity(1);
                components
                    .push(<Channel as alloy_sol_types::SolStruct>::eip712_root_type());
                components
                    .extend(
                        <Channel as alloy_sol_types::SolStruct>::eip712_components(),
                    );
                components
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.channelId)
                        .0,
                    <Channel as alloy_sol_types::SolType>::eip712_data_word(
                            &self.channel,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.balance)
                        .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.signature,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for CloseRequest {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.channelId,
                    )
                    + <Channel as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.channel,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.balance,
                    )
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signature,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.channelId,
                    out,
                );
                <Channel as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.channel,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.balance,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signature,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IPaymentChannel`](self) contract instance.

See the [wrapper's documentation](`IPaymentChannelInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IPaymentChannelInstance<P, N> {
        IPaymentChannelInstance::<P, N>::new(address, __provider)
    }
    /**A [`IPaymentChannel`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IPaymentChannel`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IPaymentChannelInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IPaymentChannelInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IPaymentChannelInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IPaymentChannelInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IPaymentChannel`](self) contract instance.

See the [wrapper's documentation](`IPaymentChannelInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IPaymentChannelInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IPaymentChannelInstance<P, N> {
            IPaymentChannelInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IPaymentChannelInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IPaymentChannelInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IPaymentChannel {
    struct Bid {
        bytes32 nonce;
        uint128 rate;
        uint64 expiration;
        bytes32 video;
        string format;
        address bidderKey;
        address counterpartyKey;
    }
    struct Channel {
        address payer;
        address payee;
        uint256 pricePerSegment;
        uint256 escrow;
        uint256 withdrawn;
        uint64 expiration;
    }
    struct CloseRequest {
        bytes32 channelId;
        Channel channel;
        uint256 balance;
        bytes signature;
    }
}

interface PaymentChannel {
    error BalanceExceedsSegments(uint256 balance, uint256 maxSegments);
    error BalanceOverflow(address wallet, uint256 balance, uint256 amount);
    error BidExpired(uint64 expiration, uint256 timestamp);
    error BidderKeyNotAuthorized(address bidderKey, address wallet, bool active, address payer);
    error ChannelAlreadyOpen(bytes32 channelId);
    error ChannelExpired(bytes32 channelId, uint64 expiration);
    error ChannelNotExpired(bytes32 channelId, uint64 expiration);
    error ChannelNotFound(bytes32 channelId);
    error CounterpartyKeyNotAuthorized(address counterpartyKey, address caller);
    error InsufficientBalance(address wallet, uint256 available, uint256 required);
    error InvalidBidderSignature(address bidderKey, address signer);
    error InvalidPaymentSignature(bytes32 channelId, address signer);
    error InvalidShortString();
    error InvalidWalletSignature(bytes32 digest);
    error NonceMismatch(address payer, bytes32 expected, bytes32 given);
    error NotPayee(bytes32 channelId, address caller);
    error NothingToWithdraw(bytes32 channelId, uint256 payout, uint256 withdrawn);
    error SafeERC20FailedOperation(address token);
    error SelfChannel(address wallet);
    error StringTooLong(string str);
    error VideoNotAvailable(bytes32 video, bytes32 formatHash);
    error ZeroAmount();
    error ZeroRate();

    event ChannelClosed(bytes32 indexed channelId, uint256 balance, uint256 amount, uint256 refund);
    event ChannelOpened(bytes32 indexed channelId, address indexed payer, address indexed payee, bytes32 video, bytes32 formatHash, uint256 pricePerSegment, uint256 escrow, uint64 expiration);
    event ChannelSettled(bytes32 indexed channelId, uint256 refund);
    event ChannelWithdrawn(bytes32 indexed channelId, uint256 balance, uint256 amount, uint256 withdrawn);
    event Deposited(address indexed wallet, uint256 amount);
    event EIP712DomainChanged();
    event Withdrawn(address indexed wallet, uint256 amount);

    constructor(address pti, address users, address videos);

    function BID_TYPEHASH() external view returns (bytes32);
    function PAYMENT_TYPEHASH() external view returns (bytes32);
    function SIGNED_BID_TYPEHASH() external view returns (bytes32);
    function balanceOf(address wallet) external view returns (uint256);
    function bidDigest(IPaymentChannel.Bid memory bid) external view returns (bytes32);
    function channelHash(bytes32 channelId) external view returns (bytes32);
    function close(bytes32 channelId, IPaymentChannel.Channel memory channel, uint256 balance, bytes memory signature) external;
    function closeMany(IPaymentChannel.CloseRequest[] memory requests) external;
    function deposit(uint256 amount) external;
    function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external;
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function hashChannel(IPaymentChannel.Channel memory channel) external pure returns (bytes32);
    function nonceOf(address wallet) external view returns (bytes32);
    function open(IPaymentChannel.Bid memory bid, bytes memory walletSignature, bytes memory bidderSignature) external returns (bytes32 channelId, IPaymentChannel.Channel memory channel);
    function paymentDigest(bytes32 channelId, uint256 balance) external view returns (bytes32);
    function payoutOf(IPaymentChannel.Channel memory channel, uint256 balance) external pure returns (uint256);
    function settle(bytes32 channelId, IPaymentChannel.Channel memory channel) external;
    function signedBidDigest(IPaymentChannel.Bid memory bid, bytes memory walletSignature) external view returns (bytes32);
    function token() external view returns (address);
    function userRegistry() external view returns (address);
    function videoRegistry() external view returns (address);
    function withdraw(uint256 amount) external;
    function withdrawFromChannel(bytes32 channelId, IPaymentChannel.Channel memory channel, uint256 balance, bytes memory signature) external returns (IPaymentChannel.Channel memory updated);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "pti",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "users",
        "type": "address",
        "internalType": "contract IUserRegistry"
      },
      {
        "name": "videos",
        "type": "address",
        "internalType": "contract IVideoRegistry"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "BID_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "PAYMENT_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "SIGNED_BID_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "wallet",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "bidDigest",
    "inputs": [
      {
        "name": "bid",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Bid",
        "components": [
          {
            "name": "nonce",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "rate",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "video",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "format",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "bidderKey",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "counterpartyKey",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "channelHash",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "close",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "channel",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Channel",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "pricePerSegment",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "escrow",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "withdrawn",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "closeMany",
    "inputs": [
      {
        "name": "requests",
        "type": "tuple[]",
        "internalType": "struct IPaymentChannel.CloseRequest[]",
        "components": [
          {
            "name": "channelId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "channel",
            "type": "tuple",
            "internalType": "struct IPaymentChannel.Channel",
            "components": [
              {
                "name": "payer",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "payee",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "pricePerSegment",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "escrow",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "withdrawn",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "expiration",
                "type": "uint64",
                "internalType": "uint64"
              }
            ]
          },
          {
            "name": "balance",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "signature",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deposit",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "depositWithPermit",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "v",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "r",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hashChannel",
    "inputs": [
      {
        "name": "channel",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Channel",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "pricePerSegment",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "escrow",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "withdrawn",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "nonceOf",
    "inputs": [
      {
        "name": "wallet",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "open",
    "inputs": [
      {
        "name": "bid",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Bid",
        "components": [
          {
            "name": "nonce",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "rate",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "video",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "format",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "bidderKey",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "counterpartyKey",
            "type": "address",
            "internalType": "address"
          }
        ]
      },
      {
        "name": "walletSignature",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "bidderSignature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "channel",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Channel",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "pricePerSegment",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "escrow",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "withdrawn",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "paymentDigest",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "payoutOf",
    "inputs": [
      {
        "name": "channel",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Channel",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "pricePerSegment",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "escrow",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "withdrawn",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "settle",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "channel",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Channel",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "pricePerSegment",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "escrow",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "withdrawn",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "signedBidDigest",
    "inputs": [
      {
        "name": "bid",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Bid",
        "components": [
          {
            "name": "nonce",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "rate",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "video",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "format",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "bidderKey",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "counterpartyKey",
            "type": "address",
            "internalType": "address"
          }
        ]
      },
      {
        "name": "walletSignature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "userRegistry",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IUserRegistry"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "videoRegistry",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IVideoRegistry"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdraw",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "withdrawFromChannel",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "channel",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Channel",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "pricePerSegment",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "escrow",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "withdrawn",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "updated",
        "type": "tuple",
        "internalType": "struct IPaymentChannel.Channel",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "pricePerSegment",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "escrow",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "withdrawn",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "expiration",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "ChannelClosed",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "balance",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "refund",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ChannelOpened",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "payer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "payee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "video",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "formatHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "pricePerSegment",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "escrow",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "expiration",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ChannelSettled",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "refund",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ChannelWithdrawn",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "balance",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "withdrawn",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Deposited",
    "inputs": [
      {
        "name": "wallet",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Withdrawn",
    "inputs": [
      {
        "name": "wallet",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "BalanceExceedsSegments",
    "inputs": [
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxSegments",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "BalanceOverflow",
    "inputs": [
      {
        "name": "wallet",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "balance",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "BidExpired",
    "inputs": [
      {
        "name": "expiration",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "timestamp",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "BidderKeyNotAuthorized",
    "inputs": [
      {
        "name": "bidderKey",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "wallet",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "active",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "payer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ChannelAlreadyOpen",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ChannelExpired",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "expiration",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "ChannelNotExpired",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "expiration",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "ChannelNotFound",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "CounterpartyKeyNotAuthorized",
    "inputs": [
      {
        "name": "counterpartyKey",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InsufficientBalance",
    "inputs": [
      {
        "name": "wallet",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidBidderSignature",
    "inputs": [
      {
        "name": "bidderKey",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidPaymentSignature",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidWalletSignature",
    "inputs": [
      {
        "name": "digest",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "NonceMismatch",
    "inputs": [
      {
        "name": "payer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "expected",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "given",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotPayee",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NothingToWithdraw",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "payout",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "withdrawn",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SelfChannel",
    "inputs": [
      {
        "name": "wallet",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "VideoNotAvailable",
    "inputs": [
      {
        "name": "video",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "formatHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroRate",
    "inputs": []
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod PaymentChannel {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x6101c0604052348015610010575f5ffd5b5060405161294638038061294683398101604081905261002f916101c3565b60408051808201825260078152665061726174696960c81b602080830191909152825180840190935260018352603160f81b9083015290610070825f610134565b6101205261007f816001610134565b61014052815160208084019190912060e052815190820120610100524660a05261010b60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b039283166101605290821661018052166101a0526103b7565b5f60208351101561014f5761014883610166565b9050610160565b8161015a84826102a5565b5060ff90505b92915050565b5f5f829050601f81511115610199578260405163305a27a960e01b8152600401610190919061035f565b60405180910390fd5b80516101a482610394565b179392505050565b6001600160a01b03811681146101c0575f5ffd5b50565b5f5f5f606084860312156101d5575f5ffd5b83516101e0816101ac565b60208501519093506101f1816101ac565b6040850151909250610202816101ac565b809150509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061023557607f821691505b60208210810361025357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102a057805f5260205f20601f840160051c8101602085101561027e5750805b601f840160051c820191505b8181101561029d575f815560010161028a565b50505b505050565b81516001600160401b038111156102be576102be61020d565b6102d2816102cc8454610221565b84610259565b6020601f821160018114610304575f83156102ed5750848201515b5f19600385901b1c1916600184901b17845561029d565b5f84815260208120601f198516915b828110156103335787850151825560209485019460019092019101610313565b508482101561035057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610253575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516124fd6104495f395f818161018a0152610f5a01525f81816102a00152610e4601525f81816104580152818161070b015281816107a4015261174e01525f6117ae01525f61177d01525f611a4f01525f611a2701525f61198201525f6119ac01525f6119d601526124fd5ff3fe608060405234801561000f575f5ffd5b5060043610610184575f3560e01c80637a08101c116100dd578063b9cc250f11610088578063eca842e011610063578063eca842e0146103ed578063ed2a2d641461040e578063fc0c546a14610456575f5ffd5b8063b9cc250f146103b4578063d43b0570146103c7578063d5fd6f08146103da575f5ffd5b80638f48a29b116100b85780638f48a29b1461037b5780639bcf7fbd1461038e578063b6b55f25146103a1575f5ffd5b80637a08101c1461032e5780637ec836e41461034d57806384b0196e14610360575f5ffd5b80634a970be71161013d5780635c7460d6116101185780635c7460d61461029e5780636d3298cb146102c457806370a08231146102eb575f5ffd5b80634a970be71461023d5780634ccfe34c1461025057806351bb9b1e14610277575f5ffd5b80632bab6ce71161016d5780632bab6ce7146101e95780632e1a7d4d1461020957806341b6fcf71461021c575f5ffd5b80631586f0f714610188578063279a0565146101d4575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6101e76101e2366004611d87565b61047c565b005b6101fc6101f7366004611d87565b6104ae565b6040516101cb9190611ded565b6101e7610217366004611e66565b6105e3565b61022f61022a366004611e7d565b610737565b6040519081526020016101cb565b6101e761024b366004611e9d565b61074b565b61022f7fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae407381565b61022f7f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad81565b7f00000000000000000000000000000000000000000000000000000000000000006101aa565b61022f7f34b96c12a0ec1737fa12a82f1858528ff1b904a36dbcf1a81da44a3c6847d7cd81565b61022f6102f9366004611f0f565b73ffffffffffffffffffffffffffffffffffffffff165f908152600260205260409020546bffffffffffffffffffffffff1690565b61022f61033c366004611e66565b5f9081526003602052604090205490565b6101e761035b366004611f28565b61081c565b6103686108a2565b6040516101cb9796959493929190611fe5565b61022f6103893660046120b4565b610900565b61022f61039c36600461211d565b610938565b6101e76103af366004611e66565b61095a565b6101e76103c236600461214f565b610966565b61022f6103d536600461217a565b610a51565b61022f6103e83660046121a3565b610a99565b6104006103fb3660046121bd565b610ac8565b6040516101cb92919061223a565b61022f61041c366004611f0f565b73ffffffffffffffffffffffffffffffffffffffff9081165f908152600260205260409020546c0100000000000000000000000090041690565b7f00000000000000000000000000000000000000000000000000000000000000006101aa565b61048685856111a3565b5f6104948686868686611293565b905080156104a6576104a6338261133d565b505050505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526104e986866111a3565b5f6104f486866113e3565b9050608086013580821161054a576040517f8e5c276a0000000000000000000000000000000000000000000000000000000081526004810189905260248101839052604481018290526064015b60405180910390fd5b6105638861055b60208a018a611f0f565b888888611486565b5f60c0888537506080830182905260c083205f898152600360205260409020819055818303610592338261133d565b60408051898152602081018390529081018590528a907fd48170788ffaee7524bbed77577481d01e1404b9167702f23b61725764ad10d7906060015b60405180910390a25050505095945050505050565b805f0361061c576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260026020526040902080546bffffffffffffffffffffffff1682811015610684576040517fdb42144d0000000000000000000000000000000000000000000000000000000081523360048201526024810182905260448101849052606401610541565b81547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000168382036bffffffffffffffffffffffff1617825560405183815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a261073273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163385611521565b505050565b5f61074283836115a2565b90505b92915050565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063d505accf9060e4015f604051808303815f87803b1580156107fa575f5ffd5b505af192505050801561080b575060015b50610815856115fc565b5050505050565b5f81815b8181101561088b573685858381811061083b5761083b6122b9565b905060200281019061084d91906122e6565b905061085d8135602083016111a3565b61087e81356020830160e0840135610879610100860186612322565b611293565b9093019250600101610820565b50811561089c5761089c338361133d565b50505050565b5f6060805f5f5f60606108b3611776565b6108bb6117a7565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f61090a846117d4565b50505f61091f8561091a8761180c565b611837565b50905061092d8185856118a4565b9150505b9392505050565b5f610942826117d4565b50505f6109528361091a8561180c565b949350505050565b610963816115fc565b50565b6109708282611909565b5f61098160c0830160a0840161239a565b90508067ffffffffffffffff164210156109da576040517f368b78250000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff82166024820152604401610541565b5f83815260036020526040812055608082013560608301358181039114610a1157610a11610a0b6020850185611f0f565b8261133d565b837fe7d367a3deacc32ccfcbd6d5a2e64c3db740266155b811d67c6d758445c04d7d82604051610a4391815260200190565b60405180910390a250505050565b5f82604001355f03610a8f576040517f299dcf9a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61074283836113e3565b5f81604051602001610aab91906123b3565b604051602081830303815290604052805190602001209050919050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081018290525f5f610b02611969565b61012084015250507f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad6101408201527fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae407361016082015280610bca565b5f60208301357f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115604186141615610bc15782865260408401355f1a6020870152833560408701528060608701525f5f5260205f60808860015afa505f5191505b50949350505050565b6101808101602089013560408a013560c08b013560a08c0135178060a01c8260401c8460801c171715610bfb575f5ffd5b5081610c29577f299dcf9a000000000000000000000000000000000000000000000000000000008352600483fd5b804210610c65577fc8d7021f00000000000000000000000000000000000000000000000000000000835260048301819052426024840152604483fd5b50506080890135601f8a3603038112610c7c575f5ffd5b8901803567ffffffffffffffff811115610c94575f5ffd5b602082019150803603821315610ca8575f5ffd5b80828437822061010084015250610140820151815260e08960208301376101008281015160a0830152812060e083018190526119016101808401526101208301516101a08401526101c0830152604261019e8301209350610d0b81888a87610b5e565b80610d3f577f2e6eda2d00000000000000000000000000000000000000000000000000000000825260048201859052602482fd5b80602084015287898337878220610160840151835260e084015160208401526040830152606082206119016101808501526101208401516101a08501526101c0840152604261019e840120610d9683888a84610b5e565b905060a08b01358082141582151715610dc45763888f2b0f60e01b8452806004850152816024850152604484fd5b5050338103610dfc577ff73f3d1600000000000000000000000000000000000000000000000000000000825260048201819052602482fd5b505060208101517fecbe9d2c00000000000000000000000000000000000000000000000000000000610180830181815260a08b0135610184850181905260c08c01356101a48601527f00000000000000000000000000000000000000000000000000000000000000009390608083604481885afa610e7c573d5f843e3d83fd5b60803d1015610e89575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff604084015116606084015115338214151715610eec577f576ce1db00000000000000000000000000000000000000000000000000000000845260c08e01356004850152336024850152604484fd5b5073ffffffffffffffffffffffffffffffffffffffff83511660208401511515801584831415178215151615610f435763bde5983060e01b8552826004860152816024860152806044860152836064860152608485fd5b5050505f87815260036020526040902080549094507f000000000000000000000000000000000000000000000000000000000000000093507f789f18c00000000000000000000000000000000000000000000000000000000092506101808601915015610fd9577f095d022900000000000000000000000000000000000000000000000000000000815260048101879052602481fd5b60608c01358282528060048301526101008601516024830152606082604484875afa611007573d5f833e3d82fd5b60603d1015611014575f5ffd5b8151611054577f5541bbbc000000000000000000000000000000000000000000000000000000008252600482018190526101008601516024830152604482fd5b5060208c013563ffffffff6040830151168102606087015263ffffffff60208301511681026080870152505050505f7f03e43802f4041f5813b2874fadab692069eec6e2962d9bfabf1588f72db23ec690506020830151805f52600260205260405f2080548060601c8d35146110ee576101808601633ec8492860e01b81528360048201528160601c60248201528d356044820152606481fd5b6bffffffffffffffffffffffff81169050608086015181101561113557610180860163db42144d60e01b815283600482015281602482015260808701516044820152606481fd5b608086015181038860601b17825550508584523360408501525f60a085015260408b013560c085015260c06020850120835560608b013560e08501526060840151610120850152608084015161014085015260c08401516101608501523381878460a060e08901a45060e083f35b6111ad8282611909565b6111bd6040820160208301611f0f565b73ffffffffffffffffffffffffffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff161461122a576040517f8957e7e600000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610541565b5f61123b60c0830160a0840161239a565b90508067ffffffffffffffff164210610732576040517f3fcecbdb0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff82166024820152604401610541565b5f5f61129f86866113e3565b9050608086013580808311156112cb576112c8896112c060208b018b611f0f565b898989611486565b50815b5f89815260036020526040812055818103935060608801358181039082146112fd576112fd610a0b60208b018b611f0f565b60408051898152602081018790529081018290528a907f111007eb29211bd8300879a31cebb43e3d8df231aa499eafaae5478629ff6d7b906060016105ce565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600260205260408120805490919061137f9084906bffffffffffffffffffffffff1661243e565b90506bffffffffffffffffffffffff8111156113a757634e487b715f5260116020526024601cfd5b81547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff919091161790555050565b5f6040830135606084013582827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff838201018161142257611422612476565b04905080851115611469576040517ff46289770000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610541565b848302828110611479578261147b565b805b979650505050505050565b5f61149b61149487866115a2565b8484611a9f565b90508473ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff16146104a6576040517f53dc23a50000000000000000000000000000000000000000000000000000000081526004810187905273ffffffffffffffffffffffffffffffffffffffff82166024820152604401610541565b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261073291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611b0e565b5f7f34b96c12a0ec1737fa12a82f1858528ff1b904a36dbcf1a81da44a3c6847d7cd816115cd611969565b6040805193845260208401968752830194855260608320611901845295525092909152506042601e9091012090565b805f03611635576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260026020526040812080549091906116619084906bffffffffffffffffffffffff1661243e565b90506bffffffffffffffffffffffff8111156116c95781546040517f9fbb61c20000000000000000000000000000000000000000000000000000000081523360048201526bffffffffffffffffffffffff909116602482015260448101849052606401610541565b81547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff821617825560405183815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a261073273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333086611bad565b60606117a27f00000000000000000000000000000000000000000000000000000000000000005f611bf3565b905090565b60606117a27f00000000000000000000000000000000000000000000000000000000000000006001611bf3565b5f5f602083013591506040830135905060c083013560a0840135178060a01c8260401c8460801c171715611806575f5ffd5b50915091565b5f61181a6080830183612322565b6040516118289291906124a3565b60405180910390209050919050565b5f807f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad81611863611969565b905060405182815260e08760208301378560a08201526101008120945061190181528160208201528460408201526042601e82012093505050509250929050565b5f7fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae4073816118cf611969565b90506040518486823793842091845260208401958652604084019182526060842061190185529552939093526042601e9091012092915050565b61191281611c9c565b5f8381526003602052604090205414158061192b575081155b15611965576040517ff383b13e00000000000000000000000000000000000000000000000000000000815260048101839052602401610541565b5050565b5f3073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161480156119ce57507f000000000000000000000000000000000000000000000000000000000000000046145b156119f857507f000000000000000000000000000000000000000000000000000000000000000090565b6117a2604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60208301357f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115604184141615611b065760405185815260408501355f1a6020820152843560408201528160608201525f5f5260205f60808360015afa50505f5191505b509392505050565b5f5f60205f8451602086015f885af180611b2d576040513d5f823e3d81fd5b50505f513d91508115611b44578060011415611b5e565b73ffffffffffffffffffffffffffffffffffffffff84163b155b1561089c576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610541565b60405173ffffffffffffffffffffffffffffffffffffffff848116602483015283811660448301526064820183905261089c9186918216906323b872dd9060840161155b565b606060ff8314611c0d57611c0683611caf565b9050610745565b818054611c19906124b2565b80601f0160208091040260200160405190810160405280929190818152602001828054611c45906124b2565b8015611c905780601f10611c6757610100808354040283529160200191611c90565b820191905f5260205f20905b815481529060010190602001808311611c7357829003601f168201915b50505050509050610745565b5f60405160c083823760c0902092915050565b60605f611cbb83611cec565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115610745576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60c08284031215611d3c575f5ffd5b50919050565b5f5f83601f840112611d52575f5ffd5b50813567ffffffffffffffff811115611d69575f5ffd5b602083019150836020828501011115611d80575f5ffd5b9250929050565b5f5f5f5f5f6101208688031215611d9c575f5ffd5b85359450611dad8760208801611d2c565b935060e0860135925061010086013567ffffffffffffffff811115611dd0575f5ffd5b611ddc88828901611d42565b969995985093965092949392505050565b60c08101610745828473ffffffffffffffffffffffffffffffffffffffff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015260408101516040830152606081015160608301526080810151608083015267ffffffffffffffff60a08201511660a08301525050565b5f60208284031215611e76575f5ffd5b5035919050565b5f5f60408385031215611e8e575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60a08688031215611eb1575f5ffd5b8535945060208601359350604086013560ff81168114611ecf575f5ffd5b94979396509394606081013594506080013592915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611f0a575f5ffd5b919050565b5f60208284031215611f1f575f5ffd5b61074282611ee7565b5f5f60208385031215611f39575f5ffd5b823567ffffffffffffffff811115611f4f575f5ffd5b8301601f81018513611f5f575f5ffd5b803567ffffffffffffffff811115611f75575f5ffd5b8560208260051b8401011115611f89575f5ffd5b6020919091019590945092505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61201f60e0830189611f99565b82810360408401526120318189611f99565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612093578351835260209384019390920191600101612075565b50909b9a5050505050505050505050565b5f60e08284031215611d3c575f5ffd5b5f5f5f604084860312156120c6575f5ffd5b833567ffffffffffffffff8111156120dc575f5ffd5b6120e8868287016120a4565b935050602084013567ffffffffffffffff811115612104575f5ffd5b61211086828701611d42565b9497909650939450505050565b5f6020828403121561212d575f5ffd5b813567ffffffffffffffff811115612143575f5ffd5b610952848285016120a4565b5f5f60e08385031215612160575f5ffd5b823591506121718460208501611d2c565b90509250929050565b5f5f60e0838503121561218b575f5ffd5b6121958484611d2c565b9460c0939093013593505050565b5f60c082840312156121b3575f5ffd5b6107428383611d2c565b5f5f5f5f5f606086880312156121d1575f5ffd5b853567ffffffffffffffff8111156121e7575f5ffd5b6121f3888289016120a4565b955050602086013567ffffffffffffffff81111561220f575f5ffd5b61221b88828901611d42565b909550935050604086013567ffffffffffffffff811115611dd0575f5ffd5b82815260e08101610931602083018473ffffffffffffffffffffffffffffffffffffffff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015260408101516040830152606081015160608301526080810151608083015267ffffffffffffffff60a08201511660a08301525050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffee1833603018112612318575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612355575f5ffd5b83018035915067ffffffffffffffff82111561236f575f5ffd5b602001915036819003821315611d80575f5ffd5b803567ffffffffffffffff81168114611f0a575f5ffd5b5f602082840312156123aa575f5ffd5b61074282612383565b60c0810173ffffffffffffffffffffffffffffffffffffffff6123d584611ee7565b16825273ffffffffffffffffffffffffffffffffffffffff6123f960208501611ee7565b16602083015260408381013590830152606080840135908301526080808401359083015267ffffffffffffffff61243260a08501612383565b1660a083015292915050565b80820180821115610745577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b818382375f9101908152919050565b600181811c908216806124c657607f821691505b602082108103611d3c577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\xC0`@R4\x80\x15a\0\x10W__\xFD[P`@Qa)F8\x03\x80a)F\x839\x81\x01`@\x81\x90Ra\0/\x91a\x01\xC3V[`@\x80Q\x80\x82\x01\x82R`\x07\x81RfParatii`\xC8\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R\x90a\0p\x82_a\x014V[a\x01 Ra\0\x7F\x81`\x01a\x014V[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01\x0B`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R`\x01`\x01`\xA0\x1B\x03\x92\x83\x16a\x01`R\x90\x82\x16a\x01\x80R\x16a\x01\xA0Ra\x03\xB7V[_` \x83Q\x10\x15a\x01OWa\x01H\x83a\x01fV[\x90Pa\x01`V[\x81a\x01Z\x84\x82a\x02\xA5V[P`\xFF\x90P[\x92\x91PPV[__\x82\x90P`\x1F\x81Q\x11\x15a\x01\x99W\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01\x90\x91\x90a\x03_V[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x01\xA4\x82a\x03\x94V[\x17\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01\xC0W__\xFD[PV[___``\x84\x86\x03\x12\x15a\x01\xD5W__\xFD[\x83Qa\x01\xE0\x81a\x01\xACV[` \x85\x01Q\x90\x93Pa\x01\xF1\x81a\x01\xACV[`@\x85\x01Q\x90\x92Pa\x02\x02\x81a\x01\xACV[\x80\x91PP\x92P\x92P\x92V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x025W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x02SWcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x02\xA0W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x02~WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x02\x9DW_\x81U`\x01\x01a\x02\x8AV[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x02\xBEWa\x02\xBEa\x02\rV[a\x02\xD2\x81a\x02\xCC\x84Ta\x02!V[\x84a\x02YV[` `\x1F\x82\x11`\x01\x81\x14a\x03\x04W_\x83\x15a\x02\xEDWP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x02\x9DV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\x033W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x03\x13V[P\x84\x82\x10\x15a\x03PW\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x02SW_\x19` \x91\x90\x91\x03`\x03\x1B\x1B\x16\x91\x90PV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa$\xFDa\x04I_9_\x81\x81a\x01\x8A\x01Ra\x0FZ\x01R_\x81\x81a\x02\xA0\x01Ra\x0EF\x01R_\x81\x81a\x04X\x01R\x81\x81a\x07\x0B\x01R\x81\x81a\x07\xA4\x01Ra\x17N\x01R_a\x17\xAE\x01R_a\x17}\x01R_a\x1AO\x01R_a\x1A'\x01R_a\x19\x82\x01R_a\x19\xAC\x01R_a\x19\xD6\x01Ra$\xFD_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x84W_5`\xE0\x1C\x80cz\x08\x10\x1C\x11a\0\xDDW\x80c\xB9\xCC%\x0F\x11a\0\x88W\x80c\xEC\xA8B\xE0\x11a\0cW\x80c\xEC\xA8B\xE0\x14a\x03\xEDW\x80c\xED*-d\x14a\x04\x0EW\x80c\xFC\x0CTj\x14a\x04VW__\xFD[\x80c\xB9\xCC%\x0F\x14a\x03\xB4W\x80c\xD4;\x05p\x14a\x03\xC7W\x80c\xD5\xFDo\x08\x14a\x03\xDAW__\xFD[\x80c\x8FH\xA2\x9B\x11a\0\xB8W\x80c\x8FH\xA2\x9B\x14a\x03{W\x80c\x9B\xCF\x7F\xBD\x14a\x03\x8EW\x80c\xB6\xB5_%\x14a\x03\xA1W__\xFD[\x80cz\x08\x10\x1C\x14a\x03.W\x80c~\xC86\xE4\x14a\x03MW\x80c\x84\xB0\x19n\x14a\x03`W__\xFD[\x80cJ\x97\x0B\xE7\x11a\x01=W\x80c\\t`\xD6\x11a\x01\x18W\x80c\\t`\xD6\x14a\x02\x9EW\x80cm2\x98\xCB\x14a\x02\xC4W\x80cp\xA0\x821\x14a\x02\xEBW__\xFD[\x80cJ\x97\x0B\xE7\x14a\x02=W\x80cL\xCF\xE3L\x14a\x02PW\x80cQ\xBB\x9B\x1E\x14a\x02wW__\xFD[\x80c+\xABl\xE7\x11a\x01mW\x80c+\xABl\xE7\x14a\x01\xE9W\x80c.\x1A}M\x14a\x02\tW\x80cA\xB6\xFC\xF7\x14a\x02\x1CW__\xFD[\x80c\x15\x86\xF0\xF7\x14a\x01\x88W\x80c'\x9A\x05e\x14a\x01\xD4W[__\xFD[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xE7a\x01\xE26`\x04a\x1D\x87V[a\x04|V[\0[a\x01\xFCa\x01\xF76`\x04a\x1D\x87V[a\x04\xAEV[`@Qa\x01\xCB\x91\x90a\x1D\xEDV[a\x01\xE7a\x02\x176`\x04a\x1EfV[a\x05\xE3V[a\x02/a\x02*6`\x04a\x1E}V[a\x077V[`@Q\x90\x81R` \x01a\x01\xCBV[a\x01\xE7a\x02K6`\x04a\x1E\x9DV[a\x07KV[a\x02/\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x81V[a\x02/\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\xAAV[a\x02/\x7F4\xB9l\x12\xA0\xEC\x177\xFA\x12\xA8/\x18XR\x8F\xF1\xB9\x04\xA3m\xBC\xF1\xA8\x1D\xA4J<hG\xD7\xCD\x81V[a\x02/a\x02\xF96`\x04a\x1F\x0FV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x02` R`@\x90 Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x02/a\x03<6`\x04a\x1EfV[_\x90\x81R`\x03` R`@\x90 T\x90V[a\x01\xE7a\x03[6`\x04a\x1F(V[a\x08\x1CV[a\x03ha\x08\xA2V[`@Qa\x01\xCB\x97\x96\x95\x94\x93\x92\x91\x90a\x1F\xE5V[a\x02/a\x03\x896`\x04a \xB4V[a\t\0V[a\x02/a\x03\x9C6`\x04a!\x1DV[a\t8V[a\x01\xE7a\x03\xAF6`\x04a\x1EfV[a\tZV[a\x01\xE7a\x03\xC26`\x04a!OV[a\tfV[a\x02/a\x03\xD56`\x04a!zV[a\nQV[a\x02/a\x03\xE86`\x04a!\xA3V[a\n\x99V[a\x04\0a\x03\xFB6`\x04a!\xBDV[a\n\xC8V[`@Qa\x01\xCB\x92\x91\x90a\":V[a\x02/a\x04\x1C6`\x04a\x1F\x0FV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16_\x90\x81R`\x02` R`@\x90 Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16\x90V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\xAAV[a\x04\x86\x85\x85a\x11\xA3V[_a\x04\x94\x86\x86\x86\x86\x86a\x12\x93V[\x90P\x80\x15a\x04\xA6Wa\x04\xA63\x82a\x13=V[PPPPPPV[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91Ra\x04\xE9\x86\x86a\x11\xA3V[_a\x04\xF4\x86\x86a\x13\xE3V[\x90P`\x80\x86\x015\x80\x82\x11a\x05JW`@Q\x7F\x8E\\'j\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x89\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01[`@Q\x80\x91\x03\x90\xFD[a\x05c\x88a\x05[` \x8A\x01\x8Aa\x1F\x0FV[\x88\x88\x88a\x14\x86V[_`\xC0\x88\x857P`\x80\x83\x01\x82\x90R`\xC0\x83 _\x89\x81R`\x03` R`@\x90 \x81\x90U\x81\x83\x03a\x05\x923\x82a\x13=V[`@\x80Q\x89\x81R` \x81\x01\x83\x90R\x90\x81\x01\x85\x90R\x8A\x90\x7F\xD4\x81px\x8F\xFA\xEEu$\xBB\xEDwWt\x81\xD0\x1E\x14\x04\xB9\x16w\x02\xF2;arWd\xAD\x10\xD7\x90``\x01[`@Q\x80\x91\x03\x90\xA2PPPP\x95\x94PPPPPV[\x80_\x03a\x06\x1CW`@Q\x7F\x1F* \x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x02` R`@\x90 \x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x81\x10\x15a\x06\x84W`@Q\x7F\xDBB\x14M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x81\x01\x84\x90R`d\x01a\x05AV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x82\x03k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x82U`@Q\x83\x81R3\x90\x7Fp\x84\xF5Gf\x18\xD8\xE6\x0B\x11\xEF\r}?\x06\x91FU\xAD\xB8y>(\xFF\x7F\x01\x8DLv\xD5\x05\xD5\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x072s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x85a\x15!V[PPPV[_a\x07B\x83\x83a\x15\xA2V[\x90P[\x92\x91PPV[`@Q\x7F\xD5\x05\xAC\xCF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x86\x90R`d\x81\x01\x85\x90R`\xFF\x84\x16`\x84\x82\x01R`\xA4\x81\x01\x83\x90R`\xC4\x81\x01\x82\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\xD5\x05\xAC\xCF\x90`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x07\xFAW__\xFD[PZ\xF1\x92PPP\x80\x15a\x08\x0BWP`\x01[Pa\x08\x15\x85a\x15\xFCV[PPPPPV[_\x81\x81[\x81\x81\x10\x15a\x08\x8BW6\x85\x85\x83\x81\x81\x10a\x08;Wa\x08;a\"\xB9V[\x90P` \x02\x81\x01\x90a\x08M\x91\x90a\"\xE6V[\x90Pa\x08]\x815` \x83\x01a\x11\xA3V[a\x08~\x815` \x83\x01`\xE0\x84\x015a\x08ya\x01\0\x86\x01\x86a#\"V[a\x12\x93V[\x90\x93\x01\x92P`\x01\x01a\x08 V[P\x81\x15a\x08\x9CWa\x08\x9C3\x83a\x13=V[PPPPV[_``\x80___``a\x08\xB3a\x17vV[a\x08\xBBa\x17\xA7V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\t\n\x84a\x17\xD4V[PP_a\t\x1F\x85a\t\x1A\x87a\x18\x0CV[a\x187V[P\x90Pa\t-\x81\x85\x85a\x18\xA4V[\x91PP[\x93\x92PPPV[_a\tB\x82a\x17\xD4V[PP_a\tR\x83a\t\x1A\x85a\x18\x0CV[\x94\x93PPPPV[a\tc\x81a\x15\xFCV[PV[a\tp\x82\x82a\x19\tV[_a\t\x81`\xC0\x83\x01`\xA0\x84\x01a#\x9AV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\t\xDAW`@Q\x7F6\x8Bx%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x05AV[_\x83\x81R`\x03` R`@\x81 U`\x80\x82\x015``\x83\x015\x81\x81\x03\x91\x14a\n\x11Wa\n\x11a\n\x0B` \x85\x01\x85a\x1F\x0FV[\x82a\x13=V[\x83\x7F\xE7\xD3g\xA3\xDE\xAC\xC3,\xCF\xCB\xD6\xD5\xA2\xE6L=\xB7@&aU\xB8\x11\xD6|mu\x84E\xC0M}\x82`@Qa\nC\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPV[_\x82`@\x015_\x03a\n\x8FW`@Q\x7F)\x9D\xCF\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07B\x83\x83a\x13\xE3V[_\x81`@Q` \x01a\n\xAB\x91\x90a#\xB3V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R__a\x0B\x02a\x19iV[a\x01 \x84\x01RPP\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xADa\x01@\x82\x01R\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@sa\x01`\x82\x01R\x80a\x0B\xCAV[_` \x83\x015\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x81\x11\x15`A\x86\x14\x16\x15a\x0B\xC1W\x82\x86R`@\x84\x015_\x1A` \x87\x01R\x835`@\x87\x01R\x80``\x87\x01R__R` _`\x80\x88`\x01Z\xFAP_Q\x91P[P\x94\x93PPPPV[a\x01\x80\x81\x01` \x89\x015`@\x8A\x015`\xC0\x8B\x015`\xA0\x8C\x015\x17\x80`\xA0\x1C\x82`@\x1C\x84`\x80\x1C\x17\x17\x15a\x0B\xFBW__\xFD[P\x81a\x0C)W\x7F)\x9D\xCF\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\xFD[\x80B\x10a\x0CeW\x7F\xC8\xD7\x02\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\x01\x81\x90RB`$\x84\x01R`D\x83\xFD[PP`\x80\x89\x015`\x1F\x8A6\x03\x03\x81\x12a\x0C|W__\xFD[\x89\x01\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0C\x94W__\xFD[` \x82\x01\x91P\x806\x03\x82\x13\x15a\x0C\xA8W__\xFD[\x80\x82\x847\x82 a\x01\0\x84\x01RPa\x01@\x82\x01Q\x81R`\xE0\x89` \x83\x017a\x01\0\x82\x81\x01Q`\xA0\x83\x01R\x81 `\xE0\x83\x01\x81\x90Ra\x19\x01a\x01\x80\x84\x01Ra\x01 \x83\x01Qa\x01\xA0\x84\x01Ra\x01\xC0\x83\x01R`Ba\x01\x9E\x83\x01 \x93Pa\r\x0B\x81\x88\x8A\x87a\x0B^V[\x80a\r?W\x7F.n\xDA-\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01\x85\x90R`$\x82\xFD[\x80` \x84\x01R\x87\x89\x837\x87\x82 a\x01`\x84\x01Q\x83R`\xE0\x84\x01Q` \x84\x01R`@\x83\x01R``\x82 a\x19\x01a\x01\x80\x85\x01Ra\x01 \x84\x01Qa\x01\xA0\x85\x01Ra\x01\xC0\x84\x01R`Ba\x01\x9E\x84\x01 a\r\x96\x83\x88\x8A\x84a\x0B^V[\x90P`\xA0\x8B\x015\x80\x82\x14\x15\x82\x15\x17\x15a\r\xC4Wc\x88\x8F+\x0F`\xE0\x1B\x84R\x80`\x04\x85\x01R\x81`$\x85\x01R`D\x84\xFD[PP3\x81\x03a\r\xFCW\x7F\xF7?=\x16\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01\x81\x90R`$\x82\xFD[PP` \x81\x01Q\x7F\xEC\xBE\x9D,\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\x80\x83\x01\x81\x81R`\xA0\x8B\x015a\x01\x84\x85\x01\x81\x90R`\xC0\x8C\x015a\x01\xA4\x86\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x93\x90`\x80\x83`D\x81\x88Z\xFAa\x0E|W=_\x84>=\x83\xFD[`\x80=\x10\x15a\x0E\x89W__\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16``\x84\x01Q\x153\x82\x14\x15\x17\x15a\x0E\xECW\x7FWl\xE1\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\xC0\x8E\x015`\x04\x85\x01R3`$\x85\x01R`D\x84\xFD[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16` \x84\x01Q\x15\x15\x80\x15\x84\x83\x14\x15\x17\x82\x15\x15\x16\x15a\x0FCWc\xBD\xE5\x980`\xE0\x1B\x85R\x82`\x04\x86\x01R\x81`$\x86\x01R\x80`D\x86\x01R\x83`d\x86\x01R`\x84\x85\xFD[PPP_\x87\x81R`\x03` R`@\x90 \x80T\x90\x94P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x93P\x7Fx\x9F\x18\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92Pa\x01\x80\x86\x01\x91P\x15a\x0F\xD9W\x7F\t]\x02)\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\xFD[``\x8C\x015\x82\x82R\x80`\x04\x83\x01Ra\x01\0\x86\x01Q`$\x83\x01R``\x82`D\x84\x87Z\xFAa\x10\x07W=_\x83>=\x82\xFD[``=\x10\x15a\x10\x14W__\xFD[\x81Qa\x10TW\x7FUA\xBB\xBC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01\x81\x90Ra\x01\0\x86\x01Q`$\x83\x01R`D\x82\xFD[P` \x8C\x015c\xFF\xFF\xFF\xFF`@\x83\x01Q\x16\x81\x02``\x87\x01Rc\xFF\xFF\xFF\xFF` \x83\x01Q\x16\x81\x02`\x80\x87\x01RPPPP_\x7F\x03\xE48\x02\xF4\x04\x1FX\x13\xB2\x87O\xAD\xABi i\xEE\xC6\xE2\x96-\x9B\xFA\xBF\x15\x88\xF7-\xB2>\xC6\x90P` \x83\x01Q\x80_R`\x02` R`@_ \x80T\x80``\x1C\x8D5\x14a\x10\xEEWa\x01\x80\x86\x01c>\xC8I(`\xE0\x1B\x81R\x83`\x04\x82\x01R\x81``\x1C`$\x82\x01R\x8D5`D\x82\x01R`d\x81\xFD[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90P`\x80\x86\x01Q\x81\x10\x15a\x115Wa\x01\x80\x86\x01c\xDBB\x14M`\xE0\x1B\x81R\x83`\x04\x82\x01R\x81`$\x82\x01R`\x80\x87\x01Q`D\x82\x01R`d\x81\xFD[`\x80\x86\x01Q\x81\x03\x88``\x1B\x17\x82UPP\x85\x84R3`@\x85\x01R_`\xA0\x85\x01R`@\x8B\x015`\xC0\x85\x01R`\xC0` \x85\x01 \x83U``\x8B\x015`\xE0\x85\x01R``\x84\x01Qa\x01 \x85\x01R`\x80\x84\x01Qa\x01@\x85\x01R`\xC0\x84\x01Qa\x01`\x85\x01R3\x81\x87\x84`\xA0`\xE0\x89\x01\xA4P`\xE0\x83\xF3[a\x11\xAD\x82\x82a\x19\tV[a\x11\xBD`@\x82\x01` \x83\x01a\x1F\x0FV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x12*W`@Q\x7F\x89W\xE7\xE6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x05AV[_a\x12;`\xC0\x83\x01`\xA0\x84\x01a#\x9AV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x072W`@Q\x7F?\xCE\xCB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x05AV[__a\x12\x9F\x86\x86a\x13\xE3V[\x90P`\x80\x86\x015\x80\x80\x83\x11\x15a\x12\xCBWa\x12\xC8\x89a\x12\xC0` \x8B\x01\x8Ba\x1F\x0FV[\x89\x89\x89a\x14\x86V[P\x81[_\x89\x81R`\x03` R`@\x81 U\x81\x81\x03\x93P``\x88\x015\x81\x81\x03\x90\x82\x14a\x12\xFDWa\x12\xFDa\n\x0B` \x8B\x01\x8Ba\x1F\x0FV[`@\x80Q\x89\x81R` \x81\x01\x87\x90R\x90\x81\x01\x82\x90R\x8A\x90\x7F\x11\x10\x07\xEB)!\x1B\xD80\x08y\xA3\x1C\xEB\xB4>=\x8D\xF21\xAAI\x9E\xAF\xAA\xE5G\x86)\xFFm{\x90``\x01a\x05\xCEV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x02` R`@\x81 \x80T\x90\x91\x90a\x13\x7F\x90\x84\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a$>V[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x13\xA7WcNH{q_R`\x11` R`$`\x1C\xFD[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x90UPPV[_`@\x83\x015``\x84\x015\x82\x82\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x82\x01\x01\x81a\x14\"Wa\x14\"a$vV[\x04\x90P\x80\x85\x11\x15a\x14iW`@Q\x7F\xF4b\x89w\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x82\x90R`D\x01a\x05AV[\x84\x83\x02\x82\x81\x10a\x14yW\x82a\x14{V[\x80[\x97\x96PPPPPPPV[_a\x14\x9Ba\x14\x94\x87\x86a\x15\xA2V[\x84\x84a\x1A\x9FV[\x90P\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x04\xA6W`@Q\x7FS\xDC#\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x05AV[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x072\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPa\x1B\x0EV[_\x7F4\xB9l\x12\xA0\xEC\x177\xFA\x12\xA8/\x18XR\x8F\xF1\xB9\x04\xA3m\xBC\xF1\xA8\x1D\xA4J<hG\xD7\xCD\x81a\x15\xCDa\x19iV[`@\x80Q\x93\x84R` \x84\x01\x96\x87R\x83\x01\x94\x85R``\x83 a\x19\x01\x84R\x95RP\x92\x90\x91RP`B`\x1E\x90\x91\x01 \x90V[\x80_\x03a\x165W`@Q\x7F\x1F* \x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x02` R`@\x81 \x80T\x90\x91\x90a\x16a\x90\x84\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a$>V[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x16\xC9W\x81T`@Q\x7F\x9F\xBBa\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x81\x01\x84\x90R`d\x01a\x05AV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82U`@Q\x83\x81R3\x90\x7F-\xA4f\xA7\xB2C\x04\xF4~\x87\xFA.\x1EZ\x81\xB9\x83\x1C\xE5O\xEC\x19\x05\\\xE2w\xCA/9\xBAB\xC4\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x072s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x86a\x1B\xADV[``a\x17\xA2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_a\x1B\xF3V[\x90P\x90V[``a\x17\xA2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01a\x1B\xF3V[__` \x83\x015\x91P`@\x83\x015\x90P`\xC0\x83\x015`\xA0\x84\x015\x17\x80`\xA0\x1C\x82`@\x1C\x84`\x80\x1C\x17\x17\x15a\x18\x06W__\xFD[P\x91P\x91V[_a\x18\x1A`\x80\x83\x01\x83a#\"V[`@Qa\x18(\x92\x91\x90a$\xA3V[`@Q\x80\x91\x03\x90 \x90P\x91\x90PV[_\x80\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x81a\x18ca\x19iV[\x90P`@Q\x82\x81R`\xE0\x87` \x83\x017\x85`\xA0\x82\x01Ra\x01\0\x81 \x94Pa\x19\x01\x81R\x81` \x82\x01R\x84`@\x82\x01R`B`\x1E\x82\x01 \x93PPPP\x92P\x92\x90PV[_\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x81a\x18\xCFa\x19iV[\x90P`@Q\x84\x86\x827\x93\x84 \x91\x84R` \x84\x01\x95\x86R`@\x84\x01\x91\x82R``\x84 a\x19\x01\x85R\x95R\x93\x90\x93R`B`\x1E\x90\x91\x01 \x92\x91PPV[a\x19\x12\x81a\x1C\x9CV[_\x83\x81R`\x03` R`@\x90 T\x14\x15\x80a\x19+WP\x81\x15[\x15a\x19eW`@Q\x7F\xF3\x83\xB1>\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x05AV[PPV[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a\x19\xCEWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a\x19\xF8WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x17\xA2`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_` \x83\x015\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x81\x11\x15`A\x84\x14\x16\x15a\x1B\x06W`@Q\x85\x81R`@\x85\x015_\x1A` \x82\x01R\x845`@\x82\x01R\x81``\x82\x01R__R` _`\x80\x83`\x01Z\xFAPP_Q\x91P[P\x93\x92PPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a\x1B-W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a\x1BDW\x80`\x01\x14\x15a\x1B^V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16;\x15[\x15a\x08\x9CW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x05AV[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x08\x9C\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a\x15[V[```\xFF\x83\x14a\x1C\rWa\x1C\x06\x83a\x1C\xAFV[\x90Pa\x07EV[\x81\x80Ta\x1C\x19\x90a$\xB2V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x1CE\x90a$\xB2V[\x80\x15a\x1C\x90W\x80`\x1F\x10a\x1CgWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x1C\x90V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x1CsW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90Pa\x07EV[_`@Q`\xC0\x83\x827`\xC0\x90 \x92\x91PPV[``_a\x1C\xBB\x83a\x1C\xECV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x07EW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_`\xC0\x82\x84\x03\x12\x15a\x1D<W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a\x1DRW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1DiW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x1D\x80W__\xFD[\x92P\x92\x90PV[_____a\x01 \x86\x88\x03\x12\x15a\x1D\x9CW__\xFD[\x855\x94Pa\x1D\xAD\x87` \x88\x01a\x1D,V[\x93P`\xE0\x86\x015\x92Pa\x01\0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xD0W__\xFD[a\x1D\xDC\x88\x82\x89\x01a\x1DBV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[`\xC0\x81\x01a\x07E\x82\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01R`@\x81\x01Q`@\x83\x01R``\x81\x01Q``\x83\x01R`\x80\x81\x01Q`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x83\x01RPPV[_` \x82\x84\x03\x12\x15a\x1EvW__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a\x1E\x8EW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[_____`\xA0\x86\x88\x03\x12\x15a\x1E\xB1W__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015`\xFF\x81\x16\x81\x14a\x1E\xCFW__\xFD[\x94\x97\x93\x96P\x93\x94``\x81\x015\x94P`\x80\x015\x92\x91PPV[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1F\nW__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a\x1F\x1FW__\xFD[a\x07B\x82a\x1E\xE7V[__` \x83\x85\x03\x12\x15a\x1F9W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1FOW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a\x1F_W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1FuW__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1F\x89W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a \x1F`\xE0\x83\x01\x89a\x1F\x99V[\x82\x81\x03`@\x84\x01Ra 1\x81\x89a\x1F\x99V[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a \x93W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a uV[P\x90\x9B\x9APPPPPPPPPPPV[_`\xE0\x82\x84\x03\x12\x15a\x1D<W__\xFD[___`@\x84\x86\x03\x12\x15a \xC6W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a \xDCW__\xFD[a \xE8\x86\x82\x87\x01a \xA4V[\x93PP` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\x04W__\xFD[a!\x10\x86\x82\x87\x01a\x1DBV[\x94\x97\x90\x96P\x93\x94PPPPV[_` \x82\x84\x03\x12\x15a!-W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!CW__\xFD[a\tR\x84\x82\x85\x01a \xA4V[__`\xE0\x83\x85\x03\x12\x15a!`W__\xFD[\x825\x91Pa!q\x84` \x85\x01a\x1D,V[\x90P\x92P\x92\x90PV[__`\xE0\x83\x85\x03\x12\x15a!\x8BW__\xFD[a!\x95\x84\x84a\x1D,V[\x94`\xC0\x93\x90\x93\x015\x93PPPV[_`\xC0\x82\x84\x03\x12\x15a!\xB3W__\xFD[a\x07B\x83\x83a\x1D,V[_____``\x86\x88\x03\x12\x15a!\xD1W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\xE7W__\xFD[a!\xF3\x88\x82\x89\x01a \xA4V[\x95PP` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\x0FW__\xFD[a\"\x1B\x88\x82\x89\x01a\x1DBV[\x90\x95P\x93PP`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xD0W__\xFD[\x82\x81R`\xE0\x81\x01a\t1` \x83\x01\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01R`@\x81\x01Q`@\x83\x01R``\x81\x01Q``\x83\x01R`\x80\x81\x01Q`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x83\x01RPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\xE1\x836\x03\x01\x81\x12a#\x18W__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a#UW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a#oW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x1D\x80W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1F\nW__\xFD[_` \x82\x84\x03\x12\x15a#\xAAW__\xFD[a\x07B\x82a#\x83V[`\xC0\x81\x01s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa#\xD5\x84a\x1E\xE7V[\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa#\xF9` \x85\x01a\x1E\xE7V[\x16` \x83\x01R`@\x83\x81\x015\x90\x83\x01R``\x80\x84\x015\x90\x83\x01R`\x80\x80\x84\x015\x90\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa$2`\xA0\x85\x01a#\x83V[\x16`\xA0\x83\x01R\x92\x91PPV[\x80\x82\x01\x80\x82\x11\x15a\x07EW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[`\x01\x81\x81\x1C\x90\x82\x16\x80a$\xC6W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x1D<W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610184575f3560e01c80637a08101c116100dd578063b9cc250f11610088578063eca842e011610063578063eca842e0146103ed578063ed2a2d641461040e578063fc0c546a14610456575f5ffd5b8063b9cc250f146103b4578063d43b0570146103c7578063d5fd6f08146103da575f5ffd5b80638f48a29b116100b85780638f48a29b1461037b5780639bcf7fbd1461038e578063b6b55f25146103a1575f5ffd5b80637a08101c1461032e5780637ec836e41461034d57806384b0196e14610360575f5ffd5b80634a970be71161013d5780635c7460d6116101185780635c7460d61461029e5780636d3298cb146102c457806370a08231146102eb575f5ffd5b80634a970be71461023d5780634ccfe34c1461025057806351bb9b1e14610277575f5ffd5b80632bab6ce71161016d5780632bab6ce7146101e95780632e1a7d4d1461020957806341b6fcf71461021c575f5ffd5b80631586f0f714610188578063279a0565146101d4575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6101e76101e2366004611d87565b61047c565b005b6101fc6101f7366004611d87565b6104ae565b6040516101cb9190611ded565b6101e7610217366004611e66565b6105e3565b61022f61022a366004611e7d565b610737565b6040519081526020016101cb565b6101e761024b366004611e9d565b61074b565b61022f7fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae407381565b61022f7f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad81565b7f00000000000000000000000000000000000000000000000000000000000000006101aa565b61022f7f34b96c12a0ec1737fa12a82f1858528ff1b904a36dbcf1a81da44a3c6847d7cd81565b61022f6102f9366004611f0f565b73ffffffffffffffffffffffffffffffffffffffff165f908152600260205260409020546bffffffffffffffffffffffff1690565b61022f61033c366004611e66565b5f9081526003602052604090205490565b6101e761035b366004611f28565b61081c565b6103686108a2565b6040516101cb9796959493929190611fe5565b61022f6103893660046120b4565b610900565b61022f61039c36600461211d565b610938565b6101e76103af366004611e66565b61095a565b6101e76103c236600461214f565b610966565b61022f6103d536600461217a565b610a51565b61022f6103e83660046121a3565b610a99565b6104006103fb3660046121bd565b610ac8565b6040516101cb92919061223a565b61022f61041c366004611f0f565b73ffffffffffffffffffffffffffffffffffffffff9081165f908152600260205260409020546c0100000000000000000000000090041690565b7f00000000000000000000000000000000000000000000000000000000000000006101aa565b61048685856111a3565b5f6104948686868686611293565b905080156104a6576104a6338261133d565b505050505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526104e986866111a3565b5f6104f486866113e3565b9050608086013580821161054a576040517f8e5c276a0000000000000000000000000000000000000000000000000000000081526004810189905260248101839052604481018290526064015b60405180910390fd5b6105638861055b60208a018a611f0f565b888888611486565b5f60c0888537506080830182905260c083205f898152600360205260409020819055818303610592338261133d565b60408051898152602081018390529081018590528a907fd48170788ffaee7524bbed77577481d01e1404b9167702f23b61725764ad10d7906060015b60405180910390a25050505095945050505050565b805f0361061c576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260026020526040902080546bffffffffffffffffffffffff1682811015610684576040517fdb42144d0000000000000000000000000000000000000000000000000000000081523360048201526024810182905260448101849052606401610541565b81547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000168382036bffffffffffffffffffffffff1617825560405183815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a261073273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163385611521565b505050565b5f61074283836115a2565b90505b92915050565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063d505accf9060e4015f604051808303815f87803b1580156107fa575f5ffd5b505af192505050801561080b575060015b50610815856115fc565b5050505050565b5f81815b8181101561088b573685858381811061083b5761083b6122b9565b905060200281019061084d91906122e6565b905061085d8135602083016111a3565b61087e81356020830160e0840135610879610100860186612322565b611293565b9093019250600101610820565b50811561089c5761089c338361133d565b50505050565b5f6060805f5f5f60606108b3611776565b6108bb6117a7565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f61090a846117d4565b50505f61091f8561091a8761180c565b611837565b50905061092d8185856118a4565b9150505b9392505050565b5f610942826117d4565b50505f6109528361091a8561180c565b949350505050565b610963816115fc565b50565b6109708282611909565b5f61098160c0830160a0840161239a565b90508067ffffffffffffffff164210156109da576040517f368b78250000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff82166024820152604401610541565b5f83815260036020526040812055608082013560608301358181039114610a1157610a11610a0b6020850185611f0f565b8261133d565b837fe7d367a3deacc32ccfcbd6d5a2e64c3db740266155b811d67c6d758445c04d7d82604051610a4391815260200190565b60405180910390a250505050565b5f82604001355f03610a8f576040517f299dcf9a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61074283836113e3565b5f81604051602001610aab91906123b3565b604051602081830303815290604052805190602001209050919050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081018290525f5f610b02611969565b61012084015250507f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad6101408201527fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae407361016082015280610bca565b5f60208301357f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115604186141615610bc15782865260408401355f1a6020870152833560408701528060608701525f5f5260205f60808860015afa505f5191505b50949350505050565b6101808101602089013560408a013560c08b013560a08c0135178060a01c8260401c8460801c171715610bfb575f5ffd5b5081610c29577f299dcf9a000000000000000000000000000000000000000000000000000000008352600483fd5b804210610c65577fc8d7021f00000000000000000000000000000000000000000000000000000000835260048301819052426024840152604483fd5b50506080890135601f8a3603038112610c7c575f5ffd5b8901803567ffffffffffffffff811115610c94575f5ffd5b602082019150803603821315610ca8575f5ffd5b80828437822061010084015250610140820151815260e08960208301376101008281015160a0830152812060e083018190526119016101808401526101208301516101a08401526101c0830152604261019e8301209350610d0b81888a87610b5e565b80610d3f577f2e6eda2d00000000000000000000000000000000000000000000000000000000825260048201859052602482fd5b80602084015287898337878220610160840151835260e084015160208401526040830152606082206119016101808501526101208401516101a08501526101c0840152604261019e840120610d9683888a84610b5e565b905060a08b01358082141582151715610dc45763888f2b0f60e01b8452806004850152816024850152604484fd5b5050338103610dfc577ff73f3d1600000000000000000000000000000000000000000000000000000000825260048201819052602482fd5b505060208101517fecbe9d2c00000000000000000000000000000000000000000000000000000000610180830181815260a08b0135610184850181905260c08c01356101a48601527f00000000000000000000000000000000000000000000000000000000000000009390608083604481885afa610e7c573d5f843e3d83fd5b60803d1015610e89575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff604084015116606084015115338214151715610eec577f576ce1db00000000000000000000000000000000000000000000000000000000845260c08e01356004850152336024850152604484fd5b5073ffffffffffffffffffffffffffffffffffffffff83511660208401511515801584831415178215151615610f435763bde5983060e01b8552826004860152816024860152806044860152836064860152608485fd5b5050505f87815260036020526040902080549094507f000000000000000000000000000000000000000000000000000000000000000093507f789f18c00000000000000000000000000000000000000000000000000000000092506101808601915015610fd9577f095d022900000000000000000000000000000000000000000000000000000000815260048101879052602481fd5b60608c01358282528060048301526101008601516024830152606082604484875afa611007573d5f833e3d82fd5b60603d1015611014575f5ffd5b8151611054577f5541bbbc000000000000000000000000000000000000000000000000000000008252600482018190526101008601516024830152604482fd5b5060208c013563ffffffff6040830151168102606087015263ffffffff60208301511681026080870152505050505f7f03e43802f4041f5813b2874fadab692069eec6e2962d9bfabf1588f72db23ec690506020830151805f52600260205260405f2080548060601c8d35146110ee576101808601633ec8492860e01b81528360048201528160601c60248201528d356044820152606481fd5b6bffffffffffffffffffffffff81169050608086015181101561113557610180860163db42144d60e01b815283600482015281602482015260808701516044820152606481fd5b608086015181038860601b17825550508584523360408501525f60a085015260408b013560c085015260c06020850120835560608b013560e08501526060840151610120850152608084015161014085015260c08401516101608501523381878460a060e08901a45060e083f35b6111ad8282611909565b6111bd6040820160208301611f0f565b73ffffffffffffffffffffffffffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff161461122a576040517f8957e7e600000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610541565b5f61123b60c0830160a0840161239a565b90508067ffffffffffffffff164210610732576040517f3fcecbdb0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff82166024820152604401610541565b5f5f61129f86866113e3565b9050608086013580808311156112cb576112c8896112c060208b018b611f0f565b898989611486565b50815b5f89815260036020526040812055818103935060608801358181039082146112fd576112fd610a0b60208b018b611f0f565b60408051898152602081018790529081018290528a907f111007eb29211bd8300879a31cebb43e3d8df231aa499eafaae5478629ff6d7b906060016105ce565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600260205260408120805490919061137f9084906bffffffffffffffffffffffff1661243e565b90506bffffffffffffffffffffffff8111156113a757634e487b715f5260116020526024601cfd5b81547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff919091161790555050565b5f6040830135606084013582827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff838201018161142257611422612476565b04905080851115611469576040517ff46289770000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610541565b848302828110611479578261147b565b805b979650505050505050565b5f61149b61149487866115a2565b8484611a9f565b90508473ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff16146104a6576040517f53dc23a50000000000000000000000000000000000000000000000000000000081526004810187905273ffffffffffffffffffffffffffffffffffffffff82166024820152604401610541565b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261073291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611b0e565b5f7f34b96c12a0ec1737fa12a82f1858528ff1b904a36dbcf1a81da44a3c6847d7cd816115cd611969565b6040805193845260208401968752830194855260608320611901845295525092909152506042601e9091012090565b805f03611635576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260026020526040812080549091906116619084906bffffffffffffffffffffffff1661243e565b90506bffffffffffffffffffffffff8111156116c95781546040517f9fbb61c20000000000000000000000000000000000000000000000000000000081523360048201526bffffffffffffffffffffffff909116602482015260448101849052606401610541565b81547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff821617825560405183815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a261073273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333086611bad565b60606117a27f00000000000000000000000000000000000000000000000000000000000000005f611bf3565b905090565b60606117a27f00000000000000000000000000000000000000000000000000000000000000006001611bf3565b5f5f602083013591506040830135905060c083013560a0840135178060a01c8260401c8460801c171715611806575f5ffd5b50915091565b5f61181a6080830183612322565b6040516118289291906124a3565b60405180910390209050919050565b5f807f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad81611863611969565b905060405182815260e08760208301378560a08201526101008120945061190181528160208201528460408201526042601e82012093505050509250929050565b5f7fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae4073816118cf611969565b90506040518486823793842091845260208401958652604084019182526060842061190185529552939093526042601e9091012092915050565b61191281611c9c565b5f8381526003602052604090205414158061192b575081155b15611965576040517ff383b13e00000000000000000000000000000000000000000000000000000000815260048101839052602401610541565b5050565b5f3073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161480156119ce57507f000000000000000000000000000000000000000000000000000000000000000046145b156119f857507f000000000000000000000000000000000000000000000000000000000000000090565b6117a2604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60208301357f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115604184141615611b065760405185815260408501355f1a6020820152843560408201528160608201525f5f5260205f60808360015afa50505f5191505b509392505050565b5f5f60205f8451602086015f885af180611b2d576040513d5f823e3d81fd5b50505f513d91508115611b44578060011415611b5e565b73ffffffffffffffffffffffffffffffffffffffff84163b155b1561089c576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610541565b60405173ffffffffffffffffffffffffffffffffffffffff848116602483015283811660448301526064820183905261089c9186918216906323b872dd9060840161155b565b606060ff8314611c0d57611c0683611caf565b9050610745565b818054611c19906124b2565b80601f0160208091040260200160405190810160405280929190818152602001828054611c45906124b2565b8015611c905780601f10611c6757610100808354040283529160200191611c90565b820191905f5260205f20905b815481529060010190602001808311611c7357829003601f168201915b50505050509050610745565b5f60405160c083823760c0902092915050565b60605f611cbb83611cec565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115610745576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60c08284031215611d3c575f5ffd5b50919050565b5f5f83601f840112611d52575f5ffd5b50813567ffffffffffffffff811115611d69575f5ffd5b602083019150836020828501011115611d80575f5ffd5b9250929050565b5f5f5f5f5f6101208688031215611d9c575f5ffd5b85359450611dad8760208801611d2c565b935060e0860135925061010086013567ffffffffffffffff811115611dd0575f5ffd5b611ddc88828901611d42565b969995985093965092949392505050565b60c08101610745828473ffffffffffffffffffffffffffffffffffffffff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015260408101516040830152606081015160608301526080810151608083015267ffffffffffffffff60a08201511660a08301525050565b5f60208284031215611e76575f5ffd5b5035919050565b5f5f60408385031215611e8e575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60a08688031215611eb1575f5ffd5b8535945060208601359350604086013560ff81168114611ecf575f5ffd5b94979396509394606081013594506080013592915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611f0a575f5ffd5b919050565b5f60208284031215611f1f575f5ffd5b61074282611ee7565b5f5f60208385031215611f39575f5ffd5b823567ffffffffffffffff811115611f4f575f5ffd5b8301601f81018513611f5f575f5ffd5b803567ffffffffffffffff811115611f75575f5ffd5b8560208260051b8401011115611f89575f5ffd5b6020919091019590945092505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61201f60e0830189611f99565b82810360408401526120318189611f99565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612093578351835260209384019390920191600101612075565b50909b9a5050505050505050505050565b5f60e08284031215611d3c575f5ffd5b5f5f5f604084860312156120c6575f5ffd5b833567ffffffffffffffff8111156120dc575f5ffd5b6120e8868287016120a4565b935050602084013567ffffffffffffffff811115612104575f5ffd5b61211086828701611d42565b9497909650939450505050565b5f6020828403121561212d575f5ffd5b813567ffffffffffffffff811115612143575f5ffd5b610952848285016120a4565b5f5f60e08385031215612160575f5ffd5b823591506121718460208501611d2c565b90509250929050565b5f5f60e0838503121561218b575f5ffd5b6121958484611d2c565b9460c0939093013593505050565b5f60c082840312156121b3575f5ffd5b6107428383611d2c565b5f5f5f5f5f606086880312156121d1575f5ffd5b853567ffffffffffffffff8111156121e7575f5ffd5b6121f3888289016120a4565b955050602086013567ffffffffffffffff81111561220f575f5ffd5b61221b88828901611d42565b909550935050604086013567ffffffffffffffff811115611dd0575f5ffd5b82815260e08101610931602083018473ffffffffffffffffffffffffffffffffffffffff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015260408101516040830152606081015160608301526080810151608083015267ffffffffffffffff60a08201511660a08301525050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffee1833603018112612318575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612355575f5ffd5b83018035915067ffffffffffffffff82111561236f575f5ffd5b602001915036819003821315611d80575f5ffd5b803567ffffffffffffffff81168114611f0a575f5ffd5b5f602082840312156123aa575f5ffd5b61074282612383565b60c0810173ffffffffffffffffffffffffffffffffffffffff6123d584611ee7565b16825273ffffffffffffffffffffffffffffffffffffffff6123f960208501611ee7565b16602083015260408381013590830152606080840135908301526080808401359083015267ffffffffffffffff61243260a08501612383565b1660a083015292915050565b80820180821115610745577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b818382375f9101908152919050565b600181811c908216806124c657607f821691505b602082108103611d3c577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x84W_5`\xE0\x1C\x80cz\x08\x10\x1C\x11a\0\xDDW\x80c\xB9\xCC%\x0F\x11a\0\x88W\x80c\xEC\xA8B\xE0\x11a\0cW\x80c\xEC\xA8B\xE0\x14a\x03\xEDW\x80c\xED*-d\x14a\x04\x0EW\x80c\xFC\x0CTj\x14a\x04VW__\xFD[\x80c\xB9\xCC%\x0F\x14a\x03\xB4W\x80c\xD4;\x05p\x14a\x03\xC7W\x80c\xD5\xFDo\x08\x14a\x03\xDAW__\xFD[\x80c\x8FH\xA2\x9B\x11a\0\xB8W\x80c\x8FH\xA2\x9B\x14a\x03{W\x80c\x9B\xCF\x7F\xBD\x14a\x03\x8EW\x80c\xB6\xB5_%\x14a\x03\xA1W__\xFD[\x80cz\x08\x10\x1C\x14a\x03.W\x80c~\xC86\xE4\x14a\x03MW\x80c\x84\xB0\x19n\x14a\x03`W__\xFD[\x80cJ\x97\x0B\xE7\x11a\x01=W\x80c\\t`\xD6\x11a\x01\x18W\x80c\\t`\xD6\x14a\x02\x9EW\x80cm2\x98\xCB\x14a\x02\xC4W\x80cp\xA0\x821\x14a\x02\xEBW__\xFD[\x80cJ\x97\x0B\xE7\x14a\x02=W\x80cL\xCF\xE3L\x14a\x02PW\x80cQ\xBB\x9B\x1E\x14a\x02wW__\xFD[\x80c+\xABl\xE7\x11a\x01mW\x80c+\xABl\xE7\x14a\x01\xE9W\x80c.\x1A}M\x14a\x02\tW\x80cA\xB6\xFC\xF7\x14a\x02\x1CW__\xFD[\x80c\x15\x86\xF0\xF7\x14a\x01\x88W\x80c'\x9A\x05e\x14a\x01\xD4W[__\xFD[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xE7a\x01\xE26`\x04a\x1D\x87V[a\x04|V[\0[a\x01\xFCa\x01\xF76`\x04a\x1D\x87V[a\x04\xAEV[`@Qa\x01\xCB\x91\x90a\x1D\xEDV[a\x01\xE7a\x02\x176`\x04a\x1EfV[a\x05\xE3V[a\x02/a\x02*6`\x04a\x1E}V[a\x077V[`@Q\x90\x81R` \x01a\x01\xCBV[a\x01\xE7a\x02K6`\x04a\x1E\x9DV[a\x07KV[a\x02/\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x81V[a\x02/\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\xAAV[a\x02/\x7F4\xB9l\x12\xA0\xEC\x177\xFA\x12\xA8/\x18XR\x8F\xF1\xB9\x04\xA3m\xBC\xF1\xA8\x1D\xA4J<hG\xD7\xCD\x81V[a\x02/a\x02\xF96`\x04a\x1F\x0FV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x02` R`@\x90 Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x02/a\x03<6`\x04a\x1EfV[_\x90\x81R`\x03` R`@\x90 T\x90V[a\x01\xE7a\x03[6`\x04a\x1F(V[a\x08\x1CV[a\x03ha\x08\xA2V[`@Qa\x01\xCB\x97\x96\x95\x94\x93\x92\x91\x90a\x1F\xE5V[a\x02/a\x03\x896`\x04a \xB4V[a\t\0V[a\x02/a\x03\x9C6`\x04a!\x1DV[a\t8V[a\x01\xE7a\x03\xAF6`\x04a\x1EfV[a\tZV[a\x01\xE7a\x03\xC26`\x04a!OV[a\tfV[a\x02/a\x03\xD56`\x04a!zV[a\nQV[a\x02/a\x03\xE86`\x04a!\xA3V[a\n\x99V[a\x04\0a\x03\xFB6`\x04a!\xBDV[a\n\xC8V[`@Qa\x01\xCB\x92\x91\x90a\":V[a\x02/a\x04\x1C6`\x04a\x1F\x0FV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16_\x90\x81R`\x02` R`@\x90 Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16\x90V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\xAAV[a\x04\x86\x85\x85a\x11\xA3V[_a\x04\x94\x86\x86\x86\x86\x86a\x12\x93V[\x90P\x80\x15a\x04\xA6Wa\x04\xA63\x82a\x13=V[PPPPPPV[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91Ra\x04\xE9\x86\x86a\x11\xA3V[_a\x04\xF4\x86\x86a\x13\xE3V[\x90P`\x80\x86\x015\x80\x82\x11a\x05JW`@Q\x7F\x8E\\'j\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x89\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01[`@Q\x80\x91\x03\x90\xFD[a\x05c\x88a\x05[` \x8A\x01\x8Aa\x1F\x0FV[\x88\x88\x88a\x14\x86V[_`\xC0\x88\x857P`\x80\x83\x01\x82\x90R`\xC0\x83 _\x89\x81R`\x03` R`@\x90 \x81\x90U\x81\x83\x03a\x05\x923\x82a\x13=V[`@\x80Q\x89\x81R` \x81\x01\x83\x90R\x90\x81\x01\x85\x90R\x8A\x90\x7F\xD4\x81px\x8F\xFA\xEEu$\xBB\xEDwWt\x81\xD0\x1E\x14\x04\xB9\x16w\x02\xF2;arWd\xAD\x10\xD7\x90``\x01[`@Q\x80\x91\x03\x90\xA2PPPP\x95\x94PPPPPV[\x80_\x03a\x06\x1CW`@Q\x7F\x1F* \x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x02` R`@\x90 \x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x81\x10\x15a\x06\x84W`@Q\x7F\xDBB\x14M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x81\x01\x84\x90R`d\x01a\x05AV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x82\x03k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x82U`@Q\x83\x81R3\x90\x7Fp\x84\xF5Gf\x18\xD8\xE6\x0B\x11\xEF\r}?\x06\x91FU\xAD\xB8y>(\xFF\x7F\x01\x8DLv\xD5\x05\xD5\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x072s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x85a\x15!V[PPPV[_a\x07B\x83\x83a\x15\xA2V[\x90P[\x92\x91PPV[`@Q\x7F\xD5\x05\xAC\xCF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x86\x90R`d\x81\x01\x85\x90R`\xFF\x84\x16`\x84\x82\x01R`\xA4\x81\x01\x83\x90R`\xC4\x81\x01\x82\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\xD5\x05\xAC\xCF\x90`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x07\xFAW__\xFD[PZ\xF1\x92PPP\x80\x15a\x08\x0BWP`\x01[Pa\x08\x15\x85a\x15\xFCV[PPPPPV[_\x81\x81[\x81\x81\x10\x15a\x08\x8BW6\x85\x85\x83\x81\x81\x10a\x08;Wa\x08;a\"\xB9V[\x90P` \x02\x81\x01\x90a\x08M\x91\x90a\"\xE6V[\x90Pa\x08]\x815` \x83\x01a\x11\xA3V[a\x08~\x815` \x83\x01`\xE0\x84\x015a\x08ya\x01\0\x86\x01\x86a#\"V[a\x12\x93V[\x90\x93\x01\x92P`\x01\x01a\x08 V[P\x81\x15a\x08\x9CWa\x08\x9C3\x83a\x13=V[PPPPV[_``\x80___``a\x08\xB3a\x17vV[a\x08\xBBa\x17\xA7V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\t\n\x84a\x17\xD4V[PP_a\t\x1F\x85a\t\x1A\x87a\x18\x0CV[a\x187V[P\x90Pa\t-\x81\x85\x85a\x18\xA4V[\x91PP[\x93\x92PPPV[_a\tB\x82a\x17\xD4V[PP_a\tR\x83a\t\x1A\x85a\x18\x0CV[\x94\x93PPPPV[a\tc\x81a\x15\xFCV[PV[a\tp\x82\x82a\x19\tV[_a\t\x81`\xC0\x83\x01`\xA0\x84\x01a#\x9AV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\t\xDAW`@Q\x7F6\x8Bx%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x05AV[_\x83\x81R`\x03` R`@\x81 U`\x80\x82\x015``\x83\x015\x81\x81\x03\x91\x14a\n\x11Wa\n\x11a\n\x0B` \x85\x01\x85a\x1F\x0FV[\x82a\x13=V[\x83\x7F\xE7\xD3g\xA3\xDE\xAC\xC3,\xCF\xCB\xD6\xD5\xA2\xE6L=\xB7@&aU\xB8\x11\xD6|mu\x84E\xC0M}\x82`@Qa\nC\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPV[_\x82`@\x015_\x03a\n\x8FW`@Q\x7F)\x9D\xCF\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07B\x83\x83a\x13\xE3V[_\x81`@Q` \x01a\n\xAB\x91\x90a#\xB3V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R__a\x0B\x02a\x19iV[a\x01 \x84\x01RPP\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xADa\x01@\x82\x01R\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@sa\x01`\x82\x01R\x80a\x0B\xCAV[_` \x83\x015\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x81\x11\x15`A\x86\x14\x16\x15a\x0B\xC1W\x82\x86R`@\x84\x015_\x1A` \x87\x01R\x835`@\x87\x01R\x80``\x87\x01R__R` _`\x80\x88`\x01Z\xFAP_Q\x91P[P\x94\x93PPPPV[a\x01\x80\x81\x01` \x89\x015`@\x8A\x015`\xC0\x8B\x015`\xA0\x8C\x015\x17\x80`\xA0\x1C\x82`@\x1C\x84`\x80\x1C\x17\x17\x15a\x0B\xFBW__\xFD[P\x81a\x0C)W\x7F)\x9D\xCF\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\xFD[\x80B\x10a\x0CeW\x7F\xC8\xD7\x02\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\x01\x81\x90RB`$\x84\x01R`D\x83\xFD[PP`\x80\x89\x015`\x1F\x8A6\x03\x03\x81\x12a\x0C|W__\xFD[\x89\x01\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0C\x94W__\xFD[` \x82\x01\x91P\x806\x03\x82\x13\x15a\x0C\xA8W__\xFD[\x80\x82\x847\x82 a\x01\0\x84\x01RPa\x01@\x82\x01Q\x81R`\xE0\x89` \x83\x017a\x01\0\x82\x81\x01Q`\xA0\x83\x01R\x81 `\xE0\x83\x01\x81\x90Ra\x19\x01a\x01\x80\x84\x01Ra\x01 \x83\x01Qa\x01\xA0\x84\x01Ra\x01\xC0\x83\x01R`Ba\x01\x9E\x83\x01 \x93Pa\r\x0B\x81\x88\x8A\x87a\x0B^V[\x80a\r?W\x7F.n\xDA-\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01\x85\x90R`$\x82\xFD[\x80` \x84\x01R\x87\x89\x837\x87\x82 a\x01`\x84\x01Q\x83R`\xE0\x84\x01Q` \x84\x01R`@\x83\x01R``\x82 a\x19\x01a\x01\x80\x85\x01Ra\x01 \x84\x01Qa\x01\xA0\x85\x01Ra\x01\xC0\x84\x01R`Ba\x01\x9E\x84\x01 a\r\x96\x83\x88\x8A\x84a\x0B^V[\x90P`\xA0\x8B\x015\x80\x82\x14\x15\x82\x15\x17\x15a\r\xC4Wc\x88\x8F+\x0F`\xE0\x1B\x84R\x80`\x04\x85\x01R\x81`$\x85\x01R`D\x84\xFD[PP3\x81\x03a\r\xFCW\x7F\xF7?=\x16\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01\x81\x90R`$\x82\xFD[PP` \x81\x01Q\x7F\xEC\xBE\x9D,\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\x80\x83\x01\x81\x81R`\xA0\x8B\x015a\x01\x84\x85\x01\x81\x90R`\xC0\x8C\x015a\x01\xA4\x86\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x93\x90`\x80\x83`D\x81\x88Z\xFAa\x0E|W=_\x84>=\x83\xFD[`\x80=\x10\x15a\x0E\x89W__\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16``\x84\x01Q\x153\x82\x14\x15\x17\x15a\x0E\xECW\x7FWl\xE1\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\xC0\x8E\x015`\x04\x85\x01R3`$\x85\x01R`D\x84\xFD[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16` \x84\x01Q\x15\x15\x80\x15\x84\x83\x14\x15\x17\x82\x15\x15\x16\x15a\x0FCWc\xBD\xE5\x980`\xE0\x1B\x85R\x82`\x04\x86\x01R\x81`$\x86\x01R\x80`D\x86\x01R\x83`d\x86\x01R`\x84\x85\xFD[PPP_\x87\x81R`\x03` R`@\x90 \x80T\x90\x94P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x93P\x7Fx\x9F\x18\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92Pa\x01\x80\x86\x01\x91P\x15a\x0F\xD9W\x7F\t]\x02)\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\xFD[``\x8C\x015\x82\x82R\x80`\x04\x83\x01Ra\x01\0\x86\x01Q`$\x83\x01R``\x82`D\x84\x87Z\xFAa\x10\x07W=_\x83>=\x82\xFD[``=\x10\x15a\x10\x14W__\xFD[\x81Qa\x10TW\x7FUA\xBB\xBC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01\x81\x90Ra\x01\0\x86\x01Q`$\x83\x01R`D\x82\xFD[P` \x8C\x015c\xFF\xFF\xFF\xFF`@\x83\x01Q\x16\x81\x02``\x87\x01Rc\xFF\xFF\xFF\xFF` \x83\x01Q\x16\x81\x02`\x80\x87\x01RPPPP_\x7F\x03\xE48\x02\xF4\x04\x1FX\x13\xB2\x87O\xAD\xABi i\xEE\xC6\xE2\x96-\x9B\xFA\xBF\x15\x88\xF7-\xB2>\xC6\x90P` \x83\x01Q\x80_R`\x02` R`@_ \x80T\x80``\x1C\x8D5\x14a\x10\xEEWa\x01\x80\x86\x01c>\xC8I(`\xE0\x1B\x81R\x83`\x04\x82\x01R\x81``\x1C`$\x82\x01R\x8D5`D\x82\x01R`d\x81\xFD[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90P`\x80\x86\x01Q\x81\x10\x15a\x115Wa\x01\x80\x86\x01c\xDBB\x14M`\xE0\x1B\x81R\x83`\x04\x82\x01R\x81`$\x82\x01R`\x80\x87\x01Q`D\x82\x01R`d\x81\xFD[`\x80\x86\x01Q\x81\x03\x88``\x1B\x17\x82UPP\x85\x84R3`@\x85\x01R_`\xA0\x85\x01R`@\x8B\x015`\xC0\x85\x01R`\xC0` \x85\x01 \x83U``\x8B\x015`\xE0\x85\x01R``\x84\x01Qa\x01 \x85\x01R`\x80\x84\x01Qa\x01@\x85\x01R`\xC0\x84\x01Qa\x01`\x85\x01R3\x81\x87\x84`\xA0`\xE0\x89\x01\xA4P`\xE0\x83\xF3[a\x11\xAD\x82\x82a\x19\tV[a\x11\xBD`@\x82\x01` \x83\x01a\x1F\x0FV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x12*W`@Q\x7F\x89W\xE7\xE6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x05AV[_a\x12;`\xC0\x83\x01`\xA0\x84\x01a#\x9AV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x072W`@Q\x7F?\xCE\xCB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x05AV[__a\x12\x9F\x86\x86a\x13\xE3V[\x90P`\x80\x86\x015\x80\x80\x83\x11\x15a\x12\xCBWa\x12\xC8\x89a\x12\xC0` \x8B\x01\x8Ba\x1F\x0FV[\x89\x89\x89a\x14\x86V[P\x81[_\x89\x81R`\x03` R`@\x81 U\x81\x81\x03\x93P``\x88\x015\x81\x81\x03\x90\x82\x14a\x12\xFDWa\x12\xFDa\n\x0B` \x8B\x01\x8Ba\x1F\x0FV[`@\x80Q\x89\x81R` \x81\x01\x87\x90R\x90\x81\x01\x82\x90R\x8A\x90\x7F\x11\x10\x07\xEB)!\x1B\xD80\x08y\xA3\x1C\xEB\xB4>=\x8D\xF21\xAAI\x9E\xAF\xAA\xE5G\x86)\xFFm{\x90``\x01a\x05\xCEV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x02` R`@\x81 \x80T\x90\x91\x90a\x13\x7F\x90\x84\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a$>V[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x13\xA7WcNH{q_R`\x11` R`$`\x1C\xFD[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x90UPPV[_`@\x83\x015``\x84\x015\x82\x82\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x82\x01\x01\x81a\x14\"Wa\x14\"a$vV[\x04\x90P\x80\x85\x11\x15a\x14iW`@Q\x7F\xF4b\x89w\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x82\x90R`D\x01a\x05AV[\x84\x83\x02\x82\x81\x10a\x14yW\x82a\x14{V[\x80[\x97\x96PPPPPPPV[_a\x14\x9Ba\x14\x94\x87\x86a\x15\xA2V[\x84\x84a\x1A\x9FV[\x90P\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x04\xA6W`@Q\x7FS\xDC#\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x05AV[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x072\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPa\x1B\x0EV[_\x7F4\xB9l\x12\xA0\xEC\x177\xFA\x12\xA8/\x18XR\x8F\xF1\xB9\x04\xA3m\xBC\xF1\xA8\x1D\xA4J<hG\xD7\xCD\x81a\x15\xCDa\x19iV[`@\x80Q\x93\x84R` \x84\x01\x96\x87R\x83\x01\x94\x85R``\x83 a\x19\x01\x84R\x95RP\x92\x90\x91RP`B`\x1E\x90\x91\x01 \x90V[\x80_\x03a\x165W`@Q\x7F\x1F* \x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x02` R`@\x81 \x80T\x90\x91\x90a\x16a\x90\x84\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a$>V[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x16\xC9W\x81T`@Q\x7F\x9F\xBBa\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x81\x01\x84\x90R`d\x01a\x05AV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x17\x82U`@Q\x83\x81R3\x90\x7F-\xA4f\xA7\xB2C\x04\xF4~\x87\xFA.\x1EZ\x81\xB9\x83\x1C\xE5O\xEC\x19\x05\\\xE2w\xCA/9\xBAB\xC4\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x072s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x86a\x1B\xADV[``a\x17\xA2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_a\x1B\xF3V[\x90P\x90V[``a\x17\xA2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01a\x1B\xF3V[__` \x83\x015\x91P`@\x83\x015\x90P`\xC0\x83\x015`\xA0\x84\x015\x17\x80`\xA0\x1C\x82`@\x1C\x84`\x80\x1C\x17\x17\x15a\x18\x06W__\xFD[P\x91P\x91V[_a\x18\x1A`\x80\x83\x01\x83a#\"V[`@Qa\x18(\x92\x91\x90a$\xA3V[`@Q\x80\x91\x03\x90 \x90P\x91\x90PV[_\x80\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x81a\x18ca\x19iV[\x90P`@Q\x82\x81R`\xE0\x87` \x83\x017\x85`\xA0\x82\x01Ra\x01\0\x81 \x94Pa\x19\x01\x81R\x81` \x82\x01R\x84`@\x82\x01R`B`\x1E\x82\x01 \x93PPPP\x92P\x92\x90PV[_\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x81a\x18\xCFa\x19iV[\x90P`@Q\x84\x86\x827\x93\x84 \x91\x84R` \x84\x01\x95\x86R`@\x84\x01\x91\x82R``\x84 a\x19\x01\x85R\x95R\x93\x90\x93R`B`\x1E\x90\x91\x01 \x92\x91PPV[a\x19\x12\x81a\x1C\x9CV[_\x83\x81R`\x03` R`@\x90 T\x14\x15\x80a\x19+WP\x81\x15[\x15a\x19eW`@Q\x7F\xF3\x83\xB1>\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x05AV[PPV[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a\x19\xCEWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a\x19\xF8WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x17\xA2`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_` \x83\x015\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x81\x11\x15`A\x84\x14\x16\x15a\x1B\x06W`@Q\x85\x81R`@\x85\x015_\x1A` \x82\x01R\x845`@\x82\x01R\x81``\x82\x01R__R` _`\x80\x83`\x01Z\xFAPP_Q\x91P[P\x93\x92PPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a\x1B-W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a\x1BDW\x80`\x01\x14\x15a\x1B^V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16;\x15[\x15a\x08\x9CW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x05AV[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x08\x9C\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a\x15[V[```\xFF\x83\x14a\x1C\rWa\x1C\x06\x83a\x1C\xAFV[\x90Pa\x07EV[\x81\x80Ta\x1C\x19\x90a$\xB2V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x1CE\x90a$\xB2V[\x80\x15a\x1C\x90W\x80`\x1F\x10a\x1CgWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x1C\x90V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x1CsW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90Pa\x07EV[_`@Q`\xC0\x83\x827`\xC0\x90 \x92\x91PPV[``_a\x1C\xBB\x83a\x1C\xECV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x07EW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_`\xC0\x82\x84\x03\x12\x15a\x1D<W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a\x1DRW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1DiW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x1D\x80W__\xFD[\x92P\x92\x90PV[_____a\x01 \x86\x88\x03\x12\x15a\x1D\x9CW__\xFD[\x855\x94Pa\x1D\xAD\x87` \x88\x01a\x1D,V[\x93P`\xE0\x86\x015\x92Pa\x01\0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xD0W__\xFD[a\x1D\xDC\x88\x82\x89\x01a\x1DBV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[`\xC0\x81\x01a\x07E\x82\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01R`@\x81\x01Q`@\x83\x01R``\x81\x01Q``\x83\x01R`\x80\x81\x01Q`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x83\x01RPPV[_` \x82\x84\x03\x12\x15a\x1EvW__\xFD[P5\x91\x90PV[__`@\x83\x85\x03\x12\x15a\x1E\x8EW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[_____`\xA0\x86\x88\x03\x12\x15a\x1E\xB1W__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015`\xFF\x81\x16\x81\x14a\x1E\xCFW__\xFD[\x94\x97\x93\x96P\x93\x94``\x81\x015\x94P`\x80\x015\x92\x91PPV[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1F\nW__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a\x1F\x1FW__\xFD[a\x07B\x82a\x1E\xE7V[__` \x83\x85\x03\x12\x15a\x1F9W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1FOW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a\x1F_W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1FuW__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1F\x89W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a \x1F`\xE0\x83\x01\x89a\x1F\x99V[\x82\x81\x03`@\x84\x01Ra 1\x81\x89a\x1F\x99V[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a \x93W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a uV[P\x90\x9B\x9APPPPPPPPPPPV[_`\xE0\x82\x84\x03\x12\x15a\x1D<W__\xFD[___`@\x84\x86\x03\x12\x15a \xC6W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a \xDCW__\xFD[a \xE8\x86\x82\x87\x01a \xA4V[\x93PP` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\x04W__\xFD[a!\x10\x86\x82\x87\x01a\x1DBV[\x94\x97\x90\x96P\x93\x94PPPPV[_` \x82\x84\x03\x12\x15a!-W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!CW__\xFD[a\tR\x84\x82\x85\x01a \xA4V[__`\xE0\x83\x85\x03\x12\x15a!`W__\xFD[\x825\x91Pa!q\x84` \x85\x01a\x1D,V[\x90P\x92P\x92\x90PV[__`\xE0\x83\x85\x03\x12\x15a!\x8BW__\xFD[a!\x95\x84\x84a\x1D,V[\x94`\xC0\x93\x90\x93\x015\x93PPPV[_`\xC0\x82\x84\x03\x12\x15a!\xB3W__\xFD[a\x07B\x83\x83a\x1D,V[_____``\x86\x88\x03\x12\x15a!\xD1W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\xE7W__\xFD[a!\xF3\x88\x82\x89\x01a \xA4V[\x95PP` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\x0FW__\xFD[a\"\x1B\x88\x82\x89\x01a\x1DBV[\x90\x95P\x93PP`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1D\xD0W__\xFD[\x82\x81R`\xE0\x81\x01a\t1` \x83\x01\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01R`@\x81\x01Q`@\x83\x01R``\x81\x01Q``\x83\x01R`\x80\x81\x01Q`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x83\x01RPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\xE1\x836\x03\x01\x81\x12a#\x18W__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a#UW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a#oW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x1D\x80W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1F\nW__\xFD[_` \x82\x84\x03\x12\x15a#\xAAW__\xFD[a\x07B\x82a#\x83V[`\xC0\x81\x01s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa#\xD5\x84a\x1E\xE7V[\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa#\xF9` \x85\x01a\x1E\xE7V[\x16` \x83\x01R`@\x83\x81\x015\x90\x83\x01R``\x80\x84\x015\x90\x83\x01R`\x80\x80\x84\x015\x90\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa$2`\xA0\x85\x01a#\x83V[\x16`\xA0\x83\x01R\x92\x91PPV[\x80\x82\x01\x80\x82\x11\x15a\x07EW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[`\x01\x81\x81\x1C\x90\x82\x16\x80a$\xC6W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x1D<W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `BalanceExceedsSegments(uint256,uint256)` and selector `0xf4628977`.
```solidity
error BalanceExceedsSegments(uint256 balance, uint256 maxSegments);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BalanceExceedsSegments {
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxSegments: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<BalanceExceedsSegments> for UnderlyingRustTuple<'_> {
            fn from(value: BalanceExceedsSegments) -> Self {
                (value.balance, value.maxSegments)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BalanceExceedsSegments {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    balance: tuple.0,
                    maxSegments: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BalanceExceedsSegments {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BalanceExceedsSegments(uint256,uint256)";
            const SELECTOR: [u8; 4] = [244u8, 98u8, 137u8, 119u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxSegments),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `BalanceOverflow(address,uint256,uint256)` and selector `0x9fbb61c2`.
```solidity
error BalanceOverflow(address wallet, uint256 balance, uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BalanceOverflow {
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<BalanceOverflow> for UnderlyingRustTuple<'_> {
            fn from(value: BalanceOverflow) -> Self {
                (value.wallet, value.balance, value.amount)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BalanceOverflow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    wallet: tuple.0,
                    balance: tuple.1,
                    amount: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BalanceOverflow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BalanceOverflow(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [159u8, 187u8, 97u8, 194u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.wallet,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `BidExpired(uint64,uint256)` and selector `0xc8d7021f`.
```solidity
error BidExpired(uint64 expiration, uint256 timestamp);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BidExpired {
        #[allow(missing_docs)]
        pub expiration: u64,
        #[allow(missing_docs)]
        pub timestamp: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<BidExpired> for UnderlyingRustTuple<'_> {
            fn from(value: BidExpired) -> Self {
                (value.expiration, value.timestamp)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BidExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    expiration: tuple.0,
                    timestamp: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BidExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BidExpired(uint64,uint256)";
            const SELECTOR: [u8; 4] = [200u8, 215u8, 2u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiration),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timestamp),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `BidderKeyNotAuthorized(address,address,bool,address)` and selector `0xbde59830`.
```solidity
error BidderKeyNotAuthorized(address bidderKey, address wallet, bool active, address payer);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BidderKeyNotAuthorized {
        #[allow(missing_docs)]
        pub bidderKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub active: bool,
        #[allow(missing_docs)]
        pub payer: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            bool,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<BidderKeyNotAuthorized> for UnderlyingRustTuple<'_> {
            fn from(value: BidderKeyNotAuthorized) -> Self {
                (value.bidderKey, value.wallet, value.active, value.payer)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BidderKeyNotAuthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bidderKey: tuple.0,
                    wallet: tuple.1,
                    active: tuple.2,
                    payer: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BidderKeyNotAuthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BidderKeyNotAuthorized(address,address,bool,address)";
            const SELECTOR: [u8; 4] = [189u8, 229u8, 152u8, 48u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.bidderKey,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.wallet,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.active,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.payer,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ChannelAlreadyOpen(bytes32)` and selector `0x095d0229`.
```solidity
error ChannelAlreadyOpen(bytes32 channelId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ChannelAlreadyOpen {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ChannelAlreadyOpen> for UnderlyingRustTuple<'_> {
            fn from(value: ChannelAlreadyOpen) -> Self {
                (value.channelId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ChannelAlreadyOpen {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { channelId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ChannelAlreadyOpen {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ChannelAlreadyOpen(bytes32)";
            const SELECTOR: [u8; 4] = [9u8, 93u8, 2u8, 41u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ChannelExpired(bytes32,uint64)` and selector `0x3fcecbdb`.
```solidity
error ChannelExpired(bytes32 channelId, uint64 expiration);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ChannelExpired {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub expiration: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ChannelExpired> for UnderlyingRustTuple<'_> {
            fn from(value: ChannelExpired) -> Self {
                (value.channelId, value.expiration)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ChannelExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    channelId: tuple.0,
                    expiration: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ChannelExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ChannelExpired(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [63u8, 206u8, 203u8, 219u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiration),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ChannelNotExpired(bytes32,uint64)` and selector `0x368b7825`.
```solidity
error ChannelNotExpired(bytes32 channelId, uint64 expiration);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ChannelNotExpired {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub expiration: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ChannelNotExpired> for UnderlyingRustTuple<'_> {
            fn from(value: ChannelNotExpired) -> Self {
                (value.channelId, value.expiration)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ChannelNotExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    channelId: tuple.0,
                    expiration: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ChannelNotExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ChannelNotExpired(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [54u8, 139u8, 120u8, 37u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiration),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ChannelNotFound(bytes32)` and selector `0xf383b13e`.
```solidity
error ChannelNotFound(bytes32 channelId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ChannelNotFound {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ChannelNotFound> for UnderlyingRustTuple<'_> {
            fn from(value: ChannelNotFound) -> Self {
                (value.channelId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ChannelNotFound {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { channelId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ChannelNotFound {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ChannelNotFound(bytes32)";
            const SELECTOR: [u8; 4] = [243u8, 131u8, 177u8, 62u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `CounterpartyKeyNotAuthorized(address,address)` and selector `0x576ce1db`.
```solidity
error CounterpartyKeyNotAuthorized(address counterpartyKey, address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CounterpartyKeyNotAuthorized {
        #[allow(missing_docs)]
        pub counterpartyKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<CounterpartyKeyNotAuthorized>
        for UnderlyingRustTuple<'_> {
            fn from(value: CounterpartyKeyNotAuthorized) -> Self {
                (value.counterpartyKey, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for CounterpartyKeyNotAuthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    counterpartyKey: tuple.0,
                    caller: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CounterpartyKeyNotAuthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CounterpartyKeyNotAuthorized(address,address)";
            const SELECTOR: [u8; 4] = [87u8, 108u8, 225u8, 219u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.counterpartyKey,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InsufficientBalance(address,uint256,uint256)` and selector `0xdb42144d`.
```solidity
error InsufficientBalance(address wallet, uint256 available, uint256 required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InsufficientBalance {
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub available: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub required: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InsufficientBalance> for UnderlyingRustTuple<'_> {
            fn from(value: InsufficientBalance) -> Self {
                (value.wallet, value.available, value.required)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InsufficientBalance {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    wallet: tuple.0,
                    available: tuple.1,
                    required: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InsufficientBalance {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InsufficientBalance(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [219u8, 66u8, 20u8, 77u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.wallet,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.available),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidBidderSignature(address,address)` and selector `0x888f2b0f`.
```solidity
error InvalidBidderSignature(address bidderKey, address signer);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidBidderSignature {
        #[allow(missing_docs)]
        pub bidderKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidBidderSignature> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidBidderSignature) -> Self {
                (value.bidderKey, value.signer)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidBidderSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bidderKey: tuple.0,
                    signer: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidBidderSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidBidderSignature(address,address)";
            const SELECTOR: [u8; 4] = [136u8, 143u8, 43u8, 15u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.bidderKey,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidPaymentSignature(bytes32,address)` and selector `0x53dc23a5`.
```solidity
error InvalidPaymentSignature(bytes32 channelId, address signer);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidPaymentSignature {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidPaymentSignature> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidPaymentSignature) -> Self {
                (value.channelId, value.signer)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidPaymentSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    channelId: tuple.0,
                    signer: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidPaymentSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidPaymentSignature(bytes32,address)";
            const SELECTOR: [u8; 4] = [83u8, 220u8, 35u8, 165u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidShortString()` and selector `0xb3512b0c`.
```solidity
error InvalidShortString();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidShortString;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidShortString> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidShortString) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidShortString {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidShortString {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidShortString()";
            const SELECTOR: [u8; 4] = [179u8, 81u8, 43u8, 12u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidWalletSignature(bytes32)` and selector `0x2e6eda2d`.
```solidity
error InvalidWalletSignature(bytes32 digest);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidWalletSignature {
        #[allow(missing_docs)]
        pub digest: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidWalletSignature> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidWalletSignature) -> Self {
                (value.digest,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidWalletSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { digest: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidWalletSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidWalletSignature(bytes32)";
            const SELECTOR: [u8; 4] = [46u8, 110u8, 218u8, 45u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.digest),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NonceMismatch(address,bytes32,bytes32)` and selector `0x3ec84928`.
```solidity
error NonceMismatch(address payer, bytes32 expected, bytes32 given);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NonceMismatch {
        #[allow(missing_docs)]
        pub payer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub given: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NonceMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: NonceMismatch) -> Self {
                (value.payer, value.expected, value.given)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NonceMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    payer: tuple.0,
                    expected: tuple.1,
                    given: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NonceMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NonceMismatch(address,bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [62u8, 200u8, 73u8, 40u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.payer,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.expected),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.given),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotPayee(bytes32,address)` and selector `0x8957e7e6`.
```solidity
error NotPayee(bytes32 channelId, address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotPayee {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotPayee> for UnderlyingRustTuple<'_> {
            fn from(value: NotPayee) -> Self {
                (value.channelId, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotPayee {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    channelId: tuple.0,
                    caller: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotPayee {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotPayee(bytes32,address)";
            const SELECTOR: [u8; 4] = [137u8, 87u8, 231u8, 230u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingToWithdraw(bytes32,uint256,uint256)` and selector `0x8e5c276a`.
```solidity
error NothingToWithdraw(bytes32 channelId, uint256 payout, uint256 withdrawn);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingToWithdraw {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub payout: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub withdrawn: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingToWithdraw> for UnderlyingRustTuple<'_> {
            fn from(value: NothingToWithdraw) -> Self {
                (value.channelId, value.payout, value.withdrawn)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingToWithdraw {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    channelId: tuple.0,
                    payout: tuple.1,
                    withdrawn: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingToWithdraw {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingToWithdraw(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [142u8, 92u8, 39u8, 106u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.payout),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.withdrawn),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SelfChannel(address)` and selector `0xf73f3d16`.
```solidity
error SelfChannel(address wallet);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SelfChannel {
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SelfChannel> for UnderlyingRustTuple<'_> {
            fn from(value: SelfChannel) -> Self {
                (value.wallet,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SelfChannel {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { wallet: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SelfChannel {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SelfChannel(address)";
            const SELECTOR: [u8; 4] = [247u8, 63u8, 61u8, 22u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.wallet,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StringTooLong(string)` and selector `0x305a27a9`.
```solidity
error StringTooLong(string str);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StringTooLong {
        #[allow(missing_docs)]
        pub str: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StringTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: StringTooLong) -> Self {
                (value.str,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StringTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { str: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StringTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StringTooLong(string)";
            const SELECTOR: [u8; 4] = [48u8, 90u8, 39u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.str,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VideoNotAvailable(bytes32,bytes32)` and selector `0x5541bbbc`.
```solidity
error VideoNotAvailable(bytes32 video, bytes32 formatHash);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VideoNotAvailable {
        #[allow(missing_docs)]
        pub video: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub formatHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VideoNotAvailable> for UnderlyingRustTuple<'_> {
            fn from(value: VideoNotAvailable) -> Self {
                (value.video, value.formatHash)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VideoNotAvailable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    video: tuple.0,
                    formatHash: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VideoNotAvailable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VideoNotAvailable(bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [85u8, 65u8, 187u8, 188u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.video),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.formatHash),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAmount()` and selector `0x1f2a2005`.
```solidity
error ZeroAmount();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAmount;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAmount> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAmount) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAmount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAmount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAmount()";
            const SELECTOR: [u8; 4] = [31u8, 42u8, 32u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroRate()` and selector `0x299dcf9a`.
```solidity
error ZeroRate();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroRate;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroRate> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroRate) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroRate {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroRate {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroRate()";
            const SELECTOR: [u8; 4] = [41u8, 157u8, 207u8, 154u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ChannelClosed(bytes32,uint256,uint256,uint256)` and selector `0x111007eb29211bd8300879a31cebb43e3d8df231aa499eafaae5478629ff6d7b`.
```solidity
event ChannelClosed(bytes32 indexed channelId, uint256 balance, uint256 amount, uint256 refund);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ChannelClosed {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub refund: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ChannelClosed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "ChannelClosed(bytes32,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                17u8, 16u8, 7u8, 235u8, 41u8, 33u8, 27u8, 216u8, 48u8, 8u8, 121u8, 163u8,
                28u8, 235u8, 180u8, 62u8, 61u8, 141u8, 242u8, 49u8, 170u8, 73u8, 158u8,
                175u8, 170u8, 229u8, 71u8, 134u8, 41u8, 255u8, 109u8, 123u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    channelId: topics.1,
                    balance: data.0,
                    amount: data.1,
                    refund: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.refund),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.channelId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.channelId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ChannelClosed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ChannelClosed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ChannelClosed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ChannelOpened(bytes32,address,address,bytes32,bytes32,uint256,uint256,uint64)` and selector `0x03e43802f4041f5813b2874fadab692069eec6e2962d9bfabf1588f72db23ec6`.
```solidity
event ChannelOpened(bytes32 indexed channelId, address indexed payer, address indexed payee, bytes32 video, bytes32 formatHash, uint256 pricePerSegment, uint256 escrow, uint64 expiration);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ChannelOpened {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub payer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub payee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub video: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub formatHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub pricePerSegment: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub escrow: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub expiration: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ChannelOpened {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ChannelOpened(bytes32,address,address,bytes32,bytes32,uint256,uint256,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                3u8, 228u8, 56u8, 2u8, 244u8, 4u8, 31u8, 88u8, 19u8, 178u8, 135u8, 79u8,
                173u8, 171u8, 105u8, 32u8, 105u8, 238u8, 198u8, 226u8, 150u8, 45u8,
                155u8, 250u8, 191u8, 21u8, 136u8, 247u8, 45u8, 178u8, 62u8, 198u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    channelId: topics.1,
                    payer: topics.2,
                    payee: topics.3,
                    video: data.0,
                    formatHash: data.1,
                    pricePerSegment: data.2,
                    escrow: data.3,
                    expiration: data.4,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.video),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.formatHash),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerSegment),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.escrow),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiration),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.channelId.clone(),
                    self.payer.clone(),
                    self.payee.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.channelId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.payer,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.payee,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ChannelOpened {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ChannelOpened> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ChannelOpened) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ChannelSettled(bytes32,uint256)` and selector `0xe7d367a3deacc32ccfcbd6d5a2e64c3db740266155b811d67c6d758445c04d7d`.
```solidity
event ChannelSettled(bytes32 indexed channelId, uint256 refund);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ChannelSettled {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub refund: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ChannelSettled {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "ChannelSettled(bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                231u8, 211u8, 103u8, 163u8, 222u8, 172u8, 195u8, 44u8, 207u8, 203u8,
                214u8, 213u8, 162u8, 230u8, 76u8, 61u8, 183u8, 64u8, 38u8, 97u8, 85u8,
                184u8, 17u8, 214u8, 124u8, 109u8, 117u8, 132u8, 69u8, 192u8, 77u8, 125u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    channelId: topics.1,
                    refund: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.refund),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.channelId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.channelId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ChannelSettled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ChannelSettled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ChannelSettled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ChannelWithdrawn(bytes32,uint256,uint256,uint256)` and selector `0xd48170788ffaee7524bbed77577481d01e1404b9167702f23b61725764ad10d7`.
```solidity
event ChannelWithdrawn(bytes32 indexed channelId, uint256 balance, uint256 amount, uint256 withdrawn);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ChannelWithdrawn {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub withdrawn: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ChannelWithdrawn {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "ChannelWithdrawn(bytes32,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                212u8, 129u8, 112u8, 120u8, 143u8, 250u8, 238u8, 117u8, 36u8, 187u8,
                237u8, 119u8, 87u8, 116u8, 129u8, 208u8, 30u8, 20u8, 4u8, 185u8, 22u8,
                119u8, 2u8, 242u8, 59u8, 97u8, 114u8, 87u8, 100u8, 173u8, 16u8, 215u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    channelId: topics.1,
                    balance: data.0,
                    amount: data.1,
                    withdrawn: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.withdrawn),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.channelId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.channelId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ChannelWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ChannelWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ChannelWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Deposited(address,uint256)` and selector `0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4`.
```solidity
event Deposited(address indexed wallet, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Deposited {
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Deposited {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Deposited(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                45u8, 164u8, 102u8, 167u8, 178u8, 67u8, 4u8, 244u8, 126u8, 135u8, 250u8,
                46u8, 30u8, 90u8, 129u8, 185u8, 131u8, 28u8, 229u8, 79u8, 236u8, 25u8,
                5u8, 92u8, 226u8, 119u8, 202u8, 47u8, 57u8, 186u8, 66u8, 196u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    wallet: topics.1,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.wallet.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.wallet,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Deposited {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Deposited> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Deposited) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EIP712DomainChanged()` and selector `0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31`.
```solidity
event EIP712DomainChanged();
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EIP712DomainChanged;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EIP712DomainChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EIP712DomainChanged()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EIP712DomainChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EIP712DomainChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EIP712DomainChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Withdrawn(address,uint256)` and selector `0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5`.
```solidity
event Withdrawn(address indexed wallet, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Withdrawn {
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Withdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Withdrawn(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                112u8, 132u8, 245u8, 71u8, 102u8, 24u8, 216u8, 230u8, 11u8, 17u8, 239u8,
                13u8, 125u8, 63u8, 6u8, 145u8, 70u8, 85u8, 173u8, 184u8, 121u8, 62u8,
                40u8, 255u8, 127u8, 1u8, 141u8, 76u8, 118u8, 213u8, 5u8, 213u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    wallet: topics.1,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.wallet.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.wallet,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Withdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Withdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Withdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address pti, address users, address videos);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub pti: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub users: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub videos: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.pti, value.users, value.videos)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        pti: tuple.0,
                        users: tuple.1,
                        videos: tuple.2,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.pti,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.users,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.videos,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `BID_TYPEHASH()` and selector `0x51bb9b1e`.
```solidity
function BID_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BID_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`BID_TYPEHASH()`](BID_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BID_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<BID_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: BID_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BID_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<BID_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: BID_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BID_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for BID_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BID_TYPEHASH()";
            const SELECTOR: [u8; 4] = [81u8, 187u8, 155u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: BID_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: BID_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `PAYMENT_TYPEHASH()` and selector `0x6d3298cb`.
```solidity
function PAYMENT_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PAYMENT_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`PAYMENT_TYPEHASH()`](PAYMENT_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PAYMENT_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<PAYMENT_TYPEHASHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: PAYMENT_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for PAYMENT_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<PAYMENT_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: PAYMENT_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for PAYMENT_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for PAYMENT_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PAYMENT_TYPEHASH()";
            const SELECTOR: [u8; 4] = [109u8, 50u8, 152u8, 203u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: PAYMENT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: PAYMENT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `SIGNED_BID_TYPEHASH()` and selector `0x4ccfe34c`.
```solidity
function SIGNED_BID_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SIGNED_BID_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`SIGNED_BID_TYPEHASH()`](SIGNED_BID_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SIGNED_BID_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SIGNED_BID_TYPEHASHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: SIGNED_BID_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SIGNED_BID_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SIGNED_BID_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: SIGNED_BID_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SIGNED_BID_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for SIGNED_BID_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SIGNED_BID_TYPEHASH()";
            const SELECTOR: [u8; 4] = [76u8, 207u8, 227u8, 76u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: SIGNED_BID_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: SIGNED_BID_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `balanceOf(address)` and selector `0x70a08231`.
```solidity
function balanceOf(address wallet) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct balanceOfCall {
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`balanceOf(address)`](balanceOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct balanceOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<balanceOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: balanceOfCall) -> Self {
                    (value.wallet,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for balanceOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { wallet: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<balanceOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: balanceOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for balanceOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for balanceOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "balanceOf(address)";
            const SELECTOR: [u8; 4] = [112u8, 160u8, 130u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.wallet,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: balanceOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: balanceOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `bidDigest((bytes32,uint128,uint64,bytes32,string,address,address))` and selector `0x9bcf7fbd`.
```solidity
function bidDigest(IPaymentChannel.Bid memory bid) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct bidDigestCall {
        #[allow(missing_docs)]
        pub bid: <IPaymentChannel::Bid as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`bidDigest((bytes32,uint128,uint64,bytes32,string,address,address))`](bidDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct bidDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IPaymentChannel::Bid,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IPaymentChannel::Bid as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<bidDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: bidDigestCall) -> Self {
                    (value.bid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for bidDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bid: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<bidDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: bidDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for bidDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for bidDigestCall {
            type Parameters<'a> = (IPaymentChannel::Bid,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "bidDigest((bytes32,uint128,uint64,bytes32,string,address,address))";
            const SELECTOR: [u8; 4] = [155u8, 207u8, 127u8, 189u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IPaymentChannel::Bid as alloy_sol_types::SolType>::tokenize(
                        &self.bid,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: bidDigestReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: bidDigestReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `channelHash(bytes32)` and selector `0x7a08101c`.
```solidity
function channelHash(bytes32 channelId) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct channelHashCall {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`channelHash(bytes32)`](channelHashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct channelHashReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<channelHashCall> for UnderlyingRustTuple<'_> {
                fn from(value: channelHashCall) -> Self {
                    (value.channelId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for channelHashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { channelId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<channelHashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: channelHashReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for channelHashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for channelHashCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "channelHash(bytes32)";
            const SELECTOR: [u8; 4] = [122u8, 8u8, 16u8, 28u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: channelHashReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: channelHashReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `close(bytes32,(address,address,uint256,uint256,uint256,uint64),uint256,bytes)` and selector `0x279a0565`.
```solidity
function close(bytes32 channelId, IPaymentChannel.Channel memory channel, uint256 balance, bytes memory signature) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeCall {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`close(bytes32,(address,address,uint256,uint256,uint256,uint64),uint256,bytes)`](closeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IPaymentChannel::Channel,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<closeCall> for UnderlyingRustTuple<'_> {
                fn from(value: closeCall) -> Self {
                    (value.channelId, value.channel, value.balance, value.signature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        channelId: tuple.0,
                        channel: tuple.1,
                        balance: tuple.2,
                        signature: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<closeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: closeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl closeReturn {
            fn _tokenize(
                &self,
            ) -> <closeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for closeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IPaymentChannel::Channel,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = closeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "close(bytes32,(address,address,uint256,uint256,uint256,uint64),uint256,bytes)";
            const SELECTOR: [u8; 4] = [39u8, 154u8, 5u8, 101u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <IPaymentChannel::Channel as alloy_sol_types::SolType>::tokenize(
                        &self.channel,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                closeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    /**Function with signature `closeMany((bytes32,(address,address,uint256,uint256,uint256,uint64),uint256,bytes)[])` and selector `0x7ec836e4`.
```solidity
function closeMany(IPaymentChannel.CloseRequest[] memory requests) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeManyCall {
        #[allow(missing_docs)]
        pub requests: alloy::sol_types::private::Vec<
            <IPaymentChannel::CloseRequest as alloy::sol_types::SolType>::RustType,
        >,
    }
    ///Container type for the return parameters of the [`closeMany((bytes32,(address,address,uint256,uint256,uint256,uint64),uint256,bytes)[])`](closeManyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeManyReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<IPaymentChannel::CloseRequest>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    <IPaymentChannel::CloseRequest as alloy::sol_types::SolType>::RustType,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<closeManyCall> for UnderlyingRustTuple<'_> {
                fn from(value: closeManyCall) -> Self {
                    (value.requests,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeManyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requests: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<closeManyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: closeManyReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeManyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl closeManyReturn {
            fn _tokenize(
                &self,
            ) -> <closeManyCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for closeManyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<IPaymentChannel::CloseRequest>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = closeManyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "closeMany((bytes32,(address,address,uint256,uint256,uint256,uint64),uint256,bytes)[])";
            const SELECTOR: [u8; 4] = [126u8, 200u8, 54u8, 228u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        IPaymentChannel::CloseRequest,
                    > as alloy_sol_types::SolType>::tokenize(&self.requests),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                closeManyReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `deposit(uint256)` and selector `0xb6b55f25`.
```solidity
function deposit(uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositCall {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`deposit(uint256)`](depositCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<depositCall> for UnderlyingRustTuple<'_> {
                fn from(value: depositCall) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for depositCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<depositReturn> for UnderlyingRustTuple<'_> {
                fn from(value: depositReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for depositReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl depositReturn {
            fn _tokenize(
                &self,
            ) -> <depositCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for depositCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = depositReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "deposit(uint256)";
            const SELECTOR: [u8; 4] = [182u8, 181u8, 95u8, 37u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                depositReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `depositWithPermit(uint256,uint256,uint8,bytes32,bytes32)` and selector `0x4a970be7`.
```solidity
function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositWithPermitCall {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub v: u8,
        #[allow(missing_docs)]
        pub r: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub s: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`depositWithPermit(uint256,uint256,uint8,bytes32,bytes32)`](depositWithPermitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositWithPermitReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<depositWithPermitCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: depositWithPermitCall) -> Self {
                    (value.amount, value.deadline, value.v, value.r, value.s)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for depositWithPermitCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        amount: tuple.0,
                        deadline: tuple.1,
                        v: tuple.2,
                        r: tuple.3,
                        s: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<depositWithPermitReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: depositWithPermitReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for depositWithPermitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl depositWithPermitReturn {
            fn _tokenize(
                &self,
            ) -> <depositWithPermitCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for depositWithPermitCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = depositWithPermitReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "depositWithPermit(uint256,uint256,uint8,bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [74u8, 151u8, 11u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.v),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.r),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.s),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                depositWithPermitReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eip712Domain()` and selector `0x84b0196e`.
```solidity
function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eip712Domain()`](eip712DomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainReturn {
        #[allow(missing_docs)]
        pub fields: alloy::sol_types::private::FixedBytes<1>,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub version: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub verifyingContract: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub extensions: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<1>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainReturn) -> Self {
                    (
                        value.fields,
                        value.name,
                        value.version,
                        value.chainId,
                        value.verifyingContract,
                        value.salt,
                        value.extensions,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fields: tuple.0,
                        name: tuple.1,
                        version: tuple.2,
                        chainId: tuple.3,
                        verifyingContract: tuple.4,
                        salt: tuple.5,
                        extensions: tuple.6,
                    }
                }
            }
        }
        impl eip712DomainReturn {
            fn _tokenize(
                &self,
            ) -> <eip712DomainCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        1,
                    > as alloy_sol_types::SolType>::tokenize(&self.fields),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifyingContract,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.extensions),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eip712DomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = eip712DomainReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eip712Domain()";
            const SELECTOR: [u8; 4] = [132u8, 176u8, 25u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                eip712DomainReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hashChannel((address,address,uint256,uint256,uint256,uint64))` and selector `0xd5fd6f08`.
```solidity
function hashChannel(IPaymentChannel.Channel memory channel) external pure returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hashChannelCall {
        #[allow(missing_docs)]
        pub channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hashChannel((address,address,uint256,uint256,uint256,uint64))`](hashChannelCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hashChannelReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IPaymentChannel::Channel,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hashChannelCall> for UnderlyingRustTuple<'_> {
                fn from(value: hashChannelCall) -> Self {
                    (value.channel,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hashChannelCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { channel: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hashChannelReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hashChannelReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hashChannelReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hashChannelCall {
            type Parameters<'a> = (IPaymentChannel::Channel,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hashChannel((address,address,uint256,uint256,uint256,uint64))";
            const SELECTOR: [u8; 4] = [213u8, 253u8, 111u8, 8u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IPaymentChannel::Channel as alloy_sol_types::SolType>::tokenize(
                        &self.channel,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hashChannelReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hashChannelReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nonceOf(address)` and selector `0xed2a2d64`.
```solidity
function nonceOf(address wallet) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nonceOfCall {
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nonceOf(address)`](nonceOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nonceOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nonceOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: nonceOfCall) -> Self {
                    (value.wallet,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nonceOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { wallet: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nonceOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nonceOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nonceOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nonceOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nonceOf(address)";
            const SELECTOR: [u8; 4] = [237u8, 42u8, 45u8, 100u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.wallet,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nonceOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nonceOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `open((bytes32,uint128,uint64,bytes32,string,address,address),bytes,bytes)` and selector `0xeca842e0`.
```solidity
function open(IPaymentChannel.Bid memory bid, bytes memory walletSignature, bytes memory bidderSignature) external returns (bytes32 channelId, IPaymentChannel.Channel memory channel);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openCall {
        #[allow(missing_docs)]
        pub bid: <IPaymentChannel::Bid as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub walletSignature: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub bidderSignature: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`open((bytes32,uint128,uint64,bytes32,string,address,address),bytes,bytes)`](openCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openReturn {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IPaymentChannel::Bid,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IPaymentChannel::Bid as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<openCall> for UnderlyingRustTuple<'_> {
                fn from(value: openCall) -> Self {
                    (value.bid, value.walletSignature, value.bidderSignature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        bid: tuple.0,
                        walletSignature: tuple.1,
                        bidderSignature: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IPaymentChannel::Channel,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<openReturn> for UnderlyingRustTuple<'_> {
                fn from(value: openReturn) -> Self {
                    (value.channelId, value.channel)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        channelId: tuple.0,
                        channel: tuple.1,
                    }
                }
            }
        }
        impl openReturn {
            fn _tokenize(
                &self,
            ) -> <openCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <IPaymentChannel::Channel as alloy_sol_types::SolType>::tokenize(
                        &self.channel,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for openCall {
            type Parameters<'a> = (
                IPaymentChannel::Bid,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = openReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IPaymentChannel::Channel,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "open((bytes32,uint128,uint64,bytes32,string,address,address),bytes,bytes)";
            const SELECTOR: [u8; 4] = [236u8, 168u8, 66u8, 224u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IPaymentChannel::Bid as alloy_sol_types::SolType>::tokenize(
                        &self.bid,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.walletSignature,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.bidderSignature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                openReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `paymentDigest(bytes32,uint256)` and selector `0x41b6fcf7`.
```solidity
function paymentDigest(bytes32 channelId, uint256 balance) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct paymentDigestCall {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`paymentDigest(bytes32,uint256)`](paymentDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct paymentDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<paymentDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: paymentDigestCall) -> Self {
                    (value.channelId, value.balance)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for paymentDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        channelId: tuple.0,
                        balance: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<paymentDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: paymentDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for paymentDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for paymentDigestCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "paymentDigest(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [65u8, 182u8, 252u8, 247u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: paymentDigestReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: paymentDigestReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `payoutOf((address,address,uint256,uint256,uint256,uint64),uint256)` and selector `0xd43b0570`.
```solidity
function payoutOf(IPaymentChannel.Channel memory channel, uint256 balance) external pure returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct payoutOfCall {
        #[allow(missing_docs)]
        pub channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`payoutOf((address,address,uint256,uint256,uint256,uint64),uint256)`](payoutOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct payoutOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IPaymentChannel::Channel,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<payoutOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: payoutOfCall) -> Self {
                    (value.channel, value.balance)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for payoutOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        channel: tuple.0,
                        balance: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<payoutOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: payoutOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for payoutOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for payoutOfCall {
            type Parameters<'a> = (
                IPaymentChannel::Channel,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "payoutOf((address,address,uint256,uint256,uint256,uint64),uint256)";
            const SELECTOR: [u8; 4] = [212u8, 59u8, 5u8, 112u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IPaymentChannel::Channel as alloy_sol_types::SolType>::tokenize(
                        &self.channel,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: payoutOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: payoutOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `settle(bytes32,(address,address,uint256,uint256,uint256,uint64))` and selector `0xb9cc250f`.
```solidity
function settle(bytes32 channelId, IPaymentChannel.Channel memory channel) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct settleCall {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`settle(bytes32,(address,address,uint256,uint256,uint256,uint64))`](settleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct settleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IPaymentChannel::Channel,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<settleCall> for UnderlyingRustTuple<'_> {
                fn from(value: settleCall) -> Self {
                    (value.channelId, value.channel)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for settleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        channelId: tuple.0,
                        channel: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<settleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: settleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for settleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl settleReturn {
            fn _tokenize(
                &self,
            ) -> <settleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for settleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IPaymentChannel::Channel,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = settleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "settle(bytes32,(address,address,uint256,uint256,uint256,uint64))";
            const SELECTOR: [u8; 4] = [185u8, 204u8, 37u8, 15u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <IPaymentChannel::Channel as alloy_sol_types::SolType>::tokenize(
                        &self.channel,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                settleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `signedBidDigest((bytes32,uint128,uint64,bytes32,string,address,address),bytes)` and selector `0x8f48a29b`.
```solidity
function signedBidDigest(IPaymentChannel.Bid memory bid, bytes memory walletSignature) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signedBidDigestCall {
        #[allow(missing_docs)]
        pub bid: <IPaymentChannel::Bid as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub walletSignature: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`signedBidDigest((bytes32,uint128,uint64,bytes32,string,address,address),bytes)`](signedBidDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signedBidDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IPaymentChannel::Bid,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IPaymentChannel::Bid as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signedBidDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: signedBidDigestCall) -> Self {
                    (value.bid, value.walletSignature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signedBidDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        bid: tuple.0,
                        walletSignature: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signedBidDigestReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: signedBidDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for signedBidDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for signedBidDigestCall {
            type Parameters<'a> = (
                IPaymentChannel::Bid,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "signedBidDigest((bytes32,uint128,uint64,bytes32,string,address,address),bytes)";
            const SELECTOR: [u8; 4] = [143u8, 72u8, 162u8, 155u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IPaymentChannel::Bid as alloy_sol_types::SolType>::tokenize(
                        &self.bid,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.walletSignature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: signedBidDigestReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: signedBidDigestReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `token()` and selector `0xfc0c546a`.
```solidity
function token() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`token()`](tokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "token()";
            const SELECTOR: [u8; 4] = [252u8, 12u8, 84u8, 106u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `userRegistry()` and selector `0x5c7460d6`.
```solidity
function userRegistry() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct userRegistryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`userRegistry()`](userRegistryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct userRegistryReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<userRegistryCall> for UnderlyingRustTuple<'_> {
                fn from(value: userRegistryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for userRegistryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<userRegistryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: userRegistryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for userRegistryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for userRegistryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "userRegistry()";
            const SELECTOR: [u8; 4] = [92u8, 116u8, 96u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: userRegistryReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: userRegistryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `videoRegistry()` and selector `0x1586f0f7`.
```solidity
function videoRegistry() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videoRegistryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`videoRegistry()`](videoRegistryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videoRegistryReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<videoRegistryCall> for UnderlyingRustTuple<'_> {
                fn from(value: videoRegistryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for videoRegistryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<videoRegistryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: videoRegistryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for videoRegistryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for videoRegistryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "videoRegistry()";
            const SELECTOR: [u8; 4] = [21u8, 134u8, 240u8, 247u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: videoRegistryReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: videoRegistryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdraw(uint256)` and selector `0x2e1a7d4d`.
```solidity
function withdraw(uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawCall {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`withdraw(uint256)`](withdrawCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawCall) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawReturn {
            fn _tokenize(
                &self,
            ) -> <withdrawCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdraw(uint256)";
            const SELECTOR: [u8; 4] = [46u8, 26u8, 125u8, 77u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawFromChannel(bytes32,(address,address,uint256,uint256,uint256,uint64),uint256,bytes)` and selector `0x2bab6ce7`.
```solidity
function withdrawFromChannel(bytes32 channelId, IPaymentChannel.Channel memory channel, uint256 balance, bytes memory signature) external returns (IPaymentChannel.Channel memory updated);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawFromChannelCall {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub balance: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`withdrawFromChannel(bytes32,(address,address,uint256,uint256,uint256,uint64),uint256,bytes)`](withdrawFromChannelCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawFromChannelReturn {
        #[allow(missing_docs)]
        pub updated: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IPaymentChannel::Channel,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawFromChannelCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawFromChannelCall) -> Self {
                    (value.channelId, value.channel, value.balance, value.signature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawFromChannelCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        channelId: tuple.0,
                        channel: tuple.1,
                        balance: tuple.2,
                        signature: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IPaymentChannel::Channel,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawFromChannelReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawFromChannelReturn) -> Self {
                    (value.updated,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawFromChannelReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { updated: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawFromChannelCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IPaymentChannel::Channel,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IPaymentChannel::Channel,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawFromChannel(bytes32,(address,address,uint256,uint256,uint256,uint64),uint256,bytes)";
            const SELECTOR: [u8; 4] = [43u8, 171u8, 108u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.channelId),
                    <IPaymentChannel::Channel as alloy_sol_types::SolType>::tokenize(
                        &self.channel,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.balance),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IPaymentChannel::Channel as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: withdrawFromChannelReturn = r.into();
                        r.updated
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: withdrawFromChannelReturn = r.into();
                        r.updated
                    })
            }
        }
    };
    ///Container for all the [`PaymentChannel`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum PaymentChannelCalls {
        #[allow(missing_docs)]
        BID_TYPEHASH(BID_TYPEHASHCall),
        #[allow(missing_docs)]
        PAYMENT_TYPEHASH(PAYMENT_TYPEHASHCall),
        #[allow(missing_docs)]
        SIGNED_BID_TYPEHASH(SIGNED_BID_TYPEHASHCall),
        #[allow(missing_docs)]
        balanceOf(balanceOfCall),
        #[allow(missing_docs)]
        bidDigest(bidDigestCall),
        #[allow(missing_docs)]
        channelHash(channelHashCall),
        #[allow(missing_docs)]
        close(closeCall),
        #[allow(missing_docs)]
        closeMany(closeManyCall),
        #[allow(missing_docs)]
        deposit(depositCall),
        #[allow(missing_docs)]
        depositWithPermit(depositWithPermitCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        hashChannel(hashChannelCall),
        #[allow(missing_docs)]
        nonceOf(nonceOfCall),
        #[allow(missing_docs)]
        open(openCall),
        #[allow(missing_docs)]
        paymentDigest(paymentDigestCall),
        #[allow(missing_docs)]
        payoutOf(payoutOfCall),
        #[allow(missing_docs)]
        settle(settleCall),
        #[allow(missing_docs)]
        signedBidDigest(signedBidDigestCall),
        #[allow(missing_docs)]
        token(tokenCall),
        #[allow(missing_docs)]
        userRegistry(userRegistryCall),
        #[allow(missing_docs)]
        videoRegistry(videoRegistryCall),
        #[allow(missing_docs)]
        withdraw(withdrawCall),
        #[allow(missing_docs)]
        withdrawFromChannel(withdrawFromChannelCall),
    }
    impl PaymentChannelCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [21u8, 134u8, 240u8, 247u8],
            [39u8, 154u8, 5u8, 101u8],
            [43u8, 171u8, 108u8, 231u8],
            [46u8, 26u8, 125u8, 77u8],
            [65u8, 182u8, 252u8, 247u8],
            [74u8, 151u8, 11u8, 231u8],
            [76u8, 207u8, 227u8, 76u8],
            [81u8, 187u8, 155u8, 30u8],
            [92u8, 116u8, 96u8, 214u8],
            [109u8, 50u8, 152u8, 203u8],
            [112u8, 160u8, 130u8, 49u8],
            [122u8, 8u8, 16u8, 28u8],
            [126u8, 200u8, 54u8, 228u8],
            [132u8, 176u8, 25u8, 110u8],
            [143u8, 72u8, 162u8, 155u8],
            [155u8, 207u8, 127u8, 189u8],
            [182u8, 181u8, 95u8, 37u8],
            [185u8, 204u8, 37u8, 15u8],
            [212u8, 59u8, 5u8, 112u8],
            [213u8, 253u8, 111u8, 8u8],
            [236u8, 168u8, 66u8, 224u8],
            [237u8, 42u8, 45u8, 100u8],
            [252u8, 12u8, 84u8, 106u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(videoRegistry),
            ::core::stringify!(close),
            ::core::stringify!(withdrawFromChannel),
            ::core::stringify!(withdraw),
            ::core::stringify!(paymentDigest),
            ::core::stringify!(depositWithPermit),
            ::core::stringify!(SIGNED_BID_TYPEHASH),
            ::core::stringify!(BID_TYPEHASH),
            ::core::stringify!(userRegistry),
            ::core::stringify!(PAYMENT_TYPEHASH),
            ::core::stringify!(balanceOf),
            ::core::stringify!(channelHash),
            ::core::stringify!(closeMany),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(signedBidDigest),
            ::core::stringify!(bidDigest),
            ::core::stringify!(deposit),
            ::core::stringify!(settle),
            ::core::stringify!(payoutOf),
            ::core::stringify!(hashChannel),
            ::core::stringify!(open),
            ::core::stringify!(nonceOf),
            ::core::stringify!(token),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <videoRegistryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawFromChannelCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paymentDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <depositWithPermitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SIGNED_BID_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <BID_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <userRegistryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <PAYMENT_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <balanceOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <channelHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeManyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <signedBidDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <bidDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <depositCall as alloy_sol_types::SolCall>::SIGNATURE,
            <settleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <payoutOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hashChannelCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nonceOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for PaymentChannelCalls {
        const NAME: &'static str = "PaymentChannelCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 23usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::BID_TYPEHASH(_) => {
                    <BID_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::PAYMENT_TYPEHASH(_) => {
                    <PAYMENT_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::SIGNED_BID_TYPEHASH(_) => {
                    <SIGNED_BID_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::balanceOf(_) => {
                    <balanceOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::bidDigest(_) => {
                    <bidDigestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::channelHash(_) => {
                    <channelHashCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::close(_) => <closeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::closeMany(_) => {
                    <closeManyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::deposit(_) => <depositCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::depositWithPermit(_) => {
                    <depositWithPermitCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::eip712Domain(_) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hashChannel(_) => {
                    <hashChannelCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::nonceOf(_) => <nonceOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::open(_) => <openCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::paymentDigest(_) => {
                    <paymentDigestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::payoutOf(_) => <payoutOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::settle(_) => <settleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::signedBidDigest(_) => {
                    <signedBidDigestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::token(_) => <tokenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::userRegistry(_) => {
                    <userRegistryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::videoRegistry(_) => {
                    <videoRegistryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::withdraw(_) => <withdrawCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdrawFromChannel(_) => {
                    <withdrawFromChannelCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<PaymentChannelCalls>] = &[
                {
                    fn videoRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <videoRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::videoRegistry)
                    }
                    videoRegistry
                },
                {
                    fn close(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <closeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::close)
                    }
                    close
                },
                {
                    fn withdrawFromChannel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <withdrawFromChannelCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::withdrawFromChannel)
                    }
                    withdrawFromChannel
                },
                {
                    fn withdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn paymentDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <paymentDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::paymentDigest)
                    }
                    paymentDigest
                },
                {
                    fn depositWithPermit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <depositWithPermitCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::depositWithPermit)
                    }
                    depositWithPermit
                },
                {
                    fn SIGNED_BID_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <SIGNED_BID_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::SIGNED_BID_TYPEHASH)
                    }
                    SIGNED_BID_TYPEHASH
                },
                {
                    fn BID_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <BID_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::BID_TYPEHASH)
                    }
                    BID_TYPEHASH
                },
                {
                    fn userRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <userRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::userRegistry)
                    }
                    userRegistry
                },
                {
                    fn PAYMENT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <PAYMENT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::PAYMENT_TYPEHASH)
                    }
                    PAYMENT_TYPEHASH
                },
                {
                    fn balanceOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <balanceOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::balanceOf)
                    }
                    balanceOf
                },
                {
                    fn channelHash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <channelHashCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::channelHash)
                    }
                    channelHash
                },
                {
                    fn closeMany(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <closeManyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::closeMany)
                    }
                    closeMany
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn signedBidDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <signedBidDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::signedBidDigest)
                    }
                    signedBidDigest
                },
                {
                    fn bidDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <bidDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::bidDigest)
                    }
                    bidDigest
                },
                {
                    fn deposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <depositCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::deposit)
                    }
                    deposit
                },
                {
                    fn settle(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <settleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::settle)
                    }
                    settle
                },
                {
                    fn payoutOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <payoutOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::payoutOf)
                    }
                    payoutOf
                },
                {
                    fn hashChannel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <hashChannelCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::hashChannel)
                    }
                    hashChannel
                },
                {
                    fn open(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <openCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::open)
                    }
                    open
                },
                {
                    fn nonceOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <nonceOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::nonceOf)
                    }
                    nonceOf
                },
                {
                    fn token(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::token)
                    }
                    token
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<PaymentChannelCalls>] = &[
                {
                    fn videoRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <videoRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::videoRegistry)
                    }
                    videoRegistry
                },
                {
                    fn close(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <closeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::close)
                    }
                    close
                },
                {
                    fn withdrawFromChannel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <withdrawFromChannelCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::withdrawFromChannel)
                    }
                    withdrawFromChannel
                },
                {
                    fn withdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn paymentDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <paymentDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::paymentDigest)
                    }
                    paymentDigest
                },
                {
                    fn depositWithPermit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <depositWithPermitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::depositWithPermit)
                    }
                    depositWithPermit
                },
                {
                    fn SIGNED_BID_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <SIGNED_BID_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::SIGNED_BID_TYPEHASH)
                    }
                    SIGNED_BID_TYPEHASH
                },
                {
                    fn BID_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <BID_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::BID_TYPEHASH)
                    }
                    BID_TYPEHASH
                },
                {
                    fn userRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <userRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::userRegistry)
                    }
                    userRegistry
                },
                {
                    fn PAYMENT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <PAYMENT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::PAYMENT_TYPEHASH)
                    }
                    PAYMENT_TYPEHASH
                },
                {
                    fn balanceOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <balanceOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::balanceOf)
                    }
                    balanceOf
                },
                {
                    fn channelHash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <channelHashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::channelHash)
                    }
                    channelHash
                },
                {
                    fn closeMany(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <closeManyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::closeMany)
                    }
                    closeMany
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn signedBidDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <signedBidDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::signedBidDigest)
                    }
                    signedBidDigest
                },
                {
                    fn bidDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <bidDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::bidDigest)
                    }
                    bidDigest
                },
                {
                    fn deposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <depositCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::deposit)
                    }
                    deposit
                },
                {
                    fn settle(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <settleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::settle)
                    }
                    settle
                },
                {
                    fn payoutOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <payoutOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::payoutOf)
                    }
                    payoutOf
                },
                {
                    fn hashChannel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <hashChannelCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::hashChannel)
                    }
                    hashChannel
                },
                {
                    fn open(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <openCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::open)
                    }
                    open
                },
                {
                    fn nonceOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <nonceOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::nonceOf)
                    }
                    nonceOf
                },
                {
                    fn token(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::token)
                    }
                    token
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::BID_TYPEHASH(inner) => {
                    <BID_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PAYMENT_TYPEHASH(inner) => {
                    <PAYMENT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SIGNED_BID_TYPEHASH(inner) => {
                    <SIGNED_BID_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::balanceOf(inner) => {
                    <balanceOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::bidDigest(inner) => {
                    <bidDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::channelHash(inner) => {
                    <channelHashCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::close(inner) => {
                    <closeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::closeMany(inner) => {
                    <closeManyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::deposit(inner) => {
                    <depositCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::depositWithPermit(inner) => {
                    <depositWithPermitCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::hashChannel(inner) => {
                    <hashChannelCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::nonceOf(inner) => {
                    <nonceOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::open(inner) => {
                    <openCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::paymentDigest(inner) => {
                    <paymentDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::payoutOf(inner) => {
                    <payoutOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::settle(inner) => {
                    <settleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::signedBidDigest(inner) => {
                    <signedBidDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::userRegistry(inner) => {
                    <userRegistryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::videoRegistry(inner) => {
                    <videoRegistryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::withdraw(inner) => {
                    <withdrawCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::withdrawFromChannel(inner) => {
                    <withdrawFromChannelCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::BID_TYPEHASH(inner) => {
                    <BID_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PAYMENT_TYPEHASH(inner) => {
                    <PAYMENT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SIGNED_BID_TYPEHASH(inner) => {
                    <SIGNED_BID_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::balanceOf(inner) => {
                    <balanceOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::bidDigest(inner) => {
                    <bidDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::channelHash(inner) => {
                    <channelHashCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::close(inner) => {
                    <closeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::closeMany(inner) => {
                    <closeManyCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::deposit(inner) => {
                    <depositCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::depositWithPermit(inner) => {
                    <depositWithPermitCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hashChannel(inner) => {
                    <hashChannelCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::nonceOf(inner) => {
                    <nonceOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::open(inner) => {
                    <openCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::paymentDigest(inner) => {
                    <paymentDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::payoutOf(inner) => {
                    <payoutOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::settle(inner) => {
                    <settleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::signedBidDigest(inner) => {
                    <signedBidDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::userRegistry(inner) => {
                    <userRegistryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::videoRegistry(inner) => {
                    <videoRegistryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdraw(inner) => {
                    <withdrawCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawFromChannel(inner) => {
                    <withdrawFromChannelCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`PaymentChannel`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum PaymentChannelErrors {
        #[allow(missing_docs)]
        BalanceExceedsSegments(BalanceExceedsSegments),
        #[allow(missing_docs)]
        BalanceOverflow(BalanceOverflow),
        #[allow(missing_docs)]
        BidExpired(BidExpired),
        #[allow(missing_docs)]
        BidderKeyNotAuthorized(BidderKeyNotAuthorized),
        #[allow(missing_docs)]
        ChannelAlreadyOpen(ChannelAlreadyOpen),
        #[allow(missing_docs)]
        ChannelExpired(ChannelExpired),
        #[allow(missing_docs)]
        ChannelNotExpired(ChannelNotExpired),
        #[allow(missing_docs)]
        ChannelNotFound(ChannelNotFound),
        #[allow(missing_docs)]
        CounterpartyKeyNotAuthorized(CounterpartyKeyNotAuthorized),
        #[allow(missing_docs)]
        InsufficientBalance(InsufficientBalance),
        #[allow(missing_docs)]
        InvalidBidderSignature(InvalidBidderSignature),
        #[allow(missing_docs)]
        InvalidPaymentSignature(InvalidPaymentSignature),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        InvalidWalletSignature(InvalidWalletSignature),
        #[allow(missing_docs)]
        NonceMismatch(NonceMismatch),
        #[allow(missing_docs)]
        NotPayee(NotPayee),
        #[allow(missing_docs)]
        NothingToWithdraw(NothingToWithdraw),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        SelfChannel(SelfChannel),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
        #[allow(missing_docs)]
        VideoNotAvailable(VideoNotAvailable),
        #[allow(missing_docs)]
        ZeroAmount(ZeroAmount),
        #[allow(missing_docs)]
        ZeroRate(ZeroRate),
    }
    impl PaymentChannelErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [9u8, 93u8, 2u8, 41u8],
            [31u8, 42u8, 32u8, 5u8],
            [41u8, 157u8, 207u8, 154u8],
            [46u8, 110u8, 218u8, 45u8],
            [48u8, 90u8, 39u8, 169u8],
            [54u8, 139u8, 120u8, 37u8],
            [62u8, 200u8, 73u8, 40u8],
            [63u8, 206u8, 203u8, 219u8],
            [82u8, 116u8, 175u8, 231u8],
            [83u8, 220u8, 35u8, 165u8],
            [85u8, 65u8, 187u8, 188u8],
            [87u8, 108u8, 225u8, 219u8],
            [136u8, 143u8, 43u8, 15u8],
            [137u8, 87u8, 231u8, 230u8],
            [142u8, 92u8, 39u8, 106u8],
            [159u8, 187u8, 97u8, 194u8],
            [179u8, 81u8, 43u8, 12u8],
            [189u8, 229u8, 152u8, 48u8],
            [200u8, 215u8, 2u8, 31u8],
            [219u8, 66u8, 20u8, 77u8],
            [243u8, 131u8, 177u8, 62u8],
            [244u8, 98u8, 137u8, 119u8],
            [247u8, 63u8, 61u8, 22u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ChannelAlreadyOpen),
            ::core::stringify!(ZeroAmount),
            ::core::stringify!(ZeroRate),
            ::core::stringify!(InvalidWalletSignature),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(ChannelNotExpired),
            ::core::stringify!(NonceMismatch),
            ::core::stringify!(ChannelExpired),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(InvalidPaymentSignature),
            ::core::stringify!(VideoNotAvailable),
            ::core::stringify!(CounterpartyKeyNotAuthorized),
            ::core::stringify!(InvalidBidderSignature),
            ::core::stringify!(NotPayee),
            ::core::stringify!(NothingToWithdraw),
            ::core::stringify!(BalanceOverflow),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(BidderKeyNotAuthorized),
            ::core::stringify!(BidExpired),
            ::core::stringify!(InsufficientBalance),
            ::core::stringify!(ChannelNotFound),
            ::core::stringify!(BalanceExceedsSegments),
            ::core::stringify!(SelfChannel),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ChannelAlreadyOpen as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroAmount as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroRate as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidWalletSignature as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <ChannelNotExpired as alloy_sol_types::SolError>::SIGNATURE,
            <NonceMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <ChannelExpired as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidPaymentSignature as alloy_sol_types::SolError>::SIGNATURE,
            <VideoNotAvailable as alloy_sol_types::SolError>::SIGNATURE,
            <CounterpartyKeyNotAuthorized as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidBidderSignature as alloy_sol_types::SolError>::SIGNATURE,
            <NotPayee as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToWithdraw as alloy_sol_types::SolError>::SIGNATURE,
            <BalanceOverflow as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <BidderKeyNotAuthorized as alloy_sol_types::SolError>::SIGNATURE,
            <BidExpired as alloy_sol_types::SolError>::SIGNATURE,
            <InsufficientBalance as alloy_sol_types::SolError>::SIGNATURE,
            <ChannelNotFound as alloy_sol_types::SolError>::SIGNATURE,
            <BalanceExceedsSegments as alloy_sol_types::SolError>::SIGNATURE,
            <SelfChannel as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for PaymentChannelErrors {
        const NAME: &'static str = "PaymentChannelErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 23usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::BalanceExceedsSegments(_) => {
                    <BalanceExceedsSegments as alloy_sol_types::SolError>::SELECTOR
                }
                Self::BalanceOverflow(_) => {
                    <BalanceOverflow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::BidExpired(_) => {
                    <BidExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::BidderKeyNotAuthorized(_) => {
                    <BidderKeyNotAuthorized as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ChannelAlreadyOpen(_) => {
                    <ChannelAlreadyOpen as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ChannelExpired(_) => {
                    <ChannelExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ChannelNotExpired(_) => {
                    <ChannelNotExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ChannelNotFound(_) => {
                    <ChannelNotFound as alloy_sol_types::SolError>::SELECTOR
                }
                Self::CounterpartyKeyNotAuthorized(_) => {
                    <CounterpartyKeyNotAuthorized as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InsufficientBalance(_) => {
                    <InsufficientBalance as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidBidderSignature(_) => {
                    <InvalidBidderSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidPaymentSignature(_) => {
                    <InvalidPaymentSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidShortString(_) => {
                    <InvalidShortString as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidWalletSignature(_) => {
                    <InvalidWalletSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NonceMismatch(_) => {
                    <NonceMismatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotPayee(_) => <NotPayee as alloy_sol_types::SolError>::SELECTOR,
                Self::NothingToWithdraw(_) => {
                    <NothingToWithdraw as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SelfChannel(_) => {
                    <SelfChannel as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => {
                    <StringTooLong as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VideoNotAvailable(_) => {
                    <VideoNotAvailable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAmount(_) => {
                    <ZeroAmount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroRate(_) => <ZeroRate as alloy_sol_types::SolError>::SELECTOR,
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<PaymentChannelErrors>] = &[
                {
                    fn ChannelAlreadyOpen(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ChannelAlreadyOpen as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::ChannelAlreadyOpen)
                    }
                    ChannelAlreadyOpen
                },
                {
                    fn ZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ZeroAmount as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(PaymentChannelErrors::ZeroAmount)
                    }
                    ZeroAmount
                },
                {
                    fn ZeroRate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ZeroRate as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(PaymentChannelErrors::ZeroRate)
                    }
                    ZeroRate
                },
                {
                    fn InvalidWalletSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InvalidWalletSignature as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::InvalidWalletSignature)
                    }
                    InvalidWalletSignature
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn ChannelNotExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ChannelNotExpired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::ChannelNotExpired)
                    }
                    ChannelNotExpired
                },
                {
                    fn NonceMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <NonceMismatch as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::NonceMismatch)
                    }
                    NonceMismatch
                },
                {
                    fn ChannelExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ChannelExpired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::ChannelExpired)
                    }
                    ChannelExpired
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn InvalidPaymentSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InvalidPaymentSignature as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::InvalidPaymentSignature)
                    }
                    InvalidPaymentSignature
                },
                {
                    fn VideoNotAvailable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <VideoNotAvailable as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::VideoNotAvailable)
                    }
                    VideoNotAvailable
                },
                {
                    fn CounterpartyKeyNotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <CounterpartyKeyNotAuthorized as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::CounterpartyKeyNotAuthorized)
                    }
                    CounterpartyKeyNotAuthorized
                },
                {
                    fn InvalidBidderSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InvalidBidderSignature as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::InvalidBidderSignature)
                    }
                    InvalidBidderSignature
                },
                {
                    fn NotPayee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <NotPayee as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(PaymentChannelErrors::NotPayee)
                    }
                    NotPayee
                },
                {
                    fn NothingToWithdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <NothingToWithdraw as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::NothingToWithdraw)
                    }
                    NothingToWithdraw
                },
                {
                    fn BalanceOverflow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <BalanceOverflow as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::BalanceOverflow)
                    }
                    BalanceOverflow
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn BidderKeyNotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <BidderKeyNotAuthorized as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::BidderKeyNotAuthorized)
                    }
                    BidderKeyNotAuthorized
                },
                {
                    fn BidExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <BidExpired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(PaymentChannelErrors::BidExpired)
                    }
                    BidExpired
                },
                {
                    fn InsufficientBalance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InsufficientBalance as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::InsufficientBalance)
                    }
                    InsufficientBalance
                },
                {
                    fn ChannelNotFound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ChannelNotFound as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::ChannelNotFound)
                    }
                    ChannelNotFound
                },
                {
                    fn BalanceExceedsSegments(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <BalanceExceedsSegments as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::BalanceExceedsSegments)
                    }
                    BalanceExceedsSegments
                },
                {
                    fn SelfChannel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <SelfChannel as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(PaymentChannelErrors::SelfChannel)
                    }
                    SelfChannel
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<PaymentChannelErrors>] = &[
                {
                    fn ChannelAlreadyOpen(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ChannelAlreadyOpen as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::ChannelAlreadyOpen)
                    }
                    ChannelAlreadyOpen
                },
                {
                    fn ZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ZeroAmount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::ZeroAmount)
                    }
                    ZeroAmount
                },
                {
                    fn ZeroRate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ZeroRate as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::ZeroRate)
                    }
                    ZeroRate
                },
                {
                    fn InvalidWalletSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InvalidWalletSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::InvalidWalletSignature)
                    }
                    InvalidWalletSignature
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn ChannelNotExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ChannelNotExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::ChannelNotExpired)
                    }
                    ChannelNotExpired
                },
                {
                    fn NonceMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <NonceMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::NonceMismatch)
                    }
                    NonceMismatch
                },
                {
                    fn ChannelExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ChannelExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::ChannelExpired)
                    }
                    ChannelExpired
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn InvalidPaymentSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InvalidPaymentSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::InvalidPaymentSignature)
                    }
                    InvalidPaymentSignature
                },
                {
                    fn VideoNotAvailable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <VideoNotAvailable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::VideoNotAvailable)
                    }
                    VideoNotAvailable
                },
                {
                    fn CounterpartyKeyNotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <CounterpartyKeyNotAuthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::CounterpartyKeyNotAuthorized)
                    }
                    CounterpartyKeyNotAuthorized
                },
                {
                    fn InvalidBidderSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InvalidBidderSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::InvalidBidderSignature)
                    }
                    InvalidBidderSignature
                },
                {
                    fn NotPayee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <NotPayee as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::NotPayee)
                    }
                    NotPayee
                },
                {
                    fn NothingToWithdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <NothingToWithdraw as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::NothingToWithdraw)
                    }
                    NothingToWithdraw
                },
                {
                    fn BalanceOverflow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <BalanceOverflow as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::BalanceOverflow)
                    }
                    BalanceOverflow
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn BidderKeyNotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <BidderKeyNotAuthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::BidderKeyNotAuthorized)
                    }
                    BidderKeyNotAuthorized
                },
                {
                    fn BidExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <BidExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::BidExpired)
                    }
                    BidExpired
                },
                {
                    fn InsufficientBalance(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <InsufficientBalance as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::InsufficientBalance)
                    }
                    InsufficientBalance
                },
                {
                    fn ChannelNotFound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ChannelNotFound as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::ChannelNotFound)
                    }
                    ChannelNotFound
                },
                {
                    fn BalanceExceedsSegments(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <BalanceExceedsSegments as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::BalanceExceedsSegments)
                    }
                    BalanceExceedsSegments
                },
                {
                    fn SelfChannel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <SelfChannel as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::SelfChannel)
                    }
                    SelfChannel
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::BalanceExceedsSegments(inner) => {
                    <BalanceExceedsSegments as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::BalanceOverflow(inner) => {
                    <BalanceOverflow as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::BidExpired(inner) => {
                    <BidExpired as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::BidderKeyNotAuthorized(inner) => {
                    <BidderKeyNotAuthorized as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ChannelAlreadyOpen(inner) => {
                    <ChannelAlreadyOpen as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ChannelExpired(inner) => {
                    <ChannelExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ChannelNotExpired(inner) => {
                    <ChannelNotExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ChannelNotFound(inner) => {
                    <ChannelNotFound as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CounterpartyKeyNotAuthorized(inner) => {
                    <CounterpartyKeyNotAuthorized as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InsufficientBalance(inner) => {
                    <InsufficientBalance as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidBidderSignature(inner) => {
                    <InvalidBidderSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidPaymentSignature(inner) => {
                    <InvalidPaymentSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidWalletSignature(inner) => {
                    <InvalidWalletSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NonceMismatch(inner) => {
                    <NonceMismatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotPayee(inner) => {
                    <NotPayee as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NothingToWithdraw(inner) => {
                    <NothingToWithdraw as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SelfChannel(inner) => {
                    <SelfChannel as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VideoNotAvailable(inner) => {
                    <VideoNotAvailable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ZeroAmount(inner) => {
                    <ZeroAmount as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroRate(inner) => {
                    <ZeroRate as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::BalanceExceedsSegments(inner) => {
                    <BalanceExceedsSegments as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::BalanceOverflow(inner) => {
                    <BalanceOverflow as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::BidExpired(inner) => {
                    <BidExpired as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::BidderKeyNotAuthorized(inner) => {
                    <BidderKeyNotAuthorized as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ChannelAlreadyOpen(inner) => {
                    <ChannelAlreadyOpen as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ChannelExpired(inner) => {
                    <ChannelExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ChannelNotExpired(inner) => {
                    <ChannelNotExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ChannelNotFound(inner) => {
                    <ChannelNotFound as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CounterpartyKeyNotAuthorized(inner) => {
                    <CounterpartyKeyNotAuthorized as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InsufficientBalance(inner) => {
                    <InsufficientBalance as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidBidderSignature(inner) => {
                    <InvalidBidderSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidPaymentSignature(inner) => {
                    <InvalidPaymentSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidWalletSignature(inner) => {
                    <InvalidWalletSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NonceMismatch(inner) => {
                    <NonceMismatch as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotPayee(inner) => {
                    <NotPayee as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NothingToWithdraw(inner) => {
                    <NothingToWithdraw as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SelfChannel(inner) => {
                    <SelfChannel as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::VideoNotAvailable(inner) => {
                    <VideoNotAvailable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAmount(inner) => {
                    <ZeroAmount as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ZeroRate(inner) => {
                    <ZeroRate as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`PaymentChannel`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum PaymentChannelEvents {
        #[allow(missing_docs)]
        ChannelClosed(ChannelClosed),
        #[allow(missing_docs)]
        ChannelOpened(ChannelOpened),
        #[allow(missing_docs)]
        ChannelSettled(ChannelSettled),
        #[allow(missing_docs)]
        ChannelWithdrawn(ChannelWithdrawn),
        #[allow(missing_docs)]
        Deposited(Deposited),
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        Withdrawn(Withdrawn),
    }
    impl PaymentChannelEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                3u8, 228u8, 56u8, 2u8, 244u8, 4u8, 31u8, 88u8, 19u8, 178u8, 135u8, 79u8,
                173u8, 171u8, 105u8, 32u8, 105u8, 238u8, 198u8, 226u8, 150u8, 45u8,
                155u8, 250u8, 191u8, 21u8, 136u8, 247u8, 45u8, 178u8, 62u8, 198u8,
            ],
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ],
            [
                17u8, 16u8, 7u8, 235u8, 41u8, 33u8, 27u8, 216u8, 48u8, 8u8, 121u8, 163u8,
                28u8, 235u8, 180u8, 62u8, 61u8, 141u8, 242u8, 49u8, 170u8, 73u8, 158u8,
                175u8, 170u8, 229u8, 71u8, 134u8, 41u8, 255u8, 109u8, 123u8,
            ],
            [
                45u8, 164u8, 102u8, 167u8, 178u8, 67u8, 4u8, 244u8, 126u8, 135u8, 250u8,
                46u8, 30u8, 90u8, 129u8, 185u8, 131u8, 28u8, 229u8, 79u8, 236u8, 25u8,
                5u8, 92u8, 226u8, 119u8, 202u8, 47u8, 57u8, 186u8, 66u8, 196u8,
            ],
            [
                112u8, 132u8, 245u8, 71u8, 102u8, 24u8, 216u8, 230u8, 11u8, 17u8, 239u8,
                13u8, 125u8, 63u8, 6u8, 145u8, 70u8, 85u8, 173u8, 184u8, 121u8, 62u8,
                40u8, 255u8, 127u8, 1u8, 141u8, 76u8, 118u8, 213u8, 5u8, 213u8,
            ],
            [
                212u8, 129u8, 112u8, 120u8, 143u8, 250u8, 238u8, 117u8, 36u8, 187u8,
                237u8, 119u8, 87u8, 116u8, 129u8, 208u8, 30u8, 20u8, 4u8, 185u8, 22u8,
                119u8, 2u8, 242u8, 59u8, 97u8, 114u8, 87u8, 100u8, 173u8, 16u8, 215u8,
            ],
            [
                231u8, 211u8, 103u8, 163u8, 222u8, 172u8, 195u8, 44u8, 207u8, 203u8,
                214u8, 213u8, 162u8, 230u8, 76u8, 61u8, 183u8, 64u8, 38u8, 97u8, 85u8,
                184u8, 17u8, 214u8, 124u8, 109u8, 117u8, 132u8, 69u8, 192u8, 77u8, 125u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ChannelOpened),
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(ChannelClosed),
            ::core::stringify!(Deposited),
            ::core::stringify!(Withdrawn),
            ::core::stringify!(ChannelWithdrawn),
            ::core::stringify!(ChannelSettled),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ChannelOpened as alloy_sol_types::SolEvent>::SIGNATURE,
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <ChannelClosed as alloy_sol_types::SolEvent>::SIGNATURE,
            <Deposited as alloy_sol_types::SolEvent>::SIGNATURE,
            <Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ChannelWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ChannelSettled as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for PaymentChannelEvents {
        const NAME: &'static str = "PaymentChannelEvents";
        const COUNT: usize = 7usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<ChannelClosed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ChannelClosed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ChannelClosed)
                }
                Some(<ChannelOpened as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ChannelOpened as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ChannelOpened)
                }
                Some(<ChannelSettled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ChannelSettled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ChannelSettled)
                }
                Some(<ChannelWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ChannelWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ChannelWithdrawn)
                }
                Some(<Deposited as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Deposited as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Deposited)
                }
                Some(
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EIP712DomainChanged)
                }
                Some(<Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Withdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Withdrawn)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for PaymentChannelEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::ChannelClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ChannelOpened(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ChannelSettled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ChannelWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Deposited(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Withdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::ChannelClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ChannelOpened(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ChannelSettled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ChannelWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Deposited(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Withdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`PaymentChannel`](self) contract instance.

See the [wrapper's documentation](`PaymentChannelInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> PaymentChannelInstance<P, N> {
        PaymentChannelInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        pti: alloy::sol_types::private::Address,
        users: alloy::sol_types::private::Address,
        videos: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<PaymentChannelInstance<P, N>>,
    > {
        PaymentChannelInstance::<P, N>::deploy(__provider, pti, users, videos)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        pti: alloy::sol_types::private::Address,
        users: alloy::sol_types::private::Address,
        videos: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        PaymentChannelInstance::<P, N>::deploy_builder(__provider, pti, users, videos)
    }
    /**A [`PaymentChannel`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`PaymentChannel`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct PaymentChannelInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for PaymentChannelInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("PaymentChannelInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > PaymentChannelInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`PaymentChannel`](self) contract instance.

See the [wrapper's documentation](`PaymentChannelInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            pti: alloy::sol_types::private::Address,
            users: alloy::sol_types::private::Address,
            videos: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<PaymentChannelInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, pti, users, videos);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            pti: alloy::sol_types::private::Address,
            users: alloy::sol_types::private::Address,
            videos: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            pti,
                            users,
                            videos,
                        },
                    )[..],
                ]
                    .concat()
                    .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> PaymentChannelInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> PaymentChannelInstance<P, N> {
            PaymentChannelInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > PaymentChannelInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`BID_TYPEHASH`] function.
        pub fn BID_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, BID_TYPEHASHCall, N> {
            self.call_builder(&BID_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`PAYMENT_TYPEHASH`] function.
        pub fn PAYMENT_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, PAYMENT_TYPEHASHCall, N> {
            self.call_builder(&PAYMENT_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`SIGNED_BID_TYPEHASH`] function.
        pub fn SIGNED_BID_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, SIGNED_BID_TYPEHASHCall, N> {
            self.call_builder(&SIGNED_BID_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`balanceOf`] function.
        pub fn balanceOf(
            &self,
            wallet: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, balanceOfCall, N> {
            self.call_builder(&balanceOfCall { wallet })
        }
        ///Creates a new call builder for the [`bidDigest`] function.
        pub fn bidDigest(
            &self,
            bid: <IPaymentChannel::Bid as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, bidDigestCall, N> {
            self.call_builder(&bidDigestCall { bid })
        }
        ///Creates a new call builder for the [`channelHash`] function.
        pub fn channelHash(
            &self,
            channelId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, channelHashCall, N> {
            self.call_builder(&channelHashCall { channelId })
        }
        ///Creates a new call builder for the [`close`] function.
        pub fn close(
            &self,
            channelId: alloy::sol_types::private::FixedBytes<32>,
            channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
            balance: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, closeCall, N> {
            self.call_builder(
                &closeCall {
                    channelId,
                    channel,
                    balance,
                    signature,
                },
            )
        }
        ///Creates a new call builder for the [`closeMany`] function.
        pub fn closeMany(
            &self,
            requests: alloy::sol_types::private::Vec<
                <IPaymentChannel::CloseRequest as alloy::sol_types::SolType>::RustType,
            >,
        ) -> alloy_contract::SolCallBuilder<&P, closeManyCall, N> {
            self.call_builder(&closeManyCall { requests })
        }
        ///Creates a new call builder for the [`deposit`] function.
        pub fn deposit(
            &self,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, depositCall, N> {
            self.call_builder(&depositCall { amount })
        }
        ///Creates a new call builder for the [`depositWithPermit`] function.
        pub fn depositWithPermit(
            &self,
            amount: alloy::sol_types::private::primitives::aliases::U256,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            v: u8,
            r: alloy::sol_types::private::FixedBytes<32>,
            s: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, depositWithPermitCall, N> {
            self.call_builder(
                &depositWithPermitCall {
                    amount,
                    deadline,
                    v,
                    r,
                    s,
                },
            )
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`hashChannel`] function.
        pub fn hashChannel(
            &self,
            channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, hashChannelCall, N> {
            self.call_builder(&hashChannelCall { channel })
        }
        ///Creates a new call builder for the [`nonceOf`] function.
        pub fn nonceOf(
            &self,
            wallet: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, nonceOfCall, N> {
            self.call_builder(&nonceOfCall { wallet })
        }
        ///Creates a new call builder for the [`open`] function.
        pub fn open(
            &self,
            bid: <IPaymentChannel::Bid as alloy::sol_types::SolType>::RustType,
            walletSignature: alloy::sol_types::private::Bytes,
            bidderSignature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, openCall, N> {
            self.call_builder(
                &openCall {
                    bid,
                    walletSignature,
                    bidderSignature,
                },
            )
        }
        ///Creates a new call builder for the [`paymentDigest`] function.
        pub fn paymentDigest(
            &self,
            channelId: alloy::sol_types::private::FixedBytes<32>,
            balance: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, paymentDigestCall, N> {
            self.call_builder(
                &paymentDigestCall {
                    channelId,
                    balance,
                },
            )
        }
        ///Creates a new call builder for the [`payoutOf`] function.
        pub fn payoutOf(
            &self,
            channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
            balance: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, payoutOfCall, N> {
            self.call_builder(&payoutOfCall { channel, balance })
        }
        ///Creates a new call builder for the [`settle`] function.
        pub fn settle(
            &self,
            channelId: alloy::sol_types::private::FixedBytes<32>,
            channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, settleCall, N> {
            self.call_builder(&settleCall { channelId, channel })
        }
        ///Creates a new call builder for the [`signedBidDigest`] function.
        pub fn signedBidDigest(
            &self,
            bid: <IPaymentChannel::Bid as alloy::sol_types::SolType>::RustType,
            walletSignature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, signedBidDigestCall, N> {
            self.call_builder(
                &signedBidDigestCall {
                    bid,
                    walletSignature,
                },
            )
        }
        ///Creates a new call builder for the [`token`] function.
        pub fn token(&self) -> alloy_contract::SolCallBuilder<&P, tokenCall, N> {
            self.call_builder(&tokenCall)
        }
        ///Creates a new call builder for the [`userRegistry`] function.
        pub fn userRegistry(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, userRegistryCall, N> {
            self.call_builder(&userRegistryCall)
        }
        ///Creates a new call builder for the [`videoRegistry`] function.
        pub fn videoRegistry(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, videoRegistryCall, N> {
            self.call_builder(&videoRegistryCall)
        }
        ///Creates a new call builder for the [`withdraw`] function.
        pub fn withdraw(
            &self,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawCall, N> {
            self.call_builder(&withdrawCall { amount })
        }
        ///Creates a new call builder for the [`withdrawFromChannel`] function.
        pub fn withdrawFromChannel(
            &self,
            channelId: alloy::sol_types::private::FixedBytes<32>,
            channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
            balance: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawFromChannelCall, N> {
            self.call_builder(
                &withdrawFromChannelCall {
                    channelId,
                    channel,
                    balance,
                    signature,
                },
            )
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > PaymentChannelInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`ChannelClosed`] event.
        pub fn ChannelClosed_filter(
            &self,
        ) -> alloy_contract::Event<&P, ChannelClosed, N> {
            self.event_filter::<ChannelClosed>()
        }
        ///Creates a new event filter for the [`ChannelOpened`] event.
        pub fn ChannelOpened_filter(
            &self,
        ) -> alloy_contract::Event<&P, ChannelOpened, N> {
            self.event_filter::<ChannelOpened>()
        }
        ///Creates a new event filter for the [`ChannelSettled`] event.
        pub fn ChannelSettled_filter(
            &self,
        ) -> alloy_contract::Event<&P, ChannelSettled, N> {
            self.event_filter::<ChannelSettled>()
        }
        ///Creates a new event filter for the [`ChannelWithdrawn`] event.
        pub fn ChannelWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, ChannelWithdrawn, N> {
            self.event_filter::<ChannelWithdrawn>()
        }
        ///Creates a new event filter for the [`Deposited`] event.
        pub fn Deposited_filter(&self) -> alloy_contract::Event<&P, Deposited, N> {
            self.event_filter::<Deposited>()
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`Withdrawn`] event.
        pub fn Withdrawn_filter(&self) -> alloy_contract::Event<&P, Withdrawn, N> {
            self.event_filter::<Withdrawn>()
        }
    }
}
