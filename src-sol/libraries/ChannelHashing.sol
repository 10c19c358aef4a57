// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPaymentChannel} from "../interfaces/IPaymentChannel.sol";

/// @title ChannelHashing
/// @notice The commitment of a `Channel`, `keccak256(abi.encode(channel))`, and the copy of a calldata channel
/// into memory, without the ABI encoder's and decoder's per-member work (about 100 gas a member read, 500 an
/// encoding).
/// @dev A `Channel` is seven static words, laid out in calldata and in memory exactly as `abi.encode` lays it
/// out, so its commitment is keccak256 of those seven words where they are. Differentially tested against
/// `abi.encode` and the typed reads in `test-sol/libraries/ChannelHashing.t.sol`.
library ChannelHashing {
    /// @dev The size of a `Channel`: seven words.
    uint256 private constant _SIZE = 0xe0;

    /// @notice `keccak256(abi.encode(channel))` for a channel in calldata.
    /// @dev A dirty word (an address or the expiration with bits set above its type) is hashed as it is, so it
    /// matches no commitment, every commitment being made from clean values: the caller rejects it as not found.
    /// Hashed in the memory past the free pointer (not allocated, not used after the block).
    function hashCalldata(IPaymentChannel.Channel calldata channel) internal pure returns (bytes32 digest) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, channel, _SIZE)
            digest := keccak256(m, _SIZE)
        }
    }

    /// @notice `keccak256(abi.encode(channel))` for a channel in memory.
    function hashMemory(IPaymentChannel.Channel memory channel) internal pure returns (bytes32 digest) {
        assembly ("memory-safe") {
            digest := keccak256(channel, _SIZE)
        }
    }

    /// @notice A copy in memory (allocated) of a channel in calldata. Only for a channel whose `hashCalldata`
    /// matched a commitment: its words are then clean, as a typed read would require.
    function toMemory(IPaymentChannel.Channel calldata channel)
        internal
        pure
        returns (IPaymentChannel.Channel memory copy)
    {
        assembly ("memory-safe") {
            copy := mload(0x40)
            calldatacopy(copy, channel, _SIZE)
            mstore(0x40, add(copy, _SIZE))
        }
    }
}
