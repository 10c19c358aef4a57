// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IUserRegistry} from "../interfaces/IUserRegistry.sol";
import {IVideoRegistry} from "../interfaces/IVideoRegistry.sol";

/// @title RegistryCalls
/// @notice The two registry reads `PaymentChannel.open` makes on every channel, as plain staticcalls with their
/// answers on the stack. They behave as the high-level calls `users.keysOf(a, b)` and `videos.termsOf(v, f)`
/// do on a well-formed answer: a revert of the registry is bubbled up with its data, an answer shorter than
/// the ABI says reverts with no data (a high-level call's decoder does the same). Unlike the decoder they mask
/// a dirty answer to its types instead of rejecting it: the registries are our own contracts, immutable in
/// `PaymentChannel`, and always answer clean words.
/// @dev The call's input and output use the memory past the free pointer, which is not allocated: nothing there
/// outlives the assembly block. Differentially tested against the high-level calls in
/// `test-sol/libraries/RegistryCalls.t.sol`.
library RegistryCalls {
    /// @notice `users.keysOf(keyA, keyB)`: the wallet each key belongs to (zero when unregistered) and whether it
    /// is active.
    function keysOf(IUserRegistry users, address keyA, address keyB)
        internal
        view
        returns (address walletA, bool activeA, address walletB, bool activeB)
    {
        bytes4 selector = IUserRegistry.keysOf.selector;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), and(keyA, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x24), and(keyB, 0xffffffffffffffffffffffffffffffffffffffff))
            if iszero(staticcall(gas(), users, m, 0x44, m, 0x80)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
            if lt(returndatasize(), 0x80) { revert(0, 0) }
            walletA := and(mload(m), 0xffffffffffffffffffffffffffffffffffffffff)
            activeA := iszero(iszero(mload(add(m, 0x20))))
            walletB := and(mload(add(m, 0x40)), 0xffffffffffffffffffffffffffffffffffffffff)
            activeB := iszero(iszero(mload(add(m, 0x60))))
        }
    }

    /// @notice `videos.termsOf(videoId, formatHash)`: whether the video is listed with that format, its duration
    /// and its segment length.
    function termsOf(IVideoRegistry videos, bytes32 videoId, bytes32 formatHash)
        internal
        view
        returns (bool available, uint32 duration, uint32 segmentLength)
    {
        bytes4 selector = IVideoRegistry.termsOf.selector;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), videoId)
            mstore(add(m, 0x24), formatHash)
            if iszero(staticcall(gas(), videos, m, 0x44, m, 0x60)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
            if lt(returndatasize(), 0x60) { revert(0, 0) }
            available := iszero(iszero(mload(m)))
            duration := and(mload(add(m, 0x20)), 0xffffffff)
            segmentLength := and(mload(add(m, 0x40)), 0xffffffff)
        }
    }
}
