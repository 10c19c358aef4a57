// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {UserRegistryBaseTest} from "../../utils/UserRegistryBaseTest.sol";
import {IUserRegistry} from "../../../src-sol/interfaces/IUserRegistry.sol";

/// @notice `revokeKey`, following revokeKey.tree.
contract RevokeKeyTest is UserRegistryBaseTest {
    function test_revokeKey_RevertWhen_KeyOfAnotherWallet() public givenAliceKey {
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyNotOwned.selector, aliceComm, mallory));
        vm.prank(mallory);
        users.revokeKey(aliceComm);
        (, bool active) = users.keyOf(aliceComm);
        assertTrue(active);
    }

    function test_revokeKey_RevertWhen_KeyUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyNotOwned.selector, aliceComm, alice));
        vm.prank(alice);
        users.revokeKey(aliceComm);
    }

    /// @dev A node key acts for its wallet as a payee, never on the wallet's keys: not even on itself.
    function test_revokeKey_RevertWhen_CallerIsAKeyOfTheWallet() public {
        Actor memory second = _addKey(publisher, "publisher.second");
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyNotOwned.selector, second.comm, publisher.comm));
        vm.prank(publisher.comm);
        users.revokeKey(second.comm);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyNotOwned.selector, publisher.comm, publisher.comm));
        vm.prank(publisher.comm);
        users.revokeKey(publisher.comm);
        assertEq(users.activeKeyCount(publisher.wallet), 2);
    }

    function test_revokeKey_RevertWhen_AlreadyRevoked() public givenAliceKey {
        vm.startPrank(alice);
        users.revokeKey(aliceComm);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRevoked.selector, aliceComm));
        users.revokeKey(aliceComm);
        vm.stopPrank();
        assertEq(users.activeKeyCount(alice), 0);
    }

    function test_revokeKey_DeactivatesAndEmits() public givenAliceKey {
        bytes memory publicKey = _publicKey(aliceCommKey);
        vm.expectEmit(address(users));
        emit IUserRegistry.KeyRevoked(alice, aliceComm);
        vm.prank(alice);
        users.revokeKey(aliceComm);

        (address wallet, bool active) = users.keyOf(aliceComm);
        assertEq(wallet, alice, "a revoked key stays bound to its wallet");
        assertFalse(active);
        assertEq(users.publicKeyOf(aliceComm), publicKey, "peers can still identify a revoked key");
        assertEq(users.keysOfWallet(alice).length, 1);
        assertEq(users.activeKeyCount(alice), 0);
    }

    function test_revokeKey_LeavesOtherKeysActive() public givenAliceKey {
        (address second, uint256 secondKey) = makeAddrAndKey("alice.comm.2");
        _addKeyFor(alice, secondKey);
        vm.prank(alice);
        users.revokeKey(aliceComm);
        (, bool active) = users.keyOf(second);
        assertTrue(active);
        assertEq(users.activeKeyCount(alice), 1);
    }
}
