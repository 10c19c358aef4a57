// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {UserRegistryBaseTest} from "../../utils/UserRegistryBaseTest.sol";
import {IUserRegistry} from "../../../src-sol/interfaces/IUserRegistry.sol";

/// @notice The views of `UserRegistry`, following views.tree.
contract UserRegistryViewsTest is UserRegistryBaseTest {
    function test_constants() public view {
        assertEq(users.KEY_OWNERSHIP_TYPEHASH(), keccak256("KeyOwnership(address wallet)"));
        assertEq(users.MAX_PROFILE_LENGTH(), 4096);
        assertEq(users.MAX_ACTIVE_KEYS(), MAX_ACTIVE_KEYS);
    }

    function test_keyOf_UnregisteredIsZero() public view {
        (address wallet, bool active) = users.keyOf(aliceComm);
        assertEq(wallet, address(0));
        assertFalse(active);
        assertEq(users.publicKeyOf(aliceComm).length, 0);
        assertEq(users.keysOfWallet(alice).length, 0);
        assertEq(users.profileOf(alice), "");
        assertEq(users.activeKeyCount(alice), 0);
    }

    function test_keysOf_ReturnsBothRecords() public givenAliceKey {
        vm.prank(alice);
        users.revokeKey(aliceComm);
        (IUserRegistry.KeyRecord memory a, IUserRegistry.KeyRecord memory b) = users.keysOf(viewer.comm, aliceComm);
        assertEq(a.wallet, viewer.wallet);
        assertTrue(a.active);
        assertEq(b.wallet, alice);
        assertFalse(b.active);
        // Order follows the arguments; an unregistered key reads as zero.
        (a, b) = users.keysOf(makeAddr("nobody"), publisher.comm);
        assertEq(a.wallet, address(0));
        assertFalse(a.active);
        assertEq(b.wallet, publisher.wallet);
        assertTrue(b.active);
    }

    function test_publicKeyOf_HashesToKeyAddress() public view {
        bytes memory publicKey = users.publicKeyOf(publisher.comm);
        assertEq(publicKey.length, 64);
        assertEq(address(uint160(uint256(keccak256(publicKey)))), publisher.comm);
    }

    function test_keysOfWallet_FixtureActors() public view {
        address[] memory keys = users.keysOfWallet(viewer.wallet);
        assertEq(keys.length, 1);
        assertEq(keys[0], viewer.comm);
        assertEq(users.activeKeyCount(viewer.wallet), 1);
    }

    function test_keyOwnershipDigest_MatchesHandComputedEip712() public view {
        assertEq(users.keyOwnershipDigest(alice), _handDigest(alice));
        assertTrue(users.keyOwnershipDigest(alice) != users.keyOwnershipDigest(mallory));
    }

    /// @dev The domain is rebuilt on a chain id change, so a proof from one chain is useless on another.
    function testFuzz_keyOwnershipDigest_MatchesHandComputedEip712(address wallet, uint64 chainId) public {
        chainId = uint64(bound(chainId, 1, type(uint64).max));
        vm.chainId(chainId);
        assertEq(users.keyOwnershipDigest(wallet), _handDigest(wallet));
    }
}
