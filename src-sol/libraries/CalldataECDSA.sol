// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title CalldataECDSA
/// @notice OpenZeppelin's `ECDSA.tryRecover(hash, signature)` for a signature in calldata, without copying it to
/// memory. OpenZeppelin 5.4.0 (the pinned version) has no calldata variant (`tryRecoverCalldata` came in 5.5).
/// @dev Differentially tested against `ECDSA.tryRecover(hash, bytes memory)` in
/// `test-sol/libraries/CalldataECDSA.t.sol`. Costs about 700 gas less than splitting the signature with calldata
/// slices and calling `ECDSA.tryRecover(hash, v, r, s)`, which `open` (two signatures) cannot spare.
library CalldataECDSA {
    /// @dev The largest `s` of a low-s signature: half the secp256k1 group order (EIP-2).
    uint256 private constant _MAX_S = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// @notice The signer of `hash`, or zero when the signature is not 65 bytes (`r || s || v`), its `s` is in
    /// the upper half of the curve order, or ecrecover finds no signer (a `v` other than 27 or 28 included):
    /// zero exactly when `ECDSA.tryRecover` reports an error.
    function tryRecover(bytes32 hash, bytes calldata signature) internal view returns (address signer) {
        // The precompile's input is built past the free pointer (not allocated, not used after this block). It
        // writes nothing when it finds no signer, hence the zeroed output word, which is also what a failed call
        // (only out of gas) leaves. A signature shorter than 65 bytes fails the length test before its `s` word,
        // read past its end, could matter.
        assembly ("memory-safe") {
            let s := calldataload(add(signature.offset, 0x20))
            if and(eq(signature.length, 65), iszero(gt(s, _MAX_S))) {
                let m := mload(0x40)
                mstore(m, hash)
                mstore(add(m, 0x20), byte(0, calldataload(add(signature.offset, 0x40))))
                mstore(add(m, 0x40), calldataload(signature.offset))
                mstore(add(m, 0x60), s)
                mstore(0x00, 0)
                pop(staticcall(gas(), 0x01, m, 0x80, 0x00, 0x20))
                signer := mload(0x00)
            }
        }
    }
}
