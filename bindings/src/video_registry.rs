///Module containing a contract's types and functions.
/**

```solidity
library IVideoRegistry {
    struct Video { string cid; address ownerKey; address publisher; string title; uint32 duration; uint32 segmentLength; uint32 segmentSize; bool listed; string[] formats; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IVideoRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Video { string cid; address ownerKey; address publisher; string title; uint32 duration; uint32 segmentLength; uint32 segmentSize; bool listed; string[] formats; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Video {
        #[allow(missing_docs)]
        pub cid: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub ownerKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub publisher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub title: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub duration: u32,
        #[allow(missing_docs)]
        pub segmentLength: u32,
        #[allow(missing_docs)]
        pub segmentSize: u32,
        #[allow(missing_docs)]
        pub listed: bool,
        #[allow(missing_docs)]
        pub formats: alloy::sol_types::private::Vec<alloy::sol_types::private::String>,
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
            alloy::sol_types::sol_data::String,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::String,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::String>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::String,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::String,
            u32,
            u32,
            u32,
            bool,
            alloy::sol_types::private::Vec<alloy::sol_types::private::String>,
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
        impl ::core::convert::From<Video> for UnderlyingRustTuple<'_> {
            fn from(value: Video) -> Self {
                (
                    value.cid,
                    value.ownerKey,
                    value.publisher,
                    value.title,
                    value.duration,
                    value.segmentLength,
                    value.segmentSize,
                    value.listed,
                    value.formats,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Video {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    cid: tuple.0,
                    ownerKey: tuple.1,
                    publisher: tuple.2,
                    title: tuple.3,
                    duration: tuple.4,
                    segmentLength: tuple.5,
                    segmentSize: tuple.6,
                    listed: tuple.7,
                    formats: tuple.8,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Video {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Video {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.cid,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.ownerKey,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.publisher,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.title,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.duration),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.segmentLength),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.segmentSize),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.listed,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::String,
                    > as alloy_sol_types::SolType>::tokenize(&self.formats),
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
        impl alloy_sol_types::SolType for Video {
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
        impl alloy_sol_types::SolStruct for Video {
            const NAME: &'static str = "Video";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Video(string cid,address ownerKey,address publisher,string title,uint32 duration,uint32 segmentLength,uint32 segmentSize,bool listed,string[] formats)",
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::eip712_data_word(
                            &self.cid,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.ownerKey,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.publisher,
                        )
                        .0,
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::eip712_data_word(
                            &self.title,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.duration)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.segmentLength)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.segmentSize)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.listed,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::String,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.formats)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Video {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.cid,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.ownerKey,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.publisher,
                    )
                    + <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.title,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.duration,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.segmentLength,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.segmentSize,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.listed,
                    )
                    + <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::String,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.formats,
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
                <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.cid,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.ownerKey,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.publisher,
                    out,
                );
                <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.title,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.duration,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.segmentLength,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.segmentSize,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.listed,
                    out,
                );
                <alloy::sol_types::sol_data::Array<
                    alloy::sol_types::sol_data::String,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.formats,
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
    /**Creates a new wrapper around an on-chain [`IVideoRegistry`](self) contract instance.

See the [wrapper's documentation](`IVideoRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IVideoRegistryInstance<P, N> {
        IVideoRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`IVideoRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IVideoRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IVideoRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IVideoRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IVideoRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IVideoRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IVideoRegistry`](self) contract instance.

See the [wrapper's documentation](`IVideoRegistryInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IVideoRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IVideoRegistryInstance<P, N> {
            IVideoRegistryInstance {
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
    > IVideoRegistryInstance<P, N> {
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
    > IVideoRegistryInstance<P, N> {
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
library IVideoRegistry {
    struct Video {
        string cid;
        address ownerKey;
        address publisher;
        string title;
        uint32 duration;
        uint32 segmentLength;
        uint32 segmentSize;
        bool listed;
        string[] formats;
    }
}

interface VideoRegistry {
    error CommitmentNotFound(bytes32 commitment);
    error CommitmentTooRecent(bytes32 commitment, uint256 commitBlock, uint256 blockNumber);
    error DuplicateFormat(string format);
    error InvalidCidLength(uint256 length);
    error InvalidFormat(string format);
    error InvalidTitleLength(uint256 length);
    error NoFormats();
    error NotPublisher(bytes32 videoId, address caller);
    error OwnerKeyNotActive(address key, address wallet);
    error TooManyFormats(uint256 count, uint256 max);
    error UnknownVideo(bytes32 videoId);
    error VideoAlreadyRegistered(bytes32 videoId, address publisher, uint256 registeredCommitBlock, uint256 commitBlock);
    error VideoNotListed(bytes32 videoId);
    error ZeroDuration();
    error ZeroSegmentLength();
    error ZeroSegmentSize();

    event Committed(bytes32 indexed commitment, address indexed committer, uint256 blockNumber);
    event VideoReclaimed(bytes32 indexed videoId, address indexed previousPublisher, address indexed publisher, uint256 previousCommitBlock, uint256 commitBlock);
    event VideoRegistered(bytes32 indexed videoId, address indexed publisher, address indexed ownerKey, string cid);
    event VideoTitleUpdated(bytes32 indexed videoId, string title);
    event VideoUnlisted(bytes32 indexed videoId);

    constructor(address users);

    function MAX_CID_LENGTH() external view returns (uint256);
    function MAX_FORMATS() external view returns (uint256);
    function MAX_FORMAT_LENGTH() external view returns (uint256);
    function MAX_TITLE_LENGTH() external view returns (uint256);
    function MIN_COMMITMENT_AGE() external view returns (uint256);
    function commit(bytes32 commitment) external;
    function commitBlockOf(bytes32 commitment) external view returns (uint256);
    function commitmentOf(string memory cid, address publisher, address ownerKey, bytes32 salt) external pure returns (bytes32);
    function exists(bytes32 videoId) external view returns (bool);
    function idOf(string memory cid) external pure returns (bytes32);
    function register(IVideoRegistry.Video memory input, bytes32 salt) external returns (bytes32 videoId);
    function registeredCommitBlockOf(bytes32 videoId) external view returns (uint256);
    function termsOf(bytes32 videoId, bytes32 formatHash) external view returns (bool available, uint32 duration, uint32 segmentLength);
    function unlist(bytes32 videoId) external;
    function updateTitle(bytes32 videoId, string memory title) external;
    function userRegistry() external view returns (address);
    function videoCount() external view returns (uint256);
    function videoIds(uint256 start, uint256 count) external view returns (bytes32[] memory ids);
    function videoOf(bytes32 videoId) external view returns (IVideoRegistry.Video memory);
    function videosOfPublisher(address publisher) external view returns (bytes32[] memory);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "users",
        "type": "address",
        "internalType": "contract IUserRegistry"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "MAX_CID_LENGTH",
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
    "name": "MAX_FORMATS",
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
    "name": "MAX_FORMAT_LENGTH",
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
    "name": "MAX_TITLE_LENGTH",
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
    "name": "MIN_COMMITMENT_AGE",
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
    "name": "commit",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "commitBlockOf",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "commitmentOf",
    "inputs": [
      {
        "name": "cid",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "publisher",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "ownerKey",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
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
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "exists",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "idOf",
    "inputs": [
      {
        "name": "cid",
        "type": "string",
        "internalType": "string"
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
    "name": "register",
    "inputs": [
      {
        "name": "input",
        "type": "tuple",
        "internalType": "struct IVideoRegistry.Video",
        "components": [
          {
            "name": "cid",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "ownerKey",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "publisher",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "title",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "duration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "segmentLength",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "segmentSize",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "listed",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "formats",
            "type": "string[]",
            "internalType": "string[]"
          }
        ]
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "registeredCommitBlockOf",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "termsOf",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "formatHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "available",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "duration",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "segmentLength",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unlist",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "updateTitle",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "title",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
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
    "name": "videoCount",
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
    "name": "videoIds",
    "inputs": [
      {
        "name": "start",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "ids",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "videoOf",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IVideoRegistry.Video",
        "components": [
          {
            "name": "cid",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "ownerKey",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "publisher",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "title",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "duration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "segmentLength",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "segmentSize",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "listed",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "formats",
            "type": "string[]",
            "internalType": "string[]"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "videosOfPublisher",
    "inputs": [
      {
        "name": "publisher",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "Committed",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "committer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VideoReclaimed",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousPublisher",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "publisher",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousCommitBlock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "commitBlock",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VideoRegistered",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "publisher",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "ownerKey",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "cid",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VideoTitleUpdated",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "title",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VideoUnlisted",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "CommitmentNotFound",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "CommitmentTooRecent",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "commitBlock",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "DuplicateFormat",
    "inputs": [
      {
        "name": "format",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidCidLength",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidFormat",
    "inputs": [
      {
        "name": "format",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidTitleLength",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NoFormats",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotPublisher",
    "inputs": [
      {
        "name": "videoId",
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
    "name": "OwnerKeyNotActive",
    "inputs": [
      {
        "name": "key",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "wallet",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "TooManyFormats",
    "inputs": [
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownVideo",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "VideoAlreadyRegistered",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "publisher",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "registeredCommitBlock",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "commitBlock",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "VideoNotListed",
    "inputs": [
      {
        "name": "videoId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroDuration",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroSegmentLength",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroSegmentSize",
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
pub mod VideoRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a0604052348015600e575f5ffd5b5060405161222b38038061222b833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516121a66100855f395f81816101ef015261057b01526121a65ff3fe608060405234801561000f575f5ffd5b5060043610610163575f3560e01c8063981c4e25116100c7578063bc40a2771161007d578063d1df5aac11610063578063d1df5aac14610360578063f14fcbc814610373578063f2a269c514610386575f5ffd5b8063bc40a27714610345578063c61b5f4c14610358575f5ffd5b8063a82da60d116100ad578063a82da60d146102fe578063aa18828514610306578063b880f60914610326575f5ffd5b8063981c4e25146102d8578063a3c092cb146102eb575f5ffd5b80635fd846f21161011c57806373abe23b1161010257806373abe23b14610253578063758979bd1461025b578063789f18c014610270575f5ffd5b80635fd846f2146102385780636fc61e7c1461024b575f5ffd5b806338a699a41161014c57806338a699a41461018b5780635c7460d6146101d55780635d45691614610219575f5ffd5b80632e4f692a146101675780632ef9a16014610182575b5f5ffd5b61016f600181565b6040519081526020015b60405180910390f35b61016f61010081565b6101c5610199366004611880565b5f9081526020819052604090206002015473ffffffffffffffffffffffffffffffffffffffff16151590565b6040519015158152602001610179565b60405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610179565b61016f610227366004611880565b5f9081526005602052604090205490565b61016f6102463660046118dc565b6103a6565b61016f601f81565b61016f601081565b61026e61026936600461191b565b6103c8565b005b6102b461027e366004611963565b5f91825260016020908152604080842092845291815291819020549081901c60ff169263ffffffff808316939290921c90911690565b60408051931515845263ffffffff9283166020850152911690820152606001610179565b61016f6102e63660046119a4565b61042f565b61016f6102f9366004611a0f565b61046a565b61016f608081565b610319610314366004611963565b610ab4565b6040516101799190611a56565b61016f610334366004611880565b5f9081526006602052604090205490565b61026e610353366004611880565b610ba7565b60045461016f565b61031961036e366004611a98565b610d02565b61026e610381366004611880565b610d78565b610399610394366004611880565b610ddb565b6040516101799190611b7e565b5f82826040516103b7929190611cb2565b604051809103902090505b92915050565b5f6103d38433611116565b90506103df83836111ec565b600381016103ee838583611d8a565b50837f27da726c6621cd57f7af785ec9e76b75c68b478137c0f16c79549a1b154a0b638484604051610421929190611ee7565b60405180910390a250505050565b5f8585858585604051602001610449959493929190611f02565b60405160208183030381529060405280519060200120905095945050505050565b5f6104748361123a565b61047e8380611f46565b60405161048c929190611cb2565b60405190819003902090505f6104bc6104a58580611f46565b336104b66040890160208a01611a98565b8761042f565b5f8181526005602052604081205491925081900361050e576040517f836588c9000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b600161051a8243611fd4565b1015610562576040517f2f4217e80000000000000000000000000000000000000000000000000000000081526004810183905260248101829052436044820152606401610505565b5f8073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001663fa073d766105b060408a0160208b01611a98565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016040805180830381865afa158015610616573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061063a9190611fe7565b909250905073ffffffffffffffffffffffffffffffffffffffff821633141580610662575080155b156106c8576106776040880160208901611a98565b6040517f350cb92a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091166004820152336024820152604401610505565b5f858152602081905260409020600281015473ffffffffffffffffffffffffffffffffffffffff168061072e57600480546001810182555f919091527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b01879055610826565b5f8781526006602052604090205473ffffffffffffffffffffffffffffffffffffffff82163314806107605750808610155b156107c4576040517faa006d630000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff831660248201526044810182905260648101879052608401610505565b6107cf88848461141f565b6040805182815260208101889052339173ffffffffffffffffffffffffffffffffffffffff8516918b917f7f2584a980809a3e1befb4422fa9dd5c836f6a360e5584f8cb420a1e7946c585910160405180910390a4505b5f8681526005602081815260408084208490558a845260069091529091208690556108569088908b9085016115d8565b6108608980611f46565b839161086d919083611d8a565b5061087e60408a0160208b01611a98565b60018301805473ffffffffffffffffffffffffffffffffffffffff929092167fffffffffffffffffffffffff0000000000000000000000000000000000000000928316179055600283018054909116331790556108de60608a018a611f46565b60038401916108ee919083611d8a565b506108ff60a08a0160808b01612023565b6004830180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff9290921691909117905561094660c08a0160a08b01612023565b60048301805463ffffffff92909216640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff90921691909117905561099660e08a0160c08b01612023565b6004830180547fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff63ffffffff939093166801000000000000000002929092167fffffffffffffffffffffffffffffffffffffff0000000000ffffffffffffffff909216919091176c01000000000000000000000000179055335f9081526002602090815260408083208054600181018255818552838520018b9055548a8452600383529281902092909255610a4f918b01908b01611a98565b73ffffffffffffffffffffffffffffffffffffffff1633887f7eca2688142350b87dd5a50a34e45bbc78af9d7d4d3216d297e70768617aa026610a928d80611f46565b604051610aa0929190611ee7565b60405180910390a450505050505092915050565b600454606090808410610ad6575050604080515f8152602081019091526103c2565b5f83610ae28684611fd4565b10610af657610af18486612046565b610af8565b815b9050610b048582611fd4565b67ffffffffffffffff811115610b1c57610b1c611cc1565b604051908082528060200260200182016040528015610b45578160200160208202803683370190505b509250845b81811015610b9e5760048181548110610b6557610b65612059565b905f5260205f200154848783610b7b9190611fd4565b81518110610b8b57610b8b612059565b6020908102919091010152600101610b4a565b50505092915050565b5f610bb28233611116565b60048101549091506c01000000000000000000000000900460ff16610c06576040517f67dc953800000000000000000000000000000000000000000000000000000000815260048101839052602401610505565b6004810180547fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff1690555f8281526001602052604081209060058301905b8154811015610cd1575f835f848481548110610c6257610c62612059565b905f5260205f2001604051610c779190612086565b604080519182900390912082526020820192909252015f20805491151568010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff909216919091179055600101610c44565b5060405184907f866615d0bb5b62b9a956361343f7daab47326d0315b75db92c327bc9e8957f94905f90a250505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260026020908152604091829020805483518184028101840190945280845260609392830182828015610d6c57602002820191905f5260205f20905b815481526020019060010190808311610d58575b50505050509050919050565b5f8181526005602052604090205415610d8e5750565b5f8181526005602090815260409182902043908190559151918252339183917f014da346f1eee9a9a0e466b5406c84ea9a5b4d35bfeb399eebea697a6f66d05b910160405180910390a350565b604080516101208101825260608082525f602083018190529282018390528082018190526080820183905260a0820183905260c0820183905260e08201929092526101008101919091525f828152602081905260409020600281015473ffffffffffffffffffffffffffffffffffffffff16610e86576040517fd28b95a300000000000000000000000000000000000000000000000000000000815260048101849052602401610505565b80604051806101200160405290815f82018054610ea290611cee565b80601f0160208091040260200160405190810160405280929190818152602001828054610ece90611cee565b8015610f195780601f10610ef057610100808354040283529160200191610f19565b820191905f5260205f20905b815481529060010190602001808311610efc57829003601f168201915b5050509183525050600182015473ffffffffffffffffffffffffffffffffffffffff90811660208301526002830154166040820152600382018054606090920191610f6390611cee565b80601f0160208091040260200160405190810160405280929190818152602001828054610f8f90611cee565b8015610fda5780601f10610fb157610100808354040283529160200191610fda565b820191905f5260205f20905b815481529060010190602001808311610fbd57829003601f168201915b5050509183525050600482015463ffffffff8082166020808501919091526401000000008304821660408086019190915268010000000000000000840490921660608501526c0100000000000000000000000090920460ff161515608084015260058401805482518185028101850190935280835260a09094019391929091905f9084015b82821015611107578382905f5260205f2001805461107c90611cee565b80601f01602080910402602001604051908101604052809291908181526020018280546110a890611cee565b80156110f35780601f106110ca576101008083540402835291602001916110f3565b820191905f5260205f20905b8154815290600101906020018083116110d657829003601f168201915b50505050508152602001906001019061105f565b50505091525090949350505050565b5f828152602081905260409020600281015473ffffffffffffffffffffffffffffffffffffffff16611177576040517fd28b95a300000000000000000000000000000000000000000000000000000000815260048101849052602401610505565b600281015473ffffffffffffffffffffffffffffffffffffffff8381169116146103c2576040517ff02cd7ac0000000000000000000000000000000000000000000000000000000081526004810184905273ffffffffffffffffffffffffffffffffffffffff83166024820152604401610505565b808015806111fb575061010081115b15611235576040517fac04d79a00000000000000000000000000000000000000000000000000000000815260048101829052602401610505565b505050565b5f6112458280611f46565b9150508015806112555750608081115b1561128f576040517fc0e2945e00000000000000000000000000000000000000000000000000000000815260048101829052602401610505565b6112a461129f6060840184611f46565b6111ec565b6112b460a0830160808401612023565b63ffffffff165f036112f2576040517f68d5686e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61130260c0830160a08401612023565b63ffffffff165f03611340576040517f61ed90f300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61135060e0830160c08401612023565b63ffffffff165f0361138e576040517f6eaf38a600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61139d610100840184612115565b90509050805f036113da576040517fb58b1dc200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6010811115611235576040517f964a9d000000000000000000000000000000000000000000000000000000000081526004810182905260106024820152604401610505565b5f8381526001602052604081209060058401905b81548110156114ab57825f83838154811061145057611450612059565b905f5260205f20016040516114659190612086565b604080519182900390912082526020820192909252015f2080547fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000169055600101611433565b506114b9600585015f6117fc565b5f8581526003602090815260408083205473ffffffffffffffffffffffffffffffffffffffff871684526002909252822080549192906114fa600184611fd4565b8154811061150a5761150a612059565b5f91825260208083209091015473ffffffffffffffffffffffffffffffffffffffff8916835260029091526040909120909150819061154a600186611fd4565b8154811061155a5761155a612059565b5f91825260208083209091019290925582815260038252604080822086905573ffffffffffffffffffffffffffffffffffffffff891682526002909252208054806115a7576115a7612179565b600190038181905f5260205f20015f9055905560035f8981526020019081526020015f205f90555050505050505050565b5f60405180606001604052808460800160208101906115f79190612023565b63ffffffff16815260200161161260c0860160a08701612023565b63ffffffff168152600160209182018190525f8781529152604081209192505b611640610100860186612115565b90508110156117f457365f611659610100880188612115565b8481811061166957611669612059565b905060200281019061167b9190611f46565b90925090508080158061168e5750601f81115b156116c95782826040517f3a74fb3a000000000000000000000000000000000000000000000000000000008152600401610505929190611ee7565b5f83836040516116da929190611cb2565b60408051918290039091205f8181526020899052919091205490915068010000000000000000900460ff16156117405783836040517fc37a2526000000000000000000000000000000000000000000000000000000008152600401610505929190611ee7565b5f818152602087815260408083208a518154848d0151938d0151151568010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff63ffffffff958616640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000909316959093169490941717169190911790558954600181018b558a83529120016117e4848683611d8a565b5050505050806001019050611632565b505050505050565b5080545f8255905f5260205f2090810190611817919061181a565b50565b80821115611836575f61182d828261183a565b5060010161181a565b5090565b50805461184690611cee565b5f825580601f10611855575050565b601f0160209004905f5260205f209081019061181791905b80821115611836575f815560010161186d565b5f60208284031215611890575f5ffd5b5035919050565b5f5f83601f8401126118a7575f5ffd5b50813567ffffffffffffffff8111156118be575f5ffd5b6020830191508360208285010111156118d5575f5ffd5b9250929050565b5f5f602083850312156118ed575f5ffd5b823567ffffffffffffffff811115611903575f5ffd5b61190f85828601611897565b90969095509350505050565b5f5f5f6040848603121561192d575f5ffd5b83359250602084013567ffffffffffffffff81111561194a575f5ffd5b61195686828701611897565b9497909650939450505050565b5f5f60408385031215611974575f5ffd5b50508035926020909101359150565b73ffffffffffffffffffffffffffffffffffffffff81168114611817575f5ffd5b5f5f5f5f5f608086880312156119b8575f5ffd5b853567ffffffffffffffff8111156119ce575f5ffd5b6119da88828901611897565b90965094505060208601356119ee81611983565b925060408601356119fe81611983565b949793965091946060013592915050565b5f5f60408385031215611a20575f5ffd5b823567ffffffffffffffff811115611a36575f5ffd5b83016101208186031215611a48575f5ffd5b946020939093013593505050565b602080825282518282018190525f918401906040840190835b81811015611a8d578351835260209384019390920191600101611a6f565b509095945050505050565b5f60208284031215611aa8575f5ffd5b8135611ab381611983565b9392505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015611b72577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0858403018852611b5c838351611aba565b6020988901989093509190910190600101611b22565b50909695505050505050565b602081525f82516101206020840152611b9b610140840182611aba565b90506020840151611bc4604085018273ffffffffffffffffffffffffffffffffffffffff169052565b50604084015173ffffffffffffffffffffffffffffffffffffffff811660608501525060608401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0848303016080850152611c208282611aba565b9150506080840151611c3a60a085018263ffffffff169052565b5060a084015163ffffffff811660c08501525060c084015163ffffffff811660e08501525060e0840151801515610100850152506101008401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe084830301610120850152611ca98282611b06565b95945050505050565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c90821680611d0257607f821691505b602082108103611d39577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b601f82111561123557805f5260205f20601f840160051c81016020851015611d645750805b601f840160051c820191505b81811015611d83575f8155600101611d70565b5050505050565b67ffffffffffffffff831115611da257611da2611cc1565b611db683611db08354611cee565b83611d3f565b5f601f841160018114611e06575f8515611dd05750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355611d83565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015611e535786850135825560209485019460019092019101611e33565b5086821015611e8e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f611efa602083018486611ea0565b949350505050565b608081525f611f15608083018789611ea0565b73ffffffffffffffffffffffffffffffffffffffff9586166020840152939094166040820152606001529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611f79575f5ffd5b83018035915067ffffffffffffffff821115611f93575f5ffd5b6020019150368190038213156118d5575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156103c2576103c2611fa7565b5f5f60408385031215611ff8575f5ffd5b825161200381611983565b60208401519092508015158114612018575f5ffd5b809150509250929050565b5f60208284031215612033575f5ffd5b813563ffffffff81168114611ab3575f5ffd5b808201808211156103c2576103c2611fa7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f835461209381611cee565b6001821680156120aa57600181146120dd5761210a565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008316865281151582028601935061210a565b865f5260205f205f5b83811015612102578154888201526001909101906020016120e6565b505081860193505b509195945050505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612148575f5ffd5b83018035915067ffffffffffffffff821115612162575f5ffd5b6020019150600581901b36038213156118d5575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R4\x80\x15`\x0EW__\xFD[P`@Qa\"+8\x03\x80a\"+\x839\x81\x01`@\x81\x90R`+\x91`;V[`\x01`\x01`\xA0\x1B\x03\x16`\x80R`fV[_` \x82\x84\x03\x12\x15`JW__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14`_W__\xFD[\x93\x92PPPV[`\x80Qa!\xA6a\0\x85_9_\x81\x81a\x01\xEF\x01Ra\x05{\x01Ra!\xA6_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01cW_5`\xE0\x1C\x80c\x98\x1CN%\x11a\0\xC7W\x80c\xBC@\xA2w\x11a\0}W\x80c\xD1\xDFZ\xAC\x11a\0cW\x80c\xD1\xDFZ\xAC\x14a\x03`W\x80c\xF1O\xCB\xC8\x14a\x03sW\x80c\xF2\xA2i\xC5\x14a\x03\x86W__\xFD[\x80c\xBC@\xA2w\x14a\x03EW\x80c\xC6\x1B_L\x14a\x03XW__\xFD[\x80c\xA8-\xA6\r\x11a\0\xADW\x80c\xA8-\xA6\r\x14a\x02\xFEW\x80c\xAA\x18\x82\x85\x14a\x03\x06W\x80c\xB8\x80\xF6\t\x14a\x03&W__\xFD[\x80c\x98\x1CN%\x14a\x02\xD8W\x80c\xA3\xC0\x92\xCB\x14a\x02\xEBW__\xFD[\x80c_\xD8F\xF2\x11a\x01\x1CW\x80cs\xAB\xE2;\x11a\x01\x02W\x80cs\xAB\xE2;\x14a\x02SW\x80cu\x89y\xBD\x14a\x02[W\x80cx\x9F\x18\xC0\x14a\x02pW__\xFD[\x80c_\xD8F\xF2\x14a\x028W\x80co\xC6\x1E|\x14a\x02KW__\xFD[\x80c8\xA6\x99\xA4\x11a\x01LW\x80c8\xA6\x99\xA4\x14a\x01\x8BW\x80c\\t`\xD6\x14a\x01\xD5W\x80c]Ei\x16\x14a\x02\x19W__\xFD[\x80c.Oi*\x14a\x01gW\x80c.\xF9\xA1`\x14a\x01\x82W[__\xFD[a\x01o`\x01\x81V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01oa\x01\0\x81V[a\x01\xC5a\x01\x996`\x04a\x18\x80V[_\x90\x81R` \x81\x90R`@\x90 `\x02\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[`@Q\x90\x15\x15\x81R` \x01a\x01yV[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x01yV[a\x01oa\x02'6`\x04a\x18\x80V[_\x90\x81R`\x05` R`@\x90 T\x90V[a\x01oa\x02F6`\x04a\x18\xDCV[a\x03\xA6V[a\x01o`\x1F\x81V[a\x01o`\x10\x81V[a\x02na\x02i6`\x04a\x19\x1BV[a\x03\xC8V[\0[a\x02\xB4a\x02~6`\x04a\x19cV[_\x91\x82R`\x01` \x90\x81R`@\x80\x84 \x92\x84R\x91\x81R\x91\x81\x90 T\x90\x81\x90\x1C`\xFF\x16\x92c\xFF\xFF\xFF\xFF\x80\x83\x16\x93\x92\x90\x92\x1C\x90\x91\x16\x90V[`@\x80Q\x93\x15\x15\x84Rc\xFF\xFF\xFF\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x01yV[a\x01oa\x02\xE66`\x04a\x19\xA4V[a\x04/V[a\x01oa\x02\xF96`\x04a\x1A\x0FV[a\x04jV[a\x01o`\x80\x81V[a\x03\x19a\x03\x146`\x04a\x19cV[a\n\xB4V[`@Qa\x01y\x91\x90a\x1AVV[a\x01oa\x0346`\x04a\x18\x80V[_\x90\x81R`\x06` R`@\x90 T\x90V[a\x02na\x03S6`\x04a\x18\x80V[a\x0B\xA7V[`\x04Ta\x01oV[a\x03\x19a\x03n6`\x04a\x1A\x98V[a\r\x02V[a\x02na\x03\x816`\x04a\x18\x80V[a\rxV[a\x03\x99a\x03\x946`\x04a\x18\x80V[a\r\xDBV[`@Qa\x01y\x91\x90a\x1B~V[_\x82\x82`@Qa\x03\xB7\x92\x91\x90a\x1C\xB2V[`@Q\x80\x91\x03\x90 \x90P[\x92\x91PPV[_a\x03\xD3\x843a\x11\x16V[\x90Pa\x03\xDF\x83\x83a\x11\xECV[`\x03\x81\x01a\x03\xEE\x83\x85\x83a\x1D\x8AV[P\x83\x7F'\xDArlf!\xCDW\xF7\xAFx^\xC9\xE7ku\xC6\x8BG\x817\xC0\xF1lyT\x9A\x1B\x15J\x0Bc\x84\x84`@Qa\x04!\x92\x91\x90a\x1E\xE7V[`@Q\x80\x91\x03\x90\xA2PPPPV[_\x85\x85\x85\x85\x85`@Q` \x01a\x04I\x95\x94\x93\x92\x91\x90a\x1F\x02V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x95\x94PPPPPV[_a\x04t\x83a\x12:V[a\x04~\x83\x80a\x1FFV[`@Qa\x04\x8C\x92\x91\x90a\x1C\xB2V[`@Q\x90\x81\x90\x03\x90 \x90P_a\x04\xBCa\x04\xA5\x85\x80a\x1FFV[3a\x04\xB6`@\x89\x01` \x8A\x01a\x1A\x98V[\x87a\x04/V[_\x81\x81R`\x05` R`@\x81 T\x91\x92P\x81\x90\x03a\x05\x0EW`@Q\x7F\x83e\x88\xC9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01a\x05\x1A\x82Ca\x1F\xD4V[\x10\x15a\x05bW`@Q\x7F/B\x17\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90RC`D\x82\x01R`d\x01a\x05\x05V[_\x80s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xFA\x07=va\x05\xB0`@\x8A\x01` \x8B\x01a\x1A\x98V[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x06\x16W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x06:\x91\x90a\x1F\xE7V[\x90\x92P\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x163\x14\x15\x80a\x06bWP\x80\x15[\x15a\x06\xC8Wa\x06w`@\x88\x01` \x89\x01a\x1A\x98V[`@Q\x7F5\x0C\xB9*\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\x05\x05V[_\x85\x81R` \x81\x90R`@\x90 `\x02\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80a\x07.W`\x04\x80T`\x01\x81\x01\x82U_\x91\x90\x91R\x7F\x8A5\xAC\xFB\xC1_\xF8\x1A9\xAE}4O\xD7\t\xF2\x8E\x86\0\xB4\xAA\x8Ce\xC6\xB6K\xFE\x7F\xE3k\xD1\x9B\x01\x87\x90Ua\x08&V[_\x87\x81R`\x06` R`@\x90 Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x163\x14\x80a\x07`WP\x80\x86\x10\x15[\x15a\x07\xC4W`@Q\x7F\xAA\0mc\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x89\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01R`D\x81\x01\x82\x90R`d\x81\x01\x87\x90R`\x84\x01a\x05\x05V[a\x07\xCF\x88\x84\x84a\x14\x1FV[`@\x80Q\x82\x81R` \x81\x01\x88\x90R3\x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x91\x8B\x91\x7F\x7F%\x84\xA9\x80\x80\x9A>\x1B\xEF\xB4B/\xA9\xDD\\\x83oj6\x0EU\x84\xF8\xCBB\n\x1EyF\xC5\x85\x91\x01`@Q\x80\x91\x03\x90\xA4P[_\x86\x81R`\x05` \x81\x81R`@\x80\x84 \x84\x90U\x8A\x84R`\x06\x90\x91R\x90\x91 \x86\x90Ua\x08V\x90\x88\x90\x8B\x90\x85\x01a\x15\xD8V[a\x08`\x89\x80a\x1FFV[\x83\x91a\x08m\x91\x90\x83a\x1D\x8AV[Pa\x08~`@\x8A\x01` \x8B\x01a\x1A\x98V[`\x01\x83\x01\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x83\x16\x17\x90U`\x02\x83\x01\x80T\x90\x91\x163\x17\x90Ua\x08\xDE``\x8A\x01\x8Aa\x1FFV[`\x03\x84\x01\x91a\x08\xEE\x91\x90\x83a\x1D\x8AV[Pa\x08\xFF`\xA0\x8A\x01`\x80\x8B\x01a #V[`\x04\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16c\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\tF`\xC0\x8A\x01`\xA0\x8B\x01a #V[`\x04\x83\x01\x80Tc\xFF\xFF\xFF\xFF\x92\x90\x92\x16d\x01\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\t\x96`\xE0\x8A\x01`\xC0\x8B\x01a #V[`\x04\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x93\x90\x93\x16h\x01\0\0\0\0\0\0\0\0\x02\x92\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U3_\x90\x81R`\x02` \x90\x81R`@\x80\x83 \x80T`\x01\x81\x01\x82U\x81\x85R\x83\x85 \x01\x8B\x90UT\x8A\x84R`\x03\x83R\x92\x81\x90 \x92\x90\x92Ua\nO\x91\x8B\x01\x90\x8B\x01a\x1A\x98V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x88\x7F~\xCA&\x88\x14#P\xB8}\xD5\xA5\n4\xE4[\xBCx\xAF\x9D}M2\x16\xD2\x97\xE7\x07haz\xA0&a\n\x92\x8D\x80a\x1FFV[`@Qa\n\xA0\x92\x91\x90a\x1E\xE7V[`@Q\x80\x91\x03\x90\xA4PPPPPP\x92\x91PPV[`\x04T``\x90\x80\x84\x10a\n\xD6WPP`@\x80Q_\x81R` \x81\x01\x90\x91Ra\x03\xC2V[_\x83a\n\xE2\x86\x84a\x1F\xD4V[\x10a\n\xF6Wa\n\xF1\x84\x86a FV[a\n\xF8V[\x81[\x90Pa\x0B\x04\x85\x82a\x1F\xD4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0B\x1CWa\x0B\x1Ca\x1C\xC1V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0BEW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x92P\x84[\x81\x81\x10\x15a\x0B\x9EW`\x04\x81\x81T\x81\x10a\x0BeWa\x0Bea YV[\x90_R` _ \x01T\x84\x87\x83a\x0B{\x91\x90a\x1F\xD4V[\x81Q\x81\x10a\x0B\x8BWa\x0B\x8Ba YV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x0BJV[PPP\x92\x91PPV[_a\x0B\xB2\x823a\x11\x16V[`\x04\x81\x01T\x90\x91Pl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16a\x0C\x06W`@Q\x7Fg\xDC\x958\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x05\x05V[`\x04\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U_\x82\x81R`\x01` R`@\x81 \x90`\x05\x83\x01\x90[\x81T\x81\x10\x15a\x0C\xD1W_\x83_\x84\x84\x81T\x81\x10a\x0CbWa\x0Cba YV[\x90_R` _ \x01`@Qa\x0Cw\x91\x90a \x86V[`@\x80Q\x91\x82\x90\x03\x90\x91 \x82R` \x82\x01\x92\x90\x92R\x01_ \x80T\x91\x15\x15h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x01a\x0CDV[P`@Q\x84\x90\x7F\x86f\x15\xD0\xBB[b\xB9\xA9V6\x13C\xF7\xDA\xABG2m\x03\x15\xB7]\xB9,2{\xC9\xE8\x95\x7F\x94\x90_\x90\xA2PPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x80T\x83Q\x81\x84\x02\x81\x01\x84\x01\x90\x94R\x80\x84R``\x93\x92\x83\x01\x82\x82\x80\x15a\rlW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T\x81R` \x01\x90`\x01\x01\x90\x80\x83\x11a\rXW[PPPPP\x90P\x91\x90PV[_\x81\x81R`\x05` R`@\x90 T\x15a\r\x8EWPV[_\x81\x81R`\x05` \x90\x81R`@\x91\x82\x90 C\x90\x81\x90U\x91Q\x91\x82R3\x91\x83\x91\x7F\x01M\xA3F\xF1\xEE\xE9\xA9\xA0\xE4f\xB5@l\x84\xEA\x9A[M5\xBF\xEB9\x9E\xEB\xEAizof\xD0[\x91\x01`@Q\x80\x91\x03\x90\xA3PV[`@\x80Qa\x01 \x81\x01\x82R``\x80\x82R_` \x83\x01\x81\x90R\x92\x82\x01\x83\x90R\x80\x82\x01\x81\x90R`\x80\x82\x01\x83\x90R`\xA0\x82\x01\x83\x90R`\xC0\x82\x01\x83\x90R`\xE0\x82\x01\x92\x90\x92Ra\x01\0\x81\x01\x91\x90\x91R_\x82\x81R` \x81\x90R`@\x90 `\x02\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x0E\x86W`@Q\x7F\xD2\x8B\x95\xA3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x05V[\x80`@Q\x80a\x01 \x01`@R\x90\x81_\x82\x01\x80Ta\x0E\xA2\x90a\x1C\xEEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0E\xCE\x90a\x1C\xEEV[\x80\x15a\x0F\x19W\x80`\x1F\x10a\x0E\xF0Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0F\x19V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0E\xFCW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x82\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x83\x01R`\x02\x83\x01T\x16`@\x82\x01R`\x03\x82\x01\x80T``\x90\x92\x01\x91a\x0Fc\x90a\x1C\xEEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0F\x8F\x90a\x1C\xEEV[\x80\x15a\x0F\xDAW\x80`\x1F\x10a\x0F\xB1Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0F\xDAV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0F\xBDW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x04\x82\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16` \x80\x85\x01\x91\x90\x91Rd\x01\0\0\0\0\x83\x04\x82\x16`@\x80\x86\x01\x91\x90\x91Rh\x01\0\0\0\0\0\0\0\0\x84\x04\x90\x92\x16``\x85\x01Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04`\xFF\x16\x15\x15`\x80\x84\x01R`\x05\x84\x01\x80T\x82Q\x81\x85\x02\x81\x01\x85\x01\x90\x93R\x80\x83R`\xA0\x90\x94\x01\x93\x91\x92\x90\x91\x90_\x90\x84\x01[\x82\x82\x10\x15a\x11\x07W\x83\x82\x90_R` _ \x01\x80Ta\x10|\x90a\x1C\xEEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x10\xA8\x90a\x1C\xEEV[\x80\x15a\x10\xF3W\x80`\x1F\x10a\x10\xCAWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x10\xF3V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x10\xD6W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81R` \x01\x90`\x01\x01\x90a\x10_V[PPP\x91RP\x90\x94\x93PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x02\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x11wW`@Q\x7F\xD2\x8B\x95\xA3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x05V[`\x02\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16\x91\x16\x14a\x03\xC2W`@Q\x7F\xF0,\xD7\xAC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01R`D\x01a\x05\x05V[\x80\x80\x15\x80a\x11\xFBWPa\x01\0\x81\x11[\x15a\x125W`@Q\x7F\xAC\x04\xD7\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x05\x05V[PPPV[_a\x12E\x82\x80a\x1FFV[\x91PP\x80\x15\x80a\x12UWP`\x80\x81\x11[\x15a\x12\x8FW`@Q\x7F\xC0\xE2\x94^\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x05\x05V[a\x12\xA4a\x12\x9F``\x84\x01\x84a\x1FFV[a\x11\xECV[a\x12\xB4`\xA0\x83\x01`\x80\x84\x01a #V[c\xFF\xFF\xFF\xFF\x16_\x03a\x12\xF2W`@Q\x7Fh\xD5hn\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\x02`\xC0\x83\x01`\xA0\x84\x01a #V[c\xFF\xFF\xFF\xFF\x16_\x03a\x13@W`@Q\x7Fa\xED\x90\xF3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13P`\xE0\x83\x01`\xC0\x84\x01a #V[c\xFF\xFF\xFF\xFF\x16_\x03a\x13\x8EW`@Q\x7Fn\xAF8\xA6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x13\x9Da\x01\0\x84\x01\x84a!\x15V[\x90P\x90P\x80_\x03a\x13\xDAW`@Q\x7F\xB5\x8B\x1D\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x10\x81\x11\x15a\x125W`@Q\x7F\x96J\x9D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`\x10`$\x82\x01R`D\x01a\x05\x05V[_\x83\x81R`\x01` R`@\x81 \x90`\x05\x84\x01\x90[\x81T\x81\x10\x15a\x14\xABW\x82_\x83\x83\x81T\x81\x10a\x14PWa\x14Pa YV[\x90_R` _ \x01`@Qa\x14e\x91\x90a \x86V[`@\x80Q\x91\x82\x90\x03\x90\x91 \x82R` \x82\x01\x92\x90\x92R\x01_ \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x16\x90U`\x01\x01a\x143V[Pa\x14\xB9`\x05\x85\x01_a\x17\xFCV[_\x85\x81R`\x03` \x90\x81R`@\x80\x83 Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x84R`\x02\x90\x92R\x82 \x80T\x91\x92\x90a\x14\xFA`\x01\x84a\x1F\xD4V[\x81T\x81\x10a\x15\nWa\x15\na YV[_\x91\x82R` \x80\x83 \x90\x91\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x83R`\x02\x90\x91R`@\x90\x91 \x90\x91P\x81\x90a\x15J`\x01\x86a\x1F\xD4V[\x81T\x81\x10a\x15ZWa\x15Za YV[_\x91\x82R` \x80\x83 \x90\x91\x01\x92\x90\x92U\x82\x81R`\x03\x82R`@\x80\x82 \x86\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x82R`\x02\x90\x92R \x80T\x80a\x15\xA7Wa\x15\xA7a!yV[`\x01\x90\x03\x81\x81\x90_R` _ \x01_\x90U\x90U`\x03_\x89\x81R` \x01\x90\x81R` \x01_ _\x90UPPPPPPPPV[_`@Q\x80``\x01`@R\x80\x84`\x80\x01` \x81\x01\x90a\x15\xF7\x91\x90a #V[c\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x16\x12`\xC0\x86\x01`\xA0\x87\x01a #V[c\xFF\xFF\xFF\xFF\x16\x81R`\x01` \x91\x82\x01\x81\x90R_\x87\x81R\x91R`@\x81 \x91\x92P[a\x16@a\x01\0\x86\x01\x86a!\x15V[\x90P\x81\x10\x15a\x17\xF4W6_a\x16Ya\x01\0\x88\x01\x88a!\x15V[\x84\x81\x81\x10a\x16iWa\x16ia YV[\x90P` \x02\x81\x01\x90a\x16{\x91\x90a\x1FFV[\x90\x92P\x90P\x80\x80\x15\x80a\x16\x8EWP`\x1F\x81\x11[\x15a\x16\xC9W\x82\x82`@Q\x7F:t\xFB:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05\x05\x92\x91\x90a\x1E\xE7V[_\x83\x83`@Qa\x16\xDA\x92\x91\x90a\x1C\xB2V[`@\x80Q\x91\x82\x90\x03\x90\x91 _\x81\x81R` \x89\x90R\x91\x90\x91 T\x90\x91Ph\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\x17@W\x83\x83`@Q\x7F\xC3z%&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05\x05\x92\x91\x90a\x1E\xE7V[_\x81\x81R` \x87\x81R`@\x80\x83 \x8AQ\x81T\x84\x8D\x01Q\x93\x8D\x01Q\x15\x15h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x95\x86\x16d\x01\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x90\x93\x16\x95\x90\x93\x16\x94\x90\x94\x17\x17\x16\x91\x90\x91\x17\x90U\x89T`\x01\x81\x01\x8BU\x8A\x83R\x91 \x01a\x17\xE4\x84\x86\x83a\x1D\x8AV[PPPPP\x80`\x01\x01\x90Pa\x162V[PPPPPPV[P\x80T_\x82U\x90_R` _ \x90\x81\x01\x90a\x18\x17\x91\x90a\x18\x1AV[PV[\x80\x82\x11\x15a\x186W_a\x18-\x82\x82a\x18:V[P`\x01\x01a\x18\x1AV[P\x90V[P\x80Ta\x18F\x90a\x1C\xEEV[_\x82U\x80`\x1F\x10a\x18UWPPV[`\x1F\x01` \x90\x04\x90_R` _ \x90\x81\x01\x90a\x18\x17\x91\x90[\x80\x82\x11\x15a\x186W_\x81U`\x01\x01a\x18mV[_` \x82\x84\x03\x12\x15a\x18\x90W__\xFD[P5\x91\x90PV[__\x83`\x1F\x84\x01\x12a\x18\xA7W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x18\xBEW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x18\xD5W__\xFD[\x92P\x92\x90PV[__` \x83\x85\x03\x12\x15a\x18\xEDW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19\x03W__\xFD[a\x19\x0F\x85\x82\x86\x01a\x18\x97V[\x90\x96\x90\x95P\x93PPPPV[___`@\x84\x86\x03\x12\x15a\x19-W__\xFD[\x835\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19JW__\xFD[a\x19V\x86\x82\x87\x01a\x18\x97V[\x94\x97\x90\x96P\x93\x94PPPPV[__`@\x83\x85\x03\x12\x15a\x19tW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\x17W__\xFD[_____`\x80\x86\x88\x03\x12\x15a\x19\xB8W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19\xCEW__\xFD[a\x19\xDA\x88\x82\x89\x01a\x18\x97V[\x90\x96P\x94PP` \x86\x015a\x19\xEE\x81a\x19\x83V[\x92P`@\x86\x015a\x19\xFE\x81a\x19\x83V[\x94\x97\x93\x96P\x91\x94``\x015\x92\x91PPV[__`@\x83\x85\x03\x12\x15a\x1A W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1A6W__\xFD[\x83\x01a\x01 \x81\x86\x03\x12\x15a\x1AHW__\xFD[\x94` \x93\x90\x93\x015\x93PPPV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15a\x1A\x8DW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a\x1AoV[P\x90\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a\x1A\xA8W__\xFD[\x815a\x1A\xB3\x81a\x19\x83V[\x93\x92PPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[_\x82\x82Q\x80\x85R` \x85\x01\x94P` \x81`\x05\x1B\x83\x01\x01` \x85\x01_[\x83\x81\x10\x15a\x1BrW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x85\x84\x03\x01\x88Ra\x1B\\\x83\x83Qa\x1A\xBAV[` \x98\x89\x01\x98\x90\x93P\x91\x90\x91\x01\x90`\x01\x01a\x1B\"V[P\x90\x96\x95PPPPPPV[` \x81R_\x82Qa\x01 ` \x84\x01Ra\x1B\x9Ba\x01@\x84\x01\x82a\x1A\xBAV[\x90P` \x84\x01Qa\x1B\xC4`@\x85\x01\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x84\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16``\x85\x01RP``\x84\x01Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x84\x83\x03\x01`\x80\x85\x01Ra\x1C \x82\x82a\x1A\xBAV[\x91PP`\x80\x84\x01Qa\x1C:`\xA0\x85\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x84\x01Qc\xFF\xFF\xFF\xFF\x81\x16`\xC0\x85\x01RP`\xC0\x84\x01Qc\xFF\xFF\xFF\xFF\x81\x16`\xE0\x85\x01RP`\xE0\x84\x01Q\x80\x15\x15a\x01\0\x85\x01RPa\x01\0\x84\x01Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x84\x83\x03\x01a\x01 \x85\x01Ra\x1C\xA9\x82\x82a\x1B\x06V[\x95\x94PPPPPV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x1D\x02W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x1D9W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x125W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x1DdWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x1D\x83W_\x81U`\x01\x01a\x1DpV[PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a\x1D\xA2Wa\x1D\xA2a\x1C\xC1V[a\x1D\xB6\x83a\x1D\xB0\x83Ta\x1C\xEEV[\x83a\x1D?V[_`\x1F\x84\x11`\x01\x81\x14a\x1E\x06W_\x85\x15a\x1D\xD0WP\x83\x82\x015[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x1D\x83V[_\x83\x81R` \x81 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x87\x16\x91[\x82\x81\x10\x15a\x1ESW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x1E3V[P\x86\x82\x10\x15a\x1E\x8EW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[` \x81R_a\x1E\xFA` \x83\x01\x84\x86a\x1E\xA0V[\x94\x93PPPPV[`\x80\x81R_a\x1F\x15`\x80\x83\x01\x87\x89a\x1E\xA0V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\x86\x16` \x84\x01R\x93\x90\x94\x16`@\x82\x01R``\x01R\x93\x92PPPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a\x1FyW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x1F\x93W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x18\xD5W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x03\xC2Wa\x03\xC2a\x1F\xA7V[__`@\x83\x85\x03\x12\x15a\x1F\xF8W__\xFD[\x82Qa \x03\x81a\x19\x83V[` \x84\x01Q\x90\x92P\x80\x15\x15\x81\x14a \x18W__\xFD[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a 3W__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1A\xB3W__\xFD[\x80\x82\x01\x80\x82\x11\x15a\x03\xC2Wa\x03\xC2a\x1F\xA7V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x83Ta \x93\x81a\x1C\xEEV[`\x01\x82\x16\x80\x15a \xAAW`\x01\x81\x14a \xDDWa!\nV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83\x16\x86R\x81\x15\x15\x82\x02\x86\x01\x93Pa!\nV[\x86_R` _ _[\x83\x81\x10\x15a!\x02W\x81T\x88\x82\x01R`\x01\x90\x91\x01\x90` \x01a \xE6V[PP\x81\x86\x01\x93P[P\x91\x95\x94PPPPPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a!HW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a!bW__\xFD[` \x01\x91P`\x05\x81\x90\x1B6\x03\x82\x13\x15a\x18\xD5W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`1`\x04R`$_\xFD",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610163575f3560e01c8063981c4e25116100c7578063bc40a2771161007d578063d1df5aac11610063578063d1df5aac14610360578063f14fcbc814610373578063f2a269c514610386575f5ffd5b8063bc40a27714610345578063c61b5f4c14610358575f5ffd5b8063a82da60d116100ad578063a82da60d146102fe578063aa18828514610306578063b880f60914610326575f5ffd5b8063981c4e25146102d8578063a3c092cb146102eb575f5ffd5b80635fd846f21161011c57806373abe23b1161010257806373abe23b14610253578063758979bd1461025b578063789f18c014610270575f5ffd5b80635fd846f2146102385780636fc61e7c1461024b575f5ffd5b806338a699a41161014c57806338a699a41461018b5780635c7460d6146101d55780635d45691614610219575f5ffd5b80632e4f692a146101675780632ef9a16014610182575b5f5ffd5b61016f600181565b6040519081526020015b60405180910390f35b61016f61010081565b6101c5610199366004611880565b5f9081526020819052604090206002015473ffffffffffffffffffffffffffffffffffffffff16151590565b6040519015158152602001610179565b60405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610179565b61016f610227366004611880565b5f9081526005602052604090205490565b61016f6102463660046118dc565b6103a6565b61016f601f81565b61016f601081565b61026e61026936600461191b565b6103c8565b005b6102b461027e366004611963565b5f91825260016020908152604080842092845291815291819020549081901c60ff169263ffffffff808316939290921c90911690565b60408051931515845263ffffffff9283166020850152911690820152606001610179565b61016f6102e63660046119a4565b61042f565b61016f6102f9366004611a0f565b61046a565b61016f608081565b610319610314366004611963565b610ab4565b6040516101799190611a56565b61016f610334366004611880565b5f9081526006602052604090205490565b61026e610353366004611880565b610ba7565b60045461016f565b61031961036e366004611a98565b610d02565b61026e610381366004611880565b610d78565b610399610394366004611880565b610ddb565b6040516101799190611b7e565b5f82826040516103b7929190611cb2565b604051809103902090505b92915050565b5f6103d38433611116565b90506103df83836111ec565b600381016103ee838583611d8a565b50837f27da726c6621cd57f7af785ec9e76b75c68b478137c0f16c79549a1b154a0b638484604051610421929190611ee7565b60405180910390a250505050565b5f8585858585604051602001610449959493929190611f02565b60405160208183030381529060405280519060200120905095945050505050565b5f6104748361123a565b61047e8380611f46565b60405161048c929190611cb2565b60405190819003902090505f6104bc6104a58580611f46565b336104b66040890160208a01611a98565b8761042f565b5f8181526005602052604081205491925081900361050e576040517f836588c9000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b600161051a8243611fd4565b1015610562576040517f2f4217e80000000000000000000000000000000000000000000000000000000081526004810183905260248101829052436044820152606401610505565b5f8073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001663fa073d766105b060408a0160208b01611a98565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016040805180830381865afa158015610616573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061063a9190611fe7565b909250905073ffffffffffffffffffffffffffffffffffffffff821633141580610662575080155b156106c8576106776040880160208901611a98565b6040517f350cb92a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091166004820152336024820152604401610505565b5f858152602081905260409020600281015473ffffffffffffffffffffffffffffffffffffffff168061072e57600480546001810182555f919091527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b01879055610826565b5f8781526006602052604090205473ffffffffffffffffffffffffffffffffffffffff82163314806107605750808610155b156107c4576040517faa006d630000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff831660248201526044810182905260648101879052608401610505565b6107cf88848461141f565b6040805182815260208101889052339173ffffffffffffffffffffffffffffffffffffffff8516918b917f7f2584a980809a3e1befb4422fa9dd5c836f6a360e5584f8cb420a1e7946c585910160405180910390a4505b5f8681526005602081815260408084208490558a845260069091529091208690556108569088908b9085016115d8565b6108608980611f46565b839161086d919083611d8a565b5061087e60408a0160208b01611a98565b60018301805473ffffffffffffffffffffffffffffffffffffffff929092167fffffffffffffffffffffffff0000000000000000000000000000000000000000928316179055600283018054909116331790556108de60608a018a611f46565b60038401916108ee919083611d8a565b506108ff60a08a0160808b01612023565b6004830180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff9290921691909117905561094660c08a0160a08b01612023565b60048301805463ffffffff92909216640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff90921691909117905561099660e08a0160c08b01612023565b6004830180547fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff63ffffffff939093166801000000000000000002929092167fffffffffffffffffffffffffffffffffffffff0000000000ffffffffffffffff909216919091176c01000000000000000000000000179055335f9081526002602090815260408083208054600181018255818552838520018b9055548a8452600383529281902092909255610a4f918b01908b01611a98565b73ffffffffffffffffffffffffffffffffffffffff1633887f7eca2688142350b87dd5a50a34e45bbc78af9d7d4d3216d297e70768617aa026610a928d80611f46565b604051610aa0929190611ee7565b60405180910390a450505050505092915050565b600454606090808410610ad6575050604080515f8152602081019091526103c2565b5f83610ae28684611fd4565b10610af657610af18486612046565b610af8565b815b9050610b048582611fd4565b67ffffffffffffffff811115610b1c57610b1c611cc1565b604051908082528060200260200182016040528015610b45578160200160208202803683370190505b509250845b81811015610b9e5760048181548110610b6557610b65612059565b905f5260205f200154848783610b7b9190611fd4565b81518110610b8b57610b8b612059565b6020908102919091010152600101610b4a565b50505092915050565b5f610bb28233611116565b60048101549091506c01000000000000000000000000900460ff16610c06576040517f67dc953800000000000000000000000000000000000000000000000000000000815260048101839052602401610505565b6004810180547fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff1690555f8281526001602052604081209060058301905b8154811015610cd1575f835f848481548110610c6257610c62612059565b905f5260205f2001604051610c779190612086565b604080519182900390912082526020820192909252015f20805491151568010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff909216919091179055600101610c44565b5060405184907f866615d0bb5b62b9a956361343f7daab47326d0315b75db92c327bc9e8957f94905f90a250505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260026020908152604091829020805483518184028101840190945280845260609392830182828015610d6c57602002820191905f5260205f20905b815481526020019060010190808311610d58575b50505050509050919050565b5f8181526005602052604090205415610d8e5750565b5f8181526005602090815260409182902043908190559151918252339183917f014da346f1eee9a9a0e466b5406c84ea9a5b4d35bfeb399eebea697a6f66d05b910160405180910390a350565b604080516101208101825260608082525f602083018190529282018390528082018190526080820183905260a0820183905260c0820183905260e08201929092526101008101919091525f828152602081905260409020600281015473ffffffffffffffffffffffffffffffffffffffff16610e86576040517fd28b95a300000000000000000000000000000000000000000000000000000000815260048101849052602401610505565b80604051806101200160405290815f82018054610ea290611cee565b80601f0160208091040260200160405190810160405280929190818152602001828054610ece90611cee565b8015610f195780601f10610ef057610100808354040283529160200191610f19565b820191905f5260205f20905b815481529060010190602001808311610efc57829003601f168201915b5050509183525050600182015473ffffffffffffffffffffffffffffffffffffffff90811660208301526002830154166040820152600382018054606090920191610f6390611cee565b80601f0160208091040260200160405190810160405280929190818152602001828054610f8f90611cee565b8015610fda5780601f10610fb157610100808354040283529160200191610fda565b820191905f5260205f20905b815481529060010190602001808311610fbd57829003601f168201915b5050509183525050600482015463ffffffff8082166020808501919091526401000000008304821660408086019190915268010000000000000000840490921660608501526c0100000000000000000000000090920460ff161515608084015260058401805482518185028101850190935280835260a09094019391929091905f9084015b82821015611107578382905f5260205f2001805461107c90611cee565b80601f01602080910402602001604051908101604052809291908181526020018280546110a890611cee565b80156110f35780601f106110ca576101008083540402835291602001916110f3565b820191905f5260205f20905b8154815290600101906020018083116110d657829003601f168201915b50505050508152602001906001019061105f565b50505091525090949350505050565b5f828152602081905260409020600281015473ffffffffffffffffffffffffffffffffffffffff16611177576040517fd28b95a300000000000000000000000000000000000000000000000000000000815260048101849052602401610505565b600281015473ffffffffffffffffffffffffffffffffffffffff8381169116146103c2576040517ff02cd7ac0000000000000000000000000000000000000000000000000000000081526004810184905273ffffffffffffffffffffffffffffffffffffffff83166024820152604401610505565b808015806111fb575061010081115b15611235576040517fac04d79a00000000000000000000000000000000000000000000000000000000815260048101829052602401610505565b505050565b5f6112458280611f46565b9150508015806112555750608081115b1561128f576040517fc0e2945e00000000000000000000000000000000000000000000000000000000815260048101829052602401610505565b6112a461129f6060840184611f46565b6111ec565b6112b460a0830160808401612023565b63ffffffff165f036112f2576040517f68d5686e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61130260c0830160a08401612023565b63ffffffff165f03611340576040517f61ed90f300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61135060e0830160c08401612023565b63ffffffff165f0361138e576040517f6eaf38a600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61139d610100840184612115565b90509050805f036113da576040517fb58b1dc200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6010811115611235576040517f964a9d000000000000000000000000000000000000000000000000000000000081526004810182905260106024820152604401610505565b5f8381526001602052604081209060058401905b81548110156114ab57825f83838154811061145057611450612059565b905f5260205f20016040516114659190612086565b604080519182900390912082526020820192909252015f2080547fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000169055600101611433565b506114b9600585015f6117fc565b5f8581526003602090815260408083205473ffffffffffffffffffffffffffffffffffffffff871684526002909252822080549192906114fa600184611fd4565b8154811061150a5761150a612059565b5f91825260208083209091015473ffffffffffffffffffffffffffffffffffffffff8916835260029091526040909120909150819061154a600186611fd4565b8154811061155a5761155a612059565b5f91825260208083209091019290925582815260038252604080822086905573ffffffffffffffffffffffffffffffffffffffff891682526002909252208054806115a7576115a7612179565b600190038181905f5260205f20015f9055905560035f8981526020019081526020015f205f90555050505050505050565b5f60405180606001604052808460800160208101906115f79190612023565b63ffffffff16815260200161161260c0860160a08701612023565b63ffffffff168152600160209182018190525f8781529152604081209192505b611640610100860186612115565b90508110156117f457365f611659610100880188612115565b8481811061166957611669612059565b905060200281019061167b9190611f46565b90925090508080158061168e5750601f81115b156116c95782826040517f3a74fb3a000000000000000000000000000000000000000000000000000000008152600401610505929190611ee7565b5f83836040516116da929190611cb2565b60408051918290039091205f8181526020899052919091205490915068010000000000000000900460ff16156117405783836040517fc37a2526000000000000000000000000000000000000000000000000000000008152600401610505929190611ee7565b5f818152602087815260408083208a518154848d0151938d0151151568010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff63ffffffff958616640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000909316959093169490941717169190911790558954600181018b558a83529120016117e4848683611d8a565b5050505050806001019050611632565b505050505050565b5080545f8255905f5260205f2090810190611817919061181a565b50565b80821115611836575f61182d828261183a565b5060010161181a565b5090565b50805461184690611cee565b5f825580601f10611855575050565b601f0160209004905f5260205f209081019061181791905b80821115611836575f815560010161186d565b5f60208284031215611890575f5ffd5b5035919050565b5f5f83601f8401126118a7575f5ffd5b50813567ffffffffffffffff8111156118be575f5ffd5b6020830191508360208285010111156118d5575f5ffd5b9250929050565b5f5f602083850312156118ed575f5ffd5b823567ffffffffffffffff811115611903575f5ffd5b61190f85828601611897565b90969095509350505050565b5f5f5f6040848603121561192d575f5ffd5b83359250602084013567ffffffffffffffff81111561194a575f5ffd5b61195686828701611897565b9497909650939450505050565b5f5f60408385031215611974575f5ffd5b50508035926020909101359150565b73ffffffffffffffffffffffffffffffffffffffff81168114611817575f5ffd5b5f5f5f5f5f608086880312156119b8575f5ffd5b853567ffffffffffffffff8111156119ce575f5ffd5b6119da88828901611897565b90965094505060208601356119ee81611983565b925060408601356119fe81611983565b949793965091946060013592915050565b5f5f60408385031215611a20575f5ffd5b823567ffffffffffffffff811115611a36575f5ffd5b83016101208186031215611a48575f5ffd5b946020939093013593505050565b602080825282518282018190525f918401906040840190835b81811015611a8d578351835260209384019390920191600101611a6f565b509095945050505050565b5f60208284031215611aa8575f5ffd5b8135611ab381611983565b9392505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015611b72577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0858403018852611b5c838351611aba565b6020988901989093509190910190600101611b22565b50909695505050505050565b602081525f82516101206020840152611b9b610140840182611aba565b90506020840151611bc4604085018273ffffffffffffffffffffffffffffffffffffffff169052565b50604084015173ffffffffffffffffffffffffffffffffffffffff811660608501525060608401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0848303016080850152611c208282611aba565b9150506080840151611c3a60a085018263ffffffff169052565b5060a084015163ffffffff811660c08501525060c084015163ffffffff811660e08501525060e0840151801515610100850152506101008401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe084830301610120850152611ca98282611b06565b95945050505050565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c90821680611d0257607f821691505b602082108103611d39577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b601f82111561123557805f5260205f20601f840160051c81016020851015611d645750805b601f840160051c820191505b81811015611d83575f8155600101611d70565b5050505050565b67ffffffffffffffff831115611da257611da2611cc1565b611db683611db08354611cee565b83611d3f565b5f601f841160018114611e06575f8515611dd05750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355611d83565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015611e535786850135825560209485019460019092019101611e33565b5086821015611e8e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f611efa602083018486611ea0565b949350505050565b608081525f611f15608083018789611ea0565b73ffffffffffffffffffffffffffffffffffffffff9586166020840152939094166040820152606001529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611f79575f5ffd5b83018035915067ffffffffffffffff821115611f93575f5ffd5b6020019150368190038213156118d5575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156103c2576103c2611fa7565b5f5f60408385031215611ff8575f5ffd5b825161200381611983565b60208401519092508015158114612018575f5ffd5b809150509250929050565b5f60208284031215612033575f5ffd5b813563ffffffff81168114611ab3575f5ffd5b808201808211156103c2576103c2611fa7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f835461209381611cee565b6001821680156120aa57600181146120dd5761210a565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008316865281151582028601935061210a565b865f5260205f205f5b83811015612102578154888201526001909101906020016120e6565b505081860193505b509195945050505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612148575f5ffd5b83018035915067ffffffffffffffff821115612162575f5ffd5b6020019150600581901b36038213156118d5575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01cW_5`\xE0\x1C\x80c\x98\x1CN%\x11a\0\xC7W\x80c\xBC@\xA2w\x11a\0}W\x80c\xD1\xDFZ\xAC\x11a\0cW\x80c\xD1\xDFZ\xAC\x14a\x03`W\x80c\xF1O\xCB\xC8\x14a\x03sW\x80c\xF2\xA2i\xC5\x14a\x03\x86W__\xFD[\x80c\xBC@\xA2w\x14a\x03EW\x80c\xC6\x1B_L\x14a\x03XW__\xFD[\x80c\xA8-\xA6\r\x11a\0\xADW\x80c\xA8-\xA6\r\x14a\x02\xFEW\x80c\xAA\x18\x82\x85\x14a\x03\x06W\x80c\xB8\x80\xF6\t\x14a\x03&W__\xFD[\x80c\x98\x1CN%\x14a\x02\xD8W\x80c\xA3\xC0\x92\xCB\x14a\x02\xEBW__\xFD[\x80c_\xD8F\xF2\x11a\x01\x1CW\x80cs\xAB\xE2;\x11a\x01\x02W\x80cs\xAB\xE2;\x14a\x02SW\x80cu\x89y\xBD\x14a\x02[W\x80cx\x9F\x18\xC0\x14a\x02pW__\xFD[\x80c_\xD8F\xF2\x14a\x028W\x80co\xC6\x1E|\x14a\x02KW__\xFD[\x80c8\xA6\x99\xA4\x11a\x01LW\x80c8\xA6\x99\xA4\x14a\x01\x8BW\x80c\\t`\xD6\x14a\x01\xD5W\x80c]Ei\x16\x14a\x02\x19W__\xFD[\x80c.Oi*\x14a\x01gW\x80c.\xF9\xA1`\x14a\x01\x82W[__\xFD[a\x01o`\x01\x81V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01oa\x01\0\x81V[a\x01\xC5a\x01\x996`\x04a\x18\x80V[_\x90\x81R` \x81\x90R`@\x90 `\x02\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[`@Q\x90\x15\x15\x81R` \x01a\x01yV[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R` \x01a\x01yV[a\x01oa\x02'6`\x04a\x18\x80V[_\x90\x81R`\x05` R`@\x90 T\x90V[a\x01oa\x02F6`\x04a\x18\xDCV[a\x03\xA6V[a\x01o`\x1F\x81V[a\x01o`\x10\x81V[a\x02na\x02i6`\x04a\x19\x1BV[a\x03\xC8V[\0[a\x02\xB4a\x02~6`\x04a\x19cV[_\x91\x82R`\x01` \x90\x81R`@\x80\x84 \x92\x84R\x91\x81R\x91\x81\x90 T\x90\x81\x90\x1C`\xFF\x16\x92c\xFF\xFF\xFF\xFF\x80\x83\x16\x93\x92\x90\x92\x1C\x90\x91\x16\x90V[`@\x80Q\x93\x15\x15\x84Rc\xFF\xFF\xFF\xFF\x92\x83\x16` \x85\x01R\x91\x16\x90\x82\x01R``\x01a\x01yV[a\x01oa\x02\xE66`\x04a\x19\xA4V[a\x04/V[a\x01oa\x02\xF96`\x04a\x1A\x0FV[a\x04jV[a\x01o`\x80\x81V[a\x03\x19a\x03\x146`\x04a\x19cV[a\n\xB4V[`@Qa\x01y\x91\x90a\x1AVV[a\x01oa\x0346`\x04a\x18\x80V[_\x90\x81R`\x06` R`@\x90 T\x90V[a\x02na\x03S6`\x04a\x18\x80V[a\x0B\xA7V[`\x04Ta\x01oV[a\x03\x19a\x03n6`\x04a\x1A\x98V[a\r\x02V[a\x02na\x03\x816`\x04a\x18\x80V[a\rxV[a\x03\x99a\x03\x946`\x04a\x18\x80V[a\r\xDBV[`@Qa\x01y\x91\x90a\x1B~V[_\x82\x82`@Qa\x03\xB7\x92\x91\x90a\x1C\xB2V[`@Q\x80\x91\x03\x90 \x90P[\x92\x91PPV[_a\x03\xD3\x843a\x11\x16V[\x90Pa\x03\xDF\x83\x83a\x11\xECV[`\x03\x81\x01a\x03\xEE\x83\x85\x83a\x1D\x8AV[P\x83\x7F'\xDArlf!\xCDW\xF7\xAFx^\xC9\xE7ku\xC6\x8BG\x817\xC0\xF1lyT\x9A\x1B\x15J\x0Bc\x84\x84`@Qa\x04!\x92\x91\x90a\x1E\xE7V[`@Q\x80\x91\x03\x90\xA2PPPPV[_\x85\x85\x85\x85\x85`@Q` \x01a\x04I\x95\x94\x93\x92\x91\x90a\x1F\x02V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x95\x94PPPPPV[_a\x04t\x83a\x12:V[a\x04~\x83\x80a\x1FFV[`@Qa\x04\x8C\x92\x91\x90a\x1C\xB2V[`@Q\x90\x81\x90\x03\x90 \x90P_a\x04\xBCa\x04\xA5\x85\x80a\x1FFV[3a\x04\xB6`@\x89\x01` \x8A\x01a\x1A\x98V[\x87a\x04/V[_\x81\x81R`\x05` R`@\x81 T\x91\x92P\x81\x90\x03a\x05\x0EW`@Q\x7F\x83e\x88\xC9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[`\x01a\x05\x1A\x82Ca\x1F\xD4V[\x10\x15a\x05bW`@Q\x7F/B\x17\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90RC`D\x82\x01R`d\x01a\x05\x05V[_\x80s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xFA\x07=va\x05\xB0`@\x8A\x01` \x8B\x01a\x1A\x98V[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x06\x16W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x06:\x91\x90a\x1F\xE7V[\x90\x92P\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x163\x14\x15\x80a\x06bWP\x80\x15[\x15a\x06\xC8Wa\x06w`@\x88\x01` \x89\x01a\x1A\x98V[`@Q\x7F5\x0C\xB9*\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\x05\x05V[_\x85\x81R` \x81\x90R`@\x90 `\x02\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80a\x07.W`\x04\x80T`\x01\x81\x01\x82U_\x91\x90\x91R\x7F\x8A5\xAC\xFB\xC1_\xF8\x1A9\xAE}4O\xD7\t\xF2\x8E\x86\0\xB4\xAA\x8Ce\xC6\xB6K\xFE\x7F\xE3k\xD1\x9B\x01\x87\x90Ua\x08&V[_\x87\x81R`\x06` R`@\x90 Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x163\x14\x80a\x07`WP\x80\x86\x10\x15[\x15a\x07\xC4W`@Q\x7F\xAA\0mc\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x89\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01R`D\x81\x01\x82\x90R`d\x81\x01\x87\x90R`\x84\x01a\x05\x05V[a\x07\xCF\x88\x84\x84a\x14\x1FV[`@\x80Q\x82\x81R` \x81\x01\x88\x90R3\x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x91\x8B\x91\x7F\x7F%\x84\xA9\x80\x80\x9A>\x1B\xEF\xB4B/\xA9\xDD\\\x83oj6\x0EU\x84\xF8\xCBB\n\x1EyF\xC5\x85\x91\x01`@Q\x80\x91\x03\x90\xA4P[_\x86\x81R`\x05` \x81\x81R`@\x80\x84 \x84\x90U\x8A\x84R`\x06\x90\x91R\x90\x91 \x86\x90Ua\x08V\x90\x88\x90\x8B\x90\x85\x01a\x15\xD8V[a\x08`\x89\x80a\x1FFV[\x83\x91a\x08m\x91\x90\x83a\x1D\x8AV[Pa\x08~`@\x8A\x01` \x8B\x01a\x1A\x98V[`\x01\x83\x01\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x83\x16\x17\x90U`\x02\x83\x01\x80T\x90\x91\x163\x17\x90Ua\x08\xDE``\x8A\x01\x8Aa\x1FFV[`\x03\x84\x01\x91a\x08\xEE\x91\x90\x83a\x1D\x8AV[Pa\x08\xFF`\xA0\x8A\x01`\x80\x8B\x01a #V[`\x04\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16c\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\tF`\xC0\x8A\x01`\xA0\x8B\x01a #V[`\x04\x83\x01\x80Tc\xFF\xFF\xFF\xFF\x92\x90\x92\x16d\x01\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua\t\x96`\xE0\x8A\x01`\xC0\x8B\x01a #V[`\x04\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x93\x90\x93\x16h\x01\0\0\0\0\0\0\0\0\x02\x92\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U3_\x90\x81R`\x02` \x90\x81R`@\x80\x83 \x80T`\x01\x81\x01\x82U\x81\x85R\x83\x85 \x01\x8B\x90UT\x8A\x84R`\x03\x83R\x92\x81\x90 \x92\x90\x92Ua\nO\x91\x8B\x01\x90\x8B\x01a\x1A\x98V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x88\x7F~\xCA&\x88\x14#P\xB8}\xD5\xA5\n4\xE4[\xBCx\xAF\x9D}M2\x16\xD2\x97\xE7\x07haz\xA0&a\n\x92\x8D\x80a\x1FFV[`@Qa\n\xA0\x92\x91\x90a\x1E\xE7V[`@Q\x80\x91\x03\x90\xA4PPPPPP\x92\x91PPV[`\x04T``\x90\x80\x84\x10a\n\xD6WPP`@\x80Q_\x81R` \x81\x01\x90\x91Ra\x03\xC2V[_\x83a\n\xE2\x86\x84a\x1F\xD4V[\x10a\n\xF6Wa\n\xF1\x84\x86a FV[a\n\xF8V[\x81[\x90Pa\x0B\x04\x85\x82a\x1F\xD4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0B\x1CWa\x0B\x1Ca\x1C\xC1V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0BEW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x92P\x84[\x81\x81\x10\x15a\x0B\x9EW`\x04\x81\x81T\x81\x10a\x0BeWa\x0Bea YV[\x90_R` _ \x01T\x84\x87\x83a\x0B{\x91\x90a\x1F\xD4V[\x81Q\x81\x10a\x0B\x8BWa\x0B\x8Ba YV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x0BJV[PPP\x92\x91PPV[_a\x0B\xB2\x823a\x11\x16V[`\x04\x81\x01T\x90\x91Pl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16a\x0C\x06W`@Q\x7Fg\xDC\x958\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x05\x05V[`\x04\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U_\x82\x81R`\x01` R`@\x81 \x90`\x05\x83\x01\x90[\x81T\x81\x10\x15a\x0C\xD1W_\x83_\x84\x84\x81T\x81\x10a\x0CbWa\x0Cba YV[\x90_R` _ \x01`@Qa\x0Cw\x91\x90a \x86V[`@\x80Q\x91\x82\x90\x03\x90\x91 \x82R` \x82\x01\x92\x90\x92R\x01_ \x80T\x91\x15\x15h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x01a\x0CDV[P`@Q\x84\x90\x7F\x86f\x15\xD0\xBB[b\xB9\xA9V6\x13C\xF7\xDA\xABG2m\x03\x15\xB7]\xB9,2{\xC9\xE8\x95\x7F\x94\x90_\x90\xA2PPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x80T\x83Q\x81\x84\x02\x81\x01\x84\x01\x90\x94R\x80\x84R``\x93\x92\x83\x01\x82\x82\x80\x15a\rlW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T\x81R` \x01\x90`\x01\x01\x90\x80\x83\x11a\rXW[PPPPP\x90P\x91\x90PV[_\x81\x81R`\x05` R`@\x90 T\x15a\r\x8EWPV[_\x81\x81R`\x05` \x90\x81R`@\x91\x82\x90 C\x90\x81\x90U\x91Q\x91\x82R3\x91\x83\x91\x7F\x01M\xA3F\xF1\xEE\xE9\xA9\xA0\xE4f\xB5@l\x84\xEA\x9A[M5\xBF\xEB9\x9E\xEB\xEAizof\xD0[\x91\x01`@Q\x80\x91\x03\x90\xA3PV[`@\x80Qa\x01 \x81\x01\x82R``\x80\x82R_` \x83\x01\x81\x90R\x92\x82\x01\x83\x90R\x80\x82\x01\x81\x90R`\x80\x82\x01\x83\x90R`\xA0\x82\x01\x83\x90R`\xC0\x82\x01\x83\x90R`\xE0\x82\x01\x92\x90\x92Ra\x01\0\x81\x01\x91\x90\x91R_\x82\x81R` \x81\x90R`@\x90 `\x02\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x0E\x86W`@Q\x7F\xD2\x8B\x95\xA3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x05V[\x80`@Q\x80a\x01 \x01`@R\x90\x81_\x82\x01\x80Ta\x0E\xA2\x90a\x1C\xEEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0E\xCE\x90a\x1C\xEEV[\x80\x15a\x0F\x19W\x80`\x1F\x10a\x0E\xF0Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0F\x19V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0E\xFCW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x01\x82\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x83\x01R`\x02\x83\x01T\x16`@\x82\x01R`\x03\x82\x01\x80T``\x90\x92\x01\x91a\x0Fc\x90a\x1C\xEEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0F\x8F\x90a\x1C\xEEV[\x80\x15a\x0F\xDAW\x80`\x1F\x10a\x0F\xB1Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0F\xDAV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0F\xBDW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPP\x91\x83RPP`\x04\x82\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16` \x80\x85\x01\x91\x90\x91Rd\x01\0\0\0\0\x83\x04\x82\x16`@\x80\x86\x01\x91\x90\x91Rh\x01\0\0\0\0\0\0\0\0\x84\x04\x90\x92\x16``\x85\x01Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04`\xFF\x16\x15\x15`\x80\x84\x01R`\x05\x84\x01\x80T\x82Q\x81\x85\x02\x81\x01\x85\x01\x90\x93R\x80\x83R`\xA0\x90\x94\x01\x93\x91\x92\x90\x91\x90_\x90\x84\x01[\x82\x82\x10\x15a\x11\x07W\x83\x82\x90_R` _ \x01\x80Ta\x10|\x90a\x1C\xEEV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x10\xA8\x90a\x1C\xEEV[\x80\x15a\x10\xF3W\x80`\x1F\x10a\x10\xCAWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x10\xF3V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x10\xD6W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81R` \x01\x90`\x01\x01\x90a\x10_V[PPP\x91RP\x90\x94\x93PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x02\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x11wW`@Q\x7F\xD2\x8B\x95\xA3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x05V[`\x02\x81\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16\x91\x16\x14a\x03\xC2W`@Q\x7F\xF0,\xD7\xAC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01R`D\x01a\x05\x05V[\x80\x80\x15\x80a\x11\xFBWPa\x01\0\x81\x11[\x15a\x125W`@Q\x7F\xAC\x04\xD7\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x05\x05V[PPPV[_a\x12E\x82\x80a\x1FFV[\x91PP\x80\x15\x80a\x12UWP`\x80\x81\x11[\x15a\x12\x8FW`@Q\x7F\xC0\xE2\x94^\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x05\x05V[a\x12\xA4a\x12\x9F``\x84\x01\x84a\x1FFV[a\x11\xECV[a\x12\xB4`\xA0\x83\x01`\x80\x84\x01a #V[c\xFF\xFF\xFF\xFF\x16_\x03a\x12\xF2W`@Q\x7Fh\xD5hn\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\x02`\xC0\x83\x01`\xA0\x84\x01a #V[c\xFF\xFF\xFF\xFF\x16_\x03a\x13@W`@Q\x7Fa\xED\x90\xF3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13P`\xE0\x83\x01`\xC0\x84\x01a #V[c\xFF\xFF\xFF\xFF\x16_\x03a\x13\x8EW`@Q\x7Fn\xAF8\xA6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x13\x9Da\x01\0\x84\x01\x84a!\x15V[\x90P\x90P\x80_\x03a\x13\xDAW`@Q\x7F\xB5\x8B\x1D\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x10\x81\x11\x15a\x125W`@Q\x7F\x96J\x9D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`\x10`$\x82\x01R`D\x01a\x05\x05V[_\x83\x81R`\x01` R`@\x81 \x90`\x05\x84\x01\x90[\x81T\x81\x10\x15a\x14\xABW\x82_\x83\x83\x81T\x81\x10a\x14PWa\x14Pa YV[\x90_R` _ \x01`@Qa\x14e\x91\x90a \x86V[`@\x80Q\x91\x82\x90\x03\x90\x91 \x82R` \x82\x01\x92\x90\x92R\x01_ \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x16\x90U`\x01\x01a\x143V[Pa\x14\xB9`\x05\x85\x01_a\x17\xFCV[_\x85\x81R`\x03` \x90\x81R`@\x80\x83 Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x84R`\x02\x90\x92R\x82 \x80T\x91\x92\x90a\x14\xFA`\x01\x84a\x1F\xD4V[\x81T\x81\x10a\x15\nWa\x15\na YV[_\x91\x82R` \x80\x83 \x90\x91\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x83R`\x02\x90\x91R`@\x90\x91 \x90\x91P\x81\x90a\x15J`\x01\x86a\x1F\xD4V[\x81T\x81\x10a\x15ZWa\x15Za YV[_\x91\x82R` \x80\x83 \x90\x91\x01\x92\x90\x92U\x82\x81R`\x03\x82R`@\x80\x82 \x86\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x82R`\x02\x90\x92R \x80T\x80a\x15\xA7Wa\x15\xA7a!yV[`\x01\x90\x03\x81\x81\x90_R` _ \x01_\x90U\x90U`\x03_\x89\x81R` \x01\x90\x81R` \x01_ _\x90UPPPPPPPPV[_`@Q\x80``\x01`@R\x80\x84`\x80\x01` \x81\x01\x90a\x15\xF7\x91\x90a #V[c\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x16\x12`\xC0\x86\x01`\xA0\x87\x01a #V[c\xFF\xFF\xFF\xFF\x16\x81R`\x01` \x91\x82\x01\x81\x90R_\x87\x81R\x91R`@\x81 \x91\x92P[a\x16@a\x01\0\x86\x01\x86a!\x15V[\x90P\x81\x10\x15a\x17\xF4W6_a\x16Ya\x01\0\x88\x01\x88a!\x15V[\x84\x81\x81\x10a\x16iWa\x16ia YV[\x90P` \x02\x81\x01\x90a\x16{\x91\x90a\x1FFV[\x90\x92P\x90P\x80\x80\x15\x80a\x16\x8EWP`\x1F\x81\x11[\x15a\x16\xC9W\x82\x82`@Q\x7F:t\xFB:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05\x05\x92\x91\x90a\x1E\xE7V[_\x83\x83`@Qa\x16\xDA\x92\x91\x90a\x1C\xB2V[`@\x80Q\x91\x82\x90\x03\x90\x91 _\x81\x81R` \x89\x90R\x91\x90\x91 T\x90\x91Ph\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\x17@W\x83\x83`@Q\x7F\xC3z%&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05\x05\x92\x91\x90a\x1E\xE7V[_\x81\x81R` \x87\x81R`@\x80\x83 \x8AQ\x81T\x84\x8D\x01Q\x93\x8D\x01Q\x15\x15h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x95\x86\x16d\x01\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x90\x93\x16\x95\x90\x93\x16\x94\x90\x94\x17\x17\x16\x91\x90\x91\x17\x90U\x89T`\x01\x81\x01\x8BU\x8A\x83R\x91 \x01a\x17\xE4\x84\x86\x83a\x1D\x8AV[PPPPP\x80`\x01\x01\x90Pa\x162V[PPPPPPV[P\x80T_\x82U\x90_R` _ \x90\x81\x01\x90a\x18\x17\x91\x90a\x18\x1AV[PV[\x80\x82\x11\x15a\x186W_a\x18-\x82\x82a\x18:V[P`\x01\x01a\x18\x1AV[P\x90V[P\x80Ta\x18F\x90a\x1C\xEEV[_\x82U\x80`\x1F\x10a\x18UWPPV[`\x1F\x01` \x90\x04\x90_R` _ \x90\x81\x01\x90a\x18\x17\x91\x90[\x80\x82\x11\x15a\x186W_\x81U`\x01\x01a\x18mV[_` \x82\x84\x03\x12\x15a\x18\x90W__\xFD[P5\x91\x90PV[__\x83`\x1F\x84\x01\x12a\x18\xA7W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x18\xBEW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x18\xD5W__\xFD[\x92P\x92\x90PV[__` \x83\x85\x03\x12\x15a\x18\xEDW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19\x03W__\xFD[a\x19\x0F\x85\x82\x86\x01a\x18\x97V[\x90\x96\x90\x95P\x93PPPPV[___`@\x84\x86\x03\x12\x15a\x19-W__\xFD[\x835\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19JW__\xFD[a\x19V\x86\x82\x87\x01a\x18\x97V[\x94\x97\x90\x96P\x93\x94PPPPV[__`@\x83\x85\x03\x12\x15a\x19tW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\x17W__\xFD[_____`\x80\x86\x88\x03\x12\x15a\x19\xB8W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19\xCEW__\xFD[a\x19\xDA\x88\x82\x89\x01a\x18\x97V[\x90\x96P\x94PP` \x86\x015a\x19\xEE\x81a\x19\x83V[\x92P`@\x86\x015a\x19\xFE\x81a\x19\x83V[\x94\x97\x93\x96P\x91\x94``\x015\x92\x91PPV[__`@\x83\x85\x03\x12\x15a\x1A W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1A6W__\xFD[\x83\x01a\x01 \x81\x86\x03\x12\x15a\x1AHW__\xFD[\x94` \x93\x90\x93\x015\x93PPPV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15a\x1A\x8DW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a\x1AoV[P\x90\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a\x1A\xA8W__\xFD[\x815a\x1A\xB3\x81a\x19\x83V[\x93\x92PPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[_\x82\x82Q\x80\x85R` \x85\x01\x94P` \x81`\x05\x1B\x83\x01\x01` \x85\x01_[\x83\x81\x10\x15a\x1BrW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x85\x84\x03\x01\x88Ra\x1B\\\x83\x83Qa\x1A\xBAV[` \x98\x89\x01\x98\x90\x93P\x91\x90\x91\x01\x90`\x01\x01a\x1B\"V[P\x90\x96\x95PPPPPPV[` \x81R_\x82Qa\x01 ` \x84\x01Ra\x1B\x9Ba\x01@\x84\x01\x82a\x1A\xBAV[\x90P` \x84\x01Qa\x1B\xC4`@\x85\x01\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x84\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16``\x85\x01RP``\x84\x01Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x84\x83\x03\x01`\x80\x85\x01Ra\x1C \x82\x82a\x1A\xBAV[\x91PP`\x80\x84\x01Qa\x1C:`\xA0\x85\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x84\x01Qc\xFF\xFF\xFF\xFF\x81\x16`\xC0\x85\x01RP`\xC0\x84\x01Qc\xFF\xFF\xFF\xFF\x81\x16`\xE0\x85\x01RP`\xE0\x84\x01Q\x80\x15\x15a\x01\0\x85\x01RPa\x01\0\x84\x01Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x84\x83\x03\x01a\x01 \x85\x01Ra\x1C\xA9\x82\x82a\x1B\x06V[\x95\x94PPPPPV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x1D\x02W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x1D9W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x125W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x1DdWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x1D\x83W_\x81U`\x01\x01a\x1DpV[PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a\x1D\xA2Wa\x1D\xA2a\x1C\xC1V[a\x1D\xB6\x83a\x1D\xB0\x83Ta\x1C\xEEV[\x83a\x1D?V[_`\x1F\x84\x11`\x01\x81\x14a\x1E\x06W_\x85\x15a\x1D\xD0WP\x83\x82\x015[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x1D\x83V[_\x83\x81R` \x81 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x87\x16\x91[\x82\x81\x10\x15a\x1ESW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x1E3V[P\x86\x82\x10\x15a\x1E\x8EW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[` \x81R_a\x1E\xFA` \x83\x01\x84\x86a\x1E\xA0V[\x94\x93PPPPV[`\x80\x81R_a\x1F\x15`\x80\x83\x01\x87\x89a\x1E\xA0V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\x86\x16` \x84\x01R\x93\x90\x94\x16`@\x82\x01R``\x01R\x93\x92PPPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a\x1FyW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x1F\x93W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x18\xD5W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x03\xC2Wa\x03\xC2a\x1F\xA7V[__`@\x83\x85\x03\x12\x15a\x1F\xF8W__\xFD[\x82Qa \x03\x81a\x19\x83V[` \x84\x01Q\x90\x92P\x80\x15\x15\x81\x14a \x18W__\xFD[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a 3W__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1A\xB3W__\xFD[\x80\x82\x01\x80\x82\x11\x15a\x03\xC2Wa\x03\xC2a\x1F\xA7V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x83Ta \x93\x81a\x1C\xEEV[`\x01\x82\x16\x80\x15a \xAAW`\x01\x81\x14a \xDDWa!\nV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83\x16\x86R\x81\x15\x15\x82\x02\x86\x01\x93Pa!\nV[\x86_R` _ _[\x83\x81\x10\x15a!\x02W\x81T\x88\x82\x01R`\x01\x90\x91\x01\x90` \x01a \xE6V[PP\x81\x86\x01\x93P[P\x91\x95\x94PPPPPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a!HW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a!bW__\xFD[` \x01\x91P`\x05\x81\x90\x1B6\x03\x82\x13\x15a\x18\xD5W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`1`\x04R`$_\xFD",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `CommitmentNotFound(bytes32)` and selector `0x836588c9`.
```solidity
error CommitmentNotFound(bytes32 commitment);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CommitmentNotFound {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<CommitmentNotFound> for UnderlyingRustTuple<'_> {
            fn from(value: CommitmentNotFound) -> Self {
                (value.commitment,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CommitmentNotFound {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { commitment: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CommitmentNotFound {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CommitmentNotFound(bytes32)";
            const SELECTOR: [u8; 4] = [131u8, 101u8, 136u8, 201u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
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
    /**Custom error with signature `CommitmentTooRecent(bytes32,uint256,uint256)` and selector `0x2f4217e8`.
```solidity
error CommitmentTooRecent(bytes32 commitment, uint256 commitBlock, uint256 blockNumber);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CommitmentTooRecent {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub commitBlock: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub blockNumber: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<CommitmentTooRecent> for UnderlyingRustTuple<'_> {
            fn from(value: CommitmentTooRecent) -> Self {
                (value.commitment, value.commitBlock, value.blockNumber)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CommitmentTooRecent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    commitment: tuple.0,
                    commitBlock: tuple.1,
                    blockNumber: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CommitmentTooRecent {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CommitmentTooRecent(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [47u8, 66u8, 23u8, 232u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitBlock),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.blockNumber),
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
    /**Custom error with signature `DuplicateFormat(string)` and selector `0xc37a2526`.
```solidity
error DuplicateFormat(string format);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DuplicateFormat {
        #[allow(missing_docs)]
        pub format: alloy::sol_types::private::String,
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
        impl ::core::convert::From<DuplicateFormat> for UnderlyingRustTuple<'_> {
            fn from(value: DuplicateFormat) -> Self {
                (value.format,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DuplicateFormat {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { format: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for DuplicateFormat {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DuplicateFormat(string)";
            const SELECTOR: [u8; 4] = [195u8, 122u8, 37u8, 38u8];
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
                        &self.format,
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
    /**Custom error with signature `InvalidCidLength(uint256)` and selector `0xc0e2945e`.
```solidity
error InvalidCidLength(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidCidLength {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InvalidCidLength> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidCidLength) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidCidLength {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidCidLength {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidCidLength(uint256)";
            const SELECTOR: [u8; 4] = [192u8, 226u8, 148u8, 94u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
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
    /**Custom error with signature `InvalidFormat(string)` and selector `0x3a74fb3a`.
```solidity
error InvalidFormat(string format);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidFormat {
        #[allow(missing_docs)]
        pub format: alloy::sol_types::private::String,
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
        impl ::core::convert::From<InvalidFormat> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidFormat) -> Self {
                (value.format,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidFormat {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { format: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidFormat {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidFormat(string)";
            const SELECTOR: [u8; 4] = [58u8, 116u8, 251u8, 58u8];
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
                        &self.format,
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
    /**Custom error with signature `InvalidTitleLength(uint256)` and selector `0xac04d79a`.
```solidity
error InvalidTitleLength(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidTitleLength {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<InvalidTitleLength> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidTitleLength) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidTitleLength {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidTitleLength {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidTitleLength(uint256)";
            const SELECTOR: [u8; 4] = [172u8, 4u8, 215u8, 154u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
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
    /**Custom error with signature `NoFormats()` and selector `0xb58b1dc2`.
```solidity
error NoFormats();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoFormats;
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
        impl ::core::convert::From<NoFormats> for UnderlyingRustTuple<'_> {
            fn from(value: NoFormats) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoFormats {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoFormats {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoFormats()";
            const SELECTOR: [u8; 4] = [181u8, 139u8, 29u8, 194u8];
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
    /**Custom error with signature `NotPublisher(bytes32,address)` and selector `0xf02cd7ac`.
```solidity
error NotPublisher(bytes32 videoId, address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotPublisher {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<NotPublisher> for UnderlyingRustTuple<'_> {
            fn from(value: NotPublisher) -> Self {
                (value.videoId, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotPublisher {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    videoId: tuple.0,
                    caller: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotPublisher {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotPublisher(bytes32,address)";
            const SELECTOR: [u8; 4] = [240u8, 44u8, 215u8, 172u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
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
    /**Custom error with signature `OwnerKeyNotActive(address,address)` and selector `0x350cb92a`.
```solidity
error OwnerKeyNotActive(address key, address wallet);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnerKeyNotActive {
        #[allow(missing_docs)]
        pub key: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<OwnerKeyNotActive> for UnderlyingRustTuple<'_> {
            fn from(value: OwnerKeyNotActive) -> Self {
                (value.key, value.wallet)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OwnerKeyNotActive {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    key: tuple.0,
                    wallet: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnerKeyNotActive {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnerKeyNotActive(address,address)";
            const SELECTOR: [u8; 4] = [53u8, 12u8, 185u8, 42u8];
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
                        &self.key,
                    ),
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
    /**Custom error with signature `TooManyFormats(uint256,uint256)` and selector `0x964a9d00`.
```solidity
error TooManyFormats(uint256 count, uint256 max);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TooManyFormats {
        #[allow(missing_docs)]
        pub count: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub max: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<TooManyFormats> for UnderlyingRustTuple<'_> {
            fn from(value: TooManyFormats) -> Self {
                (value.count, value.max)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TooManyFormats {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    count: tuple.0,
                    max: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TooManyFormats {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TooManyFormats(uint256,uint256)";
            const SELECTOR: [u8; 4] = [150u8, 74u8, 157u8, 0u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.count),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.max),
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
    /**Custom error with signature `UnknownVideo(bytes32)` and selector `0xd28b95a3`.
```solidity
error UnknownVideo(bytes32 videoId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownVideo {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<UnknownVideo> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownVideo) -> Self {
                (value.videoId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownVideo {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { videoId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownVideo {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownVideo(bytes32)";
            const SELECTOR: [u8; 4] = [210u8, 139u8, 149u8, 163u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
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
    /**Custom error with signature `VideoAlreadyRegistered(bytes32,address,uint256,uint256)` and selector `0xaa006d63`.
```solidity
error VideoAlreadyRegistered(bytes32 videoId, address publisher, uint256 registeredCommitBlock, uint256 commitBlock);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VideoAlreadyRegistered {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub publisher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub registeredCommitBlock: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub commitBlock: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<VideoAlreadyRegistered> for UnderlyingRustTuple<'_> {
            fn from(value: VideoAlreadyRegistered) -> Self {
                (
                    value.videoId,
                    value.publisher,
                    value.registeredCommitBlock,
                    value.commitBlock,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VideoAlreadyRegistered {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    videoId: tuple.0,
                    publisher: tuple.1,
                    registeredCommitBlock: tuple.2,
                    commitBlock: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VideoAlreadyRegistered {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VideoAlreadyRegistered(bytes32,address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [170u8, 0u8, 109u8, 99u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.publisher,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.registeredCommitBlock,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitBlock),
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
    /**Custom error with signature `VideoNotListed(bytes32)` and selector `0x67dc9538`.
```solidity
error VideoNotListed(bytes32 videoId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VideoNotListed {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<VideoNotListed> for UnderlyingRustTuple<'_> {
            fn from(value: VideoNotListed) -> Self {
                (value.videoId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VideoNotListed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { videoId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VideoNotListed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VideoNotListed(bytes32)";
            const SELECTOR: [u8; 4] = [103u8, 220u8, 149u8, 56u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
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
    /**Custom error with signature `ZeroDuration()` and selector `0x68d5686e`.
```solidity
error ZeroDuration();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroDuration;
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
        impl ::core::convert::From<ZeroDuration> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroDuration) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroDuration {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroDuration {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroDuration()";
            const SELECTOR: [u8; 4] = [104u8, 213u8, 104u8, 110u8];
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
    /**Custom error with signature `ZeroSegmentLength()` and selector `0x61ed90f3`.
```solidity
error ZeroSegmentLength();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroSegmentLength;
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
        impl ::core::convert::From<ZeroSegmentLength> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroSegmentLength) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroSegmentLength {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroSegmentLength {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroSegmentLength()";
            const SELECTOR: [u8; 4] = [97u8, 237u8, 144u8, 243u8];
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
    /**Custom error with signature `ZeroSegmentSize()` and selector `0x6eaf38a6`.
```solidity
error ZeroSegmentSize();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroSegmentSize;
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
        impl ::core::convert::From<ZeroSegmentSize> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroSegmentSize) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroSegmentSize {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroSegmentSize {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroSegmentSize()";
            const SELECTOR: [u8; 4] = [110u8, 175u8, 56u8, 166u8];
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
    /**Event with signature `Committed(bytes32,address,uint256)` and selector `0x014da346f1eee9a9a0e466b5406c84ea9a5b4d35bfeb399eebea697a6f66d05b`.
```solidity
event Committed(bytes32 indexed commitment, address indexed committer, uint256 blockNumber);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Committed {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub committer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub blockNumber: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for Committed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Committed(bytes32,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                1u8, 77u8, 163u8, 70u8, 241u8, 238u8, 233u8, 169u8, 160u8, 228u8, 102u8,
                181u8, 64u8, 108u8, 132u8, 234u8, 154u8, 91u8, 77u8, 53u8, 191u8, 235u8,
                57u8, 158u8, 235u8, 234u8, 105u8, 122u8, 111u8, 102u8, 208u8, 91u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    commitment: topics.1,
                    committer: topics.2,
                    blockNumber: data.0,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.blockNumber),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.commitment.clone(),
                    self.committer.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.commitment);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.committer,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Committed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Committed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Committed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VideoReclaimed(bytes32,address,address,uint256,uint256)` and selector `0x7f2584a980809a3e1befb4422fa9dd5c836f6a360e5584f8cb420a1e7946c585`.
```solidity
event VideoReclaimed(bytes32 indexed videoId, address indexed previousPublisher, address indexed publisher, uint256 previousCommitBlock, uint256 commitBlock);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VideoReclaimed {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub previousPublisher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub publisher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousCommitBlock: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub commitBlock: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for VideoReclaimed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
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
            const SIGNATURE: &'static str = "VideoReclaimed(bytes32,address,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                127u8, 37u8, 132u8, 169u8, 128u8, 128u8, 154u8, 62u8, 27u8, 239u8, 180u8,
                66u8, 47u8, 169u8, 221u8, 92u8, 131u8, 111u8, 106u8, 54u8, 14u8, 85u8,
                132u8, 248u8, 203u8, 66u8, 10u8, 30u8, 121u8, 70u8, 197u8, 133u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    videoId: topics.1,
                    previousPublisher: topics.2,
                    publisher: topics.3,
                    previousCommitBlock: data.0,
                    commitBlock: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.previousCommitBlock),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitBlock),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.videoId.clone(),
                    self.previousPublisher.clone(),
                    self.publisher.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.videoId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousPublisher,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.publisher,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VideoReclaimed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VideoReclaimed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VideoReclaimed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VideoRegistered(bytes32,address,address,string)` and selector `0x7eca2688142350b87dd5a50a34e45bbc78af9d7d4d3216d297e70768617aa026`.
```solidity
event VideoRegistered(bytes32 indexed videoId, address indexed publisher, address indexed ownerKey, string cid);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VideoRegistered {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub publisher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ownerKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub cid: alloy::sol_types::private::String,
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
        impl alloy_sol_types::SolEvent for VideoRegistered {
            type DataTuple<'a> = (alloy::sol_types::sol_data::String,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "VideoRegistered(bytes32,address,address,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                126u8, 202u8, 38u8, 136u8, 20u8, 35u8, 80u8, 184u8, 125u8, 213u8, 165u8,
                10u8, 52u8, 228u8, 91u8, 188u8, 120u8, 175u8, 157u8, 125u8, 77u8, 50u8,
                22u8, 210u8, 151u8, 231u8, 7u8, 104u8, 97u8, 122u8, 160u8, 38u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    videoId: topics.1,
                    publisher: topics.2,
                    ownerKey: topics.3,
                    cid: data.0,
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.cid,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.videoId.clone(),
                    self.publisher.clone(),
                    self.ownerKey.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.videoId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.publisher,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.ownerKey,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VideoRegistered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VideoRegistered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VideoRegistered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VideoTitleUpdated(bytes32,string)` and selector `0x27da726c6621cd57f7af785ec9e76b75c68b478137c0f16c79549a1b154a0b63`.
```solidity
event VideoTitleUpdated(bytes32 indexed videoId, string title);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VideoTitleUpdated {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub title: alloy::sol_types::private::String,
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
        impl alloy_sol_types::SolEvent for VideoTitleUpdated {
            type DataTuple<'a> = (alloy::sol_types::sol_data::String,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "VideoTitleUpdated(bytes32,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                39u8, 218u8, 114u8, 108u8, 102u8, 33u8, 205u8, 87u8, 247u8, 175u8, 120u8,
                94u8, 201u8, 231u8, 107u8, 117u8, 198u8, 139u8, 71u8, 129u8, 55u8, 192u8,
                241u8, 108u8, 121u8, 84u8, 154u8, 27u8, 21u8, 74u8, 11u8, 99u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    videoId: topics.1,
                    title: data.0,
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.title,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.videoId.clone())
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.videoId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VideoTitleUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VideoTitleUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VideoTitleUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VideoUnlisted(bytes32)` and selector `0x866615d0bb5b62b9a956361343f7daab47326d0315b75db92c327bc9e8957f94`.
```solidity
event VideoUnlisted(bytes32 indexed videoId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VideoUnlisted {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
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
        impl alloy_sol_types::SolEvent for VideoUnlisted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "VideoUnlisted(bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                134u8, 102u8, 21u8, 208u8, 187u8, 91u8, 98u8, 185u8, 169u8, 86u8, 54u8,
                19u8, 67u8, 247u8, 218u8, 171u8, 71u8, 50u8, 109u8, 3u8, 21u8, 183u8,
                93u8, 185u8, 44u8, 50u8, 123u8, 201u8, 232u8, 149u8, 127u8, 148u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { videoId: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.videoId.clone())
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.videoId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VideoUnlisted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VideoUnlisted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VideoUnlisted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address users);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub users: alloy::sol_types::private::Address,
    }
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.users,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { users: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
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
                        &self.users,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_CID_LENGTH()` and selector `0xa82da60d`.
```solidity
function MAX_CID_LENGTH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CID_LENGTHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_CID_LENGTH()`](MAX_CID_LENGTHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CID_LENGTHReturn {
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
            impl ::core::convert::From<MAX_CID_LENGTHCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CID_LENGTHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_CID_LENGTHCall {
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
            impl ::core::convert::From<MAX_CID_LENGTHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CID_LENGTHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_CID_LENGTHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_CID_LENGTHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_CID_LENGTH()";
            const SELECTOR: [u8; 4] = [168u8, 45u8, 166u8, 13u8];
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
                        let r: MAX_CID_LENGTHReturn = r.into();
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
                        let r: MAX_CID_LENGTHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_FORMATS()` and selector `0x73abe23b`.
```solidity
function MAX_FORMATS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_FORMATSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_FORMATS()`](MAX_FORMATSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_FORMATSReturn {
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
            impl ::core::convert::From<MAX_FORMATSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_FORMATSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_FORMATSCall {
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
            impl ::core::convert::From<MAX_FORMATSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_FORMATSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_FORMATSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_FORMATSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_FORMATS()";
            const SELECTOR: [u8; 4] = [115u8, 171u8, 226u8, 59u8];
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
                        let r: MAX_FORMATSReturn = r.into();
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
                        let r: MAX_FORMATSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_FORMAT_LENGTH()` and selector `0x6fc61e7c`.
```solidity
function MAX_FORMAT_LENGTH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_FORMAT_LENGTHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_FORMAT_LENGTH()`](MAX_FORMAT_LENGTHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_FORMAT_LENGTHReturn {
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
            impl ::core::convert::From<MAX_FORMAT_LENGTHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_FORMAT_LENGTHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_FORMAT_LENGTHCall {
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
            impl ::core::convert::From<MAX_FORMAT_LENGTHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_FORMAT_LENGTHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_FORMAT_LENGTHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_FORMAT_LENGTHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_FORMAT_LENGTH()";
            const SELECTOR: [u8; 4] = [111u8, 198u8, 30u8, 124u8];
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
                        let r: MAX_FORMAT_LENGTHReturn = r.into();
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
                        let r: MAX_FORMAT_LENGTHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_TITLE_LENGTH()` and selector `0x2ef9a160`.
```solidity
function MAX_TITLE_LENGTH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_TITLE_LENGTHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_TITLE_LENGTH()`](MAX_TITLE_LENGTHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_TITLE_LENGTHReturn {
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
            impl ::core::convert::From<MAX_TITLE_LENGTHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_TITLE_LENGTHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_TITLE_LENGTHCall {
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
            impl ::core::convert::From<MAX_TITLE_LENGTHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_TITLE_LENGTHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_TITLE_LENGTHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_TITLE_LENGTHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_TITLE_LENGTH()";
            const SELECTOR: [u8; 4] = [46u8, 249u8, 161u8, 96u8];
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
                        let r: MAX_TITLE_LENGTHReturn = r.into();
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
                        let r: MAX_TITLE_LENGTHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_COMMITMENT_AGE()` and selector `0x2e4f692a`.
```solidity
function MIN_COMMITMENT_AGE() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_COMMITMENT_AGECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_COMMITMENT_AGE()`](MIN_COMMITMENT_AGECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_COMMITMENT_AGEReturn {
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
            impl ::core::convert::From<MIN_COMMITMENT_AGECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_COMMITMENT_AGECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_COMMITMENT_AGECall {
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
            impl ::core::convert::From<MIN_COMMITMENT_AGEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_COMMITMENT_AGEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_COMMITMENT_AGEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_COMMITMENT_AGECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_COMMITMENT_AGE()";
            const SELECTOR: [u8; 4] = [46u8, 79u8, 105u8, 42u8];
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
                        let r: MIN_COMMITMENT_AGEReturn = r.into();
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
                        let r: MIN_COMMITMENT_AGEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commit(bytes32)` and selector `0xf14fcbc8`.
```solidity
function commit(bytes32 commitment) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitCall {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`commit(bytes32)`](commitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitReturn {}
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
            impl ::core::convert::From<commitCall> for UnderlyingRustTuple<'_> {
                fn from(value: commitCall) -> Self {
                    (value.commitment,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { commitment: tuple.0 }
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
            impl ::core::convert::From<commitReturn> for UnderlyingRustTuple<'_> {
                fn from(value: commitReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl commitReturn {
            fn _tokenize(
                &self,
            ) -> <commitCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commitCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = commitReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commit(bytes32)";
            const SELECTOR: [u8; 4] = [241u8, 79u8, 203u8, 200u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                commitReturn::_tokenize(ret)
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
    /**Function with signature `commitBlockOf(bytes32)` and selector `0x5d456916`.
```solidity
function commitBlockOf(bytes32 commitment) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitBlockOfCall {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`commitBlockOf(bytes32)`](commitBlockOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitBlockOfReturn {
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
            impl ::core::convert::From<commitBlockOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: commitBlockOfCall) -> Self {
                    (value.commitment,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitBlockOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { commitment: tuple.0 }
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
            impl ::core::convert::From<commitBlockOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: commitBlockOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitBlockOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commitBlockOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commitBlockOf(bytes32)";
            const SELECTOR: [u8; 4] = [93u8, 69u8, 105u8, 22u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
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
                        let r: commitBlockOfReturn = r.into();
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
                        let r: commitBlockOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commitmentOf(string,address,address,bytes32)` and selector `0x981c4e25`.
```solidity
function commitmentOf(string memory cid, address publisher, address ownerKey, bytes32 salt) external pure returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitmentOfCall {
        #[allow(missing_docs)]
        pub cid: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub publisher: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ownerKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`commitmentOf(string,address,address,bytes32)`](commitmentOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitmentOfReturn {
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
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::String,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<commitmentOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: commitmentOfCall) -> Self {
                    (value.cid, value.publisher, value.ownerKey, value.salt)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitmentOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        cid: tuple.0,
                        publisher: tuple.1,
                        ownerKey: tuple.2,
                        salt: tuple.3,
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
            impl ::core::convert::From<commitmentOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: commitmentOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitmentOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commitmentOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commitmentOf(string,address,address,bytes32)";
            const SELECTOR: [u8; 4] = [152u8, 28u8, 78u8, 37u8];
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
                        &self.cid,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.publisher,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.ownerKey,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
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
                        let r: commitmentOfReturn = r.into();
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
                        let r: commitmentOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `exists(bytes32)` and selector `0x38a699a4`.
```solidity
function exists(bytes32 videoId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct existsCall {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`exists(bytes32)`](existsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct existsReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
            impl ::core::convert::From<existsCall> for UnderlyingRustTuple<'_> {
                fn from(value: existsCall) -> Self {
                    (value.videoId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for existsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { videoId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
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
            impl ::core::convert::From<existsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: existsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for existsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for existsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "exists(bytes32)";
            const SELECTOR: [u8; 4] = [56u8, 166u8, 153u8, 164u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
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
                        let r: existsReturn = r.into();
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
                        let r: existsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `idOf(string)` and selector `0x5fd846f2`.
```solidity
function idOf(string memory cid) external pure returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct idOfCall {
        #[allow(missing_docs)]
        pub cid: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`idOf(string)`](idOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct idOfReturn {
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
            impl ::core::convert::From<idOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: idOfCall) -> Self {
                    (value.cid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for idOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { cid: tuple.0 }
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
            impl ::core::convert::From<idOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: idOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for idOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for idOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::String,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "idOf(string)";
            const SELECTOR: [u8; 4] = [95u8, 216u8, 70u8, 242u8];
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
                        &self.cid,
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
                        let r: idOfReturn = r.into();
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
                        let r: idOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `register((string,address,address,string,uint32,uint32,uint32,bool,string[]),bytes32)` and selector `0xa3c092cb`.
```solidity
function register(IVideoRegistry.Video memory input, bytes32 salt) external returns (bytes32 videoId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerCall {
        #[allow(missing_docs)]
        pub input: <IVideoRegistry::Video as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`register((string,address,address,string,uint32,uint32,uint32,bool,string[]),bytes32)`](registerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerReturn {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
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
                IVideoRegistry::Video,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IVideoRegistry::Video as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<registerCall> for UnderlyingRustTuple<'_> {
                fn from(value: registerCall) -> Self {
                    (value.input, value.salt)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        input: tuple.0,
                        salt: tuple.1,
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
            impl ::core::convert::From<registerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: registerReturn) -> Self {
                    (value.videoId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { videoId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registerCall {
            type Parameters<'a> = (
                IVideoRegistry::Video,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "register((string,address,address,string,uint32,uint32,uint32,bool,string[]),bytes32)";
            const SELECTOR: [u8; 4] = [163u8, 192u8, 146u8, 203u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IVideoRegistry::Video as alloy_sol_types::SolType>::tokenize(
                        &self.input,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
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
                        let r: registerReturn = r.into();
                        r.videoId
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
                        let r: registerReturn = r.into();
                        r.videoId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `registeredCommitBlockOf(bytes32)` and selector `0xb880f609`.
```solidity
function registeredCommitBlockOf(bytes32 videoId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registeredCommitBlockOfCall {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`registeredCommitBlockOf(bytes32)`](registeredCommitBlockOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registeredCommitBlockOfReturn {
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
            impl ::core::convert::From<registeredCommitBlockOfCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: registeredCommitBlockOfCall) -> Self {
                    (value.videoId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for registeredCommitBlockOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { videoId: tuple.0 }
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
            impl ::core::convert::From<registeredCommitBlockOfReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: registeredCommitBlockOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for registeredCommitBlockOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registeredCommitBlockOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "registeredCommitBlockOf(bytes32)";
            const SELECTOR: [u8; 4] = [184u8, 128u8, 246u8, 9u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
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
                        let r: registeredCommitBlockOfReturn = r.into();
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
                        let r: registeredCommitBlockOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `termsOf(bytes32,bytes32)` and selector `0x789f18c0`.
```solidity
function termsOf(bytes32 videoId, bytes32 formatHash) external view returns (bool available, uint32 duration, uint32 segmentLength);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct termsOfCall {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub formatHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`termsOf(bytes32,bytes32)`](termsOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct termsOfReturn {
        #[allow(missing_docs)]
        pub available: bool,
        #[allow(missing_docs)]
        pub duration: u32,
        #[allow(missing_docs)]
        pub segmentLength: u32,
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
            impl ::core::convert::From<termsOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: termsOfCall) -> Self {
                    (value.videoId, value.formatHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for termsOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        videoId: tuple.0,
                        formatHash: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool, u32, u32);
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
            impl ::core::convert::From<termsOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: termsOfReturn) -> Self {
                    (value.available, value.duration, value.segmentLength)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for termsOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        available: tuple.0,
                        duration: tuple.1,
                        segmentLength: tuple.2,
                    }
                }
            }
        }
        impl termsOfReturn {
            fn _tokenize(
                &self,
            ) -> <termsOfCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.available,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.duration),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.segmentLength),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for termsOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = termsOfReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "termsOf(bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [120u8, 159u8, 24u8, 192u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.formatHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                termsOfReturn::_tokenize(ret)
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
    /**Function with signature `unlist(bytes32)` and selector `0xbc40a277`.
```solidity
function unlist(bytes32 videoId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unlistCall {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`unlist(bytes32)`](unlistCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unlistReturn {}
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
            impl ::core::convert::From<unlistCall> for UnderlyingRustTuple<'_> {
                fn from(value: unlistCall) -> Self {
                    (value.videoId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unlistCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { videoId: tuple.0 }
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
            impl ::core::convert::From<unlistReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unlistReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unlistReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unlistReturn {
            fn _tokenize(
                &self,
            ) -> <unlistCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unlistCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = unlistReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unlist(bytes32)";
            const SELECTOR: [u8; 4] = [188u8, 64u8, 162u8, 119u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                unlistReturn::_tokenize(ret)
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
    /**Function with signature `updateTitle(bytes32,string)` and selector `0x758979bd`.
```solidity
function updateTitle(bytes32 videoId, string memory title) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateTitleCall {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub title: alloy::sol_types::private::String,
    }
    ///Container type for the return parameters of the [`updateTitle(bytes32,string)`](updateTitleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateTitleReturn {}
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
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<updateTitleCall> for UnderlyingRustTuple<'_> {
                fn from(value: updateTitleCall) -> Self {
                    (value.videoId, value.title)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for updateTitleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        videoId: tuple.0,
                        title: tuple.1,
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
            impl ::core::convert::From<updateTitleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: updateTitleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for updateTitleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl updateTitleReturn {
            fn _tokenize(
                &self,
            ) -> <updateTitleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for updateTitleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = updateTitleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "updateTitle(bytes32,string)";
            const SELECTOR: [u8; 4] = [117u8, 137u8, 121u8, 189u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.title,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                updateTitleReturn::_tokenize(ret)
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
    /**Function with signature `videoCount()` and selector `0xc61b5f4c`.
```solidity
function videoCount() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videoCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`videoCount()`](videoCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videoCountReturn {
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
            impl ::core::convert::From<videoCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: videoCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for videoCountCall {
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
            impl ::core::convert::From<videoCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: videoCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for videoCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for videoCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "videoCount()";
            const SELECTOR: [u8; 4] = [198u8, 27u8, 95u8, 76u8];
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
                        let r: videoCountReturn = r.into();
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
                        let r: videoCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `videoIds(uint256,uint256)` and selector `0xaa188285`.
```solidity
function videoIds(uint256 start, uint256 count) external view returns (bytes32[] memory ids);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videoIdsCall {
        #[allow(missing_docs)]
        pub start: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub count: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`videoIds(uint256,uint256)`](videoIdsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videoIdsReturn {
        #[allow(missing_docs)]
        pub ids: alloy::sol_types::private::Vec<
            alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<videoIdsCall> for UnderlyingRustTuple<'_> {
                fn from(value: videoIdsCall) -> Self {
                    (value.start, value.count)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for videoIdsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        start: tuple.0,
                        count: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<
                    alloy::sol_types::sol_data::FixedBytes<32>,
                >,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<videoIdsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: videoIdsReturn) -> Self {
                    (value.ids,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for videoIdsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { ids: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for videoIdsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<
                alloy::sol_types::private::FixedBytes<32>,
            >;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<
                    alloy::sol_types::sol_data::FixedBytes<32>,
                >,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "videoIds(uint256,uint256)";
            const SELECTOR: [u8; 4] = [170u8, 24u8, 130u8, 133u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.start),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.count),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: videoIdsReturn = r.into();
                        r.ids
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
                        let r: videoIdsReturn = r.into();
                        r.ids
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `videoOf(bytes32)` and selector `0xf2a269c5`.
```solidity
function videoOf(bytes32 videoId) external view returns (IVideoRegistry.Video memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videoOfCall {
        #[allow(missing_docs)]
        pub videoId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`videoOf(bytes32)`](videoOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videoOfReturn {
        #[allow(missing_docs)]
        pub _0: <IVideoRegistry::Video as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<videoOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: videoOfCall) -> Self {
                    (value.videoId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for videoOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { videoId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IVideoRegistry::Video,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IVideoRegistry::Video as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<videoOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: videoOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for videoOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for videoOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IVideoRegistry::Video as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IVideoRegistry::Video,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "videoOf(bytes32)";
            const SELECTOR: [u8; 4] = [242u8, 162u8, 105u8, 197u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.videoId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IVideoRegistry::Video as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: videoOfReturn = r.into();
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
                        let r: videoOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `videosOfPublisher(address)` and selector `0xd1df5aac`.
```solidity
function videosOfPublisher(address publisher) external view returns (bytes32[] memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videosOfPublisherCall {
        #[allow(missing_docs)]
        pub publisher: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`videosOfPublisher(address)`](videosOfPublisherCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct videosOfPublisherReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Vec<
            alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<videosOfPublisherCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: videosOfPublisherCall) -> Self {
                    (value.publisher,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for videosOfPublisherCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { publisher: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<
                    alloy::sol_types::sol_data::FixedBytes<32>,
                >,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<videosOfPublisherReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: videosOfPublisherReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for videosOfPublisherReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for videosOfPublisherCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<
                alloy::sol_types::private::FixedBytes<32>,
            >;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<
                    alloy::sol_types::sol_data::FixedBytes<32>,
                >,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "videosOfPublisher(address)";
            const SELECTOR: [u8; 4] = [209u8, 223u8, 90u8, 172u8];
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
                        &self.publisher,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: videosOfPublisherReturn = r.into();
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
                        let r: videosOfPublisherReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`VideoRegistry`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum VideoRegistryCalls {
        #[allow(missing_docs)]
        MAX_CID_LENGTH(MAX_CID_LENGTHCall),
        #[allow(missing_docs)]
        MAX_FORMATS(MAX_FORMATSCall),
        #[allow(missing_docs)]
        MAX_FORMAT_LENGTH(MAX_FORMAT_LENGTHCall),
        #[allow(missing_docs)]
        MAX_TITLE_LENGTH(MAX_TITLE_LENGTHCall),
        #[allow(missing_docs)]
        MIN_COMMITMENT_AGE(MIN_COMMITMENT_AGECall),
        #[allow(missing_docs)]
        commit(commitCall),
        #[allow(missing_docs)]
        commitBlockOf(commitBlockOfCall),
        #[allow(missing_docs)]
        commitmentOf(commitmentOfCall),
        #[allow(missing_docs)]
        exists(existsCall),
        #[allow(missing_docs)]
        idOf(idOfCall),
        #[allow(missing_docs)]
        register(registerCall),
        #[allow(missing_docs)]
        registeredCommitBlockOf(registeredCommitBlockOfCall),
        #[allow(missing_docs)]
        termsOf(termsOfCall),
        #[allow(missing_docs)]
        unlist(unlistCall),
        #[allow(missing_docs)]
        updateTitle(updateTitleCall),
        #[allow(missing_docs)]
        userRegistry(userRegistryCall),
        #[allow(missing_docs)]
        videoCount(videoCountCall),
        #[allow(missing_docs)]
        videoIds(videoIdsCall),
        #[allow(missing_docs)]
        videoOf(videoOfCall),
        #[allow(missing_docs)]
        videosOfPublisher(videosOfPublisherCall),
    }
    impl VideoRegistryCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [46u8, 79u8, 105u8, 42u8],
            [46u8, 249u8, 161u8, 96u8],
            [56u8, 166u8, 153u8, 164u8],
            [92u8, 116u8, 96u8, 214u8],
            [93u8, 69u8, 105u8, 22u8],
            [95u8, 216u8, 70u8, 242u8],
            [111u8, 198u8, 30u8, 124u8],
            [115u8, 171u8, 226u8, 59u8],
            [117u8, 137u8, 121u8, 189u8],
            [120u8, 159u8, 24u8, 192u8],
            [152u8, 28u8, 78u8, 37u8],
            [163u8, 192u8, 146u8, 203u8],
            [168u8, 45u8, 166u8, 13u8],
            [170u8, 24u8, 130u8, 133u8],
            [184u8, 128u8, 246u8, 9u8],
            [188u8, 64u8, 162u8, 119u8],
            [198u8, 27u8, 95u8, 76u8],
            [209u8, 223u8, 90u8, 172u8],
            [241u8, 79u8, 203u8, 200u8],
            [242u8, 162u8, 105u8, 197u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(MIN_COMMITMENT_AGE),
            ::core::stringify!(MAX_TITLE_LENGTH),
            ::core::stringify!(exists),
            ::core::stringify!(userRegistry),
            ::core::stringify!(commitBlockOf),
            ::core::stringify!(idOf),
            ::core::stringify!(MAX_FORMAT_LENGTH),
            ::core::stringify!(MAX_FORMATS),
            ::core::stringify!(updateTitle),
            ::core::stringify!(termsOf),
            ::core::stringify!(commitmentOf),
            ::core::stringify!(register),
            ::core::stringify!(MAX_CID_LENGTH),
            ::core::stringify!(videoIds),
            ::core::stringify!(registeredCommitBlockOf),
            ::core::stringify!(unlist),
            ::core::stringify!(videoCount),
            ::core::stringify!(videosOfPublisher),
            ::core::stringify!(commit),
            ::core::stringify!(videoOf),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <MIN_COMMITMENT_AGECall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_TITLE_LENGTHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <existsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <userRegistryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commitBlockOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <idOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_FORMAT_LENGTHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_FORMATSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <updateTitleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <termsOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commitmentOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <videoIdsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registeredCommitBlockOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unlistCall as alloy_sol_types::SolCall>::SIGNATURE,
            <videoCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <videosOfPublisherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <videoOfCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for VideoRegistryCalls {
        const NAME: &'static str = "VideoRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 20usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::MAX_CID_LENGTH(_) => {
                    <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_FORMATS(_) => {
                    <MAX_FORMATSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_FORMAT_LENGTH(_) => {
                    <MAX_FORMAT_LENGTHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_TITLE_LENGTH(_) => {
                    <MAX_TITLE_LENGTHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_COMMITMENT_AGE(_) => {
                    <MIN_COMMITMENT_AGECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::commit(_) => <commitCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::commitBlockOf(_) => {
                    <commitBlockOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::commitmentOf(_) => {
                    <commitmentOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::exists(_) => <existsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::idOf(_) => <idOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::register(_) => <registerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::registeredCommitBlockOf(_) => {
                    <registeredCommitBlockOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::termsOf(_) => <termsOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::unlist(_) => <unlistCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::updateTitle(_) => {
                    <updateTitleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::userRegistry(_) => {
                    <userRegistryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::videoCount(_) => {
                    <videoCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::videoIds(_) => <videoIdsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::videoOf(_) => <videoOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::videosOfPublisher(_) => {
                    <videosOfPublisherCall as alloy_sol_types::SolCall>::SELECTOR
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
            ) -> alloy_sol_types::Result<VideoRegistryCalls>] = &[
                {
                    fn MIN_COMMITMENT_AGE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MIN_COMMITMENT_AGECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::MIN_COMMITMENT_AGE)
                    }
                    MIN_COMMITMENT_AGE
                },
                {
                    fn MAX_TITLE_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MAX_TITLE_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::MAX_TITLE_LENGTH)
                    }
                    MAX_TITLE_LENGTH
                },
                {
                    fn exists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <existsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(VideoRegistryCalls::exists)
                    }
                    exists
                },
                {
                    fn userRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <userRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::userRegistry)
                    }
                    userRegistry
                },
                {
                    fn commitBlockOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <commitBlockOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::commitBlockOf)
                    }
                    commitBlockOf
                },
                {
                    fn idOf(data: &[u8]) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <idOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(VideoRegistryCalls::idOf)
                    }
                    idOf
                },
                {
                    fn MAX_FORMAT_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MAX_FORMAT_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::MAX_FORMAT_LENGTH)
                    }
                    MAX_FORMAT_LENGTH
                },
                {
                    fn MAX_FORMATS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MAX_FORMATSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::MAX_FORMATS)
                    }
                    MAX_FORMATS
                },
                {
                    fn updateTitle(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <updateTitleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::updateTitle)
                    }
                    updateTitle
                },
                {
                    fn termsOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <termsOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(VideoRegistryCalls::termsOf)
                    }
                    termsOf
                },
                {
                    fn commitmentOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <commitmentOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::commitmentOf)
                    }
                    commitmentOf
                },
                {
                    fn register(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <registerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(VideoRegistryCalls::register)
                    }
                    register
                },
                {
                    fn MAX_CID_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::MAX_CID_LENGTH)
                    }
                    MAX_CID_LENGTH
                },
                {
                    fn videoIds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <videoIdsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(VideoRegistryCalls::videoIds)
                    }
                    videoIds
                },
                {
                    fn registeredCommitBlockOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <registeredCommitBlockOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::registeredCommitBlockOf)
                    }
                    registeredCommitBlockOf
                },
                {
                    fn unlist(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <unlistCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(VideoRegistryCalls::unlist)
                    }
                    unlist
                },
                {
                    fn videoCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <videoCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::videoCount)
                    }
                    videoCount
                },
                {
                    fn videosOfPublisher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <videosOfPublisherCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryCalls::videosOfPublisher)
                    }
                    videosOfPublisher
                },
                {
                    fn commit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <commitCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(VideoRegistryCalls::commit)
                    }
                    commit
                },
                {
                    fn videoOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <videoOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(VideoRegistryCalls::videoOf)
                    }
                    videoOf
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
            ) -> alloy_sol_types::Result<VideoRegistryCalls>] = &[
                {
                    fn MIN_COMMITMENT_AGE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MIN_COMMITMENT_AGECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::MIN_COMMITMENT_AGE)
                    }
                    MIN_COMMITMENT_AGE
                },
                {
                    fn MAX_TITLE_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MAX_TITLE_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::MAX_TITLE_LENGTH)
                    }
                    MAX_TITLE_LENGTH
                },
                {
                    fn exists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <existsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::exists)
                    }
                    exists
                },
                {
                    fn userRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <userRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::userRegistry)
                    }
                    userRegistry
                },
                {
                    fn commitBlockOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <commitBlockOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::commitBlockOf)
                    }
                    commitBlockOf
                },
                {
                    fn idOf(data: &[u8]) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <idOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::idOf)
                    }
                    idOf
                },
                {
                    fn MAX_FORMAT_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MAX_FORMAT_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::MAX_FORMAT_LENGTH)
                    }
                    MAX_FORMAT_LENGTH
                },
                {
                    fn MAX_FORMATS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MAX_FORMATSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::MAX_FORMATS)
                    }
                    MAX_FORMATS
                },
                {
                    fn updateTitle(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <updateTitleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::updateTitle)
                    }
                    updateTitle
                },
                {
                    fn termsOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <termsOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::termsOf)
                    }
                    termsOf
                },
                {
                    fn commitmentOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <commitmentOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::commitmentOf)
                    }
                    commitmentOf
                },
                {
                    fn register(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <registerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::register)
                    }
                    register
                },
                {
                    fn MAX_CID_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::MAX_CID_LENGTH)
                    }
                    MAX_CID_LENGTH
                },
                {
                    fn videoIds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <videoIdsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::videoIds)
                    }
                    videoIds
                },
                {
                    fn registeredCommitBlockOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <registeredCommitBlockOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::registeredCommitBlockOf)
                    }
                    registeredCommitBlockOf
                },
                {
                    fn unlist(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <unlistCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::unlist)
                    }
                    unlist
                },
                {
                    fn videoCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <videoCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::videoCount)
                    }
                    videoCount
                },
                {
                    fn videosOfPublisher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <videosOfPublisherCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::videosOfPublisher)
                    }
                    videosOfPublisher
                },
                {
                    fn commit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <commitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::commit)
                    }
                    commit
                },
                {
                    fn videoOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryCalls> {
                        <videoOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryCalls::videoOf)
                    }
                    videoOf
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
                Self::MAX_CID_LENGTH(inner) => {
                    <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_FORMATS(inner) => {
                    <MAX_FORMATSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_FORMAT_LENGTH(inner) => {
                    <MAX_FORMAT_LENGTHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_TITLE_LENGTH(inner) => {
                    <MAX_TITLE_LENGTHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_COMMITMENT_AGE(inner) => {
                    <MIN_COMMITMENT_AGECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::commit(inner) => {
                    <commitCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::commitBlockOf(inner) => {
                    <commitBlockOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::commitmentOf(inner) => {
                    <commitmentOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::exists(inner) => {
                    <existsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::idOf(inner) => {
                    <idOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::register(inner) => {
                    <registerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::registeredCommitBlockOf(inner) => {
                    <registeredCommitBlockOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::termsOf(inner) => {
                    <termsOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::unlist(inner) => {
                    <unlistCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::updateTitle(inner) => {
                    <updateTitleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::userRegistry(inner) => {
                    <userRegistryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::videoCount(inner) => {
                    <videoCountCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::videoIds(inner) => {
                    <videoIdsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::videoOf(inner) => {
                    <videoOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::videosOfPublisher(inner) => {
                    <videosOfPublisherCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::MAX_CID_LENGTH(inner) => {
                    <MAX_CID_LENGTHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_FORMATS(inner) => {
                    <MAX_FORMATSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_FORMAT_LENGTH(inner) => {
                    <MAX_FORMAT_LENGTHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_TITLE_LENGTH(inner) => {
                    <MAX_TITLE_LENGTHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_COMMITMENT_AGE(inner) => {
                    <MIN_COMMITMENT_AGECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::commit(inner) => {
                    <commitCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::commitBlockOf(inner) => {
                    <commitBlockOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::commitmentOf(inner) => {
                    <commitmentOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::exists(inner) => {
                    <existsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::idOf(inner) => {
                    <idOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::register(inner) => {
                    <registerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::registeredCommitBlockOf(inner) => {
                    <registeredCommitBlockOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::termsOf(inner) => {
                    <termsOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::unlist(inner) => {
                    <unlistCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::updateTitle(inner) => {
                    <updateTitleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::userRegistry(inner) => {
                    <userRegistryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::videoCount(inner) => {
                    <videoCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::videoIds(inner) => {
                    <videoIdsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::videoOf(inner) => {
                    <videoOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::videosOfPublisher(inner) => {
                    <videosOfPublisherCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`VideoRegistry`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum VideoRegistryErrors {
        #[allow(missing_docs)]
        CommitmentNotFound(CommitmentNotFound),
        #[allow(missing_docs)]
        CommitmentTooRecent(CommitmentTooRecent),
        #[allow(missing_docs)]
        DuplicateFormat(DuplicateFormat),
        #[allow(missing_docs)]
        InvalidCidLength(InvalidCidLength),
        #[allow(missing_docs)]
        InvalidFormat(InvalidFormat),
        #[allow(missing_docs)]
        InvalidTitleLength(InvalidTitleLength),
        #[allow(missing_docs)]
        NoFormats(NoFormats),
        #[allow(missing_docs)]
        NotPublisher(NotPublisher),
        #[allow(missing_docs)]
        OwnerKeyNotActive(OwnerKeyNotActive),
        #[allow(missing_docs)]
        TooManyFormats(TooManyFormats),
        #[allow(missing_docs)]
        UnknownVideo(UnknownVideo),
        #[allow(missing_docs)]
        VideoAlreadyRegistered(VideoAlreadyRegistered),
        #[allow(missing_docs)]
        VideoNotListed(VideoNotListed),
        #[allow(missing_docs)]
        ZeroDuration(ZeroDuration),
        #[allow(missing_docs)]
        ZeroSegmentLength(ZeroSegmentLength),
        #[allow(missing_docs)]
        ZeroSegmentSize(ZeroSegmentSize),
    }
    impl VideoRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [47u8, 66u8, 23u8, 232u8],
            [53u8, 12u8, 185u8, 42u8],
            [58u8, 116u8, 251u8, 58u8],
            [97u8, 237u8, 144u8, 243u8],
            [103u8, 220u8, 149u8, 56u8],
            [104u8, 213u8, 104u8, 110u8],
            [110u8, 175u8, 56u8, 166u8],
            [131u8, 101u8, 136u8, 201u8],
            [150u8, 74u8, 157u8, 0u8],
            [170u8, 0u8, 109u8, 99u8],
            [172u8, 4u8, 215u8, 154u8],
            [181u8, 139u8, 29u8, 194u8],
            [192u8, 226u8, 148u8, 94u8],
            [195u8, 122u8, 37u8, 38u8],
            [210u8, 139u8, 149u8, 163u8],
            [240u8, 44u8, 215u8, 172u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(CommitmentTooRecent),
            ::core::stringify!(OwnerKeyNotActive),
            ::core::stringify!(InvalidFormat),
            ::core::stringify!(ZeroSegmentLength),
            ::core::stringify!(VideoNotListed),
            ::core::stringify!(ZeroDuration),
            ::core::stringify!(ZeroSegmentSize),
            ::core::stringify!(CommitmentNotFound),
            ::core::stringify!(TooManyFormats),
            ::core::stringify!(VideoAlreadyRegistered),
            ::core::stringify!(InvalidTitleLength),
            ::core::stringify!(NoFormats),
            ::core::stringify!(InvalidCidLength),
            ::core::stringify!(DuplicateFormat),
            ::core::stringify!(UnknownVideo),
            ::core::stringify!(NotPublisher),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <CommitmentTooRecent as alloy_sol_types::SolError>::SIGNATURE,
            <OwnerKeyNotActive as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidFormat as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroSegmentLength as alloy_sol_types::SolError>::SIGNATURE,
            <VideoNotListed as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroDuration as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroSegmentSize as alloy_sol_types::SolError>::SIGNATURE,
            <CommitmentNotFound as alloy_sol_types::SolError>::SIGNATURE,
            <TooManyFormats as alloy_sol_types::SolError>::SIGNATURE,
            <VideoAlreadyRegistered as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidTitleLength as alloy_sol_types::SolError>::SIGNATURE,
            <NoFormats as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidCidLength as alloy_sol_types::SolError>::SIGNATURE,
            <DuplicateFormat as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownVideo as alloy_sol_types::SolError>::SIGNATURE,
            <NotPublisher as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for VideoRegistryErrors {
        const NAME: &'static str = "VideoRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 16usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::CommitmentNotFound(_) => {
                    <CommitmentNotFound as alloy_sol_types::SolError>::SELECTOR
                }
                Self::CommitmentTooRecent(_) => {
                    <CommitmentTooRecent as alloy_sol_types::SolError>::SELECTOR
                }
                Self::DuplicateFormat(_) => {
                    <DuplicateFormat as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidCidLength(_) => {
                    <InvalidCidLength as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidFormat(_) => {
                    <InvalidFormat as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidTitleLength(_) => {
                    <InvalidTitleLength as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NoFormats(_) => <NoFormats as alloy_sol_types::SolError>::SELECTOR,
                Self::NotPublisher(_) => {
                    <NotPublisher as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnerKeyNotActive(_) => {
                    <OwnerKeyNotActive as alloy_sol_types::SolError>::SELECTOR
                }
                Self::TooManyFormats(_) => {
                    <TooManyFormats as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownVideo(_) => {
                    <UnknownVideo as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VideoAlreadyRegistered(_) => {
                    <VideoAlreadyRegistered as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VideoNotListed(_) => {
                    <VideoNotListed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroDuration(_) => {
                    <ZeroDuration as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroSegmentLength(_) => {
                    <ZeroSegmentLength as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroSegmentSize(_) => {
                    <ZeroSegmentSize as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<VideoRegistryErrors>] = &[
                {
                    fn CommitmentTooRecent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <CommitmentTooRecent as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::CommitmentTooRecent)
                    }
                    CommitmentTooRecent
                },
                {
                    fn OwnerKeyNotActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <OwnerKeyNotActive as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::OwnerKeyNotActive)
                    }
                    OwnerKeyNotActive
                },
                {
                    fn InvalidFormat(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <InvalidFormat as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::InvalidFormat)
                    }
                    InvalidFormat
                },
                {
                    fn ZeroSegmentLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <ZeroSegmentLength as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::ZeroSegmentLength)
                    }
                    ZeroSegmentLength
                },
                {
                    fn VideoNotListed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <VideoNotListed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::VideoNotListed)
                    }
                    VideoNotListed
                },
                {
                    fn ZeroDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <ZeroDuration as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(VideoRegistryErrors::ZeroDuration)
                    }
                    ZeroDuration
                },
                {
                    fn ZeroSegmentSize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <ZeroSegmentSize as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::ZeroSegmentSize)
                    }
                    ZeroSegmentSize
                },
                {
                    fn CommitmentNotFound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <CommitmentNotFound as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::CommitmentNotFound)
                    }
                    CommitmentNotFound
                },
                {
                    fn TooManyFormats(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <TooManyFormats as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::TooManyFormats)
                    }
                    TooManyFormats
                },
                {
                    fn VideoAlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <VideoAlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::VideoAlreadyRegistered)
                    }
                    VideoAlreadyRegistered
                },
                {
                    fn InvalidTitleLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <InvalidTitleLength as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::InvalidTitleLength)
                    }
                    InvalidTitleLength
                },
                {
                    fn NoFormats(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <NoFormats as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(VideoRegistryErrors::NoFormats)
                    }
                    NoFormats
                },
                {
                    fn InvalidCidLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <InvalidCidLength as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::InvalidCidLength)
                    }
                    InvalidCidLength
                },
                {
                    fn DuplicateFormat(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <DuplicateFormat as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(VideoRegistryErrors::DuplicateFormat)
                    }
                    DuplicateFormat
                },
                {
                    fn UnknownVideo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <UnknownVideo as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(VideoRegistryErrors::UnknownVideo)
                    }
                    UnknownVideo
                },
                {
                    fn NotPublisher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <NotPublisher as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(VideoRegistryErrors::NotPublisher)
                    }
                    NotPublisher
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
            ) -> alloy_sol_types::Result<VideoRegistryErrors>] = &[
                {
                    fn CommitmentTooRecent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <CommitmentTooRecent as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::CommitmentTooRecent)
                    }
                    CommitmentTooRecent
                },
                {
                    fn OwnerKeyNotActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <OwnerKeyNotActive as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::OwnerKeyNotActive)
                    }
                    OwnerKeyNotActive
                },
                {
                    fn InvalidFormat(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <InvalidFormat as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::InvalidFormat)
                    }
                    InvalidFormat
                },
                {
                    fn ZeroSegmentLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <ZeroSegmentLength as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::ZeroSegmentLength)
                    }
                    ZeroSegmentLength
                },
                {
                    fn VideoNotListed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <VideoNotListed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::VideoNotListed)
                    }
                    VideoNotListed
                },
                {
                    fn ZeroDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <ZeroDuration as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::ZeroDuration)
                    }
                    ZeroDuration
                },
                {
                    fn ZeroSegmentSize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <ZeroSegmentSize as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::ZeroSegmentSize)
                    }
                    ZeroSegmentSize
                },
                {
                    fn CommitmentNotFound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <CommitmentNotFound as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::CommitmentNotFound)
                    }
                    CommitmentNotFound
                },
                {
                    fn TooManyFormats(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <TooManyFormats as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::TooManyFormats)
                    }
                    TooManyFormats
                },
                {
                    fn VideoAlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <VideoAlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::VideoAlreadyRegistered)
                    }
                    VideoAlreadyRegistered
                },
                {
                    fn InvalidTitleLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <InvalidTitleLength as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::InvalidTitleLength)
                    }
                    InvalidTitleLength
                },
                {
                    fn NoFormats(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <NoFormats as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::NoFormats)
                    }
                    NoFormats
                },
                {
                    fn InvalidCidLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <InvalidCidLength as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::InvalidCidLength)
                    }
                    InvalidCidLength
                },
                {
                    fn DuplicateFormat(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <DuplicateFormat as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::DuplicateFormat)
                    }
                    DuplicateFormat
                },
                {
                    fn UnknownVideo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <UnknownVideo as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::UnknownVideo)
                    }
                    UnknownVideo
                },
                {
                    fn NotPublisher(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<VideoRegistryErrors> {
                        <NotPublisher as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(VideoRegistryErrors::NotPublisher)
                    }
                    NotPublisher
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
                Self::CommitmentNotFound(inner) => {
                    <CommitmentNotFound as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CommitmentTooRecent(inner) => {
                    <CommitmentTooRecent as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DuplicateFormat(inner) => {
                    <DuplicateFormat as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidCidLength(inner) => {
                    <InvalidCidLength as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidFormat(inner) => {
                    <InvalidFormat as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidTitleLength(inner) => {
                    <InvalidTitleLength as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NoFormats(inner) => {
                    <NoFormats as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotPublisher(inner) => {
                    <NotPublisher as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::OwnerKeyNotActive(inner) => {
                    <OwnerKeyNotActive as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TooManyFormats(inner) => {
                    <TooManyFormats as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownVideo(inner) => {
                    <UnknownVideo as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VideoAlreadyRegistered(inner) => {
                    <VideoAlreadyRegistered as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::VideoNotListed(inner) => {
                    <VideoNotListed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ZeroDuration(inner) => {
                    <ZeroDuration as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroSegmentLength(inner) => {
                    <ZeroSegmentLength as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ZeroSegmentSize(inner) => {
                    <ZeroSegmentSize as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::CommitmentNotFound(inner) => {
                    <CommitmentNotFound as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CommitmentTooRecent(inner) => {
                    <CommitmentTooRecent as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DuplicateFormat(inner) => {
                    <DuplicateFormat as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidCidLength(inner) => {
                    <InvalidCidLength as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidFormat(inner) => {
                    <InvalidFormat as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidTitleLength(inner) => {
                    <InvalidTitleLength as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NoFormats(inner) => {
                    <NoFormats as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotPublisher(inner) => {
                    <NotPublisher as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnerKeyNotActive(inner) => {
                    <OwnerKeyNotActive as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TooManyFormats(inner) => {
                    <TooManyFormats as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownVideo(inner) => {
                    <UnknownVideo as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::VideoAlreadyRegistered(inner) => {
                    <VideoAlreadyRegistered as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::VideoNotListed(inner) => {
                    <VideoNotListed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroDuration(inner) => {
                    <ZeroDuration as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroSegmentLength(inner) => {
                    <ZeroSegmentLength as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroSegmentSize(inner) => {
                    <ZeroSegmentSize as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`VideoRegistry`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum VideoRegistryEvents {
        #[allow(missing_docs)]
        Committed(Committed),
        #[allow(missing_docs)]
        VideoReclaimed(VideoReclaimed),
        #[allow(missing_docs)]
        VideoRegistered(VideoRegistered),
        #[allow(missing_docs)]
        VideoTitleUpdated(VideoTitleUpdated),
        #[allow(missing_docs)]
        VideoUnlisted(VideoUnlisted),
    }
    impl VideoRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                1u8, 77u8, 163u8, 70u8, 241u8, 238u8, 233u8, 169u8, 160u8, 228u8, 102u8,
                181u8, 64u8, 108u8, 132u8, 234u8, 154u8, 91u8, 77u8, 53u8, 191u8, 235u8,
                57u8, 158u8, 235u8, 234u8, 105u8, 122u8, 111u8, 102u8, 208u8, 91u8,
            ],
            [
                39u8, 218u8, 114u8, 108u8, 102u8, 33u8, 205u8, 87u8, 247u8, 175u8, 120u8,
                94u8, 201u8, 231u8, 107u8, 117u8, 198u8, 139u8, 71u8, 129u8, 55u8, 192u8,
                241u8, 108u8, 121u8, 84u8, 154u8, 27u8, 21u8, 74u8, 11u8, 99u8,
            ],
            [
                126u8, 202u8, 38u8, 136u8, 20u8, 35u8, 80u8, 184u8, 125u8, 213u8, 165u8,
                10u8, 52u8, 228u8, 91u8, 188u8, 120u8, 175u8, 157u8, 125u8, 77u8, 50u8,
                22u8, 210u8, 151u8, 231u8, 7u8, 104u8, 97u8, 122u8, 160u8, 38u8,
            ],
            [
                127u8, 37u8, 132u8, 169u8, 128u8, 128u8, 154u8, 62u8, 27u8, 239u8, 180u8,
                66u8, 47u8, 169u8, 221u8, 92u8, 131u8, 111u8, 106u8, 54u8, 14u8, 85u8,
                132u8, 248u8, 203u8, 66u8, 10u8, 30u8, 121u8, 70u8, 197u8, 133u8,
            ],
            [
                134u8, 102u8, 21u8, 208u8, 187u8, 91u8, 98u8, 185u8, 169u8, 86u8, 54u8,
                19u8, 67u8, 247u8, 218u8, 171u8, 71u8, 50u8, 109u8, 3u8, 21u8, 183u8,
                93u8, 185u8, 44u8, 50u8, 123u8, 201u8, 232u8, 149u8, 127u8, 148u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Committed),
            ::core::stringify!(VideoTitleUpdated),
            ::core::stringify!(VideoRegistered),
            ::core::stringify!(VideoReclaimed),
            ::core::stringify!(VideoUnlisted),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Committed as alloy_sol_types::SolEvent>::SIGNATURE,
            <VideoTitleUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <VideoRegistered as alloy_sol_types::SolEvent>::SIGNATURE,
            <VideoReclaimed as alloy_sol_types::SolEvent>::SIGNATURE,
            <VideoUnlisted as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for VideoRegistryEvents {
        const NAME: &'static str = "VideoRegistryEvents";
        const COUNT: usize = 5usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<Committed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Committed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Committed)
                }
                Some(<VideoReclaimed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VideoReclaimed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VideoReclaimed)
                }
                Some(<VideoRegistered as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VideoRegistered as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VideoRegistered)
                }
                Some(
                    <VideoTitleUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <VideoTitleUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VideoTitleUpdated)
                }
                Some(<VideoUnlisted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VideoUnlisted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VideoUnlisted)
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
    impl alloy_sol_types::private::IntoLogData for VideoRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Committed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VideoReclaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VideoRegistered(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VideoTitleUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VideoUnlisted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Committed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VideoReclaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VideoRegistered(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VideoTitleUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VideoUnlisted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`VideoRegistry`](self) contract instance.

See the [wrapper's documentation](`VideoRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> VideoRegistryInstance<P, N> {
        VideoRegistryInstance::<P, N>::new(address, __provider)
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
        users: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<VideoRegistryInstance<P, N>>,
    > {
        VideoRegistryInstance::<P, N>::deploy(__provider, users)
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
        users: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        VideoRegistryInstance::<P, N>::deploy_builder(__provider, users)
    }
    /**A [`VideoRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`VideoRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct VideoRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for VideoRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("VideoRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > VideoRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`VideoRegistry`](self) contract instance.

See the [wrapper's documentation](`VideoRegistryInstance`) for more details.*/
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
            users: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<VideoRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, users);
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
            users: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall { users },
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
    impl<P: ::core::clone::Clone, N> VideoRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> VideoRegistryInstance<P, N> {
            VideoRegistryInstance {
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
    > VideoRegistryInstance<P, N> {
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
        ///Creates a new call builder for the [`MAX_CID_LENGTH`] function.
        pub fn MAX_CID_LENGTH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_CID_LENGTHCall, N> {
            self.call_builder(&MAX_CID_LENGTHCall)
        }
        ///Creates a new call builder for the [`MAX_FORMATS`] function.
        pub fn MAX_FORMATS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_FORMATSCall, N> {
            self.call_builder(&MAX_FORMATSCall)
        }
        ///Creates a new call builder for the [`MAX_FORMAT_LENGTH`] function.
        pub fn MAX_FORMAT_LENGTH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_FORMAT_LENGTHCall, N> {
            self.call_builder(&MAX_FORMAT_LENGTHCall)
        }
        ///Creates a new call builder for the [`MAX_TITLE_LENGTH`] function.
        pub fn MAX_TITLE_LENGTH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_TITLE_LENGTHCall, N> {
            self.call_builder(&MAX_TITLE_LENGTHCall)
        }
        ///Creates a new call builder for the [`MIN_COMMITMENT_AGE`] function.
        pub fn MIN_COMMITMENT_AGE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_COMMITMENT_AGECall, N> {
            self.call_builder(&MIN_COMMITMENT_AGECall)
        }
        ///Creates a new call builder for the [`commit`] function.
        pub fn commit(
            &self,
            commitment: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, commitCall, N> {
            self.call_builder(&commitCall { commitment })
        }
        ///Creates a new call builder for the [`commitBlockOf`] function.
        pub fn commitBlockOf(
            &self,
            commitment: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, commitBlockOfCall, N> {
            self.call_builder(&commitBlockOfCall { commitment })
        }
        ///Creates a new call builder for the [`commitmentOf`] function.
        pub fn commitmentOf(
            &self,
            cid: alloy::sol_types::private::String,
            publisher: alloy::sol_types::private::Address,
            ownerKey: alloy::sol_types::private::Address,
            salt: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, commitmentOfCall, N> {
            self.call_builder(
                &commitmentOfCall {
                    cid,
                    publisher,
                    ownerKey,
                    salt,
                },
            )
        }
        ///Creates a new call builder for the [`exists`] function.
        pub fn exists(
            &self,
            videoId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, existsCall, N> {
            self.call_builder(&existsCall { videoId })
        }
        ///Creates a new call builder for the [`idOf`] function.
        pub fn idOf(
            &self,
            cid: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, idOfCall, N> {
            self.call_builder(&idOfCall { cid })
        }
        ///Creates a new call builder for the [`register`] function.
        pub fn register(
            &self,
            input: <IVideoRegistry::Video as alloy::sol_types::SolType>::RustType,
            salt: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, registerCall, N> {
            self.call_builder(&registerCall { input, salt })
        }
        ///Creates a new call builder for the [`registeredCommitBlockOf`] function.
        pub fn registeredCommitBlockOf(
            &self,
            videoId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, registeredCommitBlockOfCall, N> {
            self.call_builder(
                &registeredCommitBlockOfCall {
                    videoId,
                },
            )
        }
        ///Creates a new call builder for the [`termsOf`] function.
        pub fn termsOf(
            &self,
            videoId: alloy::sol_types::private::FixedBytes<32>,
            formatHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, termsOfCall, N> {
            self.call_builder(&termsOfCall { videoId, formatHash })
        }
        ///Creates a new call builder for the [`unlist`] function.
        pub fn unlist(
            &self,
            videoId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, unlistCall, N> {
            self.call_builder(&unlistCall { videoId })
        }
        ///Creates a new call builder for the [`updateTitle`] function.
        pub fn updateTitle(
            &self,
            videoId: alloy::sol_types::private::FixedBytes<32>,
            title: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, updateTitleCall, N> {
            self.call_builder(&updateTitleCall { videoId, title })
        }
        ///Creates a new call builder for the [`userRegistry`] function.
        pub fn userRegistry(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, userRegistryCall, N> {
            self.call_builder(&userRegistryCall)
        }
        ///Creates a new call builder for the [`videoCount`] function.
        pub fn videoCount(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, videoCountCall, N> {
            self.call_builder(&videoCountCall)
        }
        ///Creates a new call builder for the [`videoIds`] function.
        pub fn videoIds(
            &self,
            start: alloy::sol_types::private::primitives::aliases::U256,
            count: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, videoIdsCall, N> {
            self.call_builder(&videoIdsCall { start, count })
        }
        ///Creates a new call builder for the [`videoOf`] function.
        pub fn videoOf(
            &self,
            videoId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, videoOfCall, N> {
            self.call_builder(&videoOfCall { videoId })
        }
        ///Creates a new call builder for the [`videosOfPublisher`] function.
        pub fn videosOfPublisher(
            &self,
            publisher: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, videosOfPublisherCall, N> {
            self.call_builder(&videosOfPublisherCall { publisher })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > VideoRegistryInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`Committed`] event.
        pub fn Committed_filter(&self) -> alloy_contract::Event<&P, Committed, N> {
            self.event_filter::<Committed>()
        }
        ///Creates a new event filter for the [`VideoReclaimed`] event.
        pub fn VideoReclaimed_filter(
            &self,
        ) -> alloy_contract::Event<&P, VideoReclaimed, N> {
            self.event_filter::<VideoReclaimed>()
        }
        ///Creates a new event filter for the [`VideoRegistered`] event.
        pub fn VideoRegistered_filter(
            &self,
        ) -> alloy_contract::Event<&P, VideoRegistered, N> {
            self.event_filter::<VideoRegistered>()
        }
        ///Creates a new event filter for the [`VideoTitleUpdated`] event.
        pub fn VideoTitleUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, VideoTitleUpdated, N> {
            self.event_filter::<VideoTitleUpdated>()
        }
        ///Creates a new event filter for the [`VideoUnlisted`] event.
        pub fn VideoUnlisted_filter(
            &self,
        ) -> alloy_contract::Event<&P, VideoUnlisted, N> {
            self.event_filter::<VideoUnlisted>()
        }
    }
}
