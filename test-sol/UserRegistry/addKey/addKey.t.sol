// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {UserRegistryBaseTest} from "../../utils/UserRegistryBaseTest.sol";
import {IUserRegistry} from "../../../src-sol/interfaces/IUserRegistry.sol";

/// @notice `addKey`, following addKey.tree.
contract AddKeyTest is UserRegistryBaseTest {
    function testFuzz_addKey_RevertWhen_PublicKeyLengthNot64(uint256 length) public {
        length = bound(length, 0, 254);
        if (length >= 64) ++length;
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidPublicKeyLength.selector, length));
        vm.prank(alice);
        users.addKey(new bytes(length), proof);
    }

    /// @dev The 65-byte SEC1 encoding is a common client mistake; it must not be silently truncated.
    function test_addKey_RevertWhen_PublicKeyHas04Prefix() public {
        bytes memory publicKey = abi.encodePacked(bytes1(0x04), _publicKey(aliceCommKey));
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidPublicKeyLength.selector, 65));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_AlreadyRegisteredBySameWallet() public givenAliceKey {
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRegistered.selector, aliceComm, alice));
        vm.prank(alice);
        users.addKey(publicKey, proof);
        assertEq(users.keysOfWallet(alice).length, 1, "no duplicate entry");
    }

    /// @dev Even a genuine proof naming mallory (the key holder colluding) cannot move the key.
    function test_addKey_RevertWhen_AlreadyRegisteredByOtherWallet() public givenAliceKey {
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, mallory);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRegistered.selector, aliceComm, alice));
        vm.prank(mallory);
        users.addKey(publicKey, proof);
        assertEq(users.keysOfWallet(mallory).length, 0);
    }

    function test_addKey_RevertWhen_RegisteredThenRevoked() public givenAliceKey {
        vm.prank(alice);
        users.revokeKey(aliceComm);
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory aliceProof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRegistered.selector, aliceComm, alice));
        vm.prank(alice);
        users.addKey(publicKey, aliceProof);
        bytes memory malloryProof = _ownershipProof(aliceCommKey, mallory);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRegistered.selector, aliceComm, alice));
        vm.prank(mallory);
        users.addKey(publicKey, malloryProof);
        (address wallet, bool active) = users.keyOf(aliceComm);
        assertEq(wallet, alice);
        assertFalse(active);
    }

    function test_addKey_RevertWhen_TooManyActiveKeys() public {
        for (uint256 i; i < MAX_ACTIVE_KEYS; ++i) {
            _addKeyFor(alice, _numberedKey("alice.key", i));
        }
        assertEq(users.activeKeyCount(alice), MAX_ACTIVE_KEYS);
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.TooManyActiveKeys.selector, alice, MAX_ACTIVE_KEYS));
        vm.prank(alice);
        users.addKey(publicKey, proof);
        // The limit is per wallet.
        assertEq(_addKeyFor(mallory, aliceCommKey), aliceComm);
    }

    /// @dev Revoked keys do not count: a wallet at the limit revokes one and can add one.
    function test_addKey_AfterRevokingAtTheLimit() public {
        for (uint256 i; i < MAX_ACTIVE_KEYS; ++i) {
            _addKeyFor(alice, _numberedKey("alice.key", i));
        }
        address first = users.keysOfWallet(alice)[0];
        vm.prank(alice);
        users.revokeKey(first);
        assertEq(users.activeKeyCount(alice), MAX_ACTIVE_KEYS - 1);
        assertEq(_addKeyFor(alice, aliceCommKey), aliceComm);
        assertEq(users.activeKeyCount(alice), MAX_ACTIVE_KEYS);
        assertEq(users.keysOfWallet(alice).length, MAX_ACTIVE_KEYS + 1);
    }

    /// @dev A wallet that rotates its key (add the new one, revoke the old one) far more often than the limit can
    /// always add the next one.
    function test_addKey_RotationNeverHitsTheLimit() public {
        address previous = _addKeyFor(alice, _numberedKey("alice.rotation", 0));
        for (uint256 i = 1; i <= 2 * MAX_ACTIVE_KEYS + 8; ++i) {
            address next = _addKeyFor(alice, _numberedKey("alice.rotation", i));
            vm.prank(alice);
            users.revokeKey(previous);
            previous = next;
            assertEq(users.activeKeyCount(alice), 1);
        }
        assertEq(users.keysOfWallet(alice).length, 2 * MAX_ACTIVE_KEYS + 9);
    }

    function test_addKey_RevertWhen_ProofSignedByAnotherKey() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        (address other, uint256 otherKey) = makeAddrAndKey("other.comm");
        bytes memory proof = _ownershipProof(otherKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, other));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function testFuzz_addKey_RevertWhen_ProofByAnyOtherKey(uint256 signerKey) public {
        signerKey = bound(signerKey, 1, SECP256K1_N - 1);
        if (signerKey == aliceCommKey) signerKey = signerKey == 1 ? 2 : signerKey - 1;
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(signerKey, alice);
        vm.expectRevert(
            abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, vm.addr(signerKey))
        );
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_ProofNamesAnotherWallet() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, mallory);
        address recovered = _recover(users.keyOwnershipDigest(alice), proof);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, recovered));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    /// @dev Mallory copies Alice's pending addKey calldata and submits it first.
    function test_addKey_RevertWhen_FrontRunnerSubmitsVictimsProof() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        address recovered = _recover(users.keyOwnershipDigest(mallory), proof);
        assertTrue(recovered != aliceComm);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, recovered));
        vm.prank(mallory);
        users.addKey(publicKey, proof);
        // Alice's own transaction still lands.
        vm.prank(alice);
        assertEq(users.addKey(publicKey, proof), aliceComm);
    }

    /// @dev A valid EIP-2098 compact signature by the right key: only 65-byte signatures are accepted.
    function test_addKey_RevertWhen_ProofIs64BytesCompact() public {
        (bytes32 r, bytes32 vs) = vm.signCompact(aliceCommKey, users.keyOwnershipDigest(alice));
        _expectMalformedProof(abi.encodePacked(r, vs));
    }

    function test_addKey_RevertWhen_ProofIsHighS() public {
        (bytes32 r, bytes32 s, uint8 v) = _split(_ownershipProof(aliceCommKey, alice));
        // The malleable twin (n - s, flipped v) recovers to the same key through bare ecrecover.
        bytes32 highS = bytes32(SECP256K1_N - uint256(s));
        uint8 flippedV = v == 27 ? 28 : 27;
        assertEq(ecrecover(users.keyOwnershipDigest(alice), flippedV, r, highS), aliceComm);
        _expectMalformedProof(abi.encodePacked(r, highS, flippedV));
    }

    function test_addKey_RevertWhen_ProofHasInvalidV() public {
        (bytes32 r, bytes32 s,) = _split(_ownershipProof(aliceCommKey, alice));
        _expectMalformedProof(abi.encodePacked(r, s, uint8(29)));
    }

    function test_addKey_RevertWhen_ProofEmpty() public {
        _expectMalformedProof("");
    }

    function testFuzz_addKey_RevertWhen_ProofMalformedLength(uint256 length, bytes32 seed) public {
        length = bound(length, 0, 200);
        if (length == 65) ++length;
        bytes memory proof = new bytes(length);
        for (uint256 i; i < length; ++i) {
            proof[i] = seed[i % 32];
        }
        _expectMalformedProof(proof);
    }

    function test_addKey_RegistersAndEmits() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        vm.expectEmit(address(users));
        emit IUserRegistry.KeyAdded(alice, aliceComm, publicKey);
        vm.prank(alice);
        address key = users.addKey(publicKey, proof);

        assertEq(key, aliceComm);
        (address wallet, bool active) = users.keyOf(key);
        assertEq(wallet, alice);
        assertTrue(active);
        assertEq(users.publicKeyOf(key), publicKey);
        assertEq(users.keysOfWallet(alice).length, 1);
        assertEq(users.keysOfWallet(alice)[0], aliceComm);
        assertEq(users.activeKeyCount(alice), 1);
    }

    function test_addKey_SeveralKeysInRegistrationOrder() public {
        address[] memory expected = new address[](3);
        for (uint256 i; i < 3; ++i) {
            (address addr, uint256 pk) = makeAddrAndKey(string.concat("alice.comm.", vm.toString(i)));
            expected[i] = addr;
            assertEq(_addKeyFor(alice, pk), addr);
        }
        assertEq(users.keysOfWallet(alice), expected);
        assertEq(users.activeKeyCount(alice), 3);
    }

    /// @dev Only a wallet changes its own keys: a node key that calls addKey registers a key for its own
    /// address, and its wallet's keys stay as they were.
    function test_addKey_ByNodeKeyIsForTheKeyItself() public {
        uint256 before = users.activeKeyCount(publisher.wallet);
        assertEq(_addKeyFor(publisher.comm, aliceCommKey), aliceComm);
        (address wallet,) = users.keyOf(aliceComm);
        assertEq(wallet, publisher.comm);
        assertEq(users.activeKeyCount(publisher.wallet), before);
        assertEq(users.keysOfWallet(publisher.wallet).length, 1);
    }

    function testFuzz_addKey_AnyPrivateKeyRegisters(uint256 privateKey, address wallet) public {
        privateKey = bound(privateKey, 1, SECP256K1_N - 1);
        wallet = address(uint160(bound(uint160(wallet), 1, type(uint160).max)));
        (address existing,) = users.keyOf(vm.addr(privateKey));
        // The fixture actors' keys are already taken; step off them.
        if (existing != address(0)) privateKey = privateKey == 1 ? 2 : privateKey - 1;
        uint256 activeBefore = users.activeKeyCount(wallet);

        address key = _addKeyFor(wallet, privateKey);
        assertEq(key, vm.addr(privateKey));
        (address owner, bool active) = users.keyOf(key);
        assertEq(owner, wallet);
        assertTrue(active);
        assertEq(users.publicKeyOf(key), _publicKey(privateKey));
        assertEq(users.activeKeyCount(wallet), activeBefore + 1);
    }

    function _expectMalformedProof(bytes memory proof) internal {
        bytes memory publicKey = _publicKey(aliceCommKey);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, address(0)));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }
}
