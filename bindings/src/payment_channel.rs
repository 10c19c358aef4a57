///Module containing a contract's types and functions.
/**

```solidity
library IPaymentChannel {
    struct Bid { bytes32 nonce; uint128 rate; uint64 expiration; bytes32 video; string format; address bidderKey; address counterpartyKey; }
    struct Channel { address payer; address payee; address payeeKey; uint256 pricePerSegment; uint256 escrow; uint256 withdrawn; uint64 expiration; }
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
struct Channel { address payer; address payee; address payeeKey; uint256 pricePerSegment; uint256 escrow; uint256 withdrawn; uint64 expiration; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Channel {
        #[allow(missing_docs)]
        pub payer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub payee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub payeeKey: alloy::sol_types::private::Address,
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
                    value.payeeKey,
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
                    payeeKey: tuple.2,
                    pricePerSegment: tuple.3,
                    escrow: tuple.4,
                    withdrawn: tuple.5,
                    expiration: tuple.6,
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.payeeKey,
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
                    "Channel(address payer,address payee,address payeeKey,uint256 pricePerSegment,uint256 escrow,uint256 withdrawn,uint64 expiration)",
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.payeeKey,
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
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.payeeKey,
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
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.payeeKey,
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
        address payeeKey;
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
    error CounterpartyKeyNotAuthorized(address counterpartyKey, address wallet, bool active, address caller);
    error ExitTooLate(bytes32 channelId, uint64 expiration, uint256 exitExpiration);
    error InsufficientBalance(address wallet, uint256 available, uint256 required);
    error InvalidBidderSignature(address bidderKey, address signer);
    error InvalidPaymentSignature(bytes32 channelId, address signer);
    error InvalidShortString();
    error InvalidWalletSignature(bytes32 digest);
    error NonceMismatch(address payer, bytes32 expected, bytes32 given);
    error NotPayee(bytes32 channelId, address caller);
    error NotPayer(bytes32 channelId, address caller);
    error NothingToWithdraw(bytes32 channelId, uint256 payout, uint256 withdrawn);
    error PayeeKeyNotAuthorized(bytes32 channelId, address payeeKey, address wallet, bool active);
    error SafeERC20FailedOperation(address token);
    error SelfChannel(address wallet);
    error StringTooLong(string str);
    error VideoNotAvailable(bytes32 video, bytes32 formatHash);
    error ZeroAmount();
    error ZeroRate();

    event ChannelClosed(bytes32 indexed channelId, uint256 balance, uint256 amount, uint256 refund);
    event ChannelExitStarted(bytes32 indexed channelId, uint64 expiration);
    event ChannelOpened(bytes32 indexed channelId, address indexed payer, address indexed payee, address payeeKey, bytes32 video, bytes32 formatHash, uint256 pricePerSegment, uint256 escrow, uint64 expiration);
    event ChannelSettled(bytes32 indexed channelId, uint256 refund);
    event ChannelWithdrawn(bytes32 indexed channelId, uint256 balance, uint256 amount, uint256 withdrawn);
    event Deposited(address indexed wallet, uint256 amount);
    event EIP712DomainChanged();
    event Withdrawn(address indexed wallet, uint256 amount);

    constructor(address pti, address users, address videos);

    function BID_TYPEHASH() external view returns (bytes32);
    function EXIT_WINDOW() external view returns (uint256);
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
    function startExit(bytes32 channelId, IPaymentChannel.Channel memory channel) external returns (IPaymentChannel.Channel memory updated);
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
    "name": "EXIT_WINDOW",
    "inputs": [],
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
            "name": "payeeKey",
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
                "name": "payeeKey",
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
            "name": "payeeKey",
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
            "name": "payeeKey",
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
            "name": "payeeKey",
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
            "name": "payeeKey",
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
    "name": "startExit",
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
            "name": "payeeKey",
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
            "name": "payeeKey",
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
            "name": "payeeKey",
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
            "name": "payeeKey",
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
    "name": "ChannelExitStarted",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
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
        "name": "payeeKey",
        "type": "address",
        "indexed": false,
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
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ExitTooLate",
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
      },
      {
        "name": "exitExpiration",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "NotPayer",
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
    "name": "PayeeKeyNotAuthorized",
    "inputs": [
      {
        "name": "channelId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "payeeKey",
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
    ///0x6101c0604052348015610010575f5ffd5b506040516130c93803806130c983398101604081905261002f916101c3565b60408051808201825260078152665061726174696960c81b602080830191909152825180840190935260018352603160f81b9083015290610070825f610134565b6101205261007f816001610134565b61014052815160208084019190912060e052815190820120610100524660a05261010b60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b039283166101605290821661018052166101a0526103b7565b5f60208351101561014f5761014883610166565b9050610160565b8161015a84826102a5565b5060ff90505b92915050565b5f5f829050601f81511115610199578260405163305a27a960e01b8152600401610190919061035f565b60405180910390fd5b80516101a482610394565b179392505050565b6001600160a01b03811681146101c0575f5ffd5b50565b5f5f5f606084860312156101d5575f5ffd5b83516101e0816101ac565b60208501519093506101f1816101ac565b6040850151909250610202816101ac565b809150509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061023557607f821691505b60208210810361025357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102a057805f5260205f20601f840160051c8101602085101561027e5750805b601f840160051c820191505b8181101561029d575f815560010161028a565b50505b505050565b81516001600160401b038111156102be576102be61020d565b6102d2816102cc8454610221565b84610259565b6020601f821160018114610304575f83156102ed5750848201515b5f19600385901b1c1916600184901b17845561029d565b5f84815260208120601f198516915b828110156103335787850151825560209485019460019092019101610313565b508482101561035057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610253575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a051612c796104505f395f81816101a00152611bc601525f81816102a90152818161111201526119ed01525f818161047a015281816105f001528181610738015261146c01525f6114cc01525f61149b01525f6120d201525f6120aa01525f61200501525f61202f01525f6120590152612c795ff3fe608060405234801561000f575f5ffd5b506004361061019a575f3560e01c806384b0196e116100e8578063b87e9e1f11610093578063eca842e01161006e578063eca842e01461040c578063ed2a2d641461042d578063f21d48d214610465578063fc0c546a14610478575f5ffd5b8063b87e9e1f146103dd578063d7bd27c5146103f0578063df7d2a73146103f9575f5ffd5b8063a079b999116100c3578063a079b99914610397578063a59b9b45146103b7578063b6b55f25146103ca575f5ffd5b806384b0196e146103565780638f48a29b146103715780639bcf7fbd14610384575f5ffd5b80634ccfe34c116101485780636d3298cb116101235780636d3298cb146102cd57806370a08231146102f45780637a08101c14610337575f5ffd5b80634ccfe34c1461025957806351bb9b1e146102805780635c7460d6146102a7575f5ffd5b80633cce92be116101785780633cce92be1461022057806341b6fcf7146102335780634a970be714610246575f5ffd5b80631586f0f71461019e5780632e1a7d4d146101ea5780633ca03c95146101ff575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6101fd6101f836600461240a565b61049e565b005b61021261020d366004612437565b61061c565b6040519081526020016101e1565b6101fd61022e366004612451565b61064b565b6102126102413660046124c2565b6106cb565b6101fd6102543660046124e2565b6106df565b6102127fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae407381565b6102127f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad81565b7f00000000000000000000000000000000000000000000000000000000000000006101c0565b6102127f34b96c12a0ec1737fa12a82f1858528ff1b904a36dbcf1a81da44a3c6847d7cd81565b61021261030236600461254d565b73ffffffffffffffffffffffffffffffffffffffff165f908152600260205260409020546bffffffffffffffffffffffff1690565b61021261034536600461240a565b5f9081526003602052604090205490565b61035e6107b0565b6040516101e197969594939291906125b4565b61021261037f3660046126b8565b61080e565b610212610392366004612721565b610884565b6103aa6103a5366004612753565b6108b6565b6040516101e1919061277f565b6101fd6103c5366004612753565b610a12565b6101fd6103d836600461240a565b610ada565b6101fd6103eb366004612818565b610ae6565b610212610e1081565b6103aa610407366004612818565b610b12565b61041f61041a36600461287f565b610c3e565b6040516101e19291906128fc565b61021261043b36600461254d565b73ffffffffffffffffffffffffffffffffffffffff165f9081526002602052604090205460601c90565b61021261047336600461299c565b610ebf565b7f00000000000000000000000000000000000000000000000000000000000000006101c0565b805f036104ce576104ce7f1f2a200500000000000000000000000000000000000000000000000000000000610f0c565b335f90815260026020526040902054806bffffffffffffffffffffffff811683111561052e5761052e7fdb42144d00000000000000000000000000000000000000000000000000000000336bffffffffffffffffffffffff841686610f14565b61058983826bffffffffffffffffffffffff160361054c8460601c90565b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606082901b166bffffffffffffffffffffffff83161792915050565b335f81815260026020526040908190209290925590517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906105ce9086815260200190565b60405180910390a261061773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163385610f47565b505050565b5f8160405160200161062e91906129dd565b604051602081830303815290604052805190602001209050919050565b805f5b818110156106c5573684848381811061066957610669612a97565b905060200281019061067b9190612ac4565b905080355f61068d8260208501610fc8565b9050610699828261105a565b6106b782826101008601356106b2610120880188612b00565b611238565b50505080600101905061064e565b50505050565b5f6106d68383611300565b90505b92915050565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063d505accf9060e4015f604051808303815f87803b15801561078e575f5ffd5b505af192505050801561079f575060015b506107a98561135b565b5050505050565b5f6060805f5f5f60606107c1611494565b6107c96114c5565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f5f6108437f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad8661083e886114f2565b611545565b90506108796108747fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae4073838787611593565b6115ba565b9150505b9392505050565b5f6106d96108747f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad8461083e866114f2565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526108f88383610fc8565b805190915073ffffffffffffffffffffffffffffffffffffffff163314610944576109447fdb637c52000000000000000000000000000000000000000000000000000000008433611601565b60c08101515f610956610e1042612b8e565b9050808267ffffffffffffffff161161099f5761099f7f3b1fe6dd000000000000000000000000000000000000000000000000000000008667ffffffffffffffff85168461162e565b67ffffffffffffffff811660c084015260e083205f868152600360209081526040918290209290925560c0850151905167ffffffffffffffff909116815286917fd98fecc9def76cc8a84ce5d9931d9e11b4e010672f9380f942084c8fe889e926910160405180910390a2505092915050565b5f610a1d8383610fc8565b60c081015190915067ffffffffffffffff8116421015610a6c57610a6c7f368b7825000000000000000000000000000000000000000000000000000000008567ffffffffffffffff841661164b565b5f8481526003602052604081205560a082015160808301518181039114610a99578251610a999082611662565b847fe7d367a3deacc32ccfcbd6d5a2e64c3db740266155b811d67c6d758445c04d7d82604051610acb91815260200190565b60405180910390a25050505050565b610ae38161135b565b50565b5f610af18686610fc8565b9050610afd868261105a565b610b0a8682868686611238565b505050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152610b548686610fc8565b9050610b60868261105a565b5f610b7482606001518360800151876116cb565b60a0830151909150808211610baf57610baf7f8e5c276a0000000000000000000000000000000000000000000000000000000089848461162e565b610bbf88845f0151888888611740565b60a0830182905260e083205f8981526003602090815260409091209190915583015181830390610bef9082611662565b604080518881526020810183905290810184905289907fd48170788ffaee7524bbed77577481d01e1404b9167702f23b61725764ad10d79060600160405180910390a250505095945050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101829052610c7e876117b5565b6fffffffffffffffffffffffffffffffff165f03610cbf57610cbf7f299dcf9a00000000000000000000000000000000000000000000000000000000610f0c565b610cc8876117cd565b67ffffffffffffffff1660c082018190524210610d1a5760c0810151610d1a907fc8d7021f000000000000000000000000000000000000000000000000000000009067ffffffffffffffff164261164b565b5f610d24886114f2565b9050610d348882898989896117e0565b73ffffffffffffffffffffffffffffffffffffffff1683529250610d57886119bd565b73ffffffffffffffffffffffffffffffffffffffff166040830152610d8a610d7e896119d0565b604084015184516119e3565b73ffffffffffffffffffffffffffffffffffffffff166020808401919091525f848152600390915260409020610dc289838684611b84565b608085015260608401528251610ddf908a35868660800151611c64565b60e08320815f0181905550826020015173ffffffffffffffffffffffffffffffffffffffff16835f015173ffffffffffffffffffffffffffffffffffffffff16857fa5bcdcaf6392a82296dd8a175b6e4b113960bdfd0926091fd0f1315f8ab9f2d88660400151610e518e6060013590565b6060808a01516080808c015160c0808e01516040805173ffffffffffffffffffffffffffffffffffffffff909916895260208901979097529587018d90529386019290925284015267ffffffffffffffff90911660a08301520160405180910390a450509550959350505050565b5f6060830135808203610ef557610ef57f299dcf9a00000000000000000000000000000000000000000000000000000000610f0c565b610f04818560800135856116cb565b949350505050565b805f5260045ffd5b60405184815273ffffffffffffffffffffffffffffffffffffffff84166004820152826024820152816044820152606481fd5b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261061791859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611d9d565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152821580611022575061101182611e40565b5f8481526003602052604090205414155b15611051576110517ff383b13e0000000000000000000000000000000000000000000000000000000084611e53565b6106d682611e5f565b60208101513373ffffffffffffffffffffffffffffffffffffffff8216146111ed5760408201513373ffffffffffffffffffffffffffffffffffffffff8216146110c9576110c97f8957e7e6000000000000000000000000000000000000000000000000000000008533611601565b6040517ffa073d7600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f9182917f0000000000000000000000000000000000000000000000000000000000000000169063fa073d76906024016040805180830381865afa158015611156573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061117a9190612ba1565b915091508373ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff161415806111b7575080155b156111e9576111e97f2fc5e3e40000000000000000000000000000000000000000000000000000000087858585611eac565b5050505b60c082015167ffffffffffffffff811642106106c5576106c57f3fcecbdb000000000000000000000000000000000000000000000000000000008567ffffffffffffffff841661164b565b5f61124c85606001518660800151866116cb565b60a086015190915080808311156112705761126d88885f0151888888611740565b50815b5f8881526003602052604081205560808701518282039082900382841461129f5761129f896020015183611662565b80156112b15788516112b19082611662565b60408051898152602081018490529081018290528a907f111007eb29211bd8300879a31cebb43e3d8df231aa499eafaae5478629ff6d7b9060600160405180910390a250505050505050505050565b604080517f34b96c12a0ec1737fa12a82f1858528ff1b904a36dbcf1a81da44a3c6847d7cd6020820152908101839052606081018290525f906106d690608001604051602081830303815290604052805190602001206115ba565b805f0361138b5761138b7f1f2a200500000000000000000000000000000000000000000000000000000000610f0c565b335f90815260026020526040812054906bffffffffffffffffffffffff8216906113b58483612b8e565b90506bffffffffffffffffffffffff8111156113f7576113f77f9fbb61c200000000000000000000000000000000000000000000000000000000338487610f14565b6114058161054c8560601c90565b335f81815260026020526040908190209290925590517f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49061144a9087815260200190565b60405180910390a26106c573ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333087611efd565b60606114c07f00000000000000000000000000000000000000000000000000000000000000005f611f43565b905090565b60606114c07f00000000000000000000000000000000000000000000000000000000000000006001611f43565b5f6080820135601f833603038112611508575f5ffd5b8083013567ffffffffffffffff811115611520575f5ffd5b6020828501019150803603821315611536575f5ffd5b60405181838237209392505050565b5f60a08084013560c085013517901c602084013560801c604085810135901c17178015611570575f5ffd5b5060405184815260e084602083013760a081019290925250610100902092915050565b5f604051828482379182209482525060208101929092525060408101919091526060902090565b5f6106d96115c6611fec565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60405183815282600482015273ffffffffffffffffffffffffffffffffffffffff82166024820152604481fd5b604051848152836004820152826024820152816044820152606481fd5b604051838152826004820152816024820152604481fd5b73ffffffffffffffffffffffffffffffffffffffff82165f9081526002602052604090205461169e6116948383612bdd565b61054c8360601c90565b73ffffffffffffffffffffffffffffffffffffffff9093165f908152600260205260409020929092555050565b5f8083156116ee578460018503816116e5576116e5612c01565b046001016116f0565b5f5b905080831115611725576117257ff462897700000000000000000000000000000000000000000000000000000000848361164b565b808303611735578391505061087d565b505091909102919050565b5f61175561174e8786611300565b8484612122565b90508473ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610b0a57610b0a7f53dc23a5000000000000000000000000000000000000000000000000000000008783611601565b6020810135608081901c156117c8575f5ffd5b919050565b6040818101359081901c156117c8575f5ffd5b5f5f5f6117eb611fec565b90505f6118197f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad8b8b611545565b6040517f1901000000000000000000000000000000000000000000000000000000000000815260028101849052602281018290526042902094509050611860848989612122565b925073ffffffffffffffffffffffffffffffffffffffff83166118a7576118a77f2e6eda2d0000000000000000000000000000000000000000000000000000000085611e53565b5f6118b18b6119d0565b90505f6118e07fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae4073848c8c611593565b90505f61192c61192586846040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b8a8a612122565b905073ffffffffffffffffffffffffffffffffffffffff8116158061197d57508273ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614155b156119ad576119ad7f888f2b0f000000000000000000000000000000000000000000000000000000008483612191565b5050505050965096945050505050565b60c081013560a081901c156117c8575f5ffd5b60a0818101359081901c156117c8575f5ffd5b5f5f5f5f5f611a137f000000000000000000000000000000000000000000000000000000000000000089896121d4565b9350935093509350801580611a5f57503373ffffffffffffffffffffffffffffffffffffffff831614801590611a5f57503373ffffffffffffffffffffffffffffffffffffffff881614155b15611a9157611a917fec2fab110000000000000000000000000000000000000000000000000000000088848433612297565b8173ffffffffffffffffffffffffffffffffffffffff168673ffffffffffffffffffffffffffffffffffffffff1603611aee57611aee7ff73f3d1600000000000000000000000000000000000000000000000000000000876122fe565b73ffffffffffffffffffffffffffffffffffffffff841615801590611b4757508573ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff16141580611b47575082155b15611b7957611b797fbde59830000000000000000000000000000000000000000000000000000000008986868a612297565b509695505050505050565b80545f90819015611bb957611bb97f095d02290000000000000000000000000000000000000000000000000000000085611e53565b60608601355f8080611bec7f0000000000000000000000000000000000000000000000000000000000000000858b612320565b92509250925082611c2257611c227f5541bbbc00000000000000000000000000000000000000000000000000000000858b61164b565b5f611c2c8b6117b5565b6fffffffffffffffffffffffffffffffff1690508163ffffffff16810296508263ffffffff1681029550505050505094509492505050565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526002602052604081205490611c948260601c90565b73ffffffffffffffffffffffffffffffffffffffff169050848114611cdf57611cdf7f3ec8492800000000000000000000000000000000000000000000000000000000878388610f14565b816bffffffffffffffffffffffff8116841115611d3057611d307fdb42144d00000000000000000000000000000000000000000000000000000000886bffffffffffffffffffffffff841687610f14565b6bffffffffffffffffffffffff81811685900316606086901b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000161773ffffffffffffffffffffffffffffffffffffffff9097165f90815260026020526040902096909655505050505050565b5f5f60205f8451602086015f885af180611dbc576040513d5f823e3d81fd5b50505f513d91508115611dd3578060011415611ded565b73ffffffffffffffffffffffffffffffffffffffff84163b155b156106c5576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240160405180910390fd5b5f60405160e083823760e0902092915050565b815f528060045260245ffd5b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091525060405160e082823760e08101604052919050565b60405185815284600482015273ffffffffffffffffffffffffffffffffffffffff8416602482015273ffffffffffffffffffffffffffffffffffffffff831660448201528115156064820152608481fd5b60405173ffffffffffffffffffffffffffffffffffffffff84811660248301528381166044830152606482018390526106c59186918216906323b872dd90608401610f81565b606060ff8314611f5d57611f568361238d565b90506106d9565b818054611f6990612c2e565b80601f0160208091040260200160405190810160405280929190818152602001828054611f9590612c2e565b8015611fe05780601f10611fb757610100808354040283529160200191611fe0565b820191905f5260205f20905b815481529060010190602001808311611fc357829003601f168201915b505050505090506106d9565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561205157507f000000000000000000000000000000000000000000000000000000000000000046145b1561207b57507f000000000000000000000000000000000000000000000000000000000000000090565b6114c0604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60208301357f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08111156041841416156121895760405185815260408501355f1a6020820152843560408201528160608201525f5f5260205f60808360015afa50505f5191505b509392505050565b60405183815273ffffffffffffffffffffffffffffffffffffffff8316600482015273ffffffffffffffffffffffffffffffffffffffff82166024820152604481fd5b5f5f5f5f5f63ecbe9d2c60e01b905060405181815273ffffffffffffffffffffffffffffffffffffffff8816600482015273ffffffffffffffffffffffffffffffffffffffff871660248201526080816044838c5afa612236573d5f823e3d81fd5b60803d1015612243575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff815116955060208101511515945073ffffffffffffffffffffffffffffffffffffffff6040820151169350606081015115159250505093509350935093565b60405185815273ffffffffffffffffffffffffffffffffffffffff8516600482015273ffffffffffffffffffffffffffffffffffffffff84166024820152821515604482015273ffffffffffffffffffffffffffffffffffffffff82166064820152608481fd5b815f5273ffffffffffffffffffffffffffffffffffffffff811660045260245ffd5b5f5f5f5f63789f18c060e01b90506040518181528660048201528560248201526060816044838b5afa612355573d5f823e3d81fd5b60603d1015612362575f5ffd5b80511515945063ffffffff602082015116935063ffffffff6040820151169250505093509350939050565b60605f612399836123ca565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f8111156106d9576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6020828403121561241a575f5ffd5b5035919050565b5f60e08284031215612431575f5ffd5b50919050565b5f60e08284031215612447575f5ffd5b6106d68383612421565b5f5f60208385031215612462575f5ffd5b823567ffffffffffffffff811115612478575f5ffd5b8301601f81018513612488575f5ffd5b803567ffffffffffffffff81111561249e575f5ffd5b8560208260051b84010111156124b2575f5ffd5b6020919091019590945092505050565b5f5f604083850312156124d3575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60a086880312156124f6575f5ffd5b8535945060208601359350604086013560ff81168114612514575f5ffd5b94979396509394606081013594506080013592915050565b73ffffffffffffffffffffffffffffffffffffffff81168114610ae3575f5ffd5b5f6020828403121561255d575f5ffd5b813561087d8161252c565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6125ee60e0830189612568565b82810360408401526126008189612568565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612662578351835260209384019390920191600101612644565b50909b9a5050505050505050505050565b5f5f83601f840112612683575f5ffd5b50813567ffffffffffffffff81111561269a575f5ffd5b6020830191508360208285010111156126b1575f5ffd5b9250929050565b5f5f5f604084860312156126ca575f5ffd5b833567ffffffffffffffff8111156126e0575f5ffd5b6126ec86828701612421565b935050602084013567ffffffffffffffff811115612708575f5ffd5b61271486828701612673565b9497909650939450505050565b5f60208284031215612731575f5ffd5b813567ffffffffffffffff811115612747575f5ffd5b610f0484828501612421565b5f5f6101008385031215612765575f5ffd5b823591506127768460208501612421565b90509250929050565b60e081016106d9828473ffffffffffffffffffffffffffffffffffffffff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015273ffffffffffffffffffffffffffffffffffffffff6040820151166040830152606081015160608301526080810151608083015260a081015160a083015267ffffffffffffffff60c08201511660c08301525050565b5f5f5f5f5f610140868803121561282d575f5ffd5b8535945061283e8760208801612421565b9350610100860135925061012086013567ffffffffffffffff811115612862575f5ffd5b61286e88828901612673565b969995985093965092949392505050565b5f5f5f5f5f60608688031215612893575f5ffd5b853567ffffffffffffffff8111156128a9575f5ffd5b6128b588828901612421565b955050602086013567ffffffffffffffff8111156128d1575f5ffd5b6128dd88828901612673565b909550935050604086013567ffffffffffffffff811115612862575f5ffd5b828152610100810161087d602083018473ffffffffffffffffffffffffffffffffffffffff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015273ffffffffffffffffffffffffffffffffffffffff6040820151166040830152606081015160608301526080810151608083015260a081015160a083015267ffffffffffffffff60c08201511660c08301525050565b5f5f61010083850312156129ae575f5ffd5b6129b88484612421565b9460e0939093013593505050565b803567ffffffffffffffff811681146117c8575f5ffd5b60e0810182356129ec8161252c565b73ffffffffffffffffffffffffffffffffffffffff1682526020830135612a128161252c565b73ffffffffffffffffffffffffffffffffffffffff1660208301526040830135612a3b8161252c565b73ffffffffffffffffffffffffffffffffffffffff166040830152606083810135908301526080808401359083015260a08084013590830152612a8060c084016129c6565b67ffffffffffffffff811660c08401525092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec1833603018112612af6575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612b33575f5ffd5b83018035915067ffffffffffffffff821115612b4d575f5ffd5b6020019150368190038213156126b1575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156106d9576106d9612b61565b5f5f60408385031215612bb2575f5ffd5b8251612bbd8161252c565b60208401519092508015158114612bd2575f5ffd5b809150509250929050565b6bffffffffffffffffffffffff81811683821601908111156106d9576106d9612b61565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b600181811c90821680612c4257607f821691505b602082108103612431577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\xC0`@R4\x80\x15a\0\x10W__\xFD[P`@Qa0\xC98\x03\x80a0\xC9\x839\x81\x01`@\x81\x90Ra\0/\x91a\x01\xC3V[`@\x80Q\x80\x82\x01\x82R`\x07\x81RfParatii`\xC8\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R\x90a\0p\x82_a\x014V[a\x01 Ra\0\x7F\x81`\x01a\x014V[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01\x0B`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R`\x01`\x01`\xA0\x1B\x03\x92\x83\x16a\x01`R\x90\x82\x16a\x01\x80R\x16a\x01\xA0Ra\x03\xB7V[_` \x83Q\x10\x15a\x01OWa\x01H\x83a\x01fV[\x90Pa\x01`V[\x81a\x01Z\x84\x82a\x02\xA5V[P`\xFF\x90P[\x92\x91PPV[__\x82\x90P`\x1F\x81Q\x11\x15a\x01\x99W\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01\x90\x91\x90a\x03_V[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x01\xA4\x82a\x03\x94V[\x17\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01\xC0W__\xFD[PV[___``\x84\x86\x03\x12\x15a\x01\xD5W__\xFD[\x83Qa\x01\xE0\x81a\x01\xACV[` \x85\x01Q\x90\x93Pa\x01\xF1\x81a\x01\xACV[`@\x85\x01Q\x90\x92Pa\x02\x02\x81a\x01\xACV[\x80\x91PP\x92P\x92P\x92V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x025W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x02SWcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x02\xA0W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x02~WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x02\x9DW_\x81U`\x01\x01a\x02\x8AV[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x02\xBEWa\x02\xBEa\x02\rV[a\x02\xD2\x81a\x02\xCC\x84Ta\x02!V[\x84a\x02YV[` `\x1F\x82\x11`\x01\x81\x14a\x03\x04W_\x83\x15a\x02\xEDWP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x02\x9DV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\x033W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x03\x13V[P\x84\x82\x10\x15a\x03PW\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x02SW_\x19` \x91\x90\x91\x03`\x03\x1B\x1B\x16\x91\x90PV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa,ya\x04P_9_\x81\x81a\x01\xA0\x01Ra\x1B\xC6\x01R_\x81\x81a\x02\xA9\x01R\x81\x81a\x11\x12\x01Ra\x19\xED\x01R_\x81\x81a\x04z\x01R\x81\x81a\x05\xF0\x01R\x81\x81a\x078\x01Ra\x14l\x01R_a\x14\xCC\x01R_a\x14\x9B\x01R_a \xD2\x01R_a \xAA\x01R_a \x05\x01R_a /\x01R_a Y\x01Ra,y_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x9AW_5`\xE0\x1C\x80c\x84\xB0\x19n\x11a\0\xE8W\x80c\xB8~\x9E\x1F\x11a\0\x93W\x80c\xEC\xA8B\xE0\x11a\0nW\x80c\xEC\xA8B\xE0\x14a\x04\x0CW\x80c\xED*-d\x14a\x04-W\x80c\xF2\x1DH\xD2\x14a\x04eW\x80c\xFC\x0CTj\x14a\x04xW__\xFD[\x80c\xB8~\x9E\x1F\x14a\x03\xDDW\x80c\xD7\xBD'\xC5\x14a\x03\xF0W\x80c\xDF}*s\x14a\x03\xF9W__\xFD[\x80c\xA0y\xB9\x99\x11a\0\xC3W\x80c\xA0y\xB9\x99\x14a\x03\x97W\x80c\xA5\x9B\x9BE\x14a\x03\xB7W\x80c\xB6\xB5_%\x14a\x03\xCAW__\xFD[\x80c\x84\xB0\x19n\x14a\x03VW\x80c\x8FH\xA2\x9B\x14a\x03qW\x80c\x9B\xCF\x7F\xBD\x14a\x03\x84W__\xFD[\x80cL\xCF\xE3L\x11a\x01HW\x80cm2\x98\xCB\x11a\x01#W\x80cm2\x98\xCB\x14a\x02\xCDW\x80cp\xA0\x821\x14a\x02\xF4W\x80cz\x08\x10\x1C\x14a\x037W__\xFD[\x80cL\xCF\xE3L\x14a\x02YW\x80cQ\xBB\x9B\x1E\x14a\x02\x80W\x80c\\t`\xD6\x14a\x02\xA7W__\xFD[\x80c<\xCE\x92\xBE\x11a\x01xW\x80c<\xCE\x92\xBE\x14a\x02 W\x80cA\xB6\xFC\xF7\x14a\x023W\x80cJ\x97\x0B\xE7\x14a\x02FW__\xFD[\x80c\x15\x86\xF0\xF7\x14a\x01\x9EW\x80c.\x1A}M\x14a\x01\xEAW\x80c<\xA0<\x95\x14a\x01\xFFW[__\xFD[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xFDa\x01\xF86`\x04a$\nV[a\x04\x9EV[\0[a\x02\x12a\x02\r6`\x04a$7V[a\x06\x1CV[`@Q\x90\x81R` \x01a\x01\xE1V[a\x01\xFDa\x02.6`\x04a$QV[a\x06KV[a\x02\x12a\x02A6`\x04a$\xC2V[a\x06\xCBV[a\x01\xFDa\x02T6`\x04a$\xE2V[a\x06\xDFV[a\x02\x12\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x81V[a\x02\x12\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\xC0V[a\x02\x12\x7F4\xB9l\x12\xA0\xEC\x177\xFA\x12\xA8/\x18XR\x8F\xF1\xB9\x04\xA3m\xBC\xF1\xA8\x1D\xA4J<hG\xD7\xCD\x81V[a\x02\x12a\x03\x026`\x04a%MV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x02` R`@\x90 Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x02\x12a\x03E6`\x04a$\nV[_\x90\x81R`\x03` R`@\x90 T\x90V[a\x03^a\x07\xB0V[`@Qa\x01\xE1\x97\x96\x95\x94\x93\x92\x91\x90a%\xB4V[a\x02\x12a\x03\x7F6`\x04a&\xB8V[a\x08\x0EV[a\x02\x12a\x03\x926`\x04a'!V[a\x08\x84V[a\x03\xAAa\x03\xA56`\x04a'SV[a\x08\xB6V[`@Qa\x01\xE1\x91\x90a'\x7FV[a\x01\xFDa\x03\xC56`\x04a'SV[a\n\x12V[a\x01\xFDa\x03\xD86`\x04a$\nV[a\n\xDAV[a\x01\xFDa\x03\xEB6`\x04a(\x18V[a\n\xE6V[a\x02\x12a\x0E\x10\x81V[a\x03\xAAa\x04\x076`\x04a(\x18V[a\x0B\x12V[a\x04\x1Fa\x04\x1A6`\x04a(\x7FV[a\x0C>V[`@Qa\x01\xE1\x92\x91\x90a(\xFCV[a\x02\x12a\x04;6`\x04a%MV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x02` R`@\x90 T``\x1C\x90V[a\x02\x12a\x04s6`\x04a)\x9CV[a\x0E\xBFV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\xC0V[\x80_\x03a\x04\xCEWa\x04\xCE\x7F\x1F* \x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F\x0CV[3_\x90\x81R`\x02` R`@\x90 T\x80k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83\x11\x15a\x05.Wa\x05.\x7F\xDBB\x14M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x86a\x0F\x14V[a\x05\x89\x83\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x05L\x84``\x1C\x90V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x90\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x17\x92\x91PPV[3_\x81\x81R`\x02` R`@\x90\x81\x90 \x92\x90\x92U\x90Q\x7Fp\x84\xF5Gf\x18\xD8\xE6\x0B\x11\xEF\r}?\x06\x91FU\xAD\xB8y>(\xFF\x7F\x01\x8DLv\xD5\x05\xD5\x90a\x05\xCE\x90\x86\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x06\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x85a\x0FGV[PPPV[_\x81`@Q` \x01a\x06.\x91\x90a)\xDDV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x80_[\x81\x81\x10\x15a\x06\xC5W6\x84\x84\x83\x81\x81\x10a\x06iWa\x06ia*\x97V[\x90P` \x02\x81\x01\x90a\x06{\x91\x90a*\xC4V[\x90P\x805_a\x06\x8D\x82` \x85\x01a\x0F\xC8V[\x90Pa\x06\x99\x82\x82a\x10ZV[a\x06\xB7\x82\x82a\x01\0\x86\x015a\x06\xB2a\x01 \x88\x01\x88a+\0V[a\x128V[PPP\x80`\x01\x01\x90Pa\x06NV[PPPPV[_a\x06\xD6\x83\x83a\x13\0V[\x90P[\x92\x91PPV[`@Q\x7F\xD5\x05\xAC\xCF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x86\x90R`d\x81\x01\x85\x90R`\xFF\x84\x16`\x84\x82\x01R`\xA4\x81\x01\x83\x90R`\xC4\x81\x01\x82\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\xD5\x05\xAC\xCF\x90`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x07\x8EW__\xFD[PZ\xF1\x92PPP\x80\x15a\x07\x9FWP`\x01[Pa\x07\xA9\x85a\x13[V[PPPPPV[_``\x80___``a\x07\xC1a\x14\x94V[a\x07\xC9a\x14\xC5V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[__a\x08C\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x86a\x08>\x88a\x14\xF2V[a\x15EV[\x90Pa\x08ya\x08t\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x83\x87\x87a\x15\x93V[a\x15\xBAV[\x91PP[\x93\x92PPPV[_a\x06\xD9a\x08t\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x84a\x08>\x86a\x14\xF2V[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91Ra\x08\xF8\x83\x83a\x0F\xC8V[\x80Q\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14a\tDWa\tD\x7F\xDBc|R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x843a\x16\x01V[`\xC0\x81\x01Q_a\tVa\x0E\x10Ba+\x8EV[\x90P\x80\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\t\x9FWa\t\x9F\x7F;\x1F\xE6\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x84a\x16.V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xC0\x84\x01R`\xE0\x83 _\x86\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x92\x90\x92U`\xC0\x85\x01Q\x90Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R\x86\x91\x7F\xD9\x8F\xEC\xC9\xDE\xF7l\xC8\xA8L\xE5\xD9\x93\x1D\x9E\x11\xB4\xE0\x10g/\x93\x80\xF9B\x08L\x8F\xE8\x89\xE9&\x91\x01`@Q\x80\x91\x03\x90\xA2PP\x92\x91PPV[_a\n\x1D\x83\x83a\x0F\xC8V[`\xC0\x81\x01Q\x90\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16B\x10\x15a\nlWa\nl\x7F6\x8Bx%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16a\x16KV[_\x84\x81R`\x03` R`@\x81 U`\xA0\x82\x01Q`\x80\x83\x01Q\x81\x81\x03\x91\x14a\n\x99W\x82Qa\n\x99\x90\x82a\x16bV[\x84\x7F\xE7\xD3g\xA3\xDE\xAC\xC3,\xCF\xCB\xD6\xD5\xA2\xE6L=\xB7@&aU\xB8\x11\xD6|mu\x84E\xC0M}\x82`@Qa\n\xCB\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPPV[a\n\xE3\x81a\x13[V[PV[_a\n\xF1\x86\x86a\x0F\xC8V[\x90Pa\n\xFD\x86\x82a\x10ZV[a\x0B\n\x86\x82\x86\x86\x86a\x128V[PPPPPPV[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91Ra\x0BT\x86\x86a\x0F\xC8V[\x90Pa\x0B`\x86\x82a\x10ZV[_a\x0Bt\x82``\x01Q\x83`\x80\x01Q\x87a\x16\xCBV[`\xA0\x83\x01Q\x90\x91P\x80\x82\x11a\x0B\xAFWa\x0B\xAF\x7F\x8E\\'j\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89\x84\x84a\x16.V[a\x0B\xBF\x88\x84_\x01Q\x88\x88\x88a\x17@V[`\xA0\x83\x01\x82\x90R`\xE0\x83 _\x89\x81R`\x03` \x90\x81R`@\x90\x91 \x91\x90\x91U\x83\x01Q\x81\x83\x03\x90a\x0B\xEF\x90\x82a\x16bV[`@\x80Q\x88\x81R` \x81\x01\x83\x90R\x90\x81\x01\x84\x90R\x89\x90\x7F\xD4\x81px\x8F\xFA\xEEu$\xBB\xEDwWt\x81\xD0\x1E\x14\x04\xB9\x16w\x02\xF2;arWd\xAD\x10\xD7\x90``\x01`@Q\x80\x91\x03\x90\xA2PPP\x95\x94PPPPPV[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90Ra\x0C~\x87a\x17\xB5V[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x0C\xBFWa\x0C\xBF\x7F)\x9D\xCF\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F\x0CV[a\x0C\xC8\x87a\x17\xCDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x82\x01\x81\x90RB\x10a\r\x1AW`\xC0\x81\x01Qa\r\x1A\x90\x7F\xC8\xD7\x02\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba\x16KV[_a\r$\x88a\x14\xF2V[\x90Pa\r4\x88\x82\x89\x89\x89\x89a\x17\xE0V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83R\x92Pa\rW\x88a\x19\xBDV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x83\x01Ra\r\x8Aa\r~\x89a\x19\xD0V[`@\x84\x01Q\x84Qa\x19\xE3V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x80\x84\x01\x91\x90\x91R_\x84\x81R`\x03\x90\x91R`@\x90 a\r\xC2\x89\x83\x86\x84a\x1B\x84V[`\x80\x85\x01R``\x84\x01R\x82Qa\r\xDF\x90\x8A5\x86\x86`\x80\x01Qa\x1CdV[`\xE0\x83 \x81_\x01\x81\x90UP\x82` \x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83_\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x7F\xA5\xBC\xDC\xAFc\x92\xA8\"\x96\xDD\x8A\x17[nK\x119`\xBD\xFD\t&\t\x1F\xD0\xF11_\x8A\xB9\xF2\xD8\x86`@\x01Qa\x0EQ\x8E``\x015\x90V[``\x80\x8A\x01Q`\x80\x80\x8C\x01Q`\xC0\x80\x8E\x01Q`@\x80Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x99\x16\x89R` \x89\x01\x97\x90\x97R\x95\x87\x01\x8D\x90R\x93\x86\x01\x92\x90\x92R\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\xA0\x83\x01R\x01`@Q\x80\x91\x03\x90\xA4PP\x95P\x95\x93PPPPV[_``\x83\x015\x80\x82\x03a\x0E\xF5Wa\x0E\xF5\x7F)\x9D\xCF\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F\x0CV[a\x0F\x04\x81\x85`\x80\x015\x85a\x16\xCBV[\x94\x93PPPPV[\x80_R`\x04_\xFD[`@Q\x84\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R\x82`$\x82\x01R\x81`D\x82\x01R`d\x81\xFD[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x06\x17\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPa\x1D\x9DV[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91R\x82\x15\x80a\x10\"WPa\x10\x11\x82a\x1E@V[_\x84\x81R`\x03` R`@\x90 T\x14\x15[\x15a\x10QWa\x10Q\x7F\xF3\x83\xB1>\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84a\x1ESV[a\x06\xD6\x82a\x1E_V[` \x81\x01Q3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x14a\x11\xEDW`@\x82\x01Q3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x14a\x10\xC9Wa\x10\xC9\x7F\x89W\xE7\xE6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x853a\x16\x01V[`@Q\x7F\xFA\x07=v\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16`\x04\x83\x01R_\x91\x82\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xFA\x07=v\x90`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x11VW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11z\x91\x90a+\xA1V[\x91P\x91P\x83s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x11\xB7WP\x80\x15[\x15a\x11\xE9Wa\x11\xE9\x7F/\xC5\xE3\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87\x85\x85\x85a\x1E\xACV[PPP[`\xC0\x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16B\x10a\x06\xC5Wa\x06\xC5\x7F?\xCE\xCB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16a\x16KV[_a\x12L\x85``\x01Q\x86`\x80\x01Q\x86a\x16\xCBV[`\xA0\x86\x01Q\x90\x91P\x80\x80\x83\x11\x15a\x12pWa\x12m\x88\x88_\x01Q\x88\x88\x88a\x17@V[P\x81[_\x88\x81R`\x03` R`@\x81 U`\x80\x87\x01Q\x82\x82\x03\x90\x82\x90\x03\x82\x84\x14a\x12\x9FWa\x12\x9F\x89` \x01Q\x83a\x16bV[\x80\x15a\x12\xB1W\x88Qa\x12\xB1\x90\x82a\x16bV[`@\x80Q\x89\x81R` \x81\x01\x84\x90R\x90\x81\x01\x82\x90R\x8A\x90\x7F\x11\x10\x07\xEB)!\x1B\xD80\x08y\xA3\x1C\xEB\xB4>=\x8D\xF21\xAAI\x9E\xAF\xAA\xE5G\x86)\xFFm{\x90``\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPPV[`@\x80Q\x7F4\xB9l\x12\xA0\xEC\x177\xFA\x12\xA8/\x18XR\x8F\xF1\xB9\x04\xA3m\xBC\xF1\xA8\x1D\xA4J<hG\xD7\xCD` \x82\x01R\x90\x81\x01\x83\x90R``\x81\x01\x82\x90R_\x90a\x06\xD6\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a\x15\xBAV[\x80_\x03a\x13\x8BWa\x13\x8B\x7F\x1F* \x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F\x0CV[3_\x90\x81R`\x02` R`@\x81 T\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x90a\x13\xB5\x84\x83a+\x8EV[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x13\xF7Wa\x13\xF7\x7F\x9F\xBBa\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003\x84\x87a\x0F\x14V[a\x14\x05\x81a\x05L\x85``\x1C\x90V[3_\x81\x81R`\x02` R`@\x90\x81\x90 \x92\x90\x92U\x90Q\x7F-\xA4f\xA7\xB2C\x04\xF4~\x87\xFA.\x1EZ\x81\xB9\x83\x1C\xE5O\xEC\x19\x05\\\xE2w\xCA/9\xBAB\xC4\x90a\x14J\x90\x87\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x06\xC5s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x87a\x1E\xFDV[``a\x14\xC0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_a\x1FCV[\x90P\x90V[``a\x14\xC0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01a\x1FCV[_`\x80\x82\x015`\x1F\x836\x03\x03\x81\x12a\x15\x08W__\xFD[\x80\x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x15 W__\xFD[` \x82\x85\x01\x01\x91P\x806\x03\x82\x13\x15a\x156W__\xFD[`@Q\x81\x83\x827 \x93\x92PPPV[_`\xA0\x80\x84\x015`\xC0\x85\x015\x17\x90\x1C` \x84\x015`\x80\x1C`@\x85\x81\x015\x90\x1C\x17\x17\x80\x15a\x15pW__\xFD[P`@Q\x84\x81R`\xE0\x84` \x83\x017`\xA0\x81\x01\x92\x90\x92RPa\x01\0\x90 \x92\x91PPV[_`@Q\x82\x84\x827\x91\x82 \x94\x82RP` \x81\x01\x92\x90\x92RP`@\x81\x01\x91\x90\x91R``\x90 \x90V[_a\x06\xD9a\x15\xC6a\x1F\xECV[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[`@Q\x83\x81R\x82`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x81\xFD[`@Q\x84\x81R\x83`\x04\x82\x01R\x82`$\x82\x01R\x81`D\x82\x01R`d\x81\xFD[`@Q\x83\x81R\x82`\x04\x82\x01R\x81`$\x82\x01R`D\x81\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x02` R`@\x90 Ta\x16\x9Ea\x16\x94\x83\x83a+\xDDV[a\x05L\x83``\x1C\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16_\x90\x81R`\x02` R`@\x90 \x92\x90\x92UPPV[_\x80\x83\x15a\x16\xEEW\x84`\x01\x85\x03\x81a\x16\xE5Wa\x16\xE5a,\x01V[\x04`\x01\x01a\x16\xF0V[_[\x90P\x80\x83\x11\x15a\x17%Wa\x17%\x7F\xF4b\x89w\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x83a\x16KV[\x80\x83\x03a\x175W\x83\x91PPa\x08}V[PP\x91\x90\x91\x02\x91\x90PV[_a\x17Ua\x17N\x87\x86a\x13\0V[\x84\x84a!\"V[\x90P\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x0B\nWa\x0B\n\x7FS\xDC#\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87\x83a\x16\x01V[` \x81\x015`\x80\x81\x90\x1C\x15a\x17\xC8W__\xFD[\x91\x90PV[`@\x81\x81\x015\x90\x81\x90\x1C\x15a\x17\xC8W__\xFD[___a\x17\xEBa\x1F\xECV[\x90P_a\x18\x19\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x8B\x8Ba\x15EV[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x84\x90R`\"\x81\x01\x82\x90R`B\x90 \x94P\x90Pa\x18`\x84\x89\x89a!\"V[\x92Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16a\x18\xA7Wa\x18\xA7\x7F.n\xDA-\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85a\x1ESV[_a\x18\xB1\x8Ba\x19\xD0V[\x90P_a\x18\xE0\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x84\x8C\x8Ca\x15\x93V[\x90P_a\x19,a\x19%\x86\x84`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x8A\x8Aa!\"V[\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a\x19}WP\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x19\xADWa\x19\xAD\x7F\x88\x8F+\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x83a!\x91V[PPPPP\x96P\x96\x94PPPPPV[`\xC0\x81\x015`\xA0\x81\x90\x1C\x15a\x17\xC8W__\xFD[`\xA0\x81\x81\x015\x90\x81\x90\x1C\x15a\x17\xC8W__\xFD[_____a\x1A\x13\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89\x89a!\xD4V[\x93P\x93P\x93P\x93P\x80\x15\x80a\x1A_WP3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x14\x80\x15\x90a\x1A_WP3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x14\x15[\x15a\x1A\x91Wa\x1A\x91\x7F\xEC/\xAB\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x84\x843a\"\x97V[\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x1A\xEEWa\x1A\xEE\x7F\xF7?=\x16\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87a\"\xFEV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x15\x80\x15\x90a\x1BGWP\x85s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x1BGWP\x82\x15[\x15a\x1ByWa\x1By\x7F\xBD\xE5\x980\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89\x86\x86\x8Aa\"\x97V[P\x96\x95PPPPPPV[\x80T_\x90\x81\x90\x15a\x1B\xB9Wa\x1B\xB9\x7F\t]\x02)\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85a\x1ESV[``\x86\x015_\x80\x80a\x1B\xEC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85\x8Ba# V[\x92P\x92P\x92P\x82a\x1C\"Wa\x1C\"\x7FUA\xBB\xBC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85\x8Ba\x16KV[_a\x1C,\x8Ba\x17\xB5V[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x81c\xFF\xFF\xFF\xFF\x16\x81\x02\x96P\x82c\xFF\xFF\xFF\xFF\x16\x81\x02\x95PPPPPP\x94P\x94\x92PPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16_\x90\x81R`\x02` R`@\x81 T\x90a\x1C\x94\x82``\x1C\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x84\x81\x14a\x1C\xDFWa\x1C\xDF\x7F>\xC8I(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87\x83\x88a\x0F\x14V[\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x84\x11\x15a\x1D0Wa\x1D0\x7F\xDBB\x14M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x87a\x0F\x14V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x85\x90\x03\x16``\x86\x90\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x97\x16_\x90\x81R`\x02` R`@\x90 \x96\x90\x96UPPPPPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a\x1D\xBCW`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a\x1D\xD3W\x80`\x01\x14\x15a\x1D\xEDV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16;\x15[\x15a\x06\xC5W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01`@Q\x80\x91\x03\x90\xFD[_`@Q`\xE0\x83\x827`\xE0\x90 \x92\x91PPV[\x81_R\x80`\x04R`$_\xFD[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91RP`@Q`\xE0\x82\x827`\xE0\x81\x01`@R\x91\x90PV[`@Q\x85\x81R\x84`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`D\x82\x01R\x81\x15\x15`d\x82\x01R`\x84\x81\xFD[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x06\xC5\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a\x0F\x81V[```\xFF\x83\x14a\x1F]Wa\x1FV\x83a#\x8DV[\x90Pa\x06\xD9V[\x81\x80Ta\x1Fi\x90a,.V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x1F\x95\x90a,.V[\x80\x15a\x1F\xE0W\x80`\x1F\x10a\x1F\xB7Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x1F\xE0V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x1F\xC3W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90Pa\x06\xD9V[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a QWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a {WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x14\xC0`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_` \x83\x015\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x81\x11\x15`A\x84\x14\x16\x15a!\x89W`@Q\x85\x81R`@\x85\x015_\x1A` \x82\x01R\x845`@\x82\x01R\x81``\x82\x01R__R` _`\x80\x83`\x01Z\xFAPP_Q\x91P[P\x93\x92PPPV[`@Q\x83\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x81\xFD[_____c\xEC\xBE\x9D,`\xE0\x1B\x90P`@Q\x81\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`\x80\x81`D\x83\x8CZ\xFAa\"6W=_\x82>=\x81\xFD[`\x80=\x10\x15a\"CW__\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x95P` \x81\x01Q\x15\x15\x94Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16\x93P``\x81\x01Q\x15\x15\x92PPP\x93P\x93P\x93P\x93V[`@Q\x85\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R\x82\x15\x15`D\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`d\x82\x01R`\x84\x81\xFD[\x81_Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\x04R`$_\xFD[____cx\x9F\x18\xC0`\xE0\x1B\x90P`@Q\x81\x81R\x86`\x04\x82\x01R\x85`$\x82\x01R``\x81`D\x83\x8BZ\xFAa#UW=_\x82>=\x81\xFD[``=\x10\x15a#bW__\xFD[\x80Q\x15\x15\x94Pc\xFF\xFF\xFF\xFF` \x82\x01Q\x16\x93Pc\xFF\xFF\xFF\xFF`@\x82\x01Q\x16\x92PPP\x93P\x93P\x93\x90PV[``_a#\x99\x83a#\xCAV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x06\xD9W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a$\x1AW__\xFD[P5\x91\x90PV[_`\xE0\x82\x84\x03\x12\x15a$1W__\xFD[P\x91\x90PV[_`\xE0\x82\x84\x03\x12\x15a$GW__\xFD[a\x06\xD6\x83\x83a$!V[__` \x83\x85\x03\x12\x15a$bW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$xW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a$\x88W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x9EW__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a$\xB2W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[__`@\x83\x85\x03\x12\x15a$\xD3W__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[_____`\xA0\x86\x88\x03\x12\x15a$\xF6W__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015`\xFF\x81\x16\x81\x14a%\x14W__\xFD[\x94\x97\x93\x96P\x93\x94``\x81\x015\x94P`\x80\x015\x92\x91PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\n\xE3W__\xFD[_` \x82\x84\x03\x12\x15a%]W__\xFD[\x815a\x08}\x81a%,V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a%\xEE`\xE0\x83\x01\x89a%hV[\x82\x81\x03`@\x84\x01Ra&\0\x81\x89a%hV[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a&bW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a&DV[P\x90\x9B\x9APPPPPPPPPPPV[__\x83`\x1F\x84\x01\x12a&\x83W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x9AW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a&\xB1W__\xFD[\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a&\xCAW__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\xE0W__\xFD[a&\xEC\x86\x82\x87\x01a$!V[\x93PP` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'\x08W__\xFD[a'\x14\x86\x82\x87\x01a&sV[\x94\x97\x90\x96P\x93\x94PPPPV[_` \x82\x84\x03\x12\x15a'1W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'GW__\xFD[a\x0F\x04\x84\x82\x85\x01a$!V[__a\x01\0\x83\x85\x03\x12\x15a'eW__\xFD[\x825\x91Pa'v\x84` \x85\x01a$!V[\x90P\x92P\x92\x90PV[`\xE0\x81\x01a\x06\xD9\x82\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16`@\x83\x01R``\x81\x01Q``\x83\x01R`\x80\x81\x01Q`\x80\x83\x01R`\xA0\x81\x01Q`\xA0\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x83\x01RPPV[_____a\x01@\x86\x88\x03\x12\x15a(-W__\xFD[\x855\x94Pa(>\x87` \x88\x01a$!V[\x93Pa\x01\0\x86\x015\x92Pa\x01 \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(bW__\xFD[a(n\x88\x82\x89\x01a&sV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[_____``\x86\x88\x03\x12\x15a(\x93W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xA9W__\xFD[a(\xB5\x88\x82\x89\x01a$!V[\x95PP` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xD1W__\xFD[a(\xDD\x88\x82\x89\x01a&sV[\x90\x95P\x93PP`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(bW__\xFD[\x82\x81Ra\x01\0\x81\x01a\x08}` \x83\x01\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16`@\x83\x01R``\x81\x01Q``\x83\x01R`\x80\x81\x01Q`\x80\x83\x01R`\xA0\x81\x01Q`\xA0\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x83\x01RPPV[__a\x01\0\x83\x85\x03\x12\x15a)\xAEW__\xFD[a)\xB8\x84\x84a$!V[\x94`\xE0\x93\x90\x93\x015\x93PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x17\xC8W__\xFD[`\xE0\x81\x01\x825a)\xEC\x81a%,V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R` \x83\x015a*\x12\x81a%,V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R`@\x83\x015a*;\x81a%,V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x83\x01R``\x83\x81\x015\x90\x83\x01R`\x80\x80\x84\x015\x90\x83\x01R`\xA0\x80\x84\x015\x90\x83\x01Ra*\x80`\xC0\x84\x01a)\xC6V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xC0\x84\x01RP\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\xC1\x836\x03\x01\x81\x12a*\xF6W__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a+3W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a+MW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a&\xB1W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x06\xD9Wa\x06\xD9a+aV[__`@\x83\x85\x03\x12\x15a+\xB2W__\xFD[\x82Qa+\xBD\x81a%,V[` \x84\x01Q\x90\x92P\x80\x15\x15\x81\x14a+\xD2W__\xFD[\x80\x91PP\x92P\x92\x90PV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x06\xD9Wa\x06\xD9a+aV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a,BW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a$1W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061019a575f3560e01c806384b0196e116100e8578063b87e9e1f11610093578063eca842e01161006e578063eca842e01461040c578063ed2a2d641461042d578063f21d48d214610465578063fc0c546a14610478575f5ffd5b8063b87e9e1f146103dd578063d7bd27c5146103f0578063df7d2a73146103f9575f5ffd5b8063a079b999116100c3578063a079b99914610397578063a59b9b45146103b7578063b6b55f25146103ca575f5ffd5b806384b0196e146103565780638f48a29b146103715780639bcf7fbd14610384575f5ffd5b80634ccfe34c116101485780636d3298cb116101235780636d3298cb146102cd57806370a08231146102f45780637a08101c14610337575f5ffd5b80634ccfe34c1461025957806351bb9b1e146102805780635c7460d6146102a7575f5ffd5b80633cce92be116101785780633cce92be1461022057806341b6fcf7146102335780634a970be714610246575f5ffd5b80631586f0f71461019e5780632e1a7d4d146101ea5780633ca03c95146101ff575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6101fd6101f836600461240a565b61049e565b005b61021261020d366004612437565b61061c565b6040519081526020016101e1565b6101fd61022e366004612451565b61064b565b6102126102413660046124c2565b6106cb565b6101fd6102543660046124e2565b6106df565b6102127fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae407381565b6102127f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad81565b7f00000000000000000000000000000000000000000000000000000000000000006101c0565b6102127f34b96c12a0ec1737fa12a82f1858528ff1b904a36dbcf1a81da44a3c6847d7cd81565b61021261030236600461254d565b73ffffffffffffffffffffffffffffffffffffffff165f908152600260205260409020546bffffffffffffffffffffffff1690565b61021261034536600461240a565b5f9081526003602052604090205490565b61035e6107b0565b6040516101e197969594939291906125b4565b61021261037f3660046126b8565b61080e565b610212610392366004612721565b610884565b6103aa6103a5366004612753565b6108b6565b6040516101e1919061277f565b6101fd6103c5366004612753565b610a12565b6101fd6103d836600461240a565b610ada565b6101fd6103eb366004612818565b610ae6565b610212610e1081565b6103aa610407366004612818565b610b12565b61041f61041a36600461287f565b610c3e565b6040516101e19291906128fc565b61021261043b36600461254d565b73ffffffffffffffffffffffffffffffffffffffff165f9081526002602052604090205460601c90565b61021261047336600461299c565b610ebf565b7f00000000000000000000000000000000000000000000000000000000000000006101c0565b805f036104ce576104ce7f1f2a200500000000000000000000000000000000000000000000000000000000610f0c565b335f90815260026020526040902054806bffffffffffffffffffffffff811683111561052e5761052e7fdb42144d00000000000000000000000000000000000000000000000000000000336bffffffffffffffffffffffff841686610f14565b61058983826bffffffffffffffffffffffff160361054c8460601c90565b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606082901b166bffffffffffffffffffffffff83161792915050565b335f81815260026020526040908190209290925590517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906105ce9086815260200190565b60405180910390a261061773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163385610f47565b505050565b5f8160405160200161062e91906129dd565b604051602081830303815290604052805190602001209050919050565b805f5b818110156106c5573684848381811061066957610669612a97565b905060200281019061067b9190612ac4565b905080355f61068d8260208501610fc8565b9050610699828261105a565b6106b782826101008601356106b2610120880188612b00565b611238565b50505080600101905061064e565b50505050565b5f6106d68383611300565b90505b92915050565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063d505accf9060e4015f604051808303815f87803b15801561078e575f5ffd5b505af192505050801561079f575060015b506107a98561135b565b5050505050565b5f6060805f5f5f60606107c1611494565b6107c96114c5565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f5f6108437f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad8661083e886114f2565b611545565b90506108796108747fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae4073838787611593565b6115ba565b9150505b9392505050565b5f6106d96108747f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad8461083e866114f2565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526108f88383610fc8565b805190915073ffffffffffffffffffffffffffffffffffffffff163314610944576109447fdb637c52000000000000000000000000000000000000000000000000000000008433611601565b60c08101515f610956610e1042612b8e565b9050808267ffffffffffffffff161161099f5761099f7f3b1fe6dd000000000000000000000000000000000000000000000000000000008667ffffffffffffffff85168461162e565b67ffffffffffffffff811660c084015260e083205f868152600360209081526040918290209290925560c0850151905167ffffffffffffffff909116815286917fd98fecc9def76cc8a84ce5d9931d9e11b4e010672f9380f942084c8fe889e926910160405180910390a2505092915050565b5f610a1d8383610fc8565b60c081015190915067ffffffffffffffff8116421015610a6c57610a6c7f368b7825000000000000000000000000000000000000000000000000000000008567ffffffffffffffff841661164b565b5f8481526003602052604081205560a082015160808301518181039114610a99578251610a999082611662565b847fe7d367a3deacc32ccfcbd6d5a2e64c3db740266155b811d67c6d758445c04d7d82604051610acb91815260200190565b60405180910390a25050505050565b610ae38161135b565b50565b5f610af18686610fc8565b9050610afd868261105a565b610b0a8682868686611238565b505050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152610b548686610fc8565b9050610b60868261105a565b5f610b7482606001518360800151876116cb565b60a0830151909150808211610baf57610baf7f8e5c276a0000000000000000000000000000000000000000000000000000000089848461162e565b610bbf88845f0151888888611740565b60a0830182905260e083205f8981526003602090815260409091209190915583015181830390610bef9082611662565b604080518881526020810183905290810184905289907fd48170788ffaee7524bbed77577481d01e1404b9167702f23b61725764ad10d79060600160405180910390a250505095945050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101829052610c7e876117b5565b6fffffffffffffffffffffffffffffffff165f03610cbf57610cbf7f299dcf9a00000000000000000000000000000000000000000000000000000000610f0c565b610cc8876117cd565b67ffffffffffffffff1660c082018190524210610d1a5760c0810151610d1a907fc8d7021f000000000000000000000000000000000000000000000000000000009067ffffffffffffffff164261164b565b5f610d24886114f2565b9050610d348882898989896117e0565b73ffffffffffffffffffffffffffffffffffffffff1683529250610d57886119bd565b73ffffffffffffffffffffffffffffffffffffffff166040830152610d8a610d7e896119d0565b604084015184516119e3565b73ffffffffffffffffffffffffffffffffffffffff166020808401919091525f848152600390915260409020610dc289838684611b84565b608085015260608401528251610ddf908a35868660800151611c64565b60e08320815f0181905550826020015173ffffffffffffffffffffffffffffffffffffffff16835f015173ffffffffffffffffffffffffffffffffffffffff16857fa5bcdcaf6392a82296dd8a175b6e4b113960bdfd0926091fd0f1315f8ab9f2d88660400151610e518e6060013590565b6060808a01516080808c015160c0808e01516040805173ffffffffffffffffffffffffffffffffffffffff909916895260208901979097529587018d90529386019290925284015267ffffffffffffffff90911660a08301520160405180910390a450509550959350505050565b5f6060830135808203610ef557610ef57f299dcf9a00000000000000000000000000000000000000000000000000000000610f0c565b610f04818560800135856116cb565b949350505050565b805f5260045ffd5b60405184815273ffffffffffffffffffffffffffffffffffffffff84166004820152826024820152816044820152606481fd5b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261061791859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050611d9d565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152821580611022575061101182611e40565b5f8481526003602052604090205414155b15611051576110517ff383b13e0000000000000000000000000000000000000000000000000000000084611e53565b6106d682611e5f565b60208101513373ffffffffffffffffffffffffffffffffffffffff8216146111ed5760408201513373ffffffffffffffffffffffffffffffffffffffff8216146110c9576110c97f8957e7e6000000000000000000000000000000000000000000000000000000008533611601565b6040517ffa073d7600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f9182917f0000000000000000000000000000000000000000000000000000000000000000169063fa073d76906024016040805180830381865afa158015611156573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061117a9190612ba1565b915091508373ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff161415806111b7575080155b156111e9576111e97f2fc5e3e40000000000000000000000000000000000000000000000000000000087858585611eac565b5050505b60c082015167ffffffffffffffff811642106106c5576106c57f3fcecbdb000000000000000000000000000000000000000000000000000000008567ffffffffffffffff841661164b565b5f61124c85606001518660800151866116cb565b60a086015190915080808311156112705761126d88885f0151888888611740565b50815b5f8881526003602052604081205560808701518282039082900382841461129f5761129f896020015183611662565b80156112b15788516112b19082611662565b60408051898152602081018490529081018290528a907f111007eb29211bd8300879a31cebb43e3d8df231aa499eafaae5478629ff6d7b9060600160405180910390a250505050505050505050565b604080517f34b96c12a0ec1737fa12a82f1858528ff1b904a36dbcf1a81da44a3c6847d7cd6020820152908101839052606081018290525f906106d690608001604051602081830303815290604052805190602001206115ba565b805f0361138b5761138b7f1f2a200500000000000000000000000000000000000000000000000000000000610f0c565b335f90815260026020526040812054906bffffffffffffffffffffffff8216906113b58483612b8e565b90506bffffffffffffffffffffffff8111156113f7576113f77f9fbb61c200000000000000000000000000000000000000000000000000000000338487610f14565b6114058161054c8560601c90565b335f81815260026020526040908190209290925590517f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49061144a9087815260200190565b60405180910390a26106c573ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333087611efd565b60606114c07f00000000000000000000000000000000000000000000000000000000000000005f611f43565b905090565b60606114c07f00000000000000000000000000000000000000000000000000000000000000006001611f43565b5f6080820135601f833603038112611508575f5ffd5b8083013567ffffffffffffffff811115611520575f5ffd5b6020828501019150803603821315611536575f5ffd5b60405181838237209392505050565b5f60a08084013560c085013517901c602084013560801c604085810135901c17178015611570575f5ffd5b5060405184815260e084602083013760a081019290925250610100902092915050565b5f604051828482379182209482525060208101929092525060408101919091526060902090565b5f6106d96115c6611fec565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60405183815282600482015273ffffffffffffffffffffffffffffffffffffffff82166024820152604481fd5b604051848152836004820152826024820152816044820152606481fd5b604051838152826004820152816024820152604481fd5b73ffffffffffffffffffffffffffffffffffffffff82165f9081526002602052604090205461169e6116948383612bdd565b61054c8360601c90565b73ffffffffffffffffffffffffffffffffffffffff9093165f908152600260205260409020929092555050565b5f8083156116ee578460018503816116e5576116e5612c01565b046001016116f0565b5f5b905080831115611725576117257ff462897700000000000000000000000000000000000000000000000000000000848361164b565b808303611735578391505061087d565b505091909102919050565b5f61175561174e8786611300565b8484612122565b90508473ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610b0a57610b0a7f53dc23a5000000000000000000000000000000000000000000000000000000008783611601565b6020810135608081901c156117c8575f5ffd5b919050565b6040818101359081901c156117c8575f5ffd5b5f5f5f6117eb611fec565b90505f6118197f4e993b2e0802c6f82b8b4d315f5b944d48ea383fabd75db7d9fb93aa7626b3ad8b8b611545565b6040517f1901000000000000000000000000000000000000000000000000000000000000815260028101849052602281018290526042902094509050611860848989612122565b925073ffffffffffffffffffffffffffffffffffffffff83166118a7576118a77f2e6eda2d0000000000000000000000000000000000000000000000000000000085611e53565b5f6118b18b6119d0565b90505f6118e07fe96416777b14175e0ccdff8372ef666d8010ed43e4d4b5207359adad1dae4073848c8c611593565b90505f61192c61192586846040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b8a8a612122565b905073ffffffffffffffffffffffffffffffffffffffff8116158061197d57508273ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614155b156119ad576119ad7f888f2b0f000000000000000000000000000000000000000000000000000000008483612191565b5050505050965096945050505050565b60c081013560a081901c156117c8575f5ffd5b60a0818101359081901c156117c8575f5ffd5b5f5f5f5f5f611a137f000000000000000000000000000000000000000000000000000000000000000089896121d4565b9350935093509350801580611a5f57503373ffffffffffffffffffffffffffffffffffffffff831614801590611a5f57503373ffffffffffffffffffffffffffffffffffffffff881614155b15611a9157611a917fec2fab110000000000000000000000000000000000000000000000000000000088848433612297565b8173ffffffffffffffffffffffffffffffffffffffff168673ffffffffffffffffffffffffffffffffffffffff1603611aee57611aee7ff73f3d1600000000000000000000000000000000000000000000000000000000876122fe565b73ffffffffffffffffffffffffffffffffffffffff841615801590611b4757508573ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff16141580611b47575082155b15611b7957611b797fbde59830000000000000000000000000000000000000000000000000000000008986868a612297565b509695505050505050565b80545f90819015611bb957611bb97f095d02290000000000000000000000000000000000000000000000000000000085611e53565b60608601355f8080611bec7f0000000000000000000000000000000000000000000000000000000000000000858b612320565b92509250925082611c2257611c227f5541bbbc00000000000000000000000000000000000000000000000000000000858b61164b565b5f611c2c8b6117b5565b6fffffffffffffffffffffffffffffffff1690508163ffffffff16810296508263ffffffff1681029550505050505094509492505050565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526002602052604081205490611c948260601c90565b73ffffffffffffffffffffffffffffffffffffffff169050848114611cdf57611cdf7f3ec8492800000000000000000000000000000000000000000000000000000000878388610f14565b816bffffffffffffffffffffffff8116841115611d3057611d307fdb42144d00000000000000000000000000000000000000000000000000000000886bffffffffffffffffffffffff841687610f14565b6bffffffffffffffffffffffff81811685900316606086901b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000161773ffffffffffffffffffffffffffffffffffffffff9097165f90815260026020526040902096909655505050505050565b5f5f60205f8451602086015f885af180611dbc576040513d5f823e3d81fd5b50505f513d91508115611dd3578060011415611ded565b73ffffffffffffffffffffffffffffffffffffffff84163b155b156106c5576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240160405180910390fd5b5f60405160e083823760e0902092915050565b815f528060045260245ffd5b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091525060405160e082823760e08101604052919050565b60405185815284600482015273ffffffffffffffffffffffffffffffffffffffff8416602482015273ffffffffffffffffffffffffffffffffffffffff831660448201528115156064820152608481fd5b60405173ffffffffffffffffffffffffffffffffffffffff84811660248301528381166044830152606482018390526106c59186918216906323b872dd90608401610f81565b606060ff8314611f5d57611f568361238d565b90506106d9565b818054611f6990612c2e565b80601f0160208091040260200160405190810160405280929190818152602001828054611f9590612c2e565b8015611fe05780601f10611fb757610100808354040283529160200191611fe0565b820191905f5260205f20905b815481529060010190602001808311611fc357829003601f168201915b505050505090506106d9565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561205157507f000000000000000000000000000000000000000000000000000000000000000046145b1561207b57507f000000000000000000000000000000000000000000000000000000000000000090565b6114c0604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60208301357f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08111156041841416156121895760405185815260408501355f1a6020820152843560408201528160608201525f5f5260205f60808360015afa50505f5191505b509392505050565b60405183815273ffffffffffffffffffffffffffffffffffffffff8316600482015273ffffffffffffffffffffffffffffffffffffffff82166024820152604481fd5b5f5f5f5f5f63ecbe9d2c60e01b905060405181815273ffffffffffffffffffffffffffffffffffffffff8816600482015273ffffffffffffffffffffffffffffffffffffffff871660248201526080816044838c5afa612236573d5f823e3d81fd5b60803d1015612243575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff815116955060208101511515945073ffffffffffffffffffffffffffffffffffffffff6040820151169350606081015115159250505093509350935093565b60405185815273ffffffffffffffffffffffffffffffffffffffff8516600482015273ffffffffffffffffffffffffffffffffffffffff84166024820152821515604482015273ffffffffffffffffffffffffffffffffffffffff82166064820152608481fd5b815f5273ffffffffffffffffffffffffffffffffffffffff811660045260245ffd5b5f5f5f5f63789f18c060e01b90506040518181528660048201528560248201526060816044838b5afa612355573d5f823e3d81fd5b60603d1015612362575f5ffd5b80511515945063ffffffff602082015116935063ffffffff6040820151169250505093509350939050565b60605f612399836123ca565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f8111156106d9576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6020828403121561241a575f5ffd5b5035919050565b5f60e08284031215612431575f5ffd5b50919050565b5f60e08284031215612447575f5ffd5b6106d68383612421565b5f5f60208385031215612462575f5ffd5b823567ffffffffffffffff811115612478575f5ffd5b8301601f81018513612488575f5ffd5b803567ffffffffffffffff81111561249e575f5ffd5b8560208260051b84010111156124b2575f5ffd5b6020919091019590945092505050565b5f5f604083850312156124d3575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60a086880312156124f6575f5ffd5b8535945060208601359350604086013560ff81168114612514575f5ffd5b94979396509394606081013594506080013592915050565b73ffffffffffffffffffffffffffffffffffffffff81168114610ae3575f5ffd5b5f6020828403121561255d575f5ffd5b813561087d8161252c565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6125ee60e0830189612568565b82810360408401526126008189612568565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612662578351835260209384019390920191600101612644565b50909b9a5050505050505050505050565b5f5f83601f840112612683575f5ffd5b50813567ffffffffffffffff81111561269a575f5ffd5b6020830191508360208285010111156126b1575f5ffd5b9250929050565b5f5f5f604084860312156126ca575f5ffd5b833567ffffffffffffffff8111156126e0575f5ffd5b6126ec86828701612421565b935050602084013567ffffffffffffffff811115612708575f5ffd5b61271486828701612673565b9497909650939450505050565b5f60208284031215612731575f5ffd5b813567ffffffffffffffff811115612747575f5ffd5b610f0484828501612421565b5f5f6101008385031215612765575f5ffd5b823591506127768460208501612421565b90509250929050565b60e081016106d9828473ffffffffffffffffffffffffffffffffffffffff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015273ffffffffffffffffffffffffffffffffffffffff6040820151166040830152606081015160608301526080810151608083015260a081015160a083015267ffffffffffffffff60c08201511660c08301525050565b5f5f5f5f5f610140868803121561282d575f5ffd5b8535945061283e8760208801612421565b9350610100860135925061012086013567ffffffffffffffff811115612862575f5ffd5b61286e88828901612673565b969995985093965092949392505050565b5f5f5f5f5f60608688031215612893575f5ffd5b853567ffffffffffffffff8111156128a9575f5ffd5b6128b588828901612421565b955050602086013567ffffffffffffffff8111156128d1575f5ffd5b6128dd88828901612673565b909550935050604086013567ffffffffffffffff811115612862575f5ffd5b828152610100810161087d602083018473ffffffffffffffffffffffffffffffffffffffff815116825273ffffffffffffffffffffffffffffffffffffffff602082015116602083015273ffffffffffffffffffffffffffffffffffffffff6040820151166040830152606081015160608301526080810151608083015260a081015160a083015267ffffffffffffffff60c08201511660c08301525050565b5f5f61010083850312156129ae575f5ffd5b6129b88484612421565b9460e0939093013593505050565b803567ffffffffffffffff811681146117c8575f5ffd5b60e0810182356129ec8161252c565b73ffffffffffffffffffffffffffffffffffffffff1682526020830135612a128161252c565b73ffffffffffffffffffffffffffffffffffffffff1660208301526040830135612a3b8161252c565b73ffffffffffffffffffffffffffffffffffffffff166040830152606083810135908301526080808401359083015260a08084013590830152612a8060c084016129c6565b67ffffffffffffffff811660c08401525092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec1833603018112612af6575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612b33575f5ffd5b83018035915067ffffffffffffffff821115612b4d575f5ffd5b6020019150368190038213156126b1575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156106d9576106d9612b61565b5f5f60408385031215612bb2575f5ffd5b8251612bbd8161252c565b60208401519092508015158114612bd2575f5ffd5b809150509250929050565b6bffffffffffffffffffffffff81811683821601908111156106d9576106d9612b61565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b600181811c90821680612c4257607f821691505b602082108103612431577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x9AW_5`\xE0\x1C\x80c\x84\xB0\x19n\x11a\0\xE8W\x80c\xB8~\x9E\x1F\x11a\0\x93W\x80c\xEC\xA8B\xE0\x11a\0nW\x80c\xEC\xA8B\xE0\x14a\x04\x0CW\x80c\xED*-d\x14a\x04-W\x80c\xF2\x1DH\xD2\x14a\x04eW\x80c\xFC\x0CTj\x14a\x04xW__\xFD[\x80c\xB8~\x9E\x1F\x14a\x03\xDDW\x80c\xD7\xBD'\xC5\x14a\x03\xF0W\x80c\xDF}*s\x14a\x03\xF9W__\xFD[\x80c\xA0y\xB9\x99\x11a\0\xC3W\x80c\xA0y\xB9\x99\x14a\x03\x97W\x80c\xA5\x9B\x9BE\x14a\x03\xB7W\x80c\xB6\xB5_%\x14a\x03\xCAW__\xFD[\x80c\x84\xB0\x19n\x14a\x03VW\x80c\x8FH\xA2\x9B\x14a\x03qW\x80c\x9B\xCF\x7F\xBD\x14a\x03\x84W__\xFD[\x80cL\xCF\xE3L\x11a\x01HW\x80cm2\x98\xCB\x11a\x01#W\x80cm2\x98\xCB\x14a\x02\xCDW\x80cp\xA0\x821\x14a\x02\xF4W\x80cz\x08\x10\x1C\x14a\x037W__\xFD[\x80cL\xCF\xE3L\x14a\x02YW\x80cQ\xBB\x9B\x1E\x14a\x02\x80W\x80c\\t`\xD6\x14a\x02\xA7W__\xFD[\x80c<\xCE\x92\xBE\x11a\x01xW\x80c<\xCE\x92\xBE\x14a\x02 W\x80cA\xB6\xFC\xF7\x14a\x023W\x80cJ\x97\x0B\xE7\x14a\x02FW__\xFD[\x80c\x15\x86\xF0\xF7\x14a\x01\x9EW\x80c.\x1A}M\x14a\x01\xEAW\x80c<\xA0<\x95\x14a\x01\xFFW[__\xFD[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xFDa\x01\xF86`\x04a$\nV[a\x04\x9EV[\0[a\x02\x12a\x02\r6`\x04a$7V[a\x06\x1CV[`@Q\x90\x81R` \x01a\x01\xE1V[a\x01\xFDa\x02.6`\x04a$QV[a\x06KV[a\x02\x12a\x02A6`\x04a$\xC2V[a\x06\xCBV[a\x01\xFDa\x02T6`\x04a$\xE2V[a\x06\xDFV[a\x02\x12\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x81V[a\x02\x12\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x81V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\xC0V[a\x02\x12\x7F4\xB9l\x12\xA0\xEC\x177\xFA\x12\xA8/\x18XR\x8F\xF1\xB9\x04\xA3m\xBC\xF1\xA8\x1D\xA4J<hG\xD7\xCD\x81V[a\x02\x12a\x03\x026`\x04a%MV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x02` R`@\x90 Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x02\x12a\x03E6`\x04a$\nV[_\x90\x81R`\x03` R`@\x90 T\x90V[a\x03^a\x07\xB0V[`@Qa\x01\xE1\x97\x96\x95\x94\x93\x92\x91\x90a%\xB4V[a\x02\x12a\x03\x7F6`\x04a&\xB8V[a\x08\x0EV[a\x02\x12a\x03\x926`\x04a'!V[a\x08\x84V[a\x03\xAAa\x03\xA56`\x04a'SV[a\x08\xB6V[`@Qa\x01\xE1\x91\x90a'\x7FV[a\x01\xFDa\x03\xC56`\x04a'SV[a\n\x12V[a\x01\xFDa\x03\xD86`\x04a$\nV[a\n\xDAV[a\x01\xFDa\x03\xEB6`\x04a(\x18V[a\n\xE6V[a\x02\x12a\x0E\x10\x81V[a\x03\xAAa\x04\x076`\x04a(\x18V[a\x0B\x12V[a\x04\x1Fa\x04\x1A6`\x04a(\x7FV[a\x0C>V[`@Qa\x01\xE1\x92\x91\x90a(\xFCV[a\x02\x12a\x04;6`\x04a%MV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x02` R`@\x90 T``\x1C\x90V[a\x02\x12a\x04s6`\x04a)\x9CV[a\x0E\xBFV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\xC0V[\x80_\x03a\x04\xCEWa\x04\xCE\x7F\x1F* \x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F\x0CV[3_\x90\x81R`\x02` R`@\x90 T\x80k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83\x11\x15a\x05.Wa\x05.\x7F\xDBB\x14M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x86a\x0F\x14V[a\x05\x89\x83\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x05L\x84``\x1C\x90V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x90\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x17\x92\x91PPV[3_\x81\x81R`\x02` R`@\x90\x81\x90 \x92\x90\x92U\x90Q\x7Fp\x84\xF5Gf\x18\xD8\xE6\x0B\x11\xEF\r}?\x06\x91FU\xAD\xB8y>(\xFF\x7F\x01\x8DLv\xD5\x05\xD5\x90a\x05\xCE\x90\x86\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x06\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x85a\x0FGV[PPPV[_\x81`@Q` \x01a\x06.\x91\x90a)\xDDV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x80_[\x81\x81\x10\x15a\x06\xC5W6\x84\x84\x83\x81\x81\x10a\x06iWa\x06ia*\x97V[\x90P` \x02\x81\x01\x90a\x06{\x91\x90a*\xC4V[\x90P\x805_a\x06\x8D\x82` \x85\x01a\x0F\xC8V[\x90Pa\x06\x99\x82\x82a\x10ZV[a\x06\xB7\x82\x82a\x01\0\x86\x015a\x06\xB2a\x01 \x88\x01\x88a+\0V[a\x128V[PPP\x80`\x01\x01\x90Pa\x06NV[PPPPV[_a\x06\xD6\x83\x83a\x13\0V[\x90P[\x92\x91PPV[`@Q\x7F\xD5\x05\xAC\xCF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x86\x90R`d\x81\x01\x85\x90R`\xFF\x84\x16`\x84\x82\x01R`\xA4\x81\x01\x83\x90R`\xC4\x81\x01\x82\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\xD5\x05\xAC\xCF\x90`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x07\x8EW__\xFD[PZ\xF1\x92PPP\x80\x15a\x07\x9FWP`\x01[Pa\x07\xA9\x85a\x13[V[PPPPPV[_``\x80___``a\x07\xC1a\x14\x94V[a\x07\xC9a\x14\xC5V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[__a\x08C\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x86a\x08>\x88a\x14\xF2V[a\x15EV[\x90Pa\x08ya\x08t\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x83\x87\x87a\x15\x93V[a\x15\xBAV[\x91PP[\x93\x92PPPV[_a\x06\xD9a\x08t\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x84a\x08>\x86a\x14\xF2V[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91Ra\x08\xF8\x83\x83a\x0F\xC8V[\x80Q\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14a\tDWa\tD\x7F\xDBc|R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x843a\x16\x01V[`\xC0\x81\x01Q_a\tVa\x0E\x10Ba+\x8EV[\x90P\x80\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\t\x9FWa\t\x9F\x7F;\x1F\xE6\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x84a\x16.V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xC0\x84\x01R`\xE0\x83 _\x86\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x92\x90\x92U`\xC0\x85\x01Q\x90Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R\x86\x91\x7F\xD9\x8F\xEC\xC9\xDE\xF7l\xC8\xA8L\xE5\xD9\x93\x1D\x9E\x11\xB4\xE0\x10g/\x93\x80\xF9B\x08L\x8F\xE8\x89\xE9&\x91\x01`@Q\x80\x91\x03\x90\xA2PP\x92\x91PPV[_a\n\x1D\x83\x83a\x0F\xC8V[`\xC0\x81\x01Q\x90\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16B\x10\x15a\nlWa\nl\x7F6\x8Bx%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16a\x16KV[_\x84\x81R`\x03` R`@\x81 U`\xA0\x82\x01Q`\x80\x83\x01Q\x81\x81\x03\x91\x14a\n\x99W\x82Qa\n\x99\x90\x82a\x16bV[\x84\x7F\xE7\xD3g\xA3\xDE\xAC\xC3,\xCF\xCB\xD6\xD5\xA2\xE6L=\xB7@&aU\xB8\x11\xD6|mu\x84E\xC0M}\x82`@Qa\n\xCB\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPPV[a\n\xE3\x81a\x13[V[PV[_a\n\xF1\x86\x86a\x0F\xC8V[\x90Pa\n\xFD\x86\x82a\x10ZV[a\x0B\n\x86\x82\x86\x86\x86a\x128V[PPPPPPV[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91Ra\x0BT\x86\x86a\x0F\xC8V[\x90Pa\x0B`\x86\x82a\x10ZV[_a\x0Bt\x82``\x01Q\x83`\x80\x01Q\x87a\x16\xCBV[`\xA0\x83\x01Q\x90\x91P\x80\x82\x11a\x0B\xAFWa\x0B\xAF\x7F\x8E\\'j\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89\x84\x84a\x16.V[a\x0B\xBF\x88\x84_\x01Q\x88\x88\x88a\x17@V[`\xA0\x83\x01\x82\x90R`\xE0\x83 _\x89\x81R`\x03` \x90\x81R`@\x90\x91 \x91\x90\x91U\x83\x01Q\x81\x83\x03\x90a\x0B\xEF\x90\x82a\x16bV[`@\x80Q\x88\x81R` \x81\x01\x83\x90R\x90\x81\x01\x84\x90R\x89\x90\x7F\xD4\x81px\x8F\xFA\xEEu$\xBB\xEDwWt\x81\xD0\x1E\x14\x04\xB9\x16w\x02\xF2;arWd\xAD\x10\xD7\x90``\x01`@Q\x80\x91\x03\x90\xA2PPP\x95\x94PPPPPV[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90Ra\x0C~\x87a\x17\xB5V[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x0C\xBFWa\x0C\xBF\x7F)\x9D\xCF\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F\x0CV[a\x0C\xC8\x87a\x17\xCDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x82\x01\x81\x90RB\x10a\r\x1AW`\xC0\x81\x01Qa\r\x1A\x90\x7F\xC8\xD7\x02\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16Ba\x16KV[_a\r$\x88a\x14\xF2V[\x90Pa\r4\x88\x82\x89\x89\x89\x89a\x17\xE0V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83R\x92Pa\rW\x88a\x19\xBDV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x83\x01Ra\r\x8Aa\r~\x89a\x19\xD0V[`@\x84\x01Q\x84Qa\x19\xE3V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x80\x84\x01\x91\x90\x91R_\x84\x81R`\x03\x90\x91R`@\x90 a\r\xC2\x89\x83\x86\x84a\x1B\x84V[`\x80\x85\x01R``\x84\x01R\x82Qa\r\xDF\x90\x8A5\x86\x86`\x80\x01Qa\x1CdV[`\xE0\x83 \x81_\x01\x81\x90UP\x82` \x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83_\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x7F\xA5\xBC\xDC\xAFc\x92\xA8\"\x96\xDD\x8A\x17[nK\x119`\xBD\xFD\t&\t\x1F\xD0\xF11_\x8A\xB9\xF2\xD8\x86`@\x01Qa\x0EQ\x8E``\x015\x90V[``\x80\x8A\x01Q`\x80\x80\x8C\x01Q`\xC0\x80\x8E\x01Q`@\x80Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x99\x16\x89R` \x89\x01\x97\x90\x97R\x95\x87\x01\x8D\x90R\x93\x86\x01\x92\x90\x92R\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\xA0\x83\x01R\x01`@Q\x80\x91\x03\x90\xA4PP\x95P\x95\x93PPPPV[_``\x83\x015\x80\x82\x03a\x0E\xF5Wa\x0E\xF5\x7F)\x9D\xCF\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F\x0CV[a\x0F\x04\x81\x85`\x80\x015\x85a\x16\xCBV[\x94\x93PPPPV[\x80_R`\x04_\xFD[`@Q\x84\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R\x82`$\x82\x01R\x81`D\x82\x01R`d\x81\xFD[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x06\x17\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPa\x1D\x9DV[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91R\x82\x15\x80a\x10\"WPa\x10\x11\x82a\x1E@V[_\x84\x81R`\x03` R`@\x90 T\x14\x15[\x15a\x10QWa\x10Q\x7F\xF3\x83\xB1>\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84a\x1ESV[a\x06\xD6\x82a\x1E_V[` \x81\x01Q3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x14a\x11\xEDW`@\x82\x01Q3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x14a\x10\xC9Wa\x10\xC9\x7F\x89W\xE7\xE6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x853a\x16\x01V[`@Q\x7F\xFA\x07=v\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16`\x04\x83\x01R_\x91\x82\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xFA\x07=v\x90`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x11VW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11z\x91\x90a+\xA1V[\x91P\x91P\x83s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x11\xB7WP\x80\x15[\x15a\x11\xE9Wa\x11\xE9\x7F/\xC5\xE3\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87\x85\x85\x85a\x1E\xACV[PPP[`\xC0\x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16B\x10a\x06\xC5Wa\x06\xC5\x7F?\xCE\xCB\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16a\x16KV[_a\x12L\x85``\x01Q\x86`\x80\x01Q\x86a\x16\xCBV[`\xA0\x86\x01Q\x90\x91P\x80\x80\x83\x11\x15a\x12pWa\x12m\x88\x88_\x01Q\x88\x88\x88a\x17@V[P\x81[_\x88\x81R`\x03` R`@\x81 U`\x80\x87\x01Q\x82\x82\x03\x90\x82\x90\x03\x82\x84\x14a\x12\x9FWa\x12\x9F\x89` \x01Q\x83a\x16bV[\x80\x15a\x12\xB1W\x88Qa\x12\xB1\x90\x82a\x16bV[`@\x80Q\x89\x81R` \x81\x01\x84\x90R\x90\x81\x01\x82\x90R\x8A\x90\x7F\x11\x10\x07\xEB)!\x1B\xD80\x08y\xA3\x1C\xEB\xB4>=\x8D\xF21\xAAI\x9E\xAF\xAA\xE5G\x86)\xFFm{\x90``\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPPV[`@\x80Q\x7F4\xB9l\x12\xA0\xEC\x177\xFA\x12\xA8/\x18XR\x8F\xF1\xB9\x04\xA3m\xBC\xF1\xA8\x1D\xA4J<hG\xD7\xCD` \x82\x01R\x90\x81\x01\x83\x90R``\x81\x01\x82\x90R_\x90a\x06\xD6\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a\x15\xBAV[\x80_\x03a\x13\x8BWa\x13\x8B\x7F\x1F* \x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F\x0CV[3_\x90\x81R`\x02` R`@\x81 T\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x90a\x13\xB5\x84\x83a+\x8EV[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x13\xF7Wa\x13\xF7\x7F\x9F\xBBa\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003\x84\x87a\x0F\x14V[a\x14\x05\x81a\x05L\x85``\x1C\x90V[3_\x81\x81R`\x02` R`@\x90\x81\x90 \x92\x90\x92U\x90Q\x7F-\xA4f\xA7\xB2C\x04\xF4~\x87\xFA.\x1EZ\x81\xB9\x83\x1C\xE5O\xEC\x19\x05\\\xE2w\xCA/9\xBAB\xC4\x90a\x14J\x90\x87\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2a\x06\xC5s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x87a\x1E\xFDV[``a\x14\xC0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_a\x1FCV[\x90P\x90V[``a\x14\xC0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01a\x1FCV[_`\x80\x82\x015`\x1F\x836\x03\x03\x81\x12a\x15\x08W__\xFD[\x80\x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x15 W__\xFD[` \x82\x85\x01\x01\x91P\x806\x03\x82\x13\x15a\x156W__\xFD[`@Q\x81\x83\x827 \x93\x92PPPV[_`\xA0\x80\x84\x015`\xC0\x85\x015\x17\x90\x1C` \x84\x015`\x80\x1C`@\x85\x81\x015\x90\x1C\x17\x17\x80\x15a\x15pW__\xFD[P`@Q\x84\x81R`\xE0\x84` \x83\x017`\xA0\x81\x01\x92\x90\x92RPa\x01\0\x90 \x92\x91PPV[_`@Q\x82\x84\x827\x91\x82 \x94\x82RP` \x81\x01\x92\x90\x92RP`@\x81\x01\x91\x90\x91R``\x90 \x90V[_a\x06\xD9a\x15\xC6a\x1F\xECV[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[`@Q\x83\x81R\x82`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x81\xFD[`@Q\x84\x81R\x83`\x04\x82\x01R\x82`$\x82\x01R\x81`D\x82\x01R`d\x81\xFD[`@Q\x83\x81R\x82`\x04\x82\x01R\x81`$\x82\x01R`D\x81\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x02` R`@\x90 Ta\x16\x9Ea\x16\x94\x83\x83a+\xDDV[a\x05L\x83``\x1C\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16_\x90\x81R`\x02` R`@\x90 \x92\x90\x92UPPV[_\x80\x83\x15a\x16\xEEW\x84`\x01\x85\x03\x81a\x16\xE5Wa\x16\xE5a,\x01V[\x04`\x01\x01a\x16\xF0V[_[\x90P\x80\x83\x11\x15a\x17%Wa\x17%\x7F\xF4b\x89w\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x83a\x16KV[\x80\x83\x03a\x175W\x83\x91PPa\x08}V[PP\x91\x90\x91\x02\x91\x90PV[_a\x17Ua\x17N\x87\x86a\x13\0V[\x84\x84a!\"V[\x90P\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x0B\nWa\x0B\n\x7FS\xDC#\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87\x83a\x16\x01V[` \x81\x015`\x80\x81\x90\x1C\x15a\x17\xC8W__\xFD[\x91\x90PV[`@\x81\x81\x015\x90\x81\x90\x1C\x15a\x17\xC8W__\xFD[___a\x17\xEBa\x1F\xECV[\x90P_a\x18\x19\x7FN\x99;.\x08\x02\xC6\xF8+\x8BM1_[\x94MH\xEA8?\xAB\xD7]\xB7\xD9\xFB\x93\xAAv&\xB3\xAD\x8B\x8Ba\x15EV[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x84\x90R`\"\x81\x01\x82\x90R`B\x90 \x94P\x90Pa\x18`\x84\x89\x89a!\"V[\x92Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16a\x18\xA7Wa\x18\xA7\x7F.n\xDA-\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85a\x1ESV[_a\x18\xB1\x8Ba\x19\xD0V[\x90P_a\x18\xE0\x7F\xE9d\x16w{\x14\x17^\x0C\xCD\xFF\x83r\xEFfm\x80\x10\xEDC\xE4\xD4\xB5 sY\xAD\xAD\x1D\xAE@s\x84\x8C\x8Ca\x15\x93V[\x90P_a\x19,a\x19%\x86\x84`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x8A\x8Aa!\"V[\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a\x19}WP\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x19\xADWa\x19\xAD\x7F\x88\x8F+\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x83a!\x91V[PPPPP\x96P\x96\x94PPPPPV[`\xC0\x81\x015`\xA0\x81\x90\x1C\x15a\x17\xC8W__\xFD[`\xA0\x81\x81\x015\x90\x81\x90\x1C\x15a\x17\xC8W__\xFD[_____a\x1A\x13\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89\x89a!\xD4V[\x93P\x93P\x93P\x93P\x80\x15\x80a\x1A_WP3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x14\x80\x15\x90a\x1A_WP3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x14\x15[\x15a\x1A\x91Wa\x1A\x91\x7F\xEC/\xAB\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x84\x843a\"\x97V[\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x1A\xEEWa\x1A\xEE\x7F\xF7?=\x16\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87a\"\xFEV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x15\x80\x15\x90a\x1BGWP\x85s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x1BGWP\x82\x15[\x15a\x1ByWa\x1By\x7F\xBD\xE5\x980\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89\x86\x86\x8Aa\"\x97V[P\x96\x95PPPPPPV[\x80T_\x90\x81\x90\x15a\x1B\xB9Wa\x1B\xB9\x7F\t]\x02)\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85a\x1ESV[``\x86\x015_\x80\x80a\x1B\xEC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85\x8Ba# V[\x92P\x92P\x92P\x82a\x1C\"Wa\x1C\"\x7FUA\xBB\xBC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85\x8Ba\x16KV[_a\x1C,\x8Ba\x17\xB5V[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x81c\xFF\xFF\xFF\xFF\x16\x81\x02\x96P\x82c\xFF\xFF\xFF\xFF\x16\x81\x02\x95PPPPPP\x94P\x94\x92PPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16_\x90\x81R`\x02` R`@\x81 T\x90a\x1C\x94\x82``\x1C\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x84\x81\x14a\x1C\xDFWa\x1C\xDF\x7F>\xC8I(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87\x83\x88a\x0F\x14V[\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x84\x11\x15a\x1D0Wa\x1D0\x7F\xDBB\x14M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x87a\x0F\x14V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x85\x90\x03\x16``\x86\x90\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x97\x16_\x90\x81R`\x02` R`@\x90 \x96\x90\x96UPPPPPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a\x1D\xBCW`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a\x1D\xD3W\x80`\x01\x14\x15a\x1D\xEDV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16;\x15[\x15a\x06\xC5W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01`@Q\x80\x91\x03\x90\xFD[_`@Q`\xE0\x83\x827`\xE0\x90 \x92\x91PPV[\x81_R\x80`\x04R`$_\xFD[`@\x80Q`\xE0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x91\x90\x91RP`@Q`\xE0\x82\x827`\xE0\x81\x01`@R\x91\x90PV[`@Q\x85\x81R\x84`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`D\x82\x01R\x81\x15\x15`d\x82\x01R`\x84\x81\xFD[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x06\xC5\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a\x0F\x81V[```\xFF\x83\x14a\x1F]Wa\x1FV\x83a#\x8DV[\x90Pa\x06\xD9V[\x81\x80Ta\x1Fi\x90a,.V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x1F\x95\x90a,.V[\x80\x15a\x1F\xE0W\x80`\x1F\x10a\x1F\xB7Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x1F\xE0V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x1F\xC3W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90Pa\x06\xD9V[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a QWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a {WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x14\xC0`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_` \x83\x015\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x81\x11\x15`A\x84\x14\x16\x15a!\x89W`@Q\x85\x81R`@\x85\x015_\x1A` \x82\x01R\x845`@\x82\x01R\x81``\x82\x01R__R` _`\x80\x83`\x01Z\xFAPP_Q\x91P[P\x93\x92PPPV[`@Q\x83\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x81\xFD[_____c\xEC\xBE\x9D,`\xE0\x1B\x90P`@Q\x81\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`\x80\x81`D\x83\x8CZ\xFAa\"6W=_\x82>=\x81\xFD[`\x80=\x10\x15a\"CW__\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x95P` \x81\x01Q\x15\x15\x94Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16\x93P``\x81\x01Q\x15\x15\x92PPP\x93P\x93P\x93P\x93V[`@Q\x85\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R\x82\x15\x15`D\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`d\x82\x01R`\x84\x81\xFD[\x81_Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\x04R`$_\xFD[____cx\x9F\x18\xC0`\xE0\x1B\x90P`@Q\x81\x81R\x86`\x04\x82\x01R\x85`$\x82\x01R``\x81`D\x83\x8BZ\xFAa#UW=_\x82>=\x81\xFD[``=\x10\x15a#bW__\xFD[\x80Q\x15\x15\x94Pc\xFF\xFF\xFF\xFF` \x82\x01Q\x16\x93Pc\xFF\xFF\xFF\xFF`@\x82\x01Q\x16\x92PPP\x93P\x93P\x93\x90PV[``_a#\x99\x83a#\xCAV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x06\xD9W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a$\x1AW__\xFD[P5\x91\x90PV[_`\xE0\x82\x84\x03\x12\x15a$1W__\xFD[P\x91\x90PV[_`\xE0\x82\x84\x03\x12\x15a$GW__\xFD[a\x06\xD6\x83\x83a$!V[__` \x83\x85\x03\x12\x15a$bW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$xW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a$\x88W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x9EW__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a$\xB2W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[__`@\x83\x85\x03\x12\x15a$\xD3W__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[_____`\xA0\x86\x88\x03\x12\x15a$\xF6W__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015`\xFF\x81\x16\x81\x14a%\x14W__\xFD[\x94\x97\x93\x96P\x93\x94``\x81\x015\x94P`\x80\x015\x92\x91PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\n\xE3W__\xFD[_` \x82\x84\x03\x12\x15a%]W__\xFD[\x815a\x08}\x81a%,V[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a%\xEE`\xE0\x83\x01\x89a%hV[\x82\x81\x03`@\x84\x01Ra&\0\x81\x89a%hV[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a&bW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a&DV[P\x90\x9B\x9APPPPPPPPPPPV[__\x83`\x1F\x84\x01\x12a&\x83W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x9AW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a&\xB1W__\xFD[\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a&\xCAW__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\xE0W__\xFD[a&\xEC\x86\x82\x87\x01a$!V[\x93PP` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'\x08W__\xFD[a'\x14\x86\x82\x87\x01a&sV[\x94\x97\x90\x96P\x93\x94PPPPV[_` \x82\x84\x03\x12\x15a'1W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'GW__\xFD[a\x0F\x04\x84\x82\x85\x01a$!V[__a\x01\0\x83\x85\x03\x12\x15a'eW__\xFD[\x825\x91Pa'v\x84` \x85\x01a$!V[\x90P\x92P\x92\x90PV[`\xE0\x81\x01a\x06\xD9\x82\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16`@\x83\x01R``\x81\x01Q``\x83\x01R`\x80\x81\x01Q`\x80\x83\x01R`\xA0\x81\x01Q`\xA0\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x83\x01RPPV[_____a\x01@\x86\x88\x03\x12\x15a(-W__\xFD[\x855\x94Pa(>\x87` \x88\x01a$!V[\x93Pa\x01\0\x86\x015\x92Pa\x01 \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(bW__\xFD[a(n\x88\x82\x89\x01a&sV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[_____``\x86\x88\x03\x12\x15a(\x93W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xA9W__\xFD[a(\xB5\x88\x82\x89\x01a$!V[\x95PP` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xD1W__\xFD[a(\xDD\x88\x82\x89\x01a&sV[\x90\x95P\x93PP`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(bW__\xFD[\x82\x81Ra\x01\0\x81\x01a\x08}` \x83\x01\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16`@\x83\x01R``\x81\x01Q``\x83\x01R`\x80\x81\x01Q`\x80\x83\x01R`\xA0\x81\x01Q`\xA0\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x83\x01RPPV[__a\x01\0\x83\x85\x03\x12\x15a)\xAEW__\xFD[a)\xB8\x84\x84a$!V[\x94`\xE0\x93\x90\x93\x015\x93PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x17\xC8W__\xFD[`\xE0\x81\x01\x825a)\xEC\x81a%,V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R` \x83\x015a*\x12\x81a%,V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x83\x01R`@\x83\x015a*;\x81a%,V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x83\x01R``\x83\x81\x015\x90\x83\x01R`\x80\x80\x84\x015\x90\x83\x01R`\xA0\x80\x84\x015\x90\x83\x01Ra*\x80`\xC0\x84\x01a)\xC6V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xC0\x84\x01RP\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\xC1\x836\x03\x01\x81\x12a*\xF6W__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a+3W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a+MW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a&\xB1W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x06\xD9Wa\x06\xD9a+aV[__`@\x83\x85\x03\x12\x15a+\xB2W__\xFD[\x82Qa+\xBD\x81a%,V[` \x84\x01Q\x90\x92P\x80\x15\x15\x81\x14a+\xD2W__\xFD[\x80\x91PP\x92P\x92\x90PV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x06\xD9Wa\x06\xD9a+aV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a,BW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a$1W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD",
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
    /**Custom error with signature `CounterpartyKeyNotAuthorized(address,address,bool,address)` and selector `0xec2fab11`.
```solidity
error CounterpartyKeyNotAuthorized(address counterpartyKey, address wallet, bool active, address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CounterpartyKeyNotAuthorized {
        #[allow(missing_docs)]
        pub counterpartyKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub active: bool,
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
        impl ::core::convert::From<CounterpartyKeyNotAuthorized>
        for UnderlyingRustTuple<'_> {
            fn from(value: CounterpartyKeyNotAuthorized) -> Self {
                (value.counterpartyKey, value.wallet, value.active, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for CounterpartyKeyNotAuthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    counterpartyKey: tuple.0,
                    wallet: tuple.1,
                    active: tuple.2,
                    caller: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CounterpartyKeyNotAuthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CounterpartyKeyNotAuthorized(address,address,bool,address)";
            const SELECTOR: [u8; 4] = [236u8, 47u8, 171u8, 17u8];
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
                        &self.wallet,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.active,
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
    /**Custom error with signature `ExitTooLate(bytes32,uint64,uint256)` and selector `0x3b1fe6dd`.
```solidity
error ExitTooLate(bytes32 channelId, uint64 expiration, uint256 exitExpiration);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ExitTooLate {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub expiration: u64,
        #[allow(missing_docs)]
        pub exitExpiration: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<ExitTooLate> for UnderlyingRustTuple<'_> {
            fn from(value: ExitTooLate) -> Self {
                (value.channelId, value.expiration, value.exitExpiration)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ExitTooLate {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    channelId: tuple.0,
                    expiration: tuple.1,
                    exitExpiration: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ExitTooLate {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ExitTooLate(bytes32,uint64,uint256)";
            const SELECTOR: [u8; 4] = [59u8, 31u8, 230u8, 221u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.exitExpiration),
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
    /**Custom error with signature `NotPayer(bytes32,address)` and selector `0xdb637c52`.
```solidity
error NotPayer(bytes32 channelId, address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotPayer {
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
        impl ::core::convert::From<NotPayer> for UnderlyingRustTuple<'_> {
            fn from(value: NotPayer) -> Self {
                (value.channelId, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotPayer {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    channelId: tuple.0,
                    caller: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotPayer {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotPayer(bytes32,address)";
            const SELECTOR: [u8; 4] = [219u8, 99u8, 124u8, 82u8];
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
    /**Custom error with signature `PayeeKeyNotAuthorized(bytes32,address,address,bool)` and selector `0x2fc5e3e4`.
```solidity
error PayeeKeyNotAuthorized(bytes32 channelId, address payeeKey, address wallet, bool active);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PayeeKeyNotAuthorized {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub payeeKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub wallet: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub active: bool,
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
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            bool,
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
        impl ::core::convert::From<PayeeKeyNotAuthorized> for UnderlyingRustTuple<'_> {
            fn from(value: PayeeKeyNotAuthorized) -> Self {
                (value.channelId, value.payeeKey, value.wallet, value.active)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PayeeKeyNotAuthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    channelId: tuple.0,
                    payeeKey: tuple.1,
                    wallet: tuple.2,
                    active: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PayeeKeyNotAuthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PayeeKeyNotAuthorized(bytes32,address,address,bool)";
            const SELECTOR: [u8; 4] = [47u8, 197u8, 227u8, 228u8];
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
                        &self.payeeKey,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.wallet,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.active,
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
    /**Event with signature `ChannelExitStarted(bytes32,uint64)` and selector `0xd98fecc9def76cc8a84ce5d9931d9e11b4e010672f9380f942084c8fe889e926`.
```solidity
event ChannelExitStarted(bytes32 indexed channelId, uint64 expiration);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ChannelExitStarted {
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
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ChannelExitStarted {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "ChannelExitStarted(bytes32,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                217u8, 143u8, 236u8, 201u8, 222u8, 247u8, 108u8, 200u8, 168u8, 76u8,
                229u8, 217u8, 147u8, 29u8, 158u8, 17u8, 180u8, 224u8, 16u8, 103u8, 47u8,
                147u8, 128u8, 249u8, 66u8, 8u8, 76u8, 143u8, 232u8, 137u8, 233u8, 38u8,
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
                    expiration: data.0,
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
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiration),
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
        impl alloy_sol_types::private::IntoLogData for ChannelExitStarted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ChannelExitStarted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ChannelExitStarted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ChannelOpened(bytes32,address,address,address,bytes32,bytes32,uint256,uint256,uint64)` and selector `0xa5bcdcaf6392a82296dd8a175b6e4b113960bdfd0926091fd0f1315f8ab9f2d8`.
```solidity
event ChannelOpened(bytes32 indexed channelId, address indexed payer, address indexed payee, address payeeKey, bytes32 video, bytes32 formatHash, uint256 pricePerSegment, uint256 escrow, uint64 expiration);
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
        pub payeeKey: alloy::sol_types::private::Address,
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
                alloy::sol_types::sol_data::Address,
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
            const SIGNATURE: &'static str = "ChannelOpened(bytes32,address,address,address,bytes32,bytes32,uint256,uint256,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                165u8, 188u8, 220u8, 175u8, 99u8, 146u8, 168u8, 34u8, 150u8, 221u8,
                138u8, 23u8, 91u8, 110u8, 75u8, 17u8, 57u8, 96u8, 189u8, 253u8, 9u8,
                38u8, 9u8, 31u8, 208u8, 241u8, 49u8, 95u8, 138u8, 185u8, 242u8, 216u8,
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
                    payeeKey: data.0,
                    video: data.1,
                    formatHash: data.2,
                    pricePerSegment: data.3,
                    escrow: data.4,
                    expiration: data.5,
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.payeeKey,
                    ),
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
    /**Function with signature `EXIT_WINDOW()` and selector `0xd7bd27c5`.
```solidity
function EXIT_WINDOW() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EXIT_WINDOWCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`EXIT_WINDOW()`](EXIT_WINDOWCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EXIT_WINDOWReturn {
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
            impl ::core::convert::From<EXIT_WINDOWCall> for UnderlyingRustTuple<'_> {
                fn from(value: EXIT_WINDOWCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for EXIT_WINDOWCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<EXIT_WINDOWReturn> for UnderlyingRustTuple<'_> {
                fn from(value: EXIT_WINDOWReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for EXIT_WINDOWReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for EXIT_WINDOWCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EXIT_WINDOW()";
            const SELECTOR: [u8; 4] = [215u8, 189u8, 39u8, 197u8];
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
                        let r: EXIT_WINDOWReturn = r.into();
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
                        let r: EXIT_WINDOWReturn = r.into();
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
    /**Function with signature `close(bytes32,(address,address,address,uint256,uint256,uint256,uint64),uint256,bytes)` and selector `0xb87e9e1f`.
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
    ///Container type for the return parameters of the [`close(bytes32,(address,address,address,uint256,uint256,uint256,uint64),uint256,bytes)`](closeCall) function.
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
            const SIGNATURE: &'static str = "close(bytes32,(address,address,address,uint256,uint256,uint256,uint64),uint256,bytes)";
            const SELECTOR: [u8; 4] = [184u8, 126u8, 158u8, 31u8];
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
    /**Function with signature `closeMany((bytes32,(address,address,address,uint256,uint256,uint256,uint64),uint256,bytes)[])` and selector `0x3cce92be`.
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
    ///Container type for the return parameters of the [`closeMany((bytes32,(address,address,address,uint256,uint256,uint256,uint64),uint256,bytes)[])`](closeManyCall) function.
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
            const SIGNATURE: &'static str = "closeMany((bytes32,(address,address,address,uint256,uint256,uint256,uint64),uint256,bytes)[])";
            const SELECTOR: [u8; 4] = [60u8, 206u8, 146u8, 190u8];
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
    /**Function with signature `hashChannel((address,address,address,uint256,uint256,uint256,uint64))` and selector `0x3ca03c95`.
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
    ///Container type for the return parameters of the [`hashChannel((address,address,address,uint256,uint256,uint256,uint64))`](hashChannelCall) function.
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
            const SIGNATURE: &'static str = "hashChannel((address,address,address,uint256,uint256,uint256,uint64))";
            const SELECTOR: [u8; 4] = [60u8, 160u8, 60u8, 149u8];
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
    /**Function with signature `payoutOf((address,address,address,uint256,uint256,uint256,uint64),uint256)` and selector `0xf21d48d2`.
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
    ///Container type for the return parameters of the [`payoutOf((address,address,address,uint256,uint256,uint256,uint64),uint256)`](payoutOfCall) function.
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
            const SIGNATURE: &'static str = "payoutOf((address,address,address,uint256,uint256,uint256,uint64),uint256)";
            const SELECTOR: [u8; 4] = [242u8, 29u8, 72u8, 210u8];
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
    /**Function with signature `settle(bytes32,(address,address,address,uint256,uint256,uint256,uint64))` and selector `0xa59b9b45`.
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
    ///Container type for the return parameters of the [`settle(bytes32,(address,address,address,uint256,uint256,uint256,uint64))`](settleCall) function.
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
            const SIGNATURE: &'static str = "settle(bytes32,(address,address,address,uint256,uint256,uint256,uint64))";
            const SELECTOR: [u8; 4] = [165u8, 155u8, 155u8, 69u8];
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
    /**Function with signature `startExit(bytes32,(address,address,address,uint256,uint256,uint256,uint64))` and selector `0xa079b999`.
```solidity
function startExit(bytes32 channelId, IPaymentChannel.Channel memory channel) external returns (IPaymentChannel.Channel memory updated);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct startExitCall {
        #[allow(missing_docs)]
        pub channelId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`startExit(bytes32,(address,address,address,uint256,uint256,uint256,uint64))`](startExitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct startExitReturn {
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
            impl ::core::convert::From<startExitCall> for UnderlyingRustTuple<'_> {
                fn from(value: startExitCall) -> Self {
                    (value.channelId, value.channel)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for startExitCall {
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
            impl ::core::convert::From<startExitReturn> for UnderlyingRustTuple<'_> {
                fn from(value: startExitReturn) -> Self {
                    (value.updated,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for startExitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { updated: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for startExitCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IPaymentChannel::Channel,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IPaymentChannel::Channel,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "startExit(bytes32,(address,address,address,uint256,uint256,uint256,uint64))";
            const SELECTOR: [u8; 4] = [160u8, 121u8, 185u8, 153u8];
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
                (<IPaymentChannel::Channel as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: startExitReturn = r.into();
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
                        let r: startExitReturn = r.into();
                        r.updated
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
    /**Function with signature `withdrawFromChannel(bytes32,(address,address,address,uint256,uint256,uint256,uint64),uint256,bytes)` and selector `0xdf7d2a73`.
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
    ///Container type for the return parameters of the [`withdrawFromChannel(bytes32,(address,address,address,uint256,uint256,uint256,uint64),uint256,bytes)`](withdrawFromChannelCall) function.
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
            const SIGNATURE: &'static str = "withdrawFromChannel(bytes32,(address,address,address,uint256,uint256,uint256,uint64),uint256,bytes)";
            const SELECTOR: [u8; 4] = [223u8, 125u8, 42u8, 115u8];
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
        EXIT_WINDOW(EXIT_WINDOWCall),
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
        startExit(startExitCall),
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
            [46u8, 26u8, 125u8, 77u8],
            [60u8, 160u8, 60u8, 149u8],
            [60u8, 206u8, 146u8, 190u8],
            [65u8, 182u8, 252u8, 247u8],
            [74u8, 151u8, 11u8, 231u8],
            [76u8, 207u8, 227u8, 76u8],
            [81u8, 187u8, 155u8, 30u8],
            [92u8, 116u8, 96u8, 214u8],
            [109u8, 50u8, 152u8, 203u8],
            [112u8, 160u8, 130u8, 49u8],
            [122u8, 8u8, 16u8, 28u8],
            [132u8, 176u8, 25u8, 110u8],
            [143u8, 72u8, 162u8, 155u8],
            [155u8, 207u8, 127u8, 189u8],
            [160u8, 121u8, 185u8, 153u8],
            [165u8, 155u8, 155u8, 69u8],
            [182u8, 181u8, 95u8, 37u8],
            [184u8, 126u8, 158u8, 31u8],
            [215u8, 189u8, 39u8, 197u8],
            [223u8, 125u8, 42u8, 115u8],
            [236u8, 168u8, 66u8, 224u8],
            [237u8, 42u8, 45u8, 100u8],
            [242u8, 29u8, 72u8, 210u8],
            [252u8, 12u8, 84u8, 106u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(videoRegistry),
            ::core::stringify!(withdraw),
            ::core::stringify!(hashChannel),
            ::core::stringify!(closeMany),
            ::core::stringify!(paymentDigest),
            ::core::stringify!(depositWithPermit),
            ::core::stringify!(SIGNED_BID_TYPEHASH),
            ::core::stringify!(BID_TYPEHASH),
            ::core::stringify!(userRegistry),
            ::core::stringify!(PAYMENT_TYPEHASH),
            ::core::stringify!(balanceOf),
            ::core::stringify!(channelHash),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(signedBidDigest),
            ::core::stringify!(bidDigest),
            ::core::stringify!(startExit),
            ::core::stringify!(settle),
            ::core::stringify!(deposit),
            ::core::stringify!(close),
            ::core::stringify!(EXIT_WINDOW),
            ::core::stringify!(withdrawFromChannel),
            ::core::stringify!(open),
            ::core::stringify!(nonceOf),
            ::core::stringify!(payoutOf),
            ::core::stringify!(token),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <videoRegistryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hashChannelCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeManyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paymentDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <depositWithPermitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SIGNED_BID_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <BID_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <userRegistryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <PAYMENT_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <balanceOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <channelHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <signedBidDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <bidDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <startExitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <settleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <depositCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <EXIT_WINDOWCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawFromChannelCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nonceOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <payoutOfCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 25usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::BID_TYPEHASH(_) => {
                    <BID_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::EXIT_WINDOW(_) => {
                    <EXIT_WINDOWCall as alloy_sol_types::SolCall>::SELECTOR
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
                Self::startExit(_) => {
                    <startExitCall as alloy_sol_types::SolCall>::SELECTOR
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
                    fn withdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::withdraw)
                    }
                    withdraw
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
                    fn closeMany(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <closeManyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::closeMany)
                    }
                    closeMany
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
                    fn startExit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <startExitCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::startExit)
                    }
                    startExit
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
                    fn deposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <depositCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::deposit)
                    }
                    deposit
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
                    fn EXIT_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <EXIT_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelCalls::EXIT_WINDOW)
                    }
                    EXIT_WINDOW
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
                    fn payoutOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <payoutOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(PaymentChannelCalls::payoutOf)
                    }
                    payoutOf
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
                    fn startExit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <startExitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::startExit)
                    }
                    startExit
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
                    fn EXIT_WINDOW(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelCalls> {
                        <EXIT_WINDOWCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelCalls::EXIT_WINDOW)
                    }
                    EXIT_WINDOW
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
                Self::EXIT_WINDOW(inner) => {
                    <EXIT_WINDOWCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::startExit(inner) => {
                    <startExitCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::EXIT_WINDOW(inner) => {
                    <EXIT_WINDOWCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::startExit(inner) => {
                    <startExitCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
        ExitTooLate(ExitTooLate),
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
        NotPayer(NotPayer),
        #[allow(missing_docs)]
        NothingToWithdraw(NothingToWithdraw),
        #[allow(missing_docs)]
        PayeeKeyNotAuthorized(PayeeKeyNotAuthorized),
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
            [47u8, 197u8, 227u8, 228u8],
            [48u8, 90u8, 39u8, 169u8],
            [54u8, 139u8, 120u8, 37u8],
            [59u8, 31u8, 230u8, 221u8],
            [62u8, 200u8, 73u8, 40u8],
            [63u8, 206u8, 203u8, 219u8],
            [82u8, 116u8, 175u8, 231u8],
            [83u8, 220u8, 35u8, 165u8],
            [85u8, 65u8, 187u8, 188u8],
            [136u8, 143u8, 43u8, 15u8],
            [137u8, 87u8, 231u8, 230u8],
            [142u8, 92u8, 39u8, 106u8],
            [159u8, 187u8, 97u8, 194u8],
            [179u8, 81u8, 43u8, 12u8],
            [189u8, 229u8, 152u8, 48u8],
            [200u8, 215u8, 2u8, 31u8],
            [219u8, 66u8, 20u8, 77u8],
            [219u8, 99u8, 124u8, 82u8],
            [236u8, 47u8, 171u8, 17u8],
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
            ::core::stringify!(PayeeKeyNotAuthorized),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(ChannelNotExpired),
            ::core::stringify!(ExitTooLate),
            ::core::stringify!(NonceMismatch),
            ::core::stringify!(ChannelExpired),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(InvalidPaymentSignature),
            ::core::stringify!(VideoNotAvailable),
            ::core::stringify!(InvalidBidderSignature),
            ::core::stringify!(NotPayee),
            ::core::stringify!(NothingToWithdraw),
            ::core::stringify!(BalanceOverflow),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(BidderKeyNotAuthorized),
            ::core::stringify!(BidExpired),
            ::core::stringify!(InsufficientBalance),
            ::core::stringify!(NotPayer),
            ::core::stringify!(CounterpartyKeyNotAuthorized),
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
            <PayeeKeyNotAuthorized as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <ChannelNotExpired as alloy_sol_types::SolError>::SIGNATURE,
            <ExitTooLate as alloy_sol_types::SolError>::SIGNATURE,
            <NonceMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <ChannelExpired as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidPaymentSignature as alloy_sol_types::SolError>::SIGNATURE,
            <VideoNotAvailable as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidBidderSignature as alloy_sol_types::SolError>::SIGNATURE,
            <NotPayee as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToWithdraw as alloy_sol_types::SolError>::SIGNATURE,
            <BalanceOverflow as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <BidderKeyNotAuthorized as alloy_sol_types::SolError>::SIGNATURE,
            <BidExpired as alloy_sol_types::SolError>::SIGNATURE,
            <InsufficientBalance as alloy_sol_types::SolError>::SIGNATURE,
            <NotPayer as alloy_sol_types::SolError>::SIGNATURE,
            <CounterpartyKeyNotAuthorized as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 26usize;
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
                Self::ExitTooLate(_) => {
                    <ExitTooLate as alloy_sol_types::SolError>::SELECTOR
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
                Self::NotPayer(_) => <NotPayer as alloy_sol_types::SolError>::SELECTOR,
                Self::NothingToWithdraw(_) => {
                    <NothingToWithdraw as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PayeeKeyNotAuthorized(_) => {
                    <PayeeKeyNotAuthorized as alloy_sol_types::SolError>::SELECTOR
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
                    fn PayeeKeyNotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <PayeeKeyNotAuthorized as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(PaymentChannelErrors::PayeeKeyNotAuthorized)
                    }
                    PayeeKeyNotAuthorized
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
                    fn ExitTooLate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ExitTooLate as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(PaymentChannelErrors::ExitTooLate)
                    }
                    ExitTooLate
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
                    fn NotPayer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <NotPayer as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(PaymentChannelErrors::NotPayer)
                    }
                    NotPayer
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
                    fn PayeeKeyNotAuthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <PayeeKeyNotAuthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::PayeeKeyNotAuthorized)
                    }
                    PayeeKeyNotAuthorized
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
                    fn ExitTooLate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <ExitTooLate as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::ExitTooLate)
                    }
                    ExitTooLate
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
                    fn NotPayer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<PaymentChannelErrors> {
                        <NotPayer as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(PaymentChannelErrors::NotPayer)
                    }
                    NotPayer
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
                Self::ExitTooLate(inner) => {
                    <ExitTooLate as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
                Self::NotPayer(inner) => {
                    <NotPayer as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NothingToWithdraw(inner) => {
                    <NothingToWithdraw as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PayeeKeyNotAuthorized(inner) => {
                    <PayeeKeyNotAuthorized as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::ExitTooLate(inner) => {
                    <ExitTooLate as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::NotPayer(inner) => {
                    <NotPayer as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NothingToWithdraw(inner) => {
                    <NothingToWithdraw as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PayeeKeyNotAuthorized(inner) => {
                    <PayeeKeyNotAuthorized as alloy_sol_types::SolError>::abi_encode_raw(
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
        ChannelExitStarted(ChannelExitStarted),
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
                165u8, 188u8, 220u8, 175u8, 99u8, 146u8, 168u8, 34u8, 150u8, 221u8,
                138u8, 23u8, 91u8, 110u8, 75u8, 17u8, 57u8, 96u8, 189u8, 253u8, 9u8,
                38u8, 9u8, 31u8, 208u8, 241u8, 49u8, 95u8, 138u8, 185u8, 242u8, 216u8,
            ],
            [
                212u8, 129u8, 112u8, 120u8, 143u8, 250u8, 238u8, 117u8, 36u8, 187u8,
                237u8, 119u8, 87u8, 116u8, 129u8, 208u8, 30u8, 20u8, 4u8, 185u8, 22u8,
                119u8, 2u8, 242u8, 59u8, 97u8, 114u8, 87u8, 100u8, 173u8, 16u8, 215u8,
            ],
            [
                217u8, 143u8, 236u8, 201u8, 222u8, 247u8, 108u8, 200u8, 168u8, 76u8,
                229u8, 217u8, 147u8, 29u8, 158u8, 17u8, 180u8, 224u8, 16u8, 103u8, 47u8,
                147u8, 128u8, 249u8, 66u8, 8u8, 76u8, 143u8, 232u8, 137u8, 233u8, 38u8,
            ],
            [
                231u8, 211u8, 103u8, 163u8, 222u8, 172u8, 195u8, 44u8, 207u8, 203u8,
                214u8, 213u8, 162u8, 230u8, 76u8, 61u8, 183u8, 64u8, 38u8, 97u8, 85u8,
                184u8, 17u8, 214u8, 124u8, 109u8, 117u8, 132u8, 69u8, 192u8, 77u8, 125u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(ChannelClosed),
            ::core::stringify!(Deposited),
            ::core::stringify!(Withdrawn),
            ::core::stringify!(ChannelOpened),
            ::core::stringify!(ChannelWithdrawn),
            ::core::stringify!(ChannelExitStarted),
            ::core::stringify!(ChannelSettled),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <ChannelClosed as alloy_sol_types::SolEvent>::SIGNATURE,
            <Deposited as alloy_sol_types::SolEvent>::SIGNATURE,
            <Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ChannelOpened as alloy_sol_types::SolEvent>::SIGNATURE,
            <ChannelWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ChannelExitStarted as alloy_sol_types::SolEvent>::SIGNATURE,
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
        const COUNT: usize = 8usize;
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
                Some(
                    <ChannelExitStarted as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <ChannelExitStarted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ChannelExitStarted)
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
                Self::ChannelExitStarted(inner) => {
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
                Self::ChannelExitStarted(inner) => {
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
        ///Creates a new call builder for the [`EXIT_WINDOW`] function.
        pub fn EXIT_WINDOW(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, EXIT_WINDOWCall, N> {
            self.call_builder(&EXIT_WINDOWCall)
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
        ///Creates a new call builder for the [`startExit`] function.
        pub fn startExit(
            &self,
            channelId: alloy::sol_types::private::FixedBytes<32>,
            channel: <IPaymentChannel::Channel as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, startExitCall, N> {
            self.call_builder(
                &startExitCall {
                    channelId,
                    channel,
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
        ///Creates a new event filter for the [`ChannelExitStarted`] event.
        pub fn ChannelExitStarted_filter(
            &self,
        ) -> alloy_contract::Event<&P, ChannelExitStarted, N> {
            self.event_filter::<ChannelExitStarted>()
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
