// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IPaymentChannel} from "../../src-sol/interfaces/IPaymentChannel.sol";
import {ChannelHashing} from "../../src-sol/libraries/ChannelHashing.sol";

contract ChannelHashingHarness {
    using ChannelHashing for IPaymentChannel.Channel;

    function hashCalldata(IPaymentChannel.Channel calldata channel) external pure returns (bytes32) {
        return channel.hashCalldata();
    }

    function hashMemory(IPaymentChannel.Channel memory channel) external pure returns (bytes32) {
        return channel.hashMemory();
    }

    /// @dev The copy, then a later allocation: the copy must be allocated, not overwritten by what follows.
    function toMemory(IPaymentChannel.Channel calldata channel)
        external
        pure
        returns (IPaymentChannel.Channel memory copy, bytes32 hashOfCopy)
    {
        copy = channel.toMemory();
        bytes memory later = abi.encode(uint256(type(uint256).max), uint256(type(uint256).max));
        hashOfCopy = copy.hashMemory();
        assert(later.length == 0x40);
    }
}

/// @notice `ChannelHashing` against `keccak256(abi.encode(channel))` and the decoder's copy.
contract ChannelHashingTest is Test {
    ChannelHashingHarness internal harness = new ChannelHashingHarness();

    function testFuzz_hashCalldata_MatchesAbiEncode(IPaymentChannel.Channel calldata channel) public view {
        assertEq(harness.hashCalldata(channel), keccak256(abi.encode(channel)));
    }

    function testFuzz_hashMemory_MatchesAbiEncode(IPaymentChannel.Channel memory channel) public view {
        assertEq(harness.hashMemory(channel), keccak256(abi.encode(channel)));
    }

    function testFuzz_toMemory_CopiesEveryField(IPaymentChannel.Channel memory channel) public view {
        (IPaymentChannel.Channel memory copy, bytes32 hashOfCopy) = harness.toMemory(channel);
        assertEq(abi.encode(copy), abi.encode(channel));
        assertEq(hashOfCopy, keccak256(abi.encode(channel)));
    }

    /// @dev A dirty word is hashed as it is: the hash differs from every clean channel's, which is how callers
    /// reject it (as not found).
    function testFuzz_hashCalldata_DirtyWordMatchesNoCleanChannel(
        IPaymentChannel.Channel memory channel,
        uint256 field,
        uint256 dirt
    ) public view {
        uint256[4] memory fields = [uint256(0), 1, 2, 6];
        uint256[4] memory widths = [uint256(160), 160, 160, 64];
        field = bound(field, 0, 3);
        uint256 high = bound(dirt, 1, type(uint256).max >> widths[field]) << widths[field];
        bytes memory data = abi.encodeCall(harness.hashCalldata, (channel));
        uint256 at = 4 + 0x20 * fields[field];
        assembly ("memory-safe") {
            let p := add(add(data, 0x20), at)
            mstore(p, or(mload(p), high))
        }
        (bool ok, bytes memory ret) = address(harness).staticcall(data);
        assertTrue(ok);
        assertTrue(abi.decode(ret, (bytes32)) != keccak256(abi.encode(channel)));
    }
}
