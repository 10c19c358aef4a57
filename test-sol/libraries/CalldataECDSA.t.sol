// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {CalldataECDSA} from "../../src-sol/libraries/CalldataECDSA.sol";

contract CalldataECDSAHarness {
    function tryRecover(bytes32 hash, bytes calldata signature) external view returns (address) {
        return CalldataECDSA.tryRecover(hash, signature);
    }

    /// @dev The reference: OpenZeppelin's memory `tryRecover`, its signer being zero on every error.
    function referenceImpl(bytes32 hash, bytes memory signature) external pure returns (address signer) {
        (signer,,) = ECDSA.tryRecover(hash, signature);
    }
}

/// @notice `CalldataECDSA.tryRecover` against OpenZeppelin's `ECDSA.tryRecover(hash, bytes memory)`.
contract CalldataECDSATest is Test {
    uint256 internal constant N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    CalldataECDSAHarness internal harness = new CalldataECDSAHarness();

    /// @dev A real signature, mangled one of eight ways (none, high s, v flipped, v out of range, truncated,
    /// extended, one byte flipped, empty), must give the same answer from both.
    function testFuzz_tryRecover_MatchesOpenZeppelin(uint256 privateKey, bytes32 hash, uint256 mangle, uint8 byteAt)
        public
        view
    {
        privateKey = bound(privateKey, 1, N - 1);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(privateKey, hash);
        bytes memory signature = abi.encodePacked(r, s, v);
        mangle = bound(mangle, 0, 7);
        if (mangle == 1) signature = abi.encodePacked(r, bytes32(N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        else if (mangle == 2) signature = abi.encodePacked(r, s, v == 27 ? uint8(28) : uint8(27));
        else if (mangle == 3) signature = abi.encodePacked(r, s, uint8(bound(byteAt, 29, 255)));
        else if (mangle == 4) signature = abi.encodePacked(r, s);
        else if (mangle == 5) signature = bytes.concat(signature, hex"00");
        else if (mangle == 6) signature[byteAt % 65] = bytes1(uint8(signature[byteAt % 65]) ^ 0x01);
        else if (mangle == 7) signature = "";
        address expected = harness.referenceImpl(hash, signature);
        assertEq(harness.tryRecover(hash, signature), expected);
        if (mangle == 0) assertEq(expected, vm.addr(privateKey));
    }

    function testFuzz_tryRecover_MatchesOpenZeppelinOnAnyBytes(bytes32 hash, bytes calldata signature) public view {
        assertEq(harness.tryRecover(hash, signature), harness.referenceImpl(hash, signature));
    }

    function testFuzz_tryRecover_MatchesOpenZeppelinOnAny65Bytes(bytes32 hash, bytes32 r, bytes32 s, uint8 v)
        public
        view
    {
        bytes memory signature = abi.encodePacked(r, s, v);
        assertEq(harness.tryRecover(hash, signature), harness.referenceImpl(hash, signature));
    }
}
