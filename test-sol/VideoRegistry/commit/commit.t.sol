// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VideoRegistryBaseTest} from "../../utils/VideoRegistryBaseTest.sol";
import {IVideoRegistry} from "../../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice `commit`, following commit.tree.
contract CommitTest is VideoRegistryBaseTest {
    function test_commit_RecordsBlockAndEmits() public {
        bytes32 commitment = _commitment(CID2, publisher.wallet, publisher.comm, SALT);
        vm.roll(42);
        vm.expectEmit(address(videos));
        emit IVideoRegistry.Committed(commitment, publisher.wallet, 42);
        vm.prank(publisher.wallet);
        videos.commit(commitment);
        assertEq(videos.commitBlockOf(commitment), 42);
    }

    /// @dev Anyone may send a commitment; only the wallet it names can reveal it.
    function test_commit_BySomeoneElse() public {
        bytes32 commitment = _commitment(CID2, publisher.wallet, publisher.comm, SALT);
        vm.prank(makeAddr("relayer"));
        videos.commit(commitment);
        vm.roll(block.number + 1);
        vm.prank(publisher.wallet);
        videos.register(_input(CID2), SALT);
        assertEq(videos.videoOf(keccak256(bytes(CID2))).publisher, publisher.wallet);
    }

    /// @dev A copy of a pending commit sent first can only date the commitment earlier; the publisher's own commit,
    /// landing later, neither reverts nor makes it younger.
    function test_commit_RepeatKeepsTheEarliestBlock() public {
        bytes32 commitment = _commitment(CID2, publisher.wallet, publisher.comm, SALT);
        vm.roll(10);
        vm.prank(makeAddr("copycat"));
        videos.commit(commitment);
        vm.roll(11);
        vm.recordLogs();
        vm.prank(publisher.wallet);
        videos.commit(commitment);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(videos.commitBlockOf(commitment), 10);
    }

    function testFuzz_commit_MatchesTheLocalComputation(
        string memory cid,
        address wallet,
        address ownerKey,
        bytes32 salt
    ) public view {
        assertEq(videos.commitmentOf(cid, wallet, ownerKey, salt), _commitment(cid, wallet, ownerKey, salt));
    }
}
