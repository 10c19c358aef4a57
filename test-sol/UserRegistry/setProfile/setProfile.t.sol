// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {UserRegistryBaseTest} from "../../utils/UserRegistryBaseTest.sol";
import {IUserRegistry} from "../../../src-sol/interfaces/IUserRegistry.sol";

/// @notice `setProfile`, following setProfile.tree.
contract SetProfileTest is UserRegistryBaseTest {
    function test_setProfile_RevertWhen_TooLong() public {
        string memory metadata = _repeat("x", 4097);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.ProfileTooLong.selector, 4097, 4096));
        vm.prank(alice);
        users.setProfile(metadata);
        assertEq(users.profileOf(alice), "");
    }

    function test_setProfile_StoresAndEmits() public {
        string memory metadata = '{"addrs":["/ip4/127.0.0.1/tcp/4001"]}';
        vm.expectEmit(address(users));
        emit IUserRegistry.ProfileUpdated(alice, metadata);
        vm.prank(alice);
        users.setProfile(metadata);
        assertEq(users.profileOf(alice), metadata);
        assertEq(users.profileOf(mallory), "", "other wallets untouched");
    }

    function test_setProfile_Overwrites() public {
        vm.startPrank(alice);
        users.setProfile("a long first profile that the second must fully replace");
        users.setProfile("bafy");
        vm.stopPrank();
        assertEq(users.profileOf(alice), "bafy");
        vm.prank(alice);
        users.setProfile("");
        assertEq(users.profileOf(alice), "", "an empty profile clears it");
    }

    function test_setProfile_AcceptsMaxLength() public {
        string memory metadata = _repeat("x", 4096);
        vm.prank(alice);
        users.setProfile(metadata);
        assertEq(users.profileOf(alice), metadata);
    }

    function testFuzz_setProfile_LengthBoundary(uint256 length) public {
        length = bound(length, 0, 6000);
        string memory metadata = _repeat("y", length);
        if (length > 4096) {
            vm.expectRevert(abi.encodeWithSelector(IUserRegistry.ProfileTooLong.selector, length, 4096));
        }
        vm.prank(alice);
        users.setProfile(metadata);
        assertEq(users.profileOf(alice), length > 4096 ? "" : metadata);
    }
}
