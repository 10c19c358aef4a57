// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VideoRegistryBaseTest} from "../../utils/VideoRegistryBaseTest.sol";
import {IVideoRegistry} from "../../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice `register`, following register.tree: the input, the commitment, the owner key and the record. The
/// races for a CID are in register.race.t.sol.
contract RegisterTest is VideoRegistryBaseTest {
    // ---------------------------------------------------------------- the input

    function test_register_RevertWhen_CidEmpty() public {
        _expectRegisterRevert(
            publisher, _input(""), abi.encodeWithSelector(IVideoRegistry.InvalidCidLength.selector, 0)
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

    function test_register_RevertWhen_TitleEmptyOrTooLong() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.title = "";
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.InvalidTitleLength.selector, 0));
        input.title = _repeat("t", 257);
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.InvalidTitleLength.selector, 257));
    }

    function test_register_RevertWhen_ZeroTerms() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.duration = 0;
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.ZeroDuration.selector));
        input = _input(CID2);
        input.segmentLength = 0;
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.ZeroSegmentLength.selector));
        input = _input(CID2);
        input.segmentSize = 0;
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.ZeroSegmentSize.selector));
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
            bytes32 id = _register(publisher, input);
            assertEq(videos.videoOf(id).formats.length, count);
            _assertTerms(id, input.formats[count - 1], true, DURATION, SEGMENT_LENGTH);
        }
    }

    // ---------------------------------------------------------------- the commitment

    function test_register_RevertWhen_NoCommitment() public {
        IVideoRegistry.Video memory input = _input(CID2);
        _expectRevealRevert(
            publisher,
            input,
            SALT,
            abi.encodeWithSelector(
                IVideoRegistry.CommitmentNotFound.selector, _commitment(CID2, publisher.wallet, publisher.comm, SALT)
            )
        );
    }

    /// @dev The commitment binds the salt, the owner key and the wallet: a reveal that changes any of them finds
    /// nothing, and a wallet cannot reveal another wallet's commitment.
    function test_register_RevertWhen_RevealDiffersFromCommitment() public {
        IVideoRegistry.Video memory input = _input(CID2);
        _commit(publisher.wallet, input, SALT);
        bytes32 otherSalt = keccak256("other salt");
        _expectRevealRevert(
            publisher,
            input,
            otherSalt,
            abi.encodeWithSelector(
                IVideoRegistry.CommitmentNotFound.selector,
                _commitment(CID2, publisher.wallet, publisher.comm, otherSalt)
            )
        );
        Actor memory second = _addKey(publisher, "publisher.second");
        IVideoRegistry.Video memory otherKey = _videoInput(second.comm, CID2);
        _expectRevealRevert(
            publisher,
            otherKey,
            SALT,
            abi.encodeWithSelector(
                IVideoRegistry.CommitmentNotFound.selector, _commitment(CID2, publisher.wallet, second.comm, SALT)
            )
        );
        _expectRevealRevert(
            viewer,
            input,
            SALT,
            abi.encodeWithSelector(
                IVideoRegistry.CommitmentNotFound.selector, _commitment(CID2, viewer.wallet, publisher.comm, SALT)
            )
        );
    }

    function test_register_RevertWhen_CommittedInTheSameBlock() public {
        IVideoRegistry.Video memory input = _input(CID2);
        bytes32 commitment = _commitment(CID2, publisher.wallet, publisher.comm, SALT);
        vm.prank(publisher.wallet);
        videos.commit(commitment);
        _expectRevealRevert(
            publisher,
            input,
            SALT,
            abi.encodeWithSelector(IVideoRegistry.CommitmentTooRecent.selector, commitment, block.number, block.number)
        );
    }

    /// @dev A revealed commitment is consumed: the same reveal again finds nothing.
    function test_register_ConsumesTheCommitment() public {
        IVideoRegistry.Video memory input = _input(CID2);
        bytes32 commitment = _commitment(CID2, publisher.wallet, publisher.comm, SALT);
        _commit(publisher.wallet, input, SALT);
        uint256 committedAt = videos.commitBlockOf(commitment);
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(input, SALT);
        assertEq(videos.commitBlockOf(commitment), 0);
        assertEq(videos.registeredCommitBlockOf(id), committedAt);
        _expectRevealRevert(
            publisher, input, SALT, abi.encodeWithSelector(IVideoRegistry.CommitmentNotFound.selector, commitment)
        );
    }

    // ---------------------------------------------------------------- the owner key

    function test_register_RevertWhen_OwnerKeyUnregisteredOrZero() public {
        address stranger = makeAddr("stranger.comm");
        _expectRegisterRevert(
            publisher,
            _videoInput(stranger, CID2),
            abi.encodeWithSelector(IVideoRegistry.OwnerKeyNotActive.selector, stranger, publisher.wallet)
        );
        _expectRegisterRevert(
            publisher,
            _videoInput(address(0), CID2),
            abi.encodeWithSelector(IVideoRegistry.OwnerKeyNotActive.selector, address(0), publisher.wallet)
        );
    }

    /// @dev The viewer's key is active, but for the viewer: a publisher cannot make someone else speak for it.
    function test_register_RevertWhen_OwnerKeyOfAnotherWallet() public {
        _expectRegisterRevert(
            publisher,
            _videoInput(viewer.comm, CID2),
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

    // ---------------------------------------------------------------- the formats

    function test_register_RevertWhen_DuplicateFormat() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats = new string[](2);
        input.formats[0] = "1080p60";
        input.formats[1] = "1080p60";
        _expectRegisterRevert(
            publisher, input, abi.encodeWithSelector(IVideoRegistry.DuplicateFormat.selector, "1080p60")
        );
        input.formats = _numberedFormats(16);
        input.formats[15] = "f3";
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.DuplicateFormat.selector, "f3"));
    }

    function test_register_RevertWhen_FormatEmptyOrTooLong() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.formats[1] = "";
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.InvalidFormat.selector, ""));
        input = _input(CID2);
        string memory format = _repeat("r", 32);
        input.formats[0] = format;
        _expectRegisterRevert(publisher, input, abi.encodeWithSelector(IVideoRegistry.InvalidFormat.selector, format));
    }

    // ---------------------------------------------------------------- the record

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
        _commit(publisher.wallet, input, SALT);

        vm.expectEmit(address(videos));
        emit IVideoRegistry.VideoRegistered(expectedId, publisher.wallet, publisher.comm, CID2);
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(input, SALT);

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

        bytes32[] memory expected = new bytes32[](2);
        expected[0] = videoId;
        expected[1] = id;
        assertEq(videos.videoCount(), 2);
        assertEq(videos.videoIds(0, 10), expected);
        assertEq(videos.videosOfPublisher(publisher.wallet), expected);
    }

    function test_register_FixtureVideo() public view {
        assertEq(videoId, keccak256(bytes(CID)));
        IVideoRegistry.Video memory stored = videos.videoOf(videoId);
        assertEq(stored.cid, CID);
        assertEq(stored.publisher, publisher.wallet);
        assertEq(stored.title, "Big Buck Bunny");
        assertEq(stored.formats, _formats());
    }

    function test_register_AcceptsMaximumLengths() public {
        IVideoRegistry.Video memory input = _input(_repeat("c", 128));
        input.title = _repeat("t", 256);
        input.formats = _numberedFormats(16);
        input.formats[15] = _repeat("r", 31);
        bytes32 id = _register(publisher, input);
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
        _assertTerms(_register(publisher, input), "f", true, 1, 1);
    }

    /// @dev A clip shorter than one segment is still one segment long; nothing forbids it.
    function test_register_SegmentLengthMayExceedDuration() public {
        IVideoRegistry.Video memory input = _input(CID2);
        input.duration = 3;
        input.segmentLength = 10;
        _assertTerms(_register(publisher, input), FORMAT, true, 3, 10);
    }

    /// @dev Duplicate detection is per video: the fixture already uses these formats.
    function test_register_SameFormatsOnDifferentVideos() public {
        bytes32 id = _register(publisher, _input(CID2));
        _assertTerms(id, FORMAT, true, DURATION, SEGMENT_LENGTH);
        _assertTerms(id, "360p30", true, DURATION, SEGMENT_LENGTH);
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
        bytes32 id = _register(publisher, input);
        IVideoRegistry.Video memory stored = videos.videoOf(id);
        assertEq(stored.duration, duration);
        assertEq(stored.segmentLength, segmentLength);
        assertEq(stored.segmentSize, segmentSize);
        _assertTerms(id, FORMAT, true, duration, segmentLength);
    }

    function testFuzz_register_RandomCidMapsToKeccakId(bytes32 seed, uint256 length) public {
        length = bound(length, 1, 128);
        string memory cid = _randomText(seed, length);
        bytes32 id = _register(publisher, _input(cid));
        assertEq(id, keccak256(bytes(cid)));
        assertEq(videos.idOf(cid), id);
        assertEq(videos.videoOf(id).cid, cid);
    }
}
