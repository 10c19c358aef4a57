// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VideoRegistryBaseTest} from "../../utils/VideoRegistryBaseTest.sol";
import {IVideoRegistry} from "../../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice `updateTitle`, following updateTitle.tree.
contract UpdateTitleTest is VideoRegistryBaseTest {
    function test_updateTitle_RevertWhen_UnknownVideo() public {
        bytes32 unknown = keccak256(bytes(CID2));
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.UnknownVideo.selector, unknown));
        vm.prank(publisher.wallet);
        videos.updateTitle(unknown, "Sintel");
    }

    function test_updateTitle_RevertWhen_NotPublisher() public {
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.NotPublisher.selector, videoId, viewer.wallet));
        vm.prank(viewer.wallet);
        videos.updateTitle(videoId, "Hijacked");
        assertEq(videos.videoOf(videoId).title, "Big Buck Bunny");
    }

    /// @dev The communication key speaks for the video off-chain; only the publishing wallet changes the record.
    function test_updateTitle_RevertWhen_CallerIsOwnerKey() public {
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.NotPublisher.selector, videoId, publisher.comm));
        vm.prank(publisher.comm);
        videos.updateTitle(videoId, "Hijacked");
    }

    function testFuzz_updateTitle_LengthBoundary(uint256 length) public {
        length = bound(length, 0, 600);
        string memory title = _repeat("t", length);
        if (length == 0 || length > 256) {
            vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.InvalidTitleLength.selector, length));
        }
        vm.prank(publisher.wallet);
        videos.updateTitle(videoId, title);
        assertEq(videos.videoOf(videoId).title, length == 0 || length > 256 ? "Big Buck Bunny" : title);
    }

    function test_updateTitle_StoresAndEmits() public {
        vm.expectEmit(address(videos));
        emit IVideoRegistry.VideoTitleUpdated(videoId, "Big Buck Bunny (4K)");
        vm.prank(publisher.wallet);
        videos.updateTitle(videoId, "Big Buck Bunny (4K)");
        IVideoRegistry.Video memory stored = videos.videoOf(videoId);
        assertEq(stored.title, "Big Buck Bunny (4K)");
        assertEq(stored.cid, CID, "nothing else changes");
        assertEq(stored.duration, DURATION);
        assertTrue(stored.listed);
        _assertTerms(videoId, FORMAT, true, DURATION, SEGMENT_LENGTH);
    }
}
