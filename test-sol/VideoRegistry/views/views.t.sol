// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VideoRegistryBaseTest} from "../../utils/VideoRegistryBaseTest.sol";
import {IVideoRegistry} from "../../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice The views of `VideoRegistry`, following views.tree.
contract VideoRegistryViewsTest is VideoRegistryBaseTest {
    function test_constants() public view {
        assertEq(videos.MAX_CID_LENGTH(), 128);
        assertEq(videos.MAX_TITLE_LENGTH(), 256);
        assertEq(videos.MAX_FORMAT_LENGTH(), 31);
        assertEq(videos.MAX_FORMATS(), 16);
        assertEq(videos.MIN_COMMITMENT_AGE(), 1);
        assertEq(address(videos.userRegistry()), address(users));
    }

    function test_termsOf_UnknownFormatOrVideoIsUnavailable() public view {
        _assertTerms(videoId, "1080p60", false, 0, 0);
        _assertTerms(keccak256(bytes(CID2)), FORMAT, false, 0, 0);
        _assertTerms(bytes32(0), FORMAT, false, 0, 0);
    }

    function testFuzz_termsOf_OnlyRegisteredPairsAvailable(bytes32 id, bytes32 formatHash) public view {
        (bool available,,) = videos.termsOf(id, formatHash);
        bool registered =
            id == videoId && (formatHash == keccak256(bytes(FORMAT)) || formatHash == keccak256(bytes("360p30")));
        assertEq(available, registered);
    }

    function test_videoOf_RevertWhen_UnknownVideo() public {
        bytes32 unknown = keccak256(bytes(CID2));
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.UnknownVideo.selector, unknown));
        videos.videoOf(unknown);
    }

    function testFuzz_idOf_IsKeccakOfAnyString(string calldata cid) public view {
        bytes32 id = videos.idOf(cid);
        assertEq(id, keccak256(bytes(cid)));
        assertEq(videos.exists(id), id == videoId);
    }

    /// @dev A vector for clients computing the commitment locally (`paratii upload` must), computed independently
    /// with `cast keccak $(cast abi-encode "f(string,address,address,bytes32)" CID 0x11..11 0x22..22 0x00..03)`.
    /// The encoding is the ABI's for (string, address, address, bytes32): the string's offset (0x80), the three
    /// static words, then the CID's length and its bytes padded to 32.
    function test_commitmentOf_Vector() public view {
        bytes32 commitment = videos.commitmentOf(
            "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
            0x1111111111111111111111111111111111111111,
            0x2222222222222222222222222222222222222222,
            bytes32(uint256(3))
        );
        assertEq(commitment, 0x8302fec8fa17e103c12566a59a16914ea985b9bbba9b93c97f7c0d8387ced642);
    }

    /// @dev The commitment binds the CID itself: one made from the video id alone (which a node may learn from a
    /// `videoOf(id)` before the commit) is a different value, and reveals nothing.
    function testFuzz_commitmentOf_IsNotMadeFromTheVideoId(string memory cid, address wallet, bytes32 salt)
        public
        view
    {
        assertTrue(
            videos.commitmentOf(cid, wallet, publisher.comm, salt)
                != keccak256(abi.encode(keccak256(bytes(cid)), wallet, publisher.comm, salt))
        );
    }

    function test_commitBlocks_ZeroWhenUnknown() public view {
        assertEq(videos.commitBlockOf(keccak256("nothing")), 0);
        assertEq(videos.registeredCommitBlockOf(keccak256(bytes(CID2))), 0);
        assertGt(videos.registeredCommitBlockOf(videoId), 0);
    }

    function test_exists_FalseForUnknown() public view {
        assertFalse(videos.exists(keccak256(bytes(CID2))));
        assertFalse(videos.exists(bytes32(0)));
        assertTrue(videos.exists(videoId));
    }

    function test_videoIds_Pagination() public {
        bytes32[] memory extra = _registerMany(publisher, 4);
        bytes32[] memory all = new bytes32[](5);
        all[0] = videoId;
        for (uint256 i; i < 4; ++i) {
            all[i + 1] = extra[i];
        }
        assertEq(videos.videoCount(), 5);
        assertEq(videos.videoIds(0, 5), all);
        assertEq(videos.videoIds(0, 100), all, "count is clamped to the end");
        bytes32[] memory middle = new bytes32[](2);
        middle[0] = all[2];
        middle[1] = all[3];
        assertEq(videos.videoIds(2, 2), middle);
        bytes32[] memory tail = new bytes32[](2);
        tail[0] = all[3];
        tail[1] = all[4];
        assertEq(videos.videoIds(3, type(uint256).max), tail, "a huge count does not overflow");
        assertEq(videos.videoIds(1, 0).length, 0);
        assertEq(videos.videoIds(5, 1).length, 0, "start at the end");
        assertEq(videos.videoIds(type(uint256).max, type(uint256).max).length, 0);
    }

    function testFuzz_videoIds_SliceOfRegistrationOrder(uint256 extra, uint256 start, uint256 count) public {
        extra = bound(extra, 0, 8);
        bytes32[] memory added = _registerMany(viewer, extra);
        uint256 total = extra + 1;
        start = bound(start, 0, total + 3);
        bytes32[] memory page = videos.videoIds(start, count);
        uint256 expectedLength = start >= total ? 0 : (total - start < count ? total - start : count);
        assertEq(page.length, expectedLength);
        for (uint256 i; i < page.length; ++i) {
            uint256 index = start + i;
            assertEq(page[i], index == 0 ? videoId : added[index - 1]);
        }
    }

    function test_videosOfPublisher_PerWallet() public {
        bytes32[] memory publisherExtra = _registerMany(publisher, 2);
        bytes32[] memory viewerVideos = _registerMany(viewer, 1);
        bytes32[] memory expected = new bytes32[](3);
        expected[0] = videoId;
        expected[1] = publisherExtra[0];
        expected[2] = publisherExtra[1];
        assertEq(videos.videosOfPublisher(publisher.wallet), expected);
        assertEq(videos.videosOfPublisher(viewer.wallet), viewerVideos);
        assertEq(videos.videosOfPublisher(advertiser.wallet).length, 0);
    }

    function test_videosOfPublisher_KeepsUnlistedVideos() public {
        vm.prank(publisher.wallet);
        videos.unlist(videoId);
        bytes32[] memory ids = videos.videosOfPublisher(publisher.wallet);
        assertEq(ids.length, 1);
        assertEq(ids[0], videoId);
    }
}
