// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IVideoRegistry} from "../src-sol/interfaces/IVideoRegistry.sol";
import {BaseTest} from "./utils/BaseTest.sol";

contract VideoRegistryTest is BaseTest {
    string internal constant CID2 = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    function _input(string memory cid) internal view returns (IVideoRegistry.Video memory) {
        return _videoInput(publisher.comm, cid);
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

    function _expectRegisterRevert(Actor memory caller, IVideoRegistry.Video memory input, bytes memory err) internal {
        uint256 countBefore = videos.videoCount();
        bool existedBefore = videos.exists(keccak256(bytes(input.cid)));
        vm.expectRevert(err);
        vm.prank(caller.wallet);
        videos.register(input);
        assertEq(videos.videoCount(), countBefore);
        assertEq(videos.exists(keccak256(bytes(input.cid))), existedBefore);
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

    // ---------------------------------------------------------------- constants

    function test_constants() public view {
        assertEq(videos.MAX_CID_LENGTH(), 128);
        assertEq(videos.MAX_TITLE_LENGTH(), 256);
        assertEq(videos.MAX_FORMAT_LENGTH(), 31);
        assertEq(videos.MAX_FORMATS(), 16);
        assertEq(address(videos.userRegistry()), address(users));
    }

    // ---------------------------------------------------------------- register

    function test_register_StoresFullRecord() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.title = "Sintel";
        input.duration = 888;
        input.segmentLength = 6;
        input.segmentSize = 2048;
        // Both are documented as ignored: the caller is the publisher and a new video is listed.
        input.publisher = viewer.wallet;
        input.listed = false;
        bytes32 expectedId = keccak256(bytes(CID2));

        vm.expectEmit(true, true, true, true, address(videos));
        emit IVideoRegistry.VideoRegistered(expectedId, publisher.wallet, publisher.comm, CID2);
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(input);

        assertEq(id, expectedId);
        assertEq(videos.idOf(CID2), id);
        assertTrue(videos.exists(id));

        IVideoRegistry.Video memory stored = videos.videoOf(id);
        assertEq(stored.cid, CID2);
        assertEq(stored.ownerKey, publisher.comm);
        assertEq(stored.publisher, publisher.wallet);
        assertEq(stored.title, "Sintel");
        assertEq(stored.duration, 888);
        assertEq(stored.segmentLength, 6);
        assertEq(stored.segmentSize, 2048);
        assertTrue(stored.listed);
        assertEq(stored.formats, _formats());

        _assertTerms(id, FORMAT, true, 888, 6);
        _assertTerms(id, "360p30", true, 888, 6);
        // The fixture video's terms are independent of the new one's.
        _assertTerms(videoId, FORMAT, true, DURATION, SEGMENT_LENGTH);

        assertEq(videos.videoCount(), 2);
        bytes32[] memory expected = new bytes32[](2);
        expected[0] = videoId;
        expected[1] = id;
        assertEq(videos.videoIds(0, 10), expected);
        assertEq(videos.videosOfPublisher(publisher.wallet), expected);
    }

    function test_register_FixtureVideo() public view {
        assertEq(videoId, keccak256(bytes(CID)));
        IVideoRegistry.Video memory stored = videos.videoOf(videoId);
        assertEq(stored.cid, CID);
        assertEq(stored.ownerKey, publisher.comm);
        assertEq(stored.publisher, publisher.wallet);
        assertEq(stored.title, "Big Buck Bunny");
        assertEq(stored.duration, DURATION);
        assertEq(stored.segmentLength, SEGMENT_LENGTH);
        assertEq(stored.segmentSize, SEGMENT_SIZE);
        assertTrue(stored.listed);
        assertEq(stored.formats, _formats());
    }

    function test_register_AcceptsMaximumLengths() public {
        IVideoRegistry.Video memory input = _input(_repeat("c", 128));
        input.title = _repeat("t", 256);
        input.formats = _numberedFormats(16);
        input.formats[15] = _repeat("r", 31);
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(input);

        IVideoRegistry.Video memory stored = videos.videoOf(id);
        assertEq(stored.cid, input.cid);
        assertEq(stored.title, input.title);
        assertEq(stored.formats, input.formats);
        for (uint256 i; i < 16; ++i) {
            _assertTerms(id, input.formats[i], true, DURATION, SEGMENT_LENGTH);
        }
    }

    function test_register_AcceptsMinimumLengths() public {
        IVideoRegistry.Video memory input = _input("c");
        input.title = "t";
        input.duration = 1;
        input.segmentLength = 1;
        input.segmentSize = 1;
        input.formats = new string[](1);
        input.formats[0] = "f";
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(input);
        _assertTerms(id, "f", true, 1, 1);
    }

    function test_register_SegmentLengthMayExceedDuration() public {
        // A clip shorter than one segment is still one segment long; nothing forbids it.
        IVideoRegistry.Video memory input = _input(CID2);
        input.duration = 3;
        input.segmentLength = 10;
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(input);
        _assertTerms(id, FORMAT, true, 3, 10);
    }

    function test_register_SameFormatsOnDifferentVideos() public {
        // Duplicate detection is per video: the fixture already uses these formats.
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(_input(CID2));
        _assertTerms(id, FORMAT, true, DURATION, SEGMENT_LENGTH);
        _assertTerms(id, "360p30", true, DURATION, SEGMENT_LENGTH);
    }

    function test_register_RevertWhen_CidEmpty() public {
        _expectRegisterRevert(
            publisher, _input(""), abi.encodeWithSelector(IVideoRegistry.InvalidCidLength.selector, 0)
        );
    }

    function test_register_RevertWhen_CidTooLong() public {
        _expectRegisterRevert(
            publisher, _input(_repeat("c", 129)), abi.encodeWithSelector(IVideoRegistry.InvalidCidLength.selector, 129)
        );
    }

    function testFuzz_register_RevertWhen_CidTooLong(uint256 length) public {
        length = bound(length, 129, 1024);
        _expectRegisterRevert(
            publisher,
            _input(_repeat("c", length)),
            abi.encodeWithSelector(IVideoRegistry.InvalidCidLength.selector, length)
        );
    }

    function test_register_RevertWhen_TitleEmpty() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.title = "";
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.InvalidTitleLength.selector, 0));
    }

    function test_register_RevertWhen_TitleTooLong() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.title = _repeat("t", 257);
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.InvalidTitleLength.selector, 257));
    }

    function test_register_RevertWhen_ZeroDuration() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.duration = 0;
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.ZeroDuration.selector));
    }

    function test_register_RevertWhen_ZeroSegmentLength() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.segmentLength = 0;
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.ZeroSegmentLength.selector));
    }

    function test_register_RevertWhen_ZeroSegmentSize() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.segmentSize = 0;
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.ZeroSegmentSize.selector));
    }

    function test_register_RevertWhen_NoFormats() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats = new string[](0);
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.NoFormats.selector));
    }

    function test_register_RevertWhen_TooManyFormats() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats = _numberedFormats(17);
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.TooManyFormats.selector, 17, 16));
    }

    function testFuzz_register_FormatCount(uint256 count) public {
        count = bound(count, 0, 40);
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats = _numberedFormats(count);
        if (count == 0) {
            _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.NoFormats.selector));
        } else if (count > 16) {
            _expectRegisterRevert(
                publisher, input, abi.encodeWithSelector(IVideoRegistry.TooManyFormats.selector, count, 16)
            );
        } else {
            vm.prank(publisher.wallet);
            bytes32 id = videos.register(input);
            assertEq(videos.videoOf(id).formats.length, count);
            _assertTerms(id, input.formats[count - 1], true, DURATION, SEGMENT_LENGTH);
        }
    }

    function test_register_RevertWhen_DuplicateFormatAdjacent() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats = new string[](2);
        input.formats[0] = "1080p60";
        input.formats[1] = "1080p60";
        _expectRegisterRevert(
            publisher, input, abi.encodeWithSelector(IVideoRegistry.DuplicateFormat.selector, "1080p60")
        );
    }

    function test_register_RevertWhen_DuplicateFormatFarApart() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats = _numberedFormats(16);
        input.formats[15] = "f3";
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.DuplicateFormat.selector, "f3"));
    }

    function test_register_RevertWhen_FormatEmpty() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats[1] = "";
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.InvalidFormat.selector, ""));
    }

    function test_register_RevertWhen_FormatTooLong() public {
        IVideoRegistry.Video memory input = _input(CID2);
        string memory format = _repeat("r", 32);
        input.formats[0] = format;
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.InvalidFormat.selector, format));
    }

    function test_register_RevertWhen_OwnerKeyUnregistered() public {
        address stranger = makeAddr("stranger.comm");
        IVideoRegistry.Video memory input = _videoInput(stranger, CID2);
        _expectRegisterRevert(
            publisher,
            input,
            abi.encodeWithSelector(IVideoRegistry.OwnerKeyNotActive.selector, stranger, publisher.wallet)
        );
    }

    function test_register_RevertWhen_OwnerKeyZero() public {
        IVideoRegistry.Video memory input = _videoInput(address(0), CID2);
        _expectRegisterRevert(
            publisher,
            input,
            abi.encodeWithSelector(IVideoRegistry.OwnerKeyNotActive.selector, address(0), publisher.wallet)
        );
    }

    function test_register_RevertWhen_OwnerKeyOfAnotherWallet() public {
        // The viewer's key is active, but for the viewer: a publisher cannot make someone else speak for it.
        IVideoRegistry.Video memory input = _videoInput(viewer.comm, CID2);
        _expectRegisterRevert(
            publisher,
            input,
            abi.encodeWithSelector(IVideoRegistry.OwnerKeyNotActive.selector, viewer.comm, publisher.wallet)
        );
    }

    function test_register_RevertWhen_OwnerKeyRevoked() public {
        vm.prank(publisher.wallet);
        users.revokeKey(publisher.comm);
        _expectRegisterRevert(
            publisher,
            _input(CID2),
            abi.encodeWithSelector(IVideoRegistry.OwnerKeyNotActive.selector, publisher.comm, publisher.wallet)
        );
    }

    function test_register_RevertWhen_AlreadyRegisteredBySameWallet() public {
        _expectRegisterRevert(
            publisher,
            _input(CID),
            abi.encodeWithSelector(IVideoRegistry.VideoAlreadyRegistered.selector, videoId, publisher.wallet)
        );
    }

    function test_register_RevertWhen_AlreadyRegisteredByOtherWallet() public {
        IVideoRegistry.Video memory input = _videoInput(viewer.comm, CID);
        input.title = "Stolen Bunny";
        _expectRegisterRevert(
            viewer,
            input,
            abi.encodeWithSelector(IVideoRegistry.VideoAlreadyRegistered.selector, videoId, publisher.wallet)
        );
        IVideoRegistry.Video memory stored = videos.videoOf(videoId);
        assertEq(stored.publisher, publisher.wallet, "first registrant keeps the video");
        assertEq(stored.ownerKey, publisher.comm);
        assertEq(stored.title, "Big Buck Bunny");
    }

    function test_register_RevertWhen_AlreadyRegisteredAndUnlisted() public {
        // Unlisting does not free the id: the content stays bound to its first registrant.
        vm.prank(publisher.wallet);
        videos.unlist(videoId);
        _expectRegisterRevert(
            viewer,
            _videoInput(viewer.comm, CID),
            abi.encodeWithSelector(IVideoRegistry.VideoAlreadyRegistered.selector, videoId, publisher.wallet)
        );
    }

    function testFuzz_register_NumericFieldsStoredExactly(uint32 duration, uint32 segmentLength, uint32 segmentSize)
        public
    {
        duration = uint32(bound(duration, 1, type(uint32).max));
        segmentLength = uint32(bound(segmentLength, 1, type(uint32).max));
        segmentSize = uint32(bound(segmentSize, 1, type(uint32).max));
        IVideoRegistry.Video memory input = _input(CID2);
        input.duration = duration;
        input.segmentLength = segmentLength;
        input.segmentSize = segmentSize;
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(input);

        IVideoRegistry.Video memory stored = videos.videoOf(id);
        assertEq(stored.duration, duration);
        assertEq(stored.segmentLength, segmentLength);
        assertEq(stored.segmentSize, segmentSize);
        _assertTerms(id, FORMAT, true, duration, segmentLength);
        _assertTerms(id, "360p30", true, duration, segmentLength);
    }

    function testFuzz_register_RandomCidMapsToKeccakId(bytes32 seed, uint256 length) public {
        length = bound(length, 1, 128);
        string memory cid = _randomText(seed, length);
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(_input(cid));

        assertEq(id, keccak256(bytes(cid)));
        assertEq(videos.idOf(cid), id);
        assertTrue(videos.exists(id));
        assertEq(videos.videoOf(id).cid, cid);
    }

    function testFuzz_idOf_IsKeccakOfAnyString(string calldata cid) public view {
        bytes32 id = videos.idOf(cid);
        assertEq(id, keccak256(bytes(cid)));
        assertEq(videos.exists(id), id == videoId);
    }

    // ---------------------------------------------------------------- updateTitle

    function test_updateTitle_StoresAndEmits() public {
        vm.expectEmit(true, true, true, true, address(videos));
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

    function test_updateTitle_AcceptsBoundaryLengths() public {
        vm.startPrank(publisher.wallet);
        videos.updateTitle(videoId, "t");
        assertEq(videos.videoOf(videoId).title, "t");
        string memory longest = _repeat("t", 256);
        videos.updateTitle(videoId, longest);
        assertEq(videos.videoOf(videoId).title, longest);
        vm.stopPrank();
    }

    function test_updateTitle_RevertWhen_NotPublisher() public {
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.NotPublisher.selector, videoId, viewer.wallet));
        vm.prank(viewer.wallet);
        videos.updateTitle(videoId, "Hijacked");
        assertEq(videos.videoOf(videoId).title, "Big Buck Bunny");
    }

    function test_updateTitle_RevertWhen_CallerIsOwnerKey() public {
        // The communication key speaks for the video off-chain; only the publishing wallet changes the record.
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.NotPublisher.selector, videoId, publisher.comm));
        vm.prank(publisher.comm);
        videos.updateTitle(videoId, "Hijacked");
    }

    function test_updateTitle_RevertWhen_UnknownVideo() public {
        bytes32 unknown = keccak256(bytes(CID2));
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.UnknownVideo.selector, unknown));
        vm.prank(publisher.wallet);
        videos.updateTitle(unknown, "Sintel");
    }

    function test_updateTitle_RevertWhen_TitleEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.InvalidTitleLength.selector, 0));
        vm.prank(publisher.wallet);
        videos.updateTitle(videoId, "");
        assertEq(videos.videoOf(videoId).title, "Big Buck Bunny");
    }

    function test_updateTitle_RevertWhen_TitleTooLong() public {
        string memory title = _repeat("t", 257);
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.InvalidTitleLength.selector, 257));
        vm.prank(publisher.wallet);
        videos.updateTitle(videoId, title);
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

    // ---------------------------------------------------------------- unlist

    function test_unlist_UnlistsEveryFormatAndEmits() public {
        vm.expectEmit(true, true, true, true, address(videos));
        emit IVideoRegistry.VideoUnlisted(videoId);
        vm.prank(publisher.wallet);
        videos.unlist(videoId);

        IVideoRegistry.Video memory stored = videos.videoOf(videoId);
        assertFalse(stored.listed);
        assertEq(stored.title, "Big Buck Bunny", "the record survives");
        assertTrue(videos.exists(videoId));
        string[] memory formats = _formats();
        for (uint256 i; i < formats.length; ++i) {
            (bool available,,) = videos.termsOf(videoId, keccak256(bytes(formats[i])));
            assertFalse(available, formats[i]);
        }
    }

    function test_unlist_UnlistsAllSixteenFormats() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats = _numberedFormats(16);
        vm.startPrank(publisher.wallet);
        bytes32 id = videos.register(input);
        videos.unlist(id);
        vm.stopPrank();
        for (uint256 i; i < 16; ++i) {
            (bool available,,) = videos.termsOf(id, keccak256(bytes(input.formats[i])));
            assertFalse(available, input.formats[i]);
        }
    }

    function test_unlist_LeavesOtherVideosListed() public {
        vm.startPrank(publisher.wallet);
        bytes32 id = videos.register(_input(CID2));
        videos.unlist(videoId);
        vm.stopPrank();
        _assertTerms(id, FORMAT, true, DURATION, SEGMENT_LENGTH);
        assertTrue(videos.videoOf(id).listed);
    }

    function test_unlist_RevertWhen_AlreadyUnlisted() public {
        vm.startPrank(publisher.wallet);
        videos.unlist(videoId);
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.VideoNotListed.selector, videoId));
        videos.unlist(videoId);
        vm.stopPrank();
    }

    function test_unlist_RevertWhen_NotPublisher() public {
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.NotPublisher.selector, videoId, viewer.wallet));
        vm.prank(viewer.wallet);
        videos.unlist(videoId);
        assertTrue(videos.videoOf(videoId).listed);
        _assertTerms(videoId, FORMAT, true, DURATION, SEGMENT_LENGTH);
    }

    function test_unlist_RevertWhen_UnknownVideo() public {
        bytes32 unknown = keccak256(bytes(CID2));
        vm.expectRevert(abi.encodeWithSelector(IVideoRegistry.UnknownVideo.selector, unknown));
        vm.prank(publisher.wallet);
        videos.unlist(unknown);
    }

    // ---------------------------------------------------------------- views

    function test_termsOf_UnknownFormatIsUnavailable() public view {
        _assertTerms(videoId, "1080p60", false, 0, 0);
        (bool available, uint32 duration, uint32 segmentLength) = videos.termsOf(videoId, bytes32(0));
        assertFalse(available);
        assertEq(duration, 0);
        assertEq(segmentLength, 0);
    }

    function test_termsOf_UnknownVideoIsUnavailable() public view {
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

        assertEq(videos.videoIds(4, 1).length, 1);
        assertEq(videos.videoIds(4, 1)[0], all[4]);
        assertEq(videos.videoIds(1, 0).length, 0);
        assertEq(videos.videoIds(5, 1).length, 0, "start at the end");
        assertEq(videos.videoIds(6, 10).length, 0, "start past the end");
        assertEq(videos.videoIds(type(uint256).max, type(uint256).max).length, 0);
    }

    function testFuzz_videoIds_SliceOfRegistrationOrder(uint256 extra, uint256 start, uint256 count) public {
        extra = bound(extra, 0, 8);
        bytes32[] memory added = _registerMany(viewer, extra);
        uint256 total = extra + 1;
        start = bound(start, 0, total + 3);
        count = bound(count, 0, type(uint256).max);

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
        assertEq(videos.videoCount(), 4);
    }

    function test_videosOfPublisher_KeepsUnlistedVideos() public {
        vm.prank(publisher.wallet);
        videos.unlist(videoId);
        bytes32[] memory ids = videos.videosOfPublisher(publisher.wallet);
        assertEq(ids.length, 1);
        assertEq(ids[0], videoId);
        assertEq(videos.videoCount(), 1);
    }
}
