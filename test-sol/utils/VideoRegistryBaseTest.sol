// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "./BaseTest.sol";
import {IVideoRegistry} from "../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice The base of every `VideoRegistry` unit test (`test-sol/VideoRegistry/<function>/`): inputs, the
/// commit-reveal helpers and the checks of a stored record.
abstract contract VideoRegistryBaseTest is BaseTest {
    string internal constant CID2 = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    function _input(string memory cid) internal view returns (IVideoRegistry.Video memory) {
        return _videoInput(publisher.comm, cid);
    }

    /// @dev Commits, waits a block, and expects the reveal to revert with `err`, leaving the registry as it was.
    function _expectRegisterRevert(Actor memory caller, IVideoRegistry.Video memory input, bytes memory err) internal {
        _commit(caller.wallet, input, SALT);
        _expectRevealRevert(caller, input, SALT, err);
    }

    function _expectRevealRevert(Actor memory caller, IVideoRegistry.Video memory input, bytes32 salt, bytes memory err)
        internal
    {
        uint256 countBefore = videos.videoCount();
        bytes32 id = keccak256(bytes(input.cid));
        bool existedBefore = videos.exists(id);
        address publisherBefore = existedBefore ? videos.videoOf(id).publisher : address(0);
        vm.expectRevert(err);
        vm.prank(caller.wallet);
        videos.register(input, salt);
        assertEq(videos.videoCount(), countBefore);
        assertEq(videos.exists(id), existedBefore);
        if (existedBefore) assertEq(videos.videoOf(id).publisher, publisherBefore);
    }

    function _register(Actor memory owner, IVideoRegistry.Video memory input) internal returns (bytes32) {
        return _commitAndRegister(owner.wallet, input, SALT);
    }

    function _assertTerms(bytes32 id, string memory format, bool available, uint32 duration, uint32 segmentLength)
        internal
        view
    {
        (bool a, uint32 d, uint32 s) = videos.termsOf(id, keccak256(bytes(format)));
        assertEq(a, available, string.concat("available ", format));
        assertEq(d, duration, string.concat("duration ", format));
        assertEq(s, segmentLength, string.concat("segmentLength ", format));
    }

    /// @dev Registers `count` extra videos for `owner`, returning their ids in order.
    function _registerMany(Actor memory owner, uint256 count) internal returns (bytes32[] memory ids) {
        ids = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            ids[i] = _registerVideo(owner, string.concat("Qm", vm.toString(owner.wallet), vm.toString(i)));
        }
    }

    function _repeat(bytes1 char, uint256 length) internal pure returns (string memory) {
        bytes memory out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = char;
        }
        return string(out);
    }

    /// @dev Printable ASCII of `length` bytes drawn from `seed`, so fuzzed CIDs look like real text.
    function _randomText(bytes32 seed, uint256 length) internal pure returns (string memory) {
        bytes memory out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            if (i % 32 == 0) seed = keccak256(abi.encode(seed));
            out[i] = bytes1(uint8(0x21 + uint8(seed[i % 32]) % 94));
        }
        return string(out);
    }

    function _numberedFormats(uint256 count) internal pure returns (string[] memory formats) {
        formats = new string[](count);
        for (uint256 i; i < count; ++i) {
            formats[i] = string.concat("f", vm.toString(i));
        }
    }
}
