// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VideoRegistryBaseTest} from "../../utils/VideoRegistryBaseTest.sol";
import {IVideoRegistry} from "../../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice `unlist`, following unlist.tree.
contract UnlistTest is VideoRegistryBaseTest {
    function test_unlist_RevertWhen_UnknownVideo() public {
        bytes32 unknown = keccak256(bytes(CID2));
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.UnknownVideo.selector, unknown));
        vm.prank(publisher.wallet);
        videos.unlist(unknown);
    }

    function test_unlist_RevertWhen_NotPublisher() public {
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.NotPublisher.selector, videoId, viewer.wallet));
        vm.prank(viewer.wallet);
        videos.unlist(videoId);
        assertTrue(videos.videoOf(videoId).listed);
        _assertTerms(videoId, FORMAT, true, DURATION, SEGMENT_LENGTH);
    }

    function test_unlist_RevertWhen_AlreadyUnlisted() public {
        vm.startPrank(publisher.wallet);
        videos.unlist(videoId);
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.VideoNotListed.selector, videoId));
        videos.unlist(videoId);
        vm.stopPrank();
    }

    function test_unlist_UnlistsEveryFormatAndEmits() public {
        vm.expectEmit(address(videos));
        emit IVideoRegistry.VideoUnlisted(videoId);
        vm.prank(publisher.wallet);
        videos.unlist(videoId);
        IVideoRegistry.Video memory stored = videos.videoOf(videoId);
        assertFalse(stored.listed);
        assertEq(stored.title, "Big Buck Bunny", "the record survives");
        assertTrue(videos.exists(videoId));
        _assertTerms(videoId, FORMAT, false, DURATION, SEGMENT_LENGTH);
        _assertTerms(videoId, "360p30", false, DURATION, SEGMENT_LENGTH);
    }

    function test_unlist_UnlistsAllSixteenFormats() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats = _numberedFormats(16);
        bytes32 id = _register(publisher, input);
        vm.prank(publisher.wallet);
        videos.unlist(id);
        for (uint256 i; i < 16; ++i) {
            (bool available,,) = videos.termsOf(id, keccak256(bytes(input.formats[i])));
            assertFalse(available, input.formats[i]);
        }
    }

    function test_unlist_LeavesOtherVideosListed() public {
        bytes32 id = _register(publisher, _input(CID2));
        vm.prank(publisher.wallet);
        videos.unlist(videoId);
        _assertTerms(id, FORMAT, true, DURATION, SEGMENT_LENGTH);
        assertTrue(videos.videoOf(id).listed);
    }
}
