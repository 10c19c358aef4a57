// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPaymentChannel} from "../interfaces/IPaymentChannel.sol";

/// @title BidCalldata
/// @notice Reads and hashes of a `Bid` in calldata, for `open` and the digest views.
/// @dev A typed read of a member of a calldata struct that has a dynamic member (`bid.rate`) costs about 140 gas
/// in the legacy code generator; `open` makes eleven of them. The getters here read the same head word and check
/// it as the ABI decoder does (a value with bits set above its type reverts with no data), for about 15 gas. The
/// head of the struct lies inside the calldata: the decoder checked it on entry. Differentially tested against
/// the typed reads and `abi.encode` in `test-sol/libraries/BidCalldata.t.sol`, dirty words included.
library BidCalldata {
    /// @notice `bid.nonce`.
    function nonce(IPaymentChannel.Bid calldata bid) internal pure returns (bytes32 value) {
        assembly ("memory-safe") {
            value := calldataload(bid)
        }
    }

    /// @notice `bid.rate`.
    function rate(IPaymentChannel.Bid calldata bid) internal pure returns (uint128 value) {
        assembly ("memory-safe") {
            value := calldataload(add(bid, 0x20))
            if shr(128, value) { revert(0, 0) }
        }
    }

    /// @notice `bid.expiration`.
    function expiration(IPaymentChannel.Bid calldata bid) internal pure returns (uint64 value) {
        assembly ("memory-safe") {
            value := calldataload(add(bid, 0x40))
            if shr(64, value) { revert(0, 0) }
        }
    }

    /// @notice `bid.video`.
    function video(IPaymentChannel.Bid calldata bid) internal pure returns (bytes32 value) {
        assembly ("memory-safe") {
            value := calldataload(add(bid, 0x60))
        }
    }

    /// @notice `bid.bidderKey`.
    function bidderKey(IPaymentChannel.Bid calldata bid) internal pure returns (address value) {
        assembly ("memory-safe") {
            value := calldataload(add(bid, 0xa0))
            if shr(160, value) { revert(0, 0) }
        }
    }

    /// @notice `bid.counterpartyKey`.
    function counterpartyKey(IPaymentChannel.Bid calldata bid) internal pure returns (address value) {
        assembly ("memory-safe") {
            value := calldataload(add(bid, 0xc0))
            if shr(160, value) { revert(0, 0) }
        }
    }

    /// @notice `keccak256(bytes(bid.format))`, as EIP-712 hashes a `string` member.
    /// @dev Makes the checks Solidity makes when it follows a calldata tail (the offset points inside the
    /// calldata, the length fits 64 bits, the bytes end inside the calldata), reverting with no data as it does,
    /// then hashes the bytes in the memory past the free pointer (not allocated, not used after the block).
    function formatHash(IPaymentChannel.Bid calldata bid) internal pure returns (bytes32 digest) {
        assembly ("memory-safe") {
            let relative := calldataload(add(bid, 0x80))
            if iszero(slt(relative, sub(sub(calldatasize(), bid), 0x1f))) { revert(0, 0) }
            let length := calldataload(add(bid, relative))
            if gt(length, 0xffffffffffffffff) { revert(0, 0) }
            let data := add(add(bid, relative), 0x20)
            if sgt(data, sub(calldatasize(), length)) { revert(0, 0) }
            let m := mload(0x40)
            calldatacopy(m, data, length)
            digest := keccak256(m, length)
        }
    }

    /// @notice The EIP-712 struct hash of a bid: keccak256(abi.encode(typehash, nonce, rate, expiration, video,
    /// formatHash, bidderKey, counterpartyKey)).
    /// @dev The seven head words are hashed as the ABI lays them out, behind the type hash, with the format's
    /// offset word replaced by the format's hash; the typed ones are checked as the getters check them. Built in
    /// the memory past the free pointer (not allocated, not used after the block).
    function structHash(bytes32 typehash, IPaymentChannel.Bid calldata bid, bytes32 formatHash_)
        internal
        pure
        returns (bytes32 digest)
    {
        assembly ("memory-safe") {
            let typed := or(shr(128, calldataload(add(bid, 0x20))), shr(64, calldataload(add(bid, 0x40))))
            typed := or(typed, shr(160, or(calldataload(add(bid, 0xa0)), calldataload(add(bid, 0xc0)))))
            if typed { revert(0, 0) }
            let m := mload(0x40)
            mstore(m, typehash)
            calldatacopy(add(m, 0x20), bid, 0xe0)
            mstore(add(m, 0xa0), formatHash_)
            digest := keccak256(m, 0x100)
        }
    }

    /// @notice The EIP-712 struct hash of `SignedBid(bid, walletSignature)`:
    /// keccak256(abi.encode(typehash, bidHash, keccak256(walletSignature))).
    /// @dev Built in the memory past the free pointer (not allocated, not used after the block).
    function signedBidHash(bytes32 typehash, bytes32 bidHash, bytes calldata walletSignature)
        internal
        pure
        returns (bytes32 digest)
    {
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, walletSignature.offset, walletSignature.length)
            let signatureHash := keccak256(m, walletSignature.length)
            mstore(m, typehash)
            mstore(add(m, 0x20), bidHash)
            mstore(add(m, 0x40), signatureHash)
            digest := keccak256(m, 0x60)
        }
    }
}
