// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VideoRegistryBaseTest} from "../../utils/VideoRegistryBaseTest.sol";
import {IVideoRegistry} from "../../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice `register` when two wallets race for one CID, following the "when the video is registered" branch of
/// register.tree: the earlier commitment wins, whatever the order of the reveals.
/// @dev The honest uploader is the publisher; the attacker is the viewer, with its own registered key. The
/// uploader commits before anything is on a network node; the attacker learns the CID only afterwards (from a
/// pending `register`, or the directory on IPFS), so its commitment is always younger.
contract RegisterRaceTest is VideoRegistryBaseTest {
    bytes32 internal constant ATTACKER_SALT = keccak256("attacker salt");

    /// @dev The attack of the issue: the attacker sees the directory on IPFS after the uploader's commit, commits
    /// and reveals before the uploader's reveal lands. The uploader's reveal still takes the video, and the
    /// attacker is left with nothing: no record, no terms, no place in its list, no commitment to try again.
    function test_register_SquatterLosesToTheEarlierCommitment() public {
        IVideoRegistry.Video memory honest = _input(CID2);
        bytes32 id = keccak256(bytes(CID2));
        _commit(publisher.wallet, honest, SALT); // block N; only now does the directory go to IPFS
        uint256 honestBlock = block.number - 1;

        IVideoRegistry.Video memory squat = _videoInput(viewer.comm, CID2);
        squat.title = "Stolen";
        squat.formats = new string[](1);
        squat.formats[0] = "4320p60";
        _commit(viewer.wallet, squat, ATTACKER_SALT); // block N + 1
        uint256 squatBlock = block.number - 1;
        vm.prank(viewer.wallet);
        videos.register(squat, ATTACKER_SALT);
        assertEq(videos.videoOf(id).publisher, viewer.wallet, "the squatter holds it for now");

        vm.expectEmit(address(videos));
        emit IVideoRegistry.VideoReclaimed(id, viewer.wallet, publisher.wallet, squatBlock, honestBlock);
        vm.expectEmit(address(videos));
        emit IVideoRegistry.VideoRegistered(id, publisher.wallet, publisher.comm, CID2);
        vm.prank(publisher.wallet);
        assertEq(videos.register(honest, SALT), id);

        IVideoRegistry.Video memory stored = videos.videoOf(id);
        assertEq(stored.publisher, publisher.wallet);
        assertEq(stored.ownerKey, publisher.comm);
        assertEq(stored.title, honest.title);
        assertEq(stored.formats, _formats());
        assertTrue(stored.listed);
        _assertTerms(id, FORMAT, true, DURATION, SEGMENT_LENGTH);
        _assertTerms(id, "4320p60", false, 0, 0);
        assertEq(videos.videosOfPublisher(viewer.wallet).length, 0);
        assertEq(videos.videosOfPublisher(publisher.wallet)[1], id);
        assertEq(videos.videoCount(), 2, "listed once");
        assertEq(videos.registeredCommitBlockOf(id), honestBlock);

        // A fresh attempt is younger still.
        _commit(viewer.wallet, squat, keccak256("again"));
        _expectRevealRevert(
            viewer,
            squat,
            keccak256("again"),
            abi.encodeWithSelector(
                IVideoRegistry.VideoAlreadyRegistered.selector, id, publisher.wallet, honestBlock, block.number - 1
            )
        );
    }

    /// @dev A node the uploader asked `videoOf(id)` before committing knows the video id, not the CID. A commitment
    /// it makes from the id, before the uploader's commit, matches no reveal: once the CID is public, the reveal
    /// finds nothing, and the uploader keeps the video.
    function test_register_RevertWhen_CommittedFromTheVideoIdAlone() public {
        bytes32 id = keccak256(bytes(CID2));
        bytes32 fromId = keccak256(abi.encode(id, viewer.wallet, viewer.comm, ATTACKER_SALT));
        vm.prank(viewer.wallet);
        videos.commit(fromId);
        vm.roll(block.number + 1);
        IVideoRegistry.Video memory honest = _input(CID2);
        _commit(publisher.wallet, honest, SALT);
        _expectRevealRevert(
            viewer,
            _videoInput(viewer.comm, CID2),
            ATTACKER_SALT,
            abi.encodeWithSelector(
                IVideoRegistry.CommitmentNotFound.selector, _commitment(CID2, viewer.wallet, viewer.comm, ATTACKER_SALT)
            )
        );
        vm.prank(publisher.wallet);
        videos.register(honest, SALT);
        assertEq(videos.videoOf(id).publisher, publisher.wallet);
    }

    /// @dev Copying the uploader's pending `register` calldata: the commitment names the uploader's wallet, so
    /// from another wallet the reveal finds nothing.
    function test_register_RevertWhen_MempoolCopyFromAnotherWallet() public {
        IVideoRegistry.Video memory honest = _input(CID2);
        _commit(publisher.wallet, honest, SALT);
        _expectRevealRevert(
            viewer,
            honest,
            SALT,
            abi.encodeWithSelector(
                IVideoRegistry.CommitmentNotFound.selector, _commitment(CID2, viewer.wallet, publisher.comm, SALT)
            )
        );
        vm.prank(publisher.wallet);
        videos.register(honest, SALT);
        assertEq(videos.videoOf(keccak256(bytes(CID2))).publisher, publisher.wallet);
    }

    /// @dev The attacker cannot even squat in the block where it learns the CID: its reveal must wait a block.
    function test_register_RevertWhen_SquatterRevealsInItsCommitBlock() public {
        IVideoRegistry.Video memory squat = _videoInput(viewer.comm, CID2);
        bytes32 commitment = _commitment(CID2, viewer.wallet, viewer.comm, ATTACKER_SALT);
        vm.prank(viewer.wallet);
        videos.commit(commitment);
        _expectRevealRevert(
            viewer,
            squat,
            ATTACKER_SALT,
            abi.encodeWithSelector(IVideoRegistry.CommitmentTooRecent.selector, commitment, block.number, block.number)
        );
    }

    /// @dev When the uploader's reveal lands first, the attacker's later one is refused.
    function test_register_RevertWhen_SquatterRevealsAfterTheUploader() public {
        IVideoRegistry.Video memory honest = _input(CID2);
        bytes32 id = keccak256(bytes(CID2));
        _commit(publisher.wallet, honest, SALT);
        uint256 honestBlock = block.number - 1;
        IVideoRegistry.Video memory squat = _videoInput(viewer.comm, CID2);
        _commit(viewer.wallet, squat, ATTACKER_SALT);
        vm.prank(publisher.wallet);
        videos.register(honest, SALT);
        _expectRevealRevert(
            viewer,
            squat,
            ATTACKER_SALT,
            abi.encodeWithSelector(
                IVideoRegistry.VideoAlreadyRegistered.selector, id, publisher.wallet, honestBlock, block.number - 1
            )
        );
    }

    /// @dev Only a strictly older commitment takes a video over: two of the same block keep the first reveal.
    function test_register_RevertWhen_CommitmentsOfTheSameBlock() public {
        IVideoRegistry.Video memory first = _input(CID2);
        IVideoRegistry.Video memory second = _videoInput(viewer.comm, CID2);
        vm.prank(publisher.wallet);
        videos.commit(_commitment(CID2, publisher.wallet, publisher.comm, SALT));
        vm.prank(viewer.wallet);
        videos.commit(_commitment(CID2, viewer.wallet, viewer.comm, SALT));
        uint256 both = block.number;
        vm.roll(block.number + 1);
        vm.prank(publisher.wallet);
        videos.register(first, SALT);
        _expectRevealRevert(
            viewer,
            second,
            SALT,
            abi.encodeWithSelector(
                IVideoRegistry.VideoAlreadyRegistered.selector, keccak256(bytes(CID2)), publisher.wallet, both, both
            )
        );
    }

    /// @dev A publisher cannot take its own video over with an older commitment (and reset what it unlisted).
    function test_register_RevertWhen_ThePublisherItself() public {
        IVideoRegistry.Video memory input = _input(CID2);
        _commit(publisher.wallet, input, keccak256("older"));
        uint256 olderBlock = block.number - 1;
        _commit(publisher.wallet, input, SALT);
        vm.prank(publisher.wallet);
        bytes32 id = videos.register(input, SALT);
        _expectRevealRevert(
            publisher,
            input,
            keccak256("older"),
            abi.encodeWithSelector(
                IVideoRegistry.VideoAlreadyRegistered.selector, id, publisher.wallet, olderBlock + 1, olderBlock
            )
        );
    }

    /// @dev Unlisting does not free the id, and does not protect a squatter either.
    function test_register_ReclaimsAnUnlistedSquat() public {
        IVideoRegistry.Video memory honest = _input(CID2);
        bytes32 id = keccak256(bytes(CID2));
        _commit(publisher.wallet, honest, SALT);
        _commitAndRegister(viewer.wallet, _videoInput(viewer.comm, CID2), ATTACKER_SALT);
        vm.prank(viewer.wallet);
        videos.unlist(id);
        vm.prank(publisher.wallet);
        videos.register(honest, SALT);
        assertTrue(videos.videoOf(id).listed);
        _assertTerms(id, "360p30", true, DURATION, SEGMENT_LENGTH);
    }

    /// @dev The squatter's list keeps its other videos, the last one moving into the freed place.
    function test_register_ReclaimKeepsTheSquattersOtherVideos() public {
        IVideoRegistry.Video memory honest = _input(CID2);
        _commit(publisher.wallet, honest, SALT);
        bytes32[] memory before = _registerMany(viewer, 1);
        bytes32 squatted = _commitAndRegister(viewer.wallet, _videoInput(viewer.comm, CID2), ATTACKER_SALT);
        bytes32 last = _registerVideo(viewer, "QmTheSquattersLastVideo");
        vm.prank(publisher.wallet);
        videos.register(honest, SALT);

        bytes32[] memory list = videos.videosOfPublisher(viewer.wallet);
        assertEq(list.length, 2);
        assertEq(list[0], before[0]);
        assertEq(list[1], last);
        assertTrue(list[1] != squatted);
    }

    /// @dev Any two commitments in distinct blocks, revealed in either order: the older one ends up the owner.
    function testFuzz_register_OlderCommitmentAlwaysWins(uint256 gap, bool honestRevealsFirst) public {
        IVideoRegistry.Video memory honest = _input(CID2);
        IVideoRegistry.Video memory squat = _videoInput(viewer.comm, CID2);
        _commit(publisher.wallet, honest, SALT);
        vm.roll(block.number + bound(gap, 0, 1000));
        _commit(viewer.wallet, squat, ATTACKER_SALT);

        if (honestRevealsFirst) {
            vm.prank(publisher.wallet);
            videos.register(honest, SALT);
            vm.prank(viewer.wallet);
            vm.expectPartialRevert(IVideoRegistry.VideoAlreadyRegistered.selector);
            videos.register(squat, ATTACKER_SALT);
        } else {
            vm.prank(viewer.wallet);
            videos.register(squat, ATTACKER_SALT);
            vm.prank(publisher.wallet);
            videos.register(honest, SALT);
        }
        assertEq(videos.videoOf(keccak256(bytes(CID2))).publisher, publisher.wallet);
        assertEq(videos.videosOfPublisher(viewer.wallet).length, 0);
    }
}
